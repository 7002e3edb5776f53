/**
 * A store's display order (update-display-priority) end to end: placing products answers the
 * store's listing in its new order, read back through `Location.products(storeId:)`, as the
 * sandbox keeps it; each product's prices batch; bad input is refused before any call. The
 * sandbox gives each location one store, under the location's id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const SET = graphql(`mutation R4StorePrioritiesSet($input: SetStoreProductPrioritiesInput!) {
  setStoreProductPriorities(input: $input) { products(first: 20) { totalCount edges { node { ghlId prices { ghlId } } } } }
}`);
const LIST = graphql(`query R4StorePrioritiesList($storeId: ID) { location { products(storeId: $storeId, first: 20) { edges { node { ghlId } } } } }`);

const newestFirst = (a: Product, b: Product) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
/** The store's listing by the sandbox's own records: placed products lowest first, then the rest newest first. */
const expectedOrder = () => {
  const places = new Map(stack.sandbox.store.prioritiesOfStore(stack.locationId).map((p) => [p.productId, p.priority]));
  const products = stack.sandbox.store.productsOfLocation(stack.locationId);
  const placed = products.filter((p) => places.has(p.id)).sort((a, b) => places.get(a.id)! - places.get(b.id)! || newestFirst(a, b));
  return [...placed, ...products.filter((p) => !places.has(p.id)).sort(newestFirst)].map((p) => p.id);
};

describe('setStoreProductPriorities', () => {
  it('places products first in the store’s listing, as the sandbox keeps it, and the listing reads back in that order', async () => {
    const products = [...stack.sandbox.store.productsOfLocation(stack.locationId)].sort(newestFirst);
    expect(products.length).toBeGreaterThan(3);
    const oldest = products.at(-1)!;
    const second = products.at(-2)!;
    const { data, errors } = await stack.gql(SET, {
      input: { storeId: stack.locationId, products: [{ productId: second.id, priority: 2 }, { productId: oldest.id, priority: 1 }] },
    });
    expect(errors).toBeUndefined();
    const listed = data.setStoreProductPriorities.products.edges.map((e) => e.node.ghlId);
    expect(listed.slice(0, 2)).toEqual([oldest.id, second.id]);
    expect(listed).toEqual(expectedOrder().slice(0, 20));
    expect(data.setStoreProductPriorities.products.totalCount).toBe(products.length);
    expect(stack.sandbox.store.prioritiesOfStore(stack.locationId).map((p) => [p.productId, p.priority]).sort()).toEqual(
      [[oldest.id, 1], [second.id, 2]].sort(),
    );
    // One write, one listing, then one prices call per distinct product listed.
    expect(stack.gateway.client.stats.count('setStoreProductPriorities')).toBe(1);
    expect(stack.gateway.client.stats.count('listProducts')).toBe(1);
    expect(stack.gateway.client.stats.count('listProductPrices')).toBe(listed.length);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsUpdateDisplayPriority', 'productsListInvoices']);
    const write = stack.sandbox.requests.entries.find((e) => e.path.endsWith('/priority'))!;
    expect(write.body).toEqual({ altId: stack.locationId, altType: 'location', products: [{ productId: second.id, priority: 2 }, { productId: oldest.id, priority: 1 }] });

    // A later change moves one product; the others keep their place. Without the store, the listing stays newest first.
    const moved = await stack.gql(SET, { input: { storeId: stack.locationId, products: [{ productId: oldest.id, priority: 3 }] } });
    expect(moved.data.setStoreProductPriorities.products.edges.slice(0, 2).map((e) => e.node.ghlId)).toEqual([second.id, oldest.id]);
    const inStore = await stack.gql(LIST, { storeId: stack.locationId });
    expect(inStore.data.location!.products!.edges.map((e) => e.node.ghlId)).toEqual(expectedOrder().slice(0, 20));
    const plain = await stack.gql(LIST, {});
    expect(plain.data.location!.products!.edges.map((e) => e.node.ghlId)).toEqual(products.slice(0, 20).map((p) => p.id));
  });

  it('refuses no products, a repeated product, a negative place and an id of another type before any call', async () => {
    const [product] = stack.sandbox.store.productsOfLocation(stack.locationId);
    for (const products of [
      [],
      [{ productId: product!.id, priority: 1 }, { productId: product!.id, priority: 2 }],
      [{ productId: product!.id, priority: -1 }],
      [{ productId: Buffer.from('Contact:c1').toString('base64'), priority: 1 }],
    ]) {
      expectError(await stack.gql(SET, { input: { storeId: stack.locationId, products } }), 'BAD_USER_INPUT', ['setStoreProductPriorities']);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
    // A product of no such id is GHL's to refuse: a 404, nothing placed.
    expectError(await stack.gql(SET, { input: { storeId: stack.locationId, products: [{ productId: 'nosuchproduct', priority: 1 }] } }), 'NOT_FOUND', ['setStoreProductPriorities']);
  });
});
