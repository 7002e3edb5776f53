/**
 * Bulk product changes end to end against the sandbox: prices by percentage, store listing,
 * collections, currency, a bulk delete, each read back from the sandbox's truth, and bad input
 * refused before any call.
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

const BULK = graphql(`mutation ProductsBulkUpdate($productIds: [ID!]!, $change: BulkProductChangeInput!) { bulkUpdateProducts(productIds: $productIds, change: $change) { products { ghlId availableInStore collections { ghlId } prices { ghlId amount currency } } } }`);

const productsWithPrices = (count: number) => {
  const found = stack.sandbox.store.productsOfLocation(stack.locationId).filter((product) => stack.sandbox.store.pricesOfProduct(product.id).length > 0).slice(0, count);
  expect(found).toHaveLength(count);
  return found;
};

describe('bulk product changes', () => {
  it('raises every price of the products by a percentage, rounded to whole units', async () => {
    const products = productsWithPrices(2);
    const before = new Map(products.flatMap((product) => stack.sandbox.store.pricesOfProduct(product.id)).map((price) => [price.id, price.amount]));
    const { data, errors } = await stack.gql(BULK, { productIds: products.map((p) => p.id), change: { price: { kind: 'INCREASE_BY_PERCENTAGE', value: 10, roundToWhole: true } } });
    expect(errors).toBeUndefined();
    const prices = data.bulkUpdateProducts.products.flatMap((product) => product.prices);
    expect(prices.length).toBe(before.size);
    for (const price of prices) {
      expect(price.amount).toBe(Math.round(before.get(price.ghlId)! * 1.1));
      expect(stack.sandbox.store.prices.get(price.ghlId)!.amount).toBe(price.amount);
    }
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsBulkUpdate']);
  });

  it('lists products in the store, puts them in collections and changes their currency', async () => {
    const products = productsWithPrices(2);
    const ids = products.map((p) => p.id);
    const listed = await stack.gql(BULK, { productIds: ids, change: { availableInStore: false } });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.bulkUpdateProducts.products.map((p) => p.availableInStore)).toEqual([false, false]);
    for (const id of ids) expect(stack.sandbox.store.products.get(id)!.availableInStore).toBe(false);

    const [collection] = stack.sandbox.store.collectionsOfLocation(stack.locationId);
    const collected = await stack.gql(BULK, { productIds: ids, change: { collectionIds: [collection!.id] } });
    expect(collected.errors).toBeUndefined();
    expect(collected.data.bulkUpdateProducts.products.map((p) => p.collections)).toEqual([[{ ghlId: collection!.id }], [{ ghlId: collection!.id }]]);

    const priced = await stack.gql(BULK, { productIds: ids, change: { currency: 'eur' } });
    expect(priced.errors).toBeUndefined();
    for (const price of priced.data.bulkUpdateProducts.products.flatMap((p) => p.prices)) {
      expect(price.currency).toBe('EUR');
      expect(stack.sandbox.store.prices.get(price.ghlId)!.currency).toBe('EUR');
    }
  });

  it('deletes several products and their prices', async () => {
    const products = productsWithPrices(2);
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsBulkDelete($productIds: [ID!]!) { deleteProducts(productIds: $productIds) { deletedGhlIds } }`),
      { productIds: products.map((p) => p.id) },
    );
    expect(errors).toBeUndefined();
    expect(data.deleteProducts.deletedGhlIds).toEqual(products.map((p) => p.id));
    for (const product of products) {
      expect(stack.sandbox.store.products.has(product.id)).toBe(false);
      expect(stack.sandbox.store.pricesOfProduct(product.id)).toEqual([]);
    }
    expect(stack.sandbox.requests.entries.map((entry) => (entry.body as { type?: string }).type)).toEqual(['bulk-delete-products']);
  });

  it('refuses bad input before any call', async () => {
    const [product] = productsWithPrices(1);
    const cases: Record<string, unknown>[] = [
      {},
      { availableInStore: true, currency: 'USD' },
      { currency: 'dollars' },
      { price: { kind: 'SET_NEW_PRICE', value: -1 } },
    ];
    for (const change of cases) expectError(await stack.gql(BULK, { productIds: [product!.id], change }), 'BAD_USER_INPUT', ['bulkUpdateProducts']);
    expectError(await stack.gql(BULK, { productIds: [], change: { availableInStore: true } }), 'BAD_USER_INPUT', ['bulkUpdateProducts']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('bulk product edits', () => {
  const EDIT = graphql(`mutation ProductsBulkEdit($products: [ProductEditInput!]!) { editProducts(products: $products) { products { ghlId name description prices { ghlId name amount } } } }`);

  it('edits several products, each with its own changes and its prices’, read back', async () => {
    const [first, second] = productsWithPrices(2);
    const price = stack.sandbox.store.pricesOfProduct(first!.id)[0]!;
    const { data, errors } = await stack.gql(EDIT, {
      products: [
        { productId: first!.id, name: 'Renamed in bulk', prices: [{ priceId: price.id, amount: 123.45, name: 'Bulk price' }] },
        { productId: second!.id, description: 'Described in bulk' },
      ],
    });
    expect(errors).toBeUndefined();
    const [a, b] = data.editProducts.products;
    expect(a).toMatchObject({ ghlId: first!.id, name: 'Renamed in bulk', description: first!.description ?? null });
    expect(a!.prices.find((p) => p.ghlId === price.id)).toEqual({ ghlId: price.id, name: 'Bulk price', amount: 123.45 });
    expect(b).toMatchObject({ ghlId: second!.id, name: second!.name, description: 'Described in bulk' });
    expect(stack.sandbox.store.products.get(first!.id)!.name).toBe('Renamed in bulk');
    expect(stack.sandbox.store.prices.get(price.id)!.amount).toBe(123.45);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsBulkEdit']);
  });

  it('refuses bad edits before any call, and a price of another product as not found', async () => {
    const [first, second] = productsWithPrices(2);
    const cases: { productId: string; name?: string; image?: string; prices?: { priceId: string; amount: number }[] }[][] = [
      [],
      [{ productId: first!.id }],
      [{ productId: first!.id, name: ' ' }],
      [{ productId: first!.id, image: 'not a url' }],
      [{ productId: first!.id, prices: [{ priceId: 'x', amount: -1 }] }],
      [{ productId: first!.id, name: 'a' }, { productId: first!.id, name: 'b' }],
    ];
    for (const products of cases) expectError(await stack.gql(EDIT, { products }), 'BAD_USER_INPUT', ['editProducts']);
    expect(stack.sandbox.requests.entries).toEqual([]);
    const otherPrice = stack.sandbox.store.pricesOfProduct(second!.id)[0]!;
    expectError(await stack.gql(EDIT, { products: [{ productId: first!.id, prices: [{ priceId: otherPrice.id, amount: 1 }] }] }), 'NOT_FOUND', ['editProducts']);
    expect(stack.sandbox.store.prices.get(otherPrice.id)!.amount).toBe(otherPrice.amount);
  });
});
