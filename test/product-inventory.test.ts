/**
 * A location's inventory end to end against the sandbox: the tracked prices as the sandbox holds
 * them, each product's stock from one inventory read, stock changes read back, bad input refused
 * before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Price } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const tracked = (): Price[] =>
  stack.sandbox.store
    .productsOfLocation(stack.locationId)
    .flatMap((product) => stack.sandbox.store.pricesOfProduct(product.id))
    .filter((price) => price.trackInventory);

describe('inventory', () => {
  it('lists the tracked prices with their stock and product', async () => {
    const prices = tracked();
    expect(prices.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query ProductsInventory { inventory(first: 50) { totalCount edges { node { priceId name availableQuantity allowOutOfStockPurchases productId productName product { ghlId } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.inventory!.totalCount).toBe(prices.length);
    const nodes = data.inventory!.edges.map((e) => e.node);
    expect(nodes.map((n) => n.priceId).sort()).toEqual(prices.map((p) => p.id).sort());
    for (const node of nodes) {
      const price = prices.find((p) => p.id === node.priceId)!;
      const product = stack.sandbox.store.products.get(price.product)!;
      expect(node).toEqual({
        priceId: price.id,
        name: price.name,
        availableQuantity: price.availableQuantity,
        allowOutOfStockPurchases: price.allowOutOfStockPurchases ?? false,
        productId: product.id,
        productName: product.name,
        product: { ghlId: product.id },
      });
    }
  });

  it('reads every product’s stock from one inventory call', async () => {
    const { data, errors } = await stack.gql(graphql(`query ProductsStock { products(first: 50) { edges { node { ghlId inventory { priceId availableQuantity } } } } }`));
    expect(errors).toBeUndefined();
    const nodes = data.products!.edges.map((e) => e.node);
    expect(nodes.some((node) => node.inventory.length > 0)).toBe(true);
    for (const node of nodes) {
      const expected = stack.sandbox.store.pricesOfProduct(node.ghlId).filter((p) => p.trackInventory);
      expect(node.inventory.map((i) => i.priceId).sort()).toEqual(expected.map((p) => p.id).sort());
    }
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listProducts: { 200: 1 }, listInventory: { 200: 1 } });
  });

  it('changes stock and starts tracking an untracked price, each read back', async () => {
    const [first] = tracked();
    const untracked = stack.sandbox.store
      .productsOfLocation(stack.locationId)
      .flatMap((product) => stack.sandbox.store.pricesOfProduct(product.id))
      .find((price) => !price.trackInventory)!;
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsUpdateInventory($items: [InventoryChangeInput!]!) { updateInventory(items: $items) { items { priceId availableQuantity allowOutOfStockPurchases price { ghlId availableQuantity } } } }`),
      { items: [{ priceId: first!.id, availableQuantity: 3, allowOutOfStockPurchases: true }, { priceId: untracked.id, availableQuantity: 7 }] },
    );
    expect(errors).toBeUndefined();
    const items = [...data.updateInventory.items].sort((a, b) => a.availableQuantity! - b.availableQuantity!);
    expect(items).toEqual([
      { priceId: first!.id, availableQuantity: 3, allowOutOfStockPurchases: true, price: { ghlId: first!.id, availableQuantity: 3 } },
      { priceId: untracked.id, availableQuantity: 7, allowOutOfStockPurchases: untracked.allowOutOfStockPurchases ?? false, price: { ghlId: untracked.id, availableQuantity: 7 } },
    ]);
    expect(stack.sandbox.store.prices.get(first!.id)).toMatchObject({ availableQuantity: 3, allowOutOfStockPurchases: true });
    expect(stack.sandbox.store.prices.get(untracked.id)).toMatchObject({ availableQuantity: 7, trackInventory: true });
  });

  it('refuses bad input before any call to GHL', async () => {
    const [price] = tracked();
    const cases: [string, Record<string, unknown>][] = [
      [`mutation { updateInventory(items: []) { items { priceId } } }`, {}],
      [`mutation ($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: -1 }]) { items { priceId } } }`, { p: price!.id }],
      [`mutation ($p: ID!) { updateInventory(items: [{ priceId: $p }]) { items { priceId } } }`, { p: price!.id }],
      [`mutation ($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 1 }, { priceId: $p, availableQuantity: 2 }]) { items { priceId } } }`, { p: price!.id }],
    ];
    for (const [query, variables] of cases) expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', ['updateInventory']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
