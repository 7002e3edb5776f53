import type { LimitFunction } from 'p-limit';
import type { GhlLocation } from '../ghl/api/locations.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

export function locationLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    location: perKey<string, GhlLocation>(limit, async (locationId) => (await ghl.call('getLocation', { path: { locationId } })).location),
  };
}
