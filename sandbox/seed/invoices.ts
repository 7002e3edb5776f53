/**
 * Seeds each location's invoices: a few dozen over the eight months before the seed epoch, billed
 * to a score of its contacts (so a client has several), in every status, with totals and payments
 * that add up. Numbered in order of issue, as GHL numbers them. From a stream of its own.
 */
import { cents, invoiceTotals } from '../model/invoice-totals.ts';
import type { Invoice, InvoiceDiscount, InvoiceItem, InvoiceStatus } from '../model/invoices.ts';
import type { Contact, Location } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { INVOICE_PROFILES, type InvoiceSiteProfile, type ProductProfile } from './data/invoices.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const HISTORY_DAYS = 240;
const CLIENTS_PER_LOCATION = 20;
const FIRST_INVOICE_NUMBER = 1001;
const HOUR_MS = 3_600_000;

interface Product extends ProductProfile {
  productId: string;
  priceId: string;
}

interface Catalog {
  products: Product[];
  tax: { _id: string; name: string; rate: number };
}

export function seedInvoices(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'invoices');
  for (const location of store.locations.values()) {
    const profile = INVOICE_PROFILES[location.name];
    if (!profile) continue;
    const catalog: Catalog = {
      products: profile.products.map((product) => ({ ...product, productId: random.id(), priceId: random.id() })),
      tax: { _id: random.id(), ...profile.salesTax },
    };
    // Invoices go to people GHL can send them to: a name and an email.
    const billable = store.contactsOfLocation(location.id).filter((contact) => contact.name && contact.email);
    const clients = random.sample(billable, CLIENTS_PER_LOCATION);
    const invoices = Array.from({ length: random.int(32, 40) }, () =>
      makeInvoice(random, location, profile, catalog, random.pick(clients)),
    ).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    invoices.forEach((invoice, index) => store.invoices.insert({ ...invoice, invoiceNumber: FIRST_INVOICE_NUMBER + index }));
  }
}

function makeInvoice(random: Random, location: Location, profile: InvoiceSiteProfile, catalog: Catalog, contact: Contact): Invoice {
  const issued = SEED_EPOCH - random.int(1, HISTORY_DAYS) * DAY_MS;
  const created = issued + random.int(14, 23) * HOUR_MS;
  const products = random.sample(catalog.products, random.int(1, 3));
  const items = products.map((product) => makeItem(random, product, catalog));
  const discount = makeDiscount(random);
  const { totalSummary, total } = invoiceTotals(items, discount);
  const status = invoiceStatus(random);
  const amountPaid = status === 'paid' ? total : status === 'partially_paid' ? cents((total * random.int(20, 70)) / 100) : 0;
  return {
    id: random.id(),
    status,
    liveMode: true,
    altId: location.id,
    altType: 'location',
    name: products.map((product) => product.name).join(', '),
    title: 'INVOICE',
    businessDetails: {
      name: location.name,
      logoUrl: location.logoUrl,
      phoneNo: location.phone,
      address: {
        addressLine1: location.address,
        city: location.city,
        state: location.state,
        countryCode: location.country,
        postalCode: location.postalCode,
      },
      website: location.website,
    },
    // Renumbered once the location's invoices are in order of issue.
    invoiceNumber: 0,
    invoiceNumberPrefix: 'INV-',
    currency: 'USD',
    contactDetails: {
      id: contact.id,
      name: contact.name ?? '',
      phoneNo: contact.phone ?? '',
      email: contact.email ?? '',
      ...(contact.companyName && { companyName: contact.companyName }),
      ...(contact.address1 && {
        address: {
          addressLine1: contact.address1,
          city: contact.city,
          state: contact.state,
          countryCode: contact.country ?? 'US',
          postalCode: contact.postalCode,
        },
      }),
      customFields: [],
    },
    sentTo: { email: [contact.email ?? ''], ...(contact.phone && { phoneNo: [contact.phone] }) },
    issueDate: new Date(issued).toISOString().slice(0, 10),
    dueDate: new Date(issued + random.pick([7, 14, 30]) * DAY_MS).toISOString().slice(0, 10),
    discount,
    invoiceItems: items,
    termsNotes: profile.termsNotes,
    automaticTaxesEnabled: false,
    totalSummary,
    total,
    amountPaid,
    amountDue: cents(total - amountPaid),
    createdAt: new Date(created).toISOString(),
    updatedAt: status === 'draft' ? new Date(created).toISOString() : randomDate(random, created, Math.min(created + 45 * DAY_MS, SEED_EPOCH)),
  };
}

function makeItem(random: Random, product: Product, catalog: Catalog): InvoiceItem {
  return {
    _id: random.id(),
    name: product.name,
    description: product.description,
    productId: product.productId,
    priceId: product.priceId,
    currency: 'USD',
    amount: product.amount,
    qty: random.chance(0.75) ? 1 : random.int(2, 3),
    taxes: product.taxable ? [{ ...catalog.tax, calculation: 'exclusive', taxId: catalog.tax._id }] : [],
    type: 'one_time',
  };
}

/** Mostly none (GHL stores a zero percentage), now and then 10% or $25 off. */
function makeDiscount(random: Random): InvoiceDiscount {
  const roll = random.next();
  if (roll < 0.7) return { type: 'percentage', value: 0 };
  return roll < 0.85 ? { type: 'percentage', value: 10 } : { type: 'fixed', value: 25 };
}

function invoiceStatus(random: Random): InvoiceStatus {
  const roll = random.next();
  return roll < 0.42 ? 'paid' : roll < 0.62 ? 'sent' : roll < 0.75 ? 'partially_paid' : roll < 0.9 ? 'draft' : 'void';
}
