/**
 * Leases across processes: while one replica holds an install's lease, it alone spends that
 * install's refresh token (GHL's refresh tokens rotate, so a second refresh with the same one
 * fails and wastes a call). In Redis (`SET key value NX PX`) when REDIS_URL is set; otherwise a
 * row of the SQLite token store, which replicas on one host share. A lease lapses by itself after
 * its time, so a replica that dies holding one blocks the others for that long at most.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Redis } from 'ioredis';

/** Gives a lease back; does nothing once it has lapsed and another holder took it. */
export type ReleaseLease = () => Promise<void>;

export interface Leases {
  /** The lease on `name` for `ttlMs`, or undefined while another process holds it. */
  take(name: string, ttlMs: number): Promise<ReleaseLease | undefined>;
}

/** Deletes the lease only if it is still this holder's. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export function leasesInRedis(redis: Redis): Leases {
  return {
    async take(name, ttlMs) {
      const key = `ghl-gateway:lease:${name}`;
      const holder = randomUUID();
      if ((await redis.set(key, holder, 'PX', ttlMs, 'NX')) !== 'OK') return undefined;
      return async () => {
        await redis.eval(RELEASE, 1, key, holder);
      };
    },
  };
}

export function leasesInSqlite(db: DatabaseSync): Leases {
  db.exec('CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)');
  // One statement, hence atomic: a new lease, or one whose time is up, is taken; a live one is not.
  const take = db.prepare(
    `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expiresAt)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE leases.expires_at <= @now`,
  );
  const release = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  return {
    async take(name, ttlMs) {
      const holder = randomUUID();
      const now = Date.now();
      if (take.run({ name, holder, expiresAt: now + ttlMs, now }).changes !== 1) return undefined;
      return async () => {
        release.run(name, holder);
      };
    },
  };
}
