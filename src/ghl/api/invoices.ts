/**
 * The invoices API (invoices.json): a location's invoices, and the steps of their life (create,
 * edit, send, record a payment, void, delete). GHL addresses every invoice through its owner (`altId` with
 * `altType=location`) as well as its id, and names the id `_id`. The spec types several nested
 * objects as bare `object`s: their fields are the ones its request DTOs and webhook docs name, all
 * optional, since real records are sparse.
 */
import { define, fromSpec } from '../operation.ts';

/** GetInvoiceResponseDto.status */
export const invoiceStatuses = ['draft', 'sent', 'payment_processing', 'paid', 'void', 'partially_paid'] as const;
export type GhlInvoiceStatus = (typeof invoiceStatuses)[number];

export interface GhlInvoiceAddress {
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  state?: string;
  countryCode?: string;
  postalCode?: string;
}

export interface GhlInvoiceContactDetails {
  id?: string;
  name?: string;
  phoneNo?: string;
  email?: string;
  companyName?: string;
  address?: GhlInvoiceAddress;
  additionalEmails?: { email?: string }[];
  customFields?: string[];
}

export interface GhlInvoiceBusinessDetails {
  name?: string;
  phoneNo?: string;
  website?: string;
  logoUrl?: string;
  /** An AddressDto in requests; the webhook docs show a plain string. */
  address?: GhlInvoiceAddress | string;
  customValues?: string[];
}

export interface GhlInvoiceItem {
  _id?: string;
  name?: string;
  description?: string;
  productId?: string;
  priceId?: string;
  currency?: string;
  amount?: number;
  qty?: number;
  type?: string;
}

export interface GhlInvoiceDiscount {
  type?: string;
  value?: number;
}

/** LateFeesConfigurationDto: a fee added while an invoice is overdue, after a grace period, up to a cap. */
export interface GhlLateFees {
  enable?: boolean;
  value?: number;
  type?: string;
  frequency?: { intervalCount?: number; interval?: string };
  grace?: { intervalCount?: number; interval?: string };
  maxLateFees?: { type?: string; value?: number };
}

/**
 * What GHL's invoice templates, estimate templates, estimates and invoice schedules all carry: a
 * priced document of the location `altId`. An invoice names its lines `invoiceItems`, so it stands apart.
 */
export interface GhlInvoiceDocument {
  _id: string;
  altId: string;
  altType?: string;
  name?: string;
  title?: string;
  currency?: string;
  discount?: GhlInvoiceDiscount;
  items?: GhlInvoiceItem[];
  total?: number;
  termsNotes?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlInvoice {
  _id: string;
  status?: string;
  liveMode?: boolean;
  amountPaid?: number;
  altId: string;
  altType?: string;
  name?: string;
  title?: string;
  businessDetails?: GhlInvoiceBusinessDetails;
  /** A number in the spec, a string in the webhook docs. */
  invoiceNumber?: number | string;
  currency?: string;
  contactDetails?: GhlInvoiceContactDetails;
  issueDate?: string;
  dueDate?: string;
  discount?: GhlInvoiceDiscount;
  invoiceItems?: GhlInvoiceItem[];
  total?: number;
  /** Not in the spec; some GHL payloads carry it beside `total`. */
  invoiceTotal?: number;
  amountDue?: number;
  totalSummary?: { subTotal?: number; discount?: number; tax?: number };
  lateFeesConfiguration?: GhlLateFees;
  /** Not in the file's answer; the sandbox and GHL's app keep when it was last opened. */
  lastVisitedAt?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlInvoicesPage {
  invoices: GhlInvoice[];
  total?: number;
}

/** GetInvoiceSettingsResponseDto: what a location's new invoices and estimates start from. */
export interface GhlInvoiceSettings {
  altId?: string;
  termsNote?: string;
  estimatesTermsNote?: string;
  title?: string;
  estimatesTitle?: string;
  invoiceNumberPrefix?: string;
  estimateNumberPrefix?: string;
  dueAfterXDays?: number;
  estimatesExpireAfterXDays?: number;
  minimumPercentagePartialPayment?: number;
}

export const invoiceOperations = {
  listInvoices: define<GhlInvoicesPage>()({
    lists: { invoices: 'records', 'invoices[].invoiceItems': 'records' },
    ...fromSpec('invoicesListInvoices'),
    location: { in: 'query', name: 'altId' },
  }),
  getInvoice: define<GhlInvoice>()({
    lists: { invoiceItems: 'records' },
    ...fromSpec('invoicesGetInvoice'),
    location: { in: 'query', name: 'altId' },
  }),
  createInvoice: define<GhlInvoice>()({
    ...fromSpec('invoicesCreateInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  sendInvoice: define<{ invoice: GhlInvoice; smsData?: unknown; emailData?: unknown }>()({
    ...fromSpec('invoicesSendInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  recordInvoicePayment: define<{ success: boolean; invoice: GhlInvoice }>()({
    ...fromSpec('invoicesRecordInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  voidInvoice: define<GhlInvoice>()({
    ...fromSpec('invoicesVoidInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole editable invoice, not a patch. */
  updateInvoice: define<GhlInvoice>()({
    lists: { invoiceItems: 'records' },
    ...fromSpec('invoicesUpdateInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  /** Answers the invoice as it was. */
  deleteInvoice: define<GhlInvoice>()({
    ...fromSpec('invoicesDeleteInvoice'),
    location: { in: 'query', name: 'altId' },
  }),
  updateInvoiceLateFees: define<GhlInvoice>()({
    lists: { invoiceItems: 'records' },
    ...fromSpec('invoicesUpdateInvoiceLateFeesConfiguration'),
    location: { in: 'body', name: 'altId' },
  }),
  /** Creates (or replaces a draft) and, with `action: send`, sends it at once. */
  textToPayInvoice: define<{ invoice: GhlInvoice; invoiceUrl?: string }>()({
    lists: { 'invoice.invoiceItems': 'records' },
    ...fromSpec('invoicesText2payInvoice'),
    location: { in: 'body', name: 'altId' },
  }),
  /** The file names no owner: GHL finds the invoice by its id. Answers nothing. */
  recordInvoiceVisit: define<unknown>()({
    ...fromSpec('invoicesUpdateInvoiceLastVisitedAt'),
    location: 'none',
  }),
  getInvoiceSettings: define<GhlInvoiceSettings>()({
    ...fromSpec('invoicesGetInvoiceSettings'),
    location: { in: 'query', name: 'altId' },
  }),
  generateInvoiceNumber: define<{ invoiceNumber?: number | string }>()({
    ...fromSpec('invoicesGenerateInvoiceNumber'),
    location: { in: 'query', name: 'altId' },
  }),
};
