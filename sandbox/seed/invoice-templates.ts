/**
 * Seeds each location's invoice templates: a few made from the lines its invoices bill most.
 * From a stream of its own.
 */
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { InvoiceTemplate } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS } from './time.ts';

const TEMPLATES_PER_LOCATION = 4;

export function seedInvoiceTemplates(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'invoice-templates');
  for (const location of store.locations.values()) {
    const invoices = store.invoicesOfLocation(location.id);
    random.sample(invoices, Math.min(TEMPLATES_PER_LOCATION, invoices.length)).forEach((invoice) => {
      const created = new Date(Date.parse(invoice.createdAt) - random.int(30, 90) * DAY_MS).toISOString();
      const items = invoice.invoiceItems.map((item) => ({ ...item, _id: random.id() }));
      const template: InvoiceTemplate = {
        id: random.id(),
        altId: location.id,
        altType: 'location',
        internal: false,
        name: `${invoice.name} template`,
        title: 'INVOICE',
        businessDetails: invoice.businessDetails,
        currency: invoice.currency,
        discount: invoice.discount,
        items,
        total: invoiceTotals(items, invoice.discount).total,
        ...(invoice.termsNotes && { termsNotes: invoice.termsNotes }),
        invoiceNumberPrefix: 'INV-',
        createdAt: created,
        updatedAt: created,
      };
      store.invoiceTemplates.insert(template);
    });
  }
}
