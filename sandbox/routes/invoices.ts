/**
 * Invoices (invoices.json): list, get, create, edit, send, record a manual payment, void, delete,
 * the next invoice number, the location's invoice settings, text to pay (create or replace a
 * draft, and send it at once), and the time an invoice was last opened. GHL names
 * the location as `altId` with `altType=location`, in the query or the body, and takes location
 * and agency tokens alike. The life of an invoice:
 *
 *   draft --send--> sent --payment--> partially_paid --payment--> paid
 *   draft or sent, with nothing paid yet --void--> void
 *
 * A payment may also settle a draft directly; a paid or void invoice takes no more of either, nor
 * any edit. An invoice with a payment recorded is a record of money received: it is not deleted.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { cents, invoiceTotals } from '../model/invoice-totals.ts';
import { invoiceBody } from '../model/invoices.ts';
import type { Invoice, Location } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { readShapedBody, rule } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { invoiceEvent } from '../webhooks/events.ts';
import { ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';
import { readCreateInvoice, RECORD_PAYMENT, SEND_INVOICE, TEXT2PAY, UPDATE_INVOICE, UPDATE_LATE_FEES, VOID_INVOICE, type CreateInvoiceInput, type UpdateInvoiceInput } from './invoice-input.ts';
import { inDayRange, readAltQuery, readInvoiceListFilters, readPage } from './invoice-query.ts';

/** Location-Access and Agency-Access alike. */
const INVOICES = { versions: V2021_07_28, tokens: 'any' } as const;
/** Text to pay takes Location-Access alone, as its file declares. */
const TEXT_TO_PAY = { versions: V2021_07_28, tokens: 'location' } as const;

/** GHL's first number for a location that has none yet. */
const FIRST_INVOICE_NUMBER = 1001;

type AltBody = { altId: string };

export const invoiceRoutes: Route[] = [
  route('GET', '/invoices/', INVOICES, listInvoices),
  route('POST', '/invoices/', INVOICES, createInvoice),
  route('POST', '/invoices/text2pay', TEXT_TO_PAY, textToPay),
  route('PATCH', '/invoices/stats/last-visited-at', INVOICES, ({ store, principal, body }) => {
    // The file names no owner: the invoice names its own location.
    const { invoiceId } = readShapedBody<{ invoiceId: string }>(body, { invoiceId: rule.required(rule.string) });
    const invoice = store.invoices.get(invoiceId);
    if (!invoice) throw ghlErrors.notFound('Invoice');
    requireLocation(store, principal, invoice.altId);
    store.invoices.insert({ ...invoice, lastVisitedAt: new Date().toISOString() });
    return ok(undefined);
  }),
  route('GET', '/invoices/generate-invoice-number', INVOICES, ({ store, principal, query }) => {
    const altId = readAltQuery(query);
    requireLocation(store, principal, altId);
    return ok({ invoiceNumber: nextInvoiceNumber(store, altId) });
  }),
  route('GET', '/invoices/settings', INVOICES, ({ store, principal, query }) => {
    const location = requireLocation(store, principal, readAltQuery(query));
    // The terms the location's invoices carry; GHL's defaults for the rest (no route changes them).
    const termsNote = store.invoicesOfLocation(location.id).find((invoice) => invoice.termsNotes)?.termsNotes ?? 'Payment is due within 30 days.';
    return ok({
      altId: location.id,
      altType: 'location',
      termsNote,
      estimatesTermsNote: 'This estimate is valid for 30 days.',
      title: 'INVOICE',
      estimatesTitle: 'ESTIMATE',
      invoiceNumberPrefix: 'INV-',
      estimateNumberPrefix: 'EST-',
      dueAfterXDays: 30,
      estimatesExpireAfterXDays: 30,
      minimumPercentagePartialPayment: 25,
      customFields: [],
      businessDetails: businessOf(location),
    });
  }),
  route('GET', '/invoices/{invoiceId}', INVOICES, ({ store, principal, params, query }) => {
    const altId = readAltQuery(query);
    return ok(invoiceBody(requireInvoice(store, principal, params.invoiceId, altId)));
  }),
  route('PUT', '/invoices/{invoiceId}', INVOICES, updateInvoice),
  route('DELETE', '/invoices/{invoiceId}', INVOICES, ({ store, principal, params, query, emit }) => {
    const altId = readAltQuery(query);
    const invoice = requireInvoice(store, principal, params.invoiceId, altId);
    if (invoice.amountPaid > 0) throw ghlErrors.badRequest('An invoice with payments recorded cannot be deleted');
    store.invoices.delete(invoice.id);
    emit(invoiceEvent('InvoiceDelete', invoice));
    return ok(invoiceBody(invoice));
  }),
  route('PATCH', '/invoices/{invoiceId}/late-fees-configuration', INVOICES, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<AltBody & { lateFeesConfiguration: Record<string, unknown> }>(body, UPDATE_LATE_FEES);
    const invoice = requireInvoice(store, principal, params.invoiceId, input.altId);
    refuseIfSettled(invoice);
    const updated = store.invoices.insert({ ...invoice, lateFeesConfiguration: input.lateFeesConfiguration, updatedAt: new Date().toISOString() });
    emit(invoiceEvent('InvoiceUpdate', updated));
    return ok(invoiceBody(updated));
  }),
  route('POST', '/invoices/{invoiceId}/send', INVOICES, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<AltBody & { userId: string }>(body, SEND_INVOICE);
    const invoice = requireInvoice(store, principal, params.invoiceId, input.altId);
    if (!store.usersOfLocation(input.altId).some((user) => user.id === input.userId)) {
      throw ghlErrors.unprocessable(['userId must be a user of this location']);
    }
    refuseIfSettled(invoice);
    // Sending again, or after a partial payment, changes nothing but the date.
    const status = invoice.status === 'draft' ? 'sent' : invoice.status;
    const sent = store.invoices.insert({ ...invoice, status, updatedAt: new Date().toISOString() });
    emit(invoiceEvent('InvoiceSent', sent));
    return ok({ invoice: invoiceBody(sent), smsData: {}, emailData: {} });
  }),
  route('POST', '/invoices/{invoiceId}/record-payment', INVOICES, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<AltBody & { amount?: number }>(body, RECORD_PAYMENT);
    const invoice = requireInvoice(store, principal, params.invoiceId, input.altId);
    refuseIfSettled(invoice);
    // Without an amount, the payment settles what is due.
    const amount = cents(input.amount ?? invoice.amountDue);
    if (amount > invoice.amountDue) throw ghlErrors.badRequest(`Amount cannot be more than the amount due (${invoice.amountDue})`);
    const amountPaid = cents(invoice.amountPaid + amount);
    const amountDue = cents(invoice.total - amountPaid);
    const status = amountDue <= 0 ? 'paid' : 'partially_paid';
    const paid = store.invoices.insert({ ...invoice, amountPaid, amountDue, status, updatedAt: new Date().toISOString() });
    emit(invoiceEvent(status === 'paid' ? 'InvoicePaid' : 'InvoicePartiallyPaid', paid));
    return ok({ success: true, invoice: invoiceBody(paid) });
  }),
  route('POST', '/invoices/{invoiceId}/void', INVOICES, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<AltBody>(body, VOID_INVOICE);
    const invoice = requireInvoice(store, principal, params.invoiceId, input.altId);
    refuseIfSettled(invoice);
    if (invoice.amountPaid > 0) throw ghlErrors.badRequest('An invoice with payments recorded cannot be voided');
    const voided = store.invoices.insert({ ...invoice, status: 'void', updatedAt: new Date().toISOString() });
    emit(invoiceEvent('InvoiceVoid', voided));
    return ok(invoiceBody(voided));
  }),
];

/**
 * `startAt`/`endAt` bound the issue date, both included. `search` matches the id, the invoice or
 * contact name, the email or the phone. Newest first unless sorted by issueDate. `limit` and
 * `offset` are strings in the spec, as every query value is.
 */
function listInvoices({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const { altId, status, days, search, paymentMode } = readInvoiceListFilters(v);
  const contactId = v.string('contactId');
  const { limit, offset } = readPage(v);
  const sortField = v.oneOf('sortField', ['issueDate']);
  const sortOrder = v.oneOf('sortOrder', ['ascend', 'descend']) ?? 'descend';
  v.check();
  requireLocation(store, principal, altId);

  const direction = sortOrder === 'ascend' ? 1 : -1;
  const matching = store
    .invoicesOfLocation(altId)
    .filter((invoice) => status === undefined || invoice.status === status)
    .filter((invoice) => contactId === undefined || invoice.contactDetails.id === contactId)
    .filter((invoice) => inDayRange(invoice.issueDate, days))
    .filter((invoice) => paymentMode === undefined || paymentMode === 'default' || invoice.liveMode === (paymentMode === 'live'))
    .filter((invoice) => search === undefined || matchesSearch(invoice, search))
    .sort(
      (a, b) =>
        direction * ((sortField === 'issueDate' ? a.issueDate.localeCompare(b.issueDate) : 0) || a.createdAt.localeCompare(b.createdAt)) ||
        a.id.localeCompare(b.id),
    );
  return ok({ invoices: matching.slice(offset, offset + limit).map(invoiceBody), total: matching.length });
}

function matchesSearch(invoice: Invoice, search: string): boolean {
  const { name, email, phoneNo } = invoice.contactDetails;
  return [invoice.id, invoice.name, name, email, phoneNo].some((field) => field.toLowerCase().includes(search));
}

/**
 * Totals are computed from the items, never taken from the body. Without an invoiceNumber the
 * next after the location's highest is used; without a dueDate the invoice is due on issue.
 */
function createInvoice({ store, principal, body, emit }: RequestContext): ApiResult {
  const invoice = writeNewInvoice(store, principal, readCreateInvoice(body));
  emit(invoiceEvent('InvoiceCreate', invoice));
  return ok(invoiceBody(invoice));
}

/**
 * Text to pay: a new invoice, or one that replaces a draft (`id`, keeping its number), sent at
 * once by `userId` when the action is `send`. Answered with the invoice and its preview link.
 */
function textToPay({ store, principal, body, emit, baseUrl }: RequestContext): ApiResult {
  const { action, userId, id, includeTermsNote: _include, ...input } = readCreateInvoice(body, TEXT2PAY) as Omit<CreateInvoiceInput, 'discount'> & {
    discount?: CreateInvoiceInput['discount'];
    action: 'draft' | 'send';
    userId: string;
    id?: string;
    includeTermsNote?: boolean;
  };
  const location = requireLocation(store, principal, input.altId);
  if (!store.usersOfLocation(input.altId).some((user) => user.id === userId)) throw ghlErrors.unprocessable(['userId must be a user of this location']);
  const replaced = id === undefined ? undefined : requireInvoice(store, principal, id, input.altId);
  if (replaced && replaced.status !== 'draft') throw ghlErrors.badRequest('Only a draft invoice is replaced by text to pay');
  const businessDetails = input.businessDetails ?? businessOf(location);
  const discount = input.discount ?? { type: 'percentage' as const, value: 0 };
  const written = writeNewInvoice(store, principal, { ...input, businessDetails, discount }, replaced);
  emit(invoiceEvent(replaced ? 'InvoiceUpdate' : 'InvoiceCreate', written));
  const invoice = action === 'send' ? store.invoices.insert({ ...written, status: 'sent' }) : written;
  if (action === 'send') emit(invoiceEvent('InvoiceSent', invoice));
  return ok({ invoice: invoiceBody(invoice), invoiceUrl: `${baseUrl}/invoice/${invoice.id}` });
}

/**
 * Totals are computed from the items, never taken from the body. Without an invoiceNumber the
 * next after the location's highest is used (or the replaced draft's); without a dueDate the
 * invoice is due on issue.
 */
function writeNewInvoice(store: SandboxStore, principal: Principal, input: CreateInvoiceInput, replaced?: Invoice): Invoice {
  const { items, invoiceNumber, discount, contactDetails, ...fields } = input;
  requireLocation(store, principal, fields.altId);
  const contact = requireContact(store, principal, contactDetails.id);
  if (contact.locationId !== fields.altId) throw ghlErrors.unprocessable(['contactDetails.id must be a contact of this location']);
  const taken = store.invoicesOfLocation(fields.altId).filter((invoice) => invoice.id !== replaced?.id).map((invoice) => invoice.invoiceNumber);
  if (invoiceNumber !== undefined && taken.includes(invoiceNumber)) throw new GhlError(400, 'Invoice number already exists');

  const invoiceItems = items.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const fullDiscount = { ...discount, value: discount.value ?? 0 };
  const { totalSummary, total } = invoiceTotals(invoiceItems, fullDiscount);
  const now = new Date().toISOString();
  const invoice: Invoice = definedOnly({
    ...fields,
    id: replaced?.id ?? randomId(),
    status: 'draft',
    title: fields.title ?? 'INVOICE',
    invoiceNumber: invoiceNumber ?? replaced?.invoiceNumber ?? nextInvoiceNumber(store, fields.altId),
    dueDate: fields.dueDate ?? fields.issueDate,
    contactDetails: { ...contactDetails, customFields: contactDetails.customFields ?? [] },
    discount: fullDiscount,
    invoiceItems,
    totalSummary,
    total,
    amountPaid: 0,
    amountDue: total,
    createdAt: replaced?.createdAt ?? now,
    updatedAt: now,
  });
  return store.invoices.insert(invoice);
}

/**
 * The lines, discount, dates and texts are replaced; totals are computed again and what is paid
 * stays. The number, when given, must not be another invoice's.
 */
function updateInvoice({ store, principal, params, body, emit }: RequestContext<{ invoiceId: string }>): ApiResult {
  const input = readShapedBody<UpdateInvoiceInput>(body, UPDATE_INVOICE);
  const invoice = requireInvoice(store, principal, params.invoiceId, input.altId);
  refuseIfSettled(invoice);
  if (input.dueDate < input.issueDate) throw ghlErrors.badRequest('dueDate must not be before issueDate');
  const invoiceNumber = input.invoiceNumber === undefined ? invoice.invoiceNumber : Number(input.invoiceNumber);
  if (input.invoiceNumber !== undefined && !/^\d+$/.test(input.invoiceNumber)) throw ghlErrors.unprocessable(['invoiceNumber must be a number string']);
  const taken = store.invoicesOfLocation(input.altId).some((other) => other.id !== invoice.id && other.invoiceNumber === invoiceNumber);
  if (taken) throw new GhlError(400, 'Invoice number already exists');
  if (input.contactDetails && input.contactDetails.id !== invoice.contactDetails.id) {
    const contact = requireContact(store, principal, input.contactDetails.id);
    if (contact.locationId !== input.altId) throw ghlErrors.unprocessable(['contactDetails.id must be a contact of this location']);
  }

  const invoiceItems = input.invoiceItems.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const discount = input.discount ? { ...input.discount, value: input.discount.value ?? 0 } : invoice.discount;
  const { totalSummary, total } = invoiceTotals(invoiceItems, discount);
  const amountDue = cents(total - invoice.amountPaid);
  if (amountDue < 0) throw ghlErrors.badRequest(`The total cannot be less than the amount paid (${invoice.amountPaid})`);
  const { altId: _altId, altType: _altType, invoiceNumber: _number, contactId: _contactId, invoiceItems: _items, contactDetails, ...fields } = input;
  const updated: Invoice = definedOnly({
    ...invoice,
    ...fields,
    invoiceNumber,
    contactDetails: contactDetails ? { ...contactDetails, customFields: contactDetails.customFields ?? [] } : invoice.contactDetails,
    discount,
    invoiceItems,
    totalSummary,
    total,
    amountDue,
    updatedAt: new Date().toISOString(),
  });
  store.invoices.insert(updated);
  emit(invoiceEvent('InvoiceUpdate', updated));
  return ok(invoiceBody(updated));
}

/** The location's business as its invoices print it, where a body names none. */
function businessOf(location: Location): Invoice['businessDetails'] {
  return definedOnly({ name: location.name, logoUrl: location.logoUrl, phoneNo: location.phone, website: location.website });
}

/** The next after the location's highest number, or GHL's first. */
export function nextInvoiceNumber(store: SandboxStore, altId: string): number {
  return Math.max(FIRST_INVOICE_NUMBER - 1, ...store.invoicesOfLocation(altId).map((invoice) => invoice.invoiceNumber)) + 1;
}

/** The token must reach `altId` (403), and the invoice must be one of its (404). */
function requireInvoice(store: SandboxStore, principal: Principal, invoiceId: string, altId: string): Invoice {
  requireLocation(store, principal, altId);
  const invoice = store.invoices.get(invoiceId);
  if (invoice?.altId !== altId) throw ghlErrors.notFound('Invoice');
  return invoice;
}

function refuseIfSettled(invoice: Invoice): void {
  if (invoice.status === 'void') throw ghlErrors.badRequest('Invoice is void');
  if (invoice.status === 'paid') throw ghlErrors.badRequest('Invoice is already paid');
}
