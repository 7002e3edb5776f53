/**
 * Reading a webhook's payload into typed fields. Nothing in a payload is checked on arrival (GHL
 * sends sparse records and adds fields freely), so each reader takes what fits its GraphQL type and
 * reads anything else as null: one odd value costs one null, never the event.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { dateOf } from '../../../resolvers/dates.ts';

export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** A GHL id: a non-empty string. */
export function asId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** GraphQL's Int is 32 bits. */
export function asInt(value: unknown): number | null {
  return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1 ? (value as number) : null;
}

export function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** A list of strings; a lone string (GHL's docs show `to` both ways) is a list of one. */
export function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** ISO 8601 or epoch milliseconds. */
export function asDate(value: unknown): Date | null {
  return typeof value === 'string' || typeof value === 'number' ? dateOf(value) : null;
}

export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * The keys of `source` that hold a value, as a partial record of the REST shape. A null is left
 * out like a missing key: a field it would answer is read from GHL instead, which costs a call but
 * never serves a null where the record's type promises a value.
 */
export function pick<T>(source: object | null | undefined, keys: readonly (keyof T & string)[]): Partial<T> {
  const picked: Partial<T> = {};
  if (!source) return picked;
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) picked[key] = value as T[typeof key];
  }
  return picked;
}

/** The global id (`Node.id`) a record of `typename` has under this node key. */
export function nodeIdOf(typename: string, ...keyParts: unknown[]): string | null {
  const parts = keyParts.map(asId);
  return parts.every((part) => part !== null) ? encodeGlobalID(typename, parts.join('/')) : null;
}
