/**
 * Locations and what each defines for itself. A location's tags, custom fields and custom values
 * come as one list each: every question about them in a request (a contact's custom field values
 * on a whole page of contacts, say) is answered from one list call per location.
 */
import type { LimitFunction } from 'p-limit';
import type { GhlCustomField, GhlCustomValue, GhlLocation, GhlLocationTag } from '../ghl/api/locations.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

export function locationLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    location: perKey<string, GhlLocation>(limit, async (locationId) => (await ghl.call('getLocation', { location: locationId })).location),
    tagsOfLocation: perKey<string, GhlLocationTag[]>(
      limit,
      async (locationId) => (await ghl.call('listLocationTags', { location: locationId })).tags,
    ),
    /** Contact and opportunity fields together (`model=all`): one call serves both kinds. */
    customFieldsOfLocation: perKey<string, GhlCustomField[]>(
      limit,
      async (locationId) => (await ghl.call('listCustomFields', { location: locationId, query: { model: 'all' } })).customFields,
    ),
    customValuesOfLocation: perKey<string, GhlCustomValue[]>(
      limit,
      async (locationId) => (await ghl.call('listCustomValues', { location: locationId })).customValues,
    ),
  };
}
