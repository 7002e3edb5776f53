/** Calendars, appointments, blocked and free slots, end to end against the sandbox. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, BlockSlot, Calendar, Contact, User } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { expectError } from './support/expect-error.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const CALENDARS_VERSION = '2021-04-15';
const rest = <T>(method: string, path: string, body?: unknown) =>
  ghlRest<T>(stack.sandbox, stack.token, method, path, body, path.startsWith('/calendars') ? CALENDARS_VERSION : undefined);
const restCalendars = async () => (await rest<{ calendars: Calendar[] }>('GET', `/calendars/?locationId=${stack.locationId}`)).body.calendars;
const activeCalendar = async () => (await restCalendars()).find((c) => c.isActive !== false && c.teamMembers.length > 1)!;
const restEvents = async (calendarId: string, from: number, to: number) =>
  (await rest<{ events: Appointment[] }>('GET', `/calendars/events?locationId=${stack.locationId}&calendarId=${calendarId}&startTime=${from}&endTime=${to}`))
    .body.events;
const someContact = async () => (await rest<{ contacts: Contact[] }>('GET', `/contacts/?locationId=${stack.locationId}&limit=5`)).body.contacts[0]!;

const DAY_MS = 86_400_000;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);


describe('reading calendars', () => {
  it('lists a location’s calendars, with their settings, open hours and team as users', async () => {
    const stored = await restCalendars();
    expect(stored.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(graphql(`query CalendarsWithSettings { calendars {
      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor
      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }
      teamMembers { ghlId name }
      teamMemberSettings { userId priority user { ghlId } }
    } }`));
    expect(errors).toBeUndefined();
    expect(data.calendars.map((c) => c.ghlId)).toEqual(stored.map((c) => c.id));
    for (const [i, calendar] of data.calendars.entries()) {
      const s = stored[i]!;
      expect(calendar).toMatchObject({
        ghlId: s.id,
        locationId: stack.locationId,
        name: s.name,
        slug: s.slug,
        calendarType: s.calendarType,
        slotDuration: s.slotDuration,
        slotDurationUnit: s.slotDurationUnit,
        appointmentsPerSlot: s.appoinmentPerSlot,
        openHours: s.openHours,
      });
      expect(calendar.teamMembers.map((u) => u?.ghlId)).toEqual(s.teamMembers.map((m) => m.userId));
      expect(calendar.teamMembers.every((u) => typeof u?.name === 'string')).toBe(true);
      expect(calendar.teamMemberSettings.map((m) => m.user?.ghlId)).toEqual(s.teamMembers.map((m) => m.userId));
    }
  });

  it('calendars with their team members cost one calendars list and one users list per location', async () => {
    const stored = await restCalendars();
    const distinct = new Set(stored.flatMap((c) => c.teamMembers.map((m) => m.userId)));
    expect(distinct.size).toBeGreaterThan(1);
    stack.gateway.client.stats.reset();
    const { errors } = await stack.gql(graphql(`query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }`));
    expect(errors).toBeUndefined();
    expect(stack.gateway.client.stats.snapshot()).toEqual({
      listCalendars: { 200: 1 },
      listLocationUsers: { 200: 1 },
      getLocation: { 200: 1 },
    });
  });

  it('reads one calendar by GHL id, by global id and through node(id)', async () => {
    const stored = await activeCalendar();
    const first = await stack.gql(graphql(`query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }`), { id: stored.id });
    expect(first.errors).toBeUndefined();
    expect(first.data.calendar).toMatchObject({ ghlId: stored.id, name: stored.name, location: { ghlId: stack.locationId } });
    const again = await stack.gql(graphql(`query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }`), {
      id: first.data.calendar!.id,
    });
    expect(again.data).toEqual({ calendar: { ghlId: stored.id }, node: { ghlId: stored.id } });
  });

  it('reads a calendar’s appointments in a time range, and each appointment’s calendar, contact and user', async () => {
    const stored = await activeCalendar();
    // Two days either side: every appointment's contact costs a call, under GHL's rate limit.
    const from = Date.now() - 2 * DAY_MS;
    const to = Date.now() + 2 * DAY_MS;
    const events = await restEvents(stored.id, from, to);
    expect(events.length).toBeGreaterThan(0);
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(
      graphql(`query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startAt: $from, endAt: $to) {
         id ghlId title status startAt endAt calendarId contactId assignedUserId
         calendar { ghlId } contact { ghlId } assignedUser { ghlId }
       } } }`),
      { id: stored.id, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    );
    expect(errors).toBeUndefined();
    const appointments = data.calendar!.appointments;
    expect(appointments.map((a) => a.ghlId)).toEqual(events.map((e) => e.id));
    for (const [i, a] of appointments.entries()) {
      const e = events[i]!;
      expect(a).toMatchObject({
        title: e.title,
        status: e.appointmentStatus.toUpperCase(),
        startAt: new Date(e.startTime).toISOString(),
        endAt: new Date(e.endTime).toISOString(),
        calendar: { ghlId: stored.id },
        contact: { ghlId: e.contactId },
        assignedUser: { ghlId: e.assignedUserId },
      });
    }
    // The calendar was read once, and appointments pointing back at it cost nothing more.
    const stats = stack.gateway.client.stats;
    expect(stats.count('getCalendar')).toBe(1);
    expect(stats.count('listCalendarEvents')).toBe(1);
    expect(stats.count('getAppointment')).toBe(0);
    expect(stats.count('getUser') + stats.count('listLocationUsers')).toBeLessThanOrEqual(1);

    const one = events[0]!;
    const byId = await stack.gql(graphql(`query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startAt contact { ghlId } } }`), { id: one.id });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.appointment).toMatchObject({ ghlId: one.id, title: one.title, contact: { ghlId: one.contactId } });
    const node = await stack.gql(graphql(`query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }`), { id: byId.data.appointment!.id });
    expect(node.data.node).toEqual({ ghlId: one.id });
  });

  it('reads a contact’s appointments', async () => {
    const stored = await activeCalendar();
    const event = (await restEvents(stored.id, Date.now() - 30 * DAY_MS, Date.now() + 14 * DAY_MS))[0]!;
    const ofContact = (await rest<{ events: Appointment[] }>('GET', `/contacts/${event.contactId}/appointments`)).body.events;
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(
      graphql(`query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId status startAt endAt calendar { ghlId } } } }`),
      { id: event.contactId },
    );
    expect(errors).toBeUndefined();
    const appointmentsOfContact = data.contact!.appointments;
    expect(appointmentsOfContact.map((a) => a.ghlId)).toEqual(ofContact.map((e) => e.id));
    expect(appointmentsOfContact.every((a) => a.contactId === event.contactId)).toBe(true);
    // The contacts API gives the location's wall clock without a zone; the graph gives the instant.
    const mine = appointmentsOfContact.find((a) => a.ghlId === event.id);
    expect(mine).toMatchObject({
      status: event.appointmentStatus.toUpperCase(),
      startAt: new Date(event.startTime).toISOString(),
      endAt: new Date(event.endTime).toISOString(),
      calendar: { ghlId: stored.id },
    });
    // Reading those times in the location's zone cost one location read for all of them.
    expect(stack.gateway.client.stats.count('getLocation')).toBe(1);

    stack.gateway.client.stats.reset();
    const untimed = await stack.gql(graphql(`query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title status } } }`), { id: event.contactId });
    expect(untimed.errors).toBeUndefined();
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getContact: { 200: 1 }, listContactAppointments: { 200: 1 } });
  });

  it('reads free slots by day in a time zone, as GHL computes them', async () => {
    const stored = await activeCalendar();
    const timezone = 'America/New_York';
    const { data, errors } = await stack.gql(
      graphql(`query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, timezone: $tz) { date slots } }`),
      { id: stored.id, from: day(1), to: day(7), tz: timezone },
    );
    expect(errors).toBeUndefined();
    expect(data.freeSlots.length).toBeGreaterThan(0);
    const request = stack.sandbox.requests.entries.find((e) => e.path.endsWith('/free-slots'))!;
    const upstream = await rest<Record<string, { slots: string[] }>>(
      'GET',
      `/calendars/${stored.id}/free-slots?startDate=${request.query.startDate}&endDate=${request.query.endDate}&timezone=${encodeURIComponent(timezone)}`,
    );
    const days = Object.keys(upstream.body).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
    expect(data.freeSlots.map((d) => d.date)).toEqual(days);
    for (const freeDay of data.freeSlots) {
      expect(freeDay.slots).toEqual(upstream.body[freeDay.date]!.slots.map((s) => new Date(s).toISOString()));
    }
    // The window asked for starts at midnight in that zone.
    const start = Number(request.query.startDate);
    const wall = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', year: 'numeric', month: '2-digit', day: '2-digit' }).format(start);
    expect(wall).toBe(`${day(1)}, 00:00`);
  });
});

describe('writing calendars', () => {
  it('creates a calendar with a team and open hours', async () => {
    const users = (await rest<{ users: User[] }>('GET', `/users/?locationId=${stack.locationId}`)).body.users;
    const { data, errors } = await stack.gql(
      graphql(`mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {
         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }
       } } }`),
      {
        input: {
          name: 'Product demo',
          description: '30-minute product demonstration',
          calendarType: 'ROUND_ROBIN',
          slotDuration: 30,
          slotInterval: 30,
          eventColor: '#2196F3',
          openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
          teamMembers: [{ userId: users[0]!.id, priority: 1 }, { userId: users[1]!.id }],
        },
      },
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const calendar = data.createCalendar.calendar!;
    expect(calendar).toMatchObject({
      name: 'Product demo',
      calendarType: 'round_robin',
      slotDuration: 30,
      slotDurationUnit: 'mins',
      eventColor: '#2196F3',
      openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, closeHour: 17 }] }],
      teamMembers: [{ ghlId: users[0]!.id }, { ghlId: users[1]!.id }],
    });
    const stored = (await rest<{ calendar: Calendar }>('GET', `/calendars/${calendar.ghlId}`)).body.calendar;
    expect(stored).toMatchObject({ id: calendar.ghlId, name: 'Product demo', locationId: stack.locationId, calendarType: 'round_robin' });
    expect(stored.teamMembers.map((m) => m.userId)).toEqual([users[0]!.id, users[1]!.id]);
  });

  it('books an appointment, moves it, and blocks time', async () => {
    const calendar = await activeCalendar();
    const contact = await someContact();
    const teamMember = calendar.teamMembers[0]!.userId;
    const slotsResponse = await stack.gql(
      graphql(`query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, userId: $u) { date slots } }`),
      { id: calendar.id, from: day(2), to: day(9), u: teamMember },
    );
    expect(slotsResponse.errors).toBeUndefined();
    const [first, second] = slotsResponse.data.freeSlots.flatMap((d) => d.slots) as [string, string];
    const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

    const created = await stack.gql(
      graphql(`mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {
         id ghlId title status meetingLocationType startAt endAt calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }`),
      {
        input: {
          calendarId: calendar.id,
          contactId: contact.id,
          startTime: first,
          endTime: plus(first, calendar.slotDuration),
          title: 'Product demo with Ada',
          appointmentStatus: 'CONFIRMED',
          assignedUserId: teamMember,
          meetingLocationType: 'ZOOM',
          overrideLocationConfig: true,
        },
      },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const appointment = created.data.createAppointment.appointment!;
    expect(appointment).toMatchObject({
      title: 'Product demo with Ada',
      status: 'CONFIRMED',
      meetingLocationType: 'ZOOM',
      startAt: first,
      calendar: { ghlId: calendar.id },
      contact: { ghlId: contact.id },
      assignedUser: { ghlId: teamMember },
    });
    const stored = (await rest<{ event: Appointment }>('GET', `/calendars/events/appointments/${appointment.ghlId}`)).body.event;
    expect(stored).toMatchObject({ id: appointment.ghlId, contactId: contact.id, calendarId: calendar.id, appointmentStatus: 'confirmed', meetingLocationType: 'zoom' });
    expect(Date.parse(stored.startTime)).toBe(Date.parse(first));

    const moved = await stack.gql(
      graphql(`mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startAt endAt status meetingLocationType } } }`),
      {
        id: appointment.id,
        input: {
          startTime: second, endTime: plus(second, calendar.slotDuration), appointmentStatus: 'NEW',
          meetingLocationType: 'MS_TEAMS', overrideLocationConfig: true, ignoreDateRange: false,
        },
      },
    );
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    expect(moved.data.updateAppointment.appointment).toMatchObject({ ghlId: appointment.ghlId, startAt: second, status: 'NEW', meetingLocationType: 'MS_TEAMS' });
    const after = (await rest<{ event: Appointment }>('GET', `/calendars/events/appointments/${appointment.ghlId}`)).body.event;
    expect(Date.parse(after.startTime)).toBe(Date.parse(second));
    expect(after.appointmentStatus).toBe('new');

    const contactAppointments = await stack.gql(graphql(`query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }`), { id: contact.id });
    expect(contactAppointments.data.contact!.appointments.map((a) => a.ghlId)).toContain(appointment.ghlId);

    const blockStart = plus(second, 24 * 60);
    const blockEnd = plus(blockStart, 60);
    const blocked = await stack.gql(
      graphql(`mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startAt endAt calendarId calendar { ghlId } } } }`),
      { input: { calendarId: calendar.id, title: 'Team lunch', startTime: blockStart, endTime: blockEnd } },
    );
    expect(blocked.errors, JSON.stringify(blocked.errors)).toBeUndefined();
    const slot = blocked.data.createBlockSlot.blockSlot!;
    expect(slot).toMatchObject({ title: 'Team lunch', startAt: blockStart, endAt: blockEnd, calendarId: calendar.id, calendar: { ghlId: calendar.id } });
    const listed = (
      await rest<{ events: BlockSlot[] }>(
        'GET',
        `/calendars/blocked-slots?locationId=${stack.locationId}&calendarId=${calendar.id}&startTime=${Date.parse(blockStart) - 1}&endTime=${Date.parse(blockEnd) + 1}`,
      )
    ).body.events;
    expect(listed.map((e) => e.id)).toContain(slot.ghlId);
  });

  it('refuses bad input before any call to GHL', async () => {
    const calendar = await activeCalendar();
    const contact = await someContact();
    const userId = calendar.teamMembers[0]!.userId;
    stack.sandbox.requests.clear();
    const cases: [string, Record<string, unknown>, string][] = [
      [`query ($id: ID!) { freeSlots(calendarId: $id, startAt: "2030-01-10", endAt: "2030-01-09") { date } }`, { id: calendar.id }, 'freeSlots'],
      [`query ($id: ID!) { freeSlots(calendarId: $id, startAt: "2030-01-01", endAt: "2030-02-01") { date } }`, { id: calendar.id }, 'freeSlots'],
      [`query ($id: ID!) { freeSlots(calendarId: $id, startAt: "2030-01-01", endAt: "2030-01-02", timezone: "Mars/Olympus") { date } }`, { id: calendar.id }, 'freeSlots'],
      [`query { freeSlots(calendarId: "", startAt: "2030-01-01", endAt: "2030-01-02") { date } }`, {}, 'freeSlots'],
      [`query ($id: ID!) { freeSlots(calendarId: $id, endAt: "2030-01-02") { date } }`, { id: calendar.id }, 'freeSlots'],
      [`query ($id: ID!) { freeSlots(calendarId: $id, startAt: "2030-01-01", startDate: "2030-01-01", endAt: "2030-01-02") { date } }`, { id: calendar.id }, 'freeSlots'],
      [`query ($id: ID!) { calendar(id: $id) { appointments(startAt: "2030-01-01T00:00:00Z") { id } } }`, { id: calendar.id }, 'calendar'],
      [`query ($id: ID!) { calendar(id: $id) { appointments(startAt: "2030-01-02T00:00:00Z", endAt: "2030-01-01T00:00:00Z") { id } } }`, { id: calendar.id }, 'calendar'],
      [`mutation { createCalendar(input: { name: " " }) { calendar { id } } }`, {}, 'createCalendar'],
      [`mutation { createCalendar(input: { name: "X", eventColor: "blue" }) { calendar { id } } }`, {}, 'createCalendar'],
      [`mutation { createCalendar(input: { name: "X", slotDuration: 0 }) { calendar { id } } }`, {}, 'createCalendar'],
      [`mutation { createCalendar(input: { name: "X", openHours: [{ daysOfTheWeek: [7], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }] }) { calendar { id } } }`, {}, 'createCalendar'],
      [`mutation { createCalendar(input: { name: "X", openHours: [{ daysOfTheWeek: [1], hours: [{ openHour: 17, openMinute: 0, closeHour: 9, closeMinute: 0 }] }] }) { calendar { id } } }`, {}, 'createCalendar'],
      [`mutation ($u: ID!) { createCalendar(input: { name: "X", calendarType: PERSONAL, teamMembers: [{ userId: $u }, { userId: "other" }] }) { calendar { id } } }`, { u: userId }, 'createCalendar'],
      [`mutation { createCalendar(input: { name: "X", calendarType: ROUND_ROBIN }) { calendar { id } } }`, {}, 'createCalendar'],
      [
        `mutation ($c: ID!, $k: ID!) { createAppointment(input: { calendarId: $c, contactId: $k, startTime: "2030-01-01T10:00:00Z", endTime: "2030-01-01T09:30:00Z" }) { appointment { id } } }`,
        { c: calendar.id, k: contact.id },
        'createAppointment',
      ],
      [`mutation { updateAppointment(id: "abc", input: {}) { appointment { id } } }`, {}, 'updateAppointment'],
      [
        `mutation ($c: ID!, $u: ID!) { createBlockSlot(input: { calendarId: $c, assignedUserId: $u, startTime: "2030-01-01T10:00:00Z", endTime: "2030-01-01T11:00:00Z" }) { blockSlot { ghlId } } }`,
        { c: calendar.id, u: userId },
        'createBlockSlot',
      ],
      [`mutation { createBlockSlot(input: { startTime: "2030-01-01T10:00:00Z", endTime: "2030-01-01T11:00:00Z" }) { blockSlot { ghlId } } }`, {}, 'createBlockSlot'],
    ];
    for (const [query, variables, field] of cases) {
      const response = await stack.gqlUntyped(query, variables);
      // A calendar's appointments fail on their own field, under the calendar that was read.
      const path = field === 'calendar' ? ['calendar', 'appointments'] : [field];
      expectError(response, 'BAD_USER_INPUT', path);
    }
    expect(stack.sandbox.requests.count({ path: /free-slots|\/calendars\/$|appointments|block-slots|events/ })).toBe(0);
    // Only the calendar itself was read (once per request, for the two appointments cases).
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getCalendar: { 200: 2 } });
  });

  it('still answers the deprecated names (startTime/endTime, startDate/endDate, appointmentStatus) as their new ones do', async () => {
    const calendar = await activeCalendar();
    const { data, errors } = await stack.gql(
      graphql(`query DeprecatedCalendarNames($id: ID!, $from: DateTime!, $to: DateTime!, $first: Date!, $last: Date!) {
         calendar(id: $id) {
           current: appointments(startAt: $from, endAt: $to) { ghlId status startAt endAt }
           deprecated: appointments(startTime: $from, endTime: $to) { ghlId appointmentStatus startTime endTime }
         }
         currentSlots: freeSlots(calendarId: $id, startAt: $first, endAt: $last) { date slots }
         deprecatedSlots: freeSlots(calendarId: $id, startDate: $first, endDate: $last) { date slots }
       }`),
      {
        id: calendar.id,
        from: new Date(Date.now() - 2 * DAY_MS).toISOString(),
        to: new Date(Date.now() + 2 * DAY_MS).toISOString(),
        first: day(1),
        last: day(3),
      },
    );
    expect(errors).toBeUndefined();
    expect(data.calendar!.current.length).toBeGreaterThan(0);
    expect(data.calendar!.deprecated).toEqual(
      data.calendar!.current.map(({ ghlId, status, startAt, endAt }) => ({ ghlId, appointmentStatus: status?.toLowerCase(), startTime: startAt, endTime: endAt })),
    );
    expect(data.currentSlots.length).toBeGreaterThan(0);
    expect(data.deprecatedSlots).toEqual(data.currentSlots);
  });

  it('reports unknown calendars and appointments as NOT_FOUND on their own field', async () => {
    const response = await stack.gql(graphql(`query UnknownCalendarAndAppointment { calendar(id: "cal000000000000000000") { ghlId } appointment(id: "apt000000000000000000") { ghlId } location { ghlId } }`));
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['calendar'], 'NOT_FOUND'],
        [['appointment'], 'NOT_FOUND'],
      ]),
    );
    expect(response.errors).toHaveLength(2);
    expect(response.data).toEqual({ calendar: null, appointment: null, location: { ghlId: stack.locationId } });
  });

  it('refuses another location’s calendars as FORBIDDEN', async () => {
    const list = await stack.gql(graphql(`query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }`), { l: stack.otherLocationId });
    expectError(list, 'FORBIDDEN', ['calendars']);
    const stored = await activeCalendar();
    const one = await stack.gql(graphql(`query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }`), { id: stored.id }, { token: stack.otherToken });
    expectError(one, 'FORBIDDEN', ['calendar']);
  });
});
