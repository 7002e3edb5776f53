/**
 * Estimate templates (invoices.json): list, create, edit, delete, and the preview that reads one.
 * GHL names the location as `altId` with `altType=location`, in the query or the body (a DELETE's
 * too). Totals are computed from the lines. GHL sends no webhook for templates.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { estimateTemplateBody, type EstimateTemplate } from '../model/estimate-templates.ts';
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';
import { ALT, ESTIMATE_CONTENT, type CreateInvoiceInput } from './invoice-input.ts';
import { newestFirst, readAlt, readPage } from './invoice-query.ts';

const TEMPLATES = { versions: V2021_07_28, tokens: 'any' } as const;

/** EstimateTemplatesDto, for create and edit alike; the configuration objects are kept as sent or ignored. */
const TEMPLATE: Shape = {
  ...ESTIMATE_CONTENT,
  automaticTaxesEnabled: rule.boolean,
  meta: rule.object,
  sendEstimateDetails: rule.object,
  estimateNumberPrefix: rule.string,
  attachments: rule.objects,
  miscellaneousCharges: rule.object,
};

type TemplateInput = Pick<EstimateTemplate, 'altId' | 'name' | 'businessDetails' | 'currency'> &
  Partial<Pick<EstimateTemplate, 'liveMode' | 'termsNotes' | 'title' | 'estimateNumberPrefix' | 'automaticTaxesEnabled'>> & {
    items: CreateInvoiceInput['items'];
    discount: CreateInvoiceInput['discount'];
  };

export const estimateTemplateRoutes: Route[] = [
  route('GET', '/invoices/estimate/template', TEMPLATES, listTemplates),
  route('GET', '/invoices/estimate/template/preview', TEMPLATES, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = readAlt(v);
    const templateId = v.string('templateId', { required: true });
    v.check();
    return ok(estimateTemplateBody(requireTemplate(store, principal, templateId, altId)));
  }),
  route('POST', '/invoices/estimate/template', TEMPLATES, ({ store, principal, body }) => {
    const input = readShapedBody<TemplateInput>(body, TEMPLATE);
    requireLocation(store, principal, input.altId);
    return created(estimateTemplateBody(writeTemplate(store, input, { id: randomId(), createdAt: new Date().toISOString() })));
  }),
  route('PUT', '/invoices/estimate/template/{templateId}', TEMPLATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<TemplateInput>(body, TEMPLATE);
    const current = requireTemplate(store, principal, params.templateId, input.altId);
    return ok(estimateTemplateBody(writeTemplate(store, input, current)));
  }),
  route('DELETE', '/invoices/estimate/template/{templateId}', TEMPLATES, ({ store, principal, params, body }) => {
    const input = readShapedBody<{ altId: string }>(body, ALT);
    const template = requireTemplate(store, principal, params.templateId, input.altId);
    store.estimateTemplates.delete(template.id);
    return ok(estimateTemplateBody({ ...template, deleted: true }));
  }),
];

/** Newest first; `search` matches the name. */
function listTemplates({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const altId = readAlt(v);
  const search = v.string('search')?.toLowerCase();
  const { limit, offset } = readPage(v);
  v.check();
  requireLocation(store, principal, altId);
  const matching = store
    .estimateTemplatesOfLocation(altId)
    .filter((template) => search === undefined || template.name.toLowerCase().includes(search))
    .sort(newestFirst);
  return ok({ data: matching.slice(offset, offset + limit).map(estimateTemplateBody), totalCount: matching.length, traceId: randomId() });
}

function writeTemplate(store: SandboxStore, input: TemplateInput, base: Pick<EstimateTemplate, 'id' | 'createdAt'> & Partial<EstimateTemplate>): EstimateTemplate {
  const items = input.items.map((item) => ({ ...item, _id: randomId(), taxes: item.taxes ?? [] }));
  const discount = { ...input.discount, value: input.discount.value ?? 0 };
  return store.estimateTemplates.insert(
    definedOnly({
      ...base,
      altId: input.altId,
      altType: 'location' as const,
      liveMode: input.liveMode ?? base.liveMode ?? true,
      deleted: false,
      name: input.name,
      title: input.title ?? base.title ?? 'ESTIMATE',
      currency: input.currency,
      businessDetails: input.businessDetails,
      items,
      discount,
      total: invoiceTotals(items, discount).total,
      termsNotes: input.termsNotes ?? base.termsNotes,
      estimateNumberPrefix: input.estimateNumberPrefix ?? base.estimateNumberPrefix ?? 'EST-',
      automaticTaxesEnabled: input.automaticTaxesEnabled ?? base.automaticTaxesEnabled ?? false,
      updatedAt: new Date().toISOString(),
    }),
  );
}

/** The token must reach `altId` (403), and the template must be one of its (404). */
function requireTemplate(store: SandboxStore, principal: Principal, templateId: string, altId: string): EstimateTemplate {
  requireLocation(store, principal, altId);
  const template = store.estimateTemplates.get(templateId);
  if (template?.altId !== altId) throw new GhlError(404, 'Template not found');
  return template;
}
