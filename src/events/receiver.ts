/**
 * `POST /webhooks/ghl` (WEBHOOK_PATH): GHL's webhooks in, verified events out. In order: the raw
 * body within WEBHOOK_MAX_BYTES, a signature that verifies on those bytes, JSON nested no deeper
 * than MAX_JSON_DEPTH, the fields every delivery needs, a timestamp within WEBHOOK_TOLERANCE_SECONDS,
 * a webhookId not seen before; then the event is published and GHL gets its 200. Every refusal is
 * a JSON body with a stable code (./refusals.ts); nothing is emitted unless every check passed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { readDelivery, type Delivery } from './envelope.ts';
import { familyOf, type WebhookEvent } from './events.ts';
import type { EventBus } from './pubsub.ts';
import { WebhookRefusal } from './refusals.ts';
import type { SeenWebhooks } from './seen.ts';
import { createVerifier, schemesOf } from './signatures.ts';
import { replyJson } from '../json-reply.ts';

/** A verified INSTALL or UNINSTALL of the gateway's marketplace app, for src/credentials to apply. */
export interface AppEvent {
  type: 'AppInstall' | 'AppUninstall';
  locationId: string | undefined;
  companyId: string | undefined;
}

export interface ReceiverOptions {
  webhooks: Config['webhooks'];
  /** MAX_JSON_DEPTH: deeper bodies are refused (src/json-depth.ts). */
  maxJsonDepth: number;
  events: EventBus;
  seen: SeenWebhooks;
  logger: Logger;
  metrics: Metrics;
  /** Verified, first-seen INSTALL and UNINSTALL: the installs the gateway holds tokens for (src/credentials). */
  onAppEvent?: ((event: AppEvent) => Promise<void>) | undefined;
}

type Acknowledgement = { received: true; emitted: boolean; duplicate?: true; reason?: 'UNKNOWN_TYPE' | 'NO_LOCATION' };

export function webhookReceiver({ webhooks, maxJsonDepth, events, seen, logger, metrics, onAppEvent }: ReceiverOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const verify = createVerifier(webhooks);
  const toleranceMs = webhooks.toleranceSeconds * 1000;
  announce(webhooks, logger);

  /** Redis (or the like) failing is no reason to lose an event: GHL is asked to deliver it again. */
  async function unavailableOnFailure<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      logger.error({ error: (error as Error).message }, `Could not ${what}`);
      throw new WebhookRefusal('UNAVAILABLE', 'The webhook could not be recorded; deliver it again');
    }
  }

  async function receive(req: IncomingMessage): Promise<Acknowledgement> {
    if (req.method !== 'POST') throw new WebhookRefusal('METHOD_NOT_ALLOWED', 'Webhooks are delivered with POST');
    const body = await readBody(req, webhooks.maxBytes);
    const scheme = verify(body, req.headers);
    const delivery = readDelivery(body, maxJsonDepth);
    if ('unknownType' in delivery) {
      logger.info({ type: delivery.unknownType.slice(0, 100) }, 'Webhook of a type the catalog does not know: acknowledged, not emitted');
      return { received: true, emitted: false, reason: 'UNKNOWN_TYPE' };
    }
    const { type, webhookId, locationId, companyId } = delivery;

    if (Math.abs(Date.now() - delivery.timestamp.getTime()) > toleranceMs) {
      throw new WebhookRefusal('STALE_TIMESTAMP', `The timestamp is more than ${webhooks.toleranceSeconds} s away from now`);
    }
    if (!(await unavailableOnFailure('record the webhook id', () => seen.claim(webhookId)))) {
      logger.info({ type, webhookId }, 'Webhook delivered again: acknowledged, not emitted again');
      return { received: true, emitted: false, duplicate: true };
    }
    if (onAppEvent && (type === 'AppInstall' || type === 'AppUninstall')) {
      await unavailableOnFailure('record the app install', () => onAppEvent({ type, locationId, companyId })).catch(async (error: unknown) => {
        // Not recorded: a redelivery must not be taken for a duplicate.
        await seen.release(webhookId).catch(() => undefined);
        throw error;
      });
    }
    if (!locationId) {
      // No subscription field serves a whole agency yet.
      logger.info({ type, webhookId, companyId }, 'Agency-level webhook: acknowledged, not emitted');
      return { received: true, emitted: false, reason: 'NO_LOCATION' };
    }
    try {
      await unavailableOnFailure('publish the event', () => events.publish(eventOf(delivery, locationId)));
    } catch (error) {
      // Not emitted: a redelivery must not be taken for a duplicate.
      await seen.release(webhookId).catch(() => undefined);
      throw error;
    }
    logger.info({ type, locationId, webhookId, scheme }, 'Webhook emitted');
    return { received: true, emitted: true };
  }

  return (req, res) => {
    metrics.webhookReceived();
    receive(req).then(
      (acknowledgement) => {
        if (acknowledgement.emitted) metrics.webhookEmitted();
        else metrics.webhookIgnored(acknowledgement.duplicate ? 'DUPLICATE' : acknowledgement.reason!);
        replyJson(res, 200, acknowledgement);
      },
      (error: unknown) => {
        const refusal = error instanceof WebhookRefusal ? error : unexpected(error, logger);
        metrics.webhookRejected(refusal.code);
        logger.warn({ code: refusal.code, status: refusal.status }, `Webhook refused: ${refusal.message}`);
        const headers: Record<string, string> = {
          ...(refusal.code === 'METHOD_NOT_ALLOWED' && { allow: 'POST' }),
          // The rest of an oversized body is not read: the connection cannot carry another request.
          ...(refusal.code === 'PAYLOAD_TOO_LARGE' && { connection: 'close' }),
        };
        replyJson(res, refusal.status, refusal.body, headers);
      },
    );
  };
}

function announce(webhooks: Config['webhooks'], logger: Logger): void {
  const schemes = schemesOf(webhooks);
  logger.info({ path: webhooks.path, schemes }, 'Receiving GHL webhooks');
  if (webhooks.allowUnsigned) {
    logger.warn(
      'WEBHOOK_ALLOW_UNSIGNED=true: webhooks WITHOUT A SIGNATURE are accepted and re-emitted to subscribers. ' +
        'For development only: anyone who reaches this port can inject CRM events.',
    );
  } else if (schemes.length === 0) {
    logger.warn('No webhook signature scheme is configured (GHL_WEBHOOK_RSA=false, no key, no secret): every webhook will be refused');
  }
}

/** The raw bytes, as signed. Past the limit, reading stops and the webhook is refused. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new WebhookRefusal('PAYLOAD_TOO_LARGE', `The body exceeds ${maxBytes} bytes`);
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function eventOf(delivery: Delivery, locationId: string): WebhookEvent {
  // The catalog pairs each type with its family and payload; TypeScript cannot follow a lookup.
  const event = {
    type: delivery.type,
    family: familyOf(delivery.type),
    locationId,
    webhookId: delivery.webhookId,
    timestamp: delivery.timestamp.toISOString(),
    entityId: delivery.entityId ?? null,
    payload: delivery.payload,
  };
  return event as unknown as WebhookEvent;
}

/** A bug: GHL still gets a retryable answer rather than a 500, and the log gets no stack. */
function unexpected(error: unknown, logger: Logger): WebhookRefusal {
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  logger.error({ error: { name, message } }, 'Webhook handling failed unexpectedly');
  return new WebhookRefusal('UNAVAILABLE', 'The webhook could not be processed; deliver it again');
}

