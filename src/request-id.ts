/**
 * One id per request, to find every log line about it and, in GHL's logs, the calls it made. A
 * caller (a load balancer, a frontend) may bring its own in `x-request-id`; anything that is not a
 * short token of safe characters is replaced, as the id is copied into logs and upstream headers.
 * A WebSocket connection takes its id the same way, once, for all its operations
 * (src/transports/websocket.ts).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

const safeId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && safeId.test(value) ? value : randomUUID();
}

/**
 * Settles the request's id before any handler runs: the incoming header is replaced by the id in
 * force, so Yoga's Request (and the context made from it) carries that same id, and the response
 * echoes it.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): void {
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader(REQUEST_ID_HEADER, id);
}
