/**
 * A location's online store end to end against the sandbox: how many products it lists (all, by
 * name, by collection), listing and unlisting products read back, and bad input refused before any
 * call. The sandbox gives each location one store, under the location's id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const STATS = graphql(`query ProductsStoreStats($storeId: ID!, $query: String, $collections: [ID!]) { location { productStoreStats(storeId: $storeId, query: $query, collectionIds: $collections) { totalProducts includedInStore excludedFromStore } } }`);
const SET = graphql(`mutation ProductsSetInStore($storeId: ID!, $productIds: [ID!]!, $included: Boolean!) { setProductsInStore(storeId: $storeId, productIds: $productIds, included: $included) { products { ghlId availableInStore } } }`);

const statsOf = (products: { availableInStore?: boolean }[]) => {
  const included = products.filter((product) => product.availableInStore === true).length;
  return { totalProducts: products.length, includedInStore: included, excludedFromStore: products.length - included };
};

describe('product store', () => {
  it('counts the products a store lists, all of them, by name and by collection', async () => {
    const products = stack.sandbox.store.productsOfLocation(stack.locationId);
    const all = await stack.gql(STATS, { storeId: stack.locationId });
    expect(all.errors).toBeUndefined();
    expect(all.data.location!.productStoreStats).toEqual(statsOf(products));

    const word = products[0]!.name.split(' ')[0]!;
    const named = await stack.gql(STATS, { storeId: stack.locationId, query: word });
    expect(named.data.location!.productStoreStats).toEqual(statsOf(products.filter((p) => p.name.toLowerCase().includes(word.toLowerCase()))));

    const [collection] = stack.sandbox.store.collectionsOfLocation(stack.locationId);
    const collected = await stack.gql(STATS, { storeId: stack.locationId, collections: [collection!.id] });
    expect(collected.data.location!.productStoreStats).toEqual(statsOf(products.filter((p) => p.collectionIds?.includes(collection!.id))));
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsGetProductStoreStats']);
  });

  it('lists products in the store and takes them out, read back', async () => {
    const products = stack.sandbox.store.productsOfLocation(stack.locationId).slice(0, 2);
    const listed = await stack.gql(SET, { storeId: stack.locationId, productIds: products.map((p) => p.id), included: true });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.setProductsInStore.products).toEqual(products.map((p) => ({ ghlId: p.id, availableInStore: true })));
    for (const product of products) expect(stack.sandbox.store.products.get(product.id)!.availableInStore).toBe(true);

    const unlisted = await stack.gql(SET, { storeId: stack.locationId, productIds: [products[0]!.id], included: false });
    expect(unlisted.data.setProductsInStore.products).toEqual([{ ghlId: products[0]!.id, availableInStore: false }]);
    expect(stack.sandbox.store.products.get(products[0]!.id)!.availableInStore).toBe(false);
    expect(stack.gateway.client.stats.snapshot()).toEqual({ updateProductStoreStatus: { 201: 2 }, getProduct: { 200: 3 } });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsUpdateStoreStatus']);
  });

  it('refuses bad input before any call, and an unknown store as not found', async () => {
    const [product] = stack.sandbox.store.productsOfLocation(stack.locationId);
    expectError(await stack.gql(SET, { storeId: stack.locationId, productIds: [], included: true }), 'BAD_USER_INPUT', ['setProductsInStore']);
    expectError(await stack.gql(SET, { storeId: ' ', productIds: [product!.id], included: true }), 'BAD_USER_INPUT', ['setProductsInStore']);
    expectError(await stack.gql(SET, { storeId: stack.locationId, productIds: [Buffer.from('Contact:x').toString('base64')], included: true }), 'BAD_USER_INPUT', ['setProductsInStore']);
    expect(stack.sandbox.requests.entries).toEqual([]);
    expectError(await stack.gql(STATS, { storeId: 'no-such-store' }), 'NOT_FOUND');
  });
});
