/**
 * Text to pay and the visits of invoices and estimates, end to end: the gateway over loopback HTTP
 * to the sandbox, answers checked against the sandbox's store, every REST call against GHL's file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { graphql } from './generated/gql.ts';
import type { CreateInvoiceInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
const sent = new Set<SpecOperationName>();
beforeEach(() => stack.sandbox.requests.clear());
afterEach(() => {
  const { problems, seen } = checkCalls(stack.sandbox.requests.entries);
  for (const name of seen) sent.add(name);
  expect(problems).toEqual([]);
});

const store = () => stack.sandbox.store;
const someContact = () => store().contactsOfLocation(stack.locationId).find((contact) => contact.email)!;
const someUserId = () => store().usersOfLocation(stack.locationId)[0]!.id;
const newInvoice = (fields: Partial<CreateInvoiceInput> = {}): CreateInvoiceInput => ({
  contactId: someContact().id,
  name: 'Lawn care',
  currency: 'USD',
  items: [{ name: 'Mowing', qty: 2, amount: 40 }],
  issueDate: '2026-03-01',
  ...fields,
});
const TEXT_TO_PAY = graphql(`
  mutation InvoiceTextToPay($input: TextToPayInvoiceInput!) {
    textToPayInvoice(input: $input) { invoiceUrl invoice { id ghlId status total number contact { ghlId } } }
  }
`);
const INVOICE_STATUS = graphql(`query InvoiceTextToPayReadBack($id: ID!) { invoice(id: $id) { status total } }`);

describe('text to pay', () => {
  it('writes an invoice for the contact and sends it at once, with the link it is paid at', async () => {
    const contact = someContact();
    const { data, errors } = await stack.gql(TEXT_TO_PAY, { input: { invoice: newInvoice(), userId: someUserId() } });
    expect(errors).toBeUndefined();
    const { invoice, invoiceUrl } = data.textToPayInvoice;
    expect(invoice).toMatchObject({ status: 'SENT', total: 80, contact: { ghlId: contact.id } });
    expect(invoiceUrl).toContain(invoice.ghlId);
    expect(store().invoices.get(invoice.ghlId)).toMatchObject({ status: 'sent', total: 80, altId: stack.locationId, contactDetails: { id: contact.id, email: contact.email } });
    // A later request reads the invoice as GHL stores it.
    const read = await stack.gql(INVOICE_STATUS, { id: invoice.id });
    expect(read.data.invoice).toEqual({ status: 'SENT', total: 80 });
  });

  it('keeps it a draft when asked, and rewrites that draft under its number', async () => {
    const draft = await stack.gql(TEXT_TO_PAY, { input: { invoice: newInvoice(), userId: someUserId(), send: false } });
    expect(draft.errors).toBeUndefined();
    const first = draft.data.textToPayInvoice.invoice;
    expect(first.status).toBe('DRAFT');

    const rewritten = await stack.gql(TEXT_TO_PAY, {
      input: { invoice: newInvoice({ items: [{ name: 'Mowing', qty: 3, amount: 40 }] }), userId: someUserId(), replacesInvoiceId: first.id },
    });
    expect(rewritten.errors).toBeUndefined();
    expect(rewritten.data.textToPayInvoice.invoice).toMatchObject({ ghlId: first.ghlId, number: first.number, status: 'SENT', total: 120 });
    expect(store().invoices.get(first.ghlId)).toMatchObject({ status: 'sent', total: 120 });
    // A sent invoice is no draft: text to pay does not rewrite it.
    const again = await stack.gql(TEXT_TO_PAY, { input: { invoice: newInvoice(), userId: someUserId(), replacesInvoiceId: first.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input before any call', async () => {
    const refusals: Array<[Partial<CreateInvoiceInput>, string?]> = [[{ name: ' ' }], [{ items: [] }], [{ currency: 'US' }], [{ dueDate: '2026-02-01' }]];
    for (const [fields] of refusals) {
      expectError(await stack.gql(TEXT_TO_PAY, { input: { invoice: newInvoice(fields), userId: someUserId() } }), 'BAD_USER_INPUT', ['textToPayInvoice']);
    }
    expectError(await stack.gql(TEXT_TO_PAY, { input: { invoice: newInvoice(), userId: ' ' } }), 'BAD_USER_INPUT', ['textToPayInvoice']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('visits', () => {
  it('records that an invoice was opened, and answers it read afresh', async () => {
    const invoice = store().invoicesOfLocation(stack.locationId)[0]!;
    const before = Date.now();
    const { data, errors } = await stack.gql(
      graphql(`mutation InvoiceVisit($id: ID!) { recordInvoiceVisit(id: $id) { invoice { ghlId lastVisitedAt } } }`),
      { id: invoice.id },
    );
    expect(errors).toBeUndefined();
    const visited = Date.parse(store().invoices.get(invoice.id)!.lastVisitedAt!);
    expect(visited).toBeGreaterThanOrEqual(before - 1000);
    expect(data.recordInvoiceVisit.invoice).toEqual({ ghlId: invoice.id, lastVisitedAt: new Date(visited).toISOString() });
    expect(stack.sandbox.requests.entries.map((call) => `${call.method} ${call.path}`)).toEqual([
      'PATCH /invoices/stats/last-visited-at',
      `GET /invoices/${invoice.id}`,
    ]);
  });

  it('records that an estimate was opened, as the estimate list then shows', async () => {
    const estimate = store().estimatesOfLocation(stack.locationId)[0]!;
    const before = estimate.lastVisitedAt;
    const { data, errors } = await stack.gql(
      graphql(`mutation EstimateVisit($id: ID!) { recordEstimateVisit(estimateId: $id) { succeeded } }`),
      { id: estimate.id },
    );
    expect(errors).toBeUndefined();
    expect(data.recordEstimateVisit).toEqual({ succeeded: true });
    const after = store().estimates.get(estimate.id)!.lastVisitedAt;
    expect(after > before).toBe(true);
    const listed = await stack.gql(graphql(`query EstimateVisitReadBack { estimates(first: 50) { edges { node { ghlId lastVisitedAt } } } }`));
    expect(listed.data.estimates!.edges.find(({ node }) => node.ghlId === estimate.id)?.node.lastVisitedAt).toBe(after);
  });

  it('refuses a blank id before any call, and names an unknown one NOT_FOUND', async () => {
    expectError(await stack.gql(graphql(`mutation InvoiceVisitBlank { recordInvoiceVisit(id: " ") { invoice { id } } }`)), 'BAD_USER_INPUT');
    expectError(await stack.gql(graphql(`mutation EstimateVisitBlank { recordEstimateVisit(estimateId: " ") { succeeded } }`)), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.entries).toEqual([]);
    expectError(await stack.gql(graphql(`mutation EstimateVisitUnknown { recordEstimateVisit(estimateId: "no-such-estimate") { succeeded } }`)), 'NOT_FOUND');
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expect([...sent]).toEqual(
    expect.arrayContaining(['invoicesText2payInvoice', 'invoicesUpdateInvoiceLastVisitedAt', 'invoicesUpdateEstimateLastVisitedAt', 'invoicesGetInvoice']),
  );
});
