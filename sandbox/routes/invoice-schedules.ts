/**
 * Invoice schedules (invoices.json): list, get, create, edit, delete, schedule, cancel, and the
 * auto-payment they charge with. GHL names the location as `altId` with `altType=location`, in
 * the query or the body. The life of a schedule:
 *
 *   draft --schedule--> active --cancel--> cancelled
 *   (active --the rule's last date--> completed)
 *
 * Only a draft or cancelled schedule takes an edit; a cancelled or completed one is not scheduled
 * again. GHL sends no webhook for schedules.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { isDay, readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { invoiceScheduleBody, type InvoiceSchedule, type RecurrenceRule } from '../model/invoice-schedules.ts';
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';
import { ALT, BUSINESS_DETAILS, CONTACT_DETAILS, DISCOUNT, ITEM, type CreateInvoiceInput } from './invoice-input.ts';
import { inDayRange, newestFirst, readAltQuery, readInvoiceListFilters, readPage } from './invoice-query.ts';

const SCHEDULES = { versions: V2021_07_28, tokens: 'any' } as const;

const RRULE: Shape = {
  intervalType: rule.required(rule.oneOf(['yearly', 'monthly', 'weekly', 'daily', 'hourly', 'minutely', 'secondly'])),
  interval: rule.required(rule.number({ min: 1 })),
  startDate: rule.required(rule.string),
  startTime: rule.string,
  endDate: rule.string,
  endTime: rule.string,
  dayOfMonth: rule.number({}),
  dayOfWeek: rule.oneOf(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']),
  numOfWeek: rule.number({}),
  monthOfYear: rule.oneOf(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']),
  count: rule.number({ min: 1 }),
  daysBefore: rule.number({ min: 0 }),
  useStartAsPrimaryUserAccepted: rule.boolean,
  endType: rule.string,
};

/** UpdateInvoiceScheduleDto; CreateInvoiceScheduleDto adds the configuration objects it keeps as sent. */
const UPDATE_SCHEDULE: Shape = {
  ...ALT,
  name: rule.required(rule.string),
  contactDetails: rule.required(rule.shape(CONTACT_DETAILS)),
  schedule: rule.required(rule.shape({ executeAt: rule.string, rrule: rule.shape(RRULE) })),
  liveMode: rule.required(rule.boolean),
  businessDetails: rule.required(rule.shape(BUSINESS_DETAILS)),
  currency: rule.required(rule.string),
  items: rule.required(rule.shapes(ITEM)),
  discount: rule.required(rule.shape(DISCOUNT)),
  termsNotes: rule.string,
  title: rule.string,
  attachments: rule.objects,
  miscellaneousCharges: rule.object,
};

const CREATE_SCHEDULE: Shape = {
  ...UPDATE_SCHEDULE,
  automaticTaxesEnabled: rule.boolean,
  tipsConfiguration: rule.object,
  lateFeesConfiguration: rule.object,
  invoiceNumberPrefix: rule.string,
  paymentMethods: rule.object,
};

type ScheduleInput = Pick<InvoiceSchedule, 'altId' | 'name' | 'liveMode' | 'businessDetails' | 'currency'> & {
  contactDetails: CreateInvoiceInput['contactDetails'];
  schedule: { executeAt?: string; rrule?: RecurrenceRule };
  items: CreateInvoiceInput['items'];
  discount: CreateInvoiceInput['discount'];
  termsNotes?: string;
  title?: string;
};

export const invoiceScheduleRoutes: Route[] = [
  route('GET', '/invoices/schedule', SCHEDULES, listSchedules),
  route('POST', '/invoices/schedule', SCHEDULES, ({ store, principal, body }) => {
    const input = readShapedBody<ScheduleInput>(body, CREATE_SCHEDULE);
    requireLocation(store, principal, input.altId);
    const now = new Date().toISOString();
    const schedule = writeSchedule(store, principal, input, { id: randomId(), status: 'draft', invoices: [], createdAt: now });
    return ok(invoiceScheduleBody(schedule));
  }),
  route('GET', '/invoices/schedule/{scheduleId}', SCHEDULES, ({ store, principal, params, query }) => {
    const altId = readAltQuery(query);
    return ok(invoiceScheduleBody(requireSchedule(store, principal, params.scheduleId, altId)));
  }),
  route('PUT', '/invoices/schedule/{scheduleId}', SCHEDULES, ({ store, principal, params, body }) => {
    const input = readShapedBody<ScheduleInput>(body, UPDATE_SCHEDULE);
    const current = requireSchedule(store, principal, params.scheduleId, input.altId);
    if (current.status === 'active' || current.status === 'completed') {
      throw ghlErrors.badRequest(`An ${current.status} schedule cannot be edited; cancel it first`);
    }
    return ok(invoiceScheduleBody(writeSchedule(store, principal, input, current)));
  }),
  route('DELETE', '/invoices/schedule/{scheduleId}', SCHEDULES, ({ store, principal, params, query }) => {
    const altId = readAltQuery(query);
    const schedule = requireSchedule(store, principal, params.scheduleId, altId);
    store.invoiceSchedules.delete(schedule.id);
    return ok({ success: true });
  }),
  route('POST', '/invoices/schedule/{scheduleId}/schedule', SCHEDULES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string; liveMode: boolean; autoPayment?: Record<string, unknown> }>(body, {
      ...ALT,
      liveMode: rule.required(rule.boolean),
      autoPayment: rule.object,
    });
    const schedule = requireSchedule(store, principal, params.scheduleId, input.altId);
    return ok(invoiceScheduleBody(activate(store, schedule, definedOnly({ liveMode: input.liveMode, autoPayment: input.autoPayment }))));
  }),
  route('POST', '/invoices/schedule/{scheduleId}/updateAndSchedule', SCHEDULES, ({ store, principal, params, query }) => {
    // The file declares neither a body nor the owner: the schedule names its own location.
    const schedule = store.invoiceSchedules.get(params.scheduleId);
    if (!schedule) throw new GhlError(404, 'Schedule not found');
    requireLocation(store, principal, query.altId ?? schedule.altId);
    return ok(invoiceScheduleBody(activate(store, schedule, {})));
  }),
  route('POST', '/invoices/schedule/{scheduleId}/auto-payment', SCHEDULES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string; id: string; autoPayment: Record<string, unknown> }>(body, {
      ...ALT,
      id: rule.required(rule.string),
      autoPayment: rule.required(rule.object),
    });
    const schedule = requireSchedule(store, principal, params.scheduleId, input.altId);
    if (typeof input.autoPayment.enable !== 'boolean') throw ghlErrors.unprocessable(['autoPayment.enable must be a boolean value']);
    const updated = store.invoiceSchedules.insert({ ...schedule, autoPayment: input.autoPayment, updatedAt: new Date().toISOString() });
    return ok(invoiceScheduleBody(updated));
  }),
  route('POST', '/invoices/schedule/{scheduleId}/cancel', SCHEDULES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string }>(body, ALT);
    const schedule = requireSchedule(store, principal, params.scheduleId, input.altId);
    if (schedule.status !== 'active') throw ghlErrors.badRequest(`Only an active schedule can be cancelled; this one is ${schedule.status}`);
    const cancelled = store.invoiceSchedules.insert({ ...schedule, status: 'cancelled', updatedAt: new Date().toISOString() });
    return ok(invoiceScheduleBody(cancelled));
  }),
];

/** `startAt`/`endAt` bound the creation day; `search` matches the name and the contact. Newest first. */
function listSchedules({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const { altId, status, days, search, paymentMode } = readInvoiceListFilters(v);
  const { limit, offset } = readPage(v);
  v.check();
  requireLocation(store, principal, altId);
  const matching = store
    .invoiceSchedulesOfLocation(altId)
    .filter((schedule) => status === undefined || schedule.status === status)
    .filter((schedule) => inDayRange(schedule.createdAt.slice(0, 10), days))
    .filter((schedule) => paymentMode === undefined || paymentMode === 'default' || schedule.liveMode === (paymentMode === 'live'))
    .filter((schedule) => search === undefined || [schedule.name, schedule.contactDetails.name, schedule.contactDetails.email].some((text) => text.toLowerCase().includes(search)))
    .sort(newestFirst);
  return ok({ schedules: matching.slice(offset, offset + limit).map(invoiceScheduleBody), total: matching.length });
}

function writeSchedule(
  store: SandboxStore,
  principal: Principal,
  input: ScheduleInput,
  base: Pick<InvoiceSchedule, 'id' | 'status' | 'invoices' | 'createdAt'> & Partial<InvoiceSchedule>,
): InvoiceSchedule {
  const contact = requireContact(store, principal, input.contactDetails.id);
  if (contact.locationId !== input.altId) throw ghlErrors.unprocessable(['contactDetails.id must be a contact of this location']);
  const rrule = input.schedule.rrule;
  if (rrule && !isDay(rrule.startDate)) throw ghlErrors.unprocessable(['schedule.rrule.startDate must be a date in YYYY-MM-DD format']);
  if (rrule?.endDate !== undefined && (!isDay(rrule.endDate) || rrule.endDate < rrule.startDate)) {
    throw ghlErrors.badRequest('schedule.rrule.endDate must be a date in YYYY-MM-DD format, not before startDate');
  }
  const items = input.items.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const discount = { ...input.discount, value: input.discount.value ?? 0 };
  const { total } = invoiceTotals(items, discount);
  const termsNotes = input.termsNotes ?? base.termsNotes ?? '';
  return store.invoiceSchedules.insert(
    definedOnly({
      ...base,
      altId: input.altId,
      altType: 'location' as const,
      name: input.name,
      liveMode: input.liveMode,
      schedule: input.schedule,
      businessDetails: input.businessDetails,
      currency: input.currency,
      contactDetails: { ...input.contactDetails, customFields: input.contactDetails.customFields ?? [] },
      discount,
      items,
      total,
      title: input.title ?? base.title ?? 'INVOICE',
      termsNotes,
      compiledTermsNotes: termsNotes,
      updatedAt: new Date().toISOString(),
    }),
  );
}

/** A draft with a rule (or a date) becomes active; the same schedule again is left as it is. */
function activate(store: SandboxStore, schedule: InvoiceSchedule, changes: Partial<InvoiceSchedule>): InvoiceSchedule {
  if (schedule.status === 'cancelled' || schedule.status === 'completed') throw ghlErrors.badRequest(`A ${schedule.status} schedule cannot be scheduled`);
  if (!schedule.schedule.rrule && !schedule.schedule.executeAt) throw ghlErrors.badRequest('The schedule has no rule or date to run by');
  return store.invoiceSchedules.insert({ ...schedule, ...changes, status: 'active', updatedAt: new Date().toISOString() });
}

/** The token must reach `altId` (403), and the schedule must be one of its (404). */
function requireSchedule(store: SandboxStore, principal: Principal, scheduleId: string, altId: string): InvoiceSchedule {
  requireLocation(store, principal, altId);
  const schedule = store.invoiceSchedules.get(scheduleId);
  if (schedule?.altId !== altId) throw new GhlError(404, 'Schedule not found');
  return schedule;
}
