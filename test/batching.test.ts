/**
 * Batching proved by counting requests where they leave the gateway (the REST edge) and where
 * they arrive (the sandbox's request log): both must agree with the fewest calls the data needs.
 */
import { beforeEach, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

it('50 contacts with their assigned users cost one list call for contacts and one for the users', async () => {
  const { data, errors, extensions } = await stack.gql(graphql(`query ContactsWithUsers {
    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }
  }`));
  expect(errors).toBeUndefined();
  const nodes = data.contacts!.edges.map((e) => e.node);
  expect(nodes).toHaveLength(50);
  const distinctUsers = new Set(nodes.map((n) => n.assignedTo).filter(Boolean));
  expect(distinctUsers.size).toBeGreaterThan(1);
  for (const node of nodes) expect(node.assignedUser?.ghlId ?? null).toBe(node.assignedTo ?? null);

  // Fewer than one call per distinct user: the location's users come in one list.
  expect(stack.gateway.client.stats.snapshot()).toEqual({ listLocationUsers: { 200: 1 }, searchContacts: { 200: 1 } });
  expect(stack.sandbox.requests.count()).toBe(2);
  expect(extensions?.upstreamCalls).toBe(2);
});

it('users without a location to list them by cost one call per distinct user', async () => {
  const { data } = await stack.gql(graphql(`query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }`));
  const distinct = new Set(
    data.contacts!.edges.flatMap((e) => e.node.tasks.map((t) => t.assignedTo)).filter(Boolean),
  );
  expect(distinct.size).toBeGreaterThan(1);
  stack.gateway.client.stats.reset();
  const { errors } = await stack.gql(graphql(`query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }`));
  expect(errors).toBeUndefined();
  const stats = stack.gateway.client.stats;
  expect(stats.count('getUser')).toBe(distinct.size);
  expect(stats.count('listLocationUsers')).toBe(0);
});

it('a contact a list returned is not fetched again by id in the same request', async () => {
  const { data, errors } = await stack.gql(graphql(`query ContactsBackFromTasksAndNotes {
    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }
  }`));
  expect(errors).toBeUndefined();
  const back = data.contacts!.edges.flatMap((e) => [...e.node.tasks, ...e.node.notes].map((x) => x.contact?.ghlId));
  expect(back.length).toBeGreaterThan(0);
  const stats = stack.gateway.client.stats;
  expect(stats.count('getContact')).toBe(0);
  expect(stats.count('listContactTasks')).toBe(10);
  expect(stats.count('listContactNotes')).toBe(10);
});

it('the same id asked for many times in one request is fetched once', async () => {
  const { data } = await stack.gql(graphql(`query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }`));
  const id = data.contacts!.edges[0]!.node.ghlId;
  stack.gateway.client.stats.reset();
  const { errors } = await stack.gql(
    graphql(`query SameContactEightTimes($id: ID!) {
      c0: contact(id: $id) { ghlId location { name } }
      c1: contact(id: $id) { ghlId location { name } }
      c2: contact(id: $id) { ghlId location { name } }
      c3: contact(id: $id) { ghlId location { name } }
      c4: contact(id: $id) { ghlId location { name } }
      c5: contact(id: $id) { ghlId location { name } }
      c6: contact(id: $id) { ghlId location { name } }
      c7: contact(id: $id) { ghlId location { name } }
    }`),
    { id },
  );
  expect(errors).toBeUndefined();
  expect(stack.gateway.client.stats.snapshot()).toEqual({ getContact: { 200: 1 }, getLocation: { 200: 1 } });
});

it('nothing is shared between requests: each request pays for its own data', async () => {
  const query = graphql(`query LocationName { location { name } }`);
  await stack.gql(query);
  await stack.gql(query);
  expect(stack.gateway.client.stats.count('getLocation')).toBe(2);
});
