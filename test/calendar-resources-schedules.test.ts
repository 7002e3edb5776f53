/**
 * Calendar resources (rooms and equipment) and availability schedules, end to end against the
 * sandbox: answers are the sandbox's records, writes read back, relationship fields batch
 * (counted at the REST edge), every call is sent as the file declares it, and bad input is
 * refused before any call.
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

const activeCalendars = () => [...stack.sandbox.store.calendars.values()].filter((c) => c.locationId === stack.locationId && c.isActive);
const storedResources = () => stack.sandbox.store.calendarResourcesOfLocation(stack.locationId);
const globalId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');

describe('calendar resources', () => {
  it('lists a location’s rooms and equipment with their calendars, and each calendar’s resources, one list call per type', async () => {
    const stored = storedResources();
    expect(stored.map((r) => r.resourceType).sort()).toEqual(['equipments', 'rooms']);
    const { data, errors } = await stack.gql(
      graphql(`query CalendarResourcesBothWays { calendarResources { id ghlId resourceType name description isActive quantity outOfService capacity calendarIds calendars { ghlId } } calendars { ghlId resources { ghlId } } }`),
    );
    expect(errors).toBeUndefined();
    const rooms = stored.filter((r) => r.resourceType === 'rooms');
    const equipment = stored.filter((r) => r.resourceType === 'equipments');
    expect(data.calendarResources).toEqual(
      [...rooms, ...equipment].map((r) => ({
        id: globalId('CalendarResource', `${r.resourceType}/${r.id}`),
        ghlId: r.id,
        resourceType: r.resourceType === 'rooms' ? 'ROOM' : 'EQUIPMENT',
        name: r.name,
        description: r.description,
        isActive: r.isActive,
        quantity: r.quantity,
        outOfService: r.outOfService,
        capacity: r.capacity,
        calendarIds: r.calendarIds,
        calendars: r.calendarIds.map((ghlId) => ({ ghlId })),
      })),
    );
    for (const calendar of data.calendars) {
      expect(calendar.resources.map((r) => r.ghlId)).toEqual([...rooms, ...equipment].filter((r) => r.calendarIds.includes(calendar.ghlId)).map((r) => r.id));
    }
    expect(data.calendars.some((c) => c.resources.length === 2)).toBe(true);
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listCalendarResources: { 200: 2 }, listCalendars: { 200: 1 } });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['calendarsFetchCalendarResources', 'calendarsGetCalendars']);
  });

  it('reads one by its global id, or by its GHL id and type, and only rooms when asked', async () => {
    const room = storedResources().find((r) => r.resourceType === 'rooms')!;
    const { data, errors } = await stack.gql(
      graphql(`query CalendarResourceOne($id: ID!, $ghlId: ID!) { node(id: $id) { ... on CalendarResource { ghlId name } } calendarResource(id: $ghlId, resourceType: ROOM) { ghlId capacity location { id } } location { calendarResources(resourceType: ROOM) { ghlId } } }`),
      { id: globalId('CalendarResource', `rooms/${room.id}`), ghlId: room.id },
    );
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({ ghlId: room.id, name: room.name });
    expect(data.calendarResource).toMatchObject({ ghlId: room.id, capacity: room.capacity, location: { id: expect.any(String) } });
    expect(data.location!.calendarResources).toEqual([{ ghlId: room.id }]);
    expect(stack.gateway.client.stats.snapshot()).toMatchObject({ getCalendarResource: { 200: 1 }, listCalendarResources: { 200: 1 } });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['calendarsGetCalendarResource', 'calendarsFetchCalendarResources']);
  });

  it('creates equipment, changes it (read back with its calendar), disables it and deletes it', async () => {
    const [first, second] = activeCalendars();
    const created = await stack.gql(
      graphql(`mutation CalendarResourcesCreate($input: CreateCalendarResourceInput!) { createCalendarResource(input: $input) { calendarResource { id ghlId resourceType name description quantity outOfService capacity isActive calendars { ghlId } } } }`),
      { input: { resourceType: 'EQUIPMENT', name: 'Massage table', description: 'Folding tables', quantity: 3, calendarIds: [first!.id] } },
    );
    expect(created.errors).toBeUndefined();
    const resource = created.data.createCalendarResource.calendarResource;
    expect(resource).toMatchObject({ resourceType: 'EQUIPMENT', name: 'Massage table', description: 'Folding tables', quantity: 3, outOfService: 0, capacity: 0, isActive: true, calendars: [{ ghlId: first!.id }] });
    expect(stack.sandbox.store.calendarResources.get(resource.ghlId)).toMatchObject({ resourceType: 'equipments', locationId: stack.locationId, calendarIds: [first!.id] });

    const changed = await stack.gql(
      graphql(`mutation CalendarResourcesUpdate($id: ID!, $input: UpdateCalendarResourceInput!) { updateCalendarResource(id: $id, input: $input) { calendarResource { ghlId name quantity outOfService calendarIds isActive } } }`),
      { id: resource.id, input: { name: 'Massage tables', outOfService: 1, calendarIds: [second!.id] } },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateCalendarResource.calendarResource).toEqual({ ghlId: resource.ghlId, name: 'Massage tables', quantity: 3, outOfService: 1, calendarIds: [second!.id], isActive: true });
    expect(stack.sandbox.store.calendarResources.get(resource.ghlId)).toMatchObject({ name: 'Massage tables', outOfService: 1, calendarIds: [second!.id] });

    // A GHL id names its type beside it.
    const disabledById = await stack.gql(
      graphql(`mutation CalendarResourcesDisableById($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { isActive: false }) { calendarResource { ghlId isActive } } }`),
      { id: resource.ghlId },
    );
    expect(disabledById.data.updateCalendarResource.calendarResource).toEqual({ ghlId: resource.ghlId, isActive: false });
    expect(stack.sandbox.store.calendarResources.get(resource.ghlId)!.isActive).toBe(false);

    const deleted = await stack.gql(graphql(`mutation CalendarResourcesDelete($id: ID!) { deleteCalendarResource(id: $id) { deletedId deletedGhlId } }`), { id: resource.id });
    expect(deleted.data.deleteCalendarResource).toEqual({ deletedId: resource.id, deletedGhlId: resource.ghlId });
    expect(stack.sandbox.store.calendarResources.has(resource.ghlId)).toBe(false);
    expectError(await stack.gql(graphql(`query CalendarResourceGone($id: ID!) { calendarResource(id: $id) { ghlId } }`), { id: resource.id }), 'NOT_FOUND', ['calendarResource']);
    expectSentAsDeclared(stack.sandbox.requests.entries, [
      'calendarsCreateCalendarResource',
      'calendarsUpdateCalendarResource',
      'calendarsGetCalendarResource',
      'calendarsDeleteCalendarResource',
    ]);
  });

  it('refuses bad resources before any call to GHL', async () => {
    const [first, second] = activeCalendars();
    const room = storedResources().find((r) => r.resourceType === 'rooms')!;
    const roomId = globalId('CalendarResource', `rooms/${room.id}`);
    stack.sandbox.requests.clear();
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation ($c: [ID!]) { createCalendarResource(input: { resourceType: EQUIPMENT, name: "Two", description: "d", calendarIds: $c }) { calendarResource { ghlId } } }`, { c: [first!.id, second!.id] }, 'createCalendarResource'],
      [`mutation { createCalendarResource(input: { resourceType: ROOM, name: " ", description: "d" }) { calendarResource { ghlId } } }`, {}, 'createCalendarResource'],
      [`mutation { createCalendarResource(input: { resourceType: ROOM, name: "R", description: "d", capacity: -1 }) { calendarResource { ghlId } } }`, {}, 'createCalendarResource'],
      [`mutation { createCalendarResource(input: { resourceType: EQUIPMENT, name: "E", description: "d", quantity: 1, outOfService: 2 }) { calendarResource { ghlId } } }`, {}, 'createCalendarResource'],
      [`mutation ($id: ID!) { updateCalendarResource(id: $id, input: {}) { calendarResource { ghlId } } }`, { id: roomId }, 'updateCalendarResource'],
      [`mutation ($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { name: "x" }) { calendarResource { ghlId } } }`, { id: roomId }, 'updateCalendarResource'],
      [`mutation ($id: ID!) { deleteCalendarResource(id: $id) { deletedId } }`, { id: room.id }, 'deleteCalendarResource'],
      [`mutation ($id: ID!) { deleteCalendarResource(id: $id) { deletedId } }`, { id: globalId('Calendar', first!.id) }, 'deleteCalendarResource'],
      [`query ($id: ID!) { calendarResource(id: $id) { ghlId } }`, { id: globalId('CalendarResource', `desks/${room.id}`) }, 'calendarResource'],
    ];
    for (const [query, variables, field] of cases) expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', [field]);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
