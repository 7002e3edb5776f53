/**
 * Invoice schedules: GraphQL arguments in, GHL calls out, GHL payloads back. A schedule is read
 * through its location (`altId`) as well as its id, as an invoice is; create and edit send the
 * whole schedule (GHL's edit is a PUT), the contact's details copied from the contact, and every
 * write refreshes what this request's loader holds.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlInvoiceSchedule, GhlInvoiceScheduleStatus } from '../ghl/api/invoice-schedules.ts';
import { gatewayError } from '../errors.ts';
import { dayOf } from './dates.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locatedIdOf, locationIdOf } from './ids.ts';
import { contactDetailsOf, contactInLocation, documentFieldsOf, type DocumentInput } from './invoices.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface RecurrenceInput {
  intervalType: 'daily' | 'weekly' | 'monthly' | 'yearly';
  interval: number;
  startDate: Date;
  endDate?: Date | null;
  count?: number | null;
  dayOfMonth?: number | null;
}

export interface InvoiceScheduleInput extends DocumentInput {
  contactId: string;
  liveMode?: boolean | null;
  recurrence: RecurrenceInput;
}

export interface InvoiceScheduleRef {
  locationId: string;
  id: string;
}

export function invoiceScheduleRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): InvoiceScheduleRef {
  return locatedIdOf(id, 'InvoiceSchedule', locationId, ctx.defaultLocationId);
}

export function getInvoiceSchedule(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlInvoiceSchedule> {
  return ctx.loaders.invoiceSchedule.load(invoiceScheduleRefOf(ctx, id, locationId));
}

export async function listInvoiceSchedules(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; status?: GhlInvoiceScheduleStatus | null; query?: string | null },
): Promise<Connection<GhlInvoiceSchedule>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listInvoiceSchedules', {
    location: locationId,
    query: { status: args.status ?? undefined, search: args.query?.trim() || undefined, limit: String(page.size), offset: String(page.offset) },
  });
  const schedules = result.schedules ?? [];
  for (const schedule of schedules) ctx.loaders.invoiceSchedule.prime({ locationId: schedule.altId ?? locationId, id: schedule._id }, schedule);
  return offsetConnection(schedules, page, result.total);
}

export async function createInvoiceSchedule(
  ctx: GatewayContext,
  locationId: string | null | undefined,
  input: InvoiceScheduleInput,
): Promise<GhlInvoiceSchedule> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  const schedule = await ctx.ghl.call('createInvoiceSchedule', { location, body: await scheduleBody(ctx, location, input) });
  ctx.loaders.invoiceSchedule.prime({ locationId: schedule.altId ?? location, id: schedule._id }, schedule);
  return schedule;
}

export async function updateInvoiceSchedule(ctx: GatewayContext, ref: InvoiceScheduleRef, input: InvoiceScheduleInput): Promise<GhlInvoiceSchedule> {
  const body = await scheduleBody(ctx, ref.locationId, input);
  const schedule = await ctx.ghl.call('updateInvoiceSchedule', { path: { scheduleId: ref.id }, location: ref.locationId, body });
  return refreshed(ctx, ref, schedule);
}

export async function deleteInvoiceSchedule(ctx: GatewayContext, ref: InvoiceScheduleRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteInvoiceSchedule', { path: { scheduleId: ref.id }, location: ref.locationId });
  ctx.loaders.invoiceSchedule.clear(ref);
  return { deletedGhlId: ref.id };
}

export async function scheduleInvoiceSchedule(ctx: GatewayContext, ref: InvoiceScheduleRef, liveMode: boolean): Promise<GhlInvoiceSchedule> {
  const schedule = await ctx.ghl.call('scheduleInvoiceSchedule', { path: { scheduleId: ref.id }, location: ref.locationId, body: { liveMode } });
  return refreshed(ctx, ref, schedule);
}

/** Applies the schedule's edit and schedules it again; GHL finds it by its id alone. */
export async function rescheduleInvoiceSchedule(ctx: GatewayContext, ref: InvoiceScheduleRef): Promise<GhlInvoiceSchedule> {
  const schedule = await ctx.ghl.call('rescheduleInvoiceSchedule', { path: { scheduleId: ref.id } });
  return refreshed(ctx, ref, schedule);
}

export interface AutoPaymentInput {
  enabled: boolean;
  paymentMethodId?: string | null;
  customerId?: string | null;
  type?: string | null;
}

/** Whether (and with which saved payment method) the schedule's invoices are charged when issued. */
export async function setInvoiceScheduleAutoPayment(ctx: GatewayContext, ref: InvoiceScheduleRef, input: AutoPaymentInput): Promise<GhlInvoiceSchedule> {
  const paymentMethodId = input.paymentMethodId == null ? undefined : nonEmpty(input.paymentMethodId, 'paymentMethodId');
  const customerId = input.customerId == null ? undefined : nonEmpty(input.customerId, 'customerId');
  if (input.enabled && !paymentMethodId) throw gatewayError('BAD_USER_INPUT', 'paymentMethodId is required to enable auto-payment');
  const schedule = await ctx.ghl.call('setInvoiceScheduleAutoPayment', {
    path: { scheduleId: ref.id },
    location: ref.locationId,
    body: {
      id: ref.id,
      autoPayment: definedOnly({ enable: input.enabled, paymentMethodId, customerId, type: input.type?.trim() || undefined }),
    },
  });
  return refreshed(ctx, ref, schedule);
}

export async function cancelInvoiceSchedule(ctx: GatewayContext, ref: InvoiceScheduleRef): Promise<GhlInvoiceSchedule> {
  const schedule = await ctx.ghl.call('cancelInvoiceSchedule', { path: { scheduleId: ref.id }, location: ref.locationId, body: {} });
  return refreshed(ctx, ref, schedule);
}

/** Checks the input in full, then reads the contact once (its details go on the schedule). */
async function scheduleBody(ctx: GatewayContext, locationId: string, input: InvoiceScheduleInput) {
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const fields = documentFieldsOf(input);
  const rule = input.recurrence;
  if (!Number.isInteger(rule.interval) || rule.interval < 1) throw gatewayError('BAD_USER_INPUT', 'recurrence.interval must be a whole number of at least 1');
  if (rule.count != null && (!Number.isInteger(rule.count) || rule.count < 1)) throw gatewayError('BAD_USER_INPUT', 'recurrence.count must be a whole number of at least 1');
  if (rule.endDate && rule.endDate < rule.startDate) throw gatewayError('BAD_USER_INPUT', 'recurrence.endDate must not be before startDate');
  if (rule.dayOfMonth != null && (!Number.isInteger(rule.dayOfMonth) || rule.dayOfMonth < 1 || rule.dayOfMonth > 31)) {
    throw gatewayError('BAD_USER_INPUT', 'recurrence.dayOfMonth must be a day from 1 to 31');
  }
  const contact = await contactInLocation(ctx, contactId, locationId);
  return definedOnly({
    ...fields,
    liveMode: input.liveMode ?? true,
    businessDetails: {},
    contactDetails: contactDetailsOf(contact),
    schedule: {
      rrule: definedOnly({
        intervalType: rule.intervalType,
        interval: rule.interval,
        startDate: dayOf(rule.startDate),
        endDate: rule.endDate ? dayOf(rule.endDate) : undefined,
        count: rule.count ?? undefined,
        dayOfMonth: rule.dayOfMonth ?? undefined,
      }),
    },
  });
}

function refreshed(ctx: GatewayContext, ref: InvoiceScheduleRef, schedule: GhlInvoiceSchedule | undefined): GhlInvoiceSchedule | Promise<GhlInvoiceSchedule> {
  ctx.loaders.invoiceSchedule.clear(ref);
  if (!schedule?._id) return ctx.loaders.invoiceSchedule.load(ref);
  ctx.loaders.invoiceSchedule.prime(ref, schedule);
  return schedule;
}
