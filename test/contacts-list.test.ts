/**
 * GHL's older contact list (GET /contacts/, deprecated by GHL for the search) as the deprecated
 * `Location.contactsList`: every contact oldest first through startAfter/startAfterId cursors,
 * as the sandbox keeps them, the contacts' users batched, the deprecation said in the schema, and
 * a bad cursor refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { R4ContactsListPageQuery } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack, type GqlResponse } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const oldestFirst = (a: Contact, b: Contact) => Date.parse(a.dateAdded) - Date.parse(b.dateAdded) || (a.id < b.id ? -1 : 1);
const PAGE = graphql(`query R4ContactsListPage($after: String, $query: String) {
  location { contactsList(first: 40, after: $after, query: $query) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId email } } } } }`);

async function everyPage(query?: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 20; pages++) {
    const page: GqlResponse<R4ContactsListPageQuery> = await stack.gql(PAGE, { after, query });
    expect(page.errors).toBeUndefined();
    const list = page.data.location!.contactsList!;
    ids.push(...list.edges.map((e) => e.node.ghlId));
    if (!list.pageInfo.hasNextPage) return { ids, pages, totalCount: list.totalCount };
    after = list.pageInfo.endCursor!;
  }
  throw new Error('more than 20 pages');
}

describe('Location.contactsList (deprecated)', () => {
  it('pages every contact of the location oldest first, with no gap and no repeat, resuming after the last', async () => {
    const expected = [...stack.sandbox.store.contactsOfLocation(stack.locationId)].sort(oldestFirst).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(40);
    const { ids, pages, totalCount } = await everyPage();
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(stack.gateway.client.stats.count('listContacts')).toBe(pages);
    const queries = stack.sandbox.requests.entries.filter((e) => e.method === 'GET' && e.path === '/contacts/').map((e) => e.query);
    expect(queries[0]).toEqual({ locationId: stack.locationId, limit: '40' });
    expect(queries.slice(1).every((q) => q.startAfter !== undefined && q.startAfterId !== undefined)).toBe(true);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['contactsGetContacts']);
  });

  it('narrows by a query, as the sandbox matches it', async () => {
    const contact = stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => c.email)!;
    const { ids } = await everyPage(contact.email!);
    expect(ids).toContain(contact.id);
    for (const id of ids) expect(stack.sandbox.store.contacts.get(id)!.email?.toLowerCase()).toContain(contact.email!.toLowerCase());
  });

  it('batches the contacts’ assigned users: one users call for the page', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query R4ContactsListUsers { location { contactsList(first: 30) { edges { node { ghlId assignedUser { ghlId } } } } } }`),
    );
    expect(errors).toBeUndefined();
    const nodes = data.location!.contactsList!.edges.map((e) => e.node);
    for (const node of nodes) expect(node.assignedUser?.ghlId ?? null).toBe(stack.sandbox.store.contacts.get(node.ghlId)!.assignedTo ?? null);
    expect(nodes.some((n) => n.assignedUser)).toBe(true);
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getLocation: { 200: 1 }, listContacts: { 200: 1 }, listLocationUsers: { 200: 1 } });
  });

  it('is deprecated in the schema, naming its replacement', async () => {
    const { data } = await stack.gql(
      graphql(`query R4ContactsListDeprecation { __type(name: "Location") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`),
    );
    expect(data.__type!.fields!.find((f) => f.name === 'contactsList')).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining('Use `contacts`') });
  });

  it('refuses a cursor it did not give before any call', async () => {
    expectError(await stack.gql(PAGE, { after: 'not-a-cursor' }), 'BAD_USER_INPUT', ['location', 'contactsList']);
    expect(stack.gateway.client.stats.count('listContacts')).toBe(0);
  });
});
