/**
 * What every resolver gets: a GHL session holding the caller's credentials, and fresh loaders so
 * that nothing cached for one request is ever served to another. A WebSocket operation gets the
 * same from a Request standing for its connection (src/subscriptions/websocket.ts).
 */
import { GraphQLError } from 'graphql';
import type { Credentials, GhlClient, GhlSession } from './ghl/client.ts';
import { gatewayError } from './ghl/errors.ts';
import { createLoaders, lazyLoaders, type Loaders } from './loaders/index.ts';
import type { EventBus } from './subscriptions/pubsub.ts';

export interface GatewayContext {
  ghl: GhlSession;
  /** Made on first use: a subscription holds its context for its whole life, mostly idle. */
  readonly loaders: Loaders;
  /** Forgets every loaded record: a subscription's next event must see GHL as it is then. */
  dropLoaders(): void;
  /** The location a query means when it names none. */
  defaultLocationId: string | undefined;
  /** GHL's verified webhooks, for subscription fields. */
  events: EventBus;
  /** Locations these credentials were seen to read: kept for one HTTP request, or one WebSocket. */
  readableLocations: Map<string, Promise<void>>;
}

export interface Upstream {
  client: GhlClient;
  /** Used when the request brings no Authorization header of its own. */
  serverCredentials: Credentials | undefined;
  defaultLocationId: string | undefined;
  maxConcurrency: number;
  /** What GHL pushes: its webhooks, verified. */
  events: EventBus;
}

export function createContext(upstream: Upstream, request: Request, readableLocations = new Map<string, Promise<void>>()): GatewayContext {
  const ghl = upstream.client.session(credentialsOf(request, upstream.serverCredentials), request.signal);
  const loaders = lazyLoaders(() => createLoaders(ghl, upstream.maxConcurrency));
  return {
    ghl,
    loaders,
    dropLoaders: () => loaders.drop(),
    defaultLocationId: upstream.defaultLocationId,
    events: upstream.events,
    readableLocations,
  };
}

/** Pass-through first: a client's own GHL token wins over the server's. */
function credentialsOf(request: Request, serverCredentials: Credentials | undefined): Credentials | GraphQLError {
  const header = request.headers.get('authorization');
  if (header === null) {
    return (
      serverCredentials ??
      gatewayError(
        'UNAUTHENTICATED',
        'No GoHighLevel credentials: send "Authorization: Bearer <GHL access token>" or configure GHL_ACCESS_TOKEN',
      )
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return gatewayError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <GHL access token>"');
  return { token: match[1] };
}
