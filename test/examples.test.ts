/**
 * Every document in examples/ runs through the typed client of examples/client against a real
 * gateway over the sandbox, so the examples a frontend team copies cannot rot: a schema change
 * that breaks one fails codegen's staleness test or this one. The live inbox's event is caused by
 * a mutation the sandbox turns into a signed webhook, as GHL would send it.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGatewayClient, GatewayRequestError, type GatewayClient } from '../examples/client/client.ts';
import {
  CalendarWeekDocument,
  Contact360Document,
  InboxDocument,
  InvoiceListDocument,
  LiveInboxDocument,
  PipelineBoardDocument,
  SendReplyDocument,
} from '../examples/client/generated/graphql.ts';
import { generateSigning, publicKeyOf } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';

const DAY_MS = 86_400_000;

const signing = generateSigning();
const stack = useStack({
  sandbox: { webhooks: { urls: [], sign: signing } },
  env: { GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString() },
});
let client: GatewayClient;
/** Operation names run so far, to check that no example document is left out. */
const ran = new Set<string>();
const operationName = (document: { definitions: readonly unknown[] }) => (document.definitions[0] as OperationDefinitionNode).name!.value;

beforeAll(() => {
  // The sandbox sends every change it makes to the gateway, as GHL sends webhooks.
  stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
  client = createGatewayClient({ url: stack.gateway.url, token: stack.token });
});
afterAll(() => client?.close());

/** Setup data, read through the gateway rather than the documents under test. */
async function setup<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const { data, errors } = await stack.gql(document, variables);
  expect(errors).toBeUndefined();
  return data;
}

it('pipeline board: a page of deals, each with its contact, stage and owner', async () => {
  const { pipelines } = await setup(graphql(`query SetupPipelines { pipelines { id name } }`));
  const { opportunities } = await client.execute(PipelineBoardDocument, { pipelineId: pipelines[0]!.id });
  ran.add(operationName(PipelineBoardDocument));
  const cards = opportunities!.edges.map((edge) => edge.node);
  expect(cards).toHaveLength(50);
  expect(opportunities!.totalCount).toBeGreaterThanOrEqual(50);
  for (const card of cards) {
    expect(card.id).toEqual(expect.any(String));
    expect(['open', 'won', 'lost', 'abandoned']).toContain(card.status?.toLowerCase());
    expect(card.stage?.name).toBeTruthy();
    expect(card.contact?.name).toBeTruthy();
  }
  expect(cards.some((card) => card.assignedUser?.name)).toBe(true);
});

it('inbox: the latest conversations, each with its contact and newest messages first', async () => {
  const { conversations } = await client.execute(InboxDocument);
  ran.add(operationName(InboxDocument));
  const threads = conversations!.edges.map((edge) => edge.node);
  expect(threads).toHaveLength(20);
  const latest = threads.map((thread) => Date.parse(thread.lastMessageDate!));
  expect(latest).toEqual([...latest].sort((a, b) => b - a));
  for (const thread of threads) {
    expect(thread.contact?.name).toBeTruthy();
    const messages = thread.messages!.edges.map((edge) => edge.node);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(10);
    expect(messages.every((message) => message.direction === 'INBOUND' || message.direction === 'OUTBOUND')).toBe(true);
  }
});

it('contact 360: a contact with its deals, conversations, invoices, appointments, tasks and notes', async () => {
  const { opportunities } = await setup(graphql(`query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }`));
  const id = opportunities!.edges.find((edge) => edge.node.contact)!.node.contact!.id;
  const { contact } = await client.execute(Contact360Document, { id });
  ran.add(operationName(Contact360Document));
  expect(contact!.id).toBe(id);
  expect(contact!.name).toBeTruthy();
  expect(contact!.opportunities!.totalCount).toBeGreaterThan(0);
  expect(contact!.opportunities!.edges.length).toBe(Math.min(contact!.opportunities!.totalCount!, 20));
  expect(Array.isArray(contact!.tasks) && Array.isArray(contact!.notes) && Array.isArray(contact!.appointments)).toBe(true);
  for (const appointment of contact!.appointments) expect(Date.parse(appointment.startAt!)).not.toBeNaN();
});

it('calendar week: the appointments of seven days with contact and owner, and the free slots', async () => {
  const { calendars } = await setup(graphql(`query SetupCalendars { calendars { id isActive } }`));
  const calendarId = calendars.find((calendar) => calendar.isActive)!.id;
  // The sandbox books its calendars around today.
  const weekStart = new Date(Date.now() - 3 * DAY_MS);
  const weekEnd = new Date(weekStart.getTime() + 7 * DAY_MS);
  stack.gateway.client.stats.reset();
  const { calendar, freeSlots } = await client.execute(CalendarWeekDocument, {
    calendarId,
    weekStart: weekStart.toISOString(),
    weekEnd: weekEnd.toISOString(),
    firstDay: new Date(Date.now() + DAY_MS).toISOString().slice(0, 10),
    lastDay: new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10),
  });
  ran.add(operationName(CalendarWeekDocument));
  expect(calendar!.id).toBe(calendarId);
  expect(calendar!.openHours.length).toBeGreaterThan(0);
  expect(calendar!.appointments.length).toBeGreaterThan(0);
  for (const appointment of calendar!.appointments) {
    const start = Date.parse(appointment.startAt!);
    expect(start).toBeGreaterThanOrEqual(weekStart.getTime() - DAY_MS);
    expect(start).toBeLessThan(weekEnd.getTime());
    expect(Date.parse(appointment.endAt!)).toBeGreaterThan(start);
    // A contact logged from a missed call has a phone and no name (the sandbox books some, by date).
    expect(appointment.contact?.name ?? appointment.contact?.phone).toBeTruthy();
  }
  expect(freeSlots.length).toBeGreaterThan(0);
  // As the document says: one call each for the calendar, its events, its free slots, the
  // location's time zone and its users; then one per distinct contact.
  const { getContact, ...calls } = stack.gateway.client.stats.snapshot();
  expect(calls).toEqual({
    getCalendar: { 200: 1 },
    listCalendarEvents: { 200: 1 },
    getFreeSlots: { 200: 1 },
    getLocation: { 200: 1 },
    listLocationUsers: { 200: 1 },
  });
  expect(getContact![200]).toBeLessThanOrEqual(calendar!.appointments.length);
  expect(freeSlots.flatMap((day) => day.slots).every((slot) => Date.parse(slot) > Date.now())).toBe(true);
});

it('invoice list: pages through a location’s invoices, and narrows them by status', async () => {
  stack.gateway.client.stats.reset();
  const first = await client.execute(InvoiceListDocument, { first: 10 });
  ran.add(operationName(InvoiceListDocument));
  // The contact's details come on the invoice: one call for the page.
  expect(stack.gateway.client.stats.snapshot()).toEqual({ listInvoices: { 200: 1 } });
  expect(first.invoices!.edges).toHaveLength(10);
  expect(first.invoices!.totalCount).toBeGreaterThan(10);
  expect(first.invoices!.pageInfo.hasNextPage).toBe(true);
  const second = await client.execute(InvoiceListDocument, { first: 10, after: first.invoices!.pageInfo.endCursor });
  const ids = (page: typeof first) => page.invoices!.edges.map((edge) => edge.node.id);
  expect(ids(second)).toHaveLength(10);
  expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  for (const { node } of first.invoices!.edges) {
    expect(node.number).toBeTruthy();
    expect(node.contactDetails?.name).toBeTruthy();
    expect(node.total).toEqual(expect.any(Number));
  }

  const paid = await client.execute(InvoiceListDocument, { status: 'PAID', first: 100 });
  expect(paid.invoices!.edges.length).toBeGreaterThan(0);
  expect(paid.invoices!.edges.every((edge) => edge.node.status === 'PAID' && edge.node.amountDue === 0)).toBe(true);
});

it('live inbox: a reply sent through the gateway arrives as an event over graphql-ws, with its message and conversation', async () => {
  const { conversations } = await setup(graphql(`query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }`));
  const contactId = conversations!.edges[0]!.node.contactId;
  const events = client.subscribe(LiveInboxDocument, { locationId: stack.locationId });
  ran.add(operationName(LiveInboxDocument));

  // A subscription is live once the gateway has checked the token's access; until then a reply's
  // event may pass it by, so replies go out until one of them comes back.
  const sent = new Set<string>();
  const arrived = (async () => {
    for await (const { messageEvents } of events) {
      if (messageEvents.message && sent.has(messageEvents.message.id)) return messageEvents;
    }
    throw new Error('the subscription ended');
  })();
  let event: Awaited<typeof arrived> | undefined;
  for (let tries = 0; !event; tries++) {
    if (tries === 20) throw new Error('no reply came back as an event');
    const text = `On my way (${randomUUID()})`;
    const { sendMessage } = await client.execute(SendReplyDocument, { contactId, text });
    ran.add(operationName(SendReplyDocument));
    expect(sendMessage.message).toMatchObject({ body: text, direction: 'OUTBOUND' });
    sent.add(sendMessage.message!.id);
    event = await Promise.race([arrived, new Promise<undefined>((resolve) => setTimeout(resolve, 500))]);
  }
  await events.return!();

  expect(event.direction).toBe('OUTBOUND');
  expect(event.message).toMatchObject({ direction: 'OUTBOUND', type: 'SMS' });
  expect(event.message!.body).toMatch(/^On my way/);
  expect(Date.parse(event.timestamp)).not.toBeNaN();
  expect(event.conversation?.id).toBeTruthy();
  expect(event.conversation?.contact?.name).toBeTruthy();
});

it('refuses bad input with a stable code, thrown by the client', async () => {
  const failure = await client.execute(Contact360Document, { id: 'no-such-contact' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(GatewayRequestError);
  expect((failure as GatewayRequestError).codes).toEqual([expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/)]);
});

it('ran every document in examples/', () => {
  const directory = new URL('../examples/', import.meta.url);
  const documented = readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => operationName(parse(readFileSync(new URL(file, directory), 'utf8'))));
  expect([...ran].sort()).toEqual(documented.sort());
});
