/**
 * A location's inventory (products.json /products/inventory): the prices whose stock is tracked,
 * each with its product's name and image, and stock changes to several prices at once.
 */
import { ghlErrors } from '../http/errors.ts';
import type { Price } from '../model/products.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;

export const inventoryRoutes: Route[] = [
  route('GET', '/products/inventory', PRODUCTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    // The spec's default limit is 0: no limit.
    const limit = v.number('limit', { min: 0 }) || Infinity;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const search = v.string('search')?.toLowerCase();
    v.check();
    requireLocation(store, principal, altId);
    const items = trackedPrices(store, altId)
      .map((price) => inventoryItem(store, price))
      .filter((item) => search === undefined || `${item.productName ?? ''} ${item.name}`.toLowerCase().includes(search))
      .sort((a, b) => (a.productName ?? '').localeCompare(b.productName ?? '') || a.name.localeCompare(b.name) || a._id.localeCompare(b._id));
    return ok({ inventory: items.slice(offset, offset + limit), total: { total: items.length } });
  }),
  /** Every item names a price of the location; stock given to a price starts tracking it. */
  route('POST', '/products/inventory', PRODUCTS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      items: rule.required(rule.shapes({ priceId: rule.required(rule.string), availableQuantity: rule.number({ min: 0 }), allowOutOfStockPurchases: rule.boolean })),
    }) as { altId: string; items: Array<{ priceId: string; availableQuantity?: number; allowOutOfStockPurchases?: boolean }> };
    v.check();
    requireLocation(store, principal, fields.altId);
    const problems = fields.items.flatMap((item, index) =>
      store.prices.get(item.priceId)?.locationId === fields.altId ? [] : [`items.${index}.priceId must be a price of this location`],
    );
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    const now = new Date().toISOString();
    for (const item of fields.items) {
      const price = store.prices.get(item.priceId)!;
      store.prices.insert({
        ...price,
        ...(item.availableQuantity !== undefined && { trackInventory: true, availableQuantity: item.availableQuantity }),
        ...(item.allowOutOfStockPurchases !== undefined && { allowOutOfStockPurchases: item.allowOutOfStockPurchases }),
        updatedAt: now,
      });
    }
    return created({ status: true, message: 'Successfully updated' });
  }),
];

function trackedPrices(store: SandboxStore, locationId: string): Price[] {
  return store.productsOfLocation(locationId).flatMap((product) => store.pricesOfProduct(product.id).filter((price) => price.trackInventory));
}

/** InventoryItemDto: the price as stock, with its product's name and image. */
function inventoryItem(store: SandboxStore, price: Price) {
  const product = store.products.get(price.product);
  return {
    _id: price.id,
    name: price.name,
    availableQuantity: price.availableQuantity ?? 0,
    sku: price.sku ?? '',
    allowOutOfStockPurchases: price.allowOutOfStockPurchases ?? false,
    product: price.product,
    updatedAt: price.updatedAt,
    ...(product?.image && { image: product.image }),
    ...(product && { productName: product.name }),
  };
}
