/**
 * The read cache, at the REST edge: every GHL read of a request goes through it (src/ghl/client.ts
 * `CallCache`), so whatever resolver or loader asks, the same answer is shared by every request of
 * every principal that may read its location, until a webhook or a mutation evicts it, or
 * CACHE_TTL_MS passes.
 *
 * Isolation: an entry is keyed by operation and arguments, and holds the location GHL served it
 * for. It is served only once GHL itself has said, to this principal's credentials, that they read
 * that location (the access checks subscriptions share, src/subscriptions/authorize.ts), and has
 * served them a read of the entry's app there: GHL grants OAuth scopes per app (contacts,
 * calendars, ...), so a credential that may read a location may still be refused one app's reads.
 * That yes is kept in the store beside the entries, for as long (so replicas share it): one miss per
 * principal, location and app, then hits. A miss goes upstream with the caller's own credentials,
 * so GHL judges it as it would without a cache.
 */
import type { CallCache } from '../ghl/client.ts';
import type { OperationName } from '../ghl/catalog.ts';
import { operations } from '../ghl/catalog.ts';
import type { Logger } from '../logger.ts';
import type { AccessChecks } from '../credentials/access-checks.ts';
import { evictedByMutation } from './evictions.ts';
import type { CacheStore } from './store.ts';
import { bodyIds, grantKey, isRead, pathIds, readKey, readTags, type ReadArgs, type Tag } from './tags.ts';

/** What `extensions.cache` reports. */
export interface CacheReport {
  hits: number;
  misses: number;
}

export class ReadCache {
  constructor(
    private readonly store: CacheStore,
    private readonly accessChecks: AccessChecks,
    private readonly logger: Logger,
  ) {}

  /** The cache as one request of `principal` uses it; `readLocation` proves it may read a location. */
  forRequest(principal: string, readLocation: (locationId: string) => Promise<unknown>): RequestCache {
    return new RequestCache(this, principal, readLocation);
  }

  /**
   * The cache as the cost estimate's probe of `principal` sees it: hits it may be served now, and
   * nothing else. Every other call, and a read of a location whose access is not yet verified,
   * rejects with `notCached` unsent.
   */
  probe(principal: string, notCached: Error): CacheProbe {
    return new CacheProbe(this, principal, notCached);
  }

  /** @internal Whether GHL's yes to `principal` reading the location, and its app, is already kept: asks GHL nothing. */
  async granted(principal: string, locationId: string, app: string): Promise<boolean> {
    return this.accessChecks.granted(principal, locationId) && (await this.appGranted(principal, locationId, app));
  }

  /** @internal Whether GHL has served `principal` a read of `app` in `locationId` lately (the store keeps its yes). */
  async appGranted(principal: string, locationId: string, app: string): Promise<boolean> {
    return (await this.get(grantKey(principal, locationId, app))) !== undefined;
  }

  /** @internal GHL has just served `principal` a read of `app` in `locationId`. */
  grant(principal: string, locationId: string, app: string): Promise<void> {
    return this.set(grantKey(principal, locationId, app), { locationId, data: true }, [], []);
  }

  /** Drops every read tagged with one of `tags`. A failure is logged: the TTL still bounds what it leaves. */
  async evict(tags: Tag[]): Promise<void> {
    if (tags.length === 0) return;
    await this.store.evict(tags).catch((error: Error) => this.logger.warn({ error: error.message, tags: tags.length }, 'Cache eviction failed; entries live out their TTL'));
  }

  /** @internal */
  async mayServe(principal: string, entryLocation: string, readLocation: (locationId: string) => Promise<unknown>): Promise<boolean> {
    return this.accessChecks.readable(principal, entryLocation, () => readLocation(entryLocation)).then(
      () => true,
      () => false,
    );
  }

  /** @internal A store that fails is a miss, never an error: GHL answers instead. */
  get(key: string) {
    return this.store.get(key).catch(() => undefined);
  }

  /** @internal */
  generations(tags: Tag[]) {
    return this.store.generations(tags).catch(() => undefined);
  }

  /** @internal */
  set(...args: Parameters<CacheStore['set']>): Promise<void> {
    return this.store.set(...args).catch(() => undefined);
  }
}

export class RequestCache implements CallCache {
  readonly report: CacheReport = { hits: 0, misses: 0 };
  /**
   * The store's answer on each location and app this request read, asked once: a screen of twenty
   * cached lists of one app costs one look at the grant, not twenty (a round trip each in Redis).
   */
  readonly #apps = new Map<string, Promise<boolean>>();

  constructor(
    private readonly cache: ReadCache,
    private readonly principal: string,
    private readonly readLocation: (locationId: string) => Promise<unknown>,
  ) {}

  #appGranted(locationId: string, app: string): Promise<boolean> {
    const key = JSON.stringify([locationId, app]);
    let granted = this.#apps.get(key);
    if (!granted) {
      granted = this.cache.appGranted(this.principal, locationId, app);
      this.#apps.set(key, granted);
    }
    return granted;
  }

  async through<T>(name: OperationName, args: ReadArgs, send: (served: (locationId: string | undefined) => void) => Promise<T>): Promise<T> {
    let servedFor: string | undefined;
    const served = (locationId: string | undefined) => (servedFor = locationId);
    if (!isRead(name)) {
      let answer: T | undefined;
      try {
        answer = await send(served);
        return answer;
      } finally {
        // Failed too: a write whose outcome is unknown may have been applied.
        await this.cache.evict(evictedByMutation(operations[name].path, [...pathIds(args), ...bodyIds(args)], args.location ?? servedFor, recordOf(answer)));
      }
    }
    const tags = readTags(name, args);
    const key = readKey(name, args);
    const app = operations[name].spec;
    const kept = await this.cache.get(key);
    if (kept && (await this.#appGranted(kept.locationId, app)) && (await this.cache.mayServe(this.principal, kept.locationId, this.readLocation))) {
      this.report.hits++;
      return kept.data as T;
    }
    this.report.misses++;
    const seen = await this.cache.generations(tags);
    const answer = await send(served);
    // Where GHL served it: the call's location, else the location of the token it took, else the record's own.
    const locationId = args.location ?? servedFor ?? recordOf(answer)?.locationId;
    if (!locationId) return answer;
    await this.cache.grant(this.principal, locationId, app);
    this.#apps.set(JSON.stringify([locationId, app]), Promise.resolve(true));
    if (seen) await this.cache.set(key, { locationId, data: answer }, tags, seen);
    return answer;
  }
}

/** The one record an answer is about (`{ contact: {...} }`), or the answer itself when it is flat. */
function recordOf(answer: unknown): { id?: string; locationId?: string } | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const record = answer as Record<string, unknown>;
  const values = Object.values(record).filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
  const inner = typeof record['locationId'] === 'string' || values.length !== 1 ? record : (values[0] as Record<string, unknown>);
  const id = inner['id'] ?? inner['_id'];
  const locationId = inner['locationId'] ?? inner['altId'];
  return { ...(typeof id === 'string' && { id }), ...(typeof locationId === 'string' && { locationId }) };
}

/** See ReadCache.probe: what a run of the operation would find cached, counting what it would not. */
export class CacheProbe implements CallCache {
  misses = 0;

  constructor(
    private readonly cache: ReadCache,
    private readonly principal: string,
    private readonly notCached: Error,
  ) {}

  async through<T>(name: OperationName, args: ReadArgs): Promise<T> {
    const kept = isRead(name) ? await this.cache.get(readKey(name, args)) : undefined;
    if (kept && (await this.cache.granted(this.principal, kept.locationId, operations[name].spec))) return kept.data as T;
    this.misses++;
    throw this.notCached;
  }
}
