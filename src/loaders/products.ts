import type { LimitFunction } from 'p-limit';
import type { GhlPrice, GhlProduct } from '../ghl/api/products.ts';
import type { GhlSession } from '../ghl/client.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** GHL reads a product, and its prices, through its location as well as its id. */
export function productLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    product: perKey<LocatedKey, GhlProduct>(
      limit,
      ({ locationId, id }) => ghl.call('getProduct', { path: { productId: id }, location: locationId }),
      locatedKey,
    ),
    // No endpoint lists the prices of several products: one call per distinct product a request
    // asks about, all of its prices at once (GHL's default limit, 0, means no limit).
    pricesOfProduct: perKey<LocatedKey, GhlPrice[]>(
      limit,
      async ({ locationId, id }) => (await ghl.call('listProductPrices', { path: { productId: id }, location: locationId })).prices ?? [],
      locatedKey,
    ),
  };
}
