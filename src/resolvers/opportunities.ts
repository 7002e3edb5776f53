/**
 * Opportunities and pipelines: search arguments to GHL's snake_case query, pages to connections,
 * and the pipeline list of a location serving every pipeline and stage lookup.
 */
import type { GatewayContext } from '../context.ts';
import { opportunityStatuses, type GhlOpportunity, type GhlOpportunityStatus, type GhlPipelineStage } from '../ghl/api/opportunities.ts';
import { gatewayError } from '../errors.ts';
import type { LostReasonSource, PipelineSource } from '../loaders/index.ts';
import { embeddedContact, rangeFilter, type ContactSource, type DateTimeRange } from './contacts.ts';
import { dayOf, timestampOf } from './dates.ts';
import { followerIdsOf } from './followers.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { decodeCursor, encodeCursor, forwardPage, toConnection, type Connection, type ConnectionArgs } from './pagination.ts';

export interface OpportunityFilter {
  locationId?: string | null;
  pipelineId?: string | null;
  stageId?: string | null;
  contactId?: string | null;
  assignedTo?: string | null;
  status?: GhlOpportunityStatus | null;
  query?: string | null;
  /** Days, as GHL's `date`/`endDate` take them. */
  createdAt?: { from?: Date | null; to?: Date | null } | null;
  /** GHL orders deals by when they were added only. */
  orderBy?: { field: 'CREATED_AT'; direction: 'asc' | 'desc' } | null;
}

export interface OpportunityInput {
  name?: string | null;
  pipelineId?: string | null;
  stageId?: string | null;
  status?: GhlOpportunityStatus | null;
  monetaryValue?: number | null;
  assignedTo?: string | null;
  customFields?: { fieldId: string; value?: unknown }[] | null;
}

export interface CreateOpportunityInput extends OpportunityInput {
  locationId?: string | null;
  contactId: string;
}

export interface UpsertOpportunityInput extends Omit<OpportunityInput, 'customFields'> {
  locationId?: string | null;
  contactId: string;
  pipelineId: string;
  lostReasonId?: string | null;
}

export function isOpportunityStatus(value: unknown): value is GhlOpportunityStatus {
  return opportunityStatuses.includes(value as GhlOpportunityStatus);
}

/** A stage with the pipeline it belongs to: GHL stage ids mean nothing on their own. */
export interface StageSource extends GhlPipelineStage {
  pipeline: PipelineSource;
}

interface OpportunityPosition {
  startAfter: number | null;
  id: string;
  /** Oldest first: a position in one order means nothing in the other. */
  ascending?: boolean;
}

const isOpportunityPosition = (value: unknown): value is OpportunityPosition =>
  typeof (value as OpportunityPosition).id === 'string';

/** GHL's `date`/`endDate`: mm-dd-yyyy. */
const usDay = (date: Date | null | undefined) => (date == null ? undefined : dayOf(date).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2-$3-$1'));

/** GET /opportunities/search pages by (createdAt, id), like contacts: a cursor is that position. */
export async function searchOpportunities(
  ctx: GatewayContext,
  args: ConnectionArgs & OpportunityFilter,
): Promise<Connection<GhlOpportunity>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isOpportunityPosition);
  const ascending = args.orderBy?.direction === 'asc';
  if (after && (after.ascending ?? false) !== ascending) throw gatewayError('BAD_USER_INPUT', 'after is a cursor from another order of this list');
  const { from, to } = args.createdAt ?? {};
  if (from != null && to != null && from > to) throw gatewayError('BAD_USER_INPUT', 'a date range must not end before it starts');
  const result = await ctx.ghl.call('searchOpportunities', {
    location: locationId,
    query: {
      pipeline_id: args.pipelineId ? ghlIdOf(args.pipelineId, 'Pipeline', 'pipelineId') : undefined,
      pipeline_stage_id: args.stageId ? ghlIdOf(args.stageId, 'PipelineStage', 'stageId') : undefined,
      contact_id: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      assigned_to: args.assignedTo ? ghlIdOf(args.assignedTo, 'User', 'assignedTo') : undefined,
      status: args.status ?? undefined,
      q: args.query || undefined,
      date: usDay(from),
      endDate: usDay(to),
      order: ascending ? 'added_asc' : undefined,
      limit: page.size,
      startAfter: after?.startAfter ?? undefined,
      startAfterId: after?.id,
    },
  });
  for (const opportunity of result.opportunities) ctx.loaders.opportunity.prime(opportunity.id, opportunity);
  return toConnection(
    result.opportunities,
    (opportunity) => encodeCursor({ startAfter: timestampOf(opportunity.createdAt), id: opportunity.id, ...(ascending && { ascending }) }),
    {
      hasNextPage: result.opportunities.length === page.size && result.meta?.nextPageUrl !== null,
      hasPreviousPage: after !== undefined,
      totalCount: result.meta?.total,
    },
  );
}

/** What the advanced search narrows deals to: each list is any of its values, every condition must hold. */
export interface OpportunitySearchFilter {
  pipelineIds?: readonly string[] | null;
  stageIds?: readonly string[] | null;
  statuses?: readonly GhlOpportunityStatus[] | null;
  assignedTo?: readonly string[] | null;
  contactId?: string | null;
  createdAt?: DateTimeRange | null;
}

interface SearchPosition {
  direction: 'asc' | 'desc';
  searchAfter: string[];
  seen: number;
}

const isSearchPosition = (value: unknown): value is SearchPosition =>
  ['asc', 'desc'].includes((value as SearchPosition).direction) &&
  Array.isArray((value as SearchPosition).searchAfter) &&
  Number.isInteger((value as SearchPosition).seen);

/**
 * POST /opportunities/search: GHL filters and orders, and a page resumes after the last deal's
 * sort values (`searchAfter`), so deep pages cost what the first does.
 */
export async function searchOpportunitiesAdvanced(
  ctx: GatewayContext,
  args: ConnectionArgs & {
    locationId: string;
    query?: string | null;
    filter?: OpportunitySearchFilter | null;
    orderBy?: OpportunityFilter['orderBy'];
  },
): Promise<Connection<GhlOpportunity>> {
  const direction = args.orderBy?.direction ?? 'desc';
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isSearchPosition);
  if (after && after.direction !== direction) throw gatewayError('BAD_USER_INPUT', 'after is a cursor from another order of this list');
  const result = await ctx.ghl.call('searchOpportunitiesAdvanced', {
    location: args.locationId,
    body: definedOnly({
      limit: page.size,
      searchAfter: after?.searchAfter,
      query: args.query || undefined,
      filters: searchFilters(args.filter),
      sort: [{ field: 'date_added', direction }],
    }),
  });
  const seenBefore = after?.seen ?? 0;
  const total = result.total ?? null;
  const found = result.opportunities.map(({ searchAfter, ...opportunity }) => {
    ctx.loaders.opportunity.prime(opportunity.id, opportunity);
    return { opportunity, searchAfter: searchAfter ?? [] };
  });
  return toConnection(
    found.map(({ opportunity }) => opportunity),
    (_, index) => encodeCursor({ direction, searchAfter: found[index]!.searchAfter, seen: seenBefore + index + 1 }),
    {
      // Without a total, a short page is the last.
      hasNextPage: total === null ? found.length === page.size : seenBefore + found.length < total,
      hasPreviousPage: after !== undefined,
      totalCount: total,
    },
  );
}

/** GHL's filter fields; a list of values is an OR group of them. */
function searchFilters(filter: OpportunitySearchFilter | null | undefined): Record<string, unknown>[] | undefined {
  if (!filter) return undefined;
  const anyOf = (field: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return [];
    const each = values.map((value) => ({ field, operator: 'eq', value }));
    return each.length === 1 ? each : [{ group: 'OR', filters: each }];
  };
  const filters = [
    ...anyOf('pipeline_id', filter.pipelineIds?.map((id) => ghlIdOf(id, 'Pipeline', 'pipelineIds'))),
    ...anyOf('pipeline_stage_id', filter.stageIds?.map((id) => ghlIdOf(id, 'PipelineStage', 'stageIds'))),
    ...anyOf('status', filter.statuses),
    ...anyOf('assigned_to', filter.assignedTo?.map((id) => ghlIdOf(id, 'User', 'assignedTo'))),
    ...anyOf('contact_id', filter.contactId == null ? null : [ghlIdOf(filter.contactId, 'Contact', 'contactId')]),
    ...rangeFilter('date_added', filter.createdAt),
  ];
  return filters.length === 0 ? undefined : filters;
}

export function pipelinesOf(ctx: GatewayContext, locationId: string | null | undefined): Promise<PipelineSource[]> {
  return ctx.loaders.pipelinesOfLocation.load(locationIdOf(locationId, ctx.defaultLocationId));
}

export async function pipelineOf(ctx: GatewayContext, locationId: string, pipelineId: string): Promise<PipelineSource | null> {
  return (await ctx.loaders.pipelinesOfLocation.load(locationId)).find((pipeline) => pipeline.id === pipelineId) ?? null;
}

export async function stageOf(
  ctx: GatewayContext,
  locationId: string,
  pipelineId: string,
  stageId: string | null | undefined,
): Promise<StageSource | null> {
  const pipeline = stageId ? await pipelineOf(ctx, locationId, pipelineId) : null;
  const stage = pipeline?.stages?.find((candidate) => candidate.id === stageId);
  return stage && pipeline ? { ...stage, pipeline } : null;
}

/** The contact a search result embeds, or the full contact when the record came without one. */
export function contactOfOpportunity(ctx: GatewayContext, opportunity: GhlOpportunity): ContactSource | Promise<ContactSource> | null {
  if (opportunity.contact?.id) return embeddedContact(opportunity.contact, opportunity.locationId);
  return opportunity.contactId ? ctx.loaders.contact.load(opportunity.contactId) : null;
}

export async function createOpportunity(ctx: GatewayContext, input: CreateOpportunityInput): Promise<GhlOpportunity> {
  const { opportunity } = await ctx.ghl.call('createOpportunity', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    body: {
      ...opportunityBody(input),
      contactId: ghlIdOf(input.contactId, 'Contact', 'contactId'),
      status: input.status ?? 'open',
    },
  });
  ctx.loaders.opportunity.prime(opportunity.id, opportunity);
  return opportunity;
}

/** GHL updates the contact's deal in the pipeline, or creates it; a deal it creates needs a name. */
export async function upsertOpportunity(ctx: GatewayContext, input: UpsertOpportunityInput): Promise<{ opportunity: GhlOpportunity; created: boolean }> {
  const { locationId, contactId, lostReasonId, ...fields } = input;
  if (lostReasonId != null && input.status !== 'lost') throw gatewayError('BAD_USER_INPUT', 'lostReasonId goes with the status LOST only');
  const result = await ctx.ghl.call('upsertOpportunity', {
    location: locationIdOf(locationId, ctx.defaultLocationId),
    body: {
      ...opportunityBody(fields),
      contactId: ghlIdOf(contactId, 'Contact', 'contactId'),
      ...(lostReasonId != null && { lostReasonId: ghlIdOf(lostReasonId, 'LostReason', 'lostReasonId') }),
    },
  });
  ctx.loaders.opportunity.clear(result.opportunity.id).prime(result.opportunity.id, result.opportunity);
  return { opportunity: result.opportunity, created: result.new };
}

export async function updateOpportunity(ctx: GatewayContext, id: string, input: OpportunityInput): Promise<GhlOpportunity> {
  const opportunityId = ghlIdOf(id, 'Opportunity', 'id');
  const { opportunity } = await ctx.ghl.call('updateOpportunity', { path: { id: opportunityId }, body: opportunityBody(input) });
  ctx.loaders.opportunity.clear(opportunityId).prime(opportunityId, opportunity);
  return opportunity;
}

/**
 * GHL answers a status change with a bare success: the opportunity is read again if asked for.
 * A lost reason goes with LOST only: GHL drops it when a deal is won or reopened.
 */
export async function setOpportunityStatus(
  ctx: GatewayContext,
  id: string,
  status: GhlOpportunityStatus,
  lostReasonId?: string | null,
): Promise<{ opportunityId: string; status: GhlOpportunityStatus }> {
  const opportunityId = ghlIdOf(id, 'Opportunity', 'id');
  if (lostReasonId != null && status !== 'lost') throw gatewayError('BAD_USER_INPUT', 'lostReasonId goes with the status LOST only');
  const body = definedOnly({ status, lostReasonId: lostReasonId == null ? undefined : ghlIdOf(lostReasonId, 'LostReason', 'lostReasonId') });
  await ctx.ghl.call('updateOpportunityStatus', { path: { id: opportunityId }, body });
  ctx.loaders.opportunity.clear(opportunityId);
  return { opportunityId, status };
}

export async function deleteOpportunity(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const opportunityId = ghlIdOf(id, 'Opportunity', 'id');
  await ctx.ghl.call('deleteOpportunity', { path: { id: opportunityId } });
  ctx.loaders.opportunity.clear(opportunityId);
  return { deletedGhlId: opportunityId };
}

/** Follow a deal, or stop following it: GHL answers with every follower after the change. */
export async function changeOpportunityFollowers(
  ctx: GatewayContext,
  id: string,
  change: 'add' | 'remove',
  followers: readonly string[],
): Promise<{ opportunityId: string; followers: string[] }> {
  const opportunityId = ghlIdOf(id, 'Opportunity', 'id');
  const body = { followers: followerIdsOf(followers) };
  const result = await ctx.ghl.call(change === 'add' ? 'addOpportunityFollowers' : 'removeOpportunityFollowers', { path: { id: opportunityId }, body });
  ctx.loaders.opportunity.clear(opportunityId);
  return { opportunityId, followers: result.followers };
}

export function lostReasonsOf(ctx: GatewayContext, locationId: string | null | undefined): Promise<LostReasonSource[]> {
  return ctx.loaders.lostReasonsOfLocation.load(locationIdOf(locationId, ctx.defaultLocationId));
}

export async function lostReasonOf(ctx: GatewayContext, locationId: string, lostReasonId: string | null | undefined): Promise<LostReasonSource | null> {
  if (!lostReasonId) return null;
  return (await ctx.loaders.lostReasonsOfLocation.load(locationId)).find((reason) => reason.id === lostReasonId) ?? null;
}

function opportunityBody(input: OpportunityInput): Record<string, unknown> {
  if (input.monetaryValue != null && (!Number.isFinite(input.monetaryValue) || input.monetaryValue < 0)) {
    throw gatewayError('BAD_USER_INPUT', 'monetaryValue must be zero or more');
  }
  if (input.status != null && !isOpportunityStatus(input.status)) {
    throw gatewayError('BAD_USER_INPUT', `status must be one of ${opportunityStatuses.join(', ')}`);
  }
  return definedOnly({
    name: input.name == null ? input.name : nonEmpty(input.name, 'name'),
    status: input.status,
    monetaryValue: input.monetaryValue,
    pipelineId: input.pipelineId == null ? input.pipelineId : ghlIdOf(input.pipelineId, 'Pipeline', 'pipelineId'),
    pipelineStageId: input.stageId == null ? input.stageId : ghlIdOf(input.stageId, 'PipelineStage', 'stageId'),
    assignedTo: input.assignedTo == null ? input.assignedTo : ghlIdOf(input.assignedTo, 'User', 'assignedTo'),
    // GHL names an opportunity's value `field_value` where a contact's is `value`.
    customFields: input.customFields?.map(({ fieldId, value }) => ({ id: fieldId, field_value: value })),
  });
}
