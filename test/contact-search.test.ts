/**
 * Contact lists through GHL's search (POST /contacts/search): the sandbox filters, sorts and pages
 * as GHL documents it, and the gateway's `filter`/`orderBy` arguments reach it. Expected results
 * are computed here from every contact read through GHL's older list call, an independent route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { ContactFilter, ContactOrder, ContactSearchAllQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack, type GqlResponse } from './support/stack.ts';

/** GET /contacts/, GHL's older list call: a page, and where the next one starts. */
interface ContactPage {
  contacts: Contact[];
  meta: { startAfter: number | null; startAfterId: string | null };
}
/** POST /contacts/search: a page, each contact with the sort values to search after it. */
interface SearchPage {
  contacts: (Contact & { searchAfter: unknown[] })[];
  total: number;
}
/** GHL's 422: every broken rule, worded. */
interface Refusal {
  message: string[];
}

const stack = useStack();
let everyone: Contact[];
beforeAll(async () => {
  everyone = [];
  let query = `locationId=${stack.locationId}&limit=100`;
  for (;;) {
    const { body } = await rest<ContactPage>('GET', `/contacts/?${query}`);
    everyone.push(...body.contacts);
    if (!body.meta.startAfterId) break;
    query = `locationId=${stack.locationId}&limit=100&startAfter=${body.meta.startAfter}&startAfterId=${body.meta.startAfterId}`;
  }
});

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const search = <T = SearchPage>(body: Record<string, unknown>) => rest<T>('POST', '/contacts/search', { locationId: stack.locationId, pageLimit: 20, ...body });

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : null);
/** Newest first, ties by id: the gateway's default order. */
const newestFirst = (a: Contact, b: Contact) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || (a.id < b.id ? -1 : 1);

/** Every page of a gateway contact list, as GHL ids. */
async function allThroughGateway(variables: { filter?: ContactFilter; orderBy?: ContactOrder } = {}): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 30; pages++) {
    const page: GqlResponse<ContactSearchAllQuery> = await stack.gql(
      graphql(`query ContactSearchAll($after: String, $filter: ContactFilter, $orderBy: ContactOrder) {
         contacts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }`),
      { ...variables, after },
    );
    expect(page.errors).toBeUndefined();
    const contacts = page.data.contacts!;
    ids.push(...contacts.edges.map((edge) => edge.node.ghlId));
    totalCount = contacts.totalCount!;
    if (!contacts.pageInfo.hasNextPage) break;
    after = contacts.pageInfo.endCursor ?? null;
  }
  return { ids, totalCount };
}

describe('the sandbox search', () => {
  it('pages the same order by page and by searchAfter', async () => {
    const byPage = [...(await search({ page: 1, pageLimit: 50 })).body.contacts, ...(await search({ page: 2, pageLimit: 50 })).body.contacts];
    const first = (await search({ pageLimit: 50 })).body;
    const second = (await search({ pageLimit: 50, searchAfter: first.contacts.at(-1)!.searchAfter })).body;
    expect([...first.contacts, ...second.contacts].map((c) => c.id)).toEqual(byPage.map((c) => c.id));
    expect(byPage.map((c) => c.id)).toEqual([...everyone].sort(newestFirst).slice(0, 100).map((c) => c.id));
    expect(first.total).toBe(everyone.length);
  });

  it('combines filters with AND, groups with OR, and ranges over dates', async () => {
    const tag = everyone.find((c) => c.tags.length > 0)!.tags[0]!;
    const from = '2025-01-01T00:00:00.000Z';
    const { body } = await search({
      pageLimit: 500,
      filters: [
        { field: 'tags', operator: 'eq', value: tag.toUpperCase() },
        { group: 'OR', filters: [{ field: 'dnd', operator: 'eq', value: true }, { field: 'dateAdded', operator: 'range', value: { gte: from } }] },
      ],
      sort: [{ field: 'firstNameLowerCase', direction: 'asc' }],
    });
    const expected = everyone.filter((c) => c.tags.includes(tag) && (c.dnd || Date.parse(c.dateAdded) >= Date.parse(from)));
    expect(expected.length).toBeGreaterThan(0);
    expect(body.total).toBe(expected.length);
    expect(new Set(body.contacts.map((c) => c.id))).toEqual(new Set(expected.map((c) => c.id)));
    const names = body.contacts.map((c) => c.firstNameLowerCase).filter(Boolean);
    expect(names).toEqual([...names].sort());
  });

  it.each([
    ['no pageLimit', { pageLimit: undefined }, 'pageLimit should not be empty'],
    ['a page of 501', { pageLimit: 501 }, 'pageLimit must not be greater than 500'],
    ['page and searchAfter together', { page: 2, searchAfter: [1, 'x'] }, 'page and searchAfter cannot be used together'],
    ['standard paging past 10,000', { page: 21, pageLimit: 500 }, 'page * pageLimit must not exceed 10000; use searchAfter to go deeper'],
    ['an unknown field', { filters: [{ field: 'shoeSize', operator: 'eq', value: 42 }] }, 'filters.0.field shoeSize is not a searchable field'],
    ['an unknown operator', { filters: [{ field: 'dnd', operator: 'is', value: true }] }, 'filters.0.operator must be one of the following values: eq, not_eq, contains, not_contains, exists, not_exists, range'],
    ['a range without bounds', { filters: [{ field: 'dateAdded', operator: 'range', value: {} }] }, 'filters.0.value must be an object with gt, gte, lt or lte'],
    ['a bad group', { filters: [{ group: 'XOR', filters: [] }] }, 'filters.0.group must be one of the following values: AND, OR'],
    ['an unsortable field', { sort: [{ field: 'phone', direction: 'asc' }] }, 'sort.0.field must be one of the following values: dateAdded, dateUpdated, lastActivity, firstNameLowerCase, lastNameLowerCase, companyName, email'],
    ['a query over 75 characters', { query: 'x'.repeat(76) }, 'query must be shorter than or equal to 75 characters'],
    ['an unknown property', { limit: 20 }, 'property limit should not exist'],
  ])('refuses %s with 422', async (_, body, message) => {
    const response = await search<Refusal>(body);
    expect(response.status).toBe(422);
    expect(response.body.message).toContain(message);
  });
});

describe('contacts(filter:, orderBy:) through the gateway', () => {
  it('lists newest first by default, every contact once, and each page is one search call', async () => {
    stack.sandbox.requests.clear();
    const { ids, totalCount } = await allThroughGateway();
    expect(ids).toEqual([...everyone].sort(newestFirst).map((c) => c.id));
    expect(totalCount).toBe(everyone.length);
    expect(stack.sandbox.requests.count({ method: 'POST', path: '/contacts/search' })).toBe(Math.ceil(everyone.length / 100));
    expect(stack.sandbox.requests.count({ method: 'GET' })).toBe(0);
  });

  it('sorts by name and by last activity, contacts without any activity last', async () => {
    const byName = await allThroughGateway({ orderBy: { field: 'NAME', direction: 'ASC' } });
    const names = byName.ids.map((id) => everyone.find((c) => c.id === id)!.firstNameLowerCase).filter(Boolean);
    expect(names).toEqual([...names].sort());

    const byActivity = await allThroughGateway({ orderBy: { field: 'LAST_ACTIVITY', direction: 'DESC' } });
    const activity = byActivity.ids.map((id) => time(everyone.find((c) => c.id === id)!.lastActivity));
    const firstMissing = activity.indexOf(null);
    expect(firstMissing).toBeGreaterThan(0);
    expect(activity.slice(firstMissing).every((t) => t === null)).toBe(true);
    const known = activity.slice(0, firstMissing) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it('filters by tags, assignee, date range, DND and a custom field, all server-side', async () => {
    const textField = (f: Contact['customFields'][number]): f is { id: string; value: string } => typeof f.value === 'string';
    const sample = everyone.find((c) => c.tags.length > 0 && c.assignedTo && c.customFields.some(textField))!;
    const custom = sample.customFields.find(textField)!;
    const tag = sample.tags[0]!;
    const from = new Date(Date.parse(sample.dateAdded) - 90 * 86_400_000).toISOString();
    const to = new Date(Date.parse(sample.dateAdded) + 86_400_000).toISOString();
    const filter: ContactFilter = {
      tags: [tag],
      assignedTo: sample.assignedTo,
      createdAt: { from, to },
      dnd: sample.dnd,
      customFields: [{ fieldId: custom.id, equals: custom.value }],
    };
    stack.sandbox.requests.clear();
    const { ids, totalCount } = await allThroughGateway({ filter });
    const expected = everyone
      .filter(
        (c) =>
          c.tags.includes(tag) &&
          c.assignedTo === sample.assignedTo &&
          Date.parse(c.dateAdded) >= Date.parse(from) &&
          Date.parse(c.dateAdded) <= Date.parse(to) &&
          c.dnd === sample.dnd &&
          c.customFields.some((f) => f.id === custom.id && String(f.value).toLowerCase() === custom.value.toLowerCase()),
      )
      .sort(newestFirst);
    expect(ids).toContain(sample.id);
    expect(ids).toEqual(expected.map((c) => c.id));
    expect(totalCount).toBe(expected.length);
    // GHL applied the filter: one call answered it, nothing was fetched to be thrown away.
    expect(stack.sandbox.requests.count({ method: 'POST', path: '/contacts/search' })).toBe(1);
  });

  it('filters the contacts of a location the same way', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query ContactSearchLocationDnd { location { contacts(first: 5, filter: { dnd: true }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { ghlId dnd } } } } }`),
    );
    expect(errors).toBeUndefined();
    const expected = everyone.filter((c) => c.dnd).sort(newestFirst).reverse();
    expect(data.location!.contacts!.totalCount).toBe(expected.length);
    expect(data.location!.contacts!.edges.map((e) => e.node.ghlId)).toEqual(expected.slice(0, 5).map((c) => c.id));
  });

  it('refuses a cursor from another order, a range that ends before it starts, and a query GHL finds too long', async () => {
    const first = await stack.gql(graphql(`query ContactSearchFirstTwo { contacts(first: 2) { pageInfo { endCursor } } }`));
    const other = await stack.gql(
      graphql(`query ContactSearchByNameAfter($after: String) { contacts(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }`),
      { after: first.data.contacts!.pageInfo.endCursor },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const range = await stack.gql(
      graphql(`query ContactSearchBackwardRange { contacts(filter: { createdAt: { from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" } }) { totalCount } }`),
    );
    expect(range.errors?.[0]).toMatchObject({ message: 'a date range must not end before it starts', extensions: { code: 'BAD_USER_INPUT' } });
    // What only GHL checks comes back as GHL words it, still the caller's input to fix.
    const long = await stack.gql(graphql(`query ContactSearchLongQuery($query: String) { contacts(query: $query) { totalCount } }`), { query: 'x'.repeat(76) });
    expect(long.errors?.[0]).toMatchObject({
      message: 'query must be shorter than or equal to 75 characters',
      extensions: { code: 'BAD_USER_INPUT', operation: 'searchContacts', upstreamStatus: 422 },
    });
  });
});
