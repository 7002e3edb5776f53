/**
 * Invoices: GraphQL arguments in, GHL calls out, GHL payloads back. GHL reaches an invoice through
 * its location (`altId`, `altType=location`), so every call names one: the owner a global id
 * carries, else the `locationId` argument, else the configured location. Inputs are checked in
 * full before the first call; every write refreshes what this request's loader holds.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlContact } from '../ghl/api/contacts.ts';
import type { GhlInvoice, GhlInvoiceItem, GhlInvoiceSettings, GhlInvoiceStatus } from '../ghl/api/invoices.ts';
import { gatewayError } from '../errors.ts';
import { dayOf } from './dates.ts';
import { definedOnly, nonEmpty, positive } from './input.ts';
import { ghlIdOf, locatedIdOf, locationIdOf } from './ids.ts';
import { currencyOf } from './money.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface InvoiceFilter {
  locationId?: string | null;
  status?: GhlInvoiceStatus | null;
  contactId?: string | null;
  startAt?: Date | null;
  endAt?: Date | null;
  query?: string | null;
  /** GHL sorts invoices by issue date only; without it, newest created first. */
  orderBy?: { field: 'ISSUE_DATE'; direction: 'asc' | 'desc' } | null;
}

export interface InvoiceItemInput {
  name: string;
  description?: string | null;
  qty: number;
  amount: number;
  productId?: string | null;
  priceId?: string | null;
}

export interface CreateInvoiceInput {
  locationId?: string | null;
  contactId: string;
  name: string;
  title?: string | null;
  invoiceNumber?: string | null;
  currency: string;
  items: InvoiceItemInput[];
  discount?: { type: 'percentage' | 'fixed'; value: number } | null;
  issueDate: Date;
  dueDate?: Date | null;
  termsNotes?: string | null;
  liveMode?: boolean | null;
  sentTo?: { emails?: string[] | null; phones?: string[] | null } | null;
}

/** What an edit changes; what it leaves out stays as the invoice has it. */
export interface UpdateInvoiceInput {
  name?: string | null;
  title?: string | null;
  invoiceNumber?: string | null;
  items?: InvoiceItemInput[] | null;
  discount?: { type: 'percentage' | 'fixed'; value: number } | null;
  issueDate?: Date | null;
  dueDate?: Date | null;
  termsNotes?: string | null;
  liveMode?: boolean | null;
}

export interface LateFeesInput {
  enabled: boolean;
  type: 'fixed' | 'percentage';
  value: number;
  every: { interval: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'one_time'; count: number };
  graceDays?: number | null;
  maxTotal?: number | null;
}

export interface SendInvoiceInput {
  userId: string;
  action: 'sms_and_email' | 'send_manually' | 'email' | 'sms';
  liveMode?: boolean | null;
  fromName?: string | null;
  fromEmail?: string | null;
}

export type PaymentMode = 'cash' | 'card' | 'cheque' | 'bank_transfer' | 'other';

export interface RecordPaymentInput {
  mode: PaymentMode;
  amount?: number | null;
  notes: string;
  card?: { brand: string; last4: string } | null;
  cheque?: { number: string } | null;
  fulfilledAt?: Date | null;
}

/** The invoice a GraphQL id names, and the location GHL must be told it belongs to. */
export interface InvoiceRef {
  locationId: string;
  id: string;
}

export function invoiceRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): InvoiceRef {
  return locatedIdOf(id, 'Invoice', locationId, ctx.defaultLocationId);
}

export function getInvoice(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlInvoice> {
  return ctx.loaders.invoice.load(invoiceRefOf(ctx, id, locationId));
}

/** GET /invoices/ pages by limit/offset and reports the size of the whole match. */
export async function listInvoices(ctx: GatewayContext, args: ConnectionArgs & InvoiceFilter): Promise<Connection<GhlInvoice>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  if (args.startAt && args.endAt && args.startAt > args.endAt) {
    throw gatewayError('BAD_USER_INPUT', 'startAt must not be after endAt');
  }
  const result = await ctx.ghl.call('listInvoices', {
    location: locationId,
    query: {
      status: args.status ?? undefined,
      contactId: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      startAt: args.startAt ? dayOf(args.startAt) : undefined,
      endAt: args.endAt ? dayOf(args.endAt) : undefined,
      search: args.query?.trim() || undefined,
      sortField: args.orderBy ? 'issueDate' : undefined,
      sortOrder: args.orderBy ? `${args.orderBy.direction}end` : undefined,
      limit: page.size,
      offset: page.offset,
    },
  });
  const invoices = result.invoices ?? [];
  for (const invoice of invoices) primeInvoice(ctx, invoice, locationId);
  return offsetConnection(invoices, page, result.total);
}

export async function createInvoice(ctx: GatewayContext, input: CreateInvoiceInput): Promise<GhlInvoice> {
  const { locationId, body } = await newInvoiceBody(ctx, input);
  const invoice = await ctx.ghl.call('createInvoice', { location: locationId, body });
  primeInvoice(ctx, invoice, locationId);
  return invoice;
}

/** How text to pay goes: by which user, sent at once or kept a draft, and the draft it replaces. */
export interface TextToPayInput {
  userId: string;
  send: boolean;
  replacesInvoiceId?: string | null;
}

/**
 * Text to pay: GHL writes the invoice (a new one, or over a draft it replaces) and, unless it is
 * kept a draft, sends it at once; it answers the invoice and the link the contact pays at.
 */
export async function textToPayInvoice(
  ctx: GatewayContext,
  input: CreateInvoiceInput,
  how: TextToPayInput,
): Promise<{ invoice: GhlInvoice; invoiceUrl: string | null }> {
  const userId = ghlIdOf(how.userId, 'User', 'userId');
  const replaced = how.replacesInvoiceId ? invoiceRefOf(ctx, how.replacesInvoiceId, input.locationId) : undefined;
  const { locationId, body } = await newInvoiceBody(ctx, input);
  if (replaced && replaced.locationId !== locationId) throw gatewayError('BAD_USER_INPUT', 'replacesInvoiceId names an invoice of another location');
  const result = await ctx.ghl.call('textToPayInvoice', {
    location: locationId,
    body: definedOnly({ ...body, userId, action: how.send ? 'send' : 'draft', id: replaced?.id }),
  });
  if (replaced) ctx.loaders.invoice.clear(replaced);
  primeInvoice(ctx, result.invoice, locationId);
  return { invoice: result.invoice, invoiceUrl: result.invoiceUrl || null };
}

/** Tells GHL the invoice was just opened; the invoice is read afresh when asked for. */
export async function recordInvoiceVisit(ctx: GatewayContext, ref: InvoiceRef): Promise<{ ref: InvoiceRef }> {
  await ctx.ghl.call('recordInvoiceVisit', { body: { invoiceId: ref.id } });
  ctx.loaders.invoice.clear(ref);
  return { ref };
}

/** Checks a new invoice in full, then reads the contact once: GHL wants its details copied onto the invoice. */
async function newInvoiceBody(ctx: GatewayContext, input: CreateInvoiceInput) {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const currency = currencyOf(input.currency);
  const name = nonEmpty(input.name, 'name');
  const items = itemsOf(input.items).map((item) => ({ ...item, currency }));
  const discount = discountOf(input.discount ?? { type: 'percentage', value: 0 });
  checkInvoiceNumber(input.invoiceNumber);
  if (input.dueDate && input.dueDate < input.issueDate) {
    throw gatewayError('BAD_USER_INPUT', 'dueDate must not be before issueDate');
  }

  const contact = await contactInLocation(ctx, contactId, locationId);
  const emails = input.sentTo?.emails ?? (contact.email ? [contact.email] : []);
  const phones = input.sentTo?.phones ?? (contact.phone ? [contact.phone] : []);
  const body = definedOnly({
    name,
    title: input.title ?? undefined,
    invoiceNumber: input.invoiceNumber ?? undefined,
    currency,
    items,
    discount,
    termsNotes: input.termsNotes ?? undefined,
    issueDate: dayOf(input.issueDate),
    dueDate: input.dueDate ? dayOf(input.dueDate) : undefined,
    liveMode: input.liveMode ?? true,
    businessDetails: {},
    contactDetails: contactDetailsOf(contact),
    sentTo: { email: emails, phoneNo: phones },
  });
  return { locationId, body };
}

/**
 * GHL's edit is a PUT of the whole editable invoice: what the input leaves out is sent as the
 * invoice has it, read first (from this request's loader when it holds it).
 */
export async function updateInvoice(ctx: GatewayContext, ref: InvoiceRef, input: UpdateInvoiceInput): Promise<GhlInvoice> {
  const name = input.name == null ? undefined : nonEmpty(input.name, 'name');
  checkInvoiceNumber(input.invoiceNumber);
  const items = input.items ? itemsOf(input.items) : undefined;
  const discount = input.discount ? discountOf(input.discount) : undefined;
  if (input.issueDate && input.dueDate && input.dueDate < input.issueDate) {
    throw gatewayError('BAD_USER_INPUT', 'dueDate must not be before issueDate');
  }
  if (Object.values(input).every((value) => value == null)) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');

  const current = await ctx.loaders.invoice.load(ref);
  const currency = current.currency ?? '';
  const issueDate = input.issueDate ? dayOf(input.issueDate) : current.issueDate?.slice(0, 10);
  const dueDate = input.dueDate ? dayOf(input.dueDate) : current.dueDate?.slice(0, 10);
  if (!issueDate || !dueDate || !currency) throw gatewayError('UPSTREAM_ERROR', 'getInvoice: the invoice has no currency, issue or due date to keep');
  if (dueDate < issueDate) throw gatewayError('BAD_USER_INPUT', 'dueDate must not be before the invoice’s issue date');
  const invoice = await ctx.ghl.call('updateInvoice', {
    path: { invoiceId: ref.id },
    location: ref.locationId,
    body: definedOnly({
      name: name ?? current.name ?? '',
      title: input.title ?? current.title,
      invoiceNumber: input.invoiceNumber ?? undefined,
      currency,
      invoiceItems: items ? items.map((item) => ({ ...item, currency })) : (current.invoiceItems ?? []).map((item) => storedItemOf(item, currency)),
      discount: discount ?? storedDiscountOf(current.discount),
      termsNotes: input.termsNotes ?? undefined,
      liveMode: input.liveMode ?? current.liveMode,
      issueDate,
      dueDate,
    }),
  });
  return refreshed(ctx, ref, invoice);
}

export async function updateInvoiceLateFees(ctx: GatewayContext, ref: InvoiceRef, input: LateFeesInput): Promise<GhlInvoice> {
  const invoice = await ctx.ghl.call('updateInvoiceLateFees', {
    path: { invoiceId: ref.id },
    location: ref.locationId,
    body: { lateFeesConfiguration: lateFeesOf(input) },
  });
  return refreshed(ctx, ref, invoice);
}

/** LateFeesConfigurationDto from the input, checked: an invoice's and a template's alike. */
export function lateFeesOf(input: LateFeesInput) {
  if (!Number.isFinite(input.value) || input.value < 0) throw gatewayError('BAD_USER_INPUT', 'value must not be negative');
  if (input.type === 'percentage' && input.value > 100) throw gatewayError('BAD_USER_INPUT', 'a percentage value must not exceed 100');
  if (!Number.isInteger(input.every.count) || input.every.count < 1) throw gatewayError('BAD_USER_INPUT', 'every.count must be a whole number of at least 1');
  if (input.graceDays != null && (!Number.isInteger(input.graceDays) || input.graceDays < 0)) {
    throw gatewayError('BAD_USER_INPUT', 'graceDays must be a whole number of days, not negative');
  }
  if (input.maxTotal != null) positive(input.maxTotal, 'maxTotal');
  return definedOnly({
    enable: input.enabled,
    type: input.type,
    value: input.value,
    frequency: { interval: input.every.interval, intervalCount: input.every.count },
    grace: input.graceDays == null ? undefined : { interval: 'day', intervalCount: input.graceDays },
    maxLateFees: input.maxTotal == null ? undefined : { type: 'fixed', value: input.maxTotal },
  });
}

/** GHL answers the invoice as it was; the loader forgets it. */
export async function deleteInvoice(ctx: GatewayContext, ref: InvoiceRef): Promise<{ deletedGhlId: string; locationId: string }> {
  await ctx.ghl.call('deleteInvoice', { path: { invoiceId: ref.id }, location: ref.locationId });
  ctx.loaders.invoice.clear(ref);
  return { deletedGhlId: ref.id, locationId: ref.locationId };
}

/** What the location's new invoices and estimates start from; the location is named in the answer. */
export async function invoiceSettings(ctx: GatewayContext, locationId: string): Promise<GhlInvoiceSettings & { altId: string }> {
  const settings = await ctx.ghl.call('getInvoiceSettings', { location: locationId });
  return { ...settings, altId: settings.altId ?? locationId };
}

/** The number GHL would give the location's next invoice. */
export async function nextInvoiceNumber(ctx: GatewayContext, locationId: string | null | undefined): Promise<string | null> {
  const { invoiceNumber } = await ctx.ghl.call('generateInvoiceNumber', { location: locationIdOf(locationId, ctx.defaultLocationId) });
  return invoiceNumber == null || invoiceNumber === '' ? null : String(invoiceNumber);
}

export async function sendInvoice(
  ctx: GatewayContext,
  ref: InvoiceRef,
  input: SendInvoiceInput,
): Promise<GhlInvoice> {
  const userId = ghlIdOf(input.userId, 'User', 'userId');
  const sentFrom =
    input.fromName || input.fromEmail ? definedOnly({ fromName: input.fromName ?? undefined, fromEmail: input.fromEmail ?? undefined }) : undefined;
  const { invoice } = await ctx.ghl.call('sendInvoice', {
    path: { invoiceId: ref.id },
    location: ref.locationId,
    body: definedOnly({
      userId,
      action: input.action,
      liveMode: input.liveMode ?? true,
      sentFrom,
    }),
  });
  return refreshed(ctx, ref, invoice);
}

export async function recordInvoicePayment(
  ctx: GatewayContext,
  ref: InvoiceRef,
  input: RecordPaymentInput,
): Promise<{ success: boolean; invoice: GhlInvoice }> {
  if (input.amount != null) positive(input.amount, 'amount');
  if (input.mode === 'card' && !input.card) throw gatewayError('BAD_USER_INPUT', 'card is required when mode is CARD');
  if (input.mode !== 'card' && input.card) throw gatewayError('BAD_USER_INPUT', 'card is only for mode CARD');
  if (input.mode === 'cheque' && !input.cheque) throw gatewayError('BAD_USER_INPUT', 'cheque is required when mode is CHEQUE');
  if (input.mode !== 'cheque' && input.cheque) throw gatewayError('BAD_USER_INPUT', 'cheque is only for mode CHEQUE');
  if (input.card && !/^\d{4}$/.test(input.card.last4)) throw gatewayError('BAD_USER_INPUT', 'card.last4 must be four digits');
  if (input.card) nonEmpty(input.card.brand, 'card.brand');
  if (input.cheque) nonEmpty(input.cheque.number, 'cheque.number');
  const notes = nonEmpty(input.notes, 'notes');
  const result = await ctx.ghl.call('recordInvoicePayment', {
    path: { invoiceId: ref.id },
    location: ref.locationId,
    body: definedOnly({
      mode: input.mode,
      amount: input.amount ?? undefined,
      notes,
      // RecordPaymentDto requires a card and a cheque whatever the mode: blank for the other modes.
      card: input.card ?? { brand: '', last4: '' },
      cheque: input.cheque ?? { number: '' },
      fulfilledAt: input.fulfilledAt?.toISOString(),
    }),
  });
  return { success: result.success, invoice: await refreshed(ctx, ref, result.invoice) };
}

export async function voidInvoice(ctx: GatewayContext, ref: InvoiceRef): Promise<GhlInvoice> {
  const invoice = await ctx.ghl.call('voidInvoice', {
    path: { invoiceId: ref.id },
    location: ref.locationId,
  });
  return refreshed(ctx, ref, invoice);
}

/** A stored invoice number may be a number or a string; it reads as a string. */
export function invoiceNumberOf(invoice: GhlInvoice): string | null {
  return invoice.invoiceNumber == null || invoice.invoiceNumber === '' ? null : String(invoice.invoiceNumber);
}

/** What an invoice template, an estimate template, an estimate and an invoice schedule all carry. */
export interface DocumentInput {
  name: string;
  title?: string | null;
  currency: string;
  items: InvoiceItemInput[];
  discount?: { type: 'percentage' | 'fixed'; value: number } | null;
  termsNotes?: string | null;
}

/**
 * The fields of a DocumentInput as GHL takes them, checked in one order (currency, name, lines,
 * discount) so each kind's body reports the same first error; each kind adds its own fields after.
 */
export function documentFieldsOf(input: DocumentInput) {
  const currency = currencyOf(input.currency);
  const name = nonEmpty(input.name, 'name');
  const items = itemsOf(input.items).map((item) => ({ ...item, currency }));
  const discount = discountOf(input.discount ?? { type: 'percentage', value: 0 });
  return { name, title: input.title ?? undefined, currency, items, discount, termsNotes: input.termsNotes ?? undefined };
}

/** The contact a document is for, read once: it must be of the document's location. */
export async function contactInLocation(ctx: GatewayContext, contactId: string, locationId: string): Promise<GhlContact> {
  const contact = await ctx.loaders.contact.load(contactId);
  if (contact.locationId !== locationId) throw gatewayError('BAD_USER_INPUT', 'contactId names a contact of another location');
  return contact;
}

/** The lines, checked; each takes the invoice's currency. */
export function itemsOf(items: InvoiceItemInput[]) {
  if (items.length === 0) throw gatewayError('BAD_USER_INPUT', 'items must hold at least one item');
  return items.map((item, index) => ({
    name: nonEmpty(item.name, `items[${index}].name`),
    description: item.description ?? undefined,
    qty: positive(item.qty, `items[${index}].qty`),
    amount: positive(item.amount, `items[${index}].amount`),
    productId: item.productId ? ghlIdOf(item.productId, 'Product', `items[${index}].productId`) : undefined,
    priceId: item.priceId ? ghlIdOf(item.priceId, 'Price', `items[${index}].priceId`) : undefined,
  }));
}

/** A stored line as InvoiceItemDto takes it back: GHL's own `_id` and computed fields stay behind. */
function storedItemOf(item: GhlInvoiceItem, currency: string) {
  return definedOnly({
    name: item.name ?? '',
    description: item.description,
    qty: item.qty ?? 1,
    amount: item.amount ?? 0,
    currency: item.currency ?? currency,
    productId: item.productId,
    priceId: item.priceId,
  });
}

function storedDiscountOf(discount: GhlInvoice['discount']) {
  return discount?.type === 'fixed' || discount?.type === 'percentage' ? { type: discount.type, value: discount.value ?? 0 } : undefined;
}

export function discountOf(discount: { type: 'percentage' | 'fixed'; value: number }) {
  if (!Number.isFinite(discount.value) || discount.value < 0) {
    throw gatewayError('BAD_USER_INPUT', 'discount.value must not be negative');
  }
  if (discount.type === 'percentage' && discount.value > 100) {
    throw gatewayError('BAD_USER_INPUT', 'a percentage discount.value must not exceed 100');
  }
  return discount;
}

function checkInvoiceNumber(invoiceNumber: string | null | undefined): void {
  if (invoiceNumber != null && !/^\d+$/.test(invoiceNumber)) {
    throw gatewayError('BAD_USER_INPUT', 'invoiceNumber must be digits (GHL numbers invoices)');
  }
}

function primeInvoice(ctx: GatewayContext, invoice: GhlInvoice, locationId: string): void {
  ctx.loaders.invoice.prime({ locationId: invoice.altId ?? locationId, id: invoice._id }, invoice);
}

/** A write's answer is the invoice's new state, unless GHL left it out: then read it again. */
function refreshed(ctx: GatewayContext, ref: InvoiceRef, invoice: GhlInvoice | undefined): GhlInvoice | Promise<GhlInvoice> {
  ctx.loaders.invoice.clear(ref);
  if (!invoice?._id) return ctx.loaders.invoice.load(ref);
  ctx.loaders.invoice.prime(ref, invoice);
  return invoice;
}

export function contactDetailsOf(contact: GhlContact) {
  const name = contact.name ?? ([contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email || contact.id);
  return definedOnly({
    id: contact.id,
    name,
    email: contact.email ?? '',
    phoneNo: contact.phone ?? '',
    companyName: contact.companyName ?? undefined,
    address: definedOnly({
      addressLine1: contact.address1 ?? undefined,
      city: contact.city ?? undefined,
      state: contact.state ?? undefined,
      postalCode: contact.postalCode ?? undefined,
      countryCode: contact.country ?? undefined,
    }),
  });
}
