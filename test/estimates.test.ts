/**
 * Estimates end to end: the gateway over loopback HTTP to the sandbox, state read back from the
 * sandbox's store, relationship fields counted at the REST edge, every REST call checked against
 * GHL's file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { CreateEstimateInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const ofLocation = () => stack.sandbox.store.estimatesOfLocation(stack.locationId);
const someContact = () => stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => c.email && c.name)!;
const someUserId = () => stack.sandbox.store.usersOfLocation(stack.locationId)[0]!.id;
const expectCallsMatchFile = () => expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);

const CREATE = graphql(`
  mutation EstimatesCreate($input: CreateEstimateInput!) {
    createEstimate(input: $input) { estimate { ghlId locationId name title number numberPrefix status currency total issueDate expiryDate
      items { name qty amount currency } discount { type value } contactDetails { contactId name } contact { ghlId } } }
  }
`);
const newEstimate = (fields: Partial<CreateEstimateInput> = {}): CreateEstimateInput => ({
  contactId: someContact().id,
  name: 'Kitchen remodel',
  currency: 'USD',
  items: [
    { name: 'Cabinets', qty: 1, amount: 1200 },
    { name: 'Labour', qty: 10, amount: 45 },
  ],
  discount: { type: 'PERCENTAGE', value: 10 },
  issueDate: '2026-02-01',
  expiryDate: '2026-03-01',
  ...fields,
});
async function created(fields: Partial<CreateEstimateInput> = {}) {
  const { data, errors } = await stack.gql(CREATE, { input: newEstimate(fields) });
  expect(errors).toBeUndefined();
  stack.sandbox.requests.clear();
  return data.createEstimate.estimate;
}

describe('reading estimates', () => {
  it('lists a location’s estimates, newest first, with GHL’s total, and filters as GHL does', async () => {
    const stored = [...ofLocation()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(stored.length).toBeGreaterThan(5);
    const { data, errors } = await stack.gql(
      graphql(`query EstimatesList { estimates(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status number total } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.estimates!.totalCount).toBe(stored.length);
    expect(data.estimates!.pageInfo.hasNextPage).toBe(true);
    expect(data.estimates!.edges.map((e) => e.node)).toEqual(
      stored.slice(0, 5).map((e) => ({ ghlId: e.id, status: e.estimateStatus.toUpperCase(), number: String(e.estimateNumber), total: e.total })),
    );

    const accepted = stored.filter((e) => e.estimateStatus === 'accepted');
    const byStatus = await stack.gql(graphql(`query EstimatesAccepted { estimates(status: ACCEPTED, first: 50) { totalCount edges { node { ghlId } } } }`));
    expect(byStatus.data.estimates!.edges.map((e) => e.node.ghlId)).toEqual(accepted.map((e) => e.id));

    const contactId = stored[0]!.contactDetails.id;
    const forContact = await stack.gql(
      graphql(`query EstimatesOfContact($c: ID!) { contact(id: $c) { estimates(first: 50) { totalCount edges { node { ghlId contactDetails { contactId } } } } } }`),
      { c: contactId },
    );
    expect(forContact.errors).toBeUndefined();
    expect(forContact.data.contact!.estimates!.edges.map((e) => e.node.ghlId)).toEqual(stored.filter((e) => e.contactDetails.id === contactId).map((e) => e.id));
    expectCallsMatchFile();
  });

  it('reads each listed estimate’s contact once per distinct contact, through the contact loader', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query EstimatesContacts { estimates(first: 50) { edges { node { contactDetails { contactId } contact { ghlId email } } } } }`),
    );
    expect(errors).toBeUndefined();
    const nodes = data.estimates!.edges.map((e) => e.node);
    for (const node of nodes) {
      expect(node.contact!.ghlId).toBe(node.contactDetails!.contactId);
      expect(node.contact!.email).toBe(stack.sandbox.store.contacts.get(node.contact!.ghlId)!.email);
    }
    const distinct = new Set(nodes.map((node) => node.contact!.ghlId));
    expect(distinct.size).toBeLessThan(nodes.length);
    const contactReads = stack.sandbox.requests.entries.filter((call) => call.method === 'GET' && call.path.startsWith('/contacts/'));
    expect(contactReads).toHaveLength(distinct.size);
    expect(stack.sandbox.requests.entries).toHaveLength(1 + distinct.size);
  });

  it('gives the next estimate number, the one a new estimate gets', async () => {
    const { data, errors } = await stack.gql(graphql(`query EstimatesNextNumber { nextEstimateNumber }`));
    expect(errors).toBeUndefined();
    expect(data.nextEstimateNumber).toBe(String(Math.max(...ofLocation().map((e) => e.estimateNumber)) + 1));
    expectCallsMatchFile();
    expect((await created()).number).toBe(data.nextEstimateNumber);
  });
});

describe('writing estimates', () => {
  it('creates a draft with the contact’s details and totals, as the sandbox stores it', async () => {
    const contact = someContact();
    const { data, errors } = await stack.gql(CREATE, { input: newEstimate() });
    expect(errors).toBeUndefined();
    const estimate = data.createEstimate.estimate;
    const stored = stack.sandbox.store.estimates.get(estimate.ghlId)!;
    expect(stored).toMatchObject({ altId: stack.locationId, name: 'Kitchen remodel', estimateStatus: 'draft', total: 1485 });
    expect(estimate).toMatchObject({
      locationId: stack.locationId,
      status: 'DRAFT',
      total: 1485,
      number: String(stored.estimateNumber),
      numberPrefix: 'EST-',
      issueDate: '2026-02-01T00:00:00.000Z',
      expiryDate: '2026-03-01T00:00:00.000Z',
      discount: { type: 'percentage', value: 10 },
      contactDetails: { contactId: contact.id, name: contact.name },
      contact: { ghlId: contact.id },
    });
    expect(estimate.items).toEqual([
      { name: 'Cabinets', qty: 1, amount: 1200, currency: 'USD' },
      { name: 'Labour', qty: 10, amount: 45, currency: 'USD' },
    ]);
    expectCallsMatchFile();
  });

  it('replaces an estimate, status included, visible on read-back', async () => {
    const estimate = await created();
    const { data, errors } = await stack.gql(
      graphql(`mutation EstimatesUpdate($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId name status total items { name } } } }`),
      { id: estimate.ghlId, input: { ...newEstimate({ name: 'Kitchen, smaller', items: [{ name: 'Cabinets', qty: 1, amount: 900 }], discount: null }), status: 'ACCEPTED' } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateEstimate.estimate).toEqual({ ghlId: estimate.ghlId, name: 'Kitchen, smaller', status: 'ACCEPTED', total: 900, items: [{ name: 'Cabinets' }] });
    expect(stack.sandbox.store.estimates.get(estimate.ghlId)).toMatchObject({ name: 'Kitchen, smaller', estimateStatus: 'accepted', total: 900 });
    expectCallsMatchFile();
  });

  it('sends an estimate: a draft becomes SENT, by the user named', async () => {
    const estimate = await created();
    const userId = someUserId();
    const { data, errors } = await stack.gql(
      graphql(`mutation EstimatesSend($id: ID!, $u: ID!) { sendEstimate(estimateId: $id, input: { userId: $u, action: EMAIL }) { estimate { ghlId status sentByUserId } } }`),
      { id: estimate.ghlId, u: userId },
    );
    expect(errors).toBeUndefined();
    expect(data.sendEstimate.estimate).toEqual({ ghlId: estimate.ghlId, status: 'SENT', sentByUserId: userId });
    expect(stack.sandbox.store.estimates.get(estimate.ghlId)!.estimateStatus).toBe('sent');
    expectCallsMatchFile();
  });

  it('makes an invoice from an estimate, marks it INVOICED, and links the two', async () => {
    const estimate = await created();
    const { data, errors } = await stack.gql(
      graphql(`mutation EstimatesInvoice($id: ID!) { createInvoiceFromEstimate(estimateId: $id) {
        invoice { ghlId status total items { name } contact { ghlId } }
        estimate { ghlId status invoice { ghlId } } } }`),
      { id: estimate.ghlId },
    );
    expect(errors).toBeUndefined();
    const { invoice, estimate: after } = data.createInvoiceFromEstimate;
    expect(stack.sandbox.store.invoices.get(invoice.ghlId)).toMatchObject({ status: 'draft', total: estimate.total, altId: stack.locationId });
    expect(invoice).toMatchObject({ status: 'DRAFT', total: estimate.total, items: [{ name: 'Cabinets' }, { name: 'Labour' }], contact: { ghlId: estimate.contactDetails!.contactId } });
    expect(after).toEqual({ ghlId: estimate.ghlId, status: 'INVOICED', invoice: { ghlId: invoice.ghlId } });
    // The invoice the mutation answered is primed: reading it through the estimate costs no call.
    expect(stack.sandbox.requests.entries.filter((call) => call.method === 'GET' && call.path.startsWith('/invoices/'))).toEqual([]);
    expectCallsMatchFile();

    // An invoiced estimate takes no more: GHL's refusal arrives as BAD_USER_INPUT.
    expectError(
      await stack.gql(graphql(`mutation EstimatesInvoiceAgain($id: ID!) { createInvoiceFromEstimate(estimateId: $id) { invoice { ghlId } } }`), { id: estimate.ghlId }),
      'BAD_USER_INPUT',
      ['createInvoiceFromEstimate'],
    );
  });

  it('deletes an estimate', async () => {
    const estimate = await created();
    const { data, errors } = await stack.gql(
      graphql(`mutation EstimatesDelete($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }`),
      { id: estimate.ghlId },
    );
    expect(errors).toBeUndefined();
    expect(data.deleteEstimate.deletedGhlId).toBe(estimate.ghlId);
    expect(stack.sandbox.store.estimates.get(estimate.ghlId)).toBeUndefined();
    expectCallsMatchFile();
    expectError(
      await stack.gql(graphql(`mutation EstimatesDeleteAgain($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }`), { id: estimate.ghlId }),
      'NOT_FOUND',
      ['deleteEstimate'],
    );
  });

  it('refuses bad input before any call', async () => {
    const refusals: Partial<CreateEstimateInput>[] = [
      { name: ' ' },
      { items: [] },
      { items: [{ name: 'Labour', qty: 1, amount: -5 }] },
      { currency: 'dollars' },
      { discount: { type: 'PERCENTAGE', value: 150 } },
      { issueDate: '2026-03-02', expiryDate: '2026-03-01' },
    ];
    for (const fields of refusals) expectError(await stack.gql(CREATE, { input: newEstimate(fields) }), 'BAD_USER_INPUT', ['createEstimate']);
    expect(stack.sandbox.requests.entries).toEqual([]);
    // A contact of another location is out of the token's reach: its read is refused, nothing is written.
    const stranger = stack.sandbox.store.contactsOfLocation(stack.otherLocationId)[0]!.id;
    expectError(await stack.gql(CREATE, { input: newEstimate({ contactId: stranger }) }), 'FORBIDDEN', ['createEstimate']);
    expect(stack.sandbox.requests.entries.filter((call) => call.method !== 'GET')).toEqual([]);
    stack.sandbox.requests.clear();
    const invoiced = ofLocation().find((e) => e.estimateStatus !== 'invoiced')!;
    expectError(
      await stack.gql(
        graphql(`mutation EstimatesUpdateToInvoiced($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId } } }`),
        { id: invoiced.id, input: { ...newEstimate(), status: 'INVOICED' } },
      ),
      'BAD_USER_INPUT',
      ['updateEstimate'],
    );
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
