import type { LimitFunction } from 'p-limit';
import DataLoader from 'dataloader';
import type { GhlInventoryItem, GhlPrice, GhlProduct, GhlProductCollection, GhlProductReview } from '../ghl/api/products.ts';
import type { GhlSession } from '../ghl/client.ts';
import { MAX_PAGE_SIZE } from '../ghl/pages.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** A price, named by its product as well: GHL reads it at /products/{productId}/price/{priceId}. */
export interface PriceKey extends LocatedKey {
  productId: string;
}

/** GHL reads a product, and its prices, through its location as well as its id. */
export function productLoaders(ghl: GhlSession, limit: LimitFunction) {
  const price = perKey<PriceKey, GhlPrice>(
    limit,
    ({ locationId, productId, id }) => ghl.call('getProductPrice', { path: { productId, priceId: id }, location: locationId }),
    ({ locationId, productId, id }) => `${locationId}/${productId}/${id}`,
  );
  const collection = perKey<LocatedKey, GhlProductCollection>(
    limit,
    async ({ locationId, id }) => (await ghl.call('getProductCollection', { path: { collectionId: id }, location: locationId })).data,
    locatedKey,
  );
  return {
    price,
    productCollection: collection,
    // A product's stock is read from its location's inventory, all of it at once (GHL's default limit, 0, means no limit).
    inventoryOfLocation: perKey<string, GhlInventoryItem[]>(limit, async (locationId) => (await ghl.call('listInventory', { location: locationId })).inventory ?? []),
    // A product names its collections by id: the location's collections, one page of them, are read once.
    collectionsOfLocation: perKey<string, GhlProductCollection[]>(limit, async (locationId) => {
      const { data = [] } = await ghl.call('listProductCollections', { location: locationId, query: { limit: MAX_PAGE_SIZE, offset: 0 } });
      for (const listed of data) collection.prime({ locationId, id: listed._id }, listed);
      return data;
    }),
    // The review list takes a comma-separated list of products: the reviews of every product a
    // request asks about in one location come in one call (GHL's default limit, 0, means no limit).
    reviewsOfProduct: new DataLoader<LocatedKey, GhlProductReview[], string>(
      async (keys) => {
        const byLocation = new Map<string, string[]>();
        for (const { locationId, id } of keys) byLocation.set(locationId, [...(byLocation.get(locationId) ?? []), id]);
        const found = new Map<string, GhlProductReview[] | Error>();
        await Promise.all(
          [...byLocation].map(([locationId, ids]) =>
            limit(() => ghl.call('listProductReviews', { location: locationId, query: { productId: ids.join(',') } })).then(
              ({ data = [] }) => {
                for (const id of ids) found.set(`${locationId}/${id}`, data.filter((review) => review.productId === id));
              },
              (error: Error) => {
                for (const id of ids) found.set(`${locationId}/${id}`, error);
              },
            ),
          ),
        );
        return keys.map((key) => found.get(locatedKey(key))!);
      },
      { cacheKeyFn: locatedKey },
    ),
    product: perKey<LocatedKey, GhlProduct>(
      limit,
      ({ locationId, id }) => ghl.call('getProduct', { path: { productId: id }, location: locationId }),
      locatedKey,
    ),
    // No endpoint lists the prices of several products: one call per distinct product a request
    // asks about, all of its prices at once (GHL's default limit, 0, means no limit).
    pricesOfProduct: perKey<LocatedKey, GhlPrice[]>(
      limit,
      async ({ locationId, id }) => {
        const { prices = [] } = await ghl.call('listProductPrices', { path: { productId: id }, location: locationId });
        for (const listed of prices) price.prime({ locationId, productId: id, id: listed._id }, listed);
        return prices;
      },
      locatedKey,
    ),
  };
}
