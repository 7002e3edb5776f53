/**
 * Estimates (invoices.json): list, create, edit, delete, send, number, the invoice made from
 * one, and the time one was last opened. GHL names the location as `altId` with
 * `altType=location`, in the query or the body (a DELETE's too). The life of an estimate:
 *
 *   draft --send--> sent --(the contact)--> viewed, accepted or declined
 *   any but invoiced --invoice--> invoiced (with markAsInvoiced; the invoice is a new draft)
 *
 * An invoiced estimate takes no more edits, sends or invoices. GHL sends no webhook for
 * estimates; the invoice made from one is an InvoiceCreate.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { isDay, readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { estimateAnswer, estimateBody, FIRST_ESTIMATE_NUMBER } from '../model/estimates.ts';
import { invoiceTotals } from '../model/invoice-totals.ts';
import { invoiceBody } from '../model/invoices.ts';
import type { Estimate, EstimateStatus, Invoice } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { invoiceEvent } from '../webhooks/events.ts';
import { created, ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';
import { ALT, CONTACT_DETAILS, ESTIMATE_CONTENT, SEND_INVOICE, type CreateInvoiceInput } from './invoice-input.ts';
import { inDayRange, newestFirst, readAlt, readAltQuery, readDayRange, readPage } from './invoice-query.ts';
import { nextInvoiceNumber } from './invoices.ts';

const ESTIMATES = { versions: V2021_07_28, tokens: 'any' } as const;

/** CreateEstimatesDto; UpdateEstimateDto adds the status. */
const ESTIMATE: Shape = {
  ...ESTIMATE_CONTENT,
  contactDetails: rule.required(rule.shape(CONTACT_DETAILS)),
  estimateNumber: rule.number({ min: 1 }),
  issueDate: rule.string,
  expiryDate: rule.string,
  sentTo: rule.shape({ email: rule.required(rule.strings), emailCc: rule.strings, emailBcc: rule.strings, phoneNo: rule.strings }),
  automaticTaxesEnabled: rule.boolean,
  meta: rule.object,
  sendEstimateDetails: rule.object,
  frequencySettings: rule.required(rule.shape({ enabled: rule.required(rule.boolean), schedule: rule.object })),
  estimateNumberPrefix: rule.string,
  userId: rule.string,
  attachments: rule.objects,
  autoInvoice: rule.object,
  miscellaneousCharges: rule.object,
  paymentScheduleConfig: rule.object,
};

const UPDATE_ESTIMATE: Shape = {
  ...ESTIMATE,
  estimateStatus: rule.oneOf(['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed']),
};

const SEND_ESTIMATE: Shape = { ...SEND_INVOICE, estimateName: rule.string };

const INVOICE_FROM_ESTIMATE: Shape = { ...ALT, markAsInvoiced: rule.required(rule.boolean), version: rule.oneOf(['v1', 'v2']) };

type EstimateInput = Pick<Estimate, 'altId' | 'name' | 'currency' | 'businessDetails'> &
  Partial<Pick<Estimate, 'liveMode' | 'termsNotes' | 'title' | 'estimateNumber' | 'automaticTaxesEnabled' | 'meta' | 'estimateNumberPrefix'>> & {
    items: CreateInvoiceInput['items'];
    discount: CreateInvoiceInput['discount'];
    contactDetails: CreateInvoiceInput['contactDetails'];
    issueDate?: string;
    expiryDate?: string;
    sentTo?: Estimate['sentTo'];
    frequencySettings: { enabled: boolean; schedule?: Record<string, unknown> };
    estimateStatus?: EstimateStatus | 'all';
  };

export const estimateRoutes: Route[] = [
  route('GET', '/invoices/estimate/list', ESTIMATES, listEstimates),
  route('GET', '/invoices/estimate/number/generate', ESTIMATES, ({ store, principal, query }) => {
    const altId = readAltQuery(query);
    requireLocation(store, principal, altId);
    return ok({ estimateNumber: nextEstimateNumber(store, altId), traceId: randomId() });
  }),
  route('POST', '/invoices/estimate', ESTIMATES, ({ store, principal, body }) => {
    const input = readShapedBody<EstimateInput>(body, ESTIMATE);
    requireLocation(store, principal, input.altId);
    const now = new Date().toISOString();
    const estimate = writeEstimate(store, principal, input, {
      id: randomId(),
      companyId: store.locations.get(input.altId)!.companyId,
      estimateNumber: input.estimateNumber ?? nextEstimateNumber(store, input.altId),
      estimateStatus: 'draft',
      createdAt: now,
      lastVisitedAt: now,
    });
    return created(estimateAnswer(estimate, randomId()));
  }),
  route('PATCH', '/invoices/estimate/stats/last-visited-at', ESTIMATES, ({ store, principal, body }) => {
    // The file names no owner: the estimate names its own location.
    const { estimateId } = readShapedBody<{ estimateId: string }>(body, { estimateId: rule.required(rule.string) });
    const estimate = store.estimates.get(estimateId);
    if (!estimate) throw ghlErrors.notFound('Estimate');
    requireLocation(store, principal, estimate.altId);
    store.estimates.insert({ ...estimate, lastVisitedAt: new Date().toISOString() });
    return ok(undefined);
  }),
  route('PUT', '/invoices/estimate/{estimateId}', ESTIMATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<EstimateInput>(body, UPDATE_ESTIMATE);
    const current = requireEstimate(store, principal, params.estimateId, input.altId);
    refuseIfInvoiced(current);
    if (input.estimateStatus === 'all' || input.estimateStatus === 'invoiced') {
      throw ghlErrors.badRequest('estimateStatus must be draft, sent, viewed, accepted or declined; an estimate is invoiced by making its invoice');
    }
    const estimate = writeEstimate(store, principal, input, {
      ...current,
      estimateNumber: input.estimateNumber ?? current.estimateNumber,
      estimateStatus: input.estimateStatus ?? current.estimateStatus,
    });
    return ok(estimateAnswer(estimate, randomId()));
  }),
  route('DELETE', '/invoices/estimate/{estimateId}', ESTIMATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string }>(body, ALT);
    const estimate = requireEstimate(store, principal, params.estimateId, input.altId);
    store.estimates.delete(estimate.id);
    return ok(estimateAnswer({ ...estimate, deleted: true }, randomId()));
  }),
  route('POST', '/invoices/estimate/{estimateId}/send', ESTIMATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string; userId: string; estimateName?: string }>(body, SEND_ESTIMATE);
    const estimate = requireEstimate(store, principal, params.estimateId, input.altId);
    if (!store.usersOfLocation(input.altId).some((user) => user.id === input.userId)) {
      throw ghlErrors.unprocessable(['userId must be a user of this location']);
    }
    refuseIfInvoiced(estimate);
    const sent = store.estimates.insert({
      ...estimate,
      ...(input.estimateName && { name: input.estimateName }),
      // Sending again changes nothing but the date: what the contact did with it stays.
      estimateStatus: estimate.estimateStatus === 'draft' ? 'sent' : estimate.estimateStatus,
      sentBy: input.userId,
      updatedAt: new Date().toISOString(),
    });
    return created(estimateAnswer(sent, randomId()));
  }),
  route('POST', '/invoices/estimate/{estimateId}/invoice', ESTIMATES, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<{ altId: string; markAsInvoiced: boolean }>(body, INVOICE_FROM_ESTIMATE);
    const estimate = requireEstimate(store, principal, params.estimateId, input.altId);
    refuseIfInvoiced(estimate);
    const now = new Date().toISOString();
    const invoiceItems = estimate.items.map((item) => ({ ...item, _id: randomId() }));
    const { totalSummary, total } = invoiceTotals(invoiceItems, estimate.discount);
    const invoice: Invoice = definedOnly({
      id: randomId(),
      status: 'draft',
      liveMode: estimate.liveMode,
      altId: estimate.altId,
      altType: 'location',
      name: estimate.name,
      title: 'INVOICE',
      businessDetails: estimate.businessDetails,
      invoiceNumber: nextInvoiceNumber(store, estimate.altId),
      currency: estimate.currency,
      contactDetails: estimate.contactDetails,
      sentTo: estimate.sentTo,
      issueDate: now.slice(0, 10),
      dueDate: now.slice(0, 10),
      discount: estimate.discount,
      invoiceItems,
      termsNotes: estimate.termsNotes,
      totalSummary,
      total,
      amountPaid: 0,
      amountDue: total,
      createdAt: now,
      updatedAt: now,
    });
    store.invoices.insert(invoice);
    emit(invoiceEvent('InvoiceCreate', invoice));
    const after = input.markAsInvoiced
      ? store.estimates.insert({ ...estimate, estimateStatus: 'invoiced', invoiceId: invoice.id, updatedAt: now })
      : estimate;
    return ok({ estimate: estimateAnswer(after, randomId()), invoice: invoiceBody(invoice) });
  }),
];

/** `startAt`/`endAt` bound the issue day, both included; `search` matches the name, number and contact. Newest first. */
function listEstimates({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const altId = readAlt(v);
  const days = readDayRange(v);
  const search = v.string('search')?.toLowerCase();
  const status = v.oneOf('status', ['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed']);
  const contactId = v.string('contactId');
  const { limit, offset } = readPage(v);
  v.check();
  requireLocation(store, principal, altId);

  const matching = store
    .estimatesOfLocation(altId)
    .filter((estimate) => status === undefined || status === 'all' || estimate.estimateStatus === status)
    .filter((estimate) => contactId === undefined || estimate.contactDetails.id === contactId)
    .filter((estimate) => inDayRange(estimate.issueDate.slice(0, 10), days))
    .filter((estimate) => search === undefined || matchesSearch(estimate, search))
    .sort(newestFirst);
  return ok({ estimates: matching.slice(offset, offset + limit).map(estimateBody), total: matching.length, traceId: randomId() });
}

function matchesSearch(estimate: Estimate, search: string): boolean {
  const { name, email } = estimate.contactDetails;
  return [estimate.id, estimate.name, `${estimate.estimateNumberPrefix}${estimate.estimateNumber}`, name, email].some((field) =>
    field.toLowerCase().includes(search),
  );
}

/**
 * The estimate as the body says it, over `base` (a new one's or the stored one's bookkeeping):
 * total from the lines, dates as date-times, the contact one of the location's.
 */
function writeEstimate(
  store: SandboxStore,
  principal: Principal,
  input: EstimateInput,
  base: Pick<Estimate, 'id' | 'companyId' | 'estimateNumber' | 'estimateStatus' | 'createdAt' | 'lastVisitedAt'> & Partial<Estimate>,
): Estimate {
  const contact = requireContact(store, principal, input.contactDetails.id);
  if (contact.locationId !== input.altId) throw ghlErrors.unprocessable(['contactDetails.id must be a contact of this location']);
  const taken = store.estimatesOfLocation(input.altId).some((other) => other.id !== base.id && other.estimateNumber === base.estimateNumber);
  if (taken) throw new GhlError(400, 'Estimate number already exists');
  const issueDate = dateTimeOf(input.issueDate, 'issueDate') ?? base.issueDate ?? new Date().toISOString();
  const expiryDate = dateTimeOf(input.expiryDate, 'expiryDate') ?? base.expiryDate ?? new Date(Date.parse(issueDate) + 30 * 86_400_000).toISOString();
  if (expiryDate < issueDate) throw ghlErrors.badRequest('expiryDate must not be before issueDate');
  const items = input.items.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const discount = { ...input.discount, value: input.discount.value ?? 0 };
  const { total } = invoiceTotals(items, discount);
  const estimate: Estimate = definedOnly({
    altType: 'location' as const,
    deleted: false,
    automaticTaxesCalculated: false,
    meta: {},
    estimateActionHistory: [],
    ...base,
    altId: input.altId,
    liveMode: input.liveMode ?? base.liveMode ?? true,
    name: input.name,
    title: input.title ?? base.title ?? 'ESTIMATE',
    currency: input.currency,
    businessDetails: input.businessDetails,
    items,
    discount,
    total,
    totalamountInUSD: total,
    termsNotes: input.termsNotes ?? base.termsNotes,
    contactDetails: { ...input.contactDetails, customFields: input.contactDetails.customFields ?? [] },
    estimateNumberPrefix: input.estimateNumberPrefix ?? base.estimateNumberPrefix ?? 'EST-',
    issueDate,
    expiryDate,
    sentTo: input.sentTo ?? base.sentTo ?? { email: contact.email ? [contact.email] : [] },
    frequencySettings: { enabled: input.frequencySettings.enabled, schedule: input.frequencySettings.schedule ?? {} },
    automaticTaxesEnabled: input.automaticTaxesEnabled ?? base.automaticTaxesEnabled ?? false,
    updatedAt: new Date().toISOString(),
  });
  return store.estimates.insert(estimate);
}

/** A day or a date-time, as a date-time; a 422 for anything else. */
function dateTimeOf(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const time = isDay(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (Number.isNaN(time)) throw ghlErrors.unprocessable([`${name} must be a date in YYYY-MM-DD format or an ISO date-time`]);
  return new Date(time).toISOString();
}

function nextEstimateNumber(store: SandboxStore, altId: string): number {
  return Math.max(FIRST_ESTIMATE_NUMBER - 1, ...store.estimatesOfLocation(altId).map((estimate) => estimate.estimateNumber)) + 1;
}

/** The token must reach `altId` (403), and the estimate must be one of its (404). */
function requireEstimate(store: SandboxStore, principal: Principal, estimateId: string, altId: string): Estimate {
  requireLocation(store, principal, altId);
  const estimate = store.estimates.get(estimateId);
  if (estimate?.altId !== altId) throw ghlErrors.notFound('Estimate');
  return estimate;
}

function refuseIfInvoiced(estimate: Estimate): void {
  if (estimate.estimateStatus === 'invoiced') throw ghlErrors.badRequest('Estimate is already invoiced');
}
