import type { LimitFunction } from 'p-limit';
import type { GhlOrder, GhlTransaction } from '../ghl/api/payments.ts';
import type { GhlSession } from '../ghl/client.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** GHL reads an order or a transaction through its owner (`altId`) as well as its id. */
export function paymentLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    order: perKey<LocatedKey, GhlOrder>(
      limit,
      ({ locationId, id }) => ghl.call('getOrder', { path: { orderId: id }, location: locationId }),
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
