/**
 * The only code that talks HTTP to GoHighLevel. Each call names a catalog operation; the client
 * adds the Version header and Bearer token, waits for the resource's rate-limit slot, sends over a
 * keep-alive pool with a timeout, retries what is safe to retry, counts every request sent, and
 * turns every failure into one of the errors in ./errors.ts.
 */
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { Agent, request } from 'undici';
import { CallStats, type CallOutcome } from './call-stats.ts';
import { operations, type OperationName, type Operations } from './catalog.ts';
import type { PathParams, ResponseOf } from './operation.ts';
import {
  fromGhlResponse,
  gatewayError,
  upstreamMalformed,
  upstreamTimeout,
  upstreamUnreachable,
} from './errors.ts';
import { RateLimiter, type RateLimit } from './limiter.ts';

/** Whose GHL budget and data a call uses. */
export interface Credentials {
  token: string;
  /** The location (sub-account) the token belongs to, when known; keys the rate limiter. */
  locationId?: string | undefined;
}

export interface GhlClientOptions {
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  rateLimit: RateLimit;
  maxConnections: number;
  logger: Logger;
}

type Query = Record<string, string | number | boolean | undefined>;
type PathArgs<P extends string> = [PathParams<P>] extends [never] ? { path?: undefined } : { path: Record<PathParams<P>, string> };
export type CallArgs<N extends OperationName> = PathArgs<Operations[N]['path']> & { query?: Query; body?: unknown };

/** Longest back-off between two tries; a Retry-After beyond it is handed to the client instead. */
const MAX_RETRY_WAIT_MS = 10_000;

export class GhlClient {
  readonly stats = new CallStats();
  readonly limiter: RateLimiter;
  readonly #options: GhlClientOptions;
  readonly #agent: Agent;

  constructor(options: GhlClientOptions) {
    this.#options = options;
    this.limiter = new RateLimiter(options.rateLimit);
    this.#agent = new Agent({
      connections: options.maxConnections,
      keepAliveTimeout: 30_000,
    });
  }

  /** A view of the client for one GraphQL request: its credentials, its abort signal, its own count. */
  session(credentials: Credentials | GraphQLError, signal?: AbortSignal): GhlSession {
    return new GhlSession(this, credentials, signal);
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** @internal GhlSession.call is the way in: it supplies credentials and counts per request. */
  async send<N extends OperationName>(
    name: N,
    args: CallArgs<N>,
    credentials: Credentials,
    signal: AbortSignal | undefined,
    onSent: () => void,
  ): Promise<ResponseOf<Operations[N]>> {
    const op = operations[name];
    const url = this.#url(name, op.path, args.path, args.query);
    const limiterKey = credentials.locationId ?? `token:${createHash('sha256').update(credentials.token).digest('hex').slice(0, 16)}`;
    const { maxRetries, retryBaseMs, timeoutMs, logger } = this.#options;

    for (let attempt = 0; ; attempt++) {
      const releaseSlot = await this.limiter.acquire(limiterKey, signal);
      onSent();
      const started = Date.now();
      const timeout = AbortSignal.timeout(timeoutMs);
      let outcome: Outcome;
      try {
        const response = await request(url, {
          dispatcher: this.#agent,
          method: op.method,
          headers: {
            authorization: `Bearer ${credentials.token}`,
            version: op.version,
            accept: 'application/json',
            ...(args.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: args.body === undefined ? undefined : JSON.stringify(args.body),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const text = await response.body.text();
        outcome = { status: response.statusCode, text, retryAfterMs: retryAfterFrom(response.headers) };
        // A 429's Retry-After is more precise than its "0 remaining", which would hold a whole window.
        if (outcome.status === 429 && outcome.retryAfterMs !== undefined) {
          this.limiter.blockUntil(limiterKey, Date.now() + outcome.retryAfterMs);
        } else {
          const remaining = numberHeader(response.headers, 'x-ratelimit-remaining');
          if (remaining !== undefined) this.limiter.observe(limiterKey, remaining);
        }
      } catch {
        // The client went away: nothing is waiting for this answer any more.
        signal?.throwIfAborted();
        outcome = { failure: timeout.aborted ? 'timeout' : 'network' };
      } finally {
        releaseSlot();
      }
      this.stats.record(name, 'failure' in outcome ? outcome.failure : outcome.status);

      const verdict = judge(name, outcome, timeoutMs);
      if ('data' in verdict) return verdict.data as ResponseOf<Operations[N]>;

      const retryable = verdict.retry === 'always' || (verdict.retry === 'if-idempotent' && op.idempotent);
      const waitMs = Math.max(backoff(attempt, retryBaseMs), verdict.retryAfterMs ?? 0);
      logger.warn(
        { operation: name, outcome: 'failure' in outcome ? outcome.failure : outcome.status, attempt, ms: Date.now() - started },
        'GHL call failed',
      );
      if (!retryable || attempt >= maxRetries || waitMs > MAX_RETRY_WAIT_MS) throw verdict.error;
      await sleep(waitMs, undefined, { signal });
    }
  }

  #url(name: string, template: string, params: Record<string, string> | undefined, query: Query | undefined): string {
    const path = template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params?.[key];
      // A dot segment would be resolved away by URL parsing and reach a different GHL route.
      if (!value || value === '.' || value === '..') {
        throw gatewayError('BAD_USER_INPUT', `${key} must be a non-empty GHL id`, { operation: name });
      }
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const qs = search.toString();
    return `${this.#options.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }
}

export class GhlSession {
  /** Requests this session sent upstream, retries included. */
  calls = 0;
  readonly #client: GhlClient;
  /** Credentials, or why the request has none usable: then every call fails with that error. */
  readonly #credentials: Credentials | GraphQLError;
  readonly #signal: AbortSignal | undefined;

  constructor(client: GhlClient, credentials: Credentials | GraphQLError, signal: AbortSignal | undefined) {
    this.#client = client;
    this.#credentials = credentials;
    this.#signal = signal;
    // Each upstream call of the request listens for its abort: as many listeners as calls, gone with it.
    if (signal) setMaxListeners(0, signal);
  }

  call<N extends OperationName>(name: N, args: CallArgs<N>): Promise<ResponseOf<Operations[N]>> {
    if (this.#credentials instanceof GraphQLError) return Promise.reject(this.#credentials);
    return this.#client.send(name, args, this.#credentials, this.#signal, () => this.calls++);
  }
}

type Outcome = { status: number; text: string; retryAfterMs: number | undefined } | { failure: 'timeout' | 'network' };

type Verdict =
  | { data: unknown }
  | { error: Error; retry: 'always' | 'if-idempotent' | 'never'; retryAfterMs?: number | undefined };

function judge(operation: string, outcome: Outcome, timeoutMs: number): Verdict {
  if ('failure' in outcome) {
    const error = outcome.failure === 'timeout' ? upstreamTimeout(operation, timeoutMs) : upstreamUnreachable(operation);
    return { error, retry: 'if-idempotent' };
  }
  const { status, text, retryAfterMs } = outcome;
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    if (body === invalid) return { error: upstreamMalformed(operation, status), retry: 'if-idempotent' };
    return { data: body };
  }
  const error = fromGhlResponse(operation, status, body === invalid ? undefined : body, retryAfterMs);
  // A 429 is refused before GHL does anything, so even a create is safe to send again.
  if (status === 429) return { error, retry: 'always', retryAfterMs };
  if (status >= 500) return { error, retry: 'if-idempotent' };
  return { error, retry: 'never' };
}

const invalid = Symbol('invalid JSON');

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return invalid;
  }
}

/** Full jitter: spreads the retries of many concurrent callers instead of having them collide. */
function backoff(attempt: number, baseMs: number): number {
  return Math.random() * baseMs * 2 ** attempt;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const value = Number(header(headers, name));
  return Number.isFinite(value) && header(headers, name) !== undefined ? value : undefined;
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterFrom(headers: Headers): number | undefined {
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
