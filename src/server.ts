/**
 * Wiring: the GHL client, the schema and Yoga behind one HTTP server, with GHL's webhooks received
 * on WEBHOOK_PATH and subscriptions served over WebSocket and SSE. `main.ts` decides which upstream
 * to use (real GHL or the embedded sandbox); tests start gateways through this too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { GRAPHQL_PATH, type Config } from './config.ts';
import { createContext, type GatewayContext, type Upstream } from './context.ts';
import { GhlClient, type Credentials } from './ghl/client.ts';
import type { Logger } from './logger.ts';
import { errorCodesPlugin } from './plugins/error-codes.ts';
import { upstreamCallsPlugin } from './plugins/upstream-calls.ts';
import { schema } from './schema/index.ts';
import { webhookReceiver } from './subscriptions/receiver.ts';
import { openEventStores } from './subscriptions/stores.ts';
import { serveWebSockets, type ConnectionContext } from './subscriptions/websocket.ts';

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

const defaultQuery = `# Welcome to the GoHighLevel GraphQL gateway.
# Press the play button to read the first contacts of the default location.
query FirstContacts {
  location {
    name
  }
  contacts(first: 5) {
    totalCount
    edges {
      node {
        name
        email
        tags
        assignedUser {
          name
        }
      }
    }
  }
}
`;

export async function startGateway({ config, logger, upstream }: GatewayOptions): Promise<Gateway> {
  const stores = await openEventStores(config, logger);
  const client = new GhlClient({ ...config.ghl, baseUrl: upstream.baseUrl, logger });
  const context: Upstream = {
    client,
    serverCredentials: upstream.credentials,
    defaultLocationId: upstream.defaultLocationId,
    maxConcurrency: config.ghl.maxConcurrency,
    events: stores.events,
  };
  const yoga = createYoga<ConnectionContext, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: { title: 'GoHighLevel GraphQL gateway', defaultQuery, subscriptionsProtocol: 'WS' },
    landingPage: false,
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
    context: ({ request, readableLocations }) => createContext(context, request, readableLocations),
    plugins: [errorCodesPlugin(), upstreamCallsPlugin()],
  });

  const receiveWebhook = webhookReceiver({ webhooks: config.webhooks, events: stores.events, seen: stores.seen, logger });
  const server = createServer((req, res) =>
    req.url?.split('?', 1)[0] === config.webhooks.path ? receiveWebhook(req, res) : yoga(req, res),
  );
  const webSockets = serveWebSockets(server, yoga);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stores.close();
    throw error;
  }
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
    },
  };
}
