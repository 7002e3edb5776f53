import type { LimitFunction } from 'p-limit';
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import type { GhlSession } from '../ghl/client.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** GHL reads an invoice through its owner: the location (`altId`) as well as the invoice id. */
export function invoiceLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    invoice: perKey<LocatedKey, GhlInvoice>(
      limit,
      ({ locationId, id }) =>
        ghl.call('getInvoice', { path: { invoiceId: id }, location: locationId }),
      locatedKey,
    ),
  };
}
