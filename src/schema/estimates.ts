/**
 * Estimates: priced offers to a contact, listed per location and per contact, written, sent, and
 * turned into invoices. GHL offers no read of one estimate by id, so an estimate is no Node: it is
 * named by its GHL id (`estimateId`) and location, and every write answers with it.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlEstimate } from '../ghl/api/estimates.ts';
import { estimateStatuses } from '../ghl/api/estimates.ts';
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as estimates from '../resolvers/estimates.ts';
import type { ArgBuilder, InputFieldBuilder } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.ts';
import { connectionOf } from './connections.ts';
import { ContactRef } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { known } from './enums.ts';
import {
  InvoiceContactDetailsRef,
  InvoiceDiscountInput,
  InvoiceDiscountRef,
  InvoiceItemInput,
  InvoiceItemRef,
  InvoiceRef,
  InvoiceSendAction,
} from './invoices.ts';
import { LocationRef } from './locations.ts';

const EstimateStatus = builder.enumType('EstimateStatus', {
  description: 'Where an estimate is in its life.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; not sent yet.' },
    SENT: { value: 'sent', description: 'Sent to the contact.' },
    VIEWED: { value: 'viewed', description: 'The contact opened it.' },
    ACCEPTED: { value: 'accepted', description: 'The contact accepted it.' },
    DECLINED: { value: 'declined', description: 'The contact declined it.' },
    INVOICED: { value: 'invoiced', description: 'An invoice was made from it; it takes no more changes.' },
  } as const,
});

export const EstimateRef = builder.objectRef<GhlEstimate>('Estimate').implement({
  description: 'An estimate of a location: a priced offer to a contact that becomes an invoice once accepted.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id, which estimate writes take as estimateId.' }),
    locationId: t.exposeString('altId', { nullable: false, description: 'GHL id of the location that made it.' }),
    location: t.field({
      type: LocationRef,
      description: 'The location that made it.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
      resolve: (estimate, _, ctx) => ctx.loaders.location.load(estimate.altId),
    }),
    name: t.exposeString('name', { description: 'Name of the estimate.' }),
    title: t.exposeString('title', { description: 'Title printed on it.' }),
    number: t.string({ description: 'Estimate number.', resolve: estimates.estimateNumberOf }),
    numberPrefix: t.exposeString('estimateNumberPrefix', { description: 'Printed before the number, e.g. "EST-".' }),
    status: t.field({
      type: EstimateStatus,
      description: 'Where it is in its life; null for a status this gateway does not know.',
      resolve: (estimate) => known(estimateStatuses, estimate.estimateStatus),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payments.' }),
    currency: t.exposeString('currency', { description: 'Currency code.' }),
    issueDate: t.field({ type: 'DateTime', description: 'When it was issued.', resolve: (estimate) => dateOf(estimate.issueDate) }),
    expiryDate: t.field({ type: 'DateTime', description: 'When the offer expires.', resolve: (estimate) => dateOf(estimate.expiryDate) }),
    items: t.field({ type: [InvoiceItemRef], nullable: false, description: 'The lines.', resolve: (estimate) => estimate.items ?? [] }),
    discount: t.expose('discount', { type: InvoiceDiscountRef, description: 'Discount on the whole estimate.' }),
    total: t.exposeFloat('total', { description: 'Total amount.' }),
    termsNotes: t.exposeString('termsNotes', { description: 'Terms and notes (HTML).' }),
    contactDetails: t.expose('contactDetails', { type: InvoiceContactDetailsRef, description: 'The contact’s details as copied onto the estimate.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact it is for, read from the contacts API.',
      extensions: { cost: cost.byId() },
      resolve: (estimate, _, ctx) => (estimate.contactDetails?.id ? ctx.loaders.contact.load(estimate.contactDetails.id) : null),
    }),
    invoice: t.field({
      type: InvoiceRef,
      description: 'The invoice made from it, once invoiced (where GHL says which).',
      extensions: { cost: cost.byId() },
      resolve: (estimate, _, ctx) => (estimate.invoiceId ? ctx.loaders.invoice.load({ locationId: estimate.altId, id: estimate.invoiceId }) : null),
    }),
    sentByUserId: t.exposeString('sentBy', { description: 'GHL id of the user who sent it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (estimate) => dateOf(estimate.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (estimate) => dateOf(estimate.updatedAt) }),
    lastVisitedAt: t.field({
      type: 'DateTime',
      description: 'When it was last opened (recordEstimateVisit), where GHL says.',
      resolve: (estimate) => dateOf(estimate.lastVisitedAt),
    }),
  }),
});

// Inputs

const estimateFields = (t: InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
  contactId: t.id({ required: true, description: 'The contact it is for (Contact id or GHL contact id).' }),
  name: t.string({ required: true, description: 'Name of the estimate.' }),
  title: t.string({ description: 'Title printed on it.' }),
  currency: t.string({ required: true, description: 'ISO 4217 currency code, e.g. "USD".' }),
  items: t.field({ type: [InvoiceItemInput], required: true, description: 'The lines; at least one.' }),
  discount: t.field({ type: InvoiceDiscountInput, description: 'Discount on the whole estimate; none when left out.' }),
  issueDate: t.field({ type: 'Date', description: 'Day it is issued; today when left out.' }),
  expiryDate: t.field({ type: 'Date', description: 'Day the offer expires; not before issueDate.' }),
  termsNotes: t.string({ description: 'Terms and notes (HTML allowed).' }),
  liveMode: t.boolean({ description: 'Live payments (default) or test mode.' }),
});

const CreateEstimateInput = builder.inputType('CreateEstimateInput', {
  description: 'A new draft estimate. The contact’s details are copied onto it from the contact.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    ...estimateFields(t),
  }),
});

const UpdateEstimateInput = builder.inputType('UpdateEstimateInput', {
  description: 'The whole estimate as it is to be (GoHighLevel replaces it); an invoiced estimate takes no edits.',
  fields: (t) => ({
    ...estimateFields(t),
    status: t.field({ type: EstimateStatus, description: 'What the contact did with it; not INVOICED (createInvoiceFromEstimate does that).' }),
  }),
});

const SendEstimateInput = builder.inputType('SendEstimateInput', {
  description: 'How to send an estimate.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user sending it (User id or GHL user id).' }),
    action: t.field({ type: InvoiceSendAction, required: true, description: 'Channel.' }),
    liveMode: t.boolean({ description: 'Live payments (default) or test mode.' }),
    fromName: t.string({ description: 'Sender name on the email.' }),
    fromEmail: t.field({ type: 'EmailAddress', description: 'Sender address on the email.' }),
  }),
});

// Payloads

const EstimatePayload = builder.objectRef<{ estimate: GhlEstimate }>('EstimatePayload').implement({
  description: 'The estimate after the change.',
  fields: (t) => ({ estimate: t.expose('estimate', { type: EstimateRef, nullable: false, description: 'The estimate.' }) }),
});

const DeleteEstimatePayload = builder.objectRef<{ deletedGhlId: string }>('DeleteEstimatePayload').implement({
  description: 'The estimate deleted.',
  fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted estimate.' }) }),
});

const RecordEstimateVisitPayload = builder.objectRef<{ succeeded: boolean }>('RecordEstimateVisitPayload').implement({
  description: 'The visit recorded. GHL answers it with nothing and reads no estimate by id.',
  fields: (t) => ({ succeeded: t.exposeBoolean('succeeded', { nullable: false, description: 'GHL recorded the visit.' }) }),
});

const CreateInvoiceFromEstimatePayload = builder
  .objectRef<{ estimate: GhlEstimate | null; invoice: GhlInvoice }>('CreateInvoiceFromEstimatePayload')
  .implement({
    description: 'The invoice made, and the estimate after it.',
    fields: (t) => ({
      invoice: t.expose('invoice', { type: InvoiceRef, nullable: false, description: 'The new draft invoice.' }),
      estimate: t.expose('estimate', { type: EstimateRef, nullable: true, description: 'The estimate, where GHL returns it.' }),
    }),
  });

// Fields

const EstimateConnection = connectionOf(EstimateRef, { noun: 'estimate' });

const filterArgs = (arg: ArgBuilder<BuilderTypes>) => ({
  status: arg({ type: EstimateStatus, description: 'Only estimates in this status.' }),
  startAt: arg({ type: 'Date', description: 'Only estimates issued on or after this day.' }),
  endAt: arg({ type: 'Date', description: 'Only estimates issued on or before this day.' }),
  query: arg.string({ description: 'Matches the estimate’s name or number, or the contact’s name or email.' }),
});

builder.queryFields((t) => ({
  estimates: t.connection({
    type: EstimateRef,
    description: 'Estimates of a location, newest first, optionally filtered.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      contactId: t.arg.id({ description: 'Only estimates for this contact (Contact id or GHL contact id).' }),
      ...filterArgs(t.arg),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => estimates.listEstimates(ctx, args),
  }, EstimateConnection),
  nextEstimateNumber: t.string({
    description: 'The number GoHighLevel gives a location’s next estimate, to show on a new one.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => estimates.nextEstimateNumber(ctx, args.locationId),
  }),
}));

builder.objectField(ContactRef, 'estimates', (t) =>
  t.connection({
    type: EstimateRef,
    description: 'Estimates made for the contact, newest first.',
    args: filterArgs(t.arg),
    extensions: { cost: cost.listPage() },
    resolve: (contact, args, ctx) => estimates.listEstimates(ctx, { ...args, locationId: contact.locationId, contactId: contact.id }),
  }, EstimateConnection),
);

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    estimateId: t.arg.id({ required: true, description: 'GHL id of the estimate (Estimate.ghlId).' }),
    locationId: t.arg.id({ description: 'Its location; defaults to the configured location.' }),
  });
  const refOf = (args: { estimateId: string; locationId?: string | null }, ctx: GatewayContext) =>
    estimates.estimateRefOf(ctx, args.estimateId, args.locationId);
  return {
    createEstimate: t.field({
      type: EstimatePayload,
      nullable: false,
      description: 'Create a draft estimate for a contact.',
      args: { input: t.arg({ type: CreateEstimateInput, required: true, description: 'The estimate.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, { input }, ctx) => ({
        estimate: await estimates.createEstimate(ctx, input.locationId, input),
      }),
    }),
    updateEstimate: t.field({
      type: EstimatePayload,
      nullable: false,
      description: 'Replace an estimate that is not invoiced yet.',
      args: { ...target(), input: t.arg({ type: UpdateEstimateInput, required: true, description: 'The estimate as it is to be.' }) },
      extensions: { cost: cost.perParent(2) },
      resolve: async (_, args, ctx) => ({
        estimate: await estimates.updateEstimate(ctx, refOf(args, ctx), args.input),
      }),
    }),
    deleteEstimate: t.field({
      type: DeleteEstimatePayload,
      nullable: false,
      description: 'Delete an estimate.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: (_, args, ctx) => estimates.deleteEstimate(ctx, refOf(args, ctx)),
    }),
    sendEstimate: t.field({
      type: EstimatePayload,
      nullable: false,
      description: 'Send an estimate to its contact.',
      args: { ...target(), input: t.arg({ type: SendEstimateInput, required: true, description: 'How to send it.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ estimate: await estimates.sendEstimate(ctx, refOf(args, ctx), args.input) }),
    }),
    recordEstimateVisit: t.field({
      type: RecordEstimateVisitPayload,
      nullable: false,
      description: 'Record that an estimate was just opened (its lastVisitedAt).',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: (_, args, ctx) => estimates.recordEstimateVisit(ctx, refOf(args, ctx)),
    }),
    createInvoiceFromEstimate: t.field({
      type: CreateInvoiceFromEstimatePayload,
      nullable: false,
      description: 'Make a draft invoice from an estimate’s lines, and (by default) mark the estimate INVOICED.',
      args: {
        ...target(),
        markAsInvoiced: t.arg.boolean({ defaultValue: true, required: true, description: 'Mark the estimate INVOICED.' }),
      },
      extensions: { cost: cost.perParent(1) },
      resolve: (_, args, ctx) => estimates.createInvoiceFromEstimate(ctx, refOf(args, ctx), args.markAsInvoiced),
    }),
  };
});
