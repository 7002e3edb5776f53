/**
 * Invoice templates: GraphQL arguments in, GHL calls out, GHL payloads back. A template is read
 * through its location (`altId`) as well as its id; create and edit send the whole template,
 * checked in full before the call; every write refreshes the loader. What it does as an estimate
 * template does is in templates.ts; here are its GHL calls, its loader, its body and its own writes.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlInvoiceTemplate } from '../ghl/api/invoice-templates.ts';
import type { LocatedKey } from '../loaders/per-key.ts';
import { definedOnly } from './input.ts';
import { documentFieldsOf, lateFeesOf, type DocumentInput, type LateFeesInput } from './invoices.ts';
import { templateResolvers } from './templates.ts';

export interface InvoiceTemplateInput extends DocumentInput {
  internal?: boolean | null;
}

export type InvoiceTemplateRef = LocatedKey;

export const {
  refOf: invoiceTemplateRefOf,
  get: getInvoiceTemplate,
  list: listInvoiceTemplates,
  create: createInvoiceTemplate,
  update: updateInvoiceTemplate,
  remove: deleteInvoiceTemplate,
} = templateResolvers<GhlInvoiceTemplate, InvoiceTemplateInput>({
  typename: 'InvoiceTemplate',
  loader: (ctx) => ctx.loaders.invoiceTemplate,
  body: (input) => definedOnly({ ...documentFieldsOf(input), internal: input.internal ?? undefined, businessDetails: {} }),
  list: (ctx, location, query) => ctx.ghl.call('listInvoiceTemplates', { location, query }),
  create: (ctx, location, body) => ctx.ghl.call('createInvoiceTemplate', { location, body }),
  update: (ctx, ref, body) => ctx.ghl.call('updateInvoiceTemplate', { path: { templateId: ref.id }, location: ref.locationId, body }),
  remove: (ctx, ref) => ctx.ghl.call('deleteInvoiceTemplate', { path: { templateId: ref.id }, location: ref.locationId }),
});

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
