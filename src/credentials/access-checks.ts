/**
 * Isolation: a subscriber gets the events of a location only once GHL itself, asked with the
 * subscriber's own credentials, has served that location (a token's claims are never trusted).
 *
 * GHL's yes is kept for SUBSCRIPTION_ACCESS_TTL_MS per resolved principal and location, and shared
 * by every connection and subscription of that principal: a reconnect storm of three hundred
 * subscribers costs the location one read of its REST budget, not three hundred. A subscription
 * asks again as its first event after the yes expired arrives, so a revoked credential stops
 * receiving events within that time. Only a yes is kept: a refusal or an outage is asked again.
 */
export class AccessChecks {
  /** By principal and location: the check under way, or its yes while it lasts. */
  readonly #checks = new Map<string, Promise<void>>();
  /** The keys whose yes has arrived and not expired. */
  readonly #granted = new Set<string>();

  constructor(private readonly ttlMs: number) {}

  readable(principal: string, locationId: string, read: () => Promise<unknown>): Promise<void> {
    const key = JSON.stringify([principal, locationId]);
    const kept = this.#checks.get(key);
    if (kept) return kept;
    const forget = () => {
      if (this.#checks.get(key) !== check) return;
      this.#checks.delete(key);
      this.#granted.delete(key);
    };
    // FORBIDDEN, UNAUTHENTICATED or NOT_FOUND from GHL reach the subscriber as they are.
    const check: Promise<void> = read().then(() => {
      this.#granted.add(key);
      setTimeout(forget, this.ttlMs).unref();
    });
    this.#checks.set(key, check);
    check.catch(forget);
    return check;
  }

  /** Whether GHL's yes is already kept: asks nothing (the cost estimate's probe may not call GHL). */
  granted(principal: string, locationId: string): boolean {
    return this.#granted.has(JSON.stringify([principal, locationId]));
  }
}
