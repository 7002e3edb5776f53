/**
 * A usable GHL access token for an installed location, kept fresh. A token that expires within
 * the margin is renewed before use, and a token GHL answered 401 to is renewed once. Renewal is
 * single-flight per install (location or company): refresh tokens rotate, so two refreshes of one
 * install must never both run; callers arriving during a renewal wait for it. Across processes
 * the renewing one holds the install's lease (./leases.ts): the others wait for it and take the
 * tokens it stored. Should a lease lapse mid-renewal, the store's compare-and-swap still decides.
 *
 * A location installed on its own is refreshed with its refresh token (POST /oauth/token); a
 * location installed through its agency gets a token minted with the agency's (POST
 * /oauth/locationToken), the agency's own token being refreshed the same way when it runs out.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLError } from 'graphql';
import type { GhlAccessToken, GhlLocationToken } from '../ghl/api/oauth.ts';
import type { GhlClient } from '../ghl/client.ts';
import { codeOf, gatewayError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Leases } from './leases.ts';
import type { Install, InstallKey, TokenStore, Tokens } from './store.ts';

/** How long a failed refresh looks for another process's successful one: 10 × 100 ms. */
const SUCCESSOR_CHECKS = 10;
const SUCCESSOR_WAIT_MS = 100;
/** Longer than a renewal takes (a timed-out token call, retried); a dead holder blocks no longer. */
const LEASE_MS = 30_000;
/** How often a process waiting for another's renewal looks at the store. */
const LEASE_WAIT_MS = 50;

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
}

export class InstallTokens {
  /** Renewals in flight, by install. */
  readonly #renewing = new Map<string, Promise<Install>>();

  constructor(
    private readonly store: TokenStore,
    private readonly leases: Leases,
    private readonly client: GhlClient,
    private readonly app: OAuthApp,
    private readonly marginMs: number,
    private readonly logger: Logger,
  ) {}

  /** The location's access token, renewed first if it is missing or about to expire. */
  async forLocation(locationId: string): Promise<string> {
    return this.#usable(await this.#installed({ userType: 'Location', id: locationId }));
  }

  /** After GHL refused `refused` with a 401: a new token, unless one has replaced it already. */
  async afterUnauthorized(locationId: string, refused: string): Promise<string> {
    const install = await this.#installed({ userType: 'Location', id: locationId });
    if (install.accessToken !== undefined && install.accessToken !== refused) return install.accessToken;
    return tokenOf(await this.#renew(install));
  }

  /** Tokens from a code exchange, as GHL's answer gives them. */
  static tokensOf(answer: Pick<GhlAccessToken | GhlLocationToken, 'access_token' | 'expires_in'> & { refresh_token?: string }): Tokens {
    return { accessToken: answer.access_token, refreshToken: answer.refresh_token, expiresAt: Date.now() + answer.expires_in * 1000 };
  }

  async #usable(install: Install): Promise<string> {
    if (install.accessToken !== undefined && install.expiresAt - this.marginMs > Date.now()) return install.accessToken;
    return tokenOf(await this.#renew(install));
  }

  async #installed(key: InstallKey): Promise<Install> {
    const install = await this.store.get(key);
    if (!install) throw notInstalled(key);
    return install;
  }

  #renew(seen: Install): Promise<Install> {
    const flightKey = `${seen.userType}:${seen.id}`;
    let renewal = this.#renewing.get(flightKey);
    if (!renewal) {
      renewal = this.#renewOnce(seen).finally(() => this.#renewing.delete(flightKey));
      this.#renewing.set(flightKey, renewal);
    }
    return renewal;
  }

  /** Under the install's lease; while another process holds it, waits for the tokens it stores. */
  async #renewOnce(seen: Install): Promise<Install> {
    for (;;) {
      const release = await this.leases.take(`refresh:${seen.userType}:${seen.id}`, LEASE_MS);
      // Read again: another process, or a renewal that ended just now, may have stored new tokens.
      const current = await this.#installed(seen);
      if (current.accessToken !== seen.accessToken && current.expiresAt - this.marginMs > Date.now()) {
        await release?.();
        return current;
      }
      if (release) {
        try {
          return await this.#renewHolding(current);
        } finally {
          await release();
        }
      }
      await sleep(LEASE_WAIT_MS);
    }
  }

  async #renewHolding(current: Install): Promise<Install> {
    let next: Tokens;
    try {
      next = current.refreshToken !== undefined ? await this.#refresh(current) : await this.#mint(current);
    } catch (error) {
      // A refresh token another process spent first is dead; its successor is in the store, or soon will be.
      const successor = await this.#successorOf(current);
      if (successor) return successor;
      this.logger.warn({ userType: current.userType, id: current.id, code: codeOf(error) }, 'GHL token renewal failed');
      throw renewalFailed(current, error);
    }
    if (await this.store.replaceTokens(current, current, next)) {
      this.logger.info({ userType: current.userType, id: current.id }, 'GHL token renewed');
      return { ...current, ...next };
    }
    return this.#installed(current);
  }

  /** Tokens another process stored after `spent`, waited for while its write may still be on the way. */
  async #successorOf(spent: Install): Promise<Install | undefined> {
    for (let attempt = 0; attempt < SUCCESSOR_CHECKS; attempt++) {
      const after = await this.store.get(spent);
      if (after?.accessToken !== undefined && after.refreshToken !== spent.refreshToken) return after;
      if (spent.refreshToken === undefined) return undefined;
      await sleep(SUCCESSOR_WAIT_MS);
    }
    return undefined;
  }

  async #refresh(install: Install): Promise<Tokens> {
    const answer = await this.client.asApp('getAccessToken', {
      urlencoded: {
        client_id: this.app.clientId,
        client_secret: this.app.clientSecret,
        grant_type: 'refresh_token',
        refresh_token: install.refreshToken!,
        user_type: install.userType,
      },
    });
    return InstallTokens.tokensOf(answer);
  }

  /** A location installed through its agency: a location token minted with the agency's token. */
  async #mint(location: Install): Promise<Tokens> {
    if (location.userType !== 'Location' || location.companyId === undefined) throw notInstalled(location);
    const company = await this.#installed({ userType: 'Company', id: location.companyId });
    const agencyToken = await this.#usable(company);
    const answer = await this.client
      .session({ token: agencyToken })
      .call('getLocationAccessToken', { urlencoded: { companyId: location.companyId, locationId: location.id } });
    return { ...InstallTokens.tokensOf(answer), refreshToken: undefined };
  }
}

function tokenOf(install: Install): string {
  if (install.accessToken === undefined) throw notInstalled(install);
  return install.accessToken;
}

function notInstalled({ userType, id }: InstallKey): GraphQLError {
  return gatewayError('FORBIDDEN', `The app is not installed on ${userType === 'Company' ? 'agency' : 'location'} ${id}`);
}

/** What GHL said stays in the log; the client learns the install needs attention, not GHL's words. */
function renewalFailed({ userType, id }: InstallKey, error: unknown): GraphQLError {
  const code = codeOf(error);
  if (code === 'UPSTREAM_ERROR' || code === 'UPSTREAM_TIMEOUT' || code === 'RATE_LIMITED') return error as GraphQLError;
  return gatewayError('UNAUTHENTICATED', `The GoHighLevel install of ${userType === 'Company' ? 'agency' : 'location'} ${id} could not be renewed: install the app again`);
}
