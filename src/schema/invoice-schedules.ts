/**
 * Invoice schedules: an invoice to a contact that recurs by a rule. Read per location and by id
 * (a Node, through the invoice-schedule loader), written whole, scheduled and cancelled; each
 * linked to its contact and the invoices it has issued.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import type { GhlAutoPayment, GhlInvoiceSchedule, GhlRecurrenceRule } from '../ghl/api/invoice-schedules.ts';
import { invoiceScheduleStatuses } from '../ghl/api/invoice-schedules.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as schedules from '../resolvers/invoice-schedules.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { ContactRef, DeletePayload } from './contacts.ts';
import { cost } from './cost.ts';
import { known } from './enums.ts';
import {
  InvoiceContactDetailsRef,
  InvoiceDiscountInput,
  InvoiceDiscountRef,
  InvoiceItemInput,
  InvoiceItemRef,
  InvoiceRef,
} from './invoices.ts';
import { locatedNode } from './located-node.ts';

const InvoiceScheduleStatus = builder.enumType('InvoiceScheduleStatus', {
  description: 'Where an invoice schedule is in its life.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; issues nothing yet.' },
    ACTIVE: { value: 'active', description: 'Scheduled: issues invoices by its rule.' },
    CANCELLED: { value: 'cancelled', description: 'Stopped; issues nothing more.' },
    COMPLETED: { value: 'completed', description: 'Its rule has run out.' },
  } as const,
});

const RecurrenceInterval = builder.enumType('RecurrenceInterval', {
  description: 'The unit a schedule recurs by.',
  values: {
    DAILY: { value: 'daily', description: 'Days.' },
    WEEKLY: { value: 'weekly', description: 'Weeks.' },
    MONTHLY: { value: 'monthly', description: 'Months.' },
    YEARLY: { value: 'yearly', description: 'Years.' },
  } as const,
});

const RecurrenceRef = builder.objectRef<GhlRecurrenceRule>('InvoiceRecurrence').implement({
  description: 'When a schedule issues its invoices.',
  fields: (t) => ({
    intervalType: t.field({
      type: RecurrenceInterval,
      description: 'The unit; null for one this gateway does not know.',
      resolve: (rule) => known(['daily', 'weekly', 'monthly', 'yearly'] as const, rule.intervalType),
    }),
    interval: t.exposeInt('interval', { description: 'Every how many units.' }),
    startDate: t.field({ type: 'Date', description: 'The first day.', resolve: (rule) => dateOf(rule.startDate) }),
    endDate: t.field({ type: 'Date', description: 'The last day, if any.', resolve: (rule) => dateOf(rule.endDate) }),
    count: t.exposeInt('count', { description: 'How many invoices in all, if limited.' }),
    dayOfMonth: t.exposeInt('dayOfMonth', { description: 'Day of the month, for a monthly rule.' }),
  }),
});

const AutoPaymentRef = builder.objectRef<GhlAutoPayment>('InvoiceAutoPayment').implement({
  description: 'Whether a schedule’s invoices are charged when issued, and with what.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enable', { description: 'Its invoices are charged when issued.' }),
    paymentMethodId: t.exposeString('paymentMethodId', { description: 'The saved payment method charged.' }),
    customerId: t.exposeString('customerId', { description: 'The payment provider’s customer it belongs to.' }),
    type: t.exposeString('type', { description: 'The kind of payment method (e.g. "card"), as GHL names it.' }),
  }),
});

const AutoPaymentInput = builder.inputType('InvoiceAutoPaymentInput', {
  description: 'Whether a schedule’s invoices are charged when issued, and with what.',
  fields: (t) => ({
    enabled: t.boolean({ required: true, description: 'Charge its invoices when issued.' }),
    paymentMethodId: t.string({ description: 'The saved payment method to charge; required to enable.' }),
    customerId: t.string({ description: 'The payment provider’s customer it belongs to.' }),
    type: t.string({ description: 'The kind of payment method (e.g. "card"), as GHL names it.' }),
  }),
});

export const InvoiceScheduleRef = builder.objectRef<GhlInvoiceSchedule>('InvoiceSchedule');

locatedNode(InvoiceScheduleRef, {
  description: 'An invoice to a contact that recurs by a rule.',
  loadInLocation: (key, ctx) => ctx.loaders.invoiceSchedule.load(key),
  ghlIdOf: (schedule) => schedule._id,
  locationIdOf: (schedule) => schedule.altId,
  locationId: { nullable: true, description: 'GHL id of the location that issues it.' },
  location: { description: 'The location that issues it.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the schedule.' }),
    title: t.exposeString('title', { description: 'Title printed on its invoices.' }),
    status: t.field({
      type: InvoiceScheduleStatus,
      description: 'Where it is in its life; null for a status this gateway does not know.',
      resolve: (schedule) => known(invoiceScheduleStatuses, schedule.status),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payments.' }),
    currency: t.exposeString('currency', { description: 'Currency code.' }),
    recurrence: t.field({ type: RecurrenceRef, description: 'When it issues its invoices.', resolve: (schedule) => schedule.schedule?.rrule ?? null }),
    executeAt: t.field({ type: 'DateTime', description: 'The one date it issues on, for a schedule without a rule.', resolve: (schedule) => dateOf(schedule.schedule?.executeAt) }),
    items: t.field({ type: [InvoiceItemRef], nullable: false, description: 'The lines of each invoice.', resolve: (schedule) => schedule.items ?? [] }),
    discount: t.expose('discount', { type: InvoiceDiscountRef, description: 'Discount on each invoice.' }),
    total: t.exposeFloat('total', { description: 'Total of each invoice.' }),
    termsNotes: t.exposeString('termsNotes', { description: 'Terms and notes (HTML).' }),
    contactDetails: t.expose('contactDetails', { type: InvoiceContactDetailsRef, description: 'The contact’s details as copied onto it.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact billed, read from the contacts API (each contact once per request).',
      extensions: { cost: cost.byId() },
      resolve: (schedule, _, ctx) => (schedule.contactDetails?.id ? ctx.loaders.contact.load(schedule.contactDetails.id) : null),
    }),
    autoPayment: t.expose('autoPayment', { type: AutoPaymentRef, nullable: true, description: 'Whether its invoices are charged when issued, where set.' }),
    invoices: t.field({
      type: [InvoiceRef],
      nullable: false,
      description: 'The invoices it has issued, as GHL returns them with it.',
      resolve: (schedule) => schedule.invoices ?? [],
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (schedule) => dateOf(schedule.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (schedule) => dateOf(schedule.updatedAt) }),
  }),
});

const RecurrenceInput = builder.inputType('InvoiceRecurrenceInput', {
  description: 'When a schedule issues its invoices.',
  fields: (t) => ({
    intervalType: t.field({ type: RecurrenceInterval, required: true, description: 'The unit.' }),
    interval: t.int({ required: true, description: 'Every how many units; at least 1.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    endDate: t.field({ type: 'Date', description: 'The last day; not before startDate.' }),
    count: t.int({ description: 'How many invoices in all; at least 1.' }),
    dayOfMonth: t.int({ description: 'Day of the month (1 to 31), for a monthly rule.' }),
  }),
});

const InvoiceScheduleInput = builder.inputType('InvoiceScheduleInput', {
  description: 'An invoice schedule as it is to be (GoHighLevel replaces the whole schedule on an edit).',
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'The contact billed (Contact id or GHL contact id).' }),
    name: t.string({ required: true, description: 'Name of the schedule.' }),
    title: t.string({ description: 'Title printed on its invoices.' }),
    currency: t.string({ required: true, description: 'ISO 4217 currency code, e.g. "USD".' }),
    items: t.field({ type: [InvoiceItemInput], required: true, description: 'The lines of each invoice; at least one.' }),
    discount: t.field({ type: InvoiceDiscountInput, description: 'Discount on each invoice; none when left out.' }),
    termsNotes: t.string({ description: 'Terms and notes (HTML allowed).' }),
    liveMode: t.boolean({ description: 'Live payments (default) or test mode.' }),
    recurrence: t.field({ type: RecurrenceInput, required: true, description: 'When it issues its invoices.' }),
  }),
});

const InvoiceSchedulePayload = builder.objectRef<{ invoiceSchedule: GhlInvoiceSchedule }>('InvoiceSchedulePayload').implement({
  description: 'The invoice schedule after the change.',
  fields: (t) => ({ invoiceSchedule: t.expose('invoiceSchedule', { type: InvoiceScheduleRef, nullable: false, description: 'The schedule.' }) }),
});

const InvoiceScheduleConnection = connectionOf(InvoiceScheduleRef, { noun: 'invoice schedule' });

const locationArg = { description: 'Location id or GHL location id; defaults to the configured location.' };

builder.queryFields((t) => ({
  invoiceSchedule: t.field({
    type: InvoiceScheduleRef,
    description: 'One invoice schedule.',
    args: {
      id: t.arg.id({ required: true, description: 'InvoiceSchedule id or GHL schedule id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL schedule id; defaults to the configured location.' }),
    },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => schedules.getInvoiceSchedule(ctx, args.id, args.locationId),
  }),
  invoiceSchedules: t.connection({
    type: InvoiceScheduleRef,
    description: 'Invoice schedules of a location, newest first, optionally filtered.',
    args: {
      locationId: t.arg.id(locationArg),
      status: t.arg({ type: InvoiceScheduleStatus, description: 'Only schedules in this status.' }),
      query: t.arg.string({ description: 'Matches the name, or the contact’s name or email.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => schedules.listInvoiceSchedules(ctx, args),
  }, InvoiceScheduleConnection),
}));

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    id: t.arg.id({ required: true, description: 'InvoiceSchedule id or GHL schedule id.' }),
    locationId: t.arg.id({ description: 'Its location, for a GHL schedule id; defaults to the configured location.' }),
  });
  const refOf = (args: { id: string; locationId?: string | null }, ctx: GatewayContext) => schedules.invoiceScheduleRefOf(ctx, args.id, args.locationId);
  return {
    createInvoiceSchedule: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Create a draft invoice schedule for a contact.',
      args: { locationId: t.arg.id(locationArg), input: t.arg({ type: InvoiceScheduleInput, required: true, description: 'The schedule.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.createInvoiceSchedule(ctx, args.locationId, args.input) }),
    }),
    updateInvoiceSchedule: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Replace a draft or cancelled invoice schedule.',
      args: { ...target(), input: t.arg({ type: InvoiceScheduleInput, required: true, description: 'The schedule as it is to be.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.updateInvoiceSchedule(ctx, refOf(args, ctx), args.input) }),
    }),
    deleteInvoiceSchedule: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete an invoice schedule.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => {
        const ref = refOf(args, ctx);
        const { deletedGhlId } = await schedules.deleteInvoiceSchedule(ctx, ref);
        return { deletedId: encodeGlobalID('InvoiceSchedule', `${ref.locationId}/${deletedGhlId}`), deletedGhlId };
      },
    }),
    scheduleInvoiceSchedule: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Start a draft schedule: it issues invoices by its rule from now on.',
      args: { ...target(), liveMode: t.arg.boolean({ required: true, defaultValue: true, description: 'Live payments or test mode.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.scheduleInvoiceSchedule(ctx, refOf(args, ctx), args.liveMode) }),
    }),
    rescheduleInvoiceSchedule: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Apply an edited schedule and schedule it again: it issues invoices by its (new) rule.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.rescheduleInvoiceSchedule(ctx, refOf(args, ctx)) }),
    }),
    setInvoiceScheduleAutoPayment: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Set whether a schedule’s invoices are charged when issued, and with which saved payment method.',
      args: { ...target(), input: t.arg({ type: AutoPaymentInput, required: true, description: 'The auto-payment.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.setInvoiceScheduleAutoPayment(ctx, refOf(args, ctx), args.input) }),
    }),
    cancelInvoiceSchedule: t.field({
      type: InvoiceSchedulePayload,
      nullable: false,
      description: 'Stop an active schedule: it issues nothing more.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceSchedule: await schedules.cancelInvoiceSchedule(ctx, refOf(args, ctx)) }),
    }),
  };
});
