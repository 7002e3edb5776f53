import type { LimitFunction } from 'p-limit';
import type { GhlAppointment, GhlAppointmentNote, GhlAvailabilitySchedule, GhlCalendar, GhlCalendarGroup, GhlCalendarNotification, GhlCalendarResource } from '../ghl/api/calendars.ts';
import { MAX_PAGE_SIZE, readAll } from '../ghl/pages.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** One page of an appointment's notes: GHL pages them by offset, at most 20 at a time. */
export interface AppointmentNotesPage {
  appointmentId: string;
  offset: number;
  limit: number;
}

export type CalendarResourceType = 'equipments' | 'rooms';

/** A room or equipment, sure of its id, type and location (GHL reads it by type and id). */
export type LocatedCalendarResource = GhlCalendarResource & { locationId: string; resourceType: CalendarResourceType };

export function calendarLoaders(ghl: GhlSession, limit: LimitFunction) {
  const calendar = perKey<string, GhlCalendar>(
    limit,
    async (calendarId) => (await ghl.call('getCalendar', { path: { calendarId } })).calendar,
  );
  const appointment = perKey<string, GhlAppointment>(
    limit,
    async (eventId) => (await ghl.call('getAppointment', { path: { eventId } })).event,
  );
  const calendarResource = perKey<{ resourceType: CalendarResourceType; id: string }, LocatedCalendarResource>(
    limit,
    async ({ resourceType, id }) => ({ ...(await ghl.call('getCalendarResource', { path: { resourceType, id } })), id, resourceType }),
    ({ resourceType, id }) => `${resourceType}/${id}`,
  );
  const availabilitySchedule = perKey<string, GhlAvailabilitySchedule>(
    limit,
    async (id) => (await ghl.call('getAvailabilitySchedule', { path: { id } })).schedule,
  );
  return {
    calendar,
    appointment,
    calendarResource,
    availabilitySchedule,
    // GHL lists schedules by user only: a calendar's are its team members', one call per member and request.
    availabilitySchedulesOfUser: perKey<{ locationId: string; userId: string }, GhlAvailabilitySchedule[]>(
      limit,
      async ({ locationId, userId }) => {
        const schedules = await readAll(async (skip) => ({
          items: (await ghl.call('listAvailabilitySchedules', { location: locationId, query: { userId, skip, limit: MAX_PAGE_SIZE } })).schedules,
        }));
        for (const schedule of schedules) availabilitySchedule.prime(schedule.id, schedule);
        return schedules;
      },
      ({ locationId, userId }) => `${locationId}/${userId}`,
    ),
    // Every room (or every equipment) of a location, page by page: what a calendar's resources are filtered from.
    calendarResourcesOfLocation: perKey<{ locationId: string; resourceType: CalendarResourceType }, LocatedCalendarResource[]>(
      limit,
      async ({ locationId, resourceType }) => {
        const listed = await readAll(async (skip) => ({
          items: await ghl.call('listCalendarResources', { location: locationId, path: { resourceType }, query: { limit: MAX_PAGE_SIZE, skip } }),
        }));
        const resources = listed.map((resource) => ({ ...resource, locationId: resource.locationId ?? locationId, resourceType }));
        for (const resource of resources) calendarResource.prime({ resourceType, id: resource.id }, resource);
        return resources;
      },
      ({ locationId, resourceType }) => `${locationId}/${resourceType}`,
    ),
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
