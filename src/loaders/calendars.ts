import type { LimitFunction } from 'p-limit';
import type { GhlAppointment, GhlAppointmentNote, GhlCalendar, GhlCalendarGroup, GhlCalendarNotification } from '../ghl/api/calendars.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** One page of an appointment's notes: GHL pages them by offset, at most 20 at a time. */
export interface AppointmentNotesPage {
  appointmentId: string;
  offset: number;
  limit: number;
}

export function calendarLoaders(ghl: GhlSession, limit: LimitFunction) {
  const calendar = perKey<string, GhlCalendar>(
    limit,
    async (calendarId) => (await ghl.call('getCalendar', { path: { calendarId } })).calendar,
  );
  const appointment = perKey<string, GhlAppointment>(
    limit,
    async (eventId) => (await ghl.call('getAppointment', { path: { eventId } })).event,
  );
  return {
    calendar,
    appointment,
    calendarsOfLocation: perKey<string, GhlCalendar[]>(limit, async (locationId) => {
      const { calendars = [] } = await ghl.call('listCalendars', { location: locationId });
      for (const listed of calendars) calendar.prime(listed.id, listed);
      return calendars;
    }),
    // GHL reads a group only in its location's list: every group of a request's location costs one call.
    calendarGroupsOfLocation: perKey<string, Array<GhlCalendarGroup & { locationId: string }>>(limit, async (locationId) => {
      const { groups = [] } = await ghl.call('listCalendarGroups', { location: locationId });
      return groups.map((group) => ({ ...group, locationId: group.locationId ?? locationId }));
    }),
    // A calendar's notifications that are not deleted, all of them (GHL's default page is 100).
    notificationsOfCalendar: perKey<string, GhlCalendarNotification[]>(limit, (calendarId) =>
      ghl.call('listCalendarNotifications', { path: { calendarId }, query: { deleted: false } }),
    ),
    calendarNotification: perKey<{ calendarId: string; id: string }, GhlCalendarNotification>(
      limit,
      ({ calendarId, id }) => ghl.call('getCalendarNotification', { path: { calendarId, notificationId: id } }),
      ({ calendarId, id }) => `${calendarId}/${id}`,
    ),
    appointmentsOfContact: perKey<string, GhlAppointment[]>(limit, async (contactId) => {
      const { events = [] } = await ghl.call('listContactAppointments', { path: { contactId } });
      for (const event of events) appointment.prime(event.id, event);
      return events;
    }),
    // No endpoint lists the notes of several appointments: one call per appointment and page asked for.
    appointmentNotes: perKey<AppointmentNotesPage, { notes: GhlAppointmentNote[]; hasMore: boolean }>(
      limit,
      async ({ appointmentId, offset, limit: size }) => {
        const { notes = [], hasMore = false } = await ghl.call('listAppointmentNotes', { path: { appointmentId }, query: { offset, limit: size } });
        return { notes, hasMore };
      },
      ({ appointmentId, offset, limit: size }) => `${appointmentId}/${offset}/${size}`,
    ),
  };
}
