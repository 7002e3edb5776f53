/**
 * An order's fulfillments, a payment recorded on it, and one subscription by id, end to end: the gateway over loopback HTTP
 * to the sandbox, answers checked against the sandbox's store, calls counted at the REST edge and
 * checked against GHL's file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

/** The calls this file is about: an order's fulfillments and payments, one subscription (the order reads are payments.test.ts's). */
const expectCallsMatchFile = () => {
  const ours = stack.sandbox.requests.entries.filter(
    (call) => call.path.endsWith('/fulfillments') || call.path.endsWith('/record-payment') || call.path.startsWith('/payments/subscriptions/'),
  );
  expect(ours.length).toBeGreaterThan(0);
  expect(checkCalls(ours).problems).toEqual([]);
};
const fulfillmentReads = () => stack.sandbox.requests.entries.filter((call) => call.method === 'GET' && call.path.endsWith('/fulfillments'));
const storedShipments = (orderId: string) =>
  stack.sandbox.store.fulfillmentsOfOrder(orderId).map((f) => ({ ghlId: f.id, items: f.items.map((i) => ({ priceId: i._id, qty: i.qty })) }));

const SHIP = graphql(`
  mutation PaymentsShipForList($id: ID!, $items: [FulfillmentItemInput!]!) {
    createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: "1Z1", shippingCarrier: "UPS" }] }) {
      fulfillment { ghlId }
      order { ghlId fulfillments { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier } } }
    }
  }
`);

describe('an order’s fulfillments', () => {
  it('lists what shipped, and a new shipment shows at once in the payload’s order', async () => {
    const order = stack.sandbox.store
      .ordersOfLocation(stack.locationId)
      .find((o) => o.fulfillmentStatus === 'unfulfilled' && o.status !== 'cancelled' && o.status !== 'refunded' && o.items.some((i) => i.qty >= 2))!;
    const line = order.items.find((i) => i.qty >= 2)!;
    const first = await stack.gql(SHIP, { id: order.id, items: [{ priceId: line.price._id, qty: 1 }] });
    expect(first.errors).toBeUndefined();
    const second = await stack.gql(SHIP, { id: order.id, items: [{ priceId: line.price._id, qty: 1 }] });
    expect(second.errors).toBeUndefined();
    const shipped = second.data.createOrderFulfillment.order!.fulfillments;
    expect(shipped.map(({ ghlId, items }) => ({ ghlId, items }))).toEqual(storedShipments(order.id));
    expect(shipped.map((f) => f.ghlId)).toEqual([first.data.createOrderFulfillment.fulfillment.ghlId, second.data.createOrderFulfillment.fulfillment.ghlId]);
    expect(shipped[1]!.trackings).toEqual([{ trackingNumber: '1Z1', shippingCarrier: 'UPS' }]);
    expectCallsMatchFile();
  });

  it('reads each order’s fulfillments once per request, however often they are asked for', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query PaymentsOrdersFulfillments($id: ID!) {
        orders(first: 10) { edges { node { ghlId fulfillments { ghlId items { priceId qty } } } } }
        order(id: $id) { ghlId fulfillments { ghlId } }
      }`),
      { id: stack.sandbox.store.ordersOfLocation(stack.locationId)[0]!.id },
    );
    expect(errors).toBeUndefined();
    const orders = data.orders!.edges.map((e) => e.node);
    for (const order of orders) expect(order.fulfillments).toEqual(storedShipments(order.ghlId));
    const distinct = new Set([...orders.map((o) => o.ghlId), data.order!.ghlId]);
    expect(fulfillmentReads()).toHaveLength(distinct.size);
    expectCallsMatchFile();
  });
});

describe('a payment recorded on an order', () => {
  const PAY = graphql(`mutation PaymentsRecordOrderPayment($id: ID!, $input: RecordOrderPaymentInput!) {
    recordOrderPayment(id: $id, input: $input) { success order { ghlId status } }
  }`);
  const unpaid = () =>
    stack.sandbox.store.ordersOfLocation(stack.locationId).filter((o) => o.paymentStatus === 'unpaid' && o.status !== 'cancelled' && o.status !== 'refunded');

  it('pays an order in part, then in full: it completes, as the sandbox stores it', async () => {
    const order = unpaid()[0]!;
    const part = await stack.gql(PAY, { id: order.id, input: { mode: 'CHEQUE', cheque: { number: '1042' }, amount: 1, partial: true, notes: 'deposit' } });
    expect(part.errors).toBeUndefined();
    expect(part.data.recordOrderPayment.success).toBe(true);
    expect(stack.sandbox.store.orders.get(order.id)!.paymentStatus).toBe('partially_paid');
    const rest = await stack.gql(PAY, { id: order.id, input: { mode: 'CARD', card: { brand: 'VISA', last4: '4242' } } });
    expect(rest.errors).toBeUndefined();
    expect(rest.data.recordOrderPayment.order).toEqual({ ghlId: order.id, status: 'COMPLETED' });
    expect(stack.sandbox.store.orders.get(order.id)).toMatchObject({ paymentStatus: 'paid', status: 'completed' });
    expectCallsMatchFile();
    // A paid order takes no more: GHL's refusal arrives as BAD_USER_INPUT.
    expectError(await stack.gql(PAY, { id: order.id, input: { mode: 'CASH' } }), 'BAD_USER_INPUT', ['recordOrderPayment']);
  });

  it('refuses bad input before any call', async () => {
    const id = unpaid()[0]!.id;
    stack.sandbox.requests.clear();
    for (const input of [
      { mode: 'CARD' as const },
      { mode: 'CASH' as const, card: { brand: 'VISA' as const, last4: '4242' } },
      { mode: 'CHEQUE' as const },
      { mode: 'CARD' as const, card: { brand: 'VISA' as const, last4: '42' } },
      { mode: 'CASH' as const, amount: 0 },
    ]) {
      expectError(await stack.gql(PAY, { id, input }), 'BAD_USER_INPUT', ['recordOrderPayment']);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('one subscription', () => {
  const READ = graphql(`query PaymentsSubscription($id: ID!) {
    paymentSubscription(id: $id) { id ghlId locationId status currency amount providerSubscriptionId paymentProvider sourceType
      contact { ghlId } order { ghlId } location { ghlId } }
  }`);

  it('reads it by GHL id and by global id, with its contact and the order that started it', async () => {
    const stored = stack.sandbox.store.subscriptionsOfLocation(stack.locationId)[0]!;
    const { data, errors } = await stack.gql(READ, { id: stored.id });
    expect(errors).toBeUndefined();
    expect(data.paymentSubscription).toMatchObject({
      ghlId: stored.id,
      locationId: stack.locationId,
      status: stored.status.toUpperCase(),
      currency: stored.currency,
      amount: stored.amount,
      providerSubscriptionId: stored.subscriptionId,
      paymentProvider: stored.paymentProviderType,
      sourceType: stored.entitySource.type,
      contact: { ghlId: stored.contactId },
      order: { ghlId: stored.entityId },
      location: { ghlId: stack.locationId },
    });
    expectCallsMatchFile();

    const again = await stack.gql(
      graphql(`query PaymentsSubscriptionNode($id: ID!) { node(id: $id) { id ... on PaymentSubscription { ghlId } } }`),
      { id: data.paymentSubscription!.id },
    );
    expect(again.data.node).toEqual({ id: data.paymentSubscription!.id, ghlId: stored.id });
  });

  it('answers NOT_FOUND for an unknown id, and refuses another type’s global id before any call', async () => {
    expectError(await stack.gql(READ, { id: 'noSuchSubscription' }), 'NOT_FOUND', ['paymentSubscription']);
    stack.sandbox.requests.clear();
    const { data } = await stack.gql(graphql(`query PaymentsAnOrderId { orders(first: 1) { edges { node { id } } } }`));
    stack.sandbox.requests.clear();
    expectError(await stack.gql(READ, { id: data.orders!.edges[0]!.node.id }), 'BAD_USER_INPUT', ['paymentSubscription']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
