/**
 * The webhook ids already emitted, so that a redelivery (GHL retries, a replay, or the same
 * delivery reaching two replicas) is emitted once. In memory for one replica; in Redis, where
 * `SET NX` lets exactly one replica claim an id, when REDIS_URL is set. The OAuth install flow
 * claims its states here too (src/credentials/install-state.ts), so that each is used once.
 */
import type { Redis } from 'ioredis';

export interface SeenWebhooks {
  /** How long a claim holds. */
  readonly ttlMs: number;
  /** Claims an id for the store's time to live: true the first time, false while an earlier claim holds. */
  claim(webhookId: string): Promise<boolean>;
  /** Gives a claim back, when the event could not be emitted after all: a redelivery may try again. */
  release(webhookId: string): Promise<void>;
}

export function seenInMemory(ttlMs: number): SeenWebhooks {
  // Insertion order is expiry order (one time to live for all): expired ids are at the front.
  const expiries = new Map<string, number>();
  const sweep = (now: number) => {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt > now) break;
      expiries.delete(id);
    }
  };
  return {
    ttlMs,
    async claim(webhookId) {
      const now = Date.now();
      sweep(now);
      if (expiries.has(webhookId)) return false;
      expiries.set(webhookId, now + ttlMs);
      return true;
    },
    async release(webhookId) {
      expiries.delete(webhookId);
    },
  };
}

const keyOf = (webhookId: string) => `ghl-gateway:webhook-seen:${webhookId}`;

export function seenInRedis(redis: Redis, ttlMs: number): SeenWebhooks {
  return {
    ttlMs,
    async claim(webhookId) {
      return (await redis.set(keyOf(webhookId), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async release(webhookId) {
      await redis.del(keyOf(webhookId));
    },
  };
}
