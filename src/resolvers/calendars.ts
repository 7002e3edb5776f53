/**
 * Calendars, appointments, blocked slots and free slots: GraphQL arguments in, GHL calls out, GHL
 * payloads back. Time ranges and time zones are checked before any call: GHL refuses a free-slots
 * range over 31 days, and an unknown zone would only come back as a 400 after a round trip.
 */
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context.ts';
import type { GhlAppointment, GhlBlockSlot, GhlCalendar, GhlFreeSlots } from '../ghl/api/calendars.ts';
import { gatewayError } from '../errors.ts';
import { dateOf } from './dates.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';

export type CalendarType = 'round_robin' | 'event' | 'class_booking' | 'collective' | 'service_booking' | 'personal';
export type AppointmentStatus = 'new' | 'confirmed' | 'cancelled' | 'showed' | 'noshow' | 'invalid';

export interface OpenHoursInput {
  daysOfTheWeek: number[];
  hours: { openHour: number; openMinute: number; closeHour: number; closeMinute: number }[];
}

/** What a new calendar and a change to one both take. */
export interface CalendarInput {
  description?: string | null;
  slug?: string | null;
  eventType?: string | null;
  eventTitle?: string | null;
  eventColor?: string | null;
  groupId?: string | null;
  isActive?: boolean | null;
  teamMembers?: { userId: string; priority?: number | null; isPrimary?: boolean | null }[] | null;
  openHours?: OpenHoursInput[] | null;
  slotDuration?: number | null;
  slotInterval?: number | null;
  slotBuffer?: number | null;
  preBuffer?: number | null;
  appointmentsPerSlot?: number | null;
  appointmentsPerDay?: number | null;
  autoConfirm?: boolean | null;
  allowReschedule?: boolean | null;
  allowCancellation?: boolean | null;
}

export interface CreateCalendarInput extends CalendarInput {
  locationId?: string | null;
  name: string;
  calendarType?: CalendarType | null;
}

export interface UpdateCalendarInput extends CalendarInput {
  name?: string | null;
}

export interface AppointmentInput {
  calendarId?: string | null;
  startTime?: Date | null;
  endTime?: Date | null;
  title?: string | null;
  appointmentStatus?: AppointmentStatus | null;
  assignedUserId?: string | null;
  address?: string | null;
  description?: string | null;
  ignoreFreeSlotValidation?: boolean | null;
  toNotify?: boolean | null;
  meetingLocationType?: string | null;
  meetingLocationId?: string | null;
  overrideLocationConfig?: boolean | null;
  ignoreDateRange?: boolean | null;
}

export interface CreateAppointmentInput extends AppointmentInput {
  locationId?: string | null;
  contactId: string;
  calendarId: string;
  startTime: Date;
}

export interface CreateBlockSlotInput {
  locationId?: string | null;
  calendarId?: string | null;
  assignedUserId?: string | null;
  title?: string | null;
  startTime: Date;
  endTime: Date;
}

export interface UpdateBlockSlotInput {
  locationId?: string | null;
  calendarId?: string | null;
  assignedUserId?: string | null;
  title?: string | null;
  startAt?: Date | null;
  endAt?: Date | null;
}

export interface FreeSlotsArgs {
  calendarId: string;
  startAt: Date;
  endAt: Date;
  timezone?: string | null;
  userId?: string | null;
}

export interface FreeSlotDay {
  date: string;
  slots: Date[];
}

/** GHL's own limit on a free-slots query. */
const MAX_FREE_SLOT_DAYS = 31;
const DAY_MS = 86_400_000;

export function listCalendars(ctx: GatewayContext, locationId: string | null | undefined): Promise<GhlCalendar[]> {
  return ctx.loaders.calendarsOfLocation.load(locationIdOf(locationId, ctx.defaultLocationId));
}

export function getCalendar(ctx: GatewayContext, id: string): Promise<GhlCalendar> {
  return ctx.loaders.calendar.load(ghlIdOf(id, 'Calendar', 'id'));
}

export function getAppointment(ctx: GatewayContext, id: string): Promise<GhlAppointment> {
  return ctx.loaders.appointment.load(ghlIdOf(id, 'Appointment', 'id'));
}

/** GET /calendars/events: a calendar's appointments that start within the range. */
export async function calendarAppointments(
  ctx: GatewayContext,
  calendar: GhlCalendar,
  range: { startAt: Date; endAt: Date },
): Promise<GhlAppointment[]> {
  checkRange(range.startAt, range.endAt, 'startAt', 'endAt');
  const { events = [] } = await ctx.ghl.call('listCalendarEvents', {
    location: calendar.locationId,
    query: {
      calendarId: calendar.id,
      startTime: String(range.startAt.getTime()),
      endTime: String(range.endAt.getTime()),
    },
  });
  for (const event of events) ctx.loaders.appointment.prime(event.id, event);
  return events;
}

/**
 * Free slots from the first moment of startAt to the last of endAt, both days taken in
 * `timezone` (the location's when none is given), as GHL answers them: by day, in that zone.
 */
export async function freeSlots(ctx: GatewayContext, args: FreeSlotsArgs): Promise<FreeSlotDay[]> {
  const calendarId = ghlIdOf(args.calendarId, 'Calendar', 'calendarId');
  const timezone = args.timezone == null ? undefined : timeZoneOf(args.timezone);
  const userId = args.userId ? ghlIdOf(args.userId, 'User', 'userId') : undefined;
  if (args.endAt < args.startAt) throw gatewayError('BAD_USER_INPUT', 'endAt must not be before startAt');
  const days = Math.round((args.endAt.getTime() - args.startAt.getTime()) / DAY_MS) + 1;
  if (days > MAX_FREE_SLOT_DAYS) {
    throw gatewayError('BAD_USER_INPUT', `startAt to endAt must span at most ${MAX_FREE_SLOT_DAYS} days`);
  }
  // GHL keys the days in the location's zone unless told otherwise: take the days there too.
  const zone = timezone ?? (await locationZoneOf(ctx, calendarId));
  const startMs = startOfDay(args.startAt, zone);
  // A DST change inside the range may stretch its last day past GHL's limit by an hour.
  const endMs = Math.min(startOfDay(new Date(args.endAt.getTime() + DAY_MS), zone) - 1, startMs + MAX_FREE_SLOT_DAYS * DAY_MS);
  const result = await ctx.ghl.call('getFreeSlots', {
    path: { calendarId },
    query: { startDate: startMs, endDate: endMs, timezone: zone, userId },
  });
  return freeSlotDaysOf(result);
}

/**
 * A time of an appointment as an instant. The contacts API serves a contact's appointments with
 * the location's wall clock ("2021-07-16 11:00:00", no zone): such a time is read in the
 * location's zone, which costs one location read per request, and only when a time is asked for.
 */
export async function appointmentTime(
  ctx: GatewayContext,
  appointment: GhlAppointment,
  key: 'startTime' | 'endTime' | 'dateAdded' | 'dateUpdated',
): Promise<Date | null> {
  const value = appointment[key];
  if (typeof value !== 'string' || !WALL_CLOCK.test(value)) return dateOf(value);
  const location = await ctx.loaders.location.load(appointment.locationId);
  return new Date(wallClockInstant(value, timeZoneOrUtc(location.timezone)));
}

export async function createCalendar(ctx: GatewayContext, input: CreateCalendarInput): Promise<GhlCalendar> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const name = nonEmpty(input.name, 'name');
  const body = calendarBody(input);
  const teamMembers = body.teamMembers;
  const type = input.calendarType ?? undefined;
  if (type === 'personal' && teamMembers?.length !== 1) {
    throw gatewayError('BAD_USER_INPUT', 'a PERSONAL calendar must have exactly one team member');
  }
  if (type && type !== 'event' && type !== 'personal' && !teamMembers?.length) {
    throw gatewayError('BAD_USER_INPUT', 'teamMembers are required for this calendarType');
  }
  if (type === 'collective' && teamMembers!.filter((m) => m.isPrimary).length !== 1) {
    throw gatewayError('BAD_USER_INPUT', 'a COLLECTIVE calendar needs exactly one primary team member');
  }
  const { calendar } = await ctx.ghl.call('createCalendar', {
    location: locationId,
    body: definedOnly({ name, ...body, calendarType: type, slotBufferUnit: input.slotBuffer == null ? undefined : 'mins' }),
  });
  ctx.loaders.calendar.prime(calendar.id, calendar);
  ctx.loaders.calendarsOfLocation.clear(locationId);
  return calendar;
}

export async function updateCalendar(ctx: GatewayContext, id: string, input: UpdateCalendarInput): Promise<GhlCalendar> {
  const calendarId = ghlIdOf(id, 'Calendar', 'id');
  const body = definedOnly({ ...calendarBody(input), name: input.name == null ? undefined : nonEmpty(input.name, 'name') });
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const { calendar } = await ctx.ghl.call('updateCalendar', { path: { calendarId }, body });
  ctx.loaders.calendar.clear(calendarId).prime(calendarId, calendar);
  ctx.loaders.calendarsOfLocation.clear(calendar.locationId);
  return calendar;
}

export async function deleteCalendar(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const calendarId = ghlIdOf(id, 'Calendar', 'id');
  await ctx.ghl.call('deleteCalendar', { path: { calendarId } });
  ctx.loaders.calendar.clear(calendarId);
  ctx.loaders.calendarsOfLocation.clearAll();
  return { deletedGhlId: calendarId };
}

/** GHL deletes an appointment as an event, its blocked slots' kind too. */
export async function deleteAppointment(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const eventId = ghlIdOf(id, 'Appointment', 'id');
  await ctx.ghl.call('deleteEvent', { path: { eventId }, body: {} });
  ctx.loaders.appointment.clear(eventId);
  ctx.loaders.appointmentsOfContact.clearAll();
  ctx.loaders.appointmentNotes.clearAll();
  return { deletedGhlId: eventId };
}

/** The fields a new calendar and a change share, checked; durations are sent in minutes. */
function calendarBody(input: CalendarInput) {
  const teamMembers = input.teamMembers?.map((member, index) => ({
    userId: ghlIdOf(member.userId, 'User', `teamMembers[${index}].userId`),
    priority: member.priority ?? undefined,
    isPrimary: member.isPrimary ?? undefined,
  }));
  if (teamMembers && new Set(teamMembers.map((m) => m.userId)).size !== teamMembers.length) {
    throw gatewayError('BAD_USER_INPUT', 'teamMembers must not name a user twice');
  }
  if (input.eventColor != null && !/^#[0-9a-fA-F]{6}$/.test(input.eventColor)) {
    throw gatewayError('BAD_USER_INPUT', 'eventColor must be a hex colour such as "#039be5"');
  }
  for (const [argument, value, min] of [
    ['slotDuration', input.slotDuration, 1],
    ['slotInterval', input.slotInterval, 1],
    ['slotBuffer', input.slotBuffer, 0],
    ['preBuffer', input.preBuffer, 0],
    ['appointmentsPerSlot', input.appointmentsPerSlot, 1],
    ['appointmentsPerDay', input.appointmentsPerDay, 1],
  ] as const) {
    if (value != null && value < min) throw gatewayError('BAD_USER_INPUT', `${argument} must be at least ${min}`);
  }
  return definedOnly({
    description: input.description ?? undefined,
    slug: input.slug ?? undefined,
    eventType: input.eventType ?? undefined,
    eventTitle: input.eventTitle ?? undefined,
    eventColor: input.eventColor ?? undefined,
    groupId: input.groupId ? ghlIdOf(input.groupId, 'CalendarGroup', 'groupId') : undefined,
    isActive: input.isActive ?? undefined,
    teamMembers: teamMembers?.map((member) => definedOnly(member)),
    openHours: input.openHours?.map(checkOpenHours),
    slotDuration: input.slotDuration ?? undefined,
    slotDurationUnit: input.slotDuration == null ? undefined : 'mins',
    slotInterval: input.slotInterval ?? undefined,
    slotIntervalUnit: input.slotInterval == null ? undefined : 'mins',
    slotBuffer: input.slotBuffer ?? undefined,
    // CalendarUpdateDTO has no slotBufferUnit (minutes, GHL's default): a new calendar sends its own.
    preBuffer: input.preBuffer ?? undefined,
    preBufferUnit: input.preBuffer == null ? undefined : 'mins',
    appoinmentPerSlot: input.appointmentsPerSlot ?? undefined,
    appoinmentPerDay: input.appointmentsPerDay ?? undefined,
    autoConfirm: input.autoConfirm ?? undefined,
    allowReschedule: input.allowReschedule ?? undefined,
    allowCancellation: input.allowCancellation ?? undefined,
  });
}

export async function createAppointment(ctx: GatewayContext, input: CreateAppointmentInput): Promise<GhlAppointment> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const appointment = await ctx.ghl.call('createAppointment', {
    location: locationId,
    body: { ...appointmentBody(input), contactId },
  });
  ctx.loaders.appointment.clear(appointment.id);
  ctx.loaders.appointmentsOfContact.clear(contactId);
  return appointment;
}

export async function updateAppointment(ctx: GatewayContext, id: string, input: AppointmentInput): Promise<GhlAppointment> {
  const eventId = ghlIdOf(id, 'Appointment', 'id');
  const body = appointmentBody(input);
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const appointment = await ctx.ghl.call('updateAppointment', { path: { eventId }, body });
  ctx.loaders.appointment.clear(eventId);
  if (appointment.contactId) ctx.loaders.appointmentsOfContact.clear(appointment.contactId);
  return appointment;
}

export async function createBlockSlot(ctx: GatewayContext, input: CreateBlockSlotInput): Promise<GhlBlockSlot> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  if ((input.calendarId == null) === (input.assignedUserId == null)) {
    throw gatewayError('BAD_USER_INPUT', 'a blocked slot blocks either a calendar (calendarId) or a user (assignedUserId), one of them');
  }
  checkRange(input.startTime, input.endTime, 'startTime', 'endTime');
  return ctx.ghl.call('createBlockSlot', {
    location: locationId,
    body: definedOnly({
      calendarId: input.calendarId ? ghlIdOf(input.calendarId, 'Calendar', 'calendarId') : undefined,
      assignedUserId: input.assignedUserId ? ghlIdOf(input.assignedUserId, 'User', 'assignedUserId') : undefined,
      title: input.title ?? undefined,
      startTime: input.startTime.toISOString(),
      endTime: input.endTime.toISOString(),
    }),
  });
}

/** GET /calendars/blocked-slots: the time blocked on a calendar that overlaps the range. */
export async function calendarBlockedSlots(ctx: GatewayContext, calendar: GhlCalendar, range: { startAt: Date; endAt: Date }): Promise<GhlBlockSlot[]> {
  checkRange(range.startAt, range.endAt, 'startAt', 'endAt');
  const { events = [] } = await ctx.ghl.call('listBlockedSlots', {
    location: calendar.locationId,
    query: { calendarId: calendar.id, startTime: String(range.startAt.getTime()), endTime: String(range.endAt.getTime()) },
  });
  return events;
}

/** Moves, retimes or retitles a blocked slot; naming a calendar or a user moves it there, off the other. */
export async function updateBlockSlot(ctx: GatewayContext, id: string, input: UpdateBlockSlotInput): Promise<GhlBlockSlot> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const eventId = nonEmpty(id, 'id');
  if (input.calendarId != null && input.assignedUserId != null) {
    throw gatewayError('BAD_USER_INPUT', 'a blocked slot blocks either a calendar (calendarId) or a user (assignedUserId), not both');
  }
  if (input.startAt && input.endAt) checkRange(input.startAt, input.endAt, 'startAt', 'endAt');
  const body = definedOnly({
    calendarId: input.calendarId ? ghlIdOf(input.calendarId, 'Calendar', 'calendarId') : undefined,
    assignedUserId: input.assignedUserId ? ghlIdOf(input.assignedUserId, 'User', 'assignedUserId') : undefined,
    title: input.title == null ? undefined : nonEmpty(input.title, 'title'),
    startTime: input.startAt?.toISOString(),
    endTime: input.endAt?.toISOString(),
  });
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  return ctx.ghl.call('updateBlockSlot', { path: { eventId }, location: locationId, body });
}

/** The days of a free-slots answer, in order; keys that are not days (a `traceId`) are not slots. */
export function freeSlotDaysOf(result: GhlFreeSlots): FreeSlotDay[] {
  return Object.entries(result)
    .filter(([key, value]) => /^\d{4}-\d{2}-\d{2}$/.test(key) && Array.isArray((value as { slots?: unknown })?.slots))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, value]) => ({
      date,
      slots: ((value as { slots: unknown[] }).slots)
        .map((slot) => (typeof slot === 'string' || typeof slot === 'number' ? dateOf(slot) : null))
        .filter((slot): slot is Date => slot !== null),
    }));
}

function appointmentBody(input: AppointmentInput): Record<string, unknown> {
  if (input.startTime && input.endTime) checkRange(input.startTime, input.endTime, 'startTime', 'endTime');
  if (input.title != null) nonEmpty(input.title, 'title');
  return definedOnly({
    calendarId: input.calendarId ? ghlIdOf(input.calendarId, 'Calendar', 'calendarId') : undefined,
    startTime: input.startTime?.toISOString(),
    endTime: input.endTime?.toISOString(),
    title: input.title ?? undefined,
    appointmentStatus: input.appointmentStatus ?? undefined,
    assignedUserId: input.assignedUserId ? ghlIdOf(input.assignedUserId, 'User', 'assignedUserId') : undefined,
    address: input.address ?? undefined,
    description: input.description ?? undefined,
    ignoreFreeSlotValidation: input.ignoreFreeSlotValidation ?? undefined,
    toNotify: input.toNotify ?? undefined,
    meetingLocationType: input.meetingLocationType ?? undefined,
    meetingLocationId: input.meetingLocationId ?? undefined,
    overrideLocationConfig: input.overrideLocationConfig ?? undefined,
    ignoreDateRange: input.ignoreDateRange ?? undefined,
  });
}

function checkOpenHours(entry: OpenHoursInput, index: number): OpenHoursInput {
  const at = `openHours[${index}]`;
  if (entry.daysOfTheWeek.length === 0 || entry.daysOfTheWeek.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    throw gatewayError('BAD_USER_INPUT', `${at}.daysOfTheWeek must list days 0 (Sunday) to 6 (Saturday)`);
  }
  if (entry.hours.length === 0) throw gatewayError('BAD_USER_INPUT', `${at}.hours must hold at least one range`);
  for (const hour of entry.hours) {
    const valid =
      [hour.openHour, hour.closeHour].every((h) => Number.isInteger(h) && h >= 0 && h <= 23) &&
      [hour.openMinute, hour.closeMinute].every((m) => Number.isInteger(m) && m >= 0 && m <= 59) &&
      hour.openHour * 60 + hour.openMinute < hour.closeHour * 60 + hour.closeMinute;
    if (!valid) throw gatewayError('BAD_USER_INPUT', `${at}.hours must be times of day (0-23:0-59), each closing after it opens`);
  }
  return { daysOfTheWeek: [...new Set(entry.daysOfTheWeek)], hours: entry.hours };
}

function checkRange(start: Date, end: Date, startName: string, endName: string): void {
  if (end <= start) throw gatewayError('BAD_USER_INPUT', `${endName} must be after ${startName}`);
}

/**
 * An IANA time zone, as Intl knows them, in its canonical spelling. Building an Intl formatter
 * costs tens of microseconds, and every appointment time needs one: each zone's is built once.
 * Zones are matched without case, so the cache holds at most one entry per zone Intl knows.
 */
function timeZoneOf(value: string): string {
  const key = value.toLowerCase();
  let zone = canonicalZones.get(key);
  if (zone === undefined) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      throw gatewayError('BAD_USER_INPUT', 'timezone must be an IANA time zone such as "America/New_York"');
    }
    canonicalZones.set(key, zone);
  }
  return zone;
}

const canonicalZones = new Map<string, string>();
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

async function locationZoneOf(ctx: GatewayContext, calendarId: string): Promise<string> {
  const calendar = await ctx.loaders.calendar.load(calendarId);
  return timeZoneOrUtc((await ctx.loaders.location.load(calendar.locationId)).timezone);
}

function timeZoneOrUtc(value: string | undefined): string {
  try {
    return value ? timeZoneOf(value) : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Epoch ms of midnight at the start of a day (a UTC-midnight Date) in a time zone. */
function startOfDay(day: Date, timeZone: string): number {
  return zonedInstant(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), timeZone);
}

/** Epoch ms of a zone-less "YYYY-MM-DD HH:mm:ss" read as a wall clock in a time zone. */
function wallClockInstant(value: string, timeZone: string): number {
  const [, y, mo, d, h, mi, sec] = WALL_CLOCK.exec(value)!.map(Number) as number[];
  return zonedInstant(Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(sec) ? 0 : sec!), timeZone);
}

/**
 * The instant a wall clock (given as if it were UTC) shows in a time zone. Remembered: the same
 * appointments are read again and again, and two formats a time are most of what a page of them
 * costs. A pure function of its arguments, so a kept answer is never stale; bounded, so it holds
 * only the times read lately.
 */
function zonedInstant(wallAsUtc: number, timeZone: string): number {
  const key = `${timeZone} ${wallAsUtc}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    // The zone's offset at the guess, applied twice, lands on the right side of a DST change.
    const guess = wallAsUtc - offsetOf(wallAsUtc, timeZone);
    instant = wallAsUtc - offsetOf(guess, timeZone);
    zonedInstants.set(key, instant);
  }
  return instant;
}

const zonedInstants = new LRUCache<string, number>({ max: 10_000 });

/**
 * `timeZone` is canonical (timeZoneOf), so the formatters cached are one per zone. The wall clock
 * is read from `format` ("7/16/2021, 11:00:00") rather than formatToParts: a third of the cost,
 * with no array of parts to build and search for each time.
 */
function offsetOf(instant: number, timeZone: string): number {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormats.set(timeZone, format);
  }
  const [, month, day, year, hour, minute, second] = FORMATTED_WALL_CLOCK.exec(format.format(instant))!.map(Number) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** What an en-US wall-clock format writes: month/day/year, hour:minute:second (h23). */
const FORMATTED_WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;
