/**
 * Invoice templates (invoices.json): list, get, create, edit, delete, and the late-fee and
 * payment-method settings a template gives its invoices. GHL names the location as `altId` with
 * `altType=location`, in the query or the body. Totals are computed from the lines. GHL sends no
 * webhook for templates.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { invoiceTemplateBody, type InvoiceTemplate } from '../model/invoice-templates.ts';
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { ALT, BUSINESS_DETAILS, DISCOUNT, ITEM, LATE_FEES, type CreateInvoiceInput } from './invoice-input.ts';
import { inDayRange, newestFirst, readAltQuery, readInvoiceListFilters, readPage } from './invoice-query.ts';

const TEMPLATES = { versions: V2021_07_28, tokens: 'any' } as const;

/** UpdateInvoiceTemplateDto; CreateInvoiceTemplateDto adds the configuration objects it keeps as sent. */
const UPDATE_TEMPLATE: Shape = {
  ...ALT,
  internal: rule.boolean,
  name: rule.required(rule.string),
  businessDetails: rule.required(rule.shape(BUSINESS_DETAILS)),
  currency: rule.required(rule.string),
  items: rule.required(rule.shapes(ITEM)),
  discount: rule.shape(DISCOUNT),
  termsNotes: rule.string,
  title: rule.string,
  miscellaneousCharges: rule.object,
};

const CREATE_TEMPLATE: Shape = {
  ...UPDATE_TEMPLATE,
  automaticTaxesEnabled: rule.boolean,
  tipsConfiguration: rule.object,
  lateFeesConfiguration: rule.object,
  invoiceNumberPrefix: rule.string,
  paymentMethods: rule.object,
  attachments: rule.strings,
};

type TemplateInput = Pick<InvoiceTemplate, 'altId' | 'name' | 'businessDetails' | 'currency'> &
  Partial<Pick<InvoiceTemplate, 'internal' | 'termsNotes' | 'title' | 'invoiceNumberPrefix' | 'lateFeesConfiguration' | 'paymentMethods'>> & {
    items: CreateInvoiceInput['items'];
    discount?: CreateInvoiceInput['discount'];
  };

export const invoiceTemplateRoutes: Route[] = [
  route('GET', '/invoices/template', TEMPLATES, listTemplates),
  route('POST', '/invoices/template', TEMPLATES, ({ store, principal, body }) => {
    const input = readShapedBody<TemplateInput>(body, CREATE_TEMPLATE);
    requireLocation(store, principal, input.altId);
    return ok(invoiceTemplateBody(writeTemplate(store, input, { id: randomId(), createdAt: new Date().toISOString() })));
  }),
  route('GET', '/invoices/template/{templateId}', TEMPLATES, ({ store, principal, params, query }) => {
    const altId = readAltQuery(query);
    return ok(invoiceTemplateBody(requireTemplate(store, principal, params.templateId, altId)));
  }),
  route('PUT', '/invoices/template/{templateId}', TEMPLATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<TemplateInput>(body, UPDATE_TEMPLATE);
    const current = requireTemplate(store, principal, params.templateId, input.altId);
    return ok(invoiceTemplateBody(writeTemplate(store, input, current)));
  }),
  route('DELETE', '/invoices/template/{templateId}', TEMPLATES, ({ store, principal, params, query }) => {
    const template = requireTemplate(store, principal, params.templateId, readAltQuery(query));
    store.invoiceTemplates.delete(template.id);
    return ok({ success: true });
  }),
  route('PATCH', '/invoices/template/{templateId}/late-fees-configuration', TEMPLATES, ({ store, principal, params, body }) =>
    configure(store, principal, params.templateId, body, 'lateFeesConfiguration'),
  ),
  route('PATCH', '/invoices/template/{templateId}/payment-methods-configuration', TEMPLATES, ({ store, principal, params, body }) =>
    configure(store, principal, params.templateId, body, 'paymentMethods'),
  ),
];

/** Newest first; `search` matches the name; `startAt`/`endAt` bound the creation day. */
function listTemplates({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const { altId, days, search } = readInvoiceListFilters(v);
  const { limit, offset } = readPage(v);
  v.check();
  requireLocation(store, principal, altId);
  const matching = store
    .invoiceTemplatesOfLocation(altId)
    .filter((template) => search === undefined || template.name.toLowerCase().includes(search))
    .filter((template) => inDayRange(template.createdAt.slice(0, 10), days))
    .sort(newestFirst);
  return ok({ data: matching.slice(offset, offset + limit).map(invoiceTemplateBody), totalCount: matching.length });
}

function writeTemplate(store: SandboxStore, input: TemplateInput, base: Pick<InvoiceTemplate, 'id' | 'createdAt'> & Partial<InvoiceTemplate>): InvoiceTemplate {
  const items = input.items.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const discount = input.discount ? { ...input.discount, value: input.discount.value ?? 0 } : (base.discount ?? { type: 'percentage' as const, value: 0 });
  return store.invoiceTemplates.insert(
    definedOnly({
      ...base,
      ...input,
      altType: 'location' as const,
      internal: input.internal ?? base.internal ?? false,
      title: input.title ?? base.title ?? 'INVOICE',
      invoiceNumberPrefix: input.invoiceNumberPrefix ?? base.invoiceNumberPrefix ?? 'INV-',
      discount,
      items,
      total: invoiceTotals(items, discount).total,
      updatedAt: new Date().toISOString(),
    }),
  );
}

/**
 * UpdateInvoiceLateFeesConfigurationDto (LateFeesConfigurationDto, required) and
 * UpdatePaymentMethodsConfigurationDto (optional, kept as sent).
 */
function configure(
  store: SandboxStore,
  principal: Principal,
  templateId: string,
  body: unknown,
  field: 'lateFeesConfiguration' | 'paymentMethods',
): ApiResult {
  const setting = field === 'lateFeesConfiguration' ? rule.required(rule.shape(LATE_FEES)) : rule.object;
  const input = readShapedBody<{ altId: string } & Partial<Record<typeof field, Record<string, unknown>>>>(body, { ...ALT, [field]: setting });
  const template = requireTemplate(store, principal, templateId, input.altId);
  const updated = store.invoiceTemplates.insert({ ...template, ...(input[field] && { [field]: input[field] }), updatedAt: new Date().toISOString() });
  return ok(invoiceTemplateBody(updated));
}

/** The token must reach `altId` (403), and the template must be one of its (404). */
function requireTemplate(store: SandboxStore, principal: Principal, templateId: string, altId: string): InvoiceTemplate {
  requireLocation(store, principal, altId);
  const template = store.invoiceTemplates.get(templateId);
  if (template?.altId !== altId) throw new GhlError(404, 'Template not found');
  return template;
}
