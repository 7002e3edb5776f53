/**
 * GraphQL over WebSocket (graphql-ws) on the gateway's own port and GraphQL path, wired to Yoga's
 * envelop as graphql-yoga documents it: operations run through the same schema, plugins and
 * context as over HTTP. A connection's credentials are `connectionParams.authorization` (browsers
 * cannot set headers on a WebSocket), else the upgrade request's Authorization header; its
 * operations see them on a Request standing for the connection, read as any HTTP request's.
 */
import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context.ts';
import type { Metrics } from '../metrics.ts';
import { persistedDocument } from '../plugins/persisted-operations.ts';
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
        connections.set(ctx, connectionOf(ctx));
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
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          // A subscription's stream may serve others after this connection has gone (./shared-streams.ts).
          contextValue: await contextFactory({ shareable: getOperationAST(document, params.operationName)?.operation === 'subscription' }),
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
      },
    },
    wss,
  );
  return { close: async () => served.dispose() };
}

function connectionOf(ctx: Context<Record<string, unknown> | undefined, Extra>): Connection {
  const closed = new AbortController();
  const fromParams = ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization'];
  const authorization = typeof fromParams === 'string' ? fromParams : ctx.extra.request.headers.authorization;
  // One per connection, shared by its operations: a Request costs some 3 KB of heap.
  const request = new Request(new URL(ctx.extra.request.url ?? '/', 'http://gateway.invalid'), {
    headers: authorization === undefined ? {} : { authorization },
    signal: closed.signal,
  });
  return { request, readableLocations: new Map(), closed };
}

