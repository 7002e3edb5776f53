/**
 * GraphQL over WebSocket (graphql-ws) on the gateway's own port and GraphQL path, wired to Yoga's
 * envelop as graphql-yoga documents it: operations run through the same schema, plugins and
 * context as over HTTP. A connection's credentials are `connectionParams.authorization` (browsers
 * cannot set headers on a WebSocket), else the upgrade request's Authorization header; its
 * operations see them on a Request standing for the connection, read as any HTTP request's.
 */
import type { Server } from 'node:http';
import { GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context.ts';

/** What Yoga's context factory gets for an operation over a WebSocket, on top of the Request. */
export interface ConnectionContext {
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

export function serveWebSockets(server: Server, yoga: YogaServerInstance<ConnectionContext, GatewayContext>): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const connections = new WeakMap<Context<Record<string, unknown> | undefined, Extra>, Connection>();

  const served = useServer<Record<string, unknown> | undefined>(
    {
      onConnect: (ctx) => void connections.set(ctx, connectionOf(ctx)),
      onClose: (ctx) => connections.get(ctx)?.closed.abort(),
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      async onSubscribe(ctx, _id, params) {
        const { request, readableLocations } = connections.get(ctx)!;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ request, readableLocations, params });
        let document: DocumentNode;
        try {
          document = parse(params.query);
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
          contextValue: await contextFactory(),
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
  const request = new Request(new URL(ctx.extra.request.url ?? '/', 'http://gateway.invalid'), {
    headers: authorization === undefined ? {} : { authorization },
    signal: closed.signal,
  });
  return { request, readableLocations: new Map(), closed };
}
