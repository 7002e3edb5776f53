/**
 * Bearer tokens. Each location gets a sub-account token and each company an agency token,
 * derived by hashing the seed with the record id: opaque-looking, yet the same for the same seed,
 * so a gateway started separately can be configured with a token once and keep it. These never
 * expire. The OAuth server (./oauth.ts) issues more tokens here, which expire as GHL's do and die
 * when their app is uninstalled.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SandboxStore } from '../model/store.ts';

export type Principal =
  | { kind: 'location'; locationId: string; companyId: string }
  | { kind: 'agency'; companyId: string };

export interface SandboxTokens {
  /** Location id → sub-account token. */
  locations: Record<string, string>;
  /** Company id → agency token. */
  agency: Record<string, string>;
}

export class TokenRegistry {
  readonly tokens: SandboxTokens = { locations: {}, agency: {} };
  private readonly principals = new Map<string, Principal>();
  /** Issued tokens: epoch ms after which GHL answers 401. */
  private readonly expiries = new Map<string, number>();

  /**
   * Issued once, at start-up: a reset re-seeds the same ids, so the tokens stay valid.
   */
  constructor(store: SandboxStore, seed: number) {
    for (const location of store.locations.values()) {
      const token = `sbx-loc-${digest(seed, 'location', location.id)}`;
      this.tokens.locations[location.id] = token;
      this.principals.set(token, { kind: 'location', locationId: location.id, companyId: location.companyId });
    }
    for (const company of store.companies.values()) {
      const token = `sbx-agency-${digest(seed, 'company', company.id)}`;
      this.tokens.agency[company.id] = token;
      this.principals.set(token, { kind: 'agency', companyId: company.id });
    }
  }

  /** The principal behind an `Authorization` header, if it carries a known bearer token. */
  identify(authorization: string | undefined): Principal | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (token === undefined) return undefined;
    if ((this.expiries.get(token) ?? Infinity) <= Date.now()) return undefined;
    return this.principals.get(token);
  }

  /** A new access token of a principal, valid for `ttlMs`. */
  issue(principal: Principal, ttlMs: number): string {
    const token = `sbx-oauth-${randomBytes(20).toString('hex')}`;
    this.principals.set(token, principal);
    this.expiries.set(token, Date.now() + ttlMs);
    return token;
  }

  /** Kills every issued token of a location, or of a company and its locations (an uninstall). */
  revoke(scope: { locationId: string } | { companyId: string }): void {
    for (const [token, principal] of this.principals) {
      if (!this.expiries.has(token)) continue;
      const hit =
        'locationId' in scope
          ? principal.kind === 'location' && principal.locationId === scope.locationId
          : principal.companyId === scope.companyId;
      if (hit) {
        this.principals.delete(token);
        this.expiries.delete(token);
      }
    }
  }
}

/** The id a request log entry records for a principal. */
export function principalId(principal: Principal): string {
  return principal.kind === 'location' ? principal.locationId : principal.companyId;
}

function digest(seed: number, kind: string, id: string): string {
  return createHash('sha256').update(`ghl-sandbox:${seed}:${kind}:${id}`).digest('hex').slice(0, 40);
}
