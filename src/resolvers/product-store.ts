/**
 * A location's online store: how many of its products are listed there, and listing or unlisting
 * some at once, and placing them in its listing. GHL names the store by its own id beside the
 * location (`altId`); a change is answered with `status` alone, so the products are read back.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlProduct } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { nonEmpty } from './input.ts';

export interface ProductStoreStats {
  totalProducts: number;
  includedInStore: number;
  excludedFromStore: number;
}

export async function productStoreStats(
  ctx: GatewayContext,
  args: { locationId: string; storeId: string; query?: string | null; collectionIds?: readonly string[] | null },
): Promise<ProductStoreStats> {
  return ctx.ghl.call('productStoreStats', {
    path: { storeId: nonEmpty(args.storeId, 'storeId') },
    location: args.locationId,
    query: {
      search: args.query?.trim() || undefined,
      collectionIds: args.collectionIds?.length ? args.collectionIds.map((id) => ghlIdOf(id, 'ProductCollection', 'collectionIds')).join(',') : undefined,
    },
  });
}

/** List products in a store (`included`) or take them out of it, then read them back. */
export async function setProductsInStore(
  ctx: GatewayContext,
  args: { locationId?: string | null; storeId: string; productIds: readonly string[]; included: boolean },
): Promise<GhlProduct[]> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const storeId = nonEmpty(args.storeId, 'storeId');
  if (args.productIds.length === 0) throw gatewayError('BAD_USER_INPUT', 'productIds must name at least one product');
  const ids = [...new Set(args.productIds.map((id) => ghlIdOf(id, 'Product', 'productIds')))];
  await ctx.ghl.call('updateProductStoreStatus', {
    path: { storeId },
    location: locationId,
    body: { action: args.included ? 'include' : 'exclude', productIds: ids },
  });
  const keys = ids.map((id) => ({ locationId, id }));
  for (const key of keys) ctx.loaders.product.clear(key);
  return Promise.all(keys.map((key) => ctx.loaders.product.load(key)));
}

/** Where products go in a store's listing: lowest priority first. */
export interface StoreProductPriority {
  productId: string;
  priority: number;
}

/** Place products in a store's listing; the caller reads the store's products back in their new order. */
export async function setStoreProductPriorities(
  ctx: GatewayContext,
  args: { locationId?: string | null; storeId: string; products: readonly StoreProductPriority[] },
): Promise<{ locationId: string; storeId: string }> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const storeId = nonEmpty(args.storeId, 'storeId');
  if (args.products.length === 0) throw gatewayError('BAD_USER_INPUT', 'products must name at least one product');
  const products = args.products.map(({ productId, priority }) => {
    if (!Number.isInteger(priority) || priority < 0) throw gatewayError('BAD_USER_INPUT', 'priority must be a whole number, 0 or more');
    return { productId: ghlIdOf(productId, 'Product', 'productId'), priority };
  });
  if (new Set(products.map((p) => p.productId)).size !== products.length) throw gatewayError('BAD_USER_INPUT', 'products must name each product once');
  await ctx.ghl.call('setStoreProductPriorities', { path: { storeId }, location: locationId, body: { products } });
  return { locationId, storeId };
}
