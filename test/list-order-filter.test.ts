/**
 * The order and range arguments of deals, invoices and conversations reach GHL's own search
 * parameters: each list is checked against what the sandbox holds, read through plain REST.
 */
import { expect, it } from 'vitest';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();

const rest = (path: string) => ghlRest(stack.sandbox, stack.token, 'GET', path);
const ids = (connection: any) => connection.edges.map((edge: any) => edge.node.ghlId);

it('deals oldest first, and within days of creation', async () => {
  const { opportunities: stored } = (await rest(`/opportunities/search?location_id=${stack.locationId}&limit=100&order=added_asc`)).body;
  const first = await stack.gql(`{ opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }`);
  expect(first.errors).toBeUndefined();
  expect(ids(first.data.opportunities)).toEqual(stored.slice(0, 10).map((o: any) => o.id));
  const next = await stack.gql(`query ($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }`, {
    after: first.data.opportunities.pageInfo.endCursor,
  });
  expect(ids(next.data.opportunities)).toEqual(stored.slice(10, 20).map((o: any) => o.id));
  // A cursor of one order is refused in the other.
  const mixed = await stack.gql(`query ($after: String) { opportunities(first: 10, after: $after) { totalCount } }`, { after: first.data.opportunities.pageInfo.endCursor });
  expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

  const day = stored[5].createdAt.slice(0, 10);
  const within = await stack.gql(`query ($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }`, { day });
  expect(within.errors).toBeUndefined();
  expect(ids(within.data.opportunities)).toContain(stored[5].id);
  expect(within.data.opportunities.edges.every((e: any) => e.node.createdAt.startsWith(day))).toBe(true);
});

it('invoices by issue date, either way', async () => {
  const { invoices: stored } = (await rest(`/invoices/?altId=${stack.locationId}&altType=location&limit=100&offset=0&sortField=issueDate&sortOrder=ascend`)).body;
  const asc = await stack.gql(`{ invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }`);
  expect(asc.errors).toBeUndefined();
  expect(ids(asc.data.invoices)).toEqual(stored.map((i: any) => i._id ?? i.id));
  const days = asc.data.invoices.edges.map((e: any) => e.node.issueDate);
  expect(days).toEqual([...days].sort());
  const desc = await stack.gql(`{ invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }`);
  const descDays = desc.data.invoices.edges.map((e: any) => e.node.issueDate);
  expect(descDays).toEqual([...descDays].sort().reverse());
});

it('conversations whose last message came in, started within a range', async () => {
  const { conversations: stored } = (await rest(`/conversations/search?locationId=${stack.locationId}&limit=100`)).body;
  const from = new Date(Math.min(...stored.map((c: any) => c.dateAdded)) + 1).toISOString();
  const expected = stored.filter((c: any) => c.lastMessageDirection === 'inbound' && c.dateAdded >= Date.parse(from)).map((c: any) => c.id);
  expect(expected.length).toBeGreaterThan(0);
  expect(stored.some((c: any) => c.lastMessageDirection === 'outbound')).toBe(true);
  const { data, errors } = await stack.gql(
    `query ($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }`,
    { from },
  );
  expect(errors).toBeUndefined();
  // Every match GHL holds among the latest 100, and nothing that does not match.
  expect(ids(data.conversations)).toEqual(expect.arrayContaining(expected));
  expect(data.conversations.edges.every((e: any) => e.node.lastMessageDirection === 'INBOUND' && e.node.createdAt >= from)).toBe(true);
});

it('conversations by last message date, either way, through orderBy; the deprecated sort still answers; both at once are refused', async () => {
  const { conversations: stored } = (await rest(`/conversations/search?locationId=${stack.locationId}&limit=100&sort=asc&sortBy=last_message_date`)).body;
  const oldestFirst = stored.map((c: any) => c.id);
  const asc = await stack.gql(`{ conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }`);
  expect(asc.errors).toBeUndefined();
  expect(ids(asc.data.conversations)).toEqual(oldestFirst);
  const times = asc.data.conversations.edges.map((e: any) => e.node.lastMessageDate);
  expect(times).toEqual([...times].sort());
  // Pages follow the order: the second page goes on from the first.
  const first = await stack.gql(`{ conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }`);
  const next = await stack.gql(
    `query ($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }`,
    { after: first.data.conversations.pageInfo.endCursor },
  );
  expect([...ids(first.data.conversations), ...ids(next.data.conversations)]).toEqual(oldestFirst.slice(0, 10));

  const newest = (await rest(`/conversations/search?locationId=${stack.locationId}&limit=100&sort=desc&sortBy=last_message_date`)).body.conversations;
  const desc = await stack.gql(`{ conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }`);
  expect(ids(desc.data.conversations)).toEqual(newest.map((c: any) => c.id));
  expect(ids(desc.data.conversations)).not.toEqual(oldestFirst);
  const deprecated = await stack.gql(`{ conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }`);
  expect(ids(deprecated.data.conversations)).toEqual(oldestFirst);

  const sent = stack.sandbox.requests.count();
  const both = await stack.gql(`{ conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }`);
  expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(stack.sandbox.requests.count()).toBe(sent);
});
