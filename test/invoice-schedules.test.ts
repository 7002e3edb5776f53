/**
 * Invoice schedules end to end: the gateway over loopback HTTP to the sandbox, answers checked
 * against the sandbox's store, each schedule's contact read once per contact, every REST call
 * checked against GHL's file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { InvoiceScheduleInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const ofLocation = () => stack.sandbox.store.invoiceSchedulesOfLocation(stack.locationId);
const someContact = () => stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => c.email && c.name)!;
const expectCallsMatchFile = () => expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);

const newSchedule = (fields: Partial<InvoiceScheduleInput> = {}): InvoiceScheduleInput => ({
  contactId: someContact().id,
  name: 'Monthly retainer',
  currency: 'USD',
  items: [{ name: 'Retainer', qty: 1, amount: 500 }],
  recurrence: { intervalType: 'MONTHLY', interval: 1, startDate: '2027-01-01', dayOfMonth: 1, count: 12 },
  ...fields,
});
const CREATE = graphql(`
  mutation InvoiceSchedulesCreate($input: InvoiceScheduleInput!) {
    createInvoiceSchedule(input: $input) { invoiceSchedule { id ghlId name status total currency
      recurrence { intervalType interval startDate count dayOfMonth } items { name amount } contact { ghlId } } }
  }
`);
async function created() {
  const { data, errors } = await stack.gql(CREATE, { input: newSchedule() });
  expect(errors).toBeUndefined();
  stack.sandbox.requests.clear();
  return data.createInvoiceSchedule.invoiceSchedule;
}

describe('reading invoice schedules', () => {
  it('lists a location’s schedules with GHL’s total, by status, each contact read once', async () => {
    const stored = [...ofLocation()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const { data, errors } = await stack.gql(
      graphql(`query InvoiceSchedulesList { invoiceSchedules(first: 50) { totalCount edges { node { ghlId status total contact { ghlId } recurrence { intervalType } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.invoiceSchedules!.totalCount).toBe(stored.length);
    const nodes = data.invoiceSchedules!.edges.map((e) => e.node);
    expect(nodes.map((n) => ({ ghlId: n.ghlId, status: n.status, total: n.total, contact: n.contact!.ghlId, interval: n.recurrence!.intervalType }))).toEqual(
      stored.map((s) => ({ ghlId: s.id, status: s.status.toUpperCase(), total: s.total, contact: s.contactDetails.id, interval: s.schedule.rrule!.intervalType.toUpperCase() })),
    );
    const contacts = new Set(stored.map((s) => s.contactDetails.id));
    expect(stack.sandbox.requests.entries.filter((call) => call.path.startsWith('/contacts/'))).toHaveLength(contacts.size);
    expectCallsMatchFile();

    const active = await stack.gql(graphql(`query InvoiceSchedulesActive { invoiceSchedules(status: ACTIVE, first: 50) { edges { node { ghlId } } } }`));
    expect(active.data.invoiceSchedules!.edges.map((e) => e.node.ghlId)).toEqual(stored.filter((s) => s.status === 'active').map((s) => s.id));
  });

  it('reads one by GHL id and through node(id); the same schedule asked twice costs one call', async () => {
    const stored = ofLocation()[0]!;
    const one = await stack.gql(graphql(`query InvoiceSchedulesOne($id: ID!) { invoiceSchedule(id: $id) { id ghlId name locationId } }`), { id: stored.id });
    expect(one.errors).toBeUndefined();
    expect(one.data.invoiceSchedule).toMatchObject({ ghlId: stored.id, name: stored.name, locationId: stack.locationId });
    const node = await stack.gql(graphql(`query InvoiceSchedulesNode($id: ID!) { node(id: $id) { ... on InvoiceSchedule { ghlId } } }`), { id: one.data.invoiceSchedule!.id });
    expect(node.data.node).toEqual({ ghlId: stored.id });
    expectCallsMatchFile();

    stack.sandbox.requests.clear();
    const both = await stack.gql(
      graphql(`query InvoiceSchedulesTwice($id: ID!, $node: ID!) { a: invoiceSchedule(id: $id) { name } b: invoiceSchedule(id: $node) { name } }`),
      { id: stored.id, node: one.data.invoiceSchedule!.id },
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toEqual({ a: { name: stored.name }, b: { name: stored.name } });
    expect(stack.sandbox.requests.entries.map((call) => call.path)).toEqual([`/invoices/schedule/${stored.id}`]);
  });
});

describe('writing invoice schedules', () => {
  it('creates a draft, schedules it, cancels it, as the sandbox stores it', async () => {
    const schedule = await created();
    expect(schedule).toMatchObject({
      status: 'DRAFT',
      total: 500,
      currency: 'USD',
      recurrence: { intervalType: 'MONTHLY', interval: 1, startDate: '2027-01-01', count: 12, dayOfMonth: 1 },
      contact: { ghlId: someContact().id },
    });
    expect(stack.sandbox.store.invoiceSchedules.get(schedule.ghlId)).toMatchObject({ status: 'draft', total: 500, altId: stack.locationId });

    const scheduled = await stack.gql(
      graphql(`mutation InvoiceSchedulesStart($id: ID!) { scheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }`),
      { id: schedule.id },
    );
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data.scheduleInvoiceSchedule.invoiceSchedule.status).toBe('ACTIVE');
    expect(stack.sandbox.store.invoiceSchedules.get(schedule.ghlId)!.status).toBe('active');

    // An active schedule takes no edit: GHL's refusal arrives as BAD_USER_INPUT.
    const UPDATE = graphql(`mutation InvoiceSchedulesUpdate($id: ID!, $input: InvoiceScheduleInput!) { updateInvoiceSchedule(id: $id, input: $input) { invoiceSchedule { name total } } }`);
    expectError(await stack.gql(UPDATE, { id: schedule.id, input: newSchedule({ name: 'Renamed' }) }), 'BAD_USER_INPUT', ['updateInvoiceSchedule']);

    const cancelled = await stack.gql(
      graphql(`mutation InvoiceSchedulesCancel($id: ID!) { cancelInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }`),
      { id: schedule.id },
    );
    expect(cancelled.data.cancelInvoiceSchedule.invoiceSchedule.status).toBe('CANCELLED');

    const updated = await stack.gql(UPDATE, { id: schedule.id, input: newSchedule({ name: 'Quarterly retainer', items: [{ name: 'Retainer', qty: 3, amount: 450 }] }) });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateInvoiceSchedule.invoiceSchedule).toEqual({ name: 'Quarterly retainer', total: 1350 });
    expect(stack.sandbox.store.invoiceSchedules.get(schedule.ghlId)).toMatchObject({ name: 'Quarterly retainer', total: 1350 });
    expectCallsMatchFile();
  });

  it('deletes a schedule', async () => {
    const schedule = await created();
    const { data, errors } = await stack.gql(graphql(`mutation InvoiceSchedulesDelete($id: ID!) { deleteInvoiceSchedule(id: $id) { deletedId deletedGhlId } }`), { id: schedule.id });
    expect(errors).toBeUndefined();
    expect(data.deleteInvoiceSchedule).toEqual({ deletedId: schedule.id, deletedGhlId: schedule.ghlId });
    expect(stack.sandbox.store.invoiceSchedules.get(schedule.ghlId)).toBeUndefined();
    expectCallsMatchFile();
  });

  it('refuses bad input before any call', async () => {
    const rule = newSchedule().recurrence;
    const refusals: Partial<InvoiceScheduleInput>[] = [
      { name: '' },
      { items: [] },
      { currency: 'usd dollars' },
      { recurrence: { ...rule, interval: 0 } },
      { recurrence: { ...rule, count: 0 } },
      { recurrence: { ...rule, dayOfMonth: 32 } },
      { recurrence: { ...rule, endDate: '2026-12-31' } },
    ];
    for (const fields of refusals) expectError(await stack.gql(CREATE, { input: newSchedule(fields) }), 'BAD_USER_INPUT', ['createInvoiceSchedule']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
