/**
 * @defer and @stream over HTTP (multipart/mixed), SSE and the WebSocket: contact 360 answers its fast part first
 * while GHL is still slow on tasks and notes, and is priced exactly as without @defer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ghlRest } from './support/ghl-rest.ts';
import { gqlIncremental } from './support/incremental.ts';
import { startStack, type Stack } from './support/stack.ts';
import { wsClient } from './support/subscriber.ts';

/** How slow GHL is on a contact's tasks and notes in these tests. */
const SLOW_MS = 1_500;

let stack: Stack;
let contactId: string;
beforeAll(async () => {
  stack = await startStack();
  const { opportunities } = (await ghlRest(stack.sandbox, stack.token, 'GET', `/opportunities/search?location_id=${stack.locationId}&limit=100`)).body;
  for (const { contactId: id } of opportunities) {
    const { tasks } = (await ghlRest(stack.sandbox, stack.token, 'GET', `/contacts/${id}/tasks`)).body;
    if (tasks.length >= 2) {
      contactId = id;
      break;
    }
  }
});
afterAll(() => stack.close());
beforeEach(() => stack.sandbox.faults.clear());

const contact360 = (deferred: boolean) => `query ($id: ID!) {
  contact(id: $id) {
    name email
    opportunities(first: 20) { totalCount edges { node { name status } } }
    invoices(first: 20) { totalCount }
    ... ${deferred ? '@defer(label: "slow")' : ''} {
      tasks { title completed }
      notes { body }
    }
  }
}`;

describe.each(['multipart', 'sse'] as const)('contact 360 with @defer over %s', (transport) => {
  it('answers the fast part first, then tasks and notes once GHL answers them', async () => {
    stack.sandbox.faults.set({ latencyMs: SLOW_MS, match: { method: 'GET', path: '^/contacts/[^/]+/(tasks|notes)$' } });
    const { contentType, arrivals } = await gqlIncremental(stack, transport, contact360(true), { id: contactId });
    expect(contentType).toContain(transport === 'sse' ? 'text/event-stream' : 'multipart/mixed');

    const [first, ...later] = arrivals;
    expect(first!.payload.hasNext).toBe(true);
    expect(first!.payload.data.contact.name).toEqual(expect.any(String));
    expect(first!.payload.data.contact.opportunities.totalCount).toBeGreaterThan(0);
    expect(first!.payload.data.contact).not.toHaveProperty('tasks');
    expect(first!.at).toBeLessThan(SLOW_MS);

    const deferred = later.flatMap((arrival) => arrival.payload.incremental ?? []);
    expect(deferred).toEqual([
      expect.objectContaining({ label: 'slow', path: ['contact'], data: { tasks: expect.any(Array), notes: expect.any(Array) } }),
    ]);
    expect(deferred[0].data.tasks.length).toBeGreaterThanOrEqual(2);
    expect(later.at(-1)!.at).toBeGreaterThanOrEqual(SLOW_MS);
    expect(later.at(-1)!.payload.hasNext).toBe(false);
  });
});

it('delivers a deferred query over the WebSocket too, part by part', async () => {
  stack.sandbox.faults.set({ latencyMs: SLOW_MS, match: { method: 'GET', path: '^/contacts/[^/]+/(tasks|notes)$' } });
  const client = wsClient(stack.gateway.url, { connectionParams: { authorization: `Bearer ${stack.token}` } });
  const payloads: any[] = [];
  try {
    await new Promise<void>((resolve, reject) =>
      client.subscribe({ query: contact360(true), variables: { id: contactId } }, { next: (payload) => payloads.push(payload), error: reject, complete: resolve }),
    );
  } finally {
    await client.dispose();
  }
  expect(payloads[0]).toMatchObject({ hasNext: true, data: { contact: { name: expect.any(String) } } });
  expect(payloads[0].data.contact).not.toHaveProperty('tasks');
  expect(payloads.flatMap((payload) => payload.incremental ?? [])).toEqual([
    expect.objectContaining({ path: ['contact'], data: { tasks: expect.any(Array), notes: expect.any(Array) } }),
  ]);
});

it('reports a failed deferred part in its own payload, with a code and nothing internal', async () => {
  stack.sandbox.faults.set({ serverError: 10, match: { method: 'GET', path: '^/contacts/[^/]+/tasks$' } });
  const { arrivals } = await gqlIncremental(stack, 'multipart', contact360(true), { id: contactId });
  expect(arrivals[0]!.payload.data.contact.name).toEqual(expect.any(String));
  expect(arrivals[0]!.payload.errors).toBeUndefined();
  const [part] = arrivals.slice(1).flatMap((arrival) => arrival.payload.incremental ?? []);
  expect(part.errors).toEqual([
    expect.objectContaining({ path: ['contact', 'tasks'], extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR', operation: 'listContactTasks' }) }),
  ]);
  expect(JSON.stringify(part.errors)).not.toMatch(/\n\s+at |node_modules|stacktrace/);
  // `tasks` is non-null: its failure nulls the deferred fragment, and only that.
  expect(part.data).toBeNull();
  // The operation log has one line for it, once the last part left, with the part's error.
  await expect
    .poll(() => stack.logs.filter((line) => line.includes('GraphQL operation failed') && line.includes('"path":"contact.tasks"')))
    .toEqual([expect.stringContaining('"code":"UPSTREAM_ERROR"')]);
});

it('prices a deferred operation like the same operation without @defer, and makes the same calls', async () => {
  const plain = await stack.gql(contact360(false), { id: contactId });
  expect(plain.errors).toBeUndefined();
  const { arrivals } = await gqlIncremental(stack, 'multipart', contact360(true), { id: contactId });
  const reports = arrivals.map((arrival) => arrival.payload.extensions?.['cost']);
  expect(reports.every((report) => report?.estimatedCalls === plain.extensions!.cost!.estimatedCalls)).toBe(true);
  // Each payload reports the calls made so far: the last one, all of them.
  expect(arrivals.at(-1)!.payload.extensions!['upstreamCalls']).toBe(plain.extensions!['upstreamCalls']);
  expect(reports.at(-1).upstreamCalls).toBe(plain.extensions!['upstreamCalls']);
});

it('streams a list with @stream: the first items at once, the rest after', async () => {
  const { arrivals } = await gqlIncremental(stack, 'multipart', `query ($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }`, {
    id: contactId,
  });
  const { tasks } = (await ghlRest(stack.sandbox, stack.token, 'GET', `/contacts/${contactId}/tasks`)).body;
  expect(arrivals[0]!.payload.data.contact.tasks).toEqual([{ title: tasks[0].title }]);
  const streamed = arrivals.slice(1).flatMap((arrival) => arrival.payload.incremental ?? []).flatMap((part) => part.items);
  expect([...arrivals[0]!.payload.data.contact.tasks, ...streamed]).toEqual(tasks.map((task: any) => ({ title: task.title })));
});
