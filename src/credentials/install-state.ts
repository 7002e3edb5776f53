/**
 * The OAuth `state` of a marketplace install (RFC 6749 §10.12): without it, anyone could hand the
 * callback a code of their own (login CSRF) and the gateway would store that install.
 *
 * /oauth/install issues a random state and sets it, with its expiry and an HMAC, in an HttpOnly,
 * SameSite=Lax cookie scoped to the callback: Lax, because GHL sends the installer back by a
 * top-level GET navigation from its own site. The callback accepts a state only when it equals the
 * cookie's, the cookie's HMAC holds and it has not expired, and claims it once. The HMAC key comes
 * from the app's client secret, so every replica verifies any replica's cookie without a store of
 * its own; the claim goes through the seen-id store (in Redis when REDIS_URL is set), so a state
 * is used once across replicas too.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SeenWebhooks } from '../events/seen.ts';

/** Long enough to choose a location on GHL's page, short enough to be useless when stolen later. */
export const STATE_TTL_MS = 10 * 60_000;
const COOKIE = 'ghl_install_state';

/** Why a callback's state was refused: the `reason` of its INSTALL_STATE_INVALID answer. */
export type StateRefusal = 'missing' | 'unknown' | 'expired' | 'reused';

export class InstallStateRefused extends Error {
  constructor(readonly reason: StateRefusal) {
    super(
      {
        missing: 'The callback carries no state, or the browser no install cookie: start again at /oauth/install',
        unknown: 'The callback’s state was not issued to this browser by /oauth/install',
        expired: 'The install took too long: start again at /oauth/install',
        reused: 'This install callback was already used: start again at /oauth/install',
      }[reason],
    );
  }
}

export class InstallStates {
  readonly #key: Buffer;
  readonly #claims: SeenWebhooks;
  readonly #cookiePath: string;
  /** No longer than a claim holds: a state must not outlive the memory of its use. */
  readonly #ttlMs: number;

  constructor(clientSecret: string, claims: SeenWebhooks, cookiePath: string) {
    this.#key = createHmac('sha256', clientSecret).update('ghl-gateway install state').digest();
    this.#claims = claims;
    this.#cookiePath = cookiePath;
    this.#ttlMs = Math.min(STATE_TTL_MS, claims.ttlMs);
  }

  /** A new state and the Set-Cookie header binding it to the browser. */
  issue(secure: boolean): { state: string; setCookie: string } {
    const state = randomBytes(32).toString('base64url');
    const expiresAt = Date.now() + this.#ttlMs;
    const value = `${state}.${expiresAt}.${this.#mac(state, expiresAt)}`;
    return { state, setCookie: this.#cookie(value, Math.floor(this.#ttlMs / 1000), secure) };
  }

  /** The Set-Cookie header that removes the cookie, whatever the callback's outcome. */
  clear(secure: boolean): string {
    return this.#cookie('', 0, secure);
  }

  /** Resolves when `state` is this browser's, unexpired and unused; rejects with InstallStateRefused. */
  async accept(state: string | null, cookieHeader: string | undefined): Promise<void> {
    const cookie = cookieOf(cookieHeader, COOKIE);
    if (!state || !cookie) throw new InstallStateRefused('missing');
    const [issued, expiry, mac] = cookie.split('.');
    const expiresAt = Number(expiry);
    if (!issued || !mac || !Number.isSafeInteger(expiresAt) || !sameText(mac, this.#mac(issued, expiresAt)) || !sameText(issued, state)) {
      throw new InstallStateRefused('unknown');
    }
    if (Date.now() >= expiresAt) throw new InstallStateRefused('expired');
    if (!(await this.#claims.claim(`oauth-state:${state}`))) throw new InstallStateRefused('reused');
  }

  #mac(state: string, expiresAt: number): string {
    return createHmac('sha256', this.#key).update(`${state}.${expiresAt}`).digest('base64url');
  }

  #cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
    return `${COOKIE}=${value}; Path=${this.#cookiePath}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  }
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
