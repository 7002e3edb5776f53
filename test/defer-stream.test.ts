/**
 * @defer and @stream over HTTP (multipart/mixed), SSE and the WebSocket: contact 360 answers its fast part first
 * while GHL is still slow on tasks and notes, and is priced exactly as without @defer.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { Opportunity, Task } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { gqlIncremental, type IncrementalPayload } from './support/incremental.ts';
import { useStack } from './support/stack.ts';
import { wsClient } from './support/subscriber.ts';

/** How slow GHL is on a contact's tasks and notes in these tests. */
const SLOW_MS = 1_500;

const stack = useStack();
const restTasks = async (id: string) => (await ghlRest<{ tasks: Task[] }>(stack.sandbox, stack.token, 'GET', `/contacts/${id}/tasks`)).body.tasks;
let contactId: string;
beforeAll(async () => {
  const search = `/opportunities/search?location_id=${stack.locationId}&limit=100`;
  const { opportunities } = (await ghlRest<{ opportunities: Opportunity[] }>(stack.sandbox, stack.token, 'GET', search)).body;
  for (const { contactId: id } of opportunities) {
    const tasks = await restTasks(id);
    if (tasks.length >= 2) {
      contactId = id;
      break;
    }
  }
});
beforeEach(() => stack.sandbox.faults.clear());

const CONTACT_360_DEFERRED = graphql(`query Contact360Deferred($id: ID!) {
  contact(id: $id) {
    name email
    opportunities(first: 20) { totalCount edges { node { name status } } }
    invoices(first: 20) { totalCount }
    ... @defer(label: "slow") {
      tasks { title completed }
      notes { body }
    }
  }
}`);
const CONTACT_360 = graphql(`query Contact360AtOnce($id: ID!) {
  contact(id: $id) {
    name email
    opportunities(first: 20) { totalCount edges { node { name status } } }
    invoices(first: 20) { totalCount }
    tasks { title completed }
    notes { body }
  }
}`);
/** A deferred fragment's tasks and notes, as the tests read them. */
const deferredData = (data: unknown) => data as { tasks: unknown[]; notes: unknown[] };

describe.each(['multipart', 'sse'] as const)('contact 360 with @defer over %s', (transport) => {
  it('answers the fast part first, then tasks and notes once GHL answers them', async () => {
    stack.sandbox.faults.set({ latencyMs: SLOW_MS, match: { method: 'GET', path: '^/contacts/[^/]+/(tasks|notes)$' } });
    const { contentType, arrivals } = await gqlIncremental(stack, transport, CONTACT_360_DEFERRED, { id: contactId });
    expect(contentType).toContain(transport === 'sse' ? 'text/event-stream' : 'multipart/mixed');

    const [first, ...later] = arrivals;
    expect(first!.payload.hasNext).toBe(true);
    expect(first!.payload.data?.contact?.name).toEqual(expect.any(String));
    expect(first!.payload.data?.contact?.opportunities?.totalCount).toBeGreaterThan(0);
    expect(first!.payload.data?.contact).not.toHaveProperty('tasks');
    expect(first!.at).toBeLessThan(SLOW_MS);

    const deferred = later.flatMap((arrival) => arrival.payload.incremental ?? []);
    expect(deferred).toEqual([
      expect.objectContaining({ label: 'slow', path: ['contact'], data: { tasks: expect.any(Array), notes: expect.any(Array) } }),
    ]);
    expect(deferredData(deferred[0]?.data).tasks.length).toBeGreaterThanOrEqual(2);
    expect(later.at(-1)!.at).toBeGreaterThanOrEqual(SLOW_MS);
    expect(later.at(-1)!.payload.hasNext).toBe(false);
  });
});

it('delivers a deferred query over the WebSocket too, part by part', async () => {
  stack.sandbox.faults.set({ latencyMs: SLOW_MS, match: { method: 'GET', path: '^/contacts/[^/]+/(tasks|notes)$' } });
  const client = wsClient(stack.gateway.url, { connectionParams: { authorization: `Bearer ${stack.token}` } });
  const payloads: IncrementalPayload[] = [];
  try {
    await new Promise<void>((resolve, reject) =>
      client.subscribe(
        { query: print(CONTACT_360_DEFERRED), variables: { id: contactId } },
        // graphql-ws types a result without its incremental parts.
        { next: (payload) => payloads.push(payload as IncrementalPayload), error: reject, complete: resolve },
      ),
    );
  } finally {
    await client.dispose();
  }
  expect(payloads[0]).toMatchObject({ hasNext: true, data: { contact: { name: expect.any(String) } } });
  expect(payloads[0]?.data).not.toHaveProperty('contact.tasks');
  expect(payloads.flatMap((payload) => payload.incremental ?? [])).toEqual([
    expect.objectContaining({ path: ['contact'], data: { tasks: expect.any(Array), notes: expect.any(Array) } }),
  ]);
});

it('reports a failed deferred part in its own payload, with a code and nothing internal', async () => {
  stack.sandbox.faults.set({ serverError: 10, match: { method: 'GET', path: '^/contacts/[^/]+/tasks$' } });
  const { arrivals } = await gqlIncremental(stack, 'multipart', CONTACT_360_DEFERRED, { id: contactId });
  expect(arrivals[0]!.payload.data?.contact?.name).toEqual(expect.any(String));
  expect(arrivals[0]!.payload.errors).toBeUndefined();
  const [part] = arrivals.slice(1).flatMap((arrival) => arrival.payload.incremental ?? []);
  expect(part?.errors).toEqual([
    expect.objectContaining({ path: ['contact', 'tasks'], extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR', operation: 'listContactTasks' }) }),
  ]);
  expect(JSON.stringify(part?.errors)).not.toMatch(/\n\s+at |node_modules|stacktrace/);
  // `tasks` is non-null: its failure nulls the deferred fragment, and only that.
  expect(part?.data).toBeNull();
  // The operation log has one line for it, once the last part left, with the part's error.
  await expect
    .poll(() => stack.logs.filter((line) => line.includes('GraphQL operation failed') && line.includes('"path":"contact.tasks"')))
    .toEqual([expect.stringContaining('"code":"UPSTREAM_ERROR"')]);
});

it('prices a deferred operation like the same operation without @defer, and makes the same calls', async () => {
  const plain = await stack.gql(CONTACT_360, { id: contactId });
  expect(plain.errors).toBeUndefined();
  const { arrivals } = await gqlIncremental(stack, 'multipart', CONTACT_360_DEFERRED, { id: contactId });
  const reports = arrivals.map((arrival) => arrival.payload.extensions?.cost);
  expect(reports.every((report) => report?.estimatedCalls === plain.extensions!.cost!.estimatedCalls)).toBe(true);
  // Each payload reports the calls made so far: the last one, all of them.
  expect(arrivals.at(-1)!.payload.extensions!['upstreamCalls']).toBe(plain.extensions!['upstreamCalls']);
  expect(reports.at(-1)?.upstreamCalls).toBe(plain.extensions!['upstreamCalls']);
});

it('streams a list with @stream: the first items at once, the rest after', async () => {
  const streamedTasks = graphql(`query ContactTasksStreamed($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }`);
  const { arrivals } = await gqlIncremental(stack, 'multipart', streamedTasks, { id: contactId });
  const tasks = await restTasks(contactId);
  const initial = arrivals[0]!.payload.data?.contact?.tasks ?? [];
  expect(initial).toEqual([{ title: tasks[0]!.title }]);
  const streamed = arrivals.slice(1).flatMap((arrival) => arrival.payload.incremental ?? []).flatMap((part) => part.items ?? []);
  expect([...initial, ...streamed]).toEqual(tasks.map((task) => ({ title: task.title })));
});
