/**
 * Estimates: GraphQL arguments in, GHL calls out, GHL payloads back. GHL reaches an estimate
 * through its location (`altId`) and offers no read of one by id, so an estimate is named by its
 * GHL id and location, and every write answers with the estimate GHL returns. Create and edit send
 * the whole estimate (GHL's edit is a PUT), the contact's details copied from the contact.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlEstimate, GhlEstimateStatus } from '../ghl/api/estimates.ts';
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import { gatewayError } from '../errors.ts';
import { dayOf } from './dates.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { contactDetailsOf, contactInLocation, documentFieldsOf, type DocumentInput, type SendInvoiceInput } from './invoices.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface EstimateFilter {
  locationId?: string | null;
  status?: GhlEstimateStatus | null;
  contactId?: string | null;
  startAt?: Date | null;
  endAt?: Date | null;
  query?: string | null;
}

export interface EstimateInput extends DocumentInput {
  contactId: string;
  issueDate?: Date | null;
  expiryDate?: Date | null;
  liveMode?: boolean | null;
  /** Edits only: what the contact did with it. */
  status?: GhlEstimateStatus | null;
}

/** The estimate an edit, a send or an invoice names: its GHL id, in its location. */
export interface EstimateRef {
  locationId: string;
  id: string;
}

export function estimateRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): EstimateRef {
  return { id: nonEmpty(id, 'estimateId'), locationId: locationIdOf(locationId, ctx.defaultLocationId) };
}

/** GET /invoices/estimate/list pages by limit/offset and reports the size of the whole match. */
export async function listEstimates(ctx: GatewayContext, args: ConnectionArgs & EstimateFilter): Promise<Connection<GhlEstimate>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  if (args.startAt && args.endAt && args.startAt > args.endAt) throw gatewayError('BAD_USER_INPUT', 'startAt must not be after endAt');
  const result = await ctx.ghl.call('listEstimates', {
    location: locationId,
    query: {
      status: args.status ?? undefined,
      contactId: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      startAt: args.startAt ? dayOf(args.startAt) : undefined,
      endAt: args.endAt ? dayOf(args.endAt) : undefined,
      search: args.query?.trim() || undefined,
      limit: String(page.size),
      offset: String(page.offset),
    },
  });
  return offsetConnection(result.estimates ?? [], page, result.total);
}

export async function createEstimate(ctx: GatewayContext, locationId: string | null | undefined, input: EstimateInput): Promise<GhlEstimate> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  const body = await estimateBody(ctx, location, input);
  return ctx.ghl.call('createEstimate', { location, body });
}

export async function updateEstimate(ctx: GatewayContext, ref: EstimateRef, input: EstimateInput): Promise<GhlEstimate> {
  if (input.status === 'invoiced') throw gatewayError('BAD_USER_INPUT', 'an estimate becomes INVOICED by createInvoiceFromEstimate');
  const body = await estimateBody(ctx, ref.locationId, input);
  return ctx.ghl.call('updateEstimate', {
    path: { estimateId: ref.id },
    location: ref.locationId,
    body: { ...body, estimateStatus: input.status ?? undefined },
  });
}

export async function deleteEstimate(ctx: GatewayContext, ref: EstimateRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteEstimate', { path: { estimateId: ref.id }, location: ref.locationId, body: {} });
  return { deletedGhlId: ref.id };
}

export async function sendEstimate(ctx: GatewayContext, ref: EstimateRef, input: SendInvoiceInput): Promise<GhlEstimate> {
  const userId = ghlIdOf(input.userId, 'User', 'userId');
  const sentFrom =
    input.fromName || input.fromEmail ? definedOnly({ fromName: input.fromName ?? undefined, fromEmail: input.fromEmail ?? undefined }) : undefined;
  return ctx.ghl.call('sendEstimate', {
    path: { estimateId: ref.id },
    location: ref.locationId,
    body: definedOnly({ userId, action: input.action, liveMode: input.liveMode ?? true, sentFrom }),
  });
}

/** Tells GHL the estimate was just opened. */
export async function recordEstimateVisit(ctx: GatewayContext, ref: EstimateRef): Promise<{ succeeded: boolean }> {
  await ctx.ghl.call('recordEstimateVisit', { body: { estimateId: ref.id } });
  return { succeeded: true };
}

/** The new invoice is primed into this request's invoice loader. */
export async function createInvoiceFromEstimate(
  ctx: GatewayContext,
  ref: EstimateRef,
  markAsInvoiced: boolean,
): Promise<{ estimate: GhlEstimate | null; invoice: GhlInvoice }> {
  const result = await ctx.ghl.call('createInvoiceFromEstimate', {
    path: { estimateId: ref.id },
    location: ref.locationId,
    body: { markAsInvoiced },
  });
  ctx.loaders.invoice.prime({ locationId: result.invoice.altId ?? ref.locationId, id: result.invoice._id }, result.invoice);
  return { estimate: result.estimate?._id ? result.estimate : null, invoice: result.invoice };
}

/** The number GHL gives the location's next estimate. */
export async function nextEstimateNumber(ctx: GatewayContext, locationId: string | null | undefined): Promise<string | null> {
  const { estimateNumber } = await ctx.ghl.call('generateEstimateNumber', { location: locationIdOf(locationId, ctx.defaultLocationId) });
  return estimateNumber == null || estimateNumber === '' ? null : String(estimateNumber);
}

/** A stored number may be a number or a string; it reads as a string, with GHL's prefix apart. */
export function estimateNumberOf(estimate: GhlEstimate): string | null {
  return estimate.estimateNumber == null || estimate.estimateNumber === '' ? null : String(estimate.estimateNumber);
}

/** Checks the input in full, then reads the contact once (its details go on the estimate). */
async function estimateBody(ctx: GatewayContext, locationId: string, input: EstimateInput) {
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const fields = documentFieldsOf(input);
  if (input.issueDate && input.expiryDate && input.expiryDate < input.issueDate) {
    throw gatewayError('BAD_USER_INPUT', 'expiryDate must not be before issueDate');
  }
  const contact = await contactInLocation(ctx, contactId, locationId);
  return definedOnly({
    ...fields,
    issueDate: input.issueDate ? dayOf(input.issueDate) : undefined,
    expiryDate: input.expiryDate ? dayOf(input.expiryDate) : undefined,
    liveMode: input.liveMode ?? true,
    businessDetails: {},
    contactDetails: contactDetailsOf(contact),
    sentTo: { email: contact.email ? [contact.email] : [], phoneNo: contact.phone ? [contact.phone] : [] },
    frequencySettings: { enabled: false, schedule: {} },
  });
}
