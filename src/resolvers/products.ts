/**
 * Products and their prices: GraphQL arguments in, GHL calls out, GHL payloads back. GHL reads a
 * product through its location, so every call names one: the owner a global id carries, else the
 * `locationId` argument, else the configured location. Inputs are checked in full before the
 * first call; every write refreshes what this request's loaders hold.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlPrice, GhlPriceType, GhlProduct, GhlProductType, GhlRecurringInterval } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';
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

export interface CreatePriceInput {
  name: string;
  type: GhlPriceType;
  currency: string;
  amount: number;
  recurring?: { interval: GhlRecurringInterval; intervalCount: number } | null;
  description?: string | null;
  compareAtPrice?: number | null;
  setupFee?: number | null;
  trialPeriod?: number | null;
  totalCycles?: number | null;
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

/** GET /products/ pages by limit/offset, and reports the size of the match as `total: [{ total }]`. */
export async function listProducts(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null },
): Promise<Connection<GhlProduct>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listProducts', {
    location: locationId,
    query: { search: args.query?.trim() || undefined, limit: page.size, offset: page.offset },
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
  const name = nonEmpty(input.name, 'name');
  const currency = currencyOf(input.currency);
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
  if (input.type === 'recurring' && !input.recurring) throw gatewayError('BAD_USER_INPUT', 'recurring is required for a RECURRING price');
  if (input.type === 'one_time' && input.recurring) throw gatewayError('BAD_USER_INPUT', 'recurring is only for a RECURRING price');
  if (input.recurring && (!Number.isInteger(input.recurring.intervalCount) || input.recurring.intervalCount < 1)) {
    throw gatewayError('BAD_USER_INPUT', 'recurring.intervalCount must be a whole number of at least 1');
  }
  const price = await ctx.ghl.call('createProductPrice', {
    path: { productId: ref.id },
    location: ref.locationId,
    body: definedOnly({
      name,
      type: input.type,
      currency,
      amount: input.amount,
      recurring: input.recurring ?? undefined,
      description: input.description ?? undefined,
      compareAtPrice: input.compareAtPrice ?? undefined,
      setupFee: input.setupFee ?? undefined,
      trialPeriod: input.trialPeriod ?? undefined,
      totalCycles: input.totalCycles ?? undefined,
    }),
  });
  ctx.loaders.pricesOfProduct.clear(ref);
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
