/** The brief's Payments examples: orders, their fulfillments, transactions and subscriptions. */
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /payments/orders',
    operation: 'listOrders',
    run: (b) => b.gql(`{ orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }`),
  },
  {
    brief: 'GET /payments/orders/order123',
    operation: 'getOrder',
    run: async (b) => b.gql(`query ($id: ID!) { order(id: $id) { status items { name qty } } }`, { id: (await orderWaitingToShip(b)).id }),
  },
  {
    brief: 'POST /payments/orders/order123/fulfillments',
    operation: 'createOrderFulfillment',
    run: async (b) => {
      const order = await orderWaitingToShip(b);
      return b.gql(
        `mutation ($id: ID!, $items: [FulfillmentItemInput!]!) {
          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: "40012345678", shippingCarrier: "FedEx" }], notifyCustomer: true }) {
            order { fulfillmentStatus } } }`,
        { id: order.id, items: order.items.map((item) => ({ priceId: item.priceId, qty: item.qty })) },
      );
    },
  },
  {
    brief: 'GET /payments/transactions',
    operation: 'listTransactions',
    run: (b) => b.gql(`{ transactions(first: 20) { totalCount edges { node { amount status } } } }`),
  },
  {
    brief: 'GET /payments/transactions/txn123',
    operation: 'getTransaction',
    run: async (b) => {
      const data = await b.gql(`{ transactions(first: 1) { edges { node { id } } } }`);
      return b.gql(`query ($id: ID!) { transaction(id: $id) { amount currency } }`, { id: data.transactions.edges[0].node.id });
    },
  },
  {
    brief: 'GET /payments/subscriptions',
    operation: 'listSubscriptions',
    run: (b) => b.gql(`{ paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }`),
  },
];

/** A seeded paid order with nothing shipped yet, and its lines. */
async function orderWaitingToShip(b: BriefContext): Promise<{ id: string; items: { priceId: string; qty: number }[] }> {
  const data = await b.gql(`{ orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }`);
  const { id } = data.orders.edges.map((e: any) => e.node).find((order: any) => order.fulfillmentStatus === 'UNFULFILLED');
  const order = await b.gql(`query ($id: ID!) { order(id: $id) { items { priceId qty } } }`, { id });
  return { id, items: order.order.items };
}
