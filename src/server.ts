/**
 * Wiring: the GHL client, the schema and Yoga behind one HTTP server, with GHL's webhooks received
 * on WEBHOOK_PATH, subscriptions served over WebSocket and SSE, a call's files under /files/, and
 * /healthz, /readyz and /metrics for whoever runs it. `main.ts` decides which upstream to use (real GHL or the embedded sandbox);
 * tests start gateways through this too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga } from 'graphql-yoga';
import { evictingOnPublish, openReadCache } from './cache/index.ts';
import { GRAPHQL_PATH, type Config } from './config.ts';
import { createContext, resolveCaller, type GatewayContext, type Upstream } from './context.ts';
import { CALLBACK_PATH, GatewayCredentials, INSTALL_PATH } from './credentials/index.ts';
import { GhlClient, type Credentials } from './ghl/client.ts';
import { SharedRateLimiter } from './ghl/shared-limiter.ts';
import { graphiql } from './graphiql.ts';
import { liveness, readiness } from './health.ts';
import { corsOptions, httpGuardPlugins, persistedOperationsOf, withinBodyLimit } from './transports/http-security.ts';
import { downloadsPlugin } from './transports/downloads.ts';
import type { Logger } from './logger.ts';
import { Metrics } from './metrics.ts';
import { compiledQueriesPlugin } from './plugins/compiled-queries.ts';
import { costPlugin } from './plugins/cost.ts';
import { errorCodesPlugin } from './plugins/error-codes.ts';
import { liveQueries } from './plugins/live-queries.ts';
import { limitsPlugins } from './plugins/limits.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { operationLogPlugin } from './plugins/operation-log.ts';
import { responseMediaTypePlugin } from './plugins/response-media-type.ts';
import { assignRequestId } from './request-id.ts';
import { schema } from './schema/index.ts';
import { AccessChecks } from './credentials/access-checks.ts';
import { webhookReceiver } from './events/receiver.ts';
import { openEventStores } from './events/stores.ts';
import { sharedSubscriptionsPlugin } from './transports/shared-streams.ts';
import { serveWebSockets, type ConnectionContext } from './transports/websocket.ts';

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  upstream: {
    baseUrl: string;
    /** The server-side token, for requests that bring none. */
    credentials: Credentials | undefined;
    defaultLocationId: string | undefined;
  };
}

export interface Gateway {
  url: string;
  /** Where GHL delivers webhooks. */
  webhookUrl: string;
  server: Server;
  client: GhlClient;
  close(): Promise<void>;
}

export async function startGateway({ config, logger, upstream }: GatewayOptions): Promise<Gateway> {
  // Read before anything opens: a bad manifest stops start-up with nothing to close.
  const persisted = persistedOperationsOf(config.http);
  const stores = await openEventStores(config, logger);
  const metrics = new Metrics();
  const limiter = stores.redis && new SharedRateLimiter(stores.redis, config.ghl.rateLimit, config.ghl.queue, config.ghl.timeoutMs, logger);
  const client = new GhlClient({ ...config.ghl, baseUrl: upstream.baseUrl, maxJsonDepth: config.limits.maxJsonDepth, logger, metrics, limiter });
  const accessChecks = new AccessChecks(config.subscriptionAccessTtlMs);
  const readCache = await openReadCache(config, accessChecks, logger).catch(async (error: unknown) => {
    await stores.close();
    throw error;
  });
  const events = readCache ? evictingOnPublish(stores.events, readCache.cache) : stores.events;
  const { app } = config.oauth;
  const installs = app ? new GatewayCredentials({ ...config.oauth, app }, config.gatewayAuth, client, stores, logger) : undefined;
  const context: Upstream = {
    installs,
    client,
    serverCredentials: upstream.credentials,
    defaultLocationId: upstream.defaultLocationId,
    maxConcurrency: config.ghl.maxConcurrency,
    events,
    logger,
    accessChecks,
    cache: readCache?.cache,
  };
  const yoga = createYoga<ConnectionContext, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql,
    // GraphiQL's code inside the page, not from a CDN: it must work offline, as the sandbox does.
    renderGraphiQL,
    landingPage: false,
    // Bodies are limited before Yoga by withinBodyLimit, per kind (JSON or upload); Yoga's own
    // 25,000,000-byte cap would refuse a media file GHL accepts (25 MiB).
    maxRequestBodySize: false,
    // Only GraphQLErrors (ours carry a code) reach clients; anything else becomes "Unexpected error."
    maskedErrors: { isDev: false },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // Name and message only: stack traces stay out of the logs as they stay out of responses.
      error: (...args) => {
        const error = args.find((a): a is Error => a instanceof Error);
        logger.error({ error: error && { name: error.name, message: error.message } }, 'GraphQL request failed');
      },
    },
    context: ({ request, shareable }) => createContext(context, request, shareable ? null : request.signal),
    cors: corsOptions(config.http.corsOrigins),
    plugins: [
      // A call's recording and transcription files, linked from the graph: behind Yoga's CORS, before its 404.
      downloadsPlugin(context, config.http),
      ...httpGuardPlugins(config.http, persisted),
      ...limitsPlugins(config.limits, config.http.introspection),
      costPlugin(config.limits.costBudget, config.limits.checkWindow),
      // @defer/@stream answer as multipart/mixed over HTTP, or as SSE events (Accept: text/event-stream).
      useDeferStream(),
      compiledQueriesPlugin(),
      ...liveQueries(events),
      errorCodesPlugin(),
      metricsPlugin(metrics),
      operationLogPlugin(),
      responseMediaTypePlugin(),
      sharedSubscriptionsPlugin(),
    ],
  });

  const receiveWebhook = webhookReceiver({
    webhooks: config.webhooks,
    maxJsonDepth: config.limits.maxJsonDepth,
    events,
    seen: stores.seen,
    logger,
    metrics,
    onAppEvent: installs?.onAppEvent,
  });
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>([
    ['/healthz', liveness],
    [
      '/readyz',
      readiness({
        reachUpstream: (timeoutMs) => client.reach(timeoutMs),
        upstreamCoolingDownFor: () => client.breakers.coolingDownFor(upstream.baseUrl),
        pingRedis: stores.ping,
        logger,
      }),
    ],
    ['/metrics', (_req, res) => metrics.serve(res)],
    [config.webhooks.path, receiveWebhook],
    ...(installs ? ([INSTALL_PATH, CALLBACK_PATH] as const).map((path) => [path, installs.installFlow] as const) : []),
  ]);
  const server = createServer((req, res) => {
    assignRequestId(req, res);
    const route = routes.get(req.url?.split('?', 1)[0] ?? '');
    if (route) return route(req, res);
    if (withinBodyLimit(req, res, config.http)) yoga(req, res);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stores.close();
    await readCache?.store.close();
    await installs?.close();
    throw error;
  }
  // Once listening: ws re-emits the server's errors, and a listen error would come back with a stack.
  const webSockets = serveWebSockets(server, {
    yoga,
    metrics,
    logger,
    persisted,
    http: config.http,
    limits: config.webSockets,
    principalOf: (request) => resolveCaller(context, request).then(({ principal }) => principal, () => undefined),
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    webhookUrl: `http://${host}:${port}${config.webhooks.path}`,
    server,
    client,
    async close() {
      await webSockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
      await stores.close();
      await readCache?.store.close();
      await installs?.close();
    },
  };
}
