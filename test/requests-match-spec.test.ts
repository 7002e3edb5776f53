/**
 * The REST calls the gateway really sends for the example screens, as the sandbox logged them,
 * checked against GHL's official files through the generated catalog: each is an operation the
 * files declare, with the Version they declare, and path parameters, query and body the file
 * accepts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, it } from 'vitest';
import { specOperations } from '../src/ghl/generated/catalog.ts';
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
import { specProblems } from './support/spec-calls.ts';
import { useStack } from './support/stack.ts';

const DAY_MS = 86_400_000;

const stack = useStack();

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
  const { problems, seen, withBody } = specProblems(calls);
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
