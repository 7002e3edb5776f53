import type { LimitFunction } from 'p-limit';
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** GHL reads an invoice through its owner: the location (`altId`) as well as the invoice id. */
export interface InvoiceKey {
  locationId: string;
  id: string;
}

export const invoiceKey = (key: InvoiceKey) => `${key.locationId}/${key.id}`;

export function invoiceLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    invoice: perKey<InvoiceKey, GhlInvoice>(
      limit,
      ({ locationId, id }) =>
        ghl.call('getInvoice', { path: { invoiceId: id }, query: { altId: locationId, altType: 'location' } }),
      invoiceKey,
    ),
  };
}
