/**
 * Seeds each location's invoice schedules: a few monthly and weekly retainers, made from lines its
 * invoices bill, to contacts it bills, in every status. From a stream of its own.
 */
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { InvoiceSchedule, InvoiceScheduleStatus } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS } from './time.ts';

const STATUSES: InvoiceScheduleStatus[] = ['active', 'draft', 'active', 'cancelled', 'completed', 'active'];

export function seedInvoiceSchedules(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'invoice-schedules');
  for (const location of store.locations.values()) {
    const invoices = store.invoicesOfLocation(location.id);
    if (invoices.length === 0) continue;
    random.sample(invoices, Math.min(STATUSES.length, invoices.length)).forEach((invoice, index) => {
      const created = Date.parse(invoice.createdAt) - random.int(1, 30) * DAY_MS;
      const items = invoice.invoiceItems.map((item) => ({ ...item, _id: random.id() }));
      const { total } = invoiceTotals(items, invoice.discount);
      const monthly = index % 2 === 0;
      const schedule: InvoiceSchedule = {
        id: random.id(),
        status: STATUSES[index]!,
        liveMode: true,
        altId: location.id,
        altType: 'location',
        name: `${monthly ? 'Monthly' : 'Weekly'} ${invoice.name}`,
        schedule: {
          rrule: {
            intervalType: monthly ? 'monthly' : 'weekly',
            interval: 1,
            startDate: new Date(created + DAY_MS).toISOString().slice(0, 10),
            ...(monthly ? { dayOfMonth: 1 } : { dayOfWeek: 'mo' }),
            ...(index % 3 === 0 && { count: 12 }),
          },
        },
        invoices: [],
        businessDetails: invoice.businessDetails,
        currency: invoice.currency,
        contactDetails: invoice.contactDetails,
        discount: invoice.discount,
        items,
        total,
        title: 'INVOICE',
        termsNotes: invoice.termsNotes ?? '',
        compiledTermsNotes: invoice.termsNotes ?? '',
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(created).toISOString(),
      };
      store.invoiceSchedules.insert(schedule);
    });
  }
}
