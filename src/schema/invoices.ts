/**
 * Invoices of a location, and of a contact: reading them, and the steps of their life (create,
 * edit, send, record a payment, void, delete). Output fields serve what GHL stores; inputs are strict (positive
 * amounts, ISO 4217 currency codes, real dates), checked before any REST call.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import type {
  GhlInvoice,
  GhlInvoiceAddress,
  GhlInvoiceBusinessDetails,
  GhlInvoiceContactDetails,
  GhlInvoiceItem,
  GhlInvoiceSettings,
  GhlLateFees,
} from '../ghl/api/invoices.ts';
import { invoiceStatuses } from '../ghl/api/invoices.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as invoices from '../resolvers/invoices.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { OrderDirection } from './ordering.ts';
import { ContactRef, DeletePayload } from './contacts.ts';
import { known } from './enums.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { cost } from './cost.ts';

export const InvoiceRef = builder.objectRef<GhlInvoice>('Invoice');

export const InvoiceStatus = builder.enumType('InvoiceStatus', {
  description: 'Where an invoice is in its life.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; not sent yet.' },
    SENT: { value: 'sent', description: 'Sent to the contact, not paid yet.' },
    PAYMENT_PROCESSING: { value: 'payment_processing', description: 'A payment is being processed.' },
    PAID: { value: 'paid', description: 'Paid in full.' },
    VOID: { value: 'void', description: 'Cancelled; nothing is owed.' },
    PARTIALLY_PAID: { value: 'partially_paid', description: 'Some of it is paid.' },
  } as const,
});

const InvoiceAddressRef = builder.objectRef<GhlInvoiceAddress>('InvoiceAddress').implement({
  description: 'A postal address on an invoice.',
  fields: (t) => ({
    addressLine1: t.exposeString('addressLine1', { description: 'First line.' }),
    addressLine2: t.exposeString('addressLine2', { description: 'Second line.' }),
    city: t.exposeString('city', { description: 'City.' }),
    state: t.exposeString('state', { description: 'State or region.' }),
    postalCode: t.exposeString('postalCode', { description: 'Postal code.' }),
    countryCode: t.exposeString('countryCode', { description: 'Country code.' }),
  }),
});

export const InvoiceContactDetailsRef = builder.objectRef<GhlInvoiceContactDetails>('InvoiceContactDetails').implement({
  description: 'The contact’s details as copied onto the invoice or estimate when it was made.',
  fields: (t) => ({
    contactId: t.exposeString('id', { description: 'GHL id of the contact.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    email: t.exposeString('email', { description: 'Email as stored; not guaranteed to be a valid address.' }),
    phone: t.exposeString('phoneNo', { description: 'Phone as stored.' }),
    companyName: t.exposeString('companyName', { description: 'Company name.' }),
    address: t.expose('address', { type: InvoiceAddressRef, description: 'Postal address.' }),
  }),
});

const InvoiceBusinessDetailsRef = builder.objectRef<GhlInvoiceBusinessDetails>('InvoiceBusinessDetails').implement({
  description: 'The business issuing the invoice, as printed on it.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Business name.' }),
    phone: t.exposeString('phoneNo', { description: 'Phone.' }),
    website: t.exposeString('website', { description: 'Website.' }),
    logoUrl: t.exposeString('logoUrl', { description: 'Logo URL.' }),
  }),
});

export const InvoiceItemRef = builder.objectRef<GhlInvoiceItem>('InvoiceItem').implement({
  description: 'One line of an invoice or an estimate.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { description: 'GHL id of the line, where GHL gives one.' }),
    name: t.exposeString('name', { description: 'What is billed.' }),
    description: t.exposeString('description', { description: 'Details.' }),
    qty: t.exposeFloat('qty', { description: 'Quantity.' }),
    amount: t.exposeFloat('amount', { description: 'Price of one unit.' }),
    currency: t.exposeString('currency', { description: 'Currency code.' }),
    productId: t.exposeString('productId', { description: 'GHL id of the product, if any.' }),
    priceId: t.exposeString('priceId', { description: 'GHL id of the product price, if any.' }),
  }),
});

export const InvoiceDiscountRef = builder.objectRef<NonNullable<GhlInvoice['discount']>>('InvoiceDiscount').implement({
  description: 'A discount on the whole invoice or estimate.',
  fields: (t) => ({
    type: t.exposeString('type', { description: '`percentage` or `fixed`.' }),
    value: t.exposeFloat('value', { description: 'Percent off, or the amount off.' }),
  }),
});

const InvoiceTotalSummaryRef = builder.objectRef<NonNullable<GhlInvoice['totalSummary']>>('InvoiceTotalSummary').implement({
  description: 'How the total is made up.',
  fields: (t) => ({
    subTotal: t.exposeFloat('subTotal', { description: 'Sum of the lines.' }),
    discount: t.exposeFloat('discount', { description: 'Discount taken off.' }),
    tax: t.exposeFloat('tax', { description: 'Tax added.' }),
  }),
});

locatedNode(InvoiceRef, {
  description: 'An invoice of a location, billed to a contact.',
  loadInLocation: (key, ctx) => ctx.loaders.invoice.load(key),
  ghlIdOf: (invoice) => invoice._id,
  locationIdOf: (invoice) => invoice.altId,
  locationId: { nullable: true, description: 'GHL id of the location that issued it.' },
  location: { description: 'The location that issued it.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the invoice.' }),
    title: t.exposeString('title', { description: 'Title printed on it.' }),
    number: t.string({ description: 'Invoice number.', resolve: invoices.invoiceNumberOf }),
    status: t.field({
      type: InvoiceStatus,
      description: 'Where it is in its life; null for a status this gateway does not know.',
      resolve: (invoice) => known(invoiceStatuses, invoice.status),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payments.' }),
    currency: t.exposeString('currency', { description: 'Currency code.' }),
    issueDate: t.field({ type: 'Date', description: 'Day it was issued.', resolve: (invoice) => dateOf(invoice.issueDate) }),
    dueDate: t.field({ type: 'Date', description: 'Day it is due.', resolve: (invoice) => dateOf(invoice.dueDate) }),
    items: t.field({
      type: [InvoiceItemRef],
      nullable: false,
      description: 'The lines.',
      resolve: (invoice) => invoice.invoiceItems ?? [],
    }),
    discount: t.expose('discount', { type: InvoiceDiscountRef, description: 'Discount on the whole invoice.' }),
    totalSummary: t.expose('totalSummary', { type: InvoiceTotalSummaryRef, description: 'How the total is made up.' }),
    total: t.exposeFloat('total', { description: 'Total amount.' }),
    invoiceTotal: t.float({
      description: 'The invoice total as GHL reports it in `invoiceTotal`, where a payload carries it.',
      resolve: (invoice) => invoice.invoiceTotal ?? null,
    }),
    amountPaid: t.exposeFloat('amountPaid', { description: 'Paid so far.' }),
    amountDue: t.exposeFloat('amountDue', { description: 'Still owed.' }),
    contactDetails: t.expose('contactDetails', {
      type: InvoiceContactDetailsRef,
      description: 'The contact’s details as copied onto the invoice.',
    }),
    businessDetails: t.expose('businessDetails', { type: InvoiceBusinessDetailsRef, description: 'The issuing business.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact billed, read from the contacts API.',
      extensions: { cost: cost.byId() },
      resolve: (invoice, _, ctx) => (invoice.contactDetails?.id ? ctx.loaders.contact.load(invoice.contactDetails.id) : null),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (invoice) => dateOf(invoice.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (invoice) => dateOf(invoice.updatedAt) }),
    lastVisitedAt: t.field({
      type: 'DateTime',
      description: 'When it was last opened (recordInvoiceVisit), where GHL says.',
      resolve: (invoice) => dateOf(invoice.lastVisitedAt),
    }),
  }),
});

const InvoiceSettingsRef = builder.objectRef<GhlInvoiceSettings & { altId: string }>('InvoiceSettings').implement({
  description: 'What a location’s new invoices and estimates start from.',
  fields: (t) => ({
    locationId: t.exposeString('altId', { nullable: false, description: 'GHL id of the location.' }),
    title: t.exposeString('title', { description: 'Title of new invoices.' }),
    termsNote: t.exposeString('termsNote', { description: 'Terms of new invoices (HTML).' }),
    invoiceNumberPrefix: t.exposeString('invoiceNumberPrefix', { description: 'Printed before invoice numbers.' }),
    dueAfterDays: t.exposeInt('dueAfterXDays', { description: 'Days from issue to due date.' }),
    minimumPartialPaymentPercent: t.exposeFloat('minimumPercentagePartialPayment', { description: 'Smallest part of an invoice a payment may settle, in percent.' }),
    estimatesTitle: t.exposeString('estimatesTitle', { description: 'Title of new estimates.' }),
    estimatesTermsNote: t.exposeString('estimatesTermsNote', { description: 'Terms of new estimates (HTML).' }),
    estimateNumberPrefix: t.exposeString('estimateNumberPrefix', { description: 'Printed before estimate numbers.' }),
    estimatesExpireAfterDays: t.exposeInt('estimatesExpireAfterXDays', { description: 'Days from issue to expiry of an estimate.' }),
  }),
});

builder.objectField(LocationRef, 'invoiceSettings', (t) =>
  t.field({
    type: InvoiceSettingsRef,
    description: 'What the location’s new invoices and estimates start from.',
    extensions: { cost: cost.perParent(1) },
    resolve: (location, _, ctx) => invoices.invoiceSettings(ctx, location.id),
  }),
);

const LateFeeInterval = builder.enumType('LateFeeInterval', {
  description: 'How often a late fee is added.',
  values: {
    MINUTE: { value: 'minute', description: 'Every so many minutes.' },
    HOUR: { value: 'hour', description: 'Every so many hours.' },
    DAY: { value: 'day', description: 'Every so many days.' },
    WEEK: { value: 'week', description: 'Every so many weeks.' },
    MONTH: { value: 'month', description: 'Every so many months.' },
    ONE_TIME: { value: 'one_time', description: 'Once.' },
  } as const,
});

export const LateFeesRef = builder.objectRef<GhlLateFees>('LateFees').implement({
  description: 'A fee added while an invoice is overdue, after a grace period, up to a cap.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enable', { description: 'Fees are added.' }),
    type: t.exposeString('type', { description: '`fixed` (an amount) or `percentage` (of the amount due).' }),
    value: t.exposeFloat('value', { description: 'The amount or percent added each time.' }),
    interval: t.field({
      type: LateFeeInterval,
      description: 'How often; null for an interval this gateway does not know.',
      resolve: (fees) => known(['minute', 'hour', 'day', 'week', 'month', 'one_time'] as const, fees.frequency?.interval),
    }),
    intervalCount: t.int({ description: 'Every how many intervals.', resolve: (fees) => fees.frequency?.intervalCount ?? null }),
    graceDays: t.int({ description: 'Days past the due date before the first fee.', resolve: (fees) => fees.grace?.intervalCount ?? null }),
    maxTotal: t.float({ description: 'The most that fees may add up to.', resolve: (fees) => fees.maxLateFees?.value ?? null }),
  }),
});

builder.objectField(InvoiceRef, 'lateFees', (t) =>
  t.expose('lateFeesConfiguration', { type: LateFeesRef, nullable: true, description: 'Late fees, where the invoice has them set.' }),
);

// Inputs

const DiscountType = builder.enumType('InvoiceDiscountType', {
  description: 'How a discount is counted.',
  values: {
    PERCENTAGE: { value: 'percentage', description: 'Percent of the subtotal (0 to 100).' },
    FIXED: { value: 'fixed', description: 'An amount in the invoice’s currency.' },
  } as const,
});

export const InvoiceItemInput = builder.inputType('InvoiceItemInput', {
  description: 'One line of a new invoice, in the invoice’s currency.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What is billed.' }),
    description: t.string({ description: 'Details.' }),
    qty: t.float({ required: true, description: 'Quantity; greater than 0.' }),
    amount: t.float({ required: true, description: 'Price of one unit; greater than 0.' }),
    productId: t.id({ description: 'GHL id of a product, to link the line to it.' }),
    priceId: t.id({ description: 'GHL id of the product’s price.' }),
  }),
});

export const InvoiceDiscountInput = builder.inputType('InvoiceDiscountInput', {
  description: 'A discount on the whole invoice.',
  fields: (t) => ({
    type: t.field({ type: DiscountType, required: true, description: 'How it is counted.' }),
    value: t.float({ required: true, description: 'Percent (0 to 100) or amount off; not negative.' }),
  }),
});

const InvoiceRecipientsInput = builder.inputType('InvoiceRecipientsInput', {
  description: 'Where the invoice goes when sent; defaults to the contact’s email and phone.',
  fields: (t) => ({
    emails: t.field({ type: ['EmailAddress'], description: 'Email addresses.' }),
    phones: t.field({ type: ['PhoneNumber'], description: 'Phone numbers (E.164).' }),
  }),
});

export const CreateInvoiceInput = builder.inputType('CreateInvoiceInput', {
  description: 'A new invoice. The contact’s details are copied onto it from the contact.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    contactId: t.id({ required: true, description: 'The contact billed (Contact id or GHL contact id).' }),
    name: t.string({ required: true, description: 'Name of the invoice.' }),
    title: t.string({ description: 'Title printed on it.' }),
    invoiceNumber: t.string({ description: 'Invoice number, in digits; GHL numbers it when left out.' }),
    currency: t.string({ required: true, description: 'ISO 4217 currency code, e.g. "USD".' }),
    items: t.field({ type: [InvoiceItemInput], required: true, description: 'The lines; at least one.' }),
    discount: t.field({ type: InvoiceDiscountInput, description: 'Discount on the whole invoice; none when left out.' }),
    issueDate: t.field({ type: 'Date', required: true, description: 'Day it is issued.' }),
    dueDate: t.field({ type: 'Date', description: 'Day it is due; not before issueDate.' }),
    termsNotes: t.string({ description: 'Terms and notes (HTML allowed).' }),
    liveMode: t.boolean({ description: 'Live payments (default) or test mode.' }),
    sentTo: t.field({ type: InvoiceRecipientsInput, description: 'Recipients; defaults to the contact’s email and phone.' }),
  }),
});

const UpdateInvoiceInput = builder.inputType('UpdateInvoiceInput', {
  description: 'What to change on an invoice that is not paid or void; what is left out stays.',
  fields: (t) => ({
    name: t.string({ description: 'Name of the invoice.' }),
    title: t.string({ description: 'Title printed on it.' }),
    invoiceNumber: t.string({ description: 'Invoice number, in digits; not another invoice’s.' }),
    items: t.field({ type: [InvoiceItemInput], description: 'The lines, replacing all of them; at least one.' }),
    discount: t.field({ type: InvoiceDiscountInput, description: 'Discount on the whole invoice.' }),
    issueDate: t.field({ type: 'Date', description: 'Day it is issued.' }),
    dueDate: t.field({ type: 'Date', description: 'Day it is due; not before the issue date.' }),
    termsNotes: t.string({ description: 'Terms and notes (HTML allowed).' }),
    liveMode: t.boolean({ description: 'Live payments or test mode.' }),
  }),
});

export const LateFeeType = builder.enumType('LateFeeType', {
  description: 'How a late fee is counted.',
  values: {
    FIXED: { value: 'fixed', description: 'An amount in the invoice’s currency.' },
    PERCENTAGE: { value: 'percentage', description: 'Percent of the amount due (0 to 100).' },
  } as const,
});

const LateFeeFrequencyInput = builder.inputType('LateFeeFrequencyInput', {
  description: 'How often a late fee is added.',
  fields: (t) => ({
    interval: t.field({ type: LateFeeInterval, required: true, description: 'The unit.' }),
    count: t.int({ required: true, description: 'Every how many units; at least 1.' }),
  }),
});

export const LateFeesInput = builder.inputType('LateFeesInput', {
  description: 'Late fees: a fee added while an invoice is overdue, after a grace period, up to a cap.',
  fields: (t) => ({
    enabled: t.boolean({ required: true, description: 'Add fees.' }),
    type: t.field({ type: LateFeeType, required: true, description: 'How a fee is counted.' }),
    value: t.float({ required: true, description: 'The amount or percent added each time; not negative.' }),
    every: t.field({ type: LateFeeFrequencyInput, required: true, description: 'How often.' }),
    graceDays: t.int({ description: 'Days past the due date before the first fee; none when left out.' }),
    maxTotal: t.float({ description: 'The most fees may add up to; no cap when left out.' }),
  }),
});

export const InvoiceSendAction = builder.enumType('InvoiceSendAction', {
  description: 'How an invoice is sent.',
  values: {
    EMAIL: { value: 'email', description: 'By email.' },
    SMS: { value: 'sms', description: 'By SMS.' },
    SMS_AND_EMAIL: { value: 'sms_and_email', description: 'By SMS and email.' },
    SEND_MANUALLY: { value: 'send_manually', description: 'Marked as sent; delivered outside GHL.' },
  } as const,
});

const SendInvoiceInput = builder.inputType('SendInvoiceInput', {
  description: 'How to send an invoice.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user sending it (User id or GHL user id).' }),
    action: t.field({ type: InvoiceSendAction, required: true, description: 'Channel.' }),
    liveMode: t.boolean({ description: 'Live payments (default) or test mode.' }),
    fromName: t.string({ description: 'Sender name on the email.' }),
    fromEmail: t.field({ type: 'EmailAddress', description: 'Sender address on the email.' }),
  }),
});

export const PaymentMode = builder.enumType('InvoicePaymentMode', {
  description: 'How a manually recorded payment (of an invoice or an order) was made.',
  values: {
    CASH: { value: 'cash', description: 'Cash.' },
    CARD: { value: 'card', description: 'Card (give `card`).' },
    CHEQUE: { value: 'cheque', description: 'Cheque (give `cheque`).' },
    BANK_TRANSFER: { value: 'bank_transfer', description: 'Bank transfer.' },
    OTHER: { value: 'other', description: 'Anything else.' },
  } as const,
});

const PaymentCardInput = builder.inputType('PaymentCardInput', {
  description: 'The card a payment was made with.',
  fields: (t) => ({
    brand: t.string({ required: true, description: 'Card brand, e.g. "visa".' }),
    last4: t.string({ required: true, description: 'Last four digits.' }),
  }),
});

export const PaymentChequeInput = builder.inputType('PaymentChequeInput', {
  description: 'The cheque a payment was made with.',
  fields: (t) => ({ number: t.string({ required: true, description: 'Cheque number.' }) }),
});

const RecordInvoicePaymentInput = builder.inputType('RecordInvoicePaymentInput', {
  description: 'A payment received outside GHL’s checkout.',
  fields: (t) => ({
    mode: t.field({ type: PaymentMode, required: true, description: 'How it was paid.' }),
    amount: t.float({ description: 'Amount paid; greater than 0. GHL records the amount due when left out.' }),
    notes: t.string({ required: true, description: 'Note kept with the transaction (GHL requires one).' }),
    card: t.field({ type: PaymentCardInput, description: 'The card, for mode CARD.' }),
    cheque: t.field({ type: PaymentChequeInput, description: 'The cheque, for mode CHEQUE.' }),
    fulfilledAt: t.field({ type: 'DateTime', description: 'When it was paid.' }),
  }),
});

// Payloads

export const InvoicePayload = builder.objectRef<{ invoice: GhlInvoice }>('InvoicePayload').implement({
  description: 'The invoice after the change.',
  fields: (t) => ({ invoice: t.expose('invoice', { type: InvoiceRef, nullable: false, description: 'The invoice.' }) }),
});

const RecordInvoiceVisitPayload = builder.objectRef<{ ref: invoices.InvoiceRef }>('RecordInvoiceVisitPayload').implement({
  description: 'The visit recorded.',
  fields: (t) => ({
    invoice: t.field({
      type: InvoiceRef,
      nullable: false,
      description: 'The invoice after the visit, read afresh (GHL answers the visit with nothing).',
      extensions: { cost: cost.byId() },
      resolve: ({ ref }, _, ctx) => ctx.loaders.invoice.load(ref),
    }),
  }),
});

const RecordInvoicePaymentPayload = builder
  .objectRef<{ success: boolean; invoice: GhlInvoice }>('RecordInvoicePaymentPayload')
  .implement({
    description: 'The payment recorded, and the invoice after it.',
    fields: (t) => ({
      success: t.exposeBoolean('success', { nullable: false, description: 'GHL recorded the payment.' }),
      invoice: t.expose('invoice', { type: InvoiceRef, nullable: false, description: 'The invoice.' }),
    }),
  });

// Fields

/** Descriptions of a connection of invoices and of its edges (the rest comes from the builder). */
const InvoiceOrderField = builder.enumType('InvoiceOrderField', {
  description: 'What a list of invoices is sorted by: GoHighLevel sorts them by issue date only.',
  values: { ISSUE_DATE: { description: 'The day the invoice was issued.' } } as const,
});

const InvoiceOrderInput = builder.inputType('InvoiceOrder', {
  description: 'The order of a list of invoices.',
  fields: (t) => ({
    field: t.field({ type: InvoiceOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

const invoiceOrderDescription = 'The order; newest created first by default.';

const InvoiceConnection = connectionOf(InvoiceRef, { noun: 'invoice' });

builder.queryFields((t) => ({
  invoice: t.field({
    type: InvoiceRef,
    description: 'One invoice.',
    args: {
      id: t.arg.id({ required: true, description: 'Invoice id or GHL invoice id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL invoice id; defaults to the configured location.' }),
    },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => invoices.getInvoice(ctx, args.id, args.locationId == null ? null : args.locationId),
  }),
  nextInvoiceNumber: t.string({
    description: 'The number GoHighLevel gives a location’s next invoice, to show on a new one.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => invoices.nextInvoiceNumber(ctx, args.locationId),
  }),
  invoices: t.connection({
    type: InvoiceRef,
    description: 'Invoices of a location, optionally filtered.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      status: t.arg({ type: InvoiceStatus, description: 'Only invoices in this status.' }),
      contactId: t.arg.id({ description: 'Only invoices billed to this contact (Contact id or GHL contact id).' }),
      startAt: t.arg({ type: 'Date', description: 'Only invoices issued on or after this day.' }),
      endAt: t.arg({ type: 'Date', description: 'Only invoices issued on or before this day.' }),
      query: t.arg.string({ description: 'Matches invoice id, name, or the contact’s name, email or phone.' }),
      orderBy: t.arg({ type: InvoiceOrderInput, description: invoiceOrderDescription }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) =>
      invoices.listInvoices(ctx, {
        ...args,
        locationId: args.locationId == null ? null : args.locationId,
        contactId: args.contactId == null ? null : args.contactId,
      }),
  }, InvoiceConnection),
}));

builder.objectField(ContactRef, 'invoices', (t) =>
  t.connection({
    type: InvoiceRef,
    description: 'Invoices billed to the contact.',
    args: {
      status: t.arg({ type: InvoiceStatus, description: 'Only invoices in this status.' }),
      startAt: t.arg({ type: 'Date', description: 'Only invoices issued on or after this day.' }),
      endAt: t.arg({ type: 'Date', description: 'Only invoices issued on or before this day.' }),
      orderBy: t.arg({ type: InvoiceOrderInput, description: invoiceOrderDescription }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (contact, args, ctx) => invoices.listInvoices(ctx, { ...args, locationId: contact.locationId, contactId: contact.id }),
  }, InvoiceConnection),
);

builder.objectField(LocationRef, 'invoices', (t) =>
  t.connection({
    type: InvoiceRef,
    description: 'Invoices of the location, optionally filtered.',
    args: {
      status: t.arg({ type: InvoiceStatus, description: 'Only invoices in this status.' }),
      contactId: t.arg.id({ description: 'Only invoices billed to this contact (Contact id or GHL contact id).' }),
      startAt: t.arg({ type: 'Date', description: 'Only invoices issued on or after this day.' }),
      endAt: t.arg({ type: 'Date', description: 'Only invoices issued on or before this day.' }),
      query: t.arg.string({ description: 'Matches invoice id, name, or the contact’s name, email or phone.' }),
      orderBy: t.arg({ type: InvoiceOrderInput, description: invoiceOrderDescription }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) =>
      invoices.listInvoices(ctx, { ...args, locationId: location.id, contactId: args.contactId == null ? null : args.contactId }),
  }, InvoiceConnection),
);

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    id: t.arg.id({ required: true, description: 'Invoice id or GHL invoice id.' }),
    locationId: t.arg.id({ description: 'Its location, for a GHL invoice id; defaults to the configured location.' }),
  });
  const refOf = (args: { id: string; locationId?: string | null | undefined }, ctx: GatewayContext) =>
    invoices.invoiceRefOf(ctx, args.id, args.locationId == null ? null : args.locationId);
  return {
    createInvoice: t.field({
      type: InvoicePayload,
      nullable: false,
      description: 'Create a draft invoice for a contact.',
      args: { input: t.arg({ type: CreateInvoiceInput, required: true, description: 'The invoice.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, { input }, ctx) => ({
        invoice: await invoices.createInvoice(ctx, {
          ...input,
          locationId: input.locationId == null ? null : input.locationId,
          contactId: input.contactId,
          items: input.items.map((item) => ({
            ...item,
            productId: item.productId ?? null,
            priceId: item.priceId ?? null,
          })),
        }),
      }),
    }),
    sendInvoice: t.field({
      type: InvoicePayload,
      nullable: false,
      description: 'Send an invoice to its contact.',
      args: { ...target(), input: t.arg({ type: SendInvoiceInput, required: true, description: 'How to send it.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({
        invoice: await invoices.sendInvoice(ctx, refOf(args, ctx), args.input),
      }),
    }),
    recordInvoicePayment: t.field({
      type: RecordInvoicePaymentPayload,
      nullable: false,
      description: 'Record a payment made outside GHL’s checkout (cash, cheque, ...).',
      args: { ...target(), input: t.arg({ type: RecordInvoicePaymentInput, required: true, description: 'The payment.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: (_, args, ctx) => invoices.recordInvoicePayment(ctx, refOf(args, ctx), args.input),
    }),
    updateInvoice: t.field({
      type: InvoicePayload,
      nullable: false,
      description: 'Change an invoice that is not paid or void: its lines, discount, dates or texts. Totals follow the lines.',
      args: { ...target(), input: t.arg({ type: UpdateInvoiceInput, required: true, description: 'What to change.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({
        invoice: await invoices.updateInvoice(ctx, refOf(args, ctx), {
          ...args.input,
          items: args.input.items?.map((item) => ({ ...item, productId: item.productId ?? null, priceId: item.priceId ?? null })),
        }),
      }),
    }),
    updateInvoiceLateFees: t.field({
      type: InvoicePayload,
      nullable: false,
      description: 'Set the late fees of an invoice that is not paid or void.',
      args: { ...target(), input: t.arg({ type: LateFeesInput, required: true, description: 'The late fees.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoice: await invoices.updateInvoiceLateFees(ctx, refOf(args, ctx), args.input) }),
    }),
    deleteInvoice: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete an invoice with no payment recorded on it.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => {
        const { deletedGhlId, locationId } = await invoices.deleteInvoice(ctx, refOf(args, ctx));
        return { deletedId: encodeGlobalID('Invoice', `${locationId}/${deletedGhlId}`), deletedGhlId };
      },
    }),
    voidInvoice: t.field({
      type: InvoicePayload,
      nullable: false,
      description: 'Void an invoice: nothing is owed on it any more.',
      args: target(),
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({ invoice: await invoices.voidInvoice(ctx, refOf(args, ctx)) }),
    }),
    recordInvoiceVisit: t.field({
      type: RecordInvoiceVisitPayload,
      nullable: false,
      description: 'Record that an invoice was just opened (its lastVisitedAt).',
      args: target(),
      extensions: { cost: cost.perParent(2) },
      resolve: (_, args, ctx) => invoices.recordInvoiceVisit(ctx, refOf(args, ctx)),
    }),
  };
});
