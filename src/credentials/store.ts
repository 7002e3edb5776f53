/**
 * Where installs and their GHL tokens live. The embedded store is a SQLite file
 * (./sqlite-store.ts); a Redis or SQL store implements the same interface, with the same rule for
 * `replaceTokens`: it is a compare-and-swap, so of two refreshes racing on one install exactly one
 * is written, and the loser reads the winner's tokens instead of spending a dead refresh token.
 */

/** GHL's names for the two kinds of token. */
export type UserType = 'Location' | 'Company';

export interface InstallKey {
  userType: UserType;
  /** The location's id, or the company's for an agency install. */
  id: string;
}

export interface Tokens {
  /** Unset for a location installed through its agency whose token has not been minted yet. */
  accessToken: string | undefined;
  /**
   * Unset for a location token minted from the agency's (GHL gives none): the next one is minted
   * again rather than refreshed.
   */
  refreshToken: string | undefined;
  /** Epoch ms; 0 when there is no access token. */
  expiresAt: number;
}

export interface Install extends InstallKey, Tokens {
  /** The agency the location belongs to, or the agency itself. */
  companyId: string | undefined;
  scope: string | undefined;
  /** Epoch ms. */
  installedAt: number;
}

export interface TokenStore {
  get(key: InstallKey): Promise<Install | undefined>;
  /** Writes an install whole: a new install, or a reinstall replacing the old one. */
  save(install: Install): Promise<void>;
  /** A location installed through its agency (an agency install, an INSTALL webhook), unless it has an install already. */
  addAgencyLocation(locationId: string, companyId: string, installedAt: number): Promise<void>;
  /**
   * Writes new tokens only if the stored ones are still `expected` (same access and refresh
   * token); false when another refresh got there first.
   */
  replaceTokens(key: InstallKey, expected: Tokens, next: Tokens): Promise<boolean>;
  /** False when there was no such install. */
  remove(key: InstallKey): Promise<boolean>;
  /** An agency uninstall: its own install and the locations installed through it (not locations installed on their own). */
  removeCompany(companyId: string): Promise<void>;
  /** Every location install, oldest first. */
  locations(): Promise<Install[]>;
  close(): Promise<void>;
}
