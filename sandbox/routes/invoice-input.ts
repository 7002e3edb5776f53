/**
 * The invoice bodies of invoices.json as Shapes: CreateInvoiceDto, UpdateInvoiceDto,
 * SendInvoiceDto, RecordPaymentDto and VoidInvoiceDto, with their required fields and nested DTOs as the spec
 * declares them, and the parts the schedule, estimate and template bodies share with them. The configuration objects the sandbox only keeps (late fees, tips, payment
 * methods, ...) are checked to be objects and kept as sent.
 */
import type { Invoice, InvoiceItem, ItemTax } from '../model/index.ts';
import { readShape, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';

export const ALT: Shape = {
  altId: rule.required(rule.string),
  altType: rule.required(rule.oneOf(['location'])),
};

const ADDRESS: Shape = {
  addressLine1: rule.string,
  addressLine2: rule.string,
  city: rule.string,
  state: rule.string,
  countryCode: rule.string,
  postalCode: rule.string,
};

/** BusinessDetailsDto: every invoice, schedule, estimate and template carries the sender's. */
export const BUSINESS_DETAILS: Shape = {
  logoUrl: rule.string,
  name: rule.string,
  phoneNo: rule.string,
  address: rule.shape(ADDRESS),
  website: rule.string,
  customValues: rule.strings,
};

export const ITEM: Shape = {
  name: rule.required(rule.string),
  description: rule.string,
  productId: rule.string,
  priceId: rule.string,
  currency: rule.required(rule.string),
  amount: rule.required(rule.number({ min: 0 })),
  qty: rule.required(rule.number({ min: 0 })),
  taxes: rule.shapes({
    _id: rule.required(rule.string),
    name: rule.required(rule.string),
    rate: rule.required(rule.number({ min: 0 })),
    calculation: rule.oneOf(['exclusive']),
    description: rule.string,
    taxId: rule.string,
  }),
  automaticTaxCategoryId: rule.string,
  isSetupFeeItem: rule.boolean,
  type: rule.oneOf(['one_time', 'recurring']),
  taxInclusive: rule.boolean,
};

export const DISCOUNT: Shape = {
  value: rule.number({ min: 0 }),
  type: rule.required(rule.oneOf(['percentage', 'fixed'])),
  validOnProductIds: rule.strings,
};

/**
 * What CreateEstimatesDto and EstimateTemplatesDto open with alike: the sender, the lines
 * (EstimateLineItemDto: an invoice line with attachments; the file's own example adds the
 * description) and the texts. Spread first, so that each DTO's fields keep the order they are
 * checked (and reported) in.
 */
export const ESTIMATE_CONTENT: Shape = {
  ...ALT,
  name: rule.required(rule.string),
  businessDetails: rule.required(rule.shape(BUSINESS_DETAILS)),
  currency: rule.required(rule.string),
  items: rule.required(rule.shapes({ ...ITEM, attachments: rule.strings })),
  liveMode: rule.boolean,
  discount: rule.required(rule.shape(DISCOUNT)),
  termsNotes: rule.string,
  title: rule.string,
};

export const CONTACT_DETAILS: Shape = {
  id: rule.required(rule.string),
  name: rule.required(rule.string),
  phoneNo: rule.required(rule.string),
  email: rule.required(rule.string),
  additionalEmails: rule.shapes({ email: rule.required(rule.string) }),
  companyName: rule.string,
  address: rule.shape(ADDRESS),
  customFields: rule.strings,
};

const CREATE_INVOICE: Shape = {
  ...ALT,
  name: rule.required(rule.string),
  businessDetails: rule.required(rule.shape(BUSINESS_DETAILS)),
  currency: rule.required(rule.string),
  items: rule.required(rule.shapes(ITEM)),
  discount: rule.required(rule.shape(DISCOUNT)),
  termsNotes: rule.string,
  title: rule.string,
  contactDetails: rule.required(rule.shape(CONTACT_DETAILS)),
  issueDate: rule.required(rule.day),
  dueDate: rule.day,
  sentTo: rule.required(
    rule.shape({
      email: rule.required(rule.strings),
      emailCc: rule.strings,
      emailBcc: rule.strings,
      phoneNo: rule.strings,
    }),
  ),
  liveMode: rule.required(rule.boolean),
  automaticTaxesEnabled: rule.boolean,
  paymentSchedule: rule.object,
  lateFeesConfiguration: rule.object,
  tipsConfiguration: rule.object,
  invoiceNumberPrefix: rule.string,
  paymentMethods: rule.object,
  attachments: rule.objects,
  miscellaneousCharges: rule.object,
};

/**
 * Text2PayDto: CreateInvoiceDto with how it goes (a draft, or sent at once, by a user), and the id
 * of a draft it replaces; the business and the discount may be left out (the location's
 * business is used; no discount).
 */
export const TEXT2PAY: Shape = {
  ...CREATE_INVOICE,
  businessDetails: rule.object,
  discount: rule.shape(DISCOUNT),
  action: rule.required(rule.oneOf(['draft', 'send'])),
  userId: rule.required(rule.string),
  id: rule.string,
  includeTermsNote: rule.boolean,
};

/** A PUT of the editable invoice: its lines under `invoiceItems`, both dates required. */
export const UPDATE_INVOICE: Shape = {
  ...ALT,
  name: rule.required(rule.string),
  title: rule.string,
  currency: rule.required(rule.string),
  description: rule.string,
  businessDetails: rule.object,
  invoiceNumber: rule.string,
  contactId: rule.string,
  contactDetails: rule.shape(CONTACT_DETAILS),
  termsNotes: rule.string,
  discount: rule.shape(DISCOUNT),
  invoiceItems: rule.required(rule.shapes(ITEM)),
  automaticTaxesEnabled: rule.boolean,
  liveMode: rule.boolean,
  issueDate: rule.required(rule.day),
  dueDate: rule.required(rule.day),
  paymentSchedule: rule.object,
  tipsConfiguration: rule.object,
  xeroDetails: rule.object,
  invoiceNumberPrefix: rule.string,
  paymentMethods: rule.object,
  attachments: rule.objects,
  miscellaneousCharges: rule.object,
};

/** LateFeesConfigurationDto: a fee added while an invoice is overdue, after a grace period, up to a cap. */
export const LATE_FEES: Shape = {
  enable: rule.required(rule.boolean),
  value: rule.required(rule.number({ min: 0 })),
  type: rule.required(rule.oneOf(['fixed', 'percentage'])),
  frequency: rule.required(
    rule.shape({ intervalCount: rule.required(rule.number({ min: 1 })), interval: rule.required(rule.oneOf(['minute', 'hour', 'day', 'week', 'month', 'one_time'])) }),
  ),
  grace: rule.shape({ intervalCount: rule.required(rule.number({ min: 0 })), interval: rule.required(rule.oneOf(['day'])) }),
  maxLateFees: rule.shape({ type: rule.required(rule.oneOf(['fixed'])), value: rule.required(rule.number({ min: 0 })) }),
};

export const UPDATE_LATE_FEES: Shape = { ...ALT, lateFeesConfiguration: rule.required(rule.shape(LATE_FEES)) };

export const SEND_INVOICE: Shape = {
  ...ALT,
  userId: rule.required(rule.string),
  action: rule.required(rule.oneOf(['sms_and_email', 'send_manually', 'email', 'sms'])),
  liveMode: rule.required(rule.boolean),
  sentFrom: rule.shape({ fromName: rule.string, fromEmail: rule.string }),
  autoPayment: rule.object,
};

/** The spec requires card, cheque and notes whatever the mode, and so does the sandbox. */
export const RECORD_PAYMENT: Shape = {
  ...ALT,
  mode: rule.required(rule.oneOf(['cash', 'card', 'cheque', 'bank_transfer', 'other'])),
  card: rule.required(rule.shape({ brand: rule.required(rule.string), last4: rule.required(rule.string) })),
  cheque: rule.required(rule.shape({ number: rule.required(rule.string) })),
  notes: rule.required(rule.string),
  amount: rule.number({ min: 0.01 }),
  meta: rule.object,
  paymentScheduleIds: rule.strings,
  fulfilledAt: rule.string,
};

export const VOID_INVOICE: Shape = ALT;

export type CreateInvoiceInput = Omit<Invoice, 'id' | 'status' | 'invoiceNumber' | 'contactDetails' | 'discount' | 'invoiceItems' | 'totalSummary' | 'total' | 'amountPaid' | 'amountDue' | 'title' | 'dueDate' | 'createdAt' | 'updatedAt'> & {
  title?: string;
  dueDate?: string;
  /** CreateInvoiceDto sends the number as a string of digits. */
  invoiceNumber?: number;
  items: Array<Omit<InvoiceItem, '_id' | 'taxes'> & { taxes?: ItemTax[] }>;
  discount: { type: 'percentage' | 'fixed'; value?: number; validOnProductIds?: string[] };
  contactDetails: Omit<Invoice['contactDetails'], 'customFields'> & { customFields?: string[] };
};

/** UpdateInvoiceDto as read. */
export type UpdateInvoiceInput = Pick<Invoice, 'altId' | 'altType' | 'name' | 'currency' | 'issueDate' | 'dueDate'> &
  Partial<Pick<Invoice, 'title' | 'termsNotes' | 'businessDetails' | 'liveMode' | 'automaticTaxesEnabled' | 'invoiceNumberPrefix' | 'paymentSchedule' | 'tipsConfiguration' | 'paymentMethods' | 'attachments' | 'miscellaneousCharges'>> & {
    description?: string;
    invoiceNumber?: string;
    contactId?: string;
    xeroDetails?: Record<string, unknown>;
    contactDetails?: CreateInvoiceInput['contactDetails'];
    discount?: CreateInvoiceInput['discount'];
    invoiceItems: CreateInvoiceInput['items'];
  };

export function readCreateInvoice(body: unknown, shape: Shape = CREATE_INVOICE): CreateInvoiceInput {
  const v = Validator.body(body);
  // The shape has checked every field's type.
  const fields = definedOnly(readShape(v, shape)) as Omit<CreateInvoiceInput, 'invoiceNumber'>;
  const invoiceNumber = v.custom<string>('invoiceNumber', (value) =>
    typeof value === 'string' && /^\d+$/.test(value) ? [] : ['invoiceNumber must be a number string'],
  );
  v.check();
  return definedOnly({ ...fields, invoiceNumber: invoiceNumber === undefined ? undefined : Number(invoiceNumber) });
}
