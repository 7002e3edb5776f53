/**
 * Bulk changes to a location's products: one GHL call changes their prices, their listing in the
 * store, their collections or their currency, or deletes them; another edits several products,
 * each with its own fields and those of its prices. GHL answers with `status` alone, so the
 * products are read back.
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

export interface ProductEditInput {
  productId: string;
  name?: string | null;
  description?: string | null;
  image?: string | null;
  availableInStore?: boolean | null;
  isTaxesEnabled?: boolean | null;
  slug?: string | null;
  prices?: readonly PriceEditInput[] | null;
}

export interface PriceEditInput {
  priceId: string;
  name?: string | null;
  amount?: number | null;
  compareAtPrice?: number | null;
  sku?: string | null;
  trackInventory?: boolean | null;
  availableQuantity?: number | null;
  allowOutOfStockPurchases?: boolean | null;
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

/** Edit several products of one location at once, each with its own changes (and its prices'). */
export async function editProducts(ctx: GatewayContext, args: { locationId?: string | null; products: readonly ProductEditInput[] }): Promise<GhlProduct[]> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  if (args.products.length === 0) throw gatewayError('BAD_USER_INPUT', 'products must name at least one product');
  const products = args.products.map(productEdit);
  const ids = products.map((product) => product._id);
  if (new Set(ids).size !== ids.length) throw gatewayError('BAD_USER_INPUT', 'products must name each product once');
  await ctx.ghl.call('editProducts', { location: locationId, body: { products } });
  const keys = ids.map((id) => ({ locationId, id }));
  for (const key of keys) {
    ctx.loaders.product.clear(key);
    ctx.loaders.pricesOfProduct.clear(key);
  }
  ctx.loaders.inventoryOfLocation.clear(locationId);
  return Promise.all(keys.map((key) => ctx.loaders.product.load(key)));
}

function productEdit(input: ProductEditInput) {
  if (input.image != null && !URL.canParse(input.image)) throw gatewayError('BAD_USER_INPUT', 'image must be a URL');
  const changes = definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    description: input.description ?? undefined,
    image: input.image ?? undefined,
    availableInStore: input.availableInStore ?? undefined,
    isTaxesEnabled: input.isTaxesEnabled ?? undefined,
    slug: input.slug == null ? undefined : nonEmpty(input.slug, 'slug'),
    prices: input.prices?.map(priceEdit),
  });
  const _id = ghlIdOf(input.productId, 'Product', 'productId');
  if (Object.keys(changes).length === 0) throw gatewayError('BAD_USER_INPUT', `the edit of product ${_id} must change at least one field`);
  return { _id, ...changes };
}

function priceEdit(input: PriceEditInput) {
  for (const [argument, value] of [['amount', input.amount], ['compareAtPrice', input.compareAtPrice], ['availableQuantity', input.availableQuantity]] as const) {
    if (value != null && !(Number.isFinite(value) && value >= 0)) throw gatewayError('BAD_USER_INPUT', `${argument} must be zero or more`);
  }
  return {
    _id: nonEmpty(input.priceId, 'priceId'),
    ...definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    amount: input.amount ?? undefined,
    compareAtPrice: input.compareAtPrice ?? undefined,
    sku: input.sku ?? undefined,
    trackInventory: input.trackInventory ?? undefined,
    availableQuantity: input.availableQuantity ?? undefined,
    allowOutOfStockPurchases: input.allowOutOfStockPurchases ?? undefined,
    }),
  };
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
