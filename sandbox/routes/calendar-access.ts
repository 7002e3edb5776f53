/**
 * What the calendar routes share: their route options, the ownership checks on calendars and
 * appointments, and the query that get-calendar-events and get-blocked-slots both take.
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import type { Appointment, Calendar } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { requireLocation, V2021_04_15 } from './common.ts';

/** Every calendars.json operation served takes `bearer`: a sub-account token. */
export const CALENDARS = { versions: V2021_04_15, tokens: 'location' } as const;

export function requireCalendar(store: SandboxStore, principal: Principal, calendarId: string): Calendar {
  const calendar = store.calendars.get(calendarId);
  if (!calendar) throw ghlErrors.notFound('Calendar');
  requireLocation(store, principal, calendar.locationId);
  return calendar;
}

export function requireAppointment(store: SandboxStore, principal: Principal, eventId: string): Appointment {
  const appointment = store.appointments.get(eventId);
  if (!appointment) throw ghlErrors.notFound('Appointment');
  requireLocation(store, principal, appointment.locationId);
  return appointment;
}

/** Whose events, and when: an event is in range if it overlaps [from, to]. */
export interface EventQuery {
  locationId: string;
  calendarId?: string;
  userId?: string;
  groupId?: string;
  from: number;
  to: number;
}

/** The record fields an EventQuery looks at, which appointments and block slots both have. */
interface EventLike {
  locationId: string;
  calendarId?: string;
  assignedUserId?: string;
  users?: string[];
  startTime: string;
  endTime: string;
}

export function readEventQuery(store: SandboxStore, principal: Principal, query: Record<string, string>): EventQuery {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const calendarId = v.string('calendarId');
  const userId = v.string('userId');
  const groupId = v.string('groupId');
  const from = v.number('startTime', { required: true, min: 0 });
  const to = v.number('endTime', { required: true, min: 0 });
  v.check();
  const problems = [
    ...(calendarId === undefined && userId === undefined && groupId === undefined
      ? ['Either of calendarId, userId or groupId is required']
      : []),
    ...(to < from ? ['endTime must not be before startTime'] : []),
  ];
  if (problems.length > 0) throw ghlErrors.unprocessable(problems);
  requireLocation(store, principal, locationId);
  if (calendarId !== undefined) requireCalendar(store, principal, calendarId);
  return { locationId, calendarId, userId, groupId, from, to };
}

/** Sorted by start time, as GHL's calendar view lists them. */
export function eventsMatching<T extends EventLike>(store: SandboxStore, records: Iterable<T>, query: EventQuery): T[] {
  const matches = (record: T) =>
    record.locationId === query.locationId &&
    (query.calendarId === undefined || record.calendarId === query.calendarId) &&
    (query.userId === undefined || record.assignedUserId === query.userId || (record.users ?? []).includes(query.userId)) &&
    (query.groupId === undefined ||
      (record.calendarId !== undefined && store.calendars.get(record.calendarId)?.groupId === query.groupId)) &&
    Date.parse(record.startTime) <= query.to &&
    Date.parse(record.endTime) >= query.from;
  return [...records].filter(matches).sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
}
