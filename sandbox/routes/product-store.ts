/**
 * A location's online store (products.json /products/store/{storeId}): how many of its products
 * are listed there, and listing or unlisting some (a product's `availableInStore`). The sandbox
 * gives each location one store, whose id is the location's (as its seeded reviews name it). A
 * product listed or unlisted sends ProductUpdate. Display priorities place products in the store's
 * listing (GET /products/?storeId=), lowest first; a product given none follows them.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { productEvent } from '../webhooks/events.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;

export const productStoreRoutes: Route[] = [
  route('GET', '/products/store/{storeId}/stats', PRODUCTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const search = v.string('search')?.toLowerCase();
    const collectionIds = v.string('collectionIds')?.split(',');
    v.check();
    requireStore(store, principal, params.storeId, altId);
    const matching = store
      .productsOfLocation(altId)
      .filter((product) => search === undefined || product.name.toLowerCase().includes(search))
      .filter((product) => collectionIds === undefined || collectionIds.some((id) => product.collectionIds?.includes(id)));
    const included = matching.filter((product) => product.availableInStore === true).length;
    return ok({ totalProducts: matching.length, includedInStore: included, excludedFromStore: matching.length - included });
  }),
  route('POST', '/products/store/{storeId}', PRODUCTS, ({ store, principal, params, body, emit }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      action: rule.required(rule.oneOf(['include', 'exclude'])),
      productIds: rule.required(rule.strings),
    }) as { altId: string; action: 'include' | 'exclude'; productIds: string[] };
    v.check();
    requireStore(store, principal, params.storeId, fields.altId);
    const products = fields.productIds.map((id) => {
      const product = store.products.get(id);
      if (product?.locationId !== fields.altId) throw new GhlError(404, `Product ${id} not found`);
      return product;
    });
    const updatedAt = new Date().toISOString();
    for (const product of products) {
      const availableInStore = fields.action === 'include';
      if (product.availableInStore === availableInStore) continue;
      emit(productEvent('ProductUpdate', store.products.insert({ ...product, availableInStore, updatedAt })));
    }
    return created({ status: true, message: 'Successfully updated' });
  }),
  route('POST', '/products/store/{storeId}/priority', PRODUCTS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      products: rule.required(rule.shapes({ productId: rule.required(rule.string), priority: rule.required(rule.number({ min: 0 })) })),
    }) as { altId: string; products: Array<{ productId: string; priority: number }> };
    v.check();
    requireStore(store, principal, params.storeId, fields.altId);
    for (const { productId } of fields.products) {
      if (store.products.get(productId)?.locationId !== fields.altId) throw new GhlError(404, `Product ${productId} not found`);
    }
    for (const { productId, priority } of fields.products) {
      store.displayPriorities.insert({ id: `${params.storeId}/${productId}`, storeId: params.storeId, productId, priority });
    }
    return ok({ status: true, message: 'Successfully updated display priorities' });
  }),
];

function requireStore(store: SandboxStore, principal: Principal, storeId: string, altId: string): void {
  requireLocation(store, principal, altId);
  if (storeId !== altId) throw new GhlError(404, 'Store not found');
}
