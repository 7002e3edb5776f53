/**
 * The REST calls the gateway really sends for the example screens, as the sandbox logged them,
 * checked against GHL's official files through the generated catalog: each is an operation the
 * files declare, with the Version they declare, and path parameters, query and body the file
 * accepts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { specOperations, type SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { validateRequest } from '../openapi/validator.ts';
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

const document = (file: string) => readFileSync(resolve(import.meta.dirname, '../examples', file), 'utf8');

async function run(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await stack.gql(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

it('sends only declared operations, with their Version, path parameters, query and body, for the example screens and writes', async () => {
  const { pipelines } = await run(`{ pipelines { id stages { id } } }`);
  const { calendars } = await run(`{ calendars { id isActive } }`);
  const { opportunities } = await run(`{ opportunities(first: 100) { edges { node { contact { id } } } } }`);
  const contactId = opportunities.edges.find((edge: any) => edge.node.contact).node.contact.id;
  const weekStart = new Date(Date.now() - 3 * DAY_MS);

  await run(document('pipeline-board.graphql'), { pipelineId: pipelines[0].id });
  await run(document('inbox.graphql'));
  await run(document('contact-360.graphql'), { id: contactId });
  await run(document('invoice-list.graphql'), { first: 5 });
  await run(document('calendar-week.graphql'), {
    calendarId: calendars.find((calendar: any) => calendar.isActive).id,
    weekStart: weekStart.toISOString(),
    weekEnd: new Date(weekStart.getTime() + 7 * DAY_MS).toISOString(),
    firstDay: new Date(Date.now() + DAY_MS).toISOString().slice(0, 10),
    lastDay: new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10),
  });
  // Writes carry bodies: the reply box, and a contact, a note and a deal made and moved.
  const { createContact } = await run(
    `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`,
    { input: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.spec@example.com', phone: '+14155550199', country: 'GB', tags: ['lead'] } },
  );
  await run(document('send-reply.graphql'), { contactId: createContact.contact.id, text: 'On my way' });
  await run(`mutation ($c: ID!) { createContactNote(contactId: $c, input: { body: "Met at the fair" }) { note { id } } }`, {
    c: createContact.contact.id,
  });
  const [first, second] = pipelines[0].stages;
  const { createOpportunity } = await run(
    `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
    { input: { contactId: createContact.contact.id, pipelineId: pipelines[0].id, stageId: first.id, name: 'Spec deal', monetaryValue: 12.5 } },
  );
  await run(`mutation ($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }`, {
    id: createOpportunity.opportunity.id,
    s: second.id,
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
