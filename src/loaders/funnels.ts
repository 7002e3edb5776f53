import type { LimitFunction } from 'p-limit';
import type { GhlFunnel } from '../ghl/api/funnels.ts';
import type { GhlSession } from '../ghl/client.ts';
import { MAX_PAGE_SIZE, readAll } from '../ghl/pages.ts';
import { perKey } from './per-key.ts';

/** A funnel of a location: GHL counts a funnel's pages by both ids. */
export interface FunnelKey {
  locationId: string;
  funnelId: string;
}

export function funnelLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    // GHL has no read of one funnel: it is found in its location's list, read once per request.
    funnelsOfLocation: perKey<string, GhlFunnel[]>(limit, (locationId) =>
      readAll(async (offset) => {
        const page = await ghl.call('listFunnels', { location: locationId, query: { offset, limit: MAX_PAGE_SIZE } });
        return { items: page.funnels ?? [], total: page.count };
      }),
    ),
    funnelPageCount: perKey<FunnelKey, number>(
      limit,
      async ({ locationId, funnelId }) => (await ghl.call('countFunnelPages', { location: locationId, query: { funnelId } })).count,
      ({ locationId, funnelId }) => `${locationId}/${funnelId}`,
    ),
  };
}
