/**
 * Seeds each location's estimates: a dozen offers made before its invoices' lines, to contacts it
 * bills, in every status; the invoiced ones point at an invoice of the same contact. Numbered in
 * order of creation from GHL's first estimate number. From a stream of its own.
 */
import { invoiceTotals } from '../model/invoice-totals.ts';
import { FIRST_ESTIMATE_NUMBER } from '../model/estimates.ts';
import type { Estimate, EstimateStatus } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS } from './time.ts';

const ESTIMATES_PER_LOCATION = 12;
const STATUSES: EstimateStatus[] = ['draft', 'sent', 'viewed', 'accepted', 'declined', 'invoiced'];

export function seedEstimates(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'estimates');
  for (const location of store.locations.values()) {
    const invoices = store.invoicesOfLocation(location.id);
    if (invoices.length === 0) continue;
    const offers = random.sample(invoices, Math.min(ESTIMATES_PER_LOCATION, invoices.length)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    offers.forEach((invoice, index) => {
      const status = STATUSES[index % STATUSES.length]!;
      const created = Date.parse(invoice.createdAt) - random.int(3, 20) * DAY_MS;
      const items = invoice.invoiceItems.map((item) => ({ ...item, _id: random.id() }));
      const { total } = invoiceTotals(items, invoice.discount);
      const estimate: Estimate = {
        id: random.id(),
        altId: location.id,
        altType: 'location',
        companyId: location.companyId,
        liveMode: true,
        deleted: false,
        name: invoice.name,
        title: 'ESTIMATE',
        currency: invoice.currency,
        businessDetails: invoice.businessDetails,
        items,
        discount: invoice.discount,
        total,
        ...(invoice.termsNotes && { termsNotes: invoice.termsNotes }),
        contactDetails: invoice.contactDetails,
        estimateNumber: FIRST_ESTIMATE_NUMBER + index,
        estimateNumberPrefix: 'EST-',
        estimateStatus: status,
        issueDate: new Date(created).toISOString(),
        expiryDate: new Date(created + 30 * DAY_MS).toISOString(),
        sentTo: invoice.sentTo,
        frequencySettings: { enabled: false, schedule: {} },
        automaticTaxesEnabled: false,
        automaticTaxesCalculated: false,
        meta: {},
        estimateActionHistory: [],
        ...(status === 'invoiced' && { invoiceId: invoice.id }),
        lastVisitedAt: new Date(created).toISOString(),
        totalamountInUSD: total,
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(created + (status === 'draft' ? 0 : DAY_MS)).toISOString(),
      };
      store.estimates.insert(estimate);
    });
  }
}
