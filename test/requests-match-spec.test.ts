/**
 * The REST calls the gateway really sends for the example screens, as the sandbox logged them,
 * checked against GHL's official files through the generated catalog: each is an operation the
 * files declare, with the Version they declare, and path parameters, query and body the file
 * accepts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, it } from 'vitest';
import { specOperations, type SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { validateRequest } from '../openapi/validator.ts';
// The same documents (examples/*.graphql) the example client runs, typed by codegen.
import {
  CalendarWeekDocument,
  Contact360Document,
  InboxDocument,
  InvoiceListDocument,
  PipelineBoardDocument,
  SendReplyDocument,
} from '../examples/client/generated/graphql.ts';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';

const DAY_MS = 86_400_000;

const stack = useStack();

const templates = Object.entries(specOperations).map(([name, entry]) => {
  const params: string[] = [];
  const source = entry.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(param);
      return '([^/]+)';
    })
    .join('');
  return { name: name as SpecOperationName, entry, params, pattern: new RegExp(`^${source}$`) };
});

/** The declared operation a concrete call is, and its path parameters: literal segments win. */
const operationOf = (method: string, path: string) => {
  const matches = templates
    .filter((t) => t.entry.method === method && t.pattern.test(path))
    .sort((a, b) => a.params.length - b.params.length);
  const best = matches[0];
  if (!best) return undefined;
  const values = best.pattern.exec(path)!.slice(1).map(decodeURIComponent);
  return { ...best, path: Object.fromEntries(best.params.map((param, i) => [param, values[i]])) };
};

async function run<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
  const { data, errors } = await stack.gql(document, variables);
  expect(errors).toBeUndefined();
  return data;
}

it('sends only declared operations, with their Version, path parameters, query and body, for the example screens and writes', async () => {
  const { pipelines } = await run(graphql(`query SpecPipelines { pipelines { id stages { id } } }`));
  const { calendars } = await run(graphql(`query SpecCalendars { calendars { id isActive } }`));
  const { opportunities } = await run(graphql(`query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }`));
  const contactId = opportunities!.edges.find((edge) => edge.node.contact)!.node.contact!.id;
  const weekStart = new Date(Date.now() - 3 * DAY_MS);

  const pipeline = pipelines[0]!;
  await run(PipelineBoardDocument, { pipelineId: pipeline.id });
  await run(InboxDocument);
  await run(Contact360Document, { id: contactId });
  await run(InvoiceListDocument, { first: 5 });
  await run(CalendarWeekDocument, {
    calendarId: calendars.find((calendar) => calendar.isActive)!.id,
    weekStart: weekStart.toISOString(),
    weekEnd: new Date(weekStart.getTime() + 7 * DAY_MS).toISOString(),
    firstDay: new Date(Date.now() + DAY_MS).toISOString().slice(0, 10),
    lastDay: new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10),
  });
  // Writes carry bodies: the reply box, and a contact, a note and a deal made and moved.
  const { createContact } = await run(
    graphql(`mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`),
    { input: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.spec@example.com', phone: '+14155550199', country: 'GB', tags: ['lead'] } },
  );
  const contact = createContact.contact!;
  await run(SendReplyDocument, { contactId: contact.id, text: 'On my way' });
  await run(graphql(`mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: "Met at the fair" }) { note { id } } }`), {
    c: contact.id,
  });
  const [first, second] = pipeline.stages;
  const { createOpportunity } = await run(
    graphql(`mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`),
    { input: { contactId: contact.id, pipelineId: pipeline.id, stageId: first!.id, name: 'Spec deal', monetaryValue: 12.5 } },
  );
  await run(graphql(`mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }`), {
    id: createOpportunity.opportunity!.id,
    s: second!.id,
  });

  const calls = stack.sandbox.requests.entries;
  const problems: string[] = [];
  const seen = new Set<SpecOperationName>();
  const withBody = new Set<SpecOperationName>();
  for (const call of calls) {
    const op = operationOf(call.method, call.path);
    if (!op) {
      problems.push(`${call.method} ${call.path}: no operation of the files`);
      continue;
    }
    seen.add(op.name);
    if (call.version !== op.entry.version) problems.push(`${op.name}: Version ${call.version}, the file says ${op.entry.version}`);
    const request = { path: op.path, query: call.query, body: call.body };
    for (const problem of validateRequest(op.name, request)) problems.push(`${op.name}: ${problem}`);
    if (call.body !== undefined) withBody.add(op.name);
  }
  expect(problems).toEqual([]);
  // The screens reach several domains: contacts, opportunities, conversations, invoices, calendars.
  expect(calls.length).toBeGreaterThan(10);
  // The writes' bodies were logged and checked, every one of them.
  expect([...withBody].sort()).toEqual(
    expect.arrayContaining(['contactsCreateContact', 'contactsCreateNote', 'conversationsSendANewMessage', 'opportunitiesCreateOpportunity', 'opportunitiesUpdateOpportunity']),
  );
  expect(calls.filter((call) => call.bodyBytes > 0 && call.body === undefined)).toEqual([]);
  for (const app of ['contacts', 'opportunities', 'conversations', 'invoices', 'calendars']) {
    expect([...seen].some((name) => specOperations[name].app === app), app).toBe(true);
  }
});

/** The calls a frontend's calendar settings, appointment notes and price editor send, each checked against the file. */
it('sends calendar group, calendar change, appointment note and price calls the file accepts', async () => {
  const { calendars } = await run(graphql(`query SpecGroupedCalendars { calendars { id group { id name } } calendarGroups { id calendars { id } } }`));
  const { createCalendarGroup } = await run(
    graphql(`mutation SpecCreateGroup { createCalendarGroup(input: { name: "Spec group", description: "Made by the spec test", slug: "spec-group" }) { calendarGroup { id } } }`),
  );
  const group = createCalendarGroup.calendarGroup.id;
  await run(graphql(`query SpecGroupSlug { calendarGroupSlugAvailable(slug: "spec-group") }`));
  await run(graphql(`mutation SpecRenameGroup($id: ID!) { updateCalendarGroup(id: $id, input: { name: "Spec group 2" }) { calendarGroup { id } } }`), { id: group });
  await run(graphql(`mutation SpecDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { id } } }`), { id: group });
  await run(graphql(`mutation SpecGroupCalendar($id: ID!, $g: ID!) { updateCalendar(id: $id, input: { groupId: $g, slotDuration: 40 }) { calendar { id } } }`), {
    id: calendars[0]!.id,
    g: group,
  });
  await run(graphql(`mutation SpecDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }`), { id: group });
  const { createCalendar } = await run(graphql(`mutation SpecCalendarToDelete { createCalendar(input: { name: "Spec gone" }) { calendar { id } } }`));
  await run(graphql(`mutation SpecDeleteCalendar($id: ID!) { deleteCalendar(id: $id) { deletedId } }`), { id: createCalendar.calendar.id });

  const appointment = [...stack.sandbox.store.appointments.values()].find((a) => a.locationId === stack.locationId)!;
  await run(graphql(`query SpecAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes(first: 5) { edges { node { id } } } } }`), { id: appointment.id });
  const { createAppointmentNote } = await run(
    graphql(`mutation SpecCreateAppointmentNote($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: "Spec note" }) { appointmentNote { id } } }`),
    { id: appointment.id },
  );
  const note = createAppointmentNote.appointmentNote.id;
  await run(graphql(`mutation SpecUpdateAppointmentNote($a: ID!, $n: ID!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: { body: "Spec note 2" }) { appointmentNote { id } } }`), {
    a: appointment.id,
    n: note,
  });
  await run(graphql(`mutation SpecDeleteAppointmentNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId } }`), { a: appointment.id, n: note });
  await run(graphql(`mutation SpecDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId } }`), { id: appointment.id });

  const product = stack.sandbox.store.productsOfLocation(stack.locationId).find((p) => stack.sandbox.store.pricesOfProduct(p.id).length > 0)!;
  const price = stack.sandbox.store.pricesOfProduct(product.id)[0]!;
  await run(graphql(`query SpecPrice($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { product { ghlId } } }`), { p: product.id, id: price.id });
  await run(graphql(`mutation SpecUpdatePrice($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: 10 }) { price { ghlId } } }`), {
    p: product.id,
    id: price.id,
  });
  await run(graphql(`mutation SpecDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId } }`), { p: product.id, id: price.id });

  const seen = new Set<SpecOperationName>();
  const problems: string[] = [];
  for (const call of stack.sandbox.requests.entries) {
    const op = operationOf(call.method, call.path);
    if (!op) {
      problems.push(`${call.method} ${call.path}: no operation of the files`);
      continue;
    }
    seen.add(op.name);
    if (call.version !== op.entry.version) problems.push(`${op.name}: Version ${call.version}, the file says ${op.entry.version}`);
    for (const problem of validateRequest(op.name, { path: op.path, query: call.query, body: call.body })) problems.push(`${op.name}: ${problem}`);
  }
  expect(problems).toEqual([]);
  expect([...seen]).toEqual(
    expect.arrayContaining([
      'calendarsGetGroups', 'calendarsCreateCalendarGroup', 'calendarsValidateGroupsSlug', 'calendarsEditGroup', 'calendarsDisableGroup',
      'calendarsDeleteGroup', 'calendarsUpdateCalendar', 'calendarsDeleteCalendar', 'calendarsGetAppointmentNotes',
      'calendarsCreateAppointmentNote', 'calendarsUpdateAppointmentNote', 'calendarsDeleteAppointmentNote', 'calendarsDeleteEvent',
      'productsGetPriceByIdForProduct', 'productsUpdatePriceByIdForProduct', 'productsDeletePriceByIdForProduct',
    ]),
  );
});
