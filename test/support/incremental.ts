/**
 * Incremental delivery (@defer/@stream) read as a client reads it: multipart/mixed over HTTP, or
 * server-sent events. Each payload comes with the time it arrived, to show what came first.
 */
import type { Stack } from './stack.ts';

export interface Arrival {
  /** Milliseconds since the request was sent. */
  at: number;
  payload: { data?: any; incremental?: any[]; hasNext?: boolean; errors?: any[]; extensions?: Record<string, any> };
}

export type IncrementalTransport = 'multipart' | 'sse';

const accepts: Record<IncrementalTransport, string> = {
  multipart: 'multipart/mixed; deferSpec=20220824, application/json',
  sse: 'text/event-stream',
};

export async function gqlIncremental(
  stack: Stack,
  transport: IncrementalTransport,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ contentType: string | null; arrivals: Arrival[] }> {
  const sent = Date.now();
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: accepts[transport] },
    body: JSON.stringify({ query, variables }),
  });
  const arrivals: Arrival[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const { payloads, rest } = (transport === 'sse' ? ssePayloads : multipartPayloads)(buffered);
    buffered = rest;
    arrivals.push(...payloads.map((payload) => ({ at: Date.now() - sent, payload })));
  }
  return { contentType: response.headers.get('content-type'), arrivals };
}

/** Yoga's parts: headers, a blank line, one line of JSON, then the `---` boundary. */
function multipartPayloads(buffered: string): { payloads: Arrival['payload'][]; rest: string } {
  const payloads: Arrival['payload'][] = [];
  let rest = buffered;
  for (;;) {
    const bodyStart = rest.indexOf('\r\n\r\n');
    const bodyEnd = bodyStart < 0 ? -1 : rest.indexOf('\r\n---', bodyStart);
    if (bodyEnd < 0) return { payloads, rest };
    payloads.push(JSON.parse(rest.slice(bodyStart + 4, bodyEnd)));
    rest = rest.slice(bodyEnd + 5);
  }
}

function ssePayloads(buffered: string): { payloads: Arrival['payload'][]; rest: string } {
  const payloads: Arrival['payload'][] = [];
  let rest = buffered;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const message = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const data = message.split('\n').find((line) => line.startsWith('data:'));
    if (message.startsWith('event: next') && data) payloads.push(JSON.parse(data.slice('data:'.length)));
  }
  return { payloads, rest };
}
