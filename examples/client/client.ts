/**
 * A small typed client for the gateway, as a frontend or a Node service would write one: queries
 * and mutations over `fetch`, subscriptions over graphql-ws. The documents it takes are the typed
 * ones `npm run codegen` generates from examples/*.graphql (./generated/graphql.ts), so variables
 * and results are checked by TypeScript against the schema.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GatewayClientOptions {
  /** The gateway's GraphQL endpoint, `http://127.0.0.1:4000/graphql` by default. */
  url: string;
  /** A GHL token, sent as `Authorization: Bearer`; without it the gateway uses its own. */
  token?: string;
}

/** The GraphQL errors of a response; each has a stable `extensions.code` (docs/errors.md). */
export class GatewayRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly status?: number,
  ) {
    super(errors.map((error) => `${error.extensions?.['code'] ?? 'ERROR'}: ${error.message}`).join('; '));
    this.name = 'GatewayRequestError';
  }

  /** The `extensions.code` of every error, in order. */
  get codes(): string[] {
    return this.errors.map((error) => String(error.extensions?.['code']));
  }
}

/** No variables argument for documents without required variables; the variables for the rest. */
type VariablesOf<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A subscription's results, ended by `return()` (or `break` in a `for await`). */
export type Subscription<R> = AsyncIterableIterator<R>;

export interface GatewayClient {
  /** Runs a query or mutation; its `data`, or a GatewayRequestError with every error. */
  execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...variables: VariablesOf<V>): Promise<R>;
  /** Starts a subscription over the client's one WebSocket; each result's `data`, as it comes. */
  subscribe<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...variables: VariablesOf<V>): Subscription<R>;
  /** Closes the WebSocket, ending every subscription. */
  close(): Promise<void>;
}

export function createGatewayClient({ url, token }: GatewayClientOptions): GatewayClient {
  const authorization = token ? `Bearer ${token}` : undefined;
  // One WebSocket for all subscriptions, opened by the first one.
  let webSocket: Client | undefined;
  const socket = () =>
    (webSocket ??= createClient({
      url: url.replace(/^http/, 'ws'),
      // Browsers and Node 22 have a WebSocket; Node 20 needs the `ws` package.
      webSocketImpl: globalThis.WebSocket ?? WebSocket,
      // The gateway reads the token from here: browsers cannot set headers on a WebSocket.
      connectionParams: authorization ? { authorization } : {},
    }));

  return {
    async execute(document, ...[variables]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const result = (await response.json()) as { data?: any; errors?: GraphQLFormattedError[] };
      if (result.errors?.length) throw new GatewayRequestError(result.errors, response.status);
      return result.data;
    },

    subscribe(document, ...[variables]) {
      const results = socket().iterate<any>({ query: print(document), variables: variables ?? {} });
      return {
        async next() {
          const next = await results.next();
          if (next.done) return next;
          if (next.value.errors?.length) {
            await results.return?.();
            throw new GatewayRequestError(next.value.errors);
          }
          return { done: false, value: next.value.data };
        },
        async return() {
          await results.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },

    async close() {
      await webSocket?.dispose();
    },
  };
}
