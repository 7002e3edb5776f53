/**
 * Appointments (calendars.json /calendars/events...): listing, booking, editing, reading and
 * deleting one (a block slot is an event too), plus a contact's appointments (contacts.json),
 * which GHL still serves in an older shape.
 * Booking refuses a time that is not one of the calendar's free slots, unless the body says
 * ignoreFreeSlotValidation.
 */
import { busyTimes } from '../model/calendar-busy.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { freeMember, slotDurationMs, slotStarts } from '../model/free-slots.ts';
import { BLOCKING_STATUSES } from '../model/calendars.ts';
import type { Appointment, AppointmentStatus, Calendar } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { applyUpdate, definedOnly, Validator } from '../http/validate.ts';
import { appointmentEvent } from '../webhooks/events.ts';
import { formatInZone, wallClock } from '../model/zoned-time.ts';
import { CALENDARS, eventsMatching, readEventQuery, requireAppointment, requireCalendar } from './calendar-access.ts';
import { created, ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';

const STATUSES: readonly AppointmentStatus[] = ['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid'];
const MEETING_LOCATION_TYPES = ['custom', 'zoom', 'gmeet', 'phone', 'address', 'ms_teams', 'google'] as const;
const blocking = new Set<string>(BLOCKING_STATUSES);

export const appointmentRoutes: Route[] = [
  route('GET', '/calendars/events', CALENDARS, ({ store, principal, query }) => {
    const events = readEventQuery(store, principal, query);
    return ok({ events: eventsMatching(store, store.appointmentsOfLocation(events.locationId), events) });
  }),
  route('POST', '/calendars/events/appointments', CALENDARS, createAppointment),
  route('GET', '/calendars/events/appointments/{eventId}', CALENDARS, ({ store, principal, params }) =>
    ok({ event: requireAppointment(store, principal, params.eventId) }),
  ),
  route('PUT', '/calendars/events/appointments/{eventId}', CALENDARS, editAppointment),
  /** An event is an appointment or a block slot; an appointment goes with its notes. */
  route('DELETE', '/calendars/events/{eventId}', CALENDARS, ({ store, principal, params, body, emit }) => {
    Validator.body(body).check();
    const block = store.blockSlots.get(params.eventId);
    if (block) {
      requireLocation(store, principal, block.locationId);
      store.blockSlots.delete(block.id);
    } else {
      const appointment = requireAppointment(store, principal, params.eventId);
      for (const note of store.notesOfAppointment(appointment.id)) store.appointmentNotes.delete(note.id);
      store.appointments.delete(appointment.id);
      emit(appointmentEvent('AppointmentDelete', appointment));
    }
    return created({ succeeded: true });
  }),
  route('GET', '/contacts/{contactId}/appointments', { versions: V2021_07_28, tokens: 'location' }, ({ store, principal, params }) => {
    const contact = requireContact(store, principal, params.contactId);
    const { timezone } = requireLocation(store, principal, contact.locationId);
    const appointments = store.appointmentsOfContact(contact.id).sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
    return ok({ events: appointments.map((appointment) => contactEvent(appointment, timezone)) });
  }),
];

/** The fields AppointmentCreateSchema and AppointmentEditSchema share, in the spec's order. */
function readSharedFields(v: Validator) {
  const fields = {
    title: v.string('title'),
    meetingLocationType: v.oneOf('meetingLocationType', MEETING_LOCATION_TYPES),
    appointmentStatus: v.oneOf('appointmentStatus', STATUSES),
    assignedUserId: v.string('assignedUserId'),
    description: v.string('description'),
    address: v.string('address'),
    ignoreFreeSlotValidation: v.boolean('ignoreFreeSlotValidation') ?? false,
  };
  // Accepted with nothing to act on: the sandbox has one meeting location per calendar, no
  // minimum scheduling notice, and no automations to notify.
  v.string('meetingLocationId');
  for (const flag of ['overrideLocationConfig', 'ignoreDateRange', 'toNotify']) v.boolean(flag);
  v.custom('rrule', () => ['rrule: the sandbox does not book recurring appointments; book each occurrence']);
  return fields;
}

function createAppointment({ body, store, principal, emit }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const fields = readSharedFields(v);
  const calendarId = v.string('calendarId', { required: true });
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  const startTime = v.isoDate('startTime', { required: true });
  const endTime = v.isoDate('endTime');
  v.check();
  // A location token reaches only its own location, so all three are of the same one.
  const { timezone } = requireLocation(store, principal, locationId);
  const calendar = requireCalendar(store, principal, calendarId);
  const contact = requireContact(store, principal, contactId);
  const start = Date.parse(startTime);
  const end = endTime === undefined ? start + slotDurationMs(calendar) : Date.parse(endTime);
  if (end <= start) throw ghlErrors.unprocessable(['endTime must be after startTime']);

  const status = fields.appointmentStatus ?? (calendar.autoConfirm === false ? 'new' : 'confirmed');
  // A cancelled or invalid appointment holds no slot, so there is none to check.
  const skipCheck = fields.ignoreFreeSlotValidation || !blocking.has(status);
  const assignedUserId = bookSlot(store, calendar, timezone, start, end, fields.assignedUserId, skipCheck);
  const now = new Date().toISOString();
  const appointment: Appointment = definedOnly({
    id: randomId(),
    // The calendar's default eventTitle is '{{contact.name}}'.
    title: fields.title ?? contact.name ?? calendar.name,
    calendarId,
    locationId,
    contactId,
    groupId: calendar.groupId,
    appointmentStatus: status,
    assignedUserId,
    users: [],
    description: fields.description,
    address: fields.address,
    meetingLocationType: fields.meetingLocationType,
    isRecurring: false,
    startTime: formatInZone(start, timezone),
    endTime: formatInZone(end, timezone),
    dateAdded: now,
    dateUpdated: now,
  });
  store.appointments.insert(appointment);
  emit(appointmentEvent('AppointmentCreate', appointment));
  return ok(appointmentResponse(appointment));
}

/**
 * A move (new time, calendar or assignee), or bringing a cancelled appointment that is still
 * ahead back, needs a free slot, its own old time excepted; marking what happened at a past one
 * does not. A move without a new endTime keeps the appointment's length.
 */
function editAppointment({ body, store, principal, params, emit }: RequestContext<{ eventId: string }>): ApiResult {
  const existing = requireAppointment(store, principal, params.eventId);
  const v = Validator.body(body);
  const fields = readSharedFields(v);
  const calendarId = v.string('calendarId');
  const startTime = v.isoDate('startTime');
  const endTime = v.isoDate('endTime');
  v.check();
  const { timezone } = requireLocation(store, principal, existing.locationId);
  const calendar = requireCalendar(store, principal, calendarId ?? existing.calendarId);
  const oldStart = Date.parse(existing.startTime);
  const oldEnd = Date.parse(existing.endTime);
  const start = startTime === undefined ? oldStart : Date.parse(startTime);
  const end = endTime === undefined ? start + (oldEnd - oldStart) : Date.parse(endTime);
  if (end <= start) throw ghlErrors.unprocessable(['endTime must be after startTime']);

  const status = fields.appointmentStatus ?? existing.appointmentStatus;
  const sameCalendar = calendar.id === existing.calendarId;
  const requested = fields.assignedUserId ?? (sameCalendar ? existing.assignedUserId : undefined);
  const moved = start !== oldStart || end !== oldEnd || !sameCalendar || requested !== existing.assignedUserId;
  const revived = !blocking.has(existing.appointmentStatus) && start >= Date.now();
  const needsSlot = blocking.has(status) && (moved || revived);
  const skipCheck = fields.ignoreFreeSlotValidation || !needsSlot;
  const assignedUserId = bookSlot(store, calendar, timezone, start, end, requested, skipCheck, existing.id);

  const changes: Partial<Appointment> = {
    title: fields.title,
    calendarId: calendar.id,
    groupId: calendar.groupId,
    appointmentStatus: status,
    assignedUserId,
    description: fields.description,
    address: fields.address,
    meetingLocationType: fields.meetingLocationType,
    startTime: formatInZone(start, timezone),
    endTime: formatInZone(end, timezone),
    dateUpdated: new Date().toISOString(),
  };
  const cleared = [
    ...v.clearedAmong(['description', 'address'] as const),
    ...(calendar.groupId === undefined ? (['groupId'] as const) : []),
    ...(assignedUserId === undefined ? (['assignedUserId'] as const) : []),
  ];
  const appointment = store.appointments.insert(applyUpdate(existing, changes, cleared));
  emit(appointmentEvent('AppointmentUpdate', appointment));
  return ok(appointmentResponse(appointment));
}

/**
 * Who takes [start, end) on the calendar: the requested user, or else the first team member free
 * then (the first one at all when the check is skipped). Unless skipped, the start must be a free
 * slot of the calendar (open hours, not past, someone free), or the booking is refused as GHL
 * refuses a taken slot.
 */
function bookSlot(
  store: SandboxStore,
  calendar: Calendar,
  timeZone: string,
  start: number,
  end: number,
  requested: string | undefined,
  skipCheck: boolean,
  exceptAppointmentId?: string,
): string | undefined {
  const team = calendar.teamMembers.map((member) => member.userId);
  const allowed = team.length > 0 ? team : store.usersOfLocation(calendar.locationId).map((user) => user.id);
  if (requested !== undefined && !allowed.includes(requested)) {
    throw ghlErrors.unprocessable([team.length > 0 ? 'assignedUserId must be a team member of the calendar' : 'assignedUserId must be a user of this location']);
  }
  if (skipCheck) return requested ?? team[0];
  const onTheGrid = start >= Date.now() && slotStarts(calendar, timeZone, start, start).includes(start);
  const busy = busyTimes(store, calendar, start, end, exceptAppointmentId);
  const member = onTheGrid ? freeMember(calendar, busy, start, end, requested === undefined ? team : [requested]) : undefined;
  if (member === undefined) throw new GhlError(400, 'The slot you have selected is no longer available.');
  return member === '' ? requested : member;
}

/** AppointmentSchemaResponse: what create-appointment and edit-appointment answer, unwrapped. */
function appointmentResponse(appointment: Appointment) {
  const { id, calendarId, locationId, contactId, startTime, endTime, title, meetingLocationType, appointmentStatus, assignedUserId, address, isRecurring } =
    appointment;
  return definedOnly({ calendarId, locationId, contactId, startTime, endTime, title, meetingLocationType, appointmentStatus, assignedUserId, address, isRecurring, id });
}

/**
 * GetEventSchema (contacts.json): times as the location's wall clock, "2021-07-16 11:00:00",
 * with no zone, and the older `status` beside appointmentStatus ('booked' for a new one).
 */
function contactEvent(appointment: Appointment, timeZone: string) {
  const local = (time: string) => {
    const { date, time: clock } = wallClock(Date.parse(time), timeZone);
    return `${date} ${clock}`;
  };
  const { id, calendarId, title, assignedUserId, notes, address, locationId, contactId, groupId, appointmentStatus, users } = appointment;
  return definedOnly({
    id,
    calendarId,
    status: appointmentStatus === 'new' ? 'booked' : appointmentStatus,
    title,
    assignedUserId,
    notes,
    startTime: local(appointment.startTime),
    endTime: local(appointment.endTime),
    address,
    locationId,
    contactId,
    groupId,
    appointmentStatus,
    users,
    dateAdded: local(appointment.dateAdded),
    dateUpdated: local(appointment.dateUpdated),
  });
}
