/**
 * The one mapping from why a webhook was refused to what GHL gets back: an HTTP status and
 * `{ "error": { "code", "message" } }` with a stable code. Messages name fields and limits, never
 * a signature, a secret or a payload value.
 */
const statusOf = {
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  MISSING_SIGNATURE: 401,
  INVALID_SIGNATURE: 401,
  MALFORMED_JSON: 400,
  // Nested deeper than MAX_JSON_DEPTH: refused before it is parsed (src/json-depth.ts).
  JSON_TOO_DEEP: 400,
  INVALID_PAYLOAD: 400,
  MISSING_TYPE: 400,
  MISSING_LOCATION: 400,
  MISSING_WEBHOOK_ID: 400,
  INVALID_TIMESTAMP: 400,
  // Signed, but not now: a replay, or a delivery held back longer than the window.
  STALE_TIMESTAMP: 401,
  // Redis (or whatever holds the seen set and the pubsub) failed: GHL may deliver it again.
  UNAVAILABLE: 503,
} as const;

export type RefusalCode = keyof typeof statusOf;

export class WebhookRefusal extends Error {
  override name = 'WebhookRefusal';
  readonly status: number;

  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.status = statusOf[code];
  }

  get body() {
    return { error: { code: this.code, message: this.message } };
  }
}
