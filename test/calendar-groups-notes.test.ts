/**
 * Calendar groups, changing and deleting calendars and appointments, and appointment notes, end to
 * end against the sandbox: answers are the sandbox's records, writes read back, relationship
 * fields batch (counted at the REST edge), and bad input is refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, Calendar, CalendarGroup } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { expectError } from './support/expect-error.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body, '2021-04-15');
const restCalendars = async () => (await rest<{ calendars: Calendar[] }>('GET', `/calendars/?locationId=${stack.locationId}`)).body.calendars;
const restGroups = async () => (await rest<{ groups: CalendarGroup[] }>('GET', `/calendars/groups?locationId=${stack.locationId}`)).body.groups;
const ofLocation = (appointment: Appointment) => appointment.locationId === stack.locationId;
/** Seeded appointments of the location that have notes, most notes first. */
const notedAppointments = () =>
  [...stack.sandbox.store.appointments.values()]
    .filter((appointment) => ofLocation(appointment) && stack.sandbox.store.notesOfAppointment(appointment.id).length > 0)
    .sort((a, b) => stack.sandbox.store.notesOfAppointment(b.id).length - stack.sandbox.store.notesOfAppointment(a.id).length);

describe('calendar groups', () => {
  it('lists a location’s groups with their calendars, and each calendar’s group, from one list call each', async () => {
    const groups = await restGroups();
    const calendars = await restCalendars();
    expect(groups.length).toBeGreaterThan(0);
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(
      graphql(`query CalendarsGroupsBothWays { calendarGroups { ghlId name slug isActive calendars { ghlId } } calendars { ghlId group { ghlId name } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.calendarGroups).toEqual(
      groups.map((group) => ({
        ghlId: group.id,
        name: group.name,
        slug: group.slug,
        isActive: group.isActive,
        calendars: calendars.filter((calendar) => calendar.groupId === group.id).map((calendar) => ({ ghlId: calendar.id })),
      })),
    );
    for (const calendar of data.calendars) {
      const stored = calendars.find((c) => c.id === calendar.ghlId)!;
      const group = groups.find((g) => g.id === stored.groupId);
      expect(calendar.group).toEqual(group ? { ghlId: group.id, name: group.name } : null);
    }
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listCalendarGroups: { 200: 1 }, listCalendars: { 200: 1 } });
  });

  it('creates a group, checks its slug, renames it, disables it, groups a calendar in it and deletes it', async () => {
    const slug = `group-${Date.now()}`;
    const before = await stack.gql(graphql(`query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }`), { slug });
    expect(before.data.calendarGroupSlugAvailable).toBe(true);

    const created = await stack.gql(
      graphql(`mutation CalendarsCreateGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { id ghlId name description slug isActive locationId } } }`),
      { input: { name: 'Consultations', description: 'First visits', slug } },
    );
    expect(created.errors).toBeUndefined();
    const group = created.data.createCalendarGroup.calendarGroup;
    expect(group).toMatchObject({ name: 'Consultations', description: 'First visits', slug, isActive: true, locationId: stack.locationId });
    expect(stack.sandbox.store.calendarGroups.get(group.ghlId)).toMatchObject({ name: 'Consultations', slug });
    const after = await stack.gql(graphql(`query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }`), { slug });
    expect(after.data.calendarGroupSlugAvailable).toBe(false);

    // A rename keeps the description and slug it does not name.
    const renamed = await stack.gql(
      graphql(`mutation CalendarsRenameGroup($id: ID!, $input: UpdateCalendarGroupInput!) { updateCalendarGroup(id: $id, input: $input) { calendarGroup { id name description slug } } }`),
      { id: group.id, input: { name: 'First consultations' } },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateCalendarGroup.calendarGroup).toEqual({ id: group.id, name: 'First consultations', description: 'First visits', slug });
    expect(stack.sandbox.store.calendarGroups.get(group.ghlId)).toMatchObject({ name: 'First consultations', description: 'First visits', slug });

    const disabled = await stack.gql(
      graphql(`mutation CalendarsDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { ghlId isActive } } }`),
      { id: group.id },
    );
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data.setCalendarGroupActive.calendarGroup).toEqual({ ghlId: group.ghlId, isActive: false });
    expect(stack.sandbox.store.calendarGroups.get(group.ghlId)!.isActive).toBe(false);

    const [calendar] = await restCalendars();
    const moved = await stack.gql(
      graphql(`mutation CalendarsMoveToGroup($id: ID!, $group: ID!) { updateCalendar(id: $id, input: { groupId: $group }) { calendar { ghlId groupId group { ghlId name calendars { ghlId } } } } }`),
      { id: calendar!.id, group: group.id },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateCalendar.calendar).toEqual({
      ghlId: calendar!.id,
      groupId: group.ghlId,
      group: { ghlId: group.ghlId, name: 'First consultations', calendars: [{ ghlId: calendar!.id }] },
    });
    const node = await stack.gql(graphql(`query CalendarsGroupNode($id: ID!) { node(id: $id) { ... on CalendarGroup { ghlId name } } }`), { id: group.id });
    expect(node.data.node).toEqual({ ghlId: group.ghlId, name: 'First consultations' });

    const deleted = await stack.gql(
      graphql(`mutation CalendarsDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId deletedGhlId } }`),
      { id: group.id },
    );
    expect(deleted.data.deleteCalendarGroup).toEqual({ deletedId: group.id, deletedGhlId: group.ghlId });
    expect(stack.sandbox.store.calendarGroups.has(group.ghlId)).toBe(false);
    const ungrouped = await stack.gql(graphql(`query CalendarsUngrouped($id: ID!) { calendar(id: $id) { groupId group { ghlId } } }`), { id: calendar!.id });
    expect(ungrouped.data.calendar).toEqual({ groupId: null, group: null });
  });
});

describe('changing and deleting calendars and appointments', () => {
  it('changes a calendar’s settings, and reads the change back', async () => {
    const calendar = (await restCalendars()).find((c) => c.isActive)!;
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(
      graphql(`mutation CalendarsUpdate($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { calendar { ghlId name slotDuration slotDurationUnit eventColor } } }`),
      { id: calendar.id, input: { name: `${calendar.name} (new)`, slotDuration: 45, eventColor: '#112233' } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateCalendar.calendar).toEqual({ ghlId: calendar.id, name: `${calendar.name} (new)`, slotDuration: 45, slotDurationUnit: 'mins', eventColor: '#112233' });
    expect(stack.sandbox.store.calendars.get(calendar.id)).toMatchObject({ name: `${calendar.name} (new)`, slotDuration: 45, eventColor: '#112233' });
    expect(stack.sandbox.requests.entries.map((e) => `${e.method} ${e.path}`)).toEqual([`PUT /calendars/${calendar.id}`]);
  });

  it('deletes a calendar and an appointment, which then read as NOT_FOUND', async () => {
    const created = await stack.gql(
      graphql(`mutation CalendarsCreateToDelete { createCalendar(input: { name: "Short-lived" }) { calendar { id ghlId } } }`),
    );
    const calendar = created.data.createCalendar.calendar;
    const deleted = await stack.gql(graphql(`mutation CalendarsDelete($id: ID!) { deleteCalendar(id: $id) { deletedId deletedGhlId } }`), { id: calendar.id });
    expect(deleted.data.deleteCalendar).toEqual({ deletedId: calendar.id, deletedGhlId: calendar.ghlId });
    expect(stack.sandbox.store.calendars.has(calendar.ghlId)).toBe(false);
    expectError(await stack.gql(graphql(`query CalendarsGone($id: ID!) { calendar(id: $id) { ghlId } }`), { id: calendar.id }), 'NOT_FOUND', ['calendar']);

    const [appointment] = notedAppointments();
    const gone = await stack.gql(graphql(`mutation CalendarsDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId deletedGhlId } }`), {
      id: appointment!.id,
    });
    expect(gone.errors).toBeUndefined();
    expect(gone.data.deleteAppointment.deletedGhlId).toBe(appointment!.id);
    expect(stack.sandbox.store.appointments.has(appointment!.id)).toBe(false);
    // Its notes went with it.
    expect(stack.sandbox.store.notesOfAppointment(appointment!.id)).toEqual([]);
    expectError(await stack.gql(graphql(`query CalendarsAppointmentGone($id: ID!) { appointment(id: $id) { ghlId } }`), { id: appointment!.id }), 'NOT_FOUND', ['appointment']);
  });
});

describe('blocked slots', () => {
  const DAY_MS = 86_400_000;

  it('reads a calendar’s blocked slots in a range, and moves one to a user with a new title', async () => {
    const from = Date.now() - DAY_MS;
    const to = Date.now() + 15 * DAY_MS;
    const blocks = [...stack.sandbox.store.blockSlots.values()].filter(
      (b) => b.locationId === stack.locationId && b.calendarId && Date.parse(b.endTime) >= from && Date.parse(b.startTime) <= to,
    );
    const calendarId = blocks[0]!.calendarId!;
    const expected = blocks.filter((b) => b.calendarId === calendarId);
    const { data, errors } = await stack.gql(
      graphql(`query CalendarsBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId title startAt endAt calendarId } } }`),
      { id: calendarId, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    );
    expect(errors).toBeUndefined();
    expect(data.calendar!.blockedSlots.map((b) => b.ghlId).sort()).toEqual(expected.map((b) => b.id).sort());
    for (const block of data.calendar!.blockedSlots) {
      const stored = expected.find((b) => b.id === block.ghlId)!;
      expect(block).toEqual({ ghlId: stored.id, title: stored.title, startAt: new Date(stored.startTime).toISOString(), endAt: new Date(stored.endTime).toISOString(), calendarId });
    }

    const target = expected[0]!;
    const user = stack.sandbox.store.calendars.get(calendarId)!.teamMembers[0]!.userId;
    const moved = await stack.gql(
      graphql(`mutation CalendarsMoveBlock($id: ID!, $input: UpdateBlockSlotInput!) { updateBlockSlot(id: $id, input: $input) { blockSlot { ghlId title calendarId assignedUserId startAt } } }`),
      { id: target.id, input: { assignedUserId: user, title: 'Dentist visit' } },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateBlockSlot.blockSlot).toEqual({
      ghlId: target.id,
      title: 'Dentist visit',
      calendarId: null,
      assignedUserId: user,
      startAt: new Date(target.startTime).toISOString(),
    });
    expect(stack.sandbox.store.blockSlots.get(target.id)).toMatchObject({ title: 'Dentist visit', assignedUserId: user });
    expect(stack.sandbox.store.blockSlots.get(target.id)!.calendarId).toBeUndefined();
  });

  it('refuses bad changes before any call to GHL', async () => {
    const cases = [
      `mutation { updateBlockSlot(id: "b1", input: {}) { blockSlot { ghlId } } }`,
      `mutation { updateBlockSlot(id: "b1", input: { calendarId: "c1", assignedUserId: "u1" }) { blockSlot { ghlId } } }`,
      `mutation { updateBlockSlot(id: "b1", input: { startAt: "2030-01-02T00:00:00Z", endAt: "2030-01-01T00:00:00Z" }) { blockSlot { ghlId } } }`,
      `mutation { updateBlockSlot(id: " ", input: { title: "x" }) { blockSlot { ghlId } } }`,
    ];
    for (const query of cases) expectError(await stack.gqlUntyped(query), 'BAD_USER_INPUT', ['updateBlockSlot']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('calendar notifications', () => {
  const activeCalendars = () => [...stack.sandbox.store.calendars.values()].filter((c) => c.locationId === stack.locationId && c.isActive);

  it('reads each calendar’s notifications, one call per calendar', async () => {
    const calendars = activeCalendars();
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(
      graphql(`query CalendarsNotifications { calendars { ghlId notifications { ghlId channel notificationType receiverType subject beforeTime { timeOffset unit } } again: notifications { ghlId } } }`),
    );
    expect(errors).toBeUndefined();
    for (const calendar of data.calendars) {
      const stored = stack.sandbox.store.notificationsOfCalendar(calendar.ghlId).filter((n) => !n.deleted);
      expect(calendar.notifications).toEqual(
        stored.map((n) => ({
          ghlId: n.id,
          channel: { email: 'EMAIL', inApp: 'IN_APP', sms: 'SMS', whatsapp: 'WHATSAPP' }[n.channel],
          notificationType: n.notificationType.toUpperCase(),
          receiverType: n.receiverType.toUpperCase(),
          subject: n.subject ?? null,
          beforeTime: n.beforeTime ?? [],
        })),
      );
    }
    expect(calendars.every((c) => stack.sandbox.store.notificationsOfCalendar(c.id).length > 0)).toBe(true);
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listCalendars: { 200: 1 }, listCalendarNotifications: { 200: data.calendars.length } });
  });

  it('adds, changes and deletes a notification, each read back', async () => {
    const [calendar] = activeCalendars();
    const created = await stack.gql(
      graphql(`mutation CalendarsAddNotification($c: ID!, $input: CreateCalendarNotificationInput!) { createCalendarNotification(calendarId: $c, input: $input) { notification { id ghlId channel notificationType isActive beforeTime { timeOffset unit } calendar { ghlId } } } }`),
      { c: calendar!.id, input: { receiverType: 'ASSIGNED_USER', channel: 'IN_APP', notificationType: 'REMINDER', beforeTime: [{ timeOffset: 2, unit: 'hours' }] } },
    );
    expect(created.errors).toBeUndefined();
    const notification = created.data.createCalendarNotification.notification;
    expect(notification).toMatchObject({ channel: 'IN_APP', notificationType: 'REMINDER', isActive: true, beforeTime: [{ timeOffset: 2, unit: 'hours' }], calendar: { ghlId: calendar!.id } });
    expect(stack.sandbox.store.calendarNotifications.get(notification.ghlId)).toMatchObject({ calendarId: calendar!.id, receiverType: 'assignedUser', channel: 'inApp' });

    const updated = await stack.gql(
      graphql(`mutation CalendarsChangeNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false, body: "Heads up" }) { notification { ghlId isActive body channel } } }`),
      { c: calendar!.id, n: notification.id },
    );
    expect(updated.data.updateCalendarNotification.notification).toEqual({ ghlId: notification.ghlId, isActive: false, body: 'Heads up', channel: 'IN_APP' });
    const node = await stack.gql(graphql(`query CalendarsNotificationNode($id: ID!) { node(id: $id) { ... on CalendarNotification { ghlId body } } }`), { id: notification.id });
    expect(node.data.node).toEqual({ ghlId: notification.ghlId, body: 'Heads up' });

    const deleted = await stack.gql(
      graphql(`mutation CalendarsDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId deletedGhlId } }`),
      { c: calendar!.id, n: notification.ghlId },
    );
    expect(deleted.data.deleteCalendarNotification).toEqual({ deletedId: notification.id, deletedGhlId: notification.ghlId });
    expect(stack.sandbox.store.calendarNotifications.get(notification.ghlId)!.deleted).toBe(true);
    const listed = await stack.gql(graphql(`query CalendarsNotificationsAfter($id: ID!) { calendar(id: $id) { notifications { ghlId } } }`), { id: calendar!.id });
    expect(listed.data.calendar!.notifications.map((n) => n.ghlId)).not.toContain(notification.ghlId);
  });

  it('refuses bad changes before any call to GHL', async () => {
    const [calendar] = activeCalendars();
    const cases = [
      `mutation ($c: ID!) { updateCalendarNotification(calendarId: $c, notificationId: "n1", input: {}) { notification { ghlId } } }`,
      `mutation ($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: SMS, notificationType: REMINDER, beforeTime: [{ timeOffset: -1, unit: "hours" }] }) { notification { ghlId } } }`,
      `mutation ($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: SMS, notificationType: REMINDER, beforeTime: [{ timeOffset: 1, unit: " " }] }) { notification { ghlId } } }`,
    ];
    for (const query of cases) {
      const response = await stack.gqlUntyped(query, { c: calendar!.id });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('appointment notes', () => {
  it('reads an appointment’s notes, newest first, with their author, contact and appointment', async () => {
    const [appointment] = notedAppointments();
    const stored = stack.sandbox.store.notesOfAppointment(appointment!.id).sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded));
    const { data, errors } = await stack.gql(
      graphql(`query CalendarsAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes { edges { node {
        id ghlId body createdAt userId user { ghlId } contact { ghlId } appointment { ghlId }
      } } pageInfo { hasNextPage } } } }`),
      { id: appointment!.id },
    );
    expect(errors).toBeUndefined();
    const notes = data.appointment!.appointmentNotes!;
    expect(notes.pageInfo.hasNextPage).toBe(false);
    expect(notes.edges.map((e) => e.node)).toEqual(
      stored.map((note) => ({
        id: expect.any(String),
        ghlId: note.id,
        body: note.body,
        createdAt: new Date(note.dateAdded).toISOString(),
        userId: note.userId ?? null,
        user: note.userId ? { ghlId: note.userId } : null,
        contact: { ghlId: appointment!.contactId },
        appointment: { ghlId: appointment!.id },
      })),
    );
    const node = await stack.gql(graphql(`query CalendarsAppointmentNoteNode($id: ID!) { node(id: $id) { ... on AppointmentNote { ghlId body } } }`), {
      id: notes.edges[0]!.node.id,
    });
    expect(node.data.node).toEqual({ ghlId: stored[0]!.id, body: stored[0]!.body });
  });

  it('costs one notes call per appointment, however often the request asks', async () => {
    const [a, b] = notedAppointments();
    stack.gateway.client.stats.reset();
    const { errors } = await stack.gql(
      graphql(`query CalendarsNotesBatched($a: ID!, $b: ID!) {
        first: appointment(id: $a) { appointmentNotes { edges { node { ghlId } } } }
        again: appointment(id: $a) { appointmentNotes { edges { node { body } } } }
        other: appointment(id: $b) { appointmentNotes { edges { node { ghlId appointment { ghlId } } } } }
      }`),
      { a: a!.id, b: b!.id },
    );
    expect(errors).toBeUndefined();
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getAppointment: { 200: 2 }, listAppointmentNotes: { 200: 2 } });
  });

  it('pages through notes by offset, at most 20 at a time', async () => {
    const [appointment] = notedAppointments();
    for (let i = 0; i < 3; i++) {
      await stack.gql(graphql(`mutation CalendarsAddNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { ghlId } } }`), {
        id: appointment!.id,
        input: { body: `Paging note ${i}` },
      });
    }
    const all = stack.sandbox.store.notesOfAppointment(appointment!.id).length;
    const first = await stack.gql(
      graphql(`query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }`),
      { id: appointment!.id },
    );
    const page = first.data.appointment!.appointmentNotes!;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(all > 2);
    const second = await stack.gql(
      graphql(`query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }`),
      { id: appointment!.id, after: page.pageInfo.endCursor },
    );
    const next = second.data.appointment!.appointmentNotes!.edges.map((e) => e.node.ghlId);
    expect(next).toHaveLength(Math.min(2, all - 2));
    expect(next.some((id) => page.edges.some((e) => e.node.ghlId === id))).toBe(false);
    expect(stack.sandbox.requests.entries.filter((e) => e.path.endsWith('/notes') && e.method === 'GET').map((e) => e.query)).toEqual([
      { limit: '2', offset: '0' },
      { limit: '2', offset: '2' },
    ]);
  });

  it('writes, rewrites and deletes a note, each read back', async () => {
    const [appointment] = notedAppointments();
    const user = [...stack.sandbox.store.users.values()].find((u) => u.roles.locationIds.includes(stack.locationId))!;
    const created = await stack.gql(
      graphql(`mutation CalendarsCreateNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { id ghlId body userId user { ghlId } appointmentId } } }`),
      { id: appointment!.id, input: { body: 'Bring x-rays', userId: user.id } },
    );
    expect(created.errors).toBeUndefined();
    const note = created.data.createAppointmentNote.appointmentNote;
    expect(note).toMatchObject({ body: 'Bring x-rays', userId: user.id, user: { ghlId: user.id }, appointmentId: appointment!.id });
    expect(stack.sandbox.store.appointmentNotes.get(note.ghlId)).toMatchObject({ body: 'Bring x-rays', appointmentId: appointment!.id });

    const updated = await stack.gql(
      graphql(`mutation CalendarsUpdateNote($a: ID!, $n: ID!, $input: AppointmentNoteInput!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: $input) { appointmentNote { ghlId body } } }`),
      { a: appointment!.id, n: note.id, input: { body: 'Bring x-rays and insurance card' } },
    );
    expect(updated.data.updateAppointmentNote.appointmentNote).toEqual({ ghlId: note.ghlId, body: 'Bring x-rays and insurance card' });
    expect(stack.sandbox.store.appointmentNotes.get(note.ghlId)!.body).toBe('Bring x-rays and insurance card');

    const deleted = await stack.gql(
      graphql(`mutation CalendarsDeleteNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId deletedGhlId } }`),
      { a: appointment!.id, n: note.ghlId },
    );
    expect(deleted.data.deleteAppointmentNote).toEqual({ deletedId: note.id, deletedGhlId: note.ghlId });
    expect(stack.sandbox.store.appointmentNotes.has(note.ghlId)).toBe(false);
  });
});

it('refuses bad input before any call to GHL', async () => {
  const [calendar] = await restCalendars();
  const [appointment] = notedAppointments();
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
  const cases: [string, Record<string, unknown>, (string | number)[]][] = [
    [`query { calendarGroupSlugAvailable(slug: "two words") }`, {}, ['calendarGroupSlugAvailable']],
    [`mutation { createCalendarGroup(input: { name: " ", description: "d", slug: "ok" }) { calendarGroup { id } } }`, {}, ['createCalendarGroup']],
    [`mutation { createCalendarGroup(input: { name: "A", description: "d", slug: "a/b" }) { calendarGroup { id } } }`, {}, ['createCalendarGroup']],
    [`mutation { updateCalendarGroup(id: "g1", input: {}) { calendarGroup { id } } }`, {}, ['updateCalendarGroup']],
    [`mutation ($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }`, { id: Buffer.from('Calendar:x').toString('base64') }, ['deleteCalendarGroup']],
    [`mutation ($id: ID!) { updateCalendar(id: $id, input: {}) { calendar { id } } }`, { id: calendar!.id }, ['updateCalendar']],
    [`mutation ($id: ID!) { updateCalendar(id: $id, input: { eventColor: "red" }) { calendar { id } } }`, { id: calendar!.id }, ['updateCalendar']],
    [`mutation ($id: ID!) { updateCalendar(id: $id, input: { slotInterval: 0 }) { calendar { id } } }`, { id: calendar!.id }, ['updateCalendar']],
    [`mutation ($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: "  " }) { appointmentNote { ghlId } } }`, { id: appointment!.id }, ['createAppointmentNote']],
    [`mutation ($id: ID!, $body: String!) { createAppointmentNote(appointmentId: $id, input: { body: $body }) { appointmentNote { ghlId } } }`, { id: appointment!.id, body: 'x'.repeat(5001) }, ['createAppointmentNote']],
    [`mutation ($id: ID!) { deleteAppointment(id: $id) { deletedId } }`, { id: Buffer.from('Contact:x').toString('base64') }, ['deleteAppointment']],
  ];
  for (const [query, variables, path] of cases) expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', path);
  expect(stack.sandbox.requests.entries).toEqual([]);

  // A page larger than GHL's 20 notes fails on its own field, under the appointment that was read.
  const wide = await stack.gqlUntyped(`query ($id: ID!) { appointment(id: $id) { appointmentNotes(first: 21) { edges { node { ghlId } } } } }`, { id: appointment!.id });
  expectError(wide, 'BAD_USER_INPUT', ['appointment', 'appointmentNotes']);
  expect(stack.gateway.client.stats.snapshot()).toEqual({ getAppointment: { 200: 1 } });
});
