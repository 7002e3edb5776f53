/**
 * From verified bytes to a delivery the gateway can act on, or a refusal saying which field is
 * missing. Required of every delivery: a `type`; a `webhookId` and a `timestamp` (the replay
 * guard's inputs); and a `locationId` (for invoices and orders, `altId` with `altType: location`;
 * for location events, the location's own `id`), except for the events GHL also sends for a whole
 * agency (app installs, plan changes, agency users, locations), which may carry only a `companyId`.
 */
import { textNestsDeeperThan } from '../json-depth.ts';
import { entityIdOf, eventTypeOf, scopeOf, type EventType } from './events.ts';
import { WebhookRefusal } from './refusals.ts';

export interface Delivery {
  type: EventType;
  webhookId: string;
  timestamp: Date;
  /** Unset for an agency-level event, which has a companyId instead. */
  locationId: string | undefined;
  companyId: string | undefined;
  entityId: string | undefined;
  payload: Record<string, unknown>;
}

/** A `type` the catalog does not know: acknowledged, never emitted. */
export interface UnknownDelivery {
  unknownType: string;
}

// GHL stamps deliveries in ISO 8601; a time without its zone would be read in the server's.
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function readDelivery(body: Buffer, maxJsonDepth: number): Delivery | UnknownDelivery {
  const text = body.toString('utf8');
  // Subscribers get the payload as it came: one they could not be sent must not reach them.
  if (textNestsDeeperThan(text, maxJsonDepth)) {
    throw new WebhookRefusal('JSON_TOO_DEEP', `The body nests deeper than ${maxJsonDepth} levels`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new WebhookRefusal('MALFORMED_JSON', 'The body is not valid JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new WebhookRefusal('INVALID_PAYLOAD', 'The body must be a JSON object');
  }
  const fields = payload as Record<string, unknown>;

  const sentType = fields['type'];
  if (typeof sentType !== 'string' || sentType === '') throw new WebhookRefusal('MISSING_TYPE', 'The webhook has no "type"');
  const type = eventTypeOf(sentType);
  if (!type) return { unknownType: sentType };

  const { locationId, companyId } = scopeOf(type, fields);
  if (!locationId && !companyId) {
    throw new WebhookRefusal('MISSING_LOCATION', `A ${type} webhook must name its location ("locationId")`);
  }
  const webhookId = fields['webhookId'];
  if (typeof webhookId !== 'string' || webhookId === '') {
    throw new WebhookRefusal('MISSING_WEBHOOK_ID', 'The webhook has no "webhookId"');
  }
  const timestamp = fields['timestamp'];
  if (typeof timestamp !== 'string' || !isoTimestamp.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    throw new WebhookRefusal('INVALID_TIMESTAMP', 'The webhook has no "timestamp" in ISO 8601 with a time zone');
  }
  return {
    type,
    webhookId,
    timestamp: new Date(timestamp),
    locationId,
    companyId,
    entityId: entityIdOf(type, fields),
    payload: fields,
  };
}
