/**
 * Arguments take either kind of id a frontend holds: the global `id` from a previous answer, or the
 * raw GHL id from GoHighLevel's own app and URLs.
 */
import { gatewayError } from '../errors.ts';

const globalIdPattern = /^([A-Z][A-Za-z]*):(.+)$/s;

/** The indefinite article of a type name in a message: "an Opportunity id", "a Contact id". */
const article = (typename: string): string => (/^[AEIOU]/.test(typename) ? 'an' : 'a');

export function ghlIdOf(value: string, typename: string, argument: string): string {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const match = globalIdPattern.exec(decoded);
  // A raw GHL id is alphanumeric, and decodes (if at all) to bytes that never re-encode to itself.
  const isGlobal = match !== null && Buffer.from(decoded, 'utf8').toString('base64') === value;
  if (!isGlobal) {
    if (value.trim() === '') throw gatewayError('BAD_USER_INPUT', `${argument} must not be empty`);
    return value;
  }
  if (match[1] !== typename) {
    throw gatewayError('BAD_USER_INPUT', `${argument} must be ${article(typename)} ${typename} id, not ${article(match[1]!)} ${match[1]} id`);
  }
  // Records nested under a contact (tasks, notes) carry `contactId/id` as their node key.
  return match[2]!.split('/').at(-1)!;
}

/**
 * An id of a record GHL addresses through its owner as well (an invoice through its location):
 * a global id carries the owner's GHL id (`ownerId/id`), a raw GHL id does not.
 */
export function scopedIdOf(value: string, typename: string, argument: string): { id: string; ownerId: string | undefined } {
  const id = ghlIdOf(value, typename, argument);
  if (id === value) return { id, ownerId: undefined };
  const key = Buffer.from(value, 'base64').toString('utf8').slice(typename.length + 1);
  const ownerId = key.slice(0, Math.max(0, key.length - id.length - 1));
  return { id, ownerId: ownerId || undefined };
}

export function locationIdOf(value: string | null | undefined, defaultLocationId: string | undefined): string {
  if (value) return ghlIdOf(value, 'Location', 'locationId');
  if (defaultLocationId) return defaultLocationId;
  throw gatewayError('BAD_USER_INPUT', 'locationId is required: no default location is configured (GHL_LOCATION_ID)');
}

/**
 * The node key of a record GHL reads through its location (`locationId/id`, what the ids of
 * forms, funnels, invoices, orders, ... hold: schema/located-node.ts), split back into its parts.
 */
export function locatedKeyOf(key: string): { locationId: string; id: string } {
  const slash = key.lastIndexOf('/');
  return { locationId: key.slice(0, Math.max(0, slash)), id: key.slice(slash + 1) };
}

/** Records of one location's list, each sure of its location (GHL leaves `locationId` out of some). */
export function located<T extends { locationId?: string | null | undefined }>(records: T[], locationId: string): Array<T & { locationId: string }> {
  return records.map((record) => ({ ...record, locationId: record.locationId ?? locationId }));
}

/**
 * The record an `id` argument names, and the location GHL must be told it belongs to: the one a
 * global id carries, else `locationId`, else the default. An id and a `locationId` that disagree are refused.
 */
export function locatedIdOf(
  value: string,
  typename: string,
  locationId: string | null | undefined,
  defaultLocationId: string | undefined,
): { id: string; locationId: string } {
  const scoped = scopedIdOf(value, typename, 'id');
  const named = locationId ? locationIdOf(locationId, undefined) : undefined;
  if (scoped.ownerId && named && scoped.ownerId !== named) {
    throw gatewayError('BAD_USER_INPUT', `id names ${article(typename)} ${typename.toLowerCase()} of another location than locationId`);
  }
  return { id: scoped.id, locationId: scoped.ownerId ?? named ?? locationIdOf(null, defaultLocationId) };
}
