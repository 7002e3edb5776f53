/**
 * The read cache as the server wires it: off when CACHE_TTL_MS is 0, in Redis when REDIS_URL is
 * set, else in memory; and fed by the event bus, so every verified webhook evicts what it changed
 * before any live query or subscriber hears of it.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { AccessChecks } from '../credentials/access-checks.ts';
import type { EventBus } from '../events/pubsub.ts';
import { evictedByEvent } from './evictions.ts';
import { ReadCache } from './read-cache.ts';
import { cacheInMemory, cacheInRedis, type CacheStore } from './store.ts';

export { CacheProbe, ReadCache, RequestCache, type CacheReport } from './read-cache.ts';

export async function openReadCache(
  config: Pick<Config, 'cache' | 'redisUrl'>,
  accessChecks: AccessChecks,
  logger: Logger,
): Promise<{ cache: ReadCache; store: CacheStore } | undefined> {
  const { ttlMs, maxEntries } = config.cache;
  if (ttlMs === 0) return undefined;
  const store = config.redisUrl ? await cacheInRedis(config.redisUrl, ttlMs, logger) : cacheInMemory(ttlMs, maxEntries);
  logger.info({ ttlMs, shared: Boolean(config.redisUrl) }, 'GHL reads are cached');
  return { cache: new ReadCache(store, accessChecks, logger), store };
}

/** The bus, evicting from the cache what each published event changed before live queries and subscribers hear of it. */
export function evictingOnPublish(events: EventBus, cache: ReadCache): EventBus {
  return {
    subscribe: (locationId, wanted) => events.subscribe(locationId, wanted),
    resume: (locationId, since, wanted) => events.resume(locationId, since, wanted),
    async publish(event) {
      await cache.evict(evictedByEvent(event));
      await events.publish(event);
    },
  };
}
