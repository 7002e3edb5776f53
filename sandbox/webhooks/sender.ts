/**
 * The sandbox's webhook sender: each change a request made is POSTed, signed, to every configured
 * URL, as GHL POSTs an app's webhooks. Sending never holds up or fails the REST answer. A delivery
 * that is not answered 2xx (or not at all) is tried again after 1, 2, 4, ... times the base delay,
 * up to a bounded number of attempts, with the same bytes: same webhookId, same timestamp, same
 * signature, so a receiver that saw it once takes the rest for duplicates. Deliveries to one
 * receiver go one at a time, in the order the changes were made: one being retried holds back those
 * after it, so a receiver that was down sees the changes in order when it is back.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxEvent } from './events.ts';
import { generateSigning, signatureHeaders, type WebhookSigning } from './signing.ts';

export interface WebhookOptions {
  /** Where every event goes; may be changed later, e.g. once the gateway it feeds listens. */
  urls: string[];
  /** Default: an Ed25519 key made for this run (see `signing`). */
  sign?: WebhookSigning;
  /** Attempts per delivery, the first included. Default 8: about 32 s of back-off in all. */
  maxAttempts?: number;
  /** The wait before the second attempt, doubled before each next one. Default 250 ms. */
  retryBaseMs?: number;
  /** How long one attempt may go without an answer. Default 10 s. */
  timeoutMs?: number;
}

export interface WebhookDelivery {
  url: string;
  type: SandboxEvent['type'];
  webhookId: string;
  /** The JSON sent, byte for byte, on every attempt. */
  body: string;
  /** The status of each attempt so far; 0 when there was no answer (refused, reset, timed out). */
  attempts: number[];
  state: 'pending' | 'delivered' | 'failed';
}

/** A long `npm start` sends for hours: the log keeps the latest deliveries, not all of them. */
const LOGGED_DELIVERIES = 1_000;

export class SandboxWebhooks {
  urls: string[];
  /** The latest deliveries, oldest first, updated as their attempts come back. */
  readonly deliveries: WebhookDelivery[] = [];
  readonly signing: WebhookSigning;
  readonly #maxAttempts: number;
  readonly #retryBaseMs: number;
  readonly #timeoutMs: number;
  readonly #pending = new Set<Promise<void>>();
  /** Aborted by close(), to cut short attempts in flight and back-offs still waiting. */
  readonly #closing = new AbortController();
  /** The last delivery started to each URL: the next one to that URL waits for it to settle. */
  readonly #lastTo = new Map<string, Promise<void>>();
  // One connection per receiver; keep-alive spares a handshake each.
  readonly #agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 1 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 1 }) };

  constructor(options: WebhookOptions | undefined) {
    this.urls = options?.urls ?? [];
    this.signing = options?.sign ?? generateSigning();
    this.#maxAttempts = options?.maxAttempts ?? 8;
    this.#retryBaseMs = options?.retryBaseMs ?? 250;
    this.#timeoutMs = options?.timeoutMs ?? 10_000;
    // Every delivery in flight listens for close().
    setMaxListeners(0, this.#closing.signal);
  }

  /** Stamps each event now, with an id of its own, and starts delivering it to every URL. */
  send(events: SandboxEvent[]): void {
    if (this.urls.length === 0 || this.#closing.signal.aborted) return;
    for (const { type, payload } of events) {
      const webhookId = randomUUID();
      const body = JSON.stringify({ type, ...payload, timestamp: new Date().toISOString(), webhookId });
      const headers = signatureHeaders(this.signing, body);
      for (const url of this.urls) {
        const delivery: WebhookDelivery = { url, type, webhookId, body, attempts: [], state: 'pending' };
        this.deliveries.push(delivery);
        if (this.deliveries.length > LOGGED_DELIVERIES) this.deliveries.shift();
        const before = this.#lastTo.get(url) ?? Promise.resolve();
        const done = before.then(() => this.#deliver(delivery, headers)).finally(() => {
          this.#pending.delete(done);
          if (this.#lastTo.get(url) === done) this.#lastTo.delete(url);
        });
        this.#lastTo.set(url, done);
        this.#pending.add(done);
      }
    }
  }

  /** Resolves once every delivery started so far has been answered 2xx or given up on. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }

  /** Drops what is still being tried: a stopped sandbox sends nothing more. */
  close(): void {
    this.#closing.abort();
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }

  async #deliver(delivery: WebhookDelivery, headers: Record<string, string>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const status = await this.#post(new URL(delivery.url), delivery.body, headers);
      delivery.attempts.push(status);
      if (status >= 200 && status < 300) {
        delivery.state = 'delivered';
        return;
      }
      if (attempt >= this.#maxAttempts || !(await this.#backOff(attempt))) {
        delivery.state = 'failed';
        if (!this.#closing.signal.aborted) {
          console.warn(`[sandbox] webhook ${delivery.type} ${delivery.webhookId} to ${delivery.url} given up after ${attempt} attempts (last: ${status || 'no answer'})`);
        }
        return;
      }
    }
  }

  /** False when close() came first. */
  async #backOff(attempt: number): Promise<boolean> {
    try {
      await sleep(this.#retryBaseMs * 2 ** (attempt - 1), undefined, { signal: this.#closing.signal });
      return true;
    } catch {
      return false;
    }
  }

  /** The status of one attempt, or 0 when it got none. */
  #post(url: URL, body: string, headers: Record<string, string>): Promise<number> {
    const https = url.protocol === 'https:';
    return new Promise((resolve) => {
      const request = (https ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          agent: https ? this.#agents.https : this.#agents.http,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          timeout: this.#timeoutMs,
          signal: this.#closing.signal,
        },
        (response) => {
          // Read to the end, so the connection is free for the next delivery.
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', () => resolve(0));
        },
      );
      request.on('timeout', () => request.destroy());
      request.on('error', () => resolve(0));
      request.end(body);
    });
  }
}
