/** Invoices, end to end: the gateway over loopback HTTP to the sandbox, state checked through REST. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Invoice, User } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { CreateInvoiceInput, InvoiceStatus, InvoicesPageQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { type GqlResponse, useStack } from './support/stack.ts';
import { expectError } from './support/expect-error.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const owner = () => `altId=${stack.locationId}&altType=location`;
/** An invoice as GHL returns it: the stored record with its id under `_id` (sandbox/model/invoices.ts). */
type InvoiceBody = Omit<Invoice, 'id'> & { _id: string };
const restInvoices = async (query = '') =>
  (await rest<{ invoices: InvoiceBody[]; total: number }>('GET', `/invoices/?${owner()}&limit=100&offset=0${query}`)).body;
const restInvoice = async (id: string) => rest<InvoiceBody>('GET', `/invoices/${id}?${owner()}`);
const firstInvoice = async () => (await restInvoices()).invoices[0]!;
const someContact = async () =>
  (await rest<{ contacts: Contact[] }>('GET', `/contacts/?locationId=${stack.locationId}&limit=50`)).body.contacts.find(
    (c) => c.email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email),
  )!;
const someUserId = async () => (await rest<{ users: User[] }>('GET', `/users/?locationId=${stack.locationId}`)).body.users[0]!.id;

/** GHL's status (`partially_paid`) as the schema's enum value (`PARTIALLY_PAID`). */
const statusOf = (ghlStatus: string) => ghlStatus.toUpperCase() as InvoiceStatus;
const INVOICE_GLOBAL_ID = graphql(`query InvoicesGlobalId($id: ID!) { invoice(id: $id) { id } }`);

describe('reading invoices', () => {
  it('lists a location’s invoices as a connection, with GHL’s total', async () => {
    const stored = await restInvoices();
    expect(stored.total).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query InvoicesFirstFive { invoices(first: 5) { totalCount edges { node { ghlId } } pageInfo { hasNextPage hasPreviousPage } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.invoices!.totalCount).toBe(stored.total);
    expect(data.invoices!.edges.map((e) => e.node.ghlId)).toEqual(stored.invoices.slice(0, 5).map((i) => i._id));
    expect(data.invoices!.pageInfo).toEqual({ hasNextPage: stored.total > 5, hasPreviousPage: false });
  });

  it('pages through every invoice with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 100; page++) {
      const page: GqlResponse<InvoicesPageQuery> = await stack.gql(
        graphql(`query InvoicesPage($after: String) { invoices(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ghlId } } } }`),
        { after },
      );
      expect(page.errors).toBeUndefined();
      const invoices = page.data.invoices!;
      totalCount = invoices.totalCount!;
      expect(invoices.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...invoices.edges.map((e) => e.node.ghlId));
      if (!invoices.pageInfo.hasNextPage) break;
      after = invoices.pageInfo.endCursor ?? null;
    }
    expect(totalCount).toBeGreaterThan(7);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('filters by status, contact, issue dates and search, as GHL does', async () => {
    const all = (await restInvoices()).invoices;
    const paid = await restInvoices('&status=paid');
    const byStatus = await stack.gql(graphql(`query InvoicesPaid { invoices(status: PAID, first: 100) { totalCount edges { node { ghlId status } } } }`));
    expect(byStatus.errors).toBeUndefined();
    expect(byStatus.data.invoices!.totalCount).toBe(paid.total);
    expect(byStatus.data.invoices!.edges.every((e) => e.node.status === 'PAID')).toBe(true);

    const contactId = all[0]!.contactDetails.id;
    const ofContact = await restInvoices(`&contactId=${contactId}`);
    const byContact = await stack.gql(
      graphql(`query InvoicesOfContact($c: ID) { invoices(contactId: $c, first: 100) { totalCount edges { node { ghlId contactDetails { contactId } } } } }`),
      { c: contactId },
    );
    expect(byContact.data.invoices!.edges.map((e) => e.node.ghlId)).toEqual(ofContact.invoices.map((i) => i._id));
    expect(byContact.data.invoices!.edges.every((e) => e.node.contactDetails?.contactId === contactId)).toBe(true);

    const day = all[0]!.issueDate;
    const onDay = await restInvoices(`&startAt=${day}&endAt=${day}`);
    const byDay = await stack.gql(
      graphql(`query InvoicesIssuedOn($d: Date) { invoices(startAt: $d, endAt: $d, first: 100) { totalCount edges { node { issueDate } } } }`),
      { d: day },
    );
    expect(byDay.errors).toBeUndefined();
    expect(byDay.data.invoices!.totalCount).toBe(onDay.total);
    expect(byDay.data.invoices!.edges.every((e) => e.node.issueDate === day)).toBe(true);

    const name = all[0]!.contactDetails.name;
    const searched = await restInvoices(`&search=${encodeURIComponent(name)}`);
    const bySearch = await stack.gql(graphql(`query InvoicesSearch($q: String) { invoices(query: $q, first: 100) { totalCount } }`), { q: name });
    expect(bySearch.data.invoices!.totalCount).toBe(searched.total);
    expect(searched.total).toBeGreaterThan(0);
  });

  it('reads one invoice by GHL id, by global id and through node(id), with what GHL stores', async () => {
    const listed = await firstInvoice();
    const stored = (await restInvoice(listed._id)).body;
    const byGhlId = await stack.gql(
      graphql(`query InvoicesAllFields($id: ID!) { invoice(id: $id) {
        id ghlId locationId name title number status liveMode currency issueDate dueDate
        total invoiceTotal amountPaid amountDue
        items { ghlId name description qty amount currency }
        discount { type value }
        totalSummary { subTotal discount tax }
        contactDetails { contactId name email phone }
      } }`),
      { id: stored._id },
    );
    expect(byGhlId.errors).toBeUndefined();
    const invoice = byGhlId.data.invoice!;
    expect(invoice).toMatchObject({
      ghlId: stored._id,
      locationId: stack.locationId,
      name: stored.name,
      number: String(stored.invoiceNumber),
      status: statusOf(stored.status),
      currency: stored.currency,
      issueDate: stored.issueDate,
      dueDate: stored.dueDate,
      total: stored.total,
      amountPaid: stored.amountPaid,
      amountDue: stored.amountDue,
      totalSummary: { subTotal: stored.totalSummary.subTotal, discount: stored.totalSummary.discount, tax: stored.totalSummary.tax },
      contactDetails: { contactId: stored.contactDetails.id, name: stored.contactDetails.name },
    });
    expect(invoice.items).toEqual(
      stored.invoiceItems.map((item) => ({
        ghlId: item._id,
        name: item.name,
        description: item.description ?? null,
        qty: item.qty,
        amount: item.amount,
        currency: item.currency,
      })),
    );

    const again = await stack.gql(
      graphql(`query InvoicesByGlobalIdAndNode($id: ID!) { invoice(id: $id) { ghlId } node(id: $id) { id ... on Invoice { ghlId } } }`),
      { id: invoice.id },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ invoice: { ghlId: stored._id }, node: { id: invoice.id, ghlId: stored._id } });
  });

  it('links an invoice to its contact and location, and contacts and locations to their invoices', async () => {
    const listed = await firstInvoice();
    const contactId = listed.contactDetails.id;
    const ofContact = await restInvoices(`&contactId=${contactId}`);
    const { data, errors } = await stack.gql(
      graphql(`query InvoicesLinks($id: ID!, $c: ID!, $status: InvoiceStatus) {
         invoice(id: $id) { contact { ghlId } location { ghlId } }
         contact(id: $c) { invoices(first: 50) { totalCount edges { node { ghlId } } } }
         location { invoices(first: 3, status: $status) { edges { node { status locationId } } } }
       }`),
      { id: listed._id, c: contactId, status: statusOf(listed.status) },
    );
    expect(errors).toBeUndefined();
    expect(data.invoice).toEqual({ contact: { ghlId: contactId }, location: { ghlId: stack.locationId } });
    expect(data.contact!.invoices!.totalCount).toBe(ofContact.total);
    expect(data.contact!.invoices!.edges.map((e) => e.node.ghlId)).toEqual(ofContact.invoices.map((i) => i._id));
    for (const { node } of data.location!.invoices!.edges) {
      expect(node).toEqual({ status: statusOf(listed.status), locationId: stack.locationId });
    }
  });
});

describe('writing invoices', () => {
  const CREATE = graphql(
    `mutation InvoicesCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId status name currency total amountDue amountPaid issueDate dueDate items { name qty amount currency } discount { type value } contactDetails { contactId name email } contact { ghlId } } } }`,
  );

  const newInvoice = async (contactId: string, overrides: Partial<CreateInvoiceInput> = {}) => {
    const response = await stack.gql(CREATE, {
      input: {
        contactId,
        name: 'Spring services',
        currency: 'USD',
        issueDate: '2030-03-01',
        dueDate: '2030-03-31',
        items: [
          { name: 'Consulting', description: 'March', qty: 2, amount: 150 },
          { name: 'Setup', qty: 1, amount: 100 },
        ],
        discount: { type: 'PERCENTAGE', value: 10 },
        ...overrides,
      },
    });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data.createInvoice.invoice!;
  };

  it('creates an invoice from a contact, sends it, records a part payment, then the rest', async () => {
    const contact = await someContact();
    const invoice = await newInvoice(contact.id);
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      name: 'Spring services',
      currency: 'USD',
      issueDate: '2030-03-01',
      dueDate: '2030-03-31',
      total: 360,
      amountDue: 360,
      amountPaid: 0,
      discount: { type: 'percentage', value: 10 },
      contactDetails: { contactId: contact.id, email: contact.email },
      contact: { ghlId: contact.id },
    });
    expect(invoice.items).toEqual([
      { name: 'Consulting', qty: 2, amount: 150, currency: 'USD' },
      { name: 'Setup', qty: 1, amount: 100, currency: 'USD' },
    ]);
    const stored = (await restInvoice(invoice.ghlId)).body;
    expect(stored).toMatchObject({ _id: invoice.ghlId, status: 'draft', altId: stack.locationId, total: 360 });
    expect(stored.contactDetails).toMatchObject({ id: contact.id, email: contact.email });

    const sent = await stack.gql(
      graphql(`mutation InvoicesSendManually($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { ghlId status } } }`),
      { id: invoice.id, u: await someUserId() },
    );
    expect(sent.errors, JSON.stringify(sent.errors)).toBeUndefined();
    expect(sent.data.sendInvoice.invoice).toEqual({ ghlId: invoice.ghlId, status: 'SENT' });
    expect((await restInvoice(invoice.ghlId)).body.status).toBe('sent');

    const part = await stack.gql(
      graphql(`mutation InvoicesPayPartByCheque($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CHEQUE, amount: 60, cheque: { number: "1042" }, notes: "first part" }) {
         success invoice { status amountPaid amountDue } } }`),
      { id: invoice.ghlId },
    );
    expect(part.errors, JSON.stringify(part.errors)).toBeUndefined();
    expect(part.data.recordInvoicePayment).toEqual({ success: true, invoice: { status: 'PARTIALLY_PAID', amountPaid: 60, amountDue: 300 } });
    expect((await restInvoice(invoice.ghlId)).body).toMatchObject({ status: 'partially_paid', amountPaid: 60, amountDue: 300 });

    const rest_ = await stack.gql(
      graphql(`mutation InvoicesPayRestByCard($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 300, card: { brand: "visa", last4: "4242" }, notes: "the rest" }) {
         invoice { status amountPaid amountDue } } }`),
      { id: invoice.id },
    );
    expect(rest_.errors, JSON.stringify(rest_.errors)).toBeUndefined();
    expect(rest_.data.recordInvoicePayment.invoice).toEqual({ status: 'PAID', amountPaid: 360, amountDue: 0 });
    expect((await restInvoice(invoice.ghlId)).body).toMatchObject({ status: 'paid', amountPaid: 360, amountDue: 0 });
  });

  it('voids an invoice', async () => {
    const contact = await someContact();
    const invoice = await newInvoice(contact.id, { discount: null, items: [{ name: 'Audit', qty: 1, amount: 99.5 }] });
    expect(invoice.total).toBe(99.5);
    const voided = await stack.gql(graphql(`mutation InvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { ghlId status } } }`), { id: invoice.id });
    expect(voided.errors, JSON.stringify(voided.errors)).toBeUndefined();
    expect(voided.data.voidInvoice.invoice).toEqual({ ghlId: invoice.ghlId, status: 'VOID' });
    expect((await restInvoice(invoice.ghlId)).body.status).toBe('void');
  });

  it('refuses bad input before any call to GHL', async () => {
    const contact = await someContact();
    const base: CreateInvoiceInput = { contactId: contact.id, name: 'X', currency: 'USD', issueDate: '2030-03-01', items: [{ name: 'A', qty: 1, amount: 10 }] };
    const badCreates: CreateInvoiceInput[] = [
      { ...base, currency: 'usd' },
      { ...base, currency: 'XYZ' },
      { ...base, items: [] },
      { ...base, items: [{ name: 'A', qty: 0, amount: 10 }] },
      { ...base, items: [{ name: 'A', qty: 1, amount: -5 }] },
      { ...base, items: [{ name: ' ', qty: 1, amount: 5 }] },
      { ...base, name: '  ' },
      { ...base, dueDate: '2030-02-01' },
      { ...base, discount: { type: 'PERCENTAGE', value: 120 } },
      { ...base, discount: { type: 'FIXED', value: -1 } },
      { ...base, contactId: '' },
      { ...base, invoiceNumber: 'INV-1' },
    ];
    stack.sandbox.requests.clear();
    for (const input of badCreates) {
      const response = await stack.gql(CREATE, { input });
      expectError(response, 'BAD_USER_INPUT', ['createInvoice']);
    }
    const listed = await firstInvoice();
    stack.sandbox.requests.clear();
    // A table of refused requests, read only for their error: sent as text.
    const badOthers: [string, Record<string, unknown>, string][] = [
      [`query { invoices(first: 500) { totalCount } }`, {}, 'invoices'],
      [`query { invoices(after: "not-a-cursor") { totalCount } }`, {}, 'invoices'],
      [`query { invoices(startAt: "2030-02-01", endAt: "2030-01-01") { totalCount } }`, {}, 'invoices'],
      [`mutation ($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 0, notes: "n" }) { success } }`, { id: listed._id }, 'recordInvoicePayment'],
      [`mutation ($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 5, notes: "n" }) { success } }`, { id: listed._id }, 'recordInvoicePayment'],
      [`mutation ($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 5, card: { brand: "visa", last4: "42" }, notes: "n" }) { success } }`, { id: listed._id }, 'recordInvoicePayment'],
      [`mutation ($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, cheque: { number: "1" }, notes: "n" }) { success } }`, { id: listed._id }, 'recordInvoicePayment'],
      [`mutation ($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, notes: " " }) { success } }`, { id: listed._id }, 'recordInvoicePayment'],
      [`mutation ($id: ID!) { sendInvoice(id: $id, input: { userId: "", action: EMAIL }) { invoice { id } } }`, { id: listed._id }, 'sendInvoice'],
      [`mutation ($id: ID!) { voidInvoice(id: $id) { invoice { id } } }`, { id: Buffer.from('Contact:abc').toString('base64') }, 'voidInvoice'],
    ];
    for (const [query, variables, field] of badOthers) {
      expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', [field]);
    }
    expect(stack.sandbox.requests.count()).toBe(0);
    expect(stack.gateway.client.stats.count()).toBe(0);
  });

  it('reports an unknown invoice as NOT_FOUND on its own field, the rest of the query resolving', async () => {
    const response = await stack.gql(graphql(`query InvoicesUnknownNextToLocation { invoice(id: "inv0000000000000000000") { ghlId } location { ghlId } }`));
    expectError(response, 'NOT_FOUND', ['invoice']);
    expect(response.data).toEqual({ invoice: null, location: { ghlId: stack.locationId } });
    const voided = await stack.gql(graphql(`mutation InvoicesVoidUnknown { voidInvoice(id: "inv0000000000000000000") { invoice { id } } }`));
    expectError(voided, 'NOT_FOUND', ['voidInvoice']);
  });

  it('refuses another location’s invoices as FORBIDDEN', async () => {
    const listed = await firstInvoice();
    const list = await stack.gql(graphql(`query InvoicesOfLocation($l: ID) { invoices(locationId: $l) { totalCount } }`), { l: stack.otherLocationId });
    expectError(list, 'FORBIDDEN', ['invoices']);
    const ONE = graphql(`query InvoicesOne($id: ID!) { invoice(id: $id) { ghlId } }`);
    const one = await stack.gql(ONE, { id: listed._id }, { token: stack.otherToken });
    expect(one.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|NOT_FOUND/);
    const global = (await stack.gql(INVOICE_GLOBAL_ID, { id: listed._id })).data.invoice!.id;
    const byGlobal = await stack.gql(ONE, { id: global }, { token: stack.otherToken });
    expectError(byGlobal, 'FORBIDDEN', ['invoice']);
  });
});

describe('batching', () => {
  it('20 invoices with their contacts cost the list call plus one call per distinct contact at most', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query InvoicesWithContacts { invoices(first: 20) { edges { node { ghlId contactDetails { contactId } contact { ghlId name } } } } }`),
    );
    expect(errors).toBeUndefined();
    const nodes = data.invoices!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(20);
    for (const node of nodes) expect(node.contact!.ghlId).toBe(node.contactDetails!.contactId);
    const distinct = new Set(nodes.map((n) => n.contactDetails!.contactId));
    const stats = stack.gateway.client.stats;
    expect(stats.count('listInvoices')).toBe(1);
    expect(stats.count('getContact')).toBeLessThanOrEqual(distinct.size);
    expect(stats.count('getInvoice')).toBe(0);
    expect(stats.count()).toBe(1 + stats.count('getContact'));
  });

  it('the same invoice asked for by raw and global id in one request is read once', async () => {
    const listed = await firstInvoice();
    const globalId = (await stack.gql(INVOICE_GLOBAL_ID, { id: listed._id })).data.invoice!.id;
    stack.gateway.client.stats.reset();
    // Aliases made in a loop: the document is built at run time, so it goes as text.
    const aliases = Array.from({ length: 6 }, (_, i) => `i${i}: invoice(id: "${i % 2 ? globalId : listed._id}") { ghlId }`).join('\n');
    const { data, errors } = await stack.gqlUntyped(`{ ${aliases} n: node(id: "${globalId}") { ... on Invoice { ghlId } } }`);
    expect(errors).toBeUndefined();
    expect(new Set(Object.values(data as Record<string, { ghlId: string }>).map((v) => v.ghlId))).toEqual(new Set([listed._id]));
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getInvoice: { 200: 1 } });
  });
});
