/**
 * Subscription clients as a frontend runs them: graphql-ws over a real WebSocket (the `ws`
 * package), and Yoga's Server-Sent Events over fetch. Each collects what arrives, to be waited on.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** `T` is the typed document's result, or the shape a test declares for a document it builds as text. */
export interface Subscriber<T = unknown> {
  /** The `data` of every result that came, in order. */
  received: T[];
  /** Errors of results, and of the operation itself, one entry per error. */
  errors: SubscriptionError[];
  /** Resolves once `count` results match, or fails after `timeoutMs`. */
  waitFor(match: (data: T) => boolean, count?: number, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

/** A GraphQL error as the gateway formats it, or a closed socket as its code and reason. */
export interface SubscriptionError {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  code?: number;
  reason?: string;
}

export interface SubscribeOptions {
  /** Sent as `connectionParams.authorization` (WebSocket) or the Authorization header (SSE). */
  token?: string;
  /** WebSocket only: sent as the upgrade request's Authorization header instead. */
  upgradeToken?: string;
  /** WebSocket only: subscribe on this connection (see wsClient) rather than a new one. */
  client?: Client;
  /** WebSocket only: sent as connectionParams (with `token`'s authorization, if any). */
  connectionParams?: Record<string, string>;
  /** WebSocket only: the upgrade request's headers (with `upgradeToken`'s authorization, if any). */
  upgradeHeaders?: Record<string, string>;
}

function collector<T>(close: () => Promise<void>): Subscriber<T> {
  const received: T[] = [];
  const errors: SubscriptionError[] = [];
  return {
    received,
    errors,
    async waitFor(match, count = 1, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const matching = received.filter(match);
        if (matching.length >= count) return matching;
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`${matching.length} of ${count} results after ${timeoutMs} ms; got ${JSON.stringify(received)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close,
  };
}

/** One WebSocket connection, for several subscriptions. */
export function wsClient(graphqlUrl: string, options: SubscribeOptions = {}): Client {
  return createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, {
          headers: { ...options.upgradeHeaders, ...(options.upgradeToken ? { authorization: `Bearer ${options.upgradeToken}` } : {}) },
        });
      }
    },
    connectionParams:
      options.token || options.connectionParams
        ? { ...options.connectionParams, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) }
        : undefined,
    retryAttempts: 0,
  });
}

/** The result type is the document's promise to the caller: what arrives is not checked against it. */
const textOf = (document: string | TypedDocumentNode) => (typeof document === 'string' ? document : print(document));

/**
 * What graphql-ws fails a subscription with: an Error, the operation's GraphQL errors, or the
 * CloseEvent of a closed socket (whose fields JSON would not show, so it is kept as its code and reason).
 */
function failureOf(error: unknown): SubscriptionError[] {
  if (error instanceof Error) return [{ message: error.message }];
  if (Array.isArray(error)) return error as SubscriptionError[];
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') {
    return [{ code: error.code, reason: 'reason' in error ? String(error.reason) : '' }];
  }
  return [{ message: String(error) }];
}

export function subscribeWs<R, V>(graphqlUrl: string, document: TypedDocumentNode<R, V>, variables?: V, options?: SubscribeOptions): Subscriber<R>;
/** Text: a document built at run time or invalid on purpose; `T` is the shape the test declares for it. */
export function subscribeWs<T = unknown>(graphqlUrl: string, query: string, variables?: Record<string, unknown>, options?: SubscribeOptions): Subscriber<T>;
export function subscribeWs(
  graphqlUrl: string,
  document: string | TypedDocumentNode,
  variables: Record<string, unknown> = {},
  options: SubscribeOptions = {},
): Subscriber {
  const client = options.client ?? wsClient(graphqlUrl, options);
  const subscriber = collector<unknown>(async () => {
    unsubscribe();
    if (!options.client) await client.dispose();
  });
  const unsubscribe = client.subscribe(
    { query: textOf(document), variables },
    {
      next: (result) => {
        if (result.errors) subscriber.errors.push(...result.errors);
        if (result.data) subscriber.received.push(result.data);
      },
      error: (error) => subscriber.errors.push(...failureOf(error)),
      complete: () => undefined,
    },
  );
  return subscriber;
}

export function subscribeSse<R, V>(graphqlUrl: string, document: TypedDocumentNode<R, V>, variables?: V, options?: SubscribeOptions): Subscriber<R>;
/** Text: a document built at run time or invalid on purpose; `T` is the shape the test declares for it. */
export function subscribeSse<T = unknown>(graphqlUrl: string, query: string, variables?: Record<string, unknown>, options?: SubscribeOptions): Subscriber<T>;
export function subscribeSse(
  graphqlUrl: string,
  document: string | TypedDocumentNode,
  variables: Record<string, unknown> = {},
  options: SubscribeOptions = {},
): Subscriber {
  const abort = new AbortController();
  const subscriber = collector<unknown>(async () => abort.abort());
  void (async () => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: textOf(document), variables }),
      signal: abort.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = message.split('\n').find((line) => line.startsWith('data:'));
        if (!message.startsWith('event: next') || !data) continue;
        const result = JSON.parse(data.slice('data:'.length)) as { data?: unknown; errors?: SubscriptionError[] };
        if (result.errors) subscriber.errors.push(...result.errors);
        if (result.data) subscriber.received.push(result.data);
      }
    }
  })().catch((error: Error) => {
    if (error.name !== 'AbortError') subscriber.errors.push({ message: error.message });
  });
  return subscriber;
}
