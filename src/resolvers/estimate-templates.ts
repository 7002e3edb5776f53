/**
 * Estimate templates: GraphQL arguments in, GHL calls out, GHL payloads back. A template is read
 * through its location (`altId`) as well as its id (GHL's preview); create and edit send the whole
 * template (GHL's edit is a PUT), checked in full before the call; every write refreshes the loader.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlEstimateTemplate } from '../ghl/api/estimate-templates.ts';
import { definedOnly } from './input.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';
import { documentFieldsOf, type DocumentInput } from './invoices.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface EstimateTemplateInput extends DocumentInput {
  liveMode?: boolean | null;
}

export interface EstimateTemplateRef {
  locationId: string;
  id: string;
}

export function estimateTemplateRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): EstimateTemplateRef {
  return locatedIdOf(id, 'EstimateTemplate', locationId, ctx.defaultLocationId);
}

export function getEstimateTemplate(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlEstimateTemplate> {
  return ctx.loaders.estimateTemplate.load(estimateTemplateRefOf(ctx, id, locationId));
}

export async function listEstimateTemplates(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null },
): Promise<Connection<GhlEstimateTemplate>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listEstimateTemplates', {
    location: locationId,
    query: { search: args.query?.trim() || undefined, limit: String(page.size), offset: String(page.offset) },
  });
  const templates = result.data ?? [];
  for (const template of templates) ctx.loaders.estimateTemplate.prime({ locationId: template.altId ?? locationId, id: template._id }, template);
  return offsetConnection(templates, page, result.totalCount);
}

export async function createEstimateTemplate(
  ctx: GatewayContext,
  locationId: string | null | undefined,
  input: EstimateTemplateInput,
): Promise<GhlEstimateTemplate> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  const template = await ctx.ghl.call('createEstimateTemplate', { location, body: templateBody(input) });
  ctx.loaders.estimateTemplate.prime({ locationId: template.altId ?? location, id: template._id }, template);
  return template;
}

export async function updateEstimateTemplate(ctx: GatewayContext, ref: EstimateTemplateRef, input: EstimateTemplateInput): Promise<GhlEstimateTemplate> {
  const template = await ctx.ghl.call('updateEstimateTemplate', { path: { templateId: ref.id }, location: ref.locationId, body: templateBody(input) });
  ctx.loaders.estimateTemplate.clear(ref).prime(ref, template);
  return template;
}

export async function deleteEstimateTemplate(ctx: GatewayContext, ref: EstimateTemplateRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteEstimateTemplate', { path: { templateId: ref.id }, location: ref.locationId, body: {} });
  ctx.loaders.estimateTemplate.clear(ref);
  return { deletedGhlId: ref.id };
}

function templateBody(input: EstimateTemplateInput) {
  return definedOnly({
    ...documentFieldsOf(input),
    liveMode: input.liveMode ?? true,
    businessDetails: {},
  });
}
