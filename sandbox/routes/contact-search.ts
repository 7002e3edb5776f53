/**
 * POST /contacts/search (contacts.json, search-contacts-advanced). The spec leaves its body
 * (SearchBodyV2DTO) without properties; GHL's search documentation defines it, and this follows
 * that: `locationId`, `pageLimit` (at most 500), `page` (standard paging, at most 10,000 records
 * deep) or `searchAfter` (the sort values each result carries, for deeper paging), a free-text
 * `query` of at most 75 characters, `filters` (field/operator/value, or AND/OR groups of them,
 * all AND-ed) and `sort` (field/direction; newest first without one). The answer is
 * `{ contacts, total }`.
 */
import type { Contact } from '../model/index.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { matchesSearch } from './contacts.ts';
import { checkPaging, compareKeys, pageOf, type SortKey } from './search-paging.ts';

const MAX_PAGE_LIMIT = 500;
const MAX_VALUE_LENGTH = 75;

type Value = string | number | boolean;

/** What a field reads from a contact; dates compare as epoch milliseconds, as GHL's sort values are. */
const fields: Record<string, (contact: Contact) => Value | string[] | null> = {
  id: (c) => c.id,
  firstNameLowerCase: (c) => c.firstNameLowerCase ?? null,
  lastNameLowerCase: (c) => c.lastNameLowerCase ?? null,
  email: (c) => c.emailLowerCase ?? null,
  phone: (c) => c.phone ?? null,
  companyName: (c) => c.companyName?.toLowerCase() ?? null,
  source: (c) => c.source?.toLowerCase() ?? null,
  type: (c) => c.type,
  city: (c) => c.city?.toLowerCase() ?? null,
  state: (c) => c.state?.toLowerCase() ?? null,
  country: (c) => c.country ?? null,
  postalCode: (c) => c.postalCode ?? null,
  assignedTo: (c) => c.assignedTo ?? null,
  dnd: (c) => c.dnd,
  tags: (c) => c.tags,
  dateAdded: (c) => Date.parse(c.dateAdded),
  dateUpdated: (c) => Date.parse(c.dateUpdated),
  lastActivity: (c) => (c.lastActivity ? Date.parse(c.lastActivity) : null),
};

/** Ids match exactly; every other text matches ignoring case. */
const EXACT_FIELDS = new Set(['id', 'assignedTo']);
const SORTABLE = ['dateAdded', 'dateUpdated', 'lastActivity', 'firstNameLowerCase', 'lastNameLowerCase', 'companyName', 'email'];
const DATE_FIELDS = new Set(['dateAdded', 'dateUpdated', 'lastActivity']);
const OPERATORS = ['eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists', 'range'] as const;
type Operator = (typeof OPERATORS)[number];
const RANGE_BOUNDS = ['gt', 'gte', 'lt', 'lte'] as const;

type Filter =
  | { field: string; operator: Operator; value?: unknown }
  | { group: 'AND' | 'OR'; filters: Filter[] };

interface Sort {
  field: string;
  direction: 'asc' | 'desc';
}

export const contactSearchRoutes: Route[] = [
  route('POST', '/contacts/search', { versions: V2021_07_28, tokens: 'location' }, searchContacts),
];

function searchContacts({ body, store, principal }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const pageLimit = v.number('pageLimit', { required: true, min: 1, max: MAX_PAGE_LIMIT });
  const page = v.number('page', { min: 1 });
  const searchAfter = v.custom<SortKey>('searchAfter', (value) =>
    Array.isArray(value) && value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))
      ? []
      : ['searchAfter must be an array of sort values'],
  );
  const query = v.custom<string>('query', (value) =>
    typeof value !== 'string'
      ? ['query must be a string']
      : value.length > MAX_VALUE_LENGTH
        ? [`query must be shorter than or equal to ${MAX_VALUE_LENGTH} characters`]
        : [],
  );
  const filters = v.custom<Filter[]>('filters', (value) => filterListProblems('filters', value)) ?? [];
  const sort = v.custom<Sort[]>('sort', sortProblems) ?? [{ field: 'dateAdded', direction: 'desc' }];
  v.check();
  checkPaging(page, searchAfter, pageLimit, 'pageLimit');
  requireLocation(store, principal, locationId);

  const search = query?.toLowerCase();
  const keyOf = (contact: Contact): SortKey => [...sort.map(({ field }) => fields[field]!(contact) as Value | null), contact.id];
  const directions = [...sort.map(({ direction }) => direction), 'asc' as const];
  const matching = store
    .contactsOfLocation(locationId)
    .filter((contact) => (search === undefined || matchesSearch(contact, search)) && filters.every((f) => matches(contact, f)))
    .map((contact) => ({ contact, key: keyOf(contact) }))
    .sort((a, b) => compareKeys(a.key, b.key, directions));
  const pageItems = pageOf(matching, directions, pageLimit, page, searchAfter);

  return ok({
    contacts: pageItems.map(({ contact, key }) => ({ ...contact, searchAfter: key })),
    total: matching.length,
  });
}

function matches(contact: Contact, filter: Filter): boolean {
  if ('group' in filter) {
    return filter.group === 'AND'
      ? filter.filters.every((inner) => matches(contact, inner))
      : filter.filters.some((inner) => matches(contact, inner));
  }
  const actual = readField(contact, filter.field);
  const values = (actual === null ? [] : Array.isArray(actual) ? actual : [actual]).map((value) => normalise(filter.field, value));
  const expected = normalise(filter.field, filter.value);
  switch (filter.operator) {
    case 'exists':
      return values.length > 0 && values.some((value) => value !== '');
    case 'not_exists':
      return values.length === 0 || values.every((value) => value === '');
    case 'eq':
      return values.some((value) => value === expected);
    case 'not_eq':
      return !values.some((value) => value === expected);
    case 'contains':
      return values.some((value) => String(value).toLowerCase().includes(String(expected)));
    case 'not_contains':
      return !values.some((value) => String(value).toLowerCase().includes(String(expected)));
    case 'range':
      return values.some((value) => inRange(value as Value, filter.field, filter.value as Record<string, unknown>));
  }
}

/** `customFields.<id>` reads that custom field's value; options lists match any of their options. */
function readField(contact: Contact, field: string): Value | Value[] | null {
  if (field.startsWith('customFields.')) {
    const id = field.slice('customFields.'.length);
    const value = contact.customFields.find((custom) => custom.id === id)?.value;
    if (value === undefined || value === null) return null;
    return Array.isArray(value) ? (value as Value[]) : (value as Value);
  }
  return fields[field]!(contact);
}

/** Text compares ignoring case (ids exactly), dates as instants. */
function normalise(field: string, value: unknown): unknown {
  if (DATE_FIELDS.has(field) && (typeof value === 'string' || typeof value === 'number')) return new Date(value).getTime();
  return typeof value === 'string' && !EXACT_FIELDS.has(field) ? value.toLowerCase() : value;
}

function inRange(value: Value, field: string, bounds: Record<string, unknown>): boolean {
  return RANGE_BOUNDS.every((bound) => {
    if (bounds[bound] === undefined) return true;
    const limit = normalise(field, bounds[bound]) as Value;
    return bound === 'gt' ? value > limit : bound === 'gte' ? value >= limit : bound === 'lt' ? value < limit : value <= limit;
  });
}

function filterListProblems(path: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [`${path} must be an array`];
  return value.flatMap((filter, index) => filterProblems(`${path}.${index}`, filter));
}

function filterProblems(path: string, filter: unknown): string[] {
  if (!isRecord(filter)) return [`${path} must be an object`];
  if ('group' in filter) {
    const extra = Object.keys(filter).filter((key) => key !== 'group' && key !== 'filters');
    return [
      ...extra.map((key) => `property ${path}.${key} should not exist`),
      ...(filter.group === 'AND' || filter.group === 'OR' ? [] : [`${path}.group must be one of the following values: AND, OR`]),
      ...filterListProblems(`${path}.filters`, filter.filters),
    ];
  }
  const extra = Object.keys(filter).filter((key) => !['field', 'operator', 'value'].includes(key));
  const problems = extra.map((key) => `property ${path}.${key} should not exist`);
  const { field, operator, value } = filter;
  if (typeof field !== 'string' || !(field in fields || /^customFields\.[^.]+$/.test(field))) {
    problems.push(`${path}.field ${String(field)} is not a searchable field`);
  }
  if (!OPERATORS.includes(operator as Operator)) {
    return [...problems, `${path}.operator must be one of the following values: ${OPERATORS.join(', ')}`];
  }
  if (operator === 'exists' || operator === 'not_exists') {
    if (value !== undefined) problems.push(`${path}.value must be omitted for ${operator}`);
  } else if (operator === 'range') {
    problems.push(...rangeProblems(`${path}.value`, value));
  } else if (!['string', 'number', 'boolean'].includes(typeof value)) {
    problems.push(`${path}.value must be a string, number or boolean`);
  } else if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH) {
    problems.push(`${path}.value must be shorter than or equal to ${MAX_VALUE_LENGTH} characters`);
  }
  return problems;
}

function rangeProblems(path: string, value: unknown): string[] {
  if (!isRecord(value)) return [`${path} must be an object with gt, gte, lt or lte`];
  const keys = Object.keys(value);
  if (keys.length === 0) return [`${path} must be an object with gt, gte, lt or lte`];
  return keys.flatMap((key) =>
    !RANGE_BOUNDS.includes(key as (typeof RANGE_BOUNDS)[number])
      ? [`property ${path}.${key} should not exist`]
      : typeof value[key] === 'number' || (typeof value[key] === 'string' && !Number.isNaN(Date.parse(value[key] as string)))
        ? []
        : [`${path}.${key} must be a number or a date`],
  );
}

function sortProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['sort must be an array'];
  return value.flatMap((item, index) => {
    if (!isRecord(item)) return [`sort.${index} must be an object`];
    return [
      ...Object.keys(item).filter((key) => key !== 'field' && key !== 'direction').map((key) => `property sort.${index}.${key} should not exist`),
      ...(SORTABLE.includes(item.field as string) ? [] : [`sort.${index}.field must be one of the following values: ${SORTABLE.join(', ')}`]),
      ...(item.direction === 'asc' || item.direction === 'desc' ? [] : [`sort.${index}.direction must be one of the following values: asc, desc`]),
    ];
  });
}
