/**
 * A JSON answer on the raw HTTP routes the server serves beside GraphQL (webhooks, health, OAuth,
 * refusals before Yoga): never cached, since each says how things stand now.
 */
import type { ServerResponse } from 'node:http';

export function replyJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
