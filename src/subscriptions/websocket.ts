/**
 * GraphQL over WebSocket (graphql-ws) on the gateway's own port and GraphQL path, wired to Yoga's
 * envelop as graphql-yoga documents it: operations run through the same schema, plugins and
 * context as over HTTP. A connection's Authorization, X-Api-Key, X-GHL-Location-Id and
 * X-Request-Id come from its connectionParams (browsers cannot set headers on a WebSocket), else
 * from the upgrade request's headers; its operations see them on a Request standing for the
 * connection, read as any HTTP request's.
 */
import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context.ts';
import { LOCATION_HEADER } from '../credentials/index.ts';
import { API_KEY_HEADER } from '../credentials/principals.ts';
import type { Metrics } from '../metrics.ts';
import { persistedDocument } from '../plugins/persisted-operations.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from '../request-id.ts';
import type { Shareable } from './shared-streams.ts';

/** What Yoga's context factory gets for an operation over a WebSocket, on top of the Request. */
export interface ConnectionContext extends Shareable {
  /** The connection's, so that its operations share what GHL was asked about locations. */
  readableLocations?: Map<string, Promise<void>>;
}

interface Connection {
  request: Request;
  readableLocations: Map<string, Promise<void>>;
  /** Aborts the connection's calls to GHL once it is gone. */
  closed: AbortController;
}

/** Yoga's envelop for one operation, carried to graphql-ws's execute and subscribe. */
interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

export function serveWebSockets(
  server: Server,
  yoga: YogaServerInstance<ConnectionContext, GatewayContext>,
  metrics: Metrics,
  /** Persisted-operations mode's allow-list: then only its documents run here too. */
  persisted?: ReadonlyMap<string, string>,
): { close(): Promise<void> } {
  // No permessage-deflate (ws's default, stated here so that it stays): compressing each copy of
  // an event for each subscriber would cost the fan-out more CPU than it saves on the wire.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, perMessageDeflate: false });
  const connections = new WeakMap<Context<Record<string, unknown> | undefined, Extra>, Connection>();

  const served = useServer<Record<string, unknown> | undefined>(
    {
      onConnect: (ctx) => {
        const connection = connectionOf(ctx);
        // A connectionParams value that no header could hold (a line break): refused, 4403.
        if (connection === undefined) return false;
        connections.set(ctx, connection);
        metrics.webSocketOpened();
      },
      // Only for connections onConnect accepted, unlike onClose: the gauge stays balanced.
      onDisconnect: () => metrics.webSocketClosed(),
      onClose: (ctx) => connections.get(ctx)?.closed.abort(),
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      async onSubscribe(ctx, _id, params) {
        const { request, readableLocations } = connections.get(ctx)!;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ request, readableLocations, params });
        const query = persisted ? persistedDocument(persisted, params) : params.query;
        if (query instanceof GraphQLError) return [query];
        let document: DocumentNode;
        try {
          document = parse(query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        let contextValue: unknown;
        try {
          // A subscription's stream may serve others after this connection has gone (./shared-streams.ts).
          contextValue = await contextFactory({ shareable: getOperationAST(document, params.operationName)?.operation === 'subscription' });
        } catch (error) {
          // A refused gateway credential is this operation's answer, as over HTTP, not the connection's end.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
      },
    },
    wss,
  );
  return { close: async () => served.dispose() };
}

/** What a connection carries onto its Request, as an HTTP request's headers would. */
const CARRIED_HEADERS = ['authorization', API_KEY_HEADER, LOCATION_HEADER] as const;

function connectionOf(ctx: Context<Record<string, unknown> | undefined, Extra>): Connection | undefined {
  const closed = new AbortController();
  const headers = new Headers();
  for (const name of CARRIED_HEADERS) {
    const value = carried(ctx, name);
    if (value === undefined) continue;
    try {
      headers.set(name, value);
    } catch {
      // Not dropped: a garbled key must not fall back to the server's token.
      return undefined;
    }
  }
  // One id for the connection, which every operation on it uses: a caller's id is then found as
  // is in GHL's logs, as over HTTP, and the operations of a connection are told apart by the
  // operation name on their log lines. An id per operation would need a Request per operation.
  headers.set(REQUEST_ID_HEADER, requestIdFrom(carried(ctx, REQUEST_ID_HEADER)));
  // One per connection, shared by its operations: a Request costs some 3 KB of heap.
  const request = new Request(new URL(ctx.extra.request.url ?? '/', 'http://gateway.invalid'), { headers, signal: closed.signal });
  return { request, readableLocations: new Map(), closed };
}

/**
 * A header's value from connectionParams, under its name in any casing (`x-api-key`, `X-Api-Key`,
 * `X-API-Key`), else from the upgrade request.
 */
function carried(ctx: Context<Record<string, unknown> | undefined, Extra>, name: string): string | undefined {
  const param = Object.entries(ctx.connectionParams ?? {}).find(([key, value]) => key.toLowerCase() === name && typeof value === 'string');
  if (param) return param[1] as string;
  const header = ctx.extra.request.headers[name];
  return Array.isArray(header) ? header[0] : header;
}
