/**
 * The order and range arguments of deals, invoices and conversations reach GHL's own search
 * parameters: each list is checked against what the sandbox holds, read through plain REST.
 */
import { expect, it } from 'vitest';
import type { Opportunity } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';

/** A conversation as GHL's search answers it: dates in epoch milliseconds. */
interface ConversationSearchItem {
  id: string;
  dateAdded: number;
  lastMessageDirection?: 'inbound' | 'outbound';
}

const stack = useStack();

const rest = <T>(path: string) => ghlRest<T>(stack.sandbox, stack.token, 'GET', path);
const conversationsOf = async (query: string) =>
  (await rest<{ conversations: ConversationSearchItem[] }>(`/conversations/search?locationId=${stack.locationId}&limit=100${query}`)).body.conversations;
const ids = (connection: { edges: { node: { ghlId: string } }[] } | null | undefined) => connection?.edges.map((edge) => edge.node.ghlId);

it('deals oldest first, and within days of creation', async () => {
  const { opportunities: stored } = (await rest<{ opportunities: Opportunity[] }>(`/opportunities/search?location_id=${stack.locationId}&limit=100&order=added_asc`)).body;
  const first = await stack.gql(
    graphql(`query ListOrderDealsOldestFirst { opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }`),
  );
  expect(first.errors).toBeUndefined();
  expect(ids(first.data.opportunities)).toEqual(stored.slice(0, 10).map((o) => o.id));
  const after = first.data.opportunities!.pageInfo.endCursor;
  const next = await stack.gql(
    graphql(`query ListOrderDealsOldestFirstAfter($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }`),
    { after },
  );
  expect(ids(next.data.opportunities)).toEqual(stored.slice(10, 20).map((o) => o.id));
  // A cursor of one order is refused in the other.
  const mixed = await stack.gql(graphql(`query ListOrderDealsDefaultAfter($after: String) { opportunities(first: 10, after: $after) { totalCount } }`), { after });
  expect(mixed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

  const day = stored[5]!.createdAt.slice(0, 10);
  const within = await stack.gql(
    graphql(`query ListOrderDealsOfDay($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }`),
    { day },
  );
  expect(within.errors).toBeUndefined();
  expect(ids(within.data.opportunities)).toContain(stored[5]!.id);
  expect(within.data.opportunities!.edges.every((e) => e.node.createdAt?.startsWith(day))).toBe(true);
});

it('invoices by issue date, either way', async () => {
  const { invoices: stored } = (
    await rest<{ invoices: { _id: string }[] }>(`/invoices/?altId=${stack.locationId}&altType=location&limit=100&offset=0&sortField=issueDate&sortOrder=ascend`)
  ).body;
  const asc = await stack.gql(graphql(`query ListOrderInvoicesAsc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }`));
  expect(asc.errors).toBeUndefined();
  expect(ids(asc.data.invoices)).toEqual(stored.map((i) => i._id));
  const days = asc.data.invoices!.edges.map((e) => e.node.issueDate);
  expect(days).toEqual([...days].sort());
  const desc = await stack.gql(graphql(`query ListOrderInvoicesDesc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }`));
  const descDays = desc.data.invoices!.edges.map((e) => e.node.issueDate);
  expect(descDays).toEqual([...descDays].sort().reverse());
});

it('conversations whose last message came in, started within a range', async () => {
  const stored = await conversationsOf('');
  const from = new Date(Math.min(...stored.map((c) => c.dateAdded)) + 1).toISOString();
  const expected = stored.filter((c) => c.lastMessageDirection === 'inbound' && c.dateAdded >= Date.parse(from)).map((c) => c.id);
  expect(expected.length).toBeGreaterThan(0);
  expect(stored.some((c) => c.lastMessageDirection === 'outbound')).toBe(true);
  const { data, errors } = await stack.gql(
    graphql(`query ListOrderInboundSince($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }`),
    { from },
  );
  expect(errors).toBeUndefined();
  // Every match GHL holds among the latest 100, and nothing that does not match.
  expect(ids(data.conversations)).toEqual(expect.arrayContaining(expected));
  expect(data.conversations!.edges.every((e) => e.node.lastMessageDirection === 'INBOUND' && e.node.createdAt != null && e.node.createdAt >= from)).toBe(true);
});

it('conversations by last message date, either way, through orderBy; the deprecated sort still answers; both at once are refused', async () => {
  const oldestFirst = (await conversationsOf('&sort=asc&sortBy=last_message_date')).map((c) => c.id);
  const asc = await stack.gql(
    graphql(`query ListOrderConversationsAsc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }`),
  );
  expect(asc.errors).toBeUndefined();
  expect(ids(asc.data.conversations)).toEqual(oldestFirst);
  const times = asc.data.conversations!.edges.map((e) => e.node.lastMessageDate);
  expect(times).toEqual([...times].sort());
  // Pages follow the order: the second page goes on from the first.
  const first = await stack.gql(
    graphql(`query ListOrderConversationsFirstFive { conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }`),
  );
  const next = await stack.gql(
    graphql(`query ListOrderConversationsNextFive($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }`),
    { after: first.data.conversations!.pageInfo.endCursor },
  );
  expect([...ids(first.data.conversations)!, ...ids(next.data.conversations)!]).toEqual(oldestFirst.slice(0, 10));

  const newest = await conversationsOf('&sort=desc&sortBy=last_message_date');
  const desc = await stack.gql(graphql(`query ListOrderConversationsDesc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }`));
  expect(ids(desc.data.conversations)).toEqual(newest.map((c) => c.id));
  expect(ids(desc.data.conversations)).not.toEqual(oldestFirst);
  const deprecated = await stack.gql(graphql(`query ListOrderConversationsDeprecatedSort { conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }`));
  expect(ids(deprecated.data.conversations)).toEqual(oldestFirst);

  const sent = stack.sandbox.requests.count();
  const both = await stack.gql(
    graphql(`query ListOrderConversationsBothSorts { conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }`),
  );
  expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  expect(stack.sandbox.requests.count()).toBe(sent);
});
