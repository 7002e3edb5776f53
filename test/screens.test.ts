/**
 * The three screens frontend teams build first, each asserted to cost exactly the fewest distinct
 * REST calls its data needs, counted where requests leave the gateway and where they arrive.
 */
import { beforeEach, expect, it } from 'vitest';
import type { Opportunity, Pipeline } from '../sandbox/index.ts';
// The same documents (examples/*.graphql) docs/limits-and-cost.md and the benchmark use, typed by codegen.
import { Contact360Document, InboxDocument, PipelineBoardDocument } from '../examples/client/generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const rest = <T>(path: string) => ghlRest<T>(stack.sandbox, stack.token, 'GET', path);
const calls = () => stack.gateway.client.stats.snapshot();

it('pipeline board: 50 opportunities with contact name and email, stage and assignee names, in 3 calls', async () => {
  const pipelines = (await rest<{ pipelines: Pipeline[] }>(`/opportunities/pipelines?locationId=${stack.locationId}`)).body.pipelines;
  stack.sandbox.requests.clear();
  const { data, errors, extensions } = await stack.gql(PipelineBoardDocument, { pipelineId: pipelines[0]!.id });
  expect(errors).toBeUndefined();
  const cards = data.opportunities!.edges.map((e) => e.node);
  expect(cards).toHaveLength(50);
  expect(cards.every((c) => c.contact?.name && c.stage?.name)).toBe(true);
  expect(new Set(cards.map((c) => c.assignedUser?.name).filter(Boolean)).size).toBeGreaterThan(1);

  // One search (contacts come embedded), one pipeline list for every stage, one user list.
  expect(calls()).toEqual({ searchOpportunities: { 200: 1 }, listPipelines: { 200: 1 }, listLocationUsers: { 200: 1 } });
  expect(stack.sandbox.requests.count()).toBe(3);
  expect(extensions?.upstreamCalls).toBe(3);
});

it('inbox: 20 conversations with their contact and last 10 messages, in 21 calls', async () => {
  const { data, errors } = await stack.gql(InboxDocument);
  expect(errors).toBeUndefined();
  const threads = data.conversations!.edges.map((e) => e.node);
  expect(threads).toHaveLength(20);
  for (const thread of threads) {
    expect(thread.contact?.name).toBeTruthy();
    const messages = thread.messages!.edges.map((e) => e.node);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(10);
    const dates = messages.map((m) => Date.parse(m.createdAt!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  }
  // GHL has no batch read of messages: one search, then one page per conversation.
  expect(calls()).toEqual({ searchConversations: { 200: 1 }, listMessages: { 200: 20 } });
  expect(stack.sandbox.requests.count()).toBe(21);
});

it('contact 360: one contact with its opportunities, conversations, invoices, appointments, tasks and notes, in 8 calls', async () => {
  const opportunities = (await rest<{ opportunities: Opportunity[] }>(`/opportunities/search?location_id=${stack.locationId}&limit=100`)).body.opportunities;
  const contactId = opportunities.find((o) => o.contactId)!.contactId;
  stack.sandbox.requests.clear();
  const { data, errors } = await stack.gql(Contact360Document, { id: contactId });
  expect(errors).toBeUndefined();
  expect(data.contact?.opportunities?.totalCount).toBeGreaterThan(0);
  expect(calls()).toEqual({
    getContact: { 200: 1 },
    searchOpportunities: { 200: 1 },
    searchConversations: { 200: 1 },
    listInvoices: { 200: 1 },
    listContactAppointments: { 200: 1 },
    listContactTasks: { 200: 1 },
    listContactNotes: { 200: 1 },
    // GHL gives a contact's appointment times as wall-clock strings of the location's time zone.
    getLocation: { 200: 1 },
  });
  expect(stack.sandbox.requests.count()).toBe(8);
});
