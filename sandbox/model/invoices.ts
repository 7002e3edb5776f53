/**
 * Invoices (invoices.json), shaped like GetInvoiceResponseDto. GHL names the invoice id `_id`
 * (a Mongo id); the store keys records by `id`, so routes answer through `invoiceBody`.
 * Amounts are in currency units (999.5 is $999.50), rounded to the cent.
 */

export type InvoiceStatus = 'draft' | 'sent' | 'payment_processing' | 'paid' | 'void' | 'partially_paid';

/** AddressDto. */
export interface InvoiceAddress {
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  state?: string;
  countryCode?: string;
  postalCode?: string;
}

/** ItemTaxDto: `rate` is a percentage. */
export interface ItemTax {
  _id: string;
  name: string;
  rate: number;
  calculation?: 'exclusive';
  description?: string;
  taxId?: string;
}

/** InvoiceItemDto as stored: GHL gives every line its own `_id` and always returns `taxes`. */
export interface InvoiceItem {
  _id: string;
  name: string;
  description?: string;
  productId?: string;
  priceId?: string;
  currency: string;
  amount: number;
  qty: number;
  taxes: ItemTax[];
  automaticTaxCategoryId?: string;
  isSetupFeeItem?: boolean;
  type?: 'one_time' | 'recurring';
  /** The amount already includes the item's taxes. */
  taxInclusive?: boolean;
}

/** DiscountDto: a percentage of, or a fixed amount off, the eligible items. */
export interface InvoiceDiscount {
  type: 'percentage' | 'fixed';
  value: number;
  /** Only these products' lines are discounted; absent, every line is. */
  validOnProductIds?: string[];
}

export interface Invoice {
  id: string;
  status: InvoiceStatus;
  liveMode: boolean;
  altId: string;
  altType: 'location';
  name: string;
  title: string;
  businessDetails: {
    name?: string;
    logoUrl?: string;
    phoneNo?: string;
    address?: InvoiceAddress;
    website?: string;
    customValues?: string[];
  };
  /** A number in responses, though CreateInvoiceDto sends it as a string. */
  invoiceNumber: number;
  invoiceNumberPrefix?: string;
  currency: string;
  /** ContactDetailsDto: a copy taken when the invoice was written, as GHL keeps it. */
  contactDetails: {
    id: string;
    name: string;
    phoneNo: string;
    email: string;
    companyName?: string;
    address?: InvoiceAddress;
    additionalEmails?: Array<{ email: string }>;
    customFields: string[];
  };
  sentTo: { email: string[]; emailCc?: string[]; emailBcc?: string[]; phoneNo?: string[] };
  /** YYYY-MM-DD */
  issueDate: string;
  /** YYYY-MM-DD */
  dueDate: string;
  discount: InvoiceDiscount;
  invoiceItems: InvoiceItem[];
  termsNotes?: string;
  automaticTaxesEnabled?: boolean;
  totalSummary: { subTotal: number; discount: number; tax: number };
  total: number;
  amountPaid: number;
  amountDue: number;
  /** CreateInvoiceDto's configuration objects, kept as sent. */
  paymentSchedule?: Record<string, unknown>;
  lateFeesConfiguration?: Record<string, unknown>;
  tipsConfiguration?: Record<string, unknown>;
  paymentMethods?: Record<string, unknown>;
  attachments?: Array<Record<string, unknown>>;
  miscellaneousCharges?: Record<string, unknown>;
  createdAt: string;
  /** When the invoice was last opened (PATCH /invoices/stats/last-visited-at). */
  lastVisitedAt?: string;
  updatedAt: string;
}

/** The invoice as GHL returns it: the same record with its id under `_id`. */
export function invoiceBody(invoice: Invoice): Omit<Invoice, 'id'> & { _id: string } {
  const { id, ...rest } = invoice;
  return { _id: id, ...rest };
}
