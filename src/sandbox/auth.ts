/**
 * Bearer tokens. Each location gets a sub-account token and each company an agency token,
 * derived by hashing the seed with the record id: opaque-looking, yet the same for the same seed,
 * so a gateway started separately can be configured with a token once and keep it.
 */
import { createHash } from 'node:crypto';
import type { SandboxStore } from './store.ts';

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
    return match?.[1] === undefined ? undefined : this.principals.get(match[1]);
  }
}

/** The id a request log entry records for a principal. */
export function principalId(principal: Principal): string {
  return principal.kind === 'location' ? principal.locationId : principal.companyId;
}

function digest(seed: number, kind: string, id: string): string {
  return createHash('sha256').update(`ghl-sandbox:${seed}:${kind}:${id}`).digest('hex').slice(0, 40);
}
