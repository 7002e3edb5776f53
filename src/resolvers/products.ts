/**
 * Products and their prices: GraphQL arguments in, GHL calls out, GHL payloads back. GHL reads a
 * product through its location, so every call names one: the owner a global id carries, else the
 * `locationId` argument, else the configured location. Inputs are checked in full before the
 * first call; every write refreshes what this request's loaders hold.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlPrice, GhlPriceType, GhlProduct, GhlProductType, GhlRecurringInterval } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { ghlIdOf, locatedIdOf, locationIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';
import { currencyOf } from './money.ts';

export interface ProductInput {
  name?: string | null;
  description?: string | null;
  productType?: GhlProductType | null;
  image?: string | null;
  statementDescriptor?: string | null;
  availableInStore?: boolean | null;
}

export interface CreateProductInput extends ProductInput {
  locationId?: string | null;
  name: string;
  productType: GhlProductType;
}

export interface UpdatePriceInput {
  name?: string | null;
  type?: GhlPriceType | null;
  currency?: string | null;
  amount?: number | null;
  recurring?: { interval: GhlRecurringInterval; intervalCount: number } | null;
  description?: string | null;
  compareAtPrice?: number | null;
  setupFee?: number | null;
  trialPeriod?: number | null;
  totalCycles?: number | null;
}

export interface CreatePriceInput extends UpdatePriceInput {
  name: string;
  type: GhlPriceType;
  currency: string;
  amount: number;
}

/** The product a GraphQL id names, and the location GHL must be told it belongs to. */
export interface ProductRef {
  locationId: string;
  id: string;
}

export function productRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): ProductRef {
  return locatedIdOf(id, 'Product', locationId, ctx.defaultLocationId);
}

export function getProduct(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlProduct> {
  return ctx.loaders.product.load(productRefOf(ctx, id, locationId));
}

/**
 * GET /products/ pages by limit/offset, and reports the size of the match as `total: [{ total }]`.
 * With a store, GHL lists the products in that store's display order.
 */
export async function listProducts(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null; collectionId?: string; storeId?: string | null },
): Promise<Connection<GhlProduct>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listProducts', {
    location: locationId,
    query: {
      search: args.query?.trim() || undefined,
      collectionIds: args.collectionId,
      storeId: args.storeId == null ? undefined : nonEmpty(args.storeId, 'storeId'),
      limit: page.size,
      offset: page.offset,
    },
  });
  const products = result.products ?? [];
  for (const product of products) ctx.loaders.product.prime({ locationId: product.locationId ?? locationId, id: product._id }, product);
  const total = typeof result.total === 'number' ? result.total : result.total?.[0]?.total;
  return offsetConnection(products, page, total);
}

/** All prices of a product: one call per distinct product in a request, however many ask. */
export function pricesOfProduct(ctx: GatewayContext, product: GhlProduct): Promise<GhlPrice[]> {
  return ctx.loaders.pricesOfProduct.load({ locationId: product.locationId, id: product._id });
}

export async function createProduct(ctx: GatewayContext, input: CreateProductInput): Promise<GhlProduct> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const product = await ctx.ghl.call('createProduct', {
    location: locationId,
    body: { ...productBody(input), name: nonEmpty(input.name, 'name'), productType: input.productType },
  });
  ctx.loaders.product.prime({ locationId, id: product._id }, product);
  return product;
}

/**
 * GHL's update replaces the product, its name, type and location required: the fields left out
 * of the input keep their current values, read first.
 */
export async function updateProduct(ctx: GatewayContext, ref: ProductRef, input: ProductInput): Promise<GhlProduct> {
  const fields = productBody(input);
  if (input.name != null) fields.name = nonEmpty(input.name, 'name');
  const current = await ctx.loaders.product.load(ref);
  const kept = definedOnly({
    name: current.name,
    description: current.description,
    productType: current.productType,
    image: current.image,
    statementDescriptor: current.statementDescriptor,
    availableInStore: current.availableInStore,
  });
  const product = await ctx.ghl.call('updateProduct', {
    path: { productId: ref.id },
    location: ref.locationId,
    body: { ...kept, ...fields },
  });
  ctx.loaders.product.clear(ref).prime(ref, product);
  return product;
}

export async function deleteProduct(ctx: GatewayContext, ref: ProductRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteProduct', { path: { productId: ref.id }, location: ref.locationId });
  ctx.loaders.product.clear(ref);
  ctx.loaders.pricesOfProduct.clear(ref);
  return { deletedGhlId: ref.id };
}

export async function createProductPrice(ctx: GatewayContext, ref: ProductRef, input: CreatePriceInput): Promise<GhlPrice> {
  const price = await ctx.ghl.call('createProductPrice', {
    path: { productId: ref.id },
    location: ref.locationId,
    body: checkedPrice({ ...priceFields(input), name: nonEmpty(input.name, 'name') }),
  });
  ctx.loaders.pricesOfProduct.clear(ref);
  return price;
}

export function getProductPrice(ctx: GatewayContext, product: ProductRef, priceId: string): Promise<GhlPrice> {
  return ctx.loaders.price.load({ ...product, productId: product.id, id: ghlIdOf(priceId, 'Price', 'id') });
}

/** The price's product, when GHL says which (and in which location). */
export function productOfPrice(ctx: GatewayContext, price: GhlPrice): Promise<GhlProduct> | null {
  return price.product && price.locationId ? ctx.loaders.product.load({ locationId: price.locationId, id: price.product }) : null;
}

/**
 * GHL's update replaces the price, its name, type, currency and amount required: the fields left
 * out of the input keep their current values, read first.
 */
export async function updateProductPrice(ctx: GatewayContext, product: ProductRef, priceId: string, input: UpdatePriceInput): Promise<GhlPrice> {
  const fields = priceFields(input);
  if (input.name != null) fields.name = nonEmpty(input.name, 'name');
  if (Object.keys(fields).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const key = { ...product, productId: product.id, id: ghlIdOf(priceId, 'Price', 'id') };
  const current = await ctx.loaders.price.load(key);
  const kept = definedOnly({
    name: current.name,
    type: current.type,
    currency: current.currency,
    amount: current.amount,
    recurring: current.recurring ?? undefined,
    description: current.description,
    compareAtPrice: current.compareAtPrice,
    setupFee: current.setupFee,
    trialPeriod: current.trialPeriod,
    totalCycles: current.totalCycles,
    variantOptionIds: current.variantOptionIds,
    trackInventory: current.trackInventory ?? undefined,
    availableQuantity: current.availableQuantity,
    allowOutOfStockPurchases: current.allowOutOfStockPurchases,
    sku: current.sku,
  });
  const merged = { ...kept, ...fields };
  // A price made one-time stops recurring.
  if (merged.type === 'one_time' && !input.recurring) delete merged.recurring;
  const price = await ctx.ghl.call('updateProductPrice', {
    path: { productId: product.id, priceId: key.id },
    location: product.locationId,
    body: checkedPrice(merged),
  });
  ctx.loaders.price.clear(key).prime(key, price);
  ctx.loaders.pricesOfProduct.clear(product);
  return price;
}

export async function deleteProductPrice(ctx: GatewayContext, product: ProductRef, priceId: string): Promise<{ deletedGhlId: string }> {
  const key = { ...product, productId: product.id, id: ghlIdOf(priceId, 'Price', 'id') };
  await ctx.ghl.call('deleteProductPrice', { path: { productId: product.id, priceId: key.id }, location: product.locationId });
  ctx.loaders.price.clear(key);
  ctx.loaders.pricesOfProduct.clear(product);
  return { deletedGhlId: key.id };
}

/** The price fields an input sets, each checked on its own. */
function priceFields(input: UpdatePriceInput): Record<string, unknown> {
  for (const [argument, value] of Object.entries({
    amount: input.amount,
    compareAtPrice: input.compareAtPrice,
    setupFee: input.setupFee,
    trialPeriod: input.trialPeriod,
  })) {
    if (value != null && (!Number.isFinite(value) || value < 0)) throw gatewayError('BAD_USER_INPUT', `${argument} must not be negative`);
  }
  if (input.totalCycles != null && (!Number.isInteger(input.totalCycles) || input.totalCycles < 1)) {
    throw gatewayError('BAD_USER_INPUT', 'totalCycles must be a whole number of at least 1');
  }
  if (input.recurring && (!Number.isInteger(input.recurring.intervalCount) || input.recurring.intervalCount < 1)) {
    throw gatewayError('BAD_USER_INPUT', 'recurring.intervalCount must be a whole number of at least 1');
  }
  return definedOnly({
    type: input.type ?? undefined,
    currency: input.currency == null ? undefined : currencyOf(input.currency),
    amount: input.amount ?? undefined,
    recurring: input.recurring ?? undefined,
    description: input.description ?? undefined,
    compareAtPrice: input.compareAtPrice ?? undefined,
    setupFee: input.setupFee ?? undefined,
    trialPeriod: input.trialPeriod ?? undefined,
    totalCycles: input.totalCycles ?? undefined,
  });
}

/** A whole price as GHL takes it: a recurring one says how often, a one-time one does not. */
function checkedPrice(price: Record<string, unknown>): Record<string, unknown> {
  if (price.type === 'recurring' && !price.recurring) throw gatewayError('BAD_USER_INPUT', 'recurring is required for a RECURRING price');
  if (price.type === 'one_time' && price.recurring) throw gatewayError('BAD_USER_INPUT', 'recurring is only for a RECURRING price');
  return price;
}

function productBody(input: ProductInput): Record<string, unknown> {
  if (input.image != null && !URL.canParse(input.image)) throw gatewayError('BAD_USER_INPUT', 'image must be a URL');
  return definedOnly({
    description: input.description ?? undefined,
    productType: input.productType ?? undefined,
    image: input.image ?? undefined,
    statementDescriptor: input.statementDescriptor ?? undefined,
    availableInStore: input.availableInStore ?? undefined,
  });
}
