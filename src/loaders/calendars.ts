import type { LimitFunction } from 'p-limit';
import type { GhlAppointment, GhlCalendar } from '../ghl/api/calendars.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

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
    appointmentsOfContact: perKey<string, GhlAppointment[]>(limit, async (contactId) => {
      const { events = [] } = await ghl.call('listContactAppointments', { path: { contactId } });
      for (const event of events) appointment.prime(event.id, event);
      return events;
    }),
  };
}
