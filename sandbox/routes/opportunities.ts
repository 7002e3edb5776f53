/**
 * Opportunities (opportunities.json, Version 2021-07-28): the search a pipeline board is drawn
 * from, and one deal by id to read, create, update, move to a status or delete. Location tokens
 * only: the spec's `bearer` security means a sub-account token. Note the search's snake_case
 * parameters (location_id, pipeline_id, ...) beside the camelCase ones (startAfter, getTasks).
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import type { Opportunity } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { opportunityChanges, opportunityEvent } from '../webhooks/events.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';
import {
  readCreateOpportunity,
  readStatusUpdate,
  readUpdateOpportunity,
  readUpsertOpportunity,
  rejectDuplicate,
  requireAssignee,
  resolveContact,
  resolvePipeline,
  resolveStage,
} from './opportunity-input.ts';
import { opportunityView } from './opportunity-view.ts';
import { addFollowers, readFollowers, removeFollowers, type FollowersChange } from './followers.ts';

const OPPORTUNITIES = { versions: V2021_07_28, tokens: 'location' } as const;

export const opportunityRoutes: Route[] = [
  route('GET', '/opportunities/search', OPPORTUNITIES, searchOpportunities),
  route('GET', '/opportunities/lost-reason', OPPORTUNITIES, listLostReasons),
  route('GET', '/opportunities/{id}', OPPORTUNITIES, ({ store, principal, params }) =>
    ok({ opportunity: opportunityView(store, requireOpportunity(store, principal, params.id)) }),
  ),
  route('POST', '/opportunities/', OPPORTUNITIES, createOpportunity),
  route('POST', '/opportunities/upsert', OPPORTUNITIES, upsertOpportunity),
  route('PUT', '/opportunities/{id}', OPPORTUNITIES, updateOpportunity),
  route('PUT', '/opportunities/{id}/status', OPPORTUNITIES, ({ store, principal, params, body, emit }) => {
    const opportunity = requireOpportunity(store, principal, params.id);
    const { status, lostReasonId } = readStatusUpdate(body);
    if (lostReasonId !== undefined) requireLostReason(store, opportunity.locationId, lostReasonId);
    const now = new Date().toISOString();
    // A lost reason belongs to a lost deal: reopening or winning it drops the reason.
    const { lostReasonId: _previous, ...rest } = opportunity;
    const updated = store.opportunities.insert({
      ...rest,
      status,
      ...(status === 'lost' && lostReasonId !== undefined && { lostReasonId }),
      ...(status !== opportunity.status && { lastStatusChangeAt: now }),
      lastActionDate: now,
      updatedAt: now,
    });
    emit(...opportunityChanges(opportunity, updated));
    return ok({ succeded: true });
  }),
  route('DELETE', '/opportunities/{id}', OPPORTUNITIES, ({ store, principal, params, emit }) => {
    const opportunity = requireOpportunity(store, principal, params.id);
    store.opportunities.delete(opportunity.id);
    emit(opportunityEvent('OpportunityDelete', opportunity));
    return ok({ succeded: true });
  }),
  route('POST', '/opportunities/{id}/followers', OPPORTUNITIES, (context) => {
    const { followers, changed } = changeFollowers(context, addFollowers);
    return created({ followers, followersAdded: changed });
  }),
  // `isRemoveAllFollowers=true` empties the list, whatever the body names.
  route('DELETE', '/opportunities/{id}/followers', OPPORTUNITIES, (context) => {
    const all = Validator.query(context.query).oneOf('isRemoveAllFollowers', ['true', 'false']) === 'true';
    const { followers, changed } = changeFollowers(context, (current, named) => removeFollowers(current, all ? current : named));
    return ok({ followers, followersRemoved: changed });
  }),
];

function changeFollowers(
  { store, principal, params, body }: RequestContext<{ id: string }>,
  change: (current: readonly string[], named: readonly string[]) => FollowersChange,
): FollowersChange {
  const opportunity = requireOpportunity(store, principal, params.id);
  const result = change(opportunity.followers, readFollowers(body, store, opportunity.locationId));
  if (result.changed.length > 0) store.opportunities.insert({ ...opportunity, followers: result.followers, updatedAt: new Date().toISOString() });
  return result;
}

/** A location's lost reasons by name; `name` and `query` match part of it, ignoring case. Deleted reasons are not kept. */
function listLostReasons({ query, store, principal }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const name = v.string('name')?.toLowerCase();
  const search = v.string('query')?.toLowerCase();
  const deleted = v.oneOf('deleted', ['true', 'false']) === 'true';
  const skip = v.number('skip', { min: 0 }) ?? 0;
  const limit = v.number('limit', { min: 1, max: 1000 }) ?? 100;
  v.oneOf('getCount', ['true', 'false']);
  v.check();
  requireLocation(store, principal, locationId);
  const matching = deleted
    ? []
    : store
        .lostReasonsOfLocation(locationId)
        .filter((reason) => [name, search].every((part) => part === undefined || reason.name.toLowerCase().includes(part)))
        .sort((a, b) => a.name.localeCompare(b.name));
  return ok({ lostReasons: matching.slice(skip, skip + limit), total: matching.length });
}

function requireLostReason(store: SandboxStore, locationId: string, lostReasonId: string): void {
  if (store.lostReasons.get(lostReasonId)?.locationId !== locationId) throw ghlErrors.badRequest('Lost reason not found');
}

/** Records are looked up first (404), then checked against the token's location (403). */
function requireOpportunity(store: SandboxStore, principal: Principal, id: string): Opportunity {
  const opportunity = store.opportunities.get(id);
  if (!opportunity) throw ghlErrors.notFound('Opportunity');
  requireLocation(store, principal, opportunity.locationId);
  return opportunity;
}

interface Cursor {
  at: number;
  id: string;
}

/**
 * Ordered by (createdAt, id), newest first unless `order=added_asc`. `page` pages by offset;
 * `startAfter` (epoch ms) with `startAfterId`, which the previous page's `meta` hands back,
 * resumes strictly after that deal and wins over `page`. `campaignId` and `country` match
 * nothing the sandbox stores and are ignored.
 */
function searchOpportunities({ query, store, principal, baseUrl }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('location_id', { required: true });
  const pipelineId = v.string('pipeline_id');
  const stageId = v.string('pipeline_stage_id');
  const contactId = v.string('contact_id');
  const status = v.oneOf('status', ['open', 'won', 'lost', 'abandoned', 'all']);
  const assignedTo = v.string('assigned_to');
  const search = v.string('q')?.toLowerCase();
  const id = v.string('id');
  const direction = v.oneOf('order', ['added_asc', 'added_desc']) === 'added_asc' ? 1 : -1;
  const from = usDay(v, 'date');
  const to = usDay(v, 'endDate');
  const startAfter = v.number('startAfter', { min: 0 });
  const startAfterId = v.string('startAfterId');
  const page = Math.floor(v.number('page', { min: 1 }) ?? 1);
  const limit = v.number('limit', { min: 1, max: 100 }) ?? 20;
  const flag = (name: string) => v.oneOf(name, ['true', 'false']) === 'true';
  const joined = { tasks: flag('getTasks'), notes: flag('getNotes'), calendarEvents: flag('getCalendarEvents') };
  v.check();
  requireLocation(store, principal, locationId);

  const compare = (a: Cursor, b: Cursor) => direction * (a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keyOf = (opportunity: Opportunity): Cursor => ({ at: Date.parse(opportunity.createdAt), id: opportunity.id });
  const matching = store
    .opportunitiesOfLocation(locationId)
    .filter((opportunity) => {
      const at = Date.parse(opportunity.createdAt);
      return (
        (pipelineId === undefined || opportunity.pipelineId === pipelineId) &&
        (stageId === undefined || opportunity.pipelineStageId === stageId) &&
        (contactId === undefined || opportunity.contactId === contactId) &&
        (status === undefined || status === 'all' || opportunity.status === status) &&
        (assignedTo === undefined || opportunity.assignedTo === assignedTo) &&
        (id === undefined || opportunity.id === id) &&
        (from === undefined || at >= from) &&
        // endDate takes in the whole of its day.
        (to === undefined || at < to + 86_400_000) &&
        (search === undefined || matchesSearch(store, opportunity, search))
      );
    })
    .sort((a, b) => compare(keyOf(a), keyOf(b)));

  let start = (page - 1) * limit;
  const cursor = resolveCursor(store, locationId, direction, startAfter, startAfterId);
  if (cursor) {
    const after = matching.findIndex((opportunity) => compare(keyOf(opportunity), cursor) > 0);
    start = after === -1 ? matching.length : after;
  }
  const opportunities = matching.slice(start, start + limit);
  const last = opportunities.at(-1);
  const next = start + opportunities.length < matching.length && last ? keyOf(last) : undefined;
  const currentPage = cursor ? Math.floor(start / limit) + 1 : page;
  const nextQuery = next && { ...query, startAfter: String(next.at), startAfterId: next.id, page: String(currentPage + 1) };

  return ok({
    opportunities: opportunities.map((opportunity) => opportunityView(store, opportunity, joined)),
    meta: {
      total: matching.length,
      nextPageUrl: nextQuery ? `${baseUrl}/opportunities/search?${new URLSearchParams(nextQuery).toString()}` : null,
      startAfterId: next?.id ?? null,
      startAfter: next?.at ?? null,
      currentPage,
      nextPage: next ? currentPage + 1 : null,
      prevPage: currentPage > 1 ? currentPage - 1 : null,
    },
  });
}

/**
 * `startAfter` alone resumes after that instant: paired with an id that sorts after every id of
 * that instant in the search's direction. `startAfterId` alone resumes after that deal.
 */
function resolveCursor(
  store: SandboxStore,
  locationId: string,
  direction: number,
  startAfter: number | undefined,
  startAfterId: string | undefined,
): Cursor | undefined {
  if (startAfter !== undefined) return { at: startAfter, id: startAfterId ?? (direction > 0 ? '\uffff' : '') };
  if (startAfterId === undefined) return undefined;
  const opportunity = store.opportunities.get(startAfterId);
  if (opportunity?.locationId !== locationId) {
    throw ghlErrors.unprocessable(['startAfterId must be the id of an opportunity of this location']);
  }
  return { at: Date.parse(opportunity.createdAt), id: opportunity.id };
}

/** `q`: a case-insensitive substring of the deal's name or its contact's name, email, phone or company. */
export function matchesSearch(store: SandboxStore, opportunity: Opportunity, search: string): boolean {
  const contact = store.contacts.get(opportunity.contactId);
  const fields = [opportunity.name.toLowerCase(), contact?.fullNameLowerCase, contact?.emailLowerCase, contact?.phone];
  return [...fields, contact?.companyName?.toLowerCase()].some((field) => field?.includes(search));
}

/** `date` and `endDate` are mm-dd-yyyy days (UTC), as the spec's examples write them; this is the day's first ms. */
function usDay(v: Validator, name: string): number | undefined {
  const value = v.custom<string>(name, (raw) => (parseUsDay(raw) === undefined ? [`${name} must be a date in mm-dd-yyyy format`] : []));
  return value === undefined ? undefined : parseUsDay(value);
}

function parseUsDay(raw: unknown): number | undefined {
  const match = typeof raw === 'string' ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(raw) : null;
  if (!match) return undefined;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  return new Date(at).getUTCMonth() === month - 1 && new Date(at).getUTCDate() === day ? at : undefined;
}

function createOpportunity({ body, store, principal, emit }: RequestContext): ApiResult {
  const { locationId, contactId, fields } = readCreateOpportunity(body);
  const location = requireLocation(store, principal, locationId);
  const pipeline = resolvePipeline(store, locationId, fields.pipelineId);
  const stage = resolveStage(pipeline, fields.pipelineStageId);
  const contact = resolveContact(store, locationId, contactId);
  if (fields.assignedTo !== undefined) requireAssignee(store, locationId, fields.assignedTo);
  rejectDuplicate(store, location, contact.id, pipeline.id);

  const now = new Date().toISOString();
  const opportunity = store.opportunities.insert({
    id: randomId(),
    name: fields.name,
    // GHL stores 0 for a deal nobody priced.
    monetaryValue: fields.monetaryValue ?? 0,
    pipelineId: pipeline.id,
    pipelineStageId: stage.id,
    ...(fields.assignedTo !== undefined && { assignedTo: fields.assignedTo }),
    status: fields.status,
    lastStatusChangeAt: now,
    lastStageChangeAt: now,
    lastActionDate: now,
    createdAt: now,
    updatedAt: now,
    contactId: contact.id,
    locationId,
    customFields: fields.customFields ?? [],
    followers: [],
  });
  emit(opportunityEvent('OpportunityCreate', opportunity));
  return created({ opportunity: opportunityView(store, opportunity) });
}

/**
 * The deal named by `id`, else the contact's deal in the pipeline, is updated; without one a deal
 * is created, which needs a name. Followers change only with `followersActionType` (or
 * `isRemoveAllFollowers`). Answered 200 either way, with `new` telling which.
 */
function upsertOpportunity({ body, store, principal, emit }: RequestContext): ApiResult {
  const input = readUpsertOpportunity(body);
  const location = requireLocation(store, principal, input.locationId);
  const contact = resolveContact(store, location.id, input.contactId);
  const existing =
    input.id === undefined
      ? store.opportunitiesOfLocation(location.id).find((deal) => deal.contactId === contact.id && deal.pipelineId === input.pipelineId)
      : requireOpportunity(store, principal, input.id);
  if (existing && existing.locationId !== location.id) throw ghlErrors.badRequest('Opportunity not found');
  const pipeline = resolvePipeline(store, location.id, input.pipelineId);
  const movedPipeline = existing !== undefined && existing.pipelineId !== pipeline.id;
  const stage = resolveStage(pipeline, input.pipelineStageId ?? (existing && !movedPipeline ? existing.pipelineStageId : undefined));
  if (input.assignedTo !== undefined) requireAssignee(store, location.id, input.assignedTo);
  if (input.lostReasonId !== undefined) requireLostReason(store, location.id, input.lostReasonId);
  const followers = upsertedFollowers(store, location.id, existing?.followers ?? [], input);
  const now = new Date().toISOString();
  const status = input.status ?? existing?.status ?? 'open';
  const lostReasonId = status === 'lost' ? (input.lostReasonId ?? existing?.lostReasonId) : undefined;

  if (!existing) {
    if (input.name === undefined) throw ghlErrors.unprocessable(['name must be a string']);
    rejectDuplicate(store, location, contact.id, pipeline.id);
    const opportunity = store.opportunities.insert({
      id: randomId(),
      name: input.name,
      monetaryValue: input.monetaryValue ?? 0,
      pipelineId: pipeline.id,
      pipelineStageId: stage.id,
      ...(input.assignedTo !== undefined && { assignedTo: input.assignedTo }),
      status,
      ...(lostReasonId !== undefined && { lostReasonId }),
      lastStatusChangeAt: now,
      lastStageChangeAt: now,
      lastActionDate: now,
      createdAt: now,
      updatedAt: now,
      contactId: contact.id,
      locationId: location.id,
      customFields: [],
      followers,
    });
    emit(opportunityEvent('OpportunityCreate', opportunity));
    return ok({ opportunity: opportunityView(store, opportunity), new: true });
  }

  if (movedPipeline) rejectDuplicate(store, location, contact.id, pipeline.id, existing.id);
  const { lostReasonId: _reason, ...kept } = existing;
  const opportunity = store.opportunities.insert({
    ...kept,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.monetaryValue !== undefined && { monetaryValue: input.monetaryValue }),
    ...(input.assignedTo !== undefined && { assignedTo: input.assignedTo }),
    contactId: contact.id,
    pipelineId: pipeline.id,
    pipelineStageId: stage.id,
    status,
    ...(lostReasonId !== undefined && { lostReasonId }),
    ...(status !== existing.status && { lastStatusChangeAt: now }),
    ...(stage.id !== existing.pipelineStageId && { lastStageChangeAt: now }),
    lastActionDate: now,
    updatedAt: now,
    followers,
  });
  emit(opportunityEvent('OpportunityUpdate', opportunity), ...opportunityChanges(existing, opportunity));
  return ok({ opportunity: opportunityView(store, opportunity), new: false });
}

function upsertedFollowers(store: SandboxStore, locationId: string, current: string[], input: ReturnType<typeof readUpsertOpportunity>): string[] {
  if (input.isRemoveAllFollowers) return [];
  if (!input.followersActionType || !input.followers) return current;
  const named = readFollowers({ followers: input.followers }, store, locationId);
  return (input.followersActionType === 'add' ? addFollowers : removeFollowers)(current, named).followers;
}

/**
 * A new pipeline without a stage moves the deal to that pipeline's first stage. Custom fields are
 * merged by id: an update names only the fields it changes.
 */
function updateOpportunity({ body, store, principal, params, emit }: RequestContext<{ id: string }>): ApiResult {
  const existing = requireOpportunity(store, principal, params.id);
  const { fields, clearAssignee } = readUpdateOpportunity(body);
  const location = requireLocation(store, principal, existing.locationId);
  const pipeline = resolvePipeline(store, location.id, fields.pipelineId ?? existing.pipelineId);
  const movedPipeline = pipeline.id !== existing.pipelineId;
  const stage = resolveStage(pipeline, fields.pipelineStageId ?? (movedPipeline ? undefined : existing.pipelineStageId));
  if (fields.assignedTo !== undefined) requireAssignee(store, location.id, fields.assignedTo);
  if (movedPipeline) rejectDuplicate(store, location, existing.contactId, pipeline.id, existing.id);

  const now = new Date().toISOString();
  const { assignedTo: _assignee, lostReasonId: _reason, ...kept } = existing;
  const status = fields.status ?? existing.status;
  const assignedTo = clearAssignee ? undefined : (fields.assignedTo ?? existing.assignedTo);
  const changed = new Set(fields.customFields?.map((field) => field.id));
  const opportunity = store.opportunities.insert({
    ...kept,
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.monetaryValue !== undefined && { monetaryValue: fields.monetaryValue }),
    pipelineId: pipeline.id,
    pipelineStageId: stage.id,
    ...(assignedTo !== undefined && { assignedTo }),
    status,
    ...(status === 'lost' && existing.lostReasonId !== undefined && { lostReasonId: existing.lostReasonId }),
    ...(status !== existing.status && { lastStatusChangeAt: now }),
    ...(stage.id !== existing.pipelineStageId && { lastStageChangeAt: now }),
    lastActionDate: now,
    updatedAt: now,
    customFields: [...existing.customFields.filter((field) => !changed.has(field.id)), ...(fields.customFields ?? [])],
  });
  emit(opportunityEvent('OpportunityUpdate', opportunity), ...opportunityChanges(existing, opportunity));
  return ok({ opportunity: opportunityView(store, opportunity) });
}
