/**
 * Invoice templates: GraphQL arguments in, GHL calls out, GHL payloads back. A template is read
 * through its location (`altId`) as well as its id; create and edit send the whole template (GHL's
 * edit is a PUT), checked in full before the call; every write refreshes the loader.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlInvoiceTemplate } from '../ghl/api/invoice-templates.ts';
import { definedOnly } from './input.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';
import { documentFieldsOf, lateFeesOf, type DocumentInput, type LateFeesInput } from './invoices.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface InvoiceTemplateInput extends DocumentInput {
  internal?: boolean | null;
}

export interface InvoiceTemplateRef {
  locationId: string;
  id: string;
}

export function invoiceTemplateRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): InvoiceTemplateRef {
  return locatedIdOf(id, 'InvoiceTemplate', locationId, ctx.defaultLocationId);
}

export function getInvoiceTemplate(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlInvoiceTemplate> {
  return ctx.loaders.invoiceTemplate.load(invoiceTemplateRefOf(ctx, id, locationId));
}

export async function listInvoiceTemplates(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null },
): Promise<Connection<GhlInvoiceTemplate>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listInvoiceTemplates', {
    location: locationId,
    query: { search: args.query?.trim() || undefined, limit: String(page.size), offset: String(page.offset) },
  });
  const templates = result.data ?? [];
  for (const template of templates) ctx.loaders.invoiceTemplate.prime({ locationId: template.altId ?? locationId, id: template._id }, template);
  return offsetConnection(templates, page, result.totalCount);
}

export async function createInvoiceTemplate(
  ctx: GatewayContext,
  locationId: string | null | undefined,
  input: InvoiceTemplateInput,
): Promise<GhlInvoiceTemplate> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  const template = await ctx.ghl.call('createInvoiceTemplate', { location, body: templateBody(input) });
  ctx.loaders.invoiceTemplate.prime({ locationId: template.altId ?? location, id: template._id }, template);
  return template;
}

export async function updateInvoiceTemplate(ctx: GatewayContext, ref: InvoiceTemplateRef, input: InvoiceTemplateInput): Promise<GhlInvoiceTemplate> {
  const template = await ctx.ghl.call('updateInvoiceTemplate', { path: { templateId: ref.id }, location: ref.locationId, body: templateBody(input) });
  ctx.loaders.invoiceTemplate.clear(ref).prime(ref, template);
  return template;
}

export async function updateInvoiceTemplateLateFees(ctx: GatewayContext, ref: InvoiceTemplateRef, input: LateFeesInput): Promise<GhlInvoiceTemplate> {
  const template = await ctx.ghl.call('updateInvoiceTemplateLateFees', {
    path: { templateId: ref.id },
    location: ref.locationId,
    body: { lateFeesConfiguration: lateFeesOf(input) },
  });
  ctx.loaders.invoiceTemplate.clear(ref).prime(ref, template);
  return template;
}

/** How the template's invoices may be paid: through Stripe by bank debit only, or by any method. */
export async function updateInvoiceTemplatePaymentMethods(
  ctx: GatewayContext,
  ref: InvoiceTemplateRef,
  input: { stripeBankDebitOnly: boolean },
): Promise<GhlInvoiceTemplate> {
  const template = await ctx.ghl.call('updateInvoiceTemplatePaymentMethods', {
    path: { templateId: ref.id },
    location: ref.locationId,
    body: { paymentMethods: { stripe: { enableBankDebitOnly: input.stripeBankDebitOnly } } },
  });
  ctx.loaders.invoiceTemplate.clear(ref).prime(ref, template);
  return template;
}

export async function deleteInvoiceTemplate(ctx: GatewayContext, ref: InvoiceTemplateRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteInvoiceTemplate', { path: { templateId: ref.id }, location: ref.locationId });
  ctx.loaders.invoiceTemplate.clear(ref);
  return { deletedGhlId: ref.id };
}

function templateBody(input: InvoiceTemplateInput) {
  return definedOnly({
    ...documentFieldsOf(input),
    internal: input.internal ?? undefined,
    businessDetails: {},
  });
}
