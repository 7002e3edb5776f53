import type { LimitFunction } from 'p-limit';
import type { GhlOrder, GhlTransaction } from '../ghl/api/payments.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** GHL reads an order or a transaction through its owner (`altId`) as well as its id. */
export interface PaymentKey {
  locationId: string;
  id: string;
}

const paymentKey = (key: PaymentKey) => `${key.locationId}/${key.id}`;

export function paymentLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    order: perKey<PaymentKey, GhlOrder>(
      limit,
      ({ locationId, id }) => ghl.call('getOrder', { path: { orderId: id }, query: { altId: locationId, altType: 'location' } }),
      paymentKey,
    ),
    transaction: perKey<PaymentKey, GhlTransaction>(
      limit,
      ({ locationId, id }) =>
        ghl.call('getTransaction', { path: { transactionId: id }, query: { altId: locationId, altType: 'location' } }),
      paymentKey,
    ),
  };
}
