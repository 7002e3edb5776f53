/**
 * An order's notes (`Order.notes`, GET /payments/orders/{orderId}/notes), end to end: the notes
 * the sandbox keeps per order, one call per order however often they are asked for, a payment
 * recorded with notes showing as a new note, and a bad id refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const storedNotes = (orderId: string) =>
  stack.sandbox.store
    .notesOfOrder(orderId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((note) => ({ ghlId: note.id, text: note.text, createdAt: new Date(note.createdAt).toISOString() }));

describe('Order.notes', () => {
  it('answers each order’s notes as the sandbox keeps them, one call per order however often they are asked for', async () => {
    const noted = stack.sandbox.store.ordersOfLocation(stack.locationId).find((o) => stack.sandbox.store.notesOfOrder(o.id).length > 0)!;
    const { data, errors } = await stack.gql(
      graphql(`query R4OrderNotesList($id: ID!) {
        orders(first: 20) { edges { node { ghlId notes { ghlId text createdAt } } } }
        order(id: $id) { ghlId notes { ghlId text createdAt } }
      }`),
      { id: noted.id },
    );
    expect(errors).toBeUndefined();
    const orders = data.orders!.edges.map((e) => e.node);
    for (const order of orders) expect(order.notes).toEqual(storedNotes(order.ghlId));
    expect(data.order!.notes).toEqual(storedNotes(noted.id));
    expect(data.order!.notes.length).toBeGreaterThan(0);
    expect(orders.some((o) => o.notes.length === 0)).toBe(true);
    const distinct = new Set([...orders.map((o) => o.ghlId), noted.id]);
    expect(stack.gateway.client.stats.count('listOrderNotes')).toBe(distinct.size);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['paymentsListOrderNotes', 'paymentsListOrders']);
  });

  it('shows a payment’s notes as a new note of its order, read again after the payment', async () => {
    const order = stack.sandbox.store
      .ordersOfLocation(stack.locationId)
      .find((o) => o.paymentStatus === 'unpaid' && o.status !== 'cancelled' && o.status !== 'refunded')!;
    const before = storedNotes(order.id);
    const { data, errors } = await stack.gql(
      graphql(`mutation R4OrderNotesPay($id: ID!) {
        recordOrderPayment(id: $id, input: { mode: CASH, amount: 1, partial: true, notes: "  Paid a deposit at the counter  " }) { order { ghlId notes { ghlId text } } }
      }`),
      { id: order.id },
    );
    expect(errors).toBeUndefined();
    const notes = data.recordOrderPayment.order!.notes;
    expect(notes).toEqual(storedNotes(order.id).map(({ ghlId, text }) => ({ ghlId, text })));
    expect(notes).toHaveLength(before.length + 1);
    expect(notes.at(-1)!.text).toBe('Paid a deposit at the counter');
    expectSentAsDeclared(stack.sandbox.requests.entries, ['paymentsRecordOrderPayment', 'paymentsListOrderNotes']);
  });

  it('refuses an id of another type before any call', async () => {
    const contactId = Buffer.from('Contact:c1').toString('base64');
    expectError(await stack.gql(graphql(`query R4OrderNotesBad($id: ID!) { order(id: $id) { notes { text } } }`), { id: contactId }), 'BAD_USER_INPUT', ['order']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
