/** The brief's Calendars examples. */
import { graphql } from '../generated/gql.ts';
import { activeCalendar, freeSlot, minutesAfter, newContact } from './fixtures.ts';
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /calendars/',
    operation: 'listCalendars',
    run: (b) => b.gql(graphql(`query BriefCalendarsList { calendars { name eventType } }`)),
  },
  {
    brief: 'POST /calendars/',
    operation: 'createCalendar',
    run: async (b) => {
      const calendar = await activeCalendar(b);
      return b.gql(graphql(`mutation BriefCalendarsCreate($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar { ghlId } } }`), {
        input: {
          name: 'Product Demo',
          description: '30-minute product demonstration',
          calendarType: 'ROUND_ROBIN',
          slotDuration: 30,
          slotInterval: 30,
          eventColor: '#2196F3',
          openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
          teamMembers: [{ userId: calendar.teamMembers[0]!.ghlId, priority: 1 }],
        },
      });
    },
  },
  {
    brief: 'GET /calendars/calendar123/free-slots',
    operation: 'getFreeSlots',
    run: async (b) => freeSlot(b, await activeCalendar(b)),
  },
  {
    brief: 'POST /calendars/events/appointments',
    operation: 'createAppointment',
    run: (b) => newAppointment(b),
  },
  {
    brief: 'PUT /calendars/events/appointments/event456',
    operation: 'updateAppointment',
    run: async (b) =>
      b.gql(graphql(`mutation BriefCalendarsUpdateAppointment($id: ID!) { updateAppointment(id: $id, input: { appointmentStatus: CONFIRMED, title: "Moved" }) { appointment { ghlId } } }`), {
        id: await newAppointment(b),
      }),
  },
  {
    brief: 'POST /calendars/events/block-slots',
    operation: 'createBlockSlot',
    run: async (b) => {
      const calendar = await activeCalendar(b);
      const start = minutesAfter(await freeSlot(b, calendar), 3 * 24 * 60);
      return b.gql(graphql(`mutation BriefCalendarsBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId } } }`), {
        input: { calendarId: calendar.id, title: 'Lunch Break', startTime: start, endTime: minutesAfter(start, 60) },
      });
    },
  },
];

async function newAppointment(b: BriefContext): Promise<string> {
  const calendar = await activeCalendar(b);
  const start = await freeSlot(b, calendar);
  const data = await b.gql(graphql(`mutation BriefCalendarsNewAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }`), {
    input: {
      calendarId: calendar.id,
      contactId: (await newContact(b)).id,
      startTime: start,
      endTime: minutesAfter(start, calendar.slotDuration),
      title: 'Product Demo with John Doe',
      appointmentStatus: 'CONFIRMED',
      assignedUserId: calendar.teamMembers[0]!.ghlId,
    },
  });
  return data.createAppointment.appointment.id;
}
