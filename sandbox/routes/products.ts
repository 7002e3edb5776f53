/**
 * Products and their prices (products.json): list, get, create, update (a full replacement, as
 * UpdateProductDto requires the same fields as a new product), delete (its prices go with it),
 * and a product's prices: list, create, and read, replace or delete one. Location and agency tokens alike; the location is
 * named as `locationId`, in the query or the body. Each write sends its webhook.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { priceBody, productBody, type Price, type Product } from '../model/products.ts';
import { randomId } from '../random.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';
import { route, type Route } from '../http/router.ts';
import { readShapedBody } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { priceEvent, productEvent } from '../webhooks/events.ts';
import { CREATE_PRICE, CREATE_PRODUCT, UPDATE_PRODUCT } from './product-input.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;

type ProductFields = Omit<Product, 'id' | 'createdAt' | 'updatedAt'>;
type PriceFields = Omit<Price, 'id' | 'product' | 'membershipOffers' | 'variantOptionIds' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<Price, 'membershipOffers' | 'variantOptionIds'>> & { meta?: unknown; shippingOptions?: unknown; digitalDelivery?: unknown };

export const productRoutes: Route[] = [
  route('GET', '/products/', PRODUCTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    // The spec's default limit is 0: no limit.
    const limit = v.number('limit', { min: 0 }) || Infinity;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const search = v.string('search')?.toLowerCase();
    const productIds = v.string('productIds')?.split(',');
    const collectionIds = v.string('collectionIds')?.split(',');
    const sortOrder = v.oneOf('sortOrder', ['asc', 'desc']) ?? 'desc';
    const storeId = v.string('storeId');
    v.check();
    requireLocation(store, principal, locationId);
    const direction = sortOrder === 'asc' ? 1 : -1;
    // A store lists its products in their display priority, lowest first; those given none follow.
    const places = new Map((storeId === undefined ? [] : store.prioritiesOfStore(storeId)).map((place) => [place.productId, place.priority]));
    const place = (product: Product) => places.get(product.id) ?? Infinity;
    const matching = store
      .productsOfLocation(locationId)
      .filter((product) => search === undefined || product.name.toLowerCase().includes(search))
      .filter((product) => productIds === undefined || productIds.includes(product.id))
      .filter((product) => collectionIds === undefined || collectionIds.some((id) => product.collectionIds?.includes(id)))
      .sort((a, b) => place(a) - place(b) || direction * a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return ok({ products: matching.slice(offset, offset + limit).map(productBody), total: [{ total: matching.length }] });
  }),
  route('POST', '/products/', PRODUCTS, ({ store, principal, body, emit }) => {
    const fields = readShapedBody<ProductFields>(body, CREATE_PRODUCT);
    requireLocation(store, principal, fields.locationId);
    const now = new Date().toISOString();
    const product = store.products.insert({ ...fields, id: randomId(), createdAt: now, updatedAt: now });
    emit(productEvent('ProductCreate', product));
    return created(productBody(product));
  }),
  route('GET', '/products/{productId}', PRODUCTS, ({ store, principal, params, query }) => {
    return ok(productBody(requireProduct(store, principal, params.productId, locationIdOf(query))));
  }),
  route('PUT', '/products/{productId}', PRODUCTS, ({ store, principal, params, body, emit }) => {
    const { prices: _prices, ...fields } = readShapedBody<ProductFields & { prices?: unknown }>(body, UPDATE_PRODUCT);
    const product = requireProduct(store, principal, params.productId, fields.locationId);
    const updated = store.products.insert({
      ...fields,
      id: product.id,
      createdAt: product.createdAt,
      updatedAt: new Date().toISOString(),
    });
    emit(productEvent('ProductUpdate', updated));
    return ok(productBody(updated));
  }),
  route('DELETE', '/products/{productId}', PRODUCTS, ({ store, principal, params, query, emit }) => {
    const product = requireProduct(store, principal, params.productId, locationIdOf(query));
    for (const price of store.pricesOfProduct(product.id)) store.prices.delete(price.id);
    store.products.delete(product.id);
    emit(productEvent('ProductDelete', product));
    return ok({ status: true });
  }),
  route('GET', '/products/{productId}/price', PRODUCTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const limit = v.number('limit', { min: 0 }) || Infinity;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const ids = v.string('ids')?.split(',');
    v.check();
    const product = requireProduct(store, principal, params.productId, locationId);
    const matching = store
      .pricesOfProduct(product.id)
      .filter((price) => ids === undefined || ids.includes(price.id))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return ok({ prices: matching.slice(offset, offset + limit).map(priceBody), total: matching.length });
  }),
  route('POST', '/products/{productId}/price', PRODUCTS, ({ store, principal, params, body, emit }) => {
    const fields = readPrice(body);
    const product = requireProduct(store, principal, params.productId, fields.locationId);
    const now = new Date().toISOString();
    const price = store.prices.insert({
      membershipOffers: [],
      variantOptionIds: [],
      ...fields,
      currency: fields.currency.toUpperCase(),
      id: randomId(),
      product: product.id,
      createdAt: now,
      updatedAt: now,
    });
    emit(priceEvent('PriceCreate', price));
    return created(priceBody(price));
  }),
  route('GET', '/products/{productId}/price/{priceId}', PRODUCTS, ({ store, principal, params, query }) =>
    ok(priceBody(requirePrice(store, principal, params, locationIdOf(query)))),
  ),
  /** UpdatePriceDto requires what a new price does: the price is replaced, keeping its id, product and creation. */
  route('PUT', '/products/{productId}/price/{priceId}', PRODUCTS, ({ store, principal, params, body, emit }) => {
    const fields = readPrice(body);
    const price = requirePrice(store, principal, params, fields.locationId);
    const updated = store.prices.insert({
      membershipOffers: [],
      variantOptionIds: [],
      ...fields,
      currency: fields.currency.toUpperCase(),
      id: price.id,
      product: price.product,
      createdAt: price.createdAt,
      updatedAt: new Date().toISOString(),
    });
    emit(priceEvent('PriceUpdate', updated));
    return ok(priceBody(updated));
  }),
  route('DELETE', '/products/{productId}/price/{priceId}', PRODUCTS, ({ store, principal, params, query, emit }) => {
    const price = requirePrice(store, principal, params, locationIdOf(query));
    store.prices.delete(price.id);
    emit(priceEvent('PriceDelete', price));
    return ok({ status: true });
  }),
];

/** CreatePriceDto, as UpdatePriceDto is too; a one-time price does not recur. */
function readPrice(body: unknown): PriceFields {
  const { meta: _meta, shippingOptions: _shipping, digitalDelivery: _delivery, ...fields } = readShapedBody<PriceFields>(body, CREATE_PRICE);
  if (fields.type === 'recurring' && !fields.recurring) throw ghlErrors.unprocessable(['recurring should not be empty']);
  if (fields.type === 'one_time' && fields.recurring) throw ghlErrors.badRequest('A one-time price cannot recur');
  return fields;
}

/** A price of the product the path names, which must be the location's (404 otherwise). */
function requirePrice(store: SandboxStore, principal: Principal, params: { productId: string; priceId: string }, locationId: string): Price {
  const product = requireProduct(store, principal, params.productId, locationId);
  const price = store.prices.get(params.priceId);
  if (price?.product !== product.id) throw new GhlError(404, 'Price not found');
  return price;
}

function locationIdOf(query: Record<string, string>): string {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  v.check();
  return locationId;
}

/** The token must reach `locationId` (403), and the product must be one of its (404). */
function requireProduct(store: SandboxStore, principal: Principal, productId: string, locationId: string): Product {
  requireLocation(store, principal, locationId);
  const product = store.products.get(productId);
  if (product?.locationId !== locationId) throw new GhlError(404, 'Product not found');
  return product;
}
