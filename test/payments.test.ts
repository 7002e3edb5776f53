/** Orders, fulfillments, transactions and subscriptions, end to end: the gateway over loopback HTTP to the sandbox. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { OrdersAfterQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';
import { expectError } from './support/expect-error.ts';

/** The fields of GHL's OrderStatusUpdate webhook these tests read. */
interface OrderWebhook {
  type: string;
  _id: string;
  fulfillmentStatus: string;
}

let receiver: WebhookReceiver<OrderWebhook>;
let webhooks: OrderWebhook[];
beforeAll(async () => {
  receiver = await startWebhookReceiver<OrderWebhook>();
  webhooks = receiver.received;
});
afterAll(() => receiver.close());
const stack = useStack(() => ({ sandbox: { webhooks: { urls: [receiver.url], retryBaseMs: 20 } } }));
beforeEach(() => {
  stack.sandbox.requests.clear();
});

/** The parts of GHL's payment records these tests read; GHL names their ids `_id`. */
interface RestOrder {
  _id: string;
  status: string;
  amount: number;
  subtotal: number;
  sourceType: string;
  sourceId: string;
  contactId: string;
  contactName: string;
  contactEmail: string;
  fulfillmentStatus: string;
}
interface RestTransaction {
  _id: string;
  contactId: string;
  amount: number;
}
interface RestSubscription {
  _id: string;
  status: string;
  contactName: string;
}
interface ErrorBody {
  statusCode: number;
  message: string | string[];
}

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const owner = () => `altId=${stack.locationId}&altType=location`;
const restList = async <T>(path: string, query = '') =>
  (await rest<{ data: T[]; totalCount: number }>('GET', `${path}?${owner()}&limit=100${query}`)).body;
const calls = (method: string, path: RegExp) => stack.sandbox.requests.count({ method, path });


describe('orders', () => {
  it('lists a location’s orders, newest first, with GHL’s totalCount', async () => {
    const stored = await restList<RestOrder>('/payments/orders');
    const { data, errors } = await stack.gql(
      graphql(`query FirstOrders { orders(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status amount currency subtotal source { type ghlId } totalProducts } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.orders!.totalCount).toBe(stored.totalCount);
    expect(data.orders!.pageInfo.hasNextPage).toBe(stored.totalCount > 5);
    const nodes = data.orders!.edges.map((e) => e.node);
    expect(nodes.map((n) => n.ghlId)).toEqual(stored.data.slice(0, 5).map((o) => o._id));
    const newest = stored.data[0]!;
    expect(nodes[0]).toMatchObject({
      status: newest.status.toUpperCase(),
      amount: newest.amount,
      currency: 'USD',
      subtotal: newest.subtotal,
      source: { type: newest.sourceType, ghlId: newest.sourceId },
    });
  });

  it('pages through every order with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount: number | null = 0;
    for (let page = 0; page < 50; page++) {
      const { data, errors } = await stack.gql(
        graphql(`query OrdersAfter($after: String) { orders(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }`),
        { after },
      );
      expect(errors).toBeUndefined();
      // Annotated: `after` comes from the previous page, a loop TypeScript cannot infer around.
      const orders: NonNullable<OrdersAfterQuery['orders']> = data.orders!;
      totalCount = orders.totalCount;
      seen.push(...orders.edges.map((e) => e.node.ghlId));
      if (!orders.pageInfo.hasNextPage) break;
      after = orders.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThan(9);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('filters by status, payment status and contact, as GHL does', async () => {
    const completed = await restList<RestOrder>('/payments/orders', '&status=completed');
    const unpaid = await restList<RestOrder>('/payments/orders', '&paymentStatus=unpaid');
    const contactId = completed.data[0]!.contactId;
    const ofContact = await restList<RestOrder>('/payments/orders', `&contactId=${contactId}`);
    expect(completed.totalCount).toBeGreaterThan(0);
    expect(unpaid.totalCount).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query OrdersByFilter($c: ID!) {
        completed: orders(status: COMPLETED, first: 100) { totalCount edges { node { ghlId status } } }
        unpaid: orders(paymentStatus: UNPAID, first: 100) { totalCount }
        mine: orders(contactId: $c, first: 100) { edges { node { ghlId contactId } } }
      }`),
      { c: contactId },
    );
    expect(errors).toBeUndefined();
    expect(data.completed!.totalCount).toBe(completed.totalCount);
    expect(data.completed!.edges.every((e) => e.node.status === 'COMPLETED')).toBe(true);
    expect(data.unpaid!.totalCount).toBe(unpaid.totalCount);
    expect(data.mine!.edges.map((e) => e.node.ghlId)).toEqual(ofContact.data.map((o) => o._id));
  });

  it('reads one order with its lines, by GHL id and through node(id)', async () => {
    const listed = (await restList<RestOrder>('/payments/orders')).data[0]!;
    const { data, errors } = await stack.gql(
      graphql(`query OrderLines($id: ID!) { order(id: $id) { id ghlId items { name qty priceId productId unitAmount } contactId } }`),
      { id: listed._id },
    );
    expect(errors).toBeUndefined();
    const stored = stack.sandbox.store.orders.get(listed._id)!;
    expect(data.order!.items).toEqual(
      stored.items.map((item) => ({ name: item.name, qty: item.qty, priceId: item.price._id, productId: item.product._id, unitAmount: item.price.amount })),
    );
    const node = await stack.gql(graphql(`query OrderNode($id: ID!) { node(id: $id) { ... on Order { ghlId } } }`), { id: data.order!.id });
    expect(node.data.node).toEqual({ ghlId: listed._id });
  });

  it('answers Order.contact from the list’s embedded name and email, and fetches each contact once for more', async () => {
    const stored = await restList<RestOrder>('/payments/orders', '&limit=20');
    const page = stored.data.slice(0, 20);
    const distinct = new Set(page.map((o) => o.contactId));
    expect(distinct.size).toBeLessThan(page.length);

    stack.sandbox.requests.clear();
    const embedded = await stack.gql(graphql(`query OrderContactsEmbedded { orders(first: 20) { edges { node { contact { ghlId name email } } } } }`));
    expect(embedded.errors).toBeUndefined();
    expect(embedded.data.orders!.edges.map((e) => e.node.contact)).toEqual(
      page.map((o) => ({ ghlId: o.contactId, name: o.contactName, email: o.contactEmail })),
    );
    expect(calls('GET', /^\/contacts\//)).toBe(0);

    stack.sandbox.requests.clear();
    const full = await stack.gql(graphql(`query OrderContactsFetched { orders(first: 20) { edges { node { contact { name phone } } } } }`));
    expect(full.errors).toBeUndefined();
    expect(calls('GET', /^\/contacts\//)).toBe(distinct.size);
    const phones = full.data.orders!.edges.map((e) => e.node.contact?.phone);
    expect(phones).toEqual(page.map((o) => stack.sandbox.store.contacts.get(o.contactId)!.phone ?? null));
  });

  it('fulfils an order in two shipments, its status following and OrderStatusUpdate sent', async () => {
    const units = (orderId: string) => stack.sandbox.store.orders.get(orderId)!.items.reduce((sum, item) => sum + item.qty, 0);
    const waiting = (await restList<RestOrder>('/payments/orders', '&status=completed')).data.find(
      (o) => o.fulfillmentStatus === 'unfulfilled' && units(o._id) > 1,
    );
    if (!waiting) expect.unreachable('a seeded paid order waiting to ship more than one unit');
    // One unit first, then everything else.
    const [first, ...others] = stack.sandbox.store.orders.get(waiting._id)!.items;
    const firstShipment = [{ priceId: first!.price._id, qty: 1 }];
    const secondShipment = [
      ...(first!.qty > 1 ? [{ priceId: first!.price._id, qty: first!.qty - 1 }] : []),
      ...others.map((item) => ({ priceId: item.price._id, qty: item.qty })),
    ];
    const ship = (items: { priceId: string; qty: number }[]) =>
      stack.gql(
        graphql(`mutation ShipOrder($id: ID!, $items: [FulfillmentItemInput!]!) {
          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: "1Z999", shippingCarrier: "UPS", trackingUrl: "https://ups.example/1Z999" }] }) {
            fulfillment { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier trackingUrl } }
            order { ghlId fulfillmentStatus }
          } }`),
        { id: waiting._id, items },
      );

    const from = webhooks.length;
    const one = await ship(firstShipment);
    expect(one.errors).toBeUndefined();
    expect(one.data.createOrderFulfillment.fulfillment).toMatchObject({
      items: firstShipment,
      trackings: [{ trackingNumber: '1Z999', shippingCarrier: 'UPS', trackingUrl: 'https://ups.example/1Z999' }],
    });
    expect(one.data.createOrderFulfillment.order!.fulfillmentStatus).toBe('PARTIALLY_FULFILLED');
    const two = await ship(secondShipment);
    expect(two.errors).toBeUndefined();
    expect(two.data.createOrderFulfillment.order!.fulfillmentStatus).toBe('FULFILLED');

    await stack.sandbox.webhooks.idle();
    const sent = webhooks.slice(from).filter((w) => w.type === 'OrderStatusUpdate' && w._id === waiting._id);
    expect(sent.map((w) => w.fulfillmentStatus)).toEqual(['partially_fulfilled', 'fulfilled']);
    expect(sent[0]).toMatchObject({ locationId: stack.locationId, altId: stack.locationId, contactId: waiting.contactId });

    // Nothing is left to ship: GHL refuses more.
    expectError(await ship(firstShipment), 'BAD_USER_INPUT');
  });

  it('refuses bad input with BAD_USER_INPUT before any GHL call', async () => {
    const mutation = (items: string) =>
      stack.gqlUntyped(`mutation { createOrderFulfillment(id: "someOrder", input: { items: ${items}, trackings: [] }) { order { ghlId } } }`);
    expectError(await mutation(`[]`), 'BAD_USER_INPUT');
    expectError(await mutation(`[{ priceId: "p", qty: 0 }]`), 'BAD_USER_INPUT');
    expectError(await stack.gql(graphql(`query OrdersBackwards { orders(startAt: "2025-05-02", endAt: "2025-05-01") { totalCount } }`)), 'BAD_USER_INPUT');
    expectError(await stack.gql(graphql(`query TooManyOrders { orders(first: 101) { totalCount } }`)), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.count()).toBe(0);
  });
});

describe('transactions', () => {
  it('lists and reads transactions, each linked to its order, and to the invoice it settled', async () => {
    const stored = await restList<RestTransaction>('/payments/transactions');
    const { data, errors } = await stack.gql(
      graphql(`query Transactions { transactions(first: 50) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.transactions!.totalCount).toBe(stored.totalCount);
    const nodes = data.transactions!.edges.map((e) => e.node);
    expect(nodes.map((n) => n.ghlId)).toEqual(stored.data.map((t) => t._id));
    for (const node of nodes.slice(0, 5)) {
      expect(node.order?.ghlId).toBe(stack.sandbox.store.transactions.get(node.ghlId)!.entityId);
    }

    const ofInvoice = [...stack.sandbox.store.transactions.values()].find((t) => t.altId === stack.locationId && t.invoiceId)!;
    const one = await stack.gql(
      graphql(`query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }`),
      { id: ofInvoice.id },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data.transaction).toMatchObject({ ghlId: ofInvoice.id, invoiceId: ofInvoice.invoiceId, amount: ofInvoice.amount, contact: { ghlId: ofInvoice.contactId } });
    const invoice = stack.sandbox.store.invoices.get(ofInvoice.invoiceId!)!;
    expect(invoice.amountPaid).toBe(ofInvoice.amount);
  });

  it('reads a single transaction’s contact from the contacts API, once', async () => {
    const listed = (await restList<RestTransaction>('/payments/transactions')).data[0]!;
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(
      graphql(`query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }`),
      { id: listed._id },
    );
    expect(errors).toBeUndefined();
    expect(data.a!.contact?.name).toBe(stack.sandbox.store.contacts.get(listed.contactId)!.name);
    expect(calls('GET', /^\/payments\/transactions\//)).toBe(1);
    expect(calls('GET', /^\/contacts\//)).toBe(1);
  });

  it('answers NOT_FOUND for a transaction that does not exist', async () => {
    expectError(await stack.gql(graphql(`query UnknownTransaction { transaction(id: "nope") { ghlId } }`)), 'NOT_FOUND');
  });
});

describe('subscriptions', () => {
  it('lists a location’s subscriptions, and the charges of one through transactions(subscriptionId:)', async () => {
    const stored = await restList<RestSubscription>('/payments/subscriptions');
    expect(stored.totalCount).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.paymentSubscriptions!.totalCount).toBe(stored.totalCount);
    const nodes = data.paymentSubscriptions!.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.ghlId, n.status])).toEqual(stored.data.map((s) => [s._id, s.status.toUpperCase()]));
    expect(nodes.map((n) => n.contact?.name)).toEqual(stored.data.map((s) => s.contactName));

    const charges = await stack.gql(graphql(`query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }`), {
      s: nodes[0]!.providerSubscriptionId,
    });
    expect(charges.errors).toBeUndefined();
    expect(charges.data.transactions!.totalCount).toBeGreaterThan(0);
    expect(charges.data.transactions!.edges.every((e) => e.node.amount === nodes[0]!.amount)).toBe(true);
  });
});

describe('the sandbox’s payments and products API, as GHL answers', () => {
  const raw = async <T = unknown>(path: string, init: { method?: string; token?: string; version?: string | null; body?: unknown } = {}) => {
    const response = await fetch(`${stack.sandbox.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${init.token ?? stack.token}`,
        ...(init.version === null ? {} : { version: init.version ?? '2021-07-28' }),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const agencyToken = () => Object.values(stack.sandbox.tokens.agency)[0]!;

  it('takes location tokens only for payments, and agency tokens as well for products', async () => {
    expect((await raw(`/payments/orders?${owner()}`, { token: agencyToken() })).status).toBe(401);
    expect((await raw(`/products/?locationId=${stack.locationId}`, { token: agencyToken() })).status).toBe(200);
  });

  it('refuses a missing Version, another location, and unknown records with GHL’s error bodies', async () => {
    expect((await raw(`/payments/transactions?${owner()}`, { version: null })).status).toBe(400);
    const other = await raw(`/payments/orders?altId=${stack.otherLocationId}&altType=location`);
    expect(other).toMatchObject({ status: 403, body: { statusCode: 403 } });
    expect(await raw(`/payments/orders/nope?${owner()}`)).toEqual({
      status: 404,
      body: { statusCode: 404, message: 'Order not found', error: 'Not Found' },
    });
    expect((await raw(`/products/nope?locationId=${stack.locationId}`)).status).toBe(404);
  });

  it('answers 422 with every problem of an invalid body', async () => {
    const order = (await restList<RestOrder>('/payments/orders')).data[0]!;
    const fulfillment = await raw<ErrorBody>(`/payments/orders/${order._id}/fulfillments`, {
      method: 'POST',
      body: { altId: stack.locationId, altType: 'location', items: [{ priceId: 'p', qty: 0 }], surprise: true },
    });
    expect(fulfillment.status).toBe(422);
    expect(fulfillment.body.message).toEqual(
      expect.arrayContaining(['trackings should not be empty', 'items.0.qty must not be less than 1', 'notifyCustomer should not be empty', 'property surprise should not exist']),
    );
    const product = await raw<ErrorBody>('/products/', { method: 'POST', body: { name: 'X', locationId: stack.locationId, productType: 'FOOD' } });
    expect(product.status).toBe(422);
    expect(product.body.message).toEqual(['productType must be one of the following values: DIGITAL, PHYSICAL, SERVICE, PHYSICAL/DIGITAL']);
  });

  it('seeds orders and charges for the invoices paid, under their ids', async () => {
    const paid = stack.sandbox.store.invoicesOfLocation(stack.locationId).filter((invoice) => invoice.amountPaid > 0);
    expect(paid.length).toBeGreaterThan(0);
    // A few of them: each costs two calls of the location's rate limit.
    for (const invoice of paid.slice(0, 5)) {
      const { data } = await restList<RestOrder>('/payments/orders', `&sourceId=${invoice.id}`);
      expect(data).toHaveLength(1);
      expect(data[0]!).toMatchObject({ sourceType: 'invoice', contactId: invoice.contactDetails.id, amount: invoice.total });
      const charges = await restList<RestTransaction>('/payments/transactions', `&entityId=${data[0]!._id}`);
      expect(charges.data.map((charge) => charge.amount)).toEqual([invoice.amountPaid]);
    }
  });
});
