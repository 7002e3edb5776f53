/**
 * Arguments take either kind of id a frontend holds: the global `id` from a previous answer, or the
 * raw GHL id from GoHighLevel's own app and URLs.
 */
import { gatewayError } from '../ghl/errors.ts';

const globalIdPattern = /^([A-Z][A-Za-z]*):(.+)$/s;

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
    throw gatewayError('BAD_USER_INPUT', `${argument} must be a ${typename} id, not a ${match[1]} id`);
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
