/**
 * Estimate templates: GraphQL arguments in, GHL calls out, GHL payloads back. A template is read
 * through its location (`altId`) as well as its id (GHL's preview); create and edit send the whole
 * template, checked in full before the call. What it does as an invoice template does is in
 * templates.ts; here are its GHL calls, its loader and its body.
 */
import type { GhlEstimateTemplate } from '../ghl/api/estimate-templates.ts';
import type { LocatedKey } from '../loaders/per-key.ts';
import { definedOnly } from './input.ts';
import { documentFieldsOf, type DocumentInput } from './invoices.ts';
import { templateResolvers } from './templates.ts';

export interface EstimateTemplateInput extends DocumentInput {
  liveMode?: boolean | null;
}

export type EstimateTemplateRef = LocatedKey;

export const {
  refOf: estimateTemplateRefOf,
  get: getEstimateTemplate,
  list: listEstimateTemplates,
  create: createEstimateTemplate,
  update: updateEstimateTemplate,
  remove: deleteEstimateTemplate,
} = templateResolvers<GhlEstimateTemplate, EstimateTemplateInput>({
  typename: 'EstimateTemplate',
  loader: (ctx) => ctx.loaders.estimateTemplate,
  body: (input) => definedOnly({ ...documentFieldsOf(input), liveMode: input.liveMode ?? true, businessDetails: {} }),
  list: (ctx, location, query) => ctx.ghl.call('listEstimateTemplates', { location, query }),
  create: (ctx, location, body) => ctx.ghl.call('createEstimateTemplate', { location, body }),
  update: (ctx, ref, body) => ctx.ghl.call('updateEstimateTemplate', { path: { templateId: ref.id }, location: ref.locationId, body }),
  // GHL takes the owner of a delete in its body, so the DELETE carries one.
  remove: (ctx, ref) => ctx.ghl.call('deleteEstimateTemplate', { path: { templateId: ref.id }, location: ref.locationId, body: {} }),
});
