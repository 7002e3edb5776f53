/**
 * Incremental delivery (@defer/@stream) read as a client reads it: multipart/mixed over HTTP, or
 * server-sent events. Each payload comes with the time it arrived, to show what came first.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GqlResponse, ResponseExtensions, Stack } from './stack.ts';

/** A deferred fragment's data (`data`) or a streamed list's next items (`items`), at `path`. */
export interface IncrementalPart {
  path: (string | number)[];
  label?: string;
  data?: unknown;
  items?: unknown[];
  errors?: GqlResponse<unknown>['errors'];
}

/** `R` is the document's result: the first payload's `data`, without what is deferred or streamed yet. */
export interface IncrementalPayload<R = unknown> {
  data?: R;
  incremental?: IncrementalPart[];
  hasNext?: boolean;
  errors?: GqlResponse<unknown>['errors'];
  extensions?: ResponseExtensions;
}

export interface Arrival<R = unknown> {
  /** Milliseconds since the request was sent. */
  at: number;
  payload: IncrementalPayload<R>;
}

export type IncrementalTransport = 'multipart' | 'sse';

const accepts: Record<IncrementalTransport, string> = {
  multipart: 'multipart/mixed; deferSpec=20220824, application/json',
  sse: 'text/event-stream',
};

export async function gqlIncremental<R, V>(
  stack: Stack,
  transport: IncrementalTransport,
  document: TypedDocumentNode<R, V>,
  variables?: V,
): Promise<{ contentType: string | null; arrivals: Arrival<R>[] }> {
  const sent = Date.now();
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: accepts[transport] },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const arrivals: Arrival<R>[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const { payloads, rest } = (transport === 'sse' ? ssePayloads : multipartPayloads)(buffered);
    buffered = rest;
    // The result type is the document's promise to the caller: what arrives is not checked against it.
    arrivals.push(...payloads.map((payload) => ({ at: Date.now() - sent, payload: payload as IncrementalPayload<R> })));
  }
  return { contentType: response.headers.get('content-type'), arrivals };
}

/** Yoga's parts: headers, a blank line, one line of JSON, then the `---` boundary. */
function multipartPayloads(buffered: string): { payloads: IncrementalPayload[]; rest: string } {
  const payloads: IncrementalPayload[] = [];
  let rest = buffered;
  for (;;) {
    const bodyStart = rest.indexOf('\r\n\r\n');
    const bodyEnd = bodyStart < 0 ? -1 : rest.indexOf('\r\n---', bodyStart);
    if (bodyEnd < 0) return { payloads, rest };
    payloads.push(JSON.parse(rest.slice(bodyStart + 4, bodyEnd)) as IncrementalPayload);
    rest = rest.slice(bodyEnd + 5);
  }
}

function ssePayloads(buffered: string): { payloads: IncrementalPayload[]; rest: string } {
  const payloads: IncrementalPayload[] = [];
  let rest = buffered;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const message = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const data = message.split('\n').find((line) => line.startsWith('data:'));
    if (message.startsWith('event: next') && data) payloads.push(JSON.parse(data.slice('data:'.length)) as IncrementalPayload);
  }
  return { payloads, rest };
}
