/**
 * POST /opportunities/search (opportunities.json, search-opportunities-advanced), as GHL's search
 * documentation defines the body (the file's OpportunitySearchBodyDTO, corrected in
 * openapi/overrides.ts): `locationId`, `limit` (1 to 500), `page` (at most 10,000 deals deep) or
 * `searchAfter` (the sort values a deal was answered with, for deeper paging), never both; `query` (at most 75
 * characters, matched as the GET search's `q`); `filters` (field/operator/value, or AND/OR groups
 * of them, all AND-ed); `sort` (by date_added or date_updated, newest first without one); and
 * `additionalDetails`, the contact's notes, tasks and calendar events to join in. The answer is
 * `{ opportunities, total }`, each deal with its `searchAfter`: its sort values and id, as the
 * strings the body takes them as.
 */
import type { Opportunity } from '../model/index.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { matchesSearch } from './opportunities.ts';
import { opportunityView } from './opportunity-view.ts';
import { checkPaging, compareKeys, pageOf, type SortKey } from './search-paging.ts';

const MAX_LIMIT = 500;
const MAX_QUERY_LENGTH = 75;

/** What a filter field reads from a deal; dates compare as epoch milliseconds. */
const fields: Record<string, (opportunity: Opportunity) => string | number | null> = {
  status: (o) => o.status,
  pipeline_id: (o) => o.pipelineId,
  pipeline_stage_id: (o) => o.pipelineStageId,
  assigned_to: (o) => o.assignedTo ?? null,
  contact_id: (o) => o.contactId,
  monetary_value: (o) => o.monetaryValue,
  date_added: (o) => Date.parse(o.createdAt),
  date_updated: (o) => Date.parse(o.updatedAt),
};
const DATE_FIELDS = new Set(['date_added', 'date_updated']);
const SORTABLE = ['date_added', 'date_updated'] as const;
const OPERATORS = ['eq', 'not_eq', 'exists', 'not_exists', 'range'] as const;
const RANGE_BOUNDS = ['gt', 'gte', 'lt', 'lte'] as const;

type Filter =
  | { field: string; operator: (typeof OPERATORS)[number]; value?: unknown }
  | { group: 'AND' | 'OR'; filters: Filter[] };

interface Sort {
  field: (typeof SORTABLE)[number];
  direction: 'asc' | 'desc';
}

export const opportunitySearchRoutes: Route[] = [
  route('POST', '/opportunities/search', { versions: V2021_07_28, tokens: 'location' }, searchOpportunities),
];

function searchOpportunities({ body, store, principal }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const limit = v.number('limit', { required: true, min: 1, max: MAX_LIMIT });
  const page = v.number('page', { min: 1 });
  const sort = v.custom<Sort[]>('sort', sortProblems) ?? [{ field: 'date_added', direction: 'desc' }];
  // A deal's sort values (numbers, as strings) and its id, one per sort field and the id.
  const searchAfter = v.custom<string[]>('searchAfter', (value) =>
    Array.isArray(value) &&
    value.length === sort.length + 1 &&
    value.every((item) => typeof item === 'string') &&
    value.slice(0, -1).every((item) => Number.isFinite(Number(item)))
      ? []
      : ['searchAfter must be the searchAfter of a deal this search answered'],
  );
  const query = v.custom<string>('query', (value) =>
    typeof value === 'string' && value.length <= MAX_QUERY_LENGTH ? [] : [`query must be a string of at most ${MAX_QUERY_LENGTH} characters`],
  );
  const filters = v.custom<Filter[]>('filters', (value) => filterListProblems('filters', value)) ?? [];
  const details = v.custom<Record<string, boolean>>('additionalDetails', (value) =>
    isRecord(value) && Object.values(value).every((flag) => typeof flag === 'boolean') ? [] : ['additionalDetails must be an object of booleans'],
  );
  v.check();
  checkPaging(page, searchAfter, limit, 'limit');
  requireLocation(store, principal, locationId);

  const directions = [...sort.map(({ direction }) => direction), 'asc' as const];
  const keyOf = (opportunity: Opportunity): SortKey => [...sort.map(({ field }) => fields[field]!(opportunity)), opportunity.id];
  const search = query?.toLowerCase();
  const matching = store
    .opportunitiesOfLocation(locationId)
    .filter((opportunity) => (search === undefined || matchesSearch(store, opportunity, search)) && filters.every((f) => matches(opportunity, f)))
    .map((opportunity) => ({ opportunity, key: keyOf(opportunity) }))
    .sort((a, b) => compareKeys(a.key, b.key, directions));
  // The body sends the sort values as strings; they compare as the numbers they are.
  const after = searchAfter && [...searchAfter.slice(0, -1).map(Number), searchAfter.at(-1)!];
  const joined = { notes: details?.notes, tasks: details?.tasks, calendarEvents: details?.calendarEvents };

  return ok({
    opportunities: pageOf(matching, directions, limit, page, after).map(({ opportunity, key }) => ({
      ...opportunityView(store, opportunity, joined),
      searchAfter: key.map(String),
    })),
    total: matching.length,
  });
}

function matches(opportunity: Opportunity, filter: Filter): boolean {
  if ('group' in filter) {
    return filter.group === 'AND' ? filter.filters.every((inner) => matches(opportunity, inner)) : filter.filters.some((inner) => matches(opportunity, inner));
  }
  const actual = fields[filter.field]!(opportunity);
  const expected = instant(filter.field, filter.value);
  switch (filter.operator) {
    case 'exists':
      return actual !== null && actual !== '';
    case 'not_exists':
      return actual === null || actual === '';
    case 'eq':
      return actual === expected;
    case 'not_eq':
      return actual !== expected;
    case 'range': {
      const bounds = filter.value as Record<string, unknown>;
      return typeof actual === 'number' && RANGE_BOUNDS.every((bound) => {
        if (bounds[bound] === undefined) return true;
        const limit = instant(filter.field, bounds[bound]) as number;
        return bound === 'gt' ? actual > limit : bound === 'gte' ? actual >= limit : bound === 'lt' ? actual < limit : actual <= limit;
      });
    }
  }
}

/** A date field's value, given as an ISO date or epoch milliseconds, as an instant. */
function instant(field: string, value: unknown): unknown {
  return DATE_FIELDS.has(field) && (typeof value === 'string' || typeof value === 'number') ? new Date(value).getTime() : value;
}

function filterListProblems(path: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [`${path} must be an array`];
  return value.flatMap((filter, index) => filterProblems(`${path}.${index}`, filter));
}

function filterProblems(path: string, filter: unknown): string[] {
  if (!isRecord(filter)) return [`${path} must be an object`];
  if ('group' in filter) {
    return [
      ...(filter.group === 'AND' || filter.group === 'OR' ? [] : [`${path}.group must be one of the following values: AND, OR`]),
      ...filterListProblems(`${path}.filters`, filter.filters),
    ];
  }
  const { field, operator, value } = filter;
  const problems = Object.keys(filter).filter((key) => !['field', 'operator', 'value'].includes(key)).map((key) => `property ${path}.${key} should not exist`);
  if (typeof field !== 'string' || !(field in fields)) problems.push(`${path}.field ${String(field)} is not a searchable field`);
  if (!OPERATORS.includes(operator as (typeof OPERATORS)[number])) {
    problems.push(`${path}.operator must be one of the following values: ${OPERATORS.join(', ')}`);
  } else if (operator === 'range') {
    const bounds = isRecord(value) ? Object.keys(value) : [];
    if (bounds.length === 0 || bounds.some((bound) => !RANGE_BOUNDS.includes(bound as (typeof RANGE_BOUNDS)[number]))) {
      problems.push(`${path}.value must be an object with gt, gte, lt or lte`);
    }
  } else if ((operator === 'eq' || operator === 'not_eq') && !['string', 'number'].includes(typeof value)) {
    problems.push(`${path}.value must be a string or a number`);
  }
  return problems;
}

function sortProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['sort must be an array'];
  return value.flatMap((item, index) => {
    if (!isRecord(item)) return [`sort.${index} must be an object`];
    return [
      ...(SORTABLE.includes(item.field as Sort['field']) ? [] : [`sort.${index}.field must be one of the following values: ${SORTABLE.join(', ')}`]),
      ...(item.direction === 'asc' || item.direction === 'desc' ? [] : [`sort.${index}.direction must be one of the following values: asc, desc`]),
    ];
  });
}
