/**
 * One price of a product, read, changed and deleted, end to end against the sandbox: answers are
 * the sandbox's records, a change keeps what it does not name, `Price.product` reads back through
 * the product loader, and bad input is refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Price, Product } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

/** A product of the location with at least `atLeast` prices, and those prices. */
function pricedProduct(atLeast = 2): { product: Product; prices: Price[] } {
  const product = stack.sandbox.store.productsOfLocation(stack.locationId).find((p) => stack.sandbox.store.pricesOfProduct(p.id).length >= atLeast)!;
  return { product, prices: stack.sandbox.store.pricesOfProduct(product.id) };
}

describe('a product’s price', () => {
  it('reads one price by id, with its product, and a product’s prices each back to their product in one call', async () => {
    const { product, prices } = pricedProduct();
    const price = prices[0]!;
    const { data, errors } = await stack.gql(
      graphql(`query ProductsPriceById($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId name amount currency productId product { ghlId name } } }`),
      { p: product.id, id: price.id },
    );
    expect(errors).toBeUndefined();
    expect(data.productPrice).toEqual({
      ghlId: price.id,
      name: price.name,
      amount: price.amount,
      currency: price.currency,
      productId: product.id,
      product: { ghlId: product.id, name: product.name },
    });
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getProductPrice: { 200: 1 }, getProduct: { 200: 1 } });

    stack.gateway.client.stats.reset();
    const listed = await stack.gql(
      graphql(`query ProductsPricesToProduct($p: ID!) { product(id: $p) { prices { ghlId product { ghlId } } } }`),
      { p: product.id },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.product!.prices).toEqual(prices.map((p) => ({ ghlId: p.id, product: { ghlId: product.id } })));
    // The product was read once: every price's product is that same read.
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getProduct: { 200: 1 }, listProductPrices: { 200: 1 } });
  });

  it('changes a price, keeping what the change does not name, and reads it back', async () => {
    const { product, prices } = pricedProduct();
    const price = prices[0]!;
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsUpdatePrice($p: ID!, $id: ID!, $input: UpdatePriceInput!) { updateProductPrice(productId: $p, priceId: $id, input: $input) { price { ghlId name amount currency type } } }`),
      { p: product.id, id: price.id, input: { amount: 123.45 } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateProductPrice.price).toEqual({ ghlId: price.id, name: price.name, amount: 123.45, currency: price.currency, type: price.type.toUpperCase() });
    expect(stack.sandbox.store.prices.get(price.id)).toMatchObject({ name: price.name, amount: 123.45, currency: price.currency, product: product.id });
    expect(stack.sandbox.requests.entries.map((e) => `${e.method} ${e.path}`)).toEqual([
      `GET /products/${product.id}/price/${price.id}`,
      `PUT /products/${product.id}/price/${price.id}`,
    ]);
  });

  it('deletes a price, which leaves its product’s prices', async () => {
    const { product, prices } = pricedProduct();
    const price = prices.at(-1)!;
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId product { ghlId prices { ghlId } } } }`),
      { p: product.id, id: price.id },
    );
    expect(errors).toBeUndefined();
    expect(data.deleteProductPrice.deletedGhlId).toBe(price.id);
    expect(data.deleteProductPrice.product.prices.map((p) => p.ghlId)).toEqual(prices.slice(0, -1).map((p) => p.id));
    expect(stack.sandbox.store.prices.has(price.id)).toBe(false);
    expectError(
      await stack.gql(graphql(`query ProductsPriceGone($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId } }`), { p: product.id, id: price.id }),
      'NOT_FOUND',
      ['productPrice'],
    );
  });

  it('refuses bad input before any call to GHL', async () => {
    const { product, prices } = pricedProduct(1);
    const vars = { p: product.id, id: prices[0]!.id };
    const cases = [
      `mutation ($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: {}) { price { ghlId } } }`,
      `mutation ($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: -1 }) { price { ghlId } } }`,
      `mutation ($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { name: " " }) { price { ghlId } } }`,
      `mutation ($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { currency: "dollars" }) { price { ghlId } } }`,
      `mutation ($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { totalCycles: 0 }) { price { ghlId } } }`,
    ];
    for (const query of cases) expectError(await stack.gqlUntyped(query, vars), 'BAD_USER_INPUT', ['updateProductPrice']);
    expectError(
      await stack.gqlUntyped(`mutation ($id: ID!) { deleteProductPrice(productId: $id, priceId: "x") { deletedGhlId } }`, { id: Buffer.from('Contact:x').toString('base64') }),
      'BAD_USER_INPUT',
      ['deleteProductPrice'],
    );
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
