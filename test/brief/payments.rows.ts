/** The brief's Payments examples: orders, their fulfillments, transactions and subscriptions. */
import { graphql } from '../generated/gql.ts';
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /payments/orders',
    operation: 'listOrders',
    run: (b) => b.gql(graphql(`query BriefPaymentsOrders { orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }`)),
  },
  {
    brief: 'GET /payments/orders/order123',
    operation: 'getOrder',
    run: async (b) => b.gql(graphql(`query BriefPaymentsOrder($id: ID!) { order(id: $id) { status items { name qty } } }`), { id: (await orderWaitingToShip(b)).id }),
  },
  {
    brief: 'POST /payments/orders/order123/fulfillments',
    operation: 'createOrderFulfillment',
    run: async (b) => {
      const order = await orderWaitingToShip(b);
      return b.gql(
        graphql(`mutation BriefPaymentsFulfil($id: ID!, $items: [FulfillmentItemInput!]!) {
          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: "40012345678", shippingCarrier: "FedEx" }], notifyCustomer: true }) {
            order { fulfillmentStatus } } }`),
        { id: order.id, items: order.items.map((item) => ({ priceId: item.priceId, qty: item.qty })) },
      );
    },
  },
  {
    brief: 'GET /payments/transactions',
    operation: 'listTransactions',
    run: (b) => b.gql(graphql(`query BriefPaymentsTransactions { transactions(first: 20) { totalCount edges { node { amount status } } } }`)),
  },
  {
    brief: 'GET /payments/transactions/txn123',
    operation: 'getTransaction',
    run: async (b) => {
      const data = await b.gql(graphql(`query BriefPaymentsFirstTransaction { transactions(first: 1) { edges { node { id } } } }`));
      const [first] = data.transactions!.edges;
      if (!first) throw new Error('the sandbox seeds no transaction');
      return b.gql(graphql(`query BriefPaymentsTransaction($id: ID!) { transaction(id: $id) { amount currency } }`), { id: first.node.id });
    },
  },
  {
    brief: 'GET /payments/subscriptions',
    operation: 'listSubscriptions',
    run: (b) => b.gql(graphql(`query BriefPaymentsSubscriptions { paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }`)),
  },
];

/** A seeded paid order with nothing shipped yet, and its lines. */
async function orderWaitingToShip(b: BriefContext): Promise<{ id: string; items: { priceId: string; qty: number }[] }> {
  const data = await b.gql(graphql(`query BriefPaymentsCompletedOrders { orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }`));
  const waiting = data.orders!.edges.map((e) => e.node).find((order) => order.fulfillmentStatus === 'UNFULFILLED');
  if (!waiting) throw new Error('the sandbox seeds no paid order waiting to ship');
  const { id } = waiting;
  const order = await b.gql(graphql(`query BriefPaymentsOrderItems($id: ID!) { order(id: $id) { items { priceId qty } } }`), { id });
  const items = (order.order?.items ?? []).map(({ priceId, qty }) => {
    if (priceId === null || qty === null) throw new Error(`order ${id} has a line without a price or a quantity`);
    return { priceId, qty };
  });
  return { id, items };
}
