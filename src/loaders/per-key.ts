/**
 * The loader shape most of GHL needs: no endpoint fetches many records by id, so a "batch" is the
 * distinct keys a request asked for, each fetched on its own under the request's concurrency cap.
 * DataLoader's cache makes every repeat of a key in the same request free.
 */
import DataLoader from 'dataloader';
import type { LimitFunction } from 'p-limit';

export function perKey<K, V>(limit: LimitFunction, fetch: (key: K) => Promise<V>, cacheKeyFn?: (key: K) => string) {
  return new DataLoader<K, V, string>(
    // One failed key fails its own field only: the error goes in its slot, not the batch.
    (keys) => Promise.all(keys.map((key) => limit(() => fetch(key)).catch((error: Error) => error))),
    cacheKeyFn ? { cacheKeyFn } : undefined,
  );
}

/**
 * A record GHL reads through its location as well as its id (an invoice, an order, a transaction,
 * a product and its prices, a social post), and its cache key.
 */
export interface LocatedKey {
  locationId: string;
  id: string;
}

export const locatedKey = (key: LocatedKey) => `${key.locationId}/${key.id}`;
