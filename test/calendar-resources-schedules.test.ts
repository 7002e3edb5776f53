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
    // A key of a type GHL does not have names no resource, and sends nothing.
    const unknown = await stack.gql(graphql(`query CalendarResourceUnknownType($id: ID!) { node(id: $id) { id } }`), { id: globalId('CalendarResource', `desks/${room.id}`) });
    expect(unknown.data.node).toBeNull();
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

describe('availability schedules', () => {
  const storedSchedules = () => [...stack.sandbox.store.availabilitySchedules.values()].filter((s) => s.locationId === stack.locationId && !s.deleted);

  it('reads each calendar’s schedules from its team members’ lists, one call per member, and each schedule’s calendars and user', async () => {
    const calendars = [...stack.sandbox.store.calendars.values()].filter((c) => c.locationId === stack.locationId);
    const members = new Set(calendars.flatMap((c) => c.teamMembers.map((m) => m.userId)));
    const { data, errors } = await stack.gql(
      graphql(`query CalendarSchedulesOfCalendars { calendars { ghlId availabilitySchedules { id ghlId name timezone userId user { ghlId } rules { kind day date intervals { from to } } calendars { ghlId } createdAt } } }`),
    );
    expect(errors).toBeUndefined();
    const stored = storedSchedules();
    for (const calendar of data.calendars) {
      const expected = stored.filter((s) => s.calendarIds.includes(calendar.ghlId));
      expect(calendar.availabilitySchedules.map((s) => s.ghlId).sort()).toEqual(expected.map((s) => s.id).sort());
      for (const schedule of calendar.availabilitySchedules) {
        const s = expected.find((e) => e.id === schedule.ghlId)!;
        expect(schedule).toEqual({
          id: globalId('AvailabilitySchedule', s.id),
          ghlId: s.id,
          name: s.name,
          timezone: s.timezone,
          userId: s.userId,
          user: { ghlId: s.userId },
          rules: s.rules.map((r) => ({ kind: r.type === 'wday' ? 'WEEKDAY' : 'DATE', day: r.day?.toUpperCase() ?? null, date: r.date ?? null, intervals: r.intervals })),
          calendars: s.calendarIds.map((ghlId) => ({ ghlId })),
          createdAt: s.dateAdded,
        });
      }
    }
    expect(data.calendars.some((c) => c.availabilitySchedules.length > 0)).toBe(true);
    const stats = stack.gateway.client.stats.snapshot();
    expect(stats.listAvailabilitySchedules).toEqual({ 200: members.size });
    expect(stats.listCalendars).toEqual({ 200: 1 });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['calendarsGetAllSchedules']);
  });

  it('creates a schedule, changes it, applies it to a calendar and takes it off, then deletes it: each read back', async () => {
    const calendar = activeCalendars()[0]!;
    const userId = calendar.teamMembers[0]!.userId;
    const created = await stack.gql(
      graphql(`mutation CalendarSchedulesCreate($input: CreateAvailabilityScheduleInput!) { createAvailabilitySchedule(input: $input) { availabilitySchedule { id ghlId name timezone userId calendarIds rules { kind day intervals { from to } } } } }`),
      { input: { userId, name: 'Summer hours', timezone: 'Europe/Paris', rules: [{ kind: 'WEEKDAY', day: 'MONDAY', intervals: [{ from: '10:00', to: '14:00' }] }] } },
    );
    expect(created.errors).toBeUndefined();
    const schedule = created.data.createAvailabilitySchedule.availabilitySchedule;
    expect(schedule).toMatchObject({ name: 'Summer hours', timezone: 'Europe/Paris', userId, calendarIds: [], rules: [{ kind: 'WEEKDAY', day: 'MONDAY', intervals: [{ from: '10:00', to: '14:00' }] }] });
    expect(stack.sandbox.store.availabilitySchedules.get(schedule.ghlId)).toMatchObject({ locationId: stack.locationId, userId, name: 'Summer hours' });

    const changed = await stack.gql(
      graphql(`mutation CalendarSchedulesUpdate($id: ID!, $input: UpdateAvailabilityScheduleInput!) { updateAvailabilitySchedule(id: $id, input: $input) { availabilitySchedule { ghlId name timezone rules { kind date intervals { from to } } } } }`),
      { id: schedule.id, input: { name: 'Holiday hours', rules: [{ kind: 'DATE', date: '2030-12-24', intervals: [{ from: '09:00', to: '12:00' }] }] } },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateAvailabilitySchedule.availabilitySchedule).toEqual({
      ghlId: schedule.ghlId,
      name: 'Holiday hours',
      timezone: 'Europe/Paris',
      rules: [{ kind: 'DATE', date: '2030-12-24', intervals: [{ from: '09:00', to: '12:00' }] }],
    });

    const applied = await stack.gql(
      graphql(`mutation CalendarSchedulesApply($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds calendars { ghlId } } } }`),
      { id: schedule.id, c: calendar.id },
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyAvailabilityScheduleToCalendar.availabilitySchedule).toEqual({ ghlId: schedule.ghlId, calendarIds: [calendar.id], calendars: [{ ghlId: calendar.id }] });
    const listed = await stack.gql(
      graphql(`query CalendarSchedulesOfUser($user: ID!, $c: ID!) { availabilitySchedules(userId: $user, calendarId: $c) { ghlId } calendar(id: $c) { availabilitySchedules { ghlId } } }`),
      { user: userId, c: calendar.id },
    );
    expect(listed.data.availabilitySchedules.map((s) => s.ghlId)).toContain(schedule.ghlId);
    expect(listed.data.calendar!.availabilitySchedules.map((s) => s.ghlId)).toContain(schedule.ghlId);

    const removed = await stack.gql(
      graphql(`mutation CalendarSchedulesRemove($id: ID!, $c: ID!) { removeAvailabilityScheduleFromCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds } } }`),
      { id: schedule.id, c: calendar.id },
    );
    expect(removed.data.removeAvailabilityScheduleFromCalendar.availabilitySchedule).toEqual({ ghlId: schedule.ghlId, calendarIds: [] });
    expect(stack.sandbox.store.availabilitySchedules.get(schedule.ghlId)!.calendarIds).toEqual([]);

    const deleted = await stack.gql(graphql(`mutation CalendarSchedulesDelete($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId deletedGhlId } }`), { id: schedule.id });
    expect(deleted.data.deleteAvailabilitySchedule).toEqual({ deletedId: schedule.id, deletedGhlId: schedule.ghlId });
    expect(stack.sandbox.store.availabilitySchedules.get(schedule.ghlId)!.deleted).toBe(true);
    expectError(await stack.gql(graphql(`query CalendarScheduleGone($id: ID!) { node(id: $id) { id } }`), { id: schedule.id }), 'NOT_FOUND', ['node']);
    expectSentAsDeclared(stack.sandbox.requests.entries, [
      'calendarsCreateSchedule',
      'calendarsUpdateSchedule',
      'calendarsAddCalendarToSchedule',
      'calendarsGetScheduleById',
      'calendarsGetAllSchedules',
      'calendarsRemoveCalendarFromSchedule',
      'calendarsDeleteSchedule',
    ]);
  });

  it('reads each user’s schedules, one call per user', async () => {
    const { data, errors } = await stack.gql(graphql(`query CalendarSchedulesOfUsers { location { users { ghlId availabilitySchedules { ghlId name } } } }`));
    expect(errors).toBeUndefined();
    const users = data.location!.users;
    for (const user of users) {
      expect(user.availabilitySchedules).toEqual(storedSchedules().filter((s) => s.userId === user.ghlId).map((s) => ({ ghlId: s.id, name: s.name })));
    }
    expect(users.some((user) => user.availabilitySchedules.length > 0)).toBe(true);
    expect(stack.gateway.client.stats.snapshot().listAvailabilitySchedules).toEqual({ 200: users.length });
  });

  it('refuses bad schedules before any call to GHL', async () => {
    const [schedule] = storedSchedules();
    const id = globalId('AvailabilitySchedule', schedule!.id);
    const user = schedule!.userId;
    stack.sandbox.requests.clear();
    const monday = `{ kind: WEEKDAY, day: MONDAY, intervals: [{ from: "09:00", to: "17:00" }] }`;
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation ($u: ID!) { createAvailabilitySchedule(input: { userId: $u, name: "A", timezone: "Mars/Olympus" }) { availabilitySchedule { ghlId } } }`, { u: user }, 'createAvailabilitySchedule'],
      [`mutation ($u: ID!) { createAvailabilitySchedule(input: { userId: $u, name: " ", timezone: "Europe/Paris" }) { availabilitySchedule { ghlId } } }`, { u: user }, 'createAvailabilitySchedule'],
      [`mutation ($u: ID!) { createAvailabilitySchedule(input: { userId: $u, name: "A", timezone: "Europe/Paris", rules: [{ kind: WEEKDAY, intervals: [] }] }) { availabilitySchedule { ghlId } } }`, { u: user }, 'createAvailabilitySchedule'],
      [`mutation ($u: ID!) { createAvailabilitySchedule(input: { userId: $u, name: "A", timezone: "Europe/Paris", rules: [{ kind: DATE, date: "24/12/2030", intervals: [] }] }) { availabilitySchedule { ghlId } } }`, { u: user }, 'createAvailabilitySchedule'],
      [`mutation ($id: ID!) { updateAvailabilitySchedule(id: $id, input: { rules: [{ kind: WEEKDAY, day: MONDAY, intervals: [{ from: "17:00", to: "09:00" }] }] }) { availabilitySchedule { ghlId } } }`, { id }, 'updateAvailabilitySchedule'],
      [`mutation ($id: ID!) { updateAvailabilitySchedule(id: $id, input: { rules: [${monday}], timezone: "UTC+2" }) { availabilitySchedule { ghlId } } }`, { id }, 'updateAvailabilitySchedule'],
      [`mutation ($id: ID!) { updateAvailabilitySchedule(id: $id, input: {}) { availabilitySchedule { ghlId } } }`, { id }, 'updateAvailabilitySchedule'],
      [`mutation ($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId } }`, { id: globalId('Calendar', schedule!.id) }, 'deleteAvailabilitySchedule'],
      [`mutation ($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId } } }`, { id, c: globalId('Contact', 'x') }, 'applyAvailabilityScheduleToCalendar'],
    ];
    for (const [query, variables, field] of cases) expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', [field]);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
