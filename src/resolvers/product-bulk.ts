/**
 * Bulk changes to a location's products: one GHL call changes their prices, their listing in the
 * store, their collections or their currency, or deletes them. GHL answers with `status` alone, so
 * the products are read back.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlProduct } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';

export type PriceChangeKind = 'INCREASE_BY_AMOUNT' | 'REDUCE_BY_AMOUNT' | 'SET_NEW_PRICE' | 'INCREASE_BY_PERCENTAGE' | 'REDUCE_BY_PERCENTAGE';

export interface PriceChangeInput {
  kind: PriceChangeKind;
  value: number;
  roundToWhole?: boolean | null;
}

/** Exactly one kind of change: GHL's bulk update takes one `type` a call (price and compare-at price go together). */
export interface BulkProductChangeInput {
  price?: PriceChangeInput | null;
  compareAtPrice?: PriceChangeInput | null;
  availableInStore?: boolean | null;
  collectionIds?: readonly string[] | null;
  currency?: string | null;
}

type Target = { locationId?: string | null; productIds: readonly string[] };

export async function bulkUpdateProducts(ctx: GatewayContext, args: Target & { change: BulkProductChangeInput }): Promise<GhlProduct[]> {
  const { locationId, ids } = targetOf(ctx, args);
  await ctx.ghl.call('bulkUpdateProducts', { location: locationId, body: { productIds: ids, ...changeBody(args.change) } });
  const keys = ids.map((id) => ({ locationId, id }));
  for (const key of keys) {
    ctx.loaders.product.clear(key);
    ctx.loaders.pricesOfProduct.clear(key);
  }
  ctx.loaders.inventoryOfLocation.clear(locationId);
  return Promise.all(keys.map((key) => ctx.loaders.product.load(key)));
}

export async function deleteProducts(ctx: GatewayContext, args: Target): Promise<{ deletedGhlIds: string[] }> {
  const { locationId, ids } = targetOf(ctx, args);
  await ctx.ghl.call('bulkUpdateProducts', { location: locationId, body: { type: 'bulk-delete-products', productIds: ids } });
  for (const id of ids) {
    ctx.loaders.product.clear({ locationId, id });
    ctx.loaders.pricesOfProduct.clear({ locationId, id });
  }
  return { deletedGhlIds: ids };
}

function targetOf(ctx: GatewayContext, args: Target): { locationId: string; ids: string[] } {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  if (args.productIds.length === 0) throw gatewayError('BAD_USER_INPUT', 'productIds must name at least one product');
  return { locationId, ids: [...new Set(args.productIds.map((id) => ghlIdOf(id, 'Product', 'productIds')))] };
}

function changeBody(change: BulkProductChangeInput): Record<string, unknown> {
  const kinds = [
    change.price != null || change.compareAtPrice != null ? 'price' : undefined,
    change.availableInStore != null ? 'availableInStore' : undefined,
    change.collectionIds != null ? 'collectionIds' : undefined,
    change.currency != null ? 'currency' : undefined,
  ].filter((kind) => kind !== undefined);
  if (kinds.length !== 1) throw gatewayError('BAD_USER_INPUT', 'change must set exactly one of price (with or without compareAtPrice), availableInStore, collectionIds, currency');
  switch (kinds[0]) {
    case 'price':
      return definedOnly({ type: 'bulk-update-price', price: priceChange(change.price, 'price'), compareAtPrice: priceChange(change.compareAtPrice, 'compareAtPrice') });
    case 'availableInStore':
      return { type: 'bulk-update-availability', availability: change.availableInStore };
    case 'collectionIds':
      return { type: 'bulk-update-product-collection', collectionIds: change.collectionIds!.map((id) => ghlIdOf(id, 'ProductCollection', 'collectionIds')) };
    default: {
      const currency = nonEmpty(change.currency!, 'currency').toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) throw gatewayError('BAD_USER_INPUT', 'currency must be a three-letter ISO 4217 code, such as USD');
      return { type: 'bulk-update-currency', currency };
    }
  }
}

function priceChange(change: PriceChangeInput | null | undefined, argument: string) {
  if (change == null) return undefined;
  if (!(Number.isFinite(change.value) && change.value >= 0)) throw gatewayError('BAD_USER_INPUT', `${argument}.value must be zero or more`);
  return definedOnly({ type: change.kind, value: change.value, roundToWhole: change.roundToWhole ?? undefined });
}
