/** Products and their prices, end to end: the gateway over loopback HTTP to the sandbox, state checked through REST. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { invoiceBody, priceBody, productBody } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { CreatePriceInput } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';
import { expectError } from './support/expect-error.ts';

/** Products, prices and invoices as GHL answers them (ids as `_id`). */
type ProductBody = ReturnType<typeof productBody>;
type PriceBody = ReturnType<typeof priceBody>;
type InvoiceBody = ReturnType<typeof invoiceBody>;

let receiver: WebhookReceiver;
let webhooks: Record<string, unknown>[];
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  webhooks = receiver.received;
});
afterAll(() => receiver.close());
// The receiver's URL is known once the beforeAll above has started it.
const stack = useStack(() => ({ sandbox: { webhooks: { urls: [receiver.url], retryBaseMs: 20 } } }));
beforeEach(() => {
  stack.sandbox.requests.clear();
});

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const restProducts = async () =>
  (await rest<{ products: ProductBody[]; total: { total: number }[] }>('GET', `/products/?locationId=${stack.locationId}`)).body;
const restPrices = async (productId: string) =>
  (await rest<{ prices: PriceBody[]; total: number }>('GET', `/products/${productId}/price?locationId=${stack.locationId}`)).body;
const calls = (method: string, path: RegExp) => stack.sandbox.requests.count({ method, path });

/** The webhooks a change sent, once the sandbox has delivered them. */
async function sentBy(change: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const from = webhooks.length;
  await change();
  await stack.sandbox.webhooks.idle();
  return webhooks.slice(from);
}


describe('reading products', () => {
  it('lists a location’s products as a connection, with the total GHL reports as [{ total }]', async () => {
    const stored = await restProducts();
    expect(stored.products.length).toBeGreaterThan(3);
    const { data, errors } = await stack.gql(
      graphql(`query ProductsFirstThree { products(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ghlId name productType } } } }`),
    );
    expect(errors).toBeUndefined();
    const products = data.products!;
    expect(products.totalCount).toBe(stored.total[0]!.total);
    expect(products.pageInfo.hasNextPage).toBe(true);
    expect(products.edges.map((e) => e.node.ghlId)).toEqual(stored.products.slice(0, 3).map((p) => p._id));
    expect(products.edges[0]!.node.productType).toBe(stored.products[0]!.productType.replace('/', '_'));
  });

  it('serves Location.products, searchable by name', async () => {
    const stored = await restProducts();
    const name = stored.products[1]!.name;
    const { data, errors } = await stack.gql(
      graphql(`query ProductsOfLocation($search: String) { location { all: products(first: 100) { totalCount } found: products(first: 100, query: $search) { edges { node { name } } } } }`),
      { search: name.slice(0, 6).toLowerCase() },
    );
    expect(errors).toBeUndefined();
    expect(data.location!.all!.totalCount).toBe(stored.products.length);
    const expected = stored.products.filter((p) => p.name.toLowerCase().includes(name.slice(0, 6).toLowerCase())).map((p) => p.name);
    expect(data.location!.found!.edges.map((e) => e.node.name)).toEqual(expected);
  });

  it('reads one product by GHL id, by global id and through node(id)', async () => {
    const first = (await restProducts()).products[0]!;
    const byGhlId = await stack.gql(graphql(`query ProductsByGhlId($id: ID!) { product(id: $id) { id ghlId name locationId } }`), { id: first._id });
    expect(byGhlId.errors).toBeUndefined();
    expect(byGhlId.data.product).toMatchObject({ ghlId: first._id, name: first.name, locationId: stack.locationId });
    const globalId = byGhlId.data.product!.id;
    const again = await stack.gql(
      graphql(`query ProductsByGlobalIdAndNode($id: ID!) { product(id: $id) { ghlId } node(id: $id) { ... on Product { ghlId } } }`),
      { id: globalId },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ product: { ghlId: first._id }, node: { ghlId: first._id } });
  });

  it('answers NOT_FOUND for a product that does not exist', async () => {
    expectError(await stack.gql(graphql(`query ProductsMissing { product(id: "nope") { ghlId } }`)), 'NOT_FOUND');
  });

  it('reads Product.prices with one GHL call per product, however often the query asks', async () => {
    const stored = await restProducts();
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(
      graphql(`query ProductsWithPrices { products(first: 50) { edges { node { ghlId prices { ghlId name amount currency type recurring { interval intervalCount } } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(calls('GET', /^\/products\/?$/)).toBe(1);
    expect(calls('GET', /\/price$/)).toBe(stored.products.length);
    const edges = data.products!.edges;
    for (const edge of edges) {
      const prices = (await restPrices(edge.node.ghlId)).prices;
      expect(edge.node.prices.map((p) => [p.ghlId, p.amount, p.currency])).toEqual(prices.map((p) => [p._id, p.amount, p.currency]));
    }
    const plan = edges.flatMap((e) => e.node.prices).find((p) => p.type === 'RECURRING');
    expect(plan?.recurring).toEqual({ interval: 'MONTH', intervalCount: 1 });

    stack.sandbox.requests.clear();
    const id = stored.products[0]!._id;
    const twice = await stack.gql(
      graphql(`query ProductsPricesTwice($id: ID!) { a: product(id: $id) { prices { ghlId } } b: product(id: $id) { prices { amount } } }`),
      { id },
    );
    expect(twice.errors).toBeUndefined();
    expect(calls('GET', /\/price$/)).toBe(1);
    expect(calls('GET', /^\/products\/[^/]+$/)).toBe(1);
  });

  it('holds the products and prices the seeded invoices bill for', async () => {
    const { invoices } = (await rest<{ invoices: InvoiceBody[] }>('GET', `/invoices/?altId=${stack.locationId}&altType=location&limit=5&offset=0`)).body;
    const item = invoices[0]!.invoiceItems[0]!;
    const { data, errors } = await stack.gql(graphql(`query ProductsBilled($id: ID!) { product(id: $id) { name prices { ghlId amount } } }`), { id: item.productId! });
    expect(errors).toBeUndefined();
    expect(data.product!.name).toBe(item.name);
    expect(data.product!.prices).toContainEqual({ ghlId: item.priceId, amount: item.amount });
  });
});

describe('writing products', () => {
  it('creates, updates, prices and deletes a product, sending GHL’s webhooks', async () => {
    let id = '';
    const [created] = await sentBy(async () => {
      const response = await stack.gql(
        graphql(`mutation ProductsCreateGiftCard { createProduct(input: { name: "Gift Card", productType: DIGITAL, description: "Any amount", availableInStore: true }) {
          product { id ghlId name productType description availableInStore prices { ghlId } } } }`),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.createProduct.product).toMatchObject({ name: 'Gift Card', productType: 'DIGITAL', description: 'Any amount', availableInStore: true, prices: [] });
      id = response.data.createProduct.product.ghlId;
    });
    expect(created).toMatchObject({ type: 'ProductCreate', locationId: stack.locationId, _id: id, name: 'Gift Card', productType: 'DIGITAL' });
    expect(stack.sandbox.store.products.get(id)).toMatchObject({ name: 'Gift Card', locationId: stack.locationId });

    const [updated] = await sentBy(async () => {
      const response = await stack.gql(
        graphql(`mutation ProductsRename($id: ID!) { updateProduct(id: $id, input: { name: "E-Gift Card" }) { product { name description productType } } }`),
        { id },
      );
      expect(response.errors).toBeUndefined();
      // GHL's update replaces the product: what the input left out is sent as it was.
      expect(response.data.updateProduct.product).toEqual({ name: 'E-Gift Card', description: 'Any amount', productType: 'DIGITAL' });
    });
    expect(updated).toMatchObject({ type: 'ProductUpdate', _id: id, name: 'E-Gift Card' });

    const [priced] = await sentBy(async () => {
      const response = await stack.gql(
        graphql(`mutation ProductsCreateMonthlyPrice($id: ID!) { createProductPrice(id: $id, input: { name: "Monthly", type: RECURRING, currency: "EUR", amount: 25.5, recurring: { interval: MONTH, intervalCount: 1 } }) {
          price { ghlId productId name type amount currency recurring { interval intervalCount } } product { ghlId prices { name } } } }`),
        { id },
      );
      expect(response.errors).toBeUndefined();
      const { price, product } = response.data.createProductPrice;
      expect(price).toMatchObject({ productId: id, name: 'Monthly', type: 'RECURRING', amount: 25.5, currency: 'EUR', recurring: { interval: 'MONTH', intervalCount: 1 } });
      // The payload's product reads its prices after the change.
      expect(product).toEqual({ ghlId: id, prices: [{ name: 'Monthly' }] });
    });
    expect(priced).toMatchObject({ type: 'PriceCreate', locationId: stack.locationId, product: id, priceType: 'recurring', amount: 25.5 });

    const [deleted] = await sentBy(async () => {
      const response = await stack.gql(graphql(`mutation ProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }`), { id });
      expect(response.errors).toBeUndefined();
      expect(response.data.deleteProduct.deletedGhlId).toBe(id);
    });
    expect(deleted).toMatchObject({ type: 'ProductDelete', _id: id });
    expect(stack.sandbox.store.products.has(id)).toBe(false);
    expect(stack.sandbox.store.pricesOfProduct(id)).toEqual([]);
  });

  it('refuses bad input with BAD_USER_INPUT before any GHL call', async () => {
    const product = (await restProducts()).products[0]!;
    stack.sandbox.requests.clear();
    const price = (input: Omit<CreatePriceInput, 'name'>) =>
      stack.gql(graphql(`mutation ProductsCreateRefusedPrice($id: ID!, $input: CreatePriceInput!) { createProductPrice(id: $id, input: $input) { price { ghlId } } }`), {
        id: product._id,
        input: { name: 'X', ...input },
      });
    expectError(await price({ type: 'ONE_TIME', currency: 'USD', amount: -1 }), 'BAD_USER_INPUT');
    expectError(await price({ type: 'ONE_TIME', currency: 'usd', amount: 1 }), 'BAD_USER_INPUT');
    expectError(await price({ type: 'RECURRING', currency: 'USD', amount: 1 }), 'BAD_USER_INPUT');
    expectError(await price({ type: 'ONE_TIME', currency: 'USD', amount: 1, recurring: { interval: 'DAY', intervalCount: 1 } }), 'BAD_USER_INPUT');
    expectError(await price({ type: 'RECURRING', currency: 'USD', amount: 1, recurring: { interval: 'DAY', intervalCount: 0 } }), 'BAD_USER_INPUT');
    const create = graphql(`mutation ProductsCreateRefused($input: CreateProductInput!) { createProduct(input: $input) { product { ghlId } } }`);
    expectError(await stack.gql(create, { input: { name: '  ', productType: 'SERVICE' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(create, { input: { name: 'A', productType: 'SERVICE', image: 'not a url' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(graphql(`query ProductsNone { products(first: 0) { totalCount } }`)), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.count()).toBe(0);
  });

  it('keeps another location’s product out of reach', async () => {
    const { body } = await ghlRest<{ products: ProductBody[] }>(stack.sandbox, stack.otherToken, 'GET', `/products/?locationId=${stack.otherLocationId}`);
    const response = await stack.gql(graphql(`query ProductsOfOtherLocation($id: ID!, $loc: ID!) { product(id: $id, locationId: $loc) { ghlId } }`), {
      id: body.products[0]!._id,
      loc: stack.otherLocationId,
    });
    expectError(response, 'FORBIDDEN');
  });
});
