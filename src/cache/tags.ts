/**
 * How a cached read is named and tagged. A read of one record (a path with ids) is tagged with each
 * id; a read of a location's list with the location and the operation's path template. An eviction
 * names tags, never keys: the table in ./evictions.ts needs to know nothing of arguments.
 */
import { createHash } from 'node:crypto';
import { operations, type OperationName } from '../ghl/catalog.ts';

export type Tag = string;

export const entityTag = (id: string): Tag => `id:${id}`;
export const listTag = (locationId: string, pathTemplate: string): Tag => `list:${locationId}:${pathTemplate}`;

/** A POST that only reads (a search): cached like a GET. Other POSTs, PUTs and DELETEs change GHL. */
export function isRead(name: OperationName): boolean {
  const op = operations[name];
  return op.method === 'GET' || (op.method === 'POST' && op.idempotent && /^(search|list)/.test(name));
}

/** The arguments of a call as the cache sees them. */
export interface ReadArgs {
  location?: string | undefined;
  path?: Record<string, string> | undefined;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  body?: unknown;
}

/** The ids a call's path names, its location aside. */
export function pathIds(args: ReadArgs): string[] {
  return Object.values(args.path ?? {});
}

/**
 * The ids a write's body names at its top level (`contactId`, `firstRecordId`, ...): the records
 * it may change beside its own, as a relation links two. Evicting a tag is always safe; missing
 * one leaves a stale read until CACHE_TTL_MS.
 */
export function bodyIds(args: ReadArgs): string[] {
  if (typeof args.body !== 'object' || args.body === null || Array.isArray(args.body)) return [];
  return Object.entries(args.body).flatMap(([key, value]) => (/Id$/.test(key) && typeof value === 'string' && value !== '' ? [value] : []));
}

/**
 * The cache key of a read: principal-independent (who may be served it is checked per entry), a
 * digest of the operation and its arguments in a stable order.
 */
export function readKey(name: OperationName, args: ReadArgs): string {
  const canonical = JSON.stringify([name, args.location ?? null, sorted(args.path), sorted(args.query), args.body ?? null]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * Where the cache keeps GHL's yes to `principal` reading `app` in a location (./read-cache.ts): a
 * hash, like a read's key, so the store never holds who asked.
 */
export function grantKey(principal: string, locationId: string, app: string): string {
  return `granted:${createHash('sha256').update(JSON.stringify([principal, locationId, app])).digest('base64url')}`;
}

export function readTags(name: OperationName, args: ReadArgs): Tag[] {
  const ids = pathIds(args);
  if (ids.length > 0) return ids.map(entityTag);
  return args.location ? [listTag(args.location, operations[name].path)] : [];
}

function sorted(record: Record<string, unknown> | undefined): [string, unknown][] {
  return Object.entries(record ?? {})
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}
