import type { LimitFunction } from 'p-limit';
import type { GhlEstimateTemplate } from '../ghl/api/estimate-templates.ts';
import type { GhlInvoiceSchedule } from '../ghl/api/invoice-schedules.ts';
import type { GhlInvoiceTemplate } from '../ghl/api/invoice-templates.ts';
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import type { GhlSession } from '../ghl/client.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

/** GHL reads an invoice, an invoice schedule, an invoice or estimate template through its owner: the location (`altId`) as well as its id. */
export function invoiceLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    invoice: perKey<LocatedKey, GhlInvoice>(
      limit,
      ({ locationId, id }) =>
        ghl.call('getInvoice', { path: { invoiceId: id }, location: locationId }),
      locatedKey,
    ),
    invoiceSchedule: perKey<LocatedKey, GhlInvoiceSchedule>(
      limit,
      ({ locationId, id }) => ghl.call('getInvoiceSchedule', { path: { scheduleId: id }, location: locationId }),
      locatedKey,
    ),
    invoiceTemplate: perKey<LocatedKey, GhlInvoiceTemplate>(
      limit,
      ({ locationId, id }) => ghl.call('getInvoiceTemplate', { path: { templateId: id }, location: locationId }),
      locatedKey,
    ),
    /** GHL's preview is its read of one estimate template. */
    estimateTemplate: perKey<LocatedKey, GhlEstimateTemplate>(
      limit,
      ({ locationId, id }) => ghl.call('previewEstimateTemplate', { location: locationId, query: { templateId: id } }),
      locatedKey,
    ),
  };
}
