/**
 * GraphQL over WebSocket (graphql-ws) on the gateway's own port and GraphQL path, wired to Yoga's
 * envelop as graphql-yoga documents it: operations run through the same schema, plugins and
 * context as over HTTP. A connection's Authorization, X-Api-Key, X-GHL-Location-Id and
 * X-Request-Id come from its connectionParams (browsers cannot set headers on a WebSocket), else
 * from the upgrade request's headers; its operations see them on a Request standing for the
 * connection, read as any HTTP request's.
 *
 * The HTTP guards hold here too (docs/security.md): CORS's origin policy on the upgrade, messages
 * no larger than MAX_REQUEST_BYTES, the document limits and persisted operations per operation;
 * and a cap on operations per connection and on connections per resolved principal.
 *
 * graphql-ws's server (makeServer) over ws, wired here rather than by graphql-ws's own ws adapter:
 * that adapter prints errors with their stack to stderr, and a message over the size limit is one.
 */
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.ts';
import type { GatewayContext } from '../context.ts';
import { LOCATION_HEADER } from '../credentials/index.ts';
import { API_KEY_HEADER } from '../credentials/principals.ts';
import { gatewayError, type ErrorCode } from '../errors.ts';
import { allowsOrigin } from './http-security.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { persistedDocument } from '../plugins/persisted-operations.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from '../request-id.ts';
import { payloadSplicer } from './serialised-once.ts';
import type { Shareable } from './shared-streams.ts';

/** What Yoga's context factory gets for an operation over a WebSocket, on top of the Request. */
export type ConnectionContext = Shareable;

/** What each hook of graphql-ws's server gets about the socket. */
interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
}
type ConnectionState = Context<Record<string, unknown> | undefined, Extra>;

interface Connection {
  request: Request;
  /** Who its credentials resolve to: its connections are counted per principal. */
  principal: string;
  /** Aborts the connection's calls to GHL once it is gone. */
  closed: AbortController;
}

/** Yoga's envelop for one operation, carried to graphql-ws's execute and subscribe. */
interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

export interface WebSocketOptions {
  yoga: YogaServerInstance<ConnectionContext, GatewayContext>;
  metrics: Metrics;
  logger: Logger;
  /** Persisted-operations mode's allow-list: then only its documents run here too. */
  persisted: ReadonlyMap<string, string> | undefined;
  http: Config['http'];
  limits: Config['webSockets'];
  /** Who a Request's credentials resolve to (src/context.ts), or undefined when they are refused. */
  principalOf(request: Request): Promise<string | undefined>;
}

/** ws's usual heartbeat: a peer that has not answered the last ping by the next is gone. */
const KEEP_ALIVE_MS = 12_000;
/** "Try Again Later": graphql-ws clients retry it, as they should once one of the principal's connections closes. */
const TRY_AGAIN_LATER = 1013;

export function serveWebSockets(server: Server, options: WebSocketOptions): { close(): Promise<void> } {
  const { yoga, metrics, logger, persisted, http, limits, principalOf } = options;
  // No permessage-deflate (ws's default, stated here so that it stays): compressing each copy of
  // an event for each subscriber would cost the fan-out more CPU than it saves on the wire.
  // maxPayload: a larger message is refused as its frame header arrives (close 1009), never read.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: http.maxRequestBytes, handleProtocols });
  const connections = new WeakMap<ConnectionState, Connection>();
  const openByPrincipal = new Map<string, number>();
  // A result shared by many subscribers is serialised once, not once per socket.
  const splicer = payloadSplicer();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://gateway.invalid').pathname !== yoga.graphqlEndpoint) {
      return refuseUpgrade(socket, 404, 'NOT_FOUND', `WebSockets are served on ${yoga.graphqlEndpoint} only`);
    }
    // A page elsewhere could otherwise use the server's token, as CORS keeps it from doing over HTTP.
    if (!allowsOrigin(req.headers.origin, req.headers.host, http.corsOrigins)) {
      return refuseUpgrade(socket, 403, 'FORBIDDEN', 'This origin may not open a WebSocket here: see CORS_ORIGINS');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const logFailure = (error: unknown, what: string) => {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    logger.error({ error: { name, message } }, what);
  };
  const release = (principal: string) => {
    const open = openByPrincipal.get(principal)! - 1;
    if (open === 0) openByPrincipal.delete(principal);
    else openByPrincipal.set(principal, open);
  };

  const graphqlWs = makeServer<Record<string, unknown> | undefined, Extra>({
    onConnect: async (ctx) => {
      const carried = connectionOf(ctx);
      // A connectionParams value that no header could hold (a line break): refused, 4403.
      if (carried === undefined) return false;
      // A refused credential is each operation's answer, as over HTTP; its connections count together.
      const principal = (await principalOf(carried.request)) ?? 'refused credential';
      if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
      const open = openByPrincipal.get(principal) ?? 0;
      if (open >= limits.maxConnectionsPerPrincipal) {
        ctx.extra.socket.close(TRY_AGAIN_LATER, `TOO_MANY_CONNECTIONS: ${open} open for this credential`);
        return false;
      }
      openByPrincipal.set(principal, open + 1);
      connections.set(ctx, { ...carried, principal });
      metrics.webSocketOpened();
    },
    // Only for connections onConnect accepted, unlike onClose: the gauge stays balanced.
    onDisconnect: () => metrics.webSocketClosed(),
    onClose: (ctx) => {
      const connection = connections.get(ctx);
      if (!connection) return;
      connections.delete(ctx);
      connection.closed.abort();
      release(connection.principal);
    },
    onError: (_ctx, _id, _params, errors) => errors.map(withoutHttpHints),
    execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
    subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
    // A result with errors loses its HTTP hints, and so is no longer the one other sockets share.
    onNext: (_ctx, _id, _payload, _args, result) => splicer.payloadOf(result.errors ? { ...result, errors: result.errors.map(withoutHttpHints) } : result),
    async onSubscribe(ctx, _id, params) {
      // This operation is among them already.
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        return [gatewayError('TOO_MANY_SUBSCRIPTIONS', `At most ${limits.maxSubscriptionsPerConnection} operations at once on one connection`)];
      }
      const { request } = connections.get(ctx)!;
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ request, params });
      try {
        const query = persisted ? persistedDocument(persisted, params) : params.query;
        if (query instanceof GraphQLError) return [query];
        // The document limits throw from parse (tokens) and validate (depth, aliases, directives).
        const document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        // A subscription's stream may serve others after this connection has gone (./shared-streams.ts).
        const contextValue = await contextFactory({ shareable: getOperationAST(document, params.operationName)?.operation === 'subscription' });
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
      } catch (error) {
        // A refused document or gateway credential is this operation's answer, not the connection's end.
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
    },
  });

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    // A message over maxPayload, a malformed frame: ws has closed the socket with the fitting code.
    socket.once('error', (error) => logger.warn({ error: { name: error.name, message: error.message } }, 'WebSocket closed on a bad frame'));
    let alive = true;
    socket.on('pong', () => (alive = true));
    const heartbeat = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        // graphql-ws takes a subscription's next result once its send settles. When the socket
        // has nothing buffered, the frame goes straight to the kernel and no promise is made:
        // the usual case, for each of thousands of copies of an event. Behind a slow reader, a
        // send waits for its write, so the results wait in the subscriber's backlog (which has
        // a limit) rather than in the socket's buffer (which has none).
        send: (data) => {
          const message = splicer.messageOf(data);
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount === 0) return socket.send(message);
          return new Promise<void>((resolve, reject) => socket.send(message, (error) => (error ? reject(error) : resolve())));
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              // A bug of ours: logged without its stack, as over HTTP, and the connection ends.
              logFailure(error, 'WebSocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearInterval(heartbeat);
      closed(code, String(reason)).catch((error: unknown) => logFailure(error, 'WebSocket close failed'));
    });
  });

  return {
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** An upgrade refused before any WebSocket exists: an HTTP answer with the JSON error body, and the socket closed. */
function refuseUpgrade(socket: Duplex, status: number, code: ErrorCode, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** An error as sent over the socket: `extensions.http` is a status for an HTTP response, which a message has not. */
function withoutHttpHints(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** What a connection carries onto its Request, as an HTTP request's headers would. */
const CARRIED_HEADERS = ['authorization', API_KEY_HEADER, LOCATION_HEADER] as const;

function connectionOf(ctx: ConnectionState): Omit<Connection, 'principal'> | undefined {
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
  // POST, as a message is: Yoga refuses mutations on a GET, which a link or a cache may replay
  // cross-site. A socket's messages are neither, and its origin was checked at the upgrade.
  const request = new Request(new URL(ctx.extra.request.url ?? '/', 'http://gateway.invalid'), { method: 'POST', headers, signal: closed.signal });
  return { request, closed };
}

/**
 * A header's value from connectionParams, under its name in any casing (`x-api-key`, `X-Api-Key`,
 * `X-API-Key`), else from the upgrade request.
 */
function carried(ctx: ConnectionState, name: string): string | undefined {
  const param = Object.entries(ctx.connectionParams ?? {}).find(([key, value]) => key.toLowerCase() === name && typeof value === 'string');
  if (param) return param[1] as string;
  const header = ctx.extra.request.headers[name];
  return Array.isArray(header) ? header[0] : header;
}
