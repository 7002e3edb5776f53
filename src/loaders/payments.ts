import type { LimitFunction } from 'p-limit';
import type { GhlFulfillment, GhlOrder, GhlOrderNote, GhlSubscription, GhlTransaction } from '../ghl/api/payments.ts';
import type { GhlSession } from '../ghl/client.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** GHL reads an order, its fulfillments and notes, a transaction or a subscription through its owner (`altId`) as well as its id. */
export function paymentLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    order: perKey<LocatedKey, GhlOrder>(
      limit,
      ({ locationId, id }) => ghl.call('getOrder', { path: { orderId: id }, location: locationId }),
      locatedKey,
    ),
    /** An order's fulfillments, by the order's key. */
    orderFulfillments: perKey<LocatedKey, GhlFulfillment[]>(
      limit,
      async ({ locationId, id }) => (await ghl.call('listOrderFulfillments', { path: { orderId: id }, location: locationId })).data,
      locatedKey,
    ),
    /** An order's notes, by the order's key. */
    orderNotes: perKey<LocatedKey, GhlOrderNote[]>(
      limit,
      async ({ locationId, id }) => (await ghl.call('listOrderNotes', { path: { orderId: id }, location: locationId })).data,
      locatedKey,
    ),
    subscription: perKey<LocatedKey, GhlSubscription>(
      limit,
      ({ locationId, id }) => ghl.call('getSubscription', { path: { subscriptionId: id }, location: locationId }),
      locatedKey,
    ),
    transaction: perKey<LocatedKey, GhlTransaction>(
      limit,
      ({ locationId, id }) =>
        ghl.call('getTransaction', { path: { transactionId: id }, location: locationId }),
      locatedKey,
    ),
  };
}
