/**
 * The REST calls the curated calendar and product fields send (groups, calendar changes,
 * appointment notes, a price by id, store collections, inventory), as the sandbox logged them, checked
 * against GHL's official files: each a declared operation, with its Version, and path
 * parameters, query and body the file accepts. In the style of requests-match-spec.test.ts, on a
 * stack of its own, so the two stay within GHL's rate limit.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();

async function run<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
  const { data, errors } = await stack.gql(document, variables);
  expect(errors).toBeUndefined();
  return data;
}

it('sends calendar group, calendar change, notification, appointment note, price, collection and inventory calls the file accepts', async () => {
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
  const { createCalendarNotification } = await run(
    graphql(`mutation SpecCreateNotification($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: EMAIL, notificationType: BOOKED, subject: "Booked" }) { notification { id calendar { notifications { id } } } } }`),
    { c: calendars[0]!.id },
  );
  const notification = createCalendarNotification.notification.id;
  await run(graphql(`mutation SpecUpdateNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false }) { notification { id } } }`), {
    c: calendars[0]!.id,
    n: notification,
  });
  await run(graphql(`mutation SpecDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId } }`), { c: calendars[0]!.id, n: notification });
  const block = [...stack.sandbox.store.blockSlots.values()].find((b) => b.locationId === stack.locationId && b.calendarId)!;
  await run(graphql(`query SpecBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId } } }`), {
    id: block.calendarId!,
    from: new Date(Date.now() - 86_400_000).toISOString(),
    to: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  });
  await run(graphql(`mutation SpecUpdateBlock($id: ID!) { updateBlockSlot(id: $id, input: { title: "Spec block" }) { blockSlot { ghlId } } }`), { id: block.id });
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
  await run(graphql(`query SpecCollections { productCollections(first: 1) { edges { node { id products(first: 5) { edges { node { collections { id } } } } } } } }`));
  const { createProductCollection } = await run(
    graphql(`mutation SpecCreateCollection { createProductCollection(input: { name: "Spec", slug: "spec", seoTitle: "Spec" }) { productCollection { id } } }`),
  );
  const collection = createProductCollection.productCollection.id;
  await run(graphql(`mutation SpecUpdateCollection($id: ID!) { updateProductCollection(id: $id, input: { seoDescription: "More" }) { productCollection { id } } }`), { id: collection });
  await run(graphql(`mutation SpecDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId } }`), { id: collection });
  const tracked = [...stack.sandbox.store.prices.values()].find((p) => p.locationId === stack.locationId && p.trackInventory)!;
  await run(graphql(`query SpecInventory { inventory(first: 5) { edges { node { priceId } } } products(first: 5) { edges { node { inventory { priceId } } } } }`));
  await run(graphql(`mutation SpecUpdateInventory($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 4 }]) { items { priceId } } }`), { p: tracked.id });

  const { problems, seen } = checkCalls(stack.sandbox.requests.entries);
  expect(problems).toEqual([]);
  expect([...seen]).toEqual(
    expect.arrayContaining([
      'calendarsGetGroups', 'calendarsCreateCalendarGroup', 'calendarsValidateGroupsSlug', 'calendarsEditGroup', 'calendarsDisableGroup',
      'calendarsDeleteGroup', 'calendarsCreateEventNotification', 'calendarsGetEventNotification', 'calendarsUpdateEventNotification',
      'calendarsFindEventNotification', 'calendarsDeleteEventNotification', 'calendarsGetBlockedSlots', 'calendarsEditBlockSlot', 'calendarsUpdateCalendar', 'calendarsDeleteCalendar', 'calendarsGetAppointmentNotes',
      'calendarsCreateAppointmentNote', 'calendarsUpdateAppointmentNote', 'calendarsDeleteAppointmentNote', 'calendarsDeleteEvent',
      'productsGetPriceByIdForProduct', 'productsUpdatePriceByIdForProduct', 'productsDeletePriceByIdForProduct',
      'productsGetProductCollection', 'productsCreateProductCollection', 'productsUpdateProductCollection',
      'productsDeleteProductCollection', 'productsGetListInventory', 'productsUpdateInventory',
    ]),
  );
});
