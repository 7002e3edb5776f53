/**
 * Which GHL token a request uses, when the gateway holds the tokens (OAuth installs): the token
 * store, the install flow, the renewal of tokens, the INSTALL/UNINSTALL webhooks, and the gateway
 * API keys and JWTs that name the locations a client may use. src/context.ts asks `forRequest`;
 * a request with no gateway credential keeps the pass-through and server-token modes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.ts';
import type { AppEvent } from '../events/receiver.ts';
import type { CredentialSource, GhlClient } from '../ghl/client.ts';
import { gatewayError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { EventStores } from '../events/stores.ts';
import { appEventHandler } from './app-events.ts';
import { CALLBACK_PATH, installFlow } from './install-flow.ts';
import { InstallStates } from './install-state.ts';
import { InstallTokens, type OAuthApp } from './install-tokens.ts';
import { leasesInRedis } from './leases.ts';
import { ManagedCredentials, forbidden } from './managed.ts';
import { allows, Principals, type Principal } from './principals.ts';
import { SqliteTokenStore } from './sqlite-store.ts';
import type { Install, TokenStore } from './store.ts';

export { CALLBACK_PATH, INSTALL_PATH } from './install-flow.ts';
export type { Principal } from './principals.ts';
export type { Install, TokenStore } from './store.ts';

/** What a managed request's resolvers may ask about installs. */
export interface ManagedAccess {
  principal: Principal;
  /** The installed locations this principal was given. */
  installedLocations(): Promise<Install[]>;
}

export interface ManagedRequest {
  credentials: CredentialSource | GraphQLError;
  defaultLocationId: string | undefined;
  managed: ManagedAccess | undefined;
}

/** The header naming the location by-id calls use, among the principal's. */
export const LOCATION_HEADER = 'x-ghl-location-id';

export class GatewayCredentials {
  readonly store: TokenStore;
  readonly #tokens: InstallTokens;
  /** Serves INSTALL_PATH and CALLBACK_PATH. */
  readonly installFlow: (req: IncomingMessage, res: ServerResponse) => void;
  readonly onAppEvent: (event: AppEvent) => Promise<void>;
  readonly #principals: Principals;

  /**
   * `shared.seen`: where a used install state is remembered; `shared.redis`: where refresh leases
   * are taken. Both shared by replicas when REDIS_URL is set; leases are in the token store otherwise.
   */
  constructor(oauth: Config['oauth'] & { app: OAuthApp }, gatewayAuth: Config['gatewayAuth'], client: GhlClient, shared: Pick<EventStores, 'seen' | 'redis'>, logger: Logger) {
    const store = new SqliteTokenStore(oauth.tokenStorePath);
    this.store = store;
    const { app } = oauth;
    const leases = shared.redis ? leasesInRedis(shared.redis) : store.leases;
    this.#tokens = new InstallTokens(this.store, leases, client, app, oauth.refreshMarginSeconds * 1000, logger);
    this.installFlow = installFlow({
      app,
      redirectUri: oauth.redirectUri,
      scopes: oauth.scopes,
      chooseLocationUrl: oauth.chooseLocationUrl,
      states: new InstallStates(app.clientSecret, shared.seen, CALLBACK_PATH),
      store: this.store,
      client,
      logger,
    });
    this.onAppEvent = appEventHandler(this.store, logger);
    this.#principals = new Principals(gatewayAuth);
  }

  /** Managed credentials for a request that brings a gateway API key or JWT; undefined for any other. */
  async forRequest(request: Request): Promise<ManagedRequest | undefined> {
    const principal = await this.#principals.of(request.headers);
    if (principal === undefined) return undefined;
    if (principal instanceof GraphQLError) return { credentials: principal, defaultLocationId: undefined, managed: undefined };
    const asked = request.headers.get(LOCATION_HEADER)?.trim() || undefined;
    if (asked !== undefined && !allows(principal, asked)) return { credentials: forbidden(asked), defaultLocationId: undefined, managed: undefined };
    const defaultLocationId = asked ?? principal.locations.find((id) => id !== '*');
    return {
      credentials: new ManagedCredentials(this.#tokens, principal, defaultLocationId),
      defaultLocationId,
      managed: {
        principal,
        installedLocations: async () => (await this.store.locations()).filter((install) => allows(principal, install.id)),
      },
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** installedLocations needs to know whose installs to show. */
export function requireManaged(managed: ManagedAccess | undefined): ManagedAccess {
  if (!managed) throw gatewayError('UNAUTHENTICATED', 'Installs are shown to gateway API keys and JWTs only');
  return managed;
}
