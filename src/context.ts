/**
 * What every resolver gets: a GHL session holding the caller's credentials, and fresh loaders so
 * that nothing cached for one request is ever served to another. Credentials, in this order: a
 * gateway API key or JWT (managed: each call uses the stored install token of its location, see
 * src/credentials), a client's own GHL Bearer token (pass-through), the server's GHL_ACCESS_TOKEN. A WebSocket operation gets the
 * same from a Request standing for its connection (src/transports/websocket.ts).
 */
import { GraphQLError } from 'graphql';
import type { CacheReport, ReadCache } from './cache/index.ts';
import type { GatewayCredentials, ManagedAccess } from './credentials/index.ts';
import { digest } from './credentials/principals.ts';
import type { CredentialSource, Credentials, GhlClient, GhlSession } from './ghl/client.ts';
import { gatewayError } from './errors.ts';
import { createLoaders, lazyLoaders, type Loaders } from './loaders/index.ts';
import type { Logger } from './logger.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.ts';
import type { AccessChecks } from './credentials/access-checks.ts';
import type { EventBus } from './events/pubsub.ts';

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
  /**
   * Who the request resolved to, never a raw header: a gateway API key or JWT (by its name and
   * locations), a client's own GHL token (by its digest), or the server's token. What is shared
   * between requests (streams, access checks) is keyed by this, with the location.
   */
  principal: string;
  /** GHL's answers to "may this principal read this location?", shared by all its requests. */
  accessChecks: AccessChecks;
  /** Reads a location with these credentials, tied to no request: its answer may serve others of the principal. */
  readLocation(locationId: string): Promise<unknown>;
  /** The request's id (x-request-id): in its response header, its log lines and its calls to GHL. */
  requestId: string;
  /** Logs about this request: every line carries its requestId. */
  log: Logger;
  /** Set for a gateway API key or JWT: who it is, and the installs it may see. */
  managed: ManagedAccess | undefined;
  /** The request's cache hits and misses; unset when the read cache is off. */
  cache: CacheReport | undefined;
  /** A context whose GHL calls are answered only by the read cache (the cost estimate's probe); unset when the cache is off. */
  probe: (() => CacheProbeContext) | undefined;
}

/** What a run with `context` would find cached: every other call rejects with `notCached`, unsent, and counts in `misses`. */
export interface CacheProbeContext {
  context: GatewayContext;
  notCached: GraphQLError;
  misses(): number;
}

export interface Upstream {
  client: GhlClient;
  /** Used when the request brings no Authorization header of its own. */
  serverCredentials: Credentials | undefined;
  defaultLocationId: string | undefined;
  maxConcurrency: number;
  /** What GHL pushes: its webhooks, verified. */
  events: EventBus;
  logger: Logger;
  /** OAuth installs and gateway API keys and JWTs; unset without a configured app. */
  installs: GatewayCredentials | undefined;
  accessChecks: AccessChecks;
  /** GHL reads shared between requests (src/cache); unset when CACHE_TTL_MS is 0. */
  cache: ReadCache | undefined;
}

/** What a request's credentials resolve to, before any resolver runs. */
export interface Caller {
  credentials: CredentialSource | Credentials | GraphQLError;
  /** See GatewayContext.principal. */
  principal: string;
  defaultLocationId: string | undefined;
  managed: ManagedAccess | undefined;
}

/**
 * Credentials, in this order: a gateway API key or JWT, a client's own GHL Bearer token
 * (pass-through), the server's GHL_ACCESS_TOKEN. Throws a refused gateway credential: it is the
 * answer, whatever the operation asks.
 */
export async function resolveCaller(upstream: Upstream, request: Request): Promise<Caller> {
  const managed = await upstream.installs?.forRequest(request);
  if (managed?.credentials instanceof GraphQLError) throw managed.credentials;
  if (managed?.managed) {
    const { name, locations } = managed.managed.principal;
    return { ...managed, principal: `gateway ${JSON.stringify([name, locations])}` };
  }
  const header = request.headers.get('authorization');
  return {
    credentials: credentialsOf(header, upstream.serverCredentials),
    principal: header === null ? 'server' : `ghl-token ${digest(header.trim())}`,
    defaultLocationId: upstream.defaultLocationId,
    managed: undefined,
  };
}

export async function createContext(
  upstream: Upstream,
  request: Request,
  /** Ends the operation's calls to GHL: the request's, unless the operation outlives it (null: each call's own timeout). */
  signal: AbortSignal | null = request.signal,
): Promise<GatewayContext> {
  // Settled before Yoga sees the request: over HTTP by assignRequestId, over WebSocket once per connection.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const log = upstream.logger.child({ requestId });
  const { credentials, principal, defaultLocationId, managed } = await resolveCaller(upstream, request);
  const trace = { requestId, logger: log };
  const readLocation = (locationId: string) => upstream.client.session(credentials, undefined, trace).call('getLocation', { location: locationId });
  const cache = upstream.cache?.forRequest(principal, readLocation);
  const ghl = upstream.client.session(credentials, signal ?? undefined, trace, cache);
  const loaders = lazyLoaders(() => createLoaders(ghl, upstream.maxConcurrency));
  const context: GatewayContext = {
    ghl,
    loaders,
    dropLoaders: () => loaders.drop(),
    defaultLocationId,
    events: upstream.events,
    principal,
    accessChecks: upstream.accessChecks,
    readLocation,
    requestId,
    log,
    managed,
    cache: cache?.report,
    probe: undefined,
  };
  const readCache = upstream.cache;
  if (!readCache) return context;
  context.probe = () => {
    const notCached = new GraphQLError('Not in the read cache');
    const probe = readCache.probe(principal, notCached);
    // Credentials that are this error: whatever does not go through the cache fails, unsent.
    const probeGhl = upstream.client.session(notCached, undefined, trace, probe);
    const probeLoaders = lazyLoaders(() => createLoaders(probeGhl, upstream.maxConcurrency));
    const probeContext: GatewayContext = {
      ...context,
      ghl: probeGhl,
      loaders: probeLoaders,
      dropLoaders: () => probeLoaders.drop(),
      readLocation: () => Promise.reject(notCached),
      cache: undefined,
      probe: undefined,
    };
    return { context: probeContext, notCached, misses: () => probe.misses };
  };
  return context;
}

/** Pass-through first: a client's own GHL token wins over the server's. */
function credentialsOf(header: string | null, serverCredentials: Credentials | undefined): Credentials | GraphQLError {
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
