/**
 * Where cached reads live: an LRU in this process, or Redis (REDIS_URL) so that replicas share
 * them and one webhook evicts them for all.
 *
 * A read that was in flight when its tags were evicted may hold the answer from before the change:
 * every tag has a generation, bumped by each eviction, and a read is stored only if the generations
 * it saw before it went upstream are still the current ones. A late answer is then served once, to
 * its own request, and never kept.
 */
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.ts';
import type { Tag } from './tags.ts';

/** A GHL answer and the location it belongs to: it is served only to who may read that location. */
export interface CachedRead {
  locationId: string;
  data: unknown;
}

export interface CacheStore {
  get(key: string): Promise<CachedRead | undefined>;
  /** The generation of each tag now: hand it to `set` after the read. */
  generations(tags: Tag[]): Promise<number[]>;
  /** Keeps `entry` under `key` for the TTL, unless one of `tags` was evicted since `seen`. */
  set(key: string, entry: CachedRead, tags: Tag[], seen: number[]): Promise<void>;
  evict(tags: Tag[]): Promise<void>;
  close(): Promise<void>;
}

/** Generations are kept for many more tags than entries: forgetting one could let a stale answer in. */
const GENERATIONS_PER_ENTRY = 10;

export function cacheInMemory(ttlMs: number, maxEntries: number): CacheStore {
  const byTag = new Map<Tag, Set<string>>();
  const entries = new LRUCache<string, { entry: CachedRead; tags: Tag[] }>({
    max: maxEntries,
    ttl: ttlMs,
    dispose: ({ tags }, key) => {
      for (const tag of tags) {
        const keys = byTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) byTag.delete(tag);
      }
    },
  });
  const generations = new LRUCache<Tag, number>({ max: maxEntries * GENERATIONS_PER_ENTRY });
  let evictions = 0;
  return {
    // A copy: resolvers of different requests must not share one object.
    get: async (key) => structuredClone(entries.get(key)?.entry),
    generations: async (tags) => tags.map((tag) => generations.get(tag) ?? 0),
    async set(key, entry, tags, seen) {
      if (tags.some((tag, i) => (generations.get(tag) ?? 0) !== seen[i])) return;
      entries.set(key, { entry, tags });
      for (const tag of tags) byTag.set(tag, (byTag.get(tag) ?? new Set()).add(key));
    },
    async evict(tags) {
      evictions++;
      for (const tag of tags) {
        generations.set(tag, evictions);
        for (const key of byTag.get(tag) ?? []) entries.delete(key);
      }
    },
    close: async () => entries.clear(),
  };
}

const PREFIX = 'ghl-gateway:cache:';
const entryKey = (key: string) => `${PREFIX}entry:${key}`;
const generationKey = (tag: Tag) => `${PREFIX}gen:${tag}`;
const tagKey = (tag: Tag) => `${PREFIX}tag:${tag}`;

/** KEYS: the entry, then n generations, then n tag sets. ARGV: value, ttl, n, then the n generations seen. */
const SET_UNLESS_EVICTED = `
local n = tonumber(ARGV[3])
for i = 1, n do
  if (tonumber(redis.call('GET', KEYS[1 + i]) or '0')) ~= tonumber(ARGV[3 + i]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
for i = 1, n do
  redis.call('SADD', KEYS[1 + n + i], KEYS[1])
  redis.call('PEXPIRE', KEYS[1 + n + i], ARGV[2])
end
return 1`;

/** KEYS: n generations, then n tag sets. ARGV: n, how long a generation is kept. */
const EVICT = `
local n = tonumber(ARGV[1])
for i = 1, n do
  redis.call('INCR', KEYS[i])
  redis.call('PEXPIRE', KEYS[i], ARGV[2])
  local keys = redis.call('SMEMBERS', KEYS[n + i])
  for j = 1, #keys, 500 do redis.call('DEL', unpack(keys, j, math.min(j + 499, #keys))) end
  redis.call('DEL', KEYS[n + i])
end
return n`;

export async function cacheInRedis(url: string, ttlMs: number, logger: Logger): Promise<CacheStore> {
  // Fail at once while Redis is away: a read then goes upstream instead of waiting.
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // The message only: the URL may hold a password.
  redis.on('error', (error: Error) => logger.warn({ redis: 'cache', error: error.message }, 'Redis connection failed; reconnecting'));
  await redis.connect();
  // A generation outlives every read that could have seen the one before.
  const generationTtlMs = Math.max(ttlMs, 60_000);
  return {
    async get(key) {
      const value = await redis.get(entryKey(key));
      return value === null ? undefined : (JSON.parse(value) as CachedRead);
    },
    async generations(tags) {
      if (tags.length === 0) return [];
      return (await redis.mget(tags.map(generationKey))).map((value) => Number(value ?? 0));
    },
    async set(key, entry, tags, seen) {
      await redis.eval(SET_UNLESS_EVICTED, 1 + 2 * tags.length, entryKey(key), ...tags.map(generationKey), ...tags.map(tagKey), JSON.stringify(entry), ttlMs, tags.length, ...seen);
    },
    async evict(tags) {
      if (tags.length === 0) return;
      await redis.eval(EVICT, 2 * tags.length, ...tags.map(generationKey), ...tags.map(tagKey), tags.length, generationTtlMs);
    },
    close: async () => redis.disconnect(),
  };
}
