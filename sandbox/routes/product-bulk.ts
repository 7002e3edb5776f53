/**
 * Bulk changes to a location's products (products.json POST /products/bulk-update), one `type`
 * a call: their prices (every price of each product, by an amount, a percentage or a new price),
 * their listing in the store, their collections (set to the ones named), their currency, or their
 * deletion (with their prices); and edits of several products, each with its own fields and those
 * of its prices (POST /products/bulk-update/edit). Each product or price changed sends its webhook.
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule } from '../http/shape.ts';
import type { Price, Product } from '../model/products.ts';
import { Validator } from '../http/validate.ts';
import { priceEvent, productEvent } from '../webhooks/events.ts';
import { created, requireLocation, V2021_07_28 } from './common.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;

const CHANGE_TYPES = ['INCREASE_BY_AMOUNT', 'REDUCE_BY_AMOUNT', 'SET_NEW_PRICE', 'INCREASE_BY_PERCENTAGE', 'REDUCE_BY_PERCENTAGE'] as const;
type PriceChange = { type: (typeof CHANGE_TYPES)[number]; value: number; roundToWhole?: boolean };
const PRICE_CHANGE = rule.shape({ type: rule.required(rule.oneOf(CHANGE_TYPES)), value: rule.required(rule.number({ min: 0 })), roundToWhole: rule.boolean });

interface BulkUpdate {
  altId: string;
  type: 'bulk-update-price' | 'bulk-update-availability' | 'bulk-update-product-collection' | 'bulk-delete-products' | 'bulk-update-currency';
  productIds: string[];
  price?: PriceChange;
  compareAtPrice?: PriceChange;
  availability?: boolean;
  collectionIds?: string[];
  currency?: string;
}

export const productBulkRoutes: Route[] = [
  route('POST', '/products/bulk-update', PRODUCTS, ({ store, principal, body, emit }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      type: rule.required(rule.oneOf(['bulk-update-price', 'bulk-update-availability', 'bulk-update-product-collection', 'bulk-delete-products', 'bulk-update-currency'])),
      productIds: rule.required(rule.strings),
      filters: rule.object,
      price: PRICE_CHANGE,
      compareAtPrice: PRICE_CHANGE,
      availability: rule.boolean,
      collectionIds: rule.strings,
      currency: rule.string,
    }) as unknown as BulkUpdate;
    v.check();
    requireLocation(store, principal, fields.altId);
    const products = fields.productIds.map((id) => {
      const product = store.products.get(id);
      if (product?.locationId !== fields.altId) throw new GhlError(404, `Product ${id} not found`);
      return product;
    });
    const missing = (field: string) => ghlErrors.unprocessable([`${field} should not be empty for ${fields.type}`]);
    const now = new Date().toISOString();
    const updateProduct = (product: Product, changes: Partial<Product>) => emit(productEvent('ProductUpdate', store.products.insert({ ...product, ...changes, updatedAt: now })));
    const updatePrices = (product: Product, change: (price: Price) => Partial<Price>) => {
      for (const price of store.pricesOfProduct(product.id)) emit(priceEvent('PriceUpdate', store.prices.insert({ ...price, ...change(price), updatedAt: now })));
    };
    switch (fields.type) {
      case 'bulk-update-price': {
        if (!fields.price && !fields.compareAtPrice) throw missing('price');
        const { price, compareAtPrice } = fields;
        for (const product of products) {
          updatePrices(product, (current) => ({
            ...(price && { amount: changed(current.amount, price) }),
            ...(compareAtPrice && { compareAtPrice: changed(current.compareAtPrice ?? current.amount, compareAtPrice) }),
          }));
        }
        break;
      }
      case 'bulk-update-availability':
        if (fields.availability === undefined) throw missing('availability');
        for (const product of products) updateProduct(product, { availableInStore: fields.availability });
        break;
      case 'bulk-update-product-collection': {
        if (fields.collectionIds === undefined) throw missing('collectionIds');
        const unknown = fields.collectionIds.filter((id) => store.productCollections.get(id)?.altId !== fields.altId);
        if (unknown.length > 0) throw ghlErrors.unprocessable(unknown.map((id) => `collection ${id} not found`));
        for (const product of products) updateProduct(product, { collectionIds: [...fields.collectionIds] });
        break;
      }
      case 'bulk-update-currency': {
        const currency = fields.currency;
        if (!currency) throw missing('currency');
        for (const product of products) updatePrices(product, () => ({ currency }));
        break;
      }
      case 'bulk-delete-products':
        for (const product of products) {
          for (const price of store.pricesOfProduct(product.id)) store.prices.delete(price.id);
          store.products.delete(product.id);
          emit(productEvent('ProductDelete', product));
        }
        break;
    }
    return created({ status: true, message: 'Successfully updated' });
  }),
  route('POST', '/products/bulk-update/edit', PRODUCTS, ({ store, principal, body, emit }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      products: rule.required(rule.shapes(PRODUCT_EDIT)),
    }) as { altId: string; products: Array<Partial<Product> & { _id: string; prices?: Array<Partial<Price> & { _id: string }> }> };
    v.check();
    requireLocation(store, principal, fields.altId);
    // Every product and price named is checked before any changes: an edit applies whole or not at all.
    const edits = fields.products.map(({ _id, prices = [], ...changes }) => {
      const product = store.products.get(_id);
      if (product?.locationId !== fields.altId) throw new GhlError(404, `Product ${_id} not found`);
      const priceEdits = prices.map(({ _id: priceId, ...priceChanges }) => {
        const price = store.prices.get(priceId);
        if (price?.product !== product.id) throw new GhlError(404, `Price ${priceId} not found`);
        return { price, changes: priceChanges };
      });
      return { product, changes, priceEdits };
    });
    const now = new Date().toISOString();
    for (const { product, changes, priceEdits } of edits) {
      emit(productEvent('ProductUpdate', store.products.insert({ ...product, ...changes, updatedAt: now })));
      for (const { price, changes: priceChanges } of priceEdits) emit(priceEvent('PriceUpdate', store.prices.insert({ ...price, ...priceChanges, updatedAt: now })));
    }
    return created({ message: 'Products updated successfully', status: true, updatedCount: edits.length });
  }),
];

/** BulkEditPriceDto, as far as the sandbox keeps a price. */
const PRICE_EDIT = {
  _id: rule.required(rule.string),
  name: rule.string,
  amount: rule.number({ min: 0 }),
  currency: rule.string,
  compareAtPrice: rule.number({ min: 0 }),
  availableQuantity: rule.number({ min: 0 }),
  trackInventory: rule.boolean,
  allowOutOfStockPurchases: rule.boolean,
  sku: rule.string,
  trialPeriod: rule.number({ min: 0 }),
  totalCycles: rule.number({ min: 0 }),
  setupFee: rule.number({ min: 0 }),
  shippingOptions: rule.object,
  recurring: rule.shape({ interval: rule.required(rule.oneOf(['day', 'week', 'month', 'year'])), intervalCount: rule.required(rule.number({ min: 1 })) }),
};

/** BulkEditProductDto. */
const PRODUCT_EDIT = {
  _id: rule.required(rule.string),
  name: rule.string,
  description: rule.string,
  image: rule.string,
  availableInStore: rule.boolean,
  prices: rule.shapes(PRICE_EDIT),
  collectionIds: rule.strings,
  isLabelEnabled: rule.boolean,
  isTaxesEnabled: rule.boolean,
  seo: rule.shape({ title: rule.string, description: rule.string }),
  slug: rule.string,
  automaticTaxCategoryId: rule.string,
  taxInclusive: rule.boolean,
  taxes: rule.objects,
  medias: rule.objects,
  label: rule.object,
};

/** A price after a change, to the cent unless rounded to a whole unit; never below zero. */
function changed(amount: number, change: PriceChange): number {
  const next = {
    INCREASE_BY_AMOUNT: amount + change.value,
    REDUCE_BY_AMOUNT: amount - change.value,
    SET_NEW_PRICE: change.value,
    INCREASE_BY_PERCENTAGE: amount * (1 + change.value / 100),
    REDUCE_BY_PERCENTAGE: amount * (1 - change.value / 100),
  }[change.type];
  const rounded = change.roundToWhole ? Math.round(next) : Math.round(next * 100) / 100;
  return Math.max(0, rounded);
}
