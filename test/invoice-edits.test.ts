/**
 * Editing and deleting invoices, the next invoice number and the location's invoice settings, end to end: the gateway over
 * loopback HTTP to the sandbox, state read back from the sandbox, every REST call checked against
 * GHL's file, the webhooks GHL sends for each write received.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const stack = useStack();
let hooks: WebhookReceiver<{ type: string; _id?: string; name?: string }>;
beforeAll(async () => {
  hooks = await startWebhookReceiver();
  stack.sandbox.webhooks.urls = [hooks.url];
});
afterAll(() => hooks.close());
beforeEach(() => {
  stack.sandbox.requests.clear();
  hooks.received.length = 0;
});

const CREATE = graphql(`mutation InvoicesEditsCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId number total } } }`);
const UPDATE = graphql(`
  mutation InvoicesEditsUpdate($id: ID!, $input: UpdateInvoiceInput!) {
    updateInvoice(id: $id, input: $input) {
      invoice { id ghlId name title number status issueDate dueDate total amountDue items { name qty amount currency } discount { type value } }
    }
  }
`);
const DELETE = graphql(`mutation InvoicesEditsDelete($id: ID!) { deleteInvoice(id: $id) { deletedId deletedGhlId } }`);
const READ = graphql(`query InvoicesEditsRead($id: ID!) { invoice(id: $id) { ghlId name } }`);
const NEXT = graphql(`query InvoicesEditsNextNumber { nextInvoiceNumber }`);

const stored = (ghlId: string) => stack.sandbox.store.invoices.get(ghlId);
const someContactId = () => stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => c.email)!.id;

async function draft() {
  const { data, errors } = await stack.gql(CREATE, {
    input: {
      contactId: someContactId(),
      name: 'Website build',
      currency: 'USD',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      items: [{ name: 'Design', qty: 2, amount: 150 }],
    },
  });
  expect(errors).toBeUndefined();
  stack.sandbox.requests.clear();
  return data.createInvoice.invoice;
}

const expectCallsMatchFile = () => expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);
/** The webhook GHL sends for a write arrives on its own time, after those of earlier writes perhaps. */
const expectWebhook = (type: string, ghlId: string) =>
  expect.poll(() => hooks.received.filter((event) => event.type === type && event._id === ghlId)).toHaveLength(1);

describe('editing an invoice', () => {
  it('replaces the lines and dates, with totals computed again, visible on read-back', async () => {
    const invoice = await draft();
    const { data, errors } = await stack.gql(UPDATE, {
      id: invoice.id,
      input: {
        name: 'Website build and hosting',
        items: [
          { name: 'Design', qty: 2, amount: 150 },
          { name: 'Hosting', qty: 12, amount: 10, description: 'monthly' },
        ],
        discount: { type: 'FIXED', value: 20 },
        dueDate: '2026-04-15',
      },
    });
    expect(errors).toBeUndefined();
    const after = stored(invoice.ghlId)!;
    expect(after).toMatchObject({ name: 'Website build and hosting', dueDate: '2026-04-15', issueDate: '2026-03-01', total: 400, amountDue: 400 });
    expect(data.updateInvoice.invoice).toMatchObject({
      ghlId: invoice.ghlId,
      name: after.name,
      title: after.title,
      number: invoice.number,
      status: 'DRAFT',
      dueDate: '2026-04-15',
      total: 400,
      amountDue: 400,
      discount: { type: 'fixed', value: 20 },
      items: [
        { name: 'Design', qty: 2, amount: 150, currency: 'USD' },
        { name: 'Hosting', qty: 12, amount: 10, currency: 'USD' },
      ],
    });
    await expectWebhook('InvoiceUpdate', invoice.ghlId);
    expectCallsMatchFile();
  });

  it('keeps what the input leaves out: the lines, the discount and the dates', async () => {
    const invoice = await draft();
    const before = stored(invoice.ghlId)!;
    const { data, errors } = await stack.gql(UPDATE, { id: invoice.id, input: { title: 'QUOTE', termsNotes: 'Net 30' } });
    expect(errors).toBeUndefined();
    const after = stored(invoice.ghlId)!;
    expect(after).toMatchObject({ title: 'QUOTE', termsNotes: 'Net 30', total: before.total, issueDate: before.issueDate, dueDate: before.dueDate });
    expect(after.invoiceItems.map(({ name, qty, amount }) => ({ name, qty, amount }))).toEqual([{ name: 'Design', qty: 2, amount: 150 }]);
    expect(data.updateInvoice.invoice.title).toBe('QUOTE');
    // The invoice was read once to fill in the PUT, then written once.
    expect(stack.sandbox.requests.entries.map((call) => call.method)).toEqual(['GET', 'PUT']);
    expectCallsMatchFile();
  });

  it('refuses bad input before any call', async () => {
    const invoice = await draft();
    const refusals = [
      {},
      { name: '  ' },
      { items: [] },
      { items: [{ name: 'Design', qty: 0, amount: 150 }] },
      { discount: { type: 'PERCENTAGE' as const, value: 120 } },
      { issueDate: '2026-05-01', dueDate: '2026-04-01' },
      { invoiceNumber: 'INV-7' },
    ];
    for (const input of refusals) expectError(await stack.gql(UPDATE, { id: invoice.id, input }), 'BAD_USER_INPUT', ['updateInvoice']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });

  it('passes on GHL’s refusal to edit a paid invoice as BAD_USER_INPUT', async () => {
    const paid = stack.sandbox.store.invoicesOfLocation(stack.locationId).find((i) => i.status === 'paid')!;
    expectError(await stack.gql(UPDATE, { id: paid.id, input: { name: 'Renamed' } }), 'BAD_USER_INPUT', ['updateInvoice']);
    expect(stored(paid.id)!.name).toBe(paid.name);
  });
});

describe('late fees', () => {
  const FEES = graphql(`mutation InvoicesLateFees($id: ID!, $input: LateFeesInput!) {
    updateInvoiceLateFees(id: $id, input: $input) { invoice { ghlId lateFees { enabled type value interval intervalCount graceDays maxTotal } } }
  }`);

  it('sets an invoice’s late fees, as the sandbox stores them', async () => {
    const invoice = await draft();
    const { data, errors } = await stack.gql(FEES, {
      id: invoice.id,
      input: { enabled: true, type: 'PERCENTAGE', value: 1.5, every: { interval: 'MONTH', count: 1 }, graceDays: 7, maxTotal: 100 },
    });
    expect(errors).toBeUndefined();
    expect(data.updateInvoiceLateFees.invoice.lateFees).toEqual({
      enabled: true, type: 'percentage', value: 1.5, interval: 'MONTH', intervalCount: 1, graceDays: 7, maxTotal: 100,
    });
    expect(stored(invoice.ghlId)!.lateFeesConfiguration).toEqual({
      enable: true, type: 'percentage', value: 1.5, frequency: { interval: 'month', intervalCount: 1 }, grace: { interval: 'day', intervalCount: 7 }, maxLateFees: { type: 'fixed', value: 100 },
    });
    await expectWebhook('InvoiceUpdate', invoice.ghlId);
    expectCallsMatchFile();
  });

  it('sets a template’s late fees', async () => {
    const template = stack.sandbox.store.invoiceTemplatesOfLocation(stack.locationId)[0]!;
    const { data, errors } = await stack.gql(
      graphql(`mutation InvoicesTemplateLateFees($id: ID!, $input: LateFeesInput!) { updateInvoiceTemplateLateFees(id: $id, input: $input) { invoiceTemplate { ghlId lateFees { type value interval } } } }`),
      { id: template.id, input: { enabled: true, type: 'FIXED', value: 25, every: { interval: 'ONE_TIME', count: 1 } } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateInvoiceTemplateLateFees.invoiceTemplate).toEqual({ ghlId: template.id, lateFees: { type: 'fixed', value: 25, interval: 'ONE_TIME' } });
    expect(stack.sandbox.store.invoiceTemplates.get(template.id)!.lateFeesConfiguration).toMatchObject({ enable: true, type: 'fixed', value: 25 });
    expectCallsMatchFile();
  });

  it('refuses bad late fees before any call', async () => {
    const invoice = await draft();
    const every = { interval: 'DAY' as const, count: 1 };
    for (const input of [
      { enabled: true, type: 'PERCENTAGE' as const, value: 150, every },
      { enabled: true, type: 'FIXED' as const, value: -1, every },
      { enabled: true, type: 'FIXED' as const, value: 5, every: { interval: 'DAY' as const, count: 0 } },
      { enabled: true, type: 'FIXED' as const, value: 5, every, graceDays: -2 },
      { enabled: true, type: 'FIXED' as const, value: 5, every, maxTotal: 0 },
    ]) {
      expectError(await stack.gql(FEES, { id: invoice.id, input }), 'BAD_USER_INPUT', ['updateInvoiceLateFees']);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('deleting an invoice', () => {
  it('deletes it: gone from the sandbox, not found by id, its global id given back', async () => {
    const invoice = await draft();
    const { data, errors } = await stack.gql(DELETE, { id: invoice.id });
    expect(errors).toBeUndefined();
    expect(data.deleteInvoice).toEqual({ deletedId: invoice.id, deletedGhlId: invoice.ghlId });
    expect(stored(invoice.ghlId)).toBeUndefined();
    await expectWebhook('InvoiceDelete', invoice.ghlId);
    expectCallsMatchFile();
    expectError(await stack.gql(READ, { id: invoice.id }), 'NOT_FOUND', ['invoice']);
  });

  it('refuses an invoice with a payment recorded, and keeps it', async () => {
    const paid = stack.sandbox.store.invoicesOfLocation(stack.locationId).find((i) => i.amountPaid > 0)!;
    expectError(await stack.gql(DELETE, { id: paid.id }), 'BAD_USER_INPUT', ['deleteInvoice']);
    expect(stored(paid.id)).toBeDefined();
  });
});

describe('the next invoice number', () => {
  it('is the one GHL gives the next invoice made without a number', async () => {
    const { data, errors } = await stack.gql(NEXT);
    expect(errors).toBeUndefined();
    const numbers = stack.sandbox.store.invoicesOfLocation(stack.locationId).map((i) => i.invoiceNumber);
    expect(data.nextInvoiceNumber).toBe(String(Math.max(...numbers) + 1));
    expectCallsMatchFile();
    const invoice = await draft();
    expect(invoice.number).toBe(data.nextInvoiceNumber);
  });
});

describe('invoice settings', () => {
  it('reads what a location’s new invoices and estimates start from, as GHL answers it', async () => {
    const rest = await ghlRest<Record<string, unknown>>(stack.sandbox, stack.token, 'GET', `/invoices/settings?altId=${stack.locationId}&altType=location`);
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(
      graphql(`query InvoicesSettings { location { invoiceSettings { locationId title termsNote invoiceNumberPrefix dueAfterDays minimumPartialPaymentPercent
        estimatesTitle estimatesTermsNote estimateNumberPrefix estimatesExpireAfterDays } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.location!.invoiceSettings).toEqual({
      locationId: stack.locationId,
      title: rest.body.title,
      termsNote: rest.body.termsNote,
      invoiceNumberPrefix: rest.body.invoiceNumberPrefix,
      dueAfterDays: rest.body.dueAfterXDays,
      minimumPartialPaymentPercent: rest.body.minimumPercentagePartialPayment,
      estimatesTitle: rest.body.estimatesTitle,
      estimatesTermsNote: rest.body.estimatesTermsNote,
      estimateNumberPrefix: rest.body.estimateNumberPrefix,
      estimatesExpireAfterDays: rest.body.estimatesExpireAfterXDays,
    });
    expect(stack.sandbox.requests.entries.filter((call) => call.path === '/invoices/settings')).toHaveLength(1);
    expectCallsMatchFile();
  });
});
