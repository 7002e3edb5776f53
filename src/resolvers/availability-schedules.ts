/**
 * Users' availability schedules: the hours a user takes bookings, in a time zone, applied to some
 * of the calendars they staff. GHL lists schedules by user only, so a calendar's schedules are
 * read from its team members' lists (one call per member and request) and filtered.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlAvailabilitySchedule, GhlCalendar, GhlScheduleRule } from '../ghl/api/calendars.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';

export type AvailabilitySchedule = GhlAvailabilitySchedule;

export interface AvailabilityRuleInput {
  kind: 'wday' | 'date';
  day?: string | null;
  date?: string | null;
  intervals: ReadonlyArray<{ from: string; to: string }>;
}

export interface AvailabilityScheduleInput {
  name?: string | null;
  timezone?: string | null;
  rules?: readonly AvailabilityRuleInput[] | null;
}

export interface CreateAvailabilityScheduleInput extends AvailabilityScheduleInput {
  locationId?: string | null;
  userId: string;
  name: string;
  timezone: string;
  calendarIds?: readonly string[] | null;
}

/** The file's pattern for a time zone (CreateScheduleDTO), and one the runtime knows. */
const ZONE = /^[A-Za-z_]+\/[A-Za-z_]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const scheduleIdOf = (value: string) => ghlIdOf(value, 'AvailabilitySchedule', 'id');

export async function listAvailabilitySchedules(
  ctx: GatewayContext,
  args: { userId: string; locationId?: string | null; calendarId?: string | null },
): Promise<AvailabilitySchedule[]> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const calendarId = args.calendarId ? ghlIdOf(args.calendarId, 'Calendar', 'calendarId') : undefined;
  const schedules = await schedulesOfUser(ctx, locationId, ghlIdOf(args.userId, 'User', 'userId'));
  return calendarId ? schedules.filter((schedule) => (schedule.calendarIds ?? []).includes(calendarId)) : schedules;
}

export async function getAvailabilitySchedule(ctx: GatewayContext, id: string): Promise<AvailabilitySchedule> {
  const schedule = await ctx.loaders.availabilitySchedule.load(id);
  if (schedule.deleted) throw gatewayError('NOT_FOUND', `Availability schedule ${id} was deleted`);
  return schedule;
}

/** The schedules of the calendar's team members that apply to it, each once. */
export async function schedulesOfCalendar(ctx: GatewayContext, calendar: GhlCalendar): Promise<AvailabilitySchedule[]> {
  const users = [...new Set((calendar.teamMembers ?? []).map((member) => member.userId).filter(Boolean))];
  const lists = await Promise.all(users.map((userId) => schedulesOfUser(ctx, calendar.locationId, userId)));
  const applying = lists.flat().filter((schedule) => (schedule.calendarIds ?? []).includes(calendar.id));
  return [...new Map(applying.map((schedule) => [schedule.id, schedule])).values()];
}

export async function calendarsOfSchedule(ctx: GatewayContext, schedule: AvailabilitySchedule): Promise<GhlCalendar[]> {
  const calendars = await ctx.loaders.calendarsOfLocation.load(schedule.locationId);
  return (schedule.calendarIds ?? []).flatMap((id) => calendars.filter((calendar) => calendar.id === id));
}

export async function createAvailabilitySchedule(ctx: GatewayContext, input: CreateAvailabilityScheduleInput): Promise<AvailabilitySchedule> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const userId = ghlIdOf(input.userId, 'User', 'userId');
  const body = {
    locationId,
    userId,
    name: nonEmpty(input.name, 'name'),
    timezone: zoneOf(input.timezone),
    rules: rulesOf(input.rules ?? []),
    ...definedOnly({ calendarIds: input.calendarIds?.map((id) => ghlIdOf(id, 'Calendar', 'calendarIds')) }),
  };
  const { schedule } = await ctx.ghl.call('createAvailabilitySchedule', { location: locationId, body });
  ctx.loaders.availabilitySchedulesOfUser.clear({ locationId, userId });
  return { ...schedule, locationId: schedule.locationId ?? locationId };
}

export async function updateAvailabilitySchedule(ctx: GatewayContext, id: string, input: AvailabilityScheduleInput): Promise<AvailabilitySchedule> {
  const body = definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    timezone: input.timezone == null ? undefined : zoneOf(input.timezone),
    rules: input.rules == null ? undefined : rulesOf(input.rules),
  });
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const { schedule } = await ctx.ghl.call('updateAvailabilitySchedule', { path: { id }, body });
  forget(ctx, schedule);
  return schedule;
}

export async function deleteAvailabilitySchedule(ctx: GatewayContext, id: string): Promise<string> {
  const current = await getAvailabilitySchedule(ctx, id);
  await ctx.ghl.call('deleteAvailabilitySchedule', { path: { id } });
  forget(ctx, current);
  return id;
}

/** GHL answers `success` alone: the schedule is read back. */
export async function setCalendarInSchedule(ctx: GatewayContext, id: string, calendarId: string, applies: boolean): Promise<AvailabilitySchedule> {
  const calendar = ghlIdOf(calendarId, 'Calendar', 'calendarId');
  const path = { id, calendarId: calendar };
  if (applies) await ctx.ghl.call('addCalendarToAvailabilitySchedule', { path });
  else await ctx.ghl.call('removeCalendarFromAvailabilitySchedule', { path });
  ctx.loaders.availabilitySchedule.clear(id);
  const schedule = await getAvailabilitySchedule(ctx, id);
  forget(ctx, schedule);
  return schedule;
}

async function schedulesOfUser(ctx: GatewayContext, locationId: string, userId: string): Promise<AvailabilitySchedule[]> {
  const schedules = await ctx.loaders.availabilitySchedulesOfUser.load({ locationId, userId });
  return schedules.filter((schedule) => !schedule.deleted).map((schedule) => ({ ...schedule, locationId: schedule.locationId ?? locationId }));
}

/** A changed schedule is read again, alone and in its user's list. */
function forget(ctx: GatewayContext, schedule: AvailabilitySchedule): void {
  ctx.loaders.availabilitySchedule.clear(schedule.id);
  if (schedule.userId) ctx.loaders.availabilitySchedulesOfUser.clear({ locationId: schedule.locationId, userId: schedule.userId });
}

function zoneOf(value: string): string {
  const zone = value.trim();
  if (!ZONE.test(zone) || !Intl.supportedValuesOf('timeZone').includes(zone)) {
    throw gatewayError('BAD_USER_INPUT', 'timezone must be an IANA time zone such as "America/New_York"');
  }
  return zone;
}

/** A weekday rule names a day, a date rule a date; every interval is HH:MM to a later HH:MM. */
function rulesOf(rules: readonly AvailabilityRuleInput[]): GhlScheduleRule[] {
  return rules.map((rule, index) => {
    const at = `rules[${index}]`;
    if (rule.kind === 'wday' && (rule.day == null || rule.date != null)) throw gatewayError('BAD_USER_INPUT', `${at}: a WEEKDAY rule names a day and no date`);
    if (rule.kind === 'date' && (rule.date == null || rule.day != null || !DAY.test(rule.date) || Number.isNaN(Date.parse(rule.date)))) {
      throw gatewayError('BAD_USER_INPUT', `${at}: a DATE rule names a date (YYYY-MM-DD) and no day`);
    }
    const intervals = rule.intervals.map(({ from, to }) => {
      if (!TIME.test(from) || !TIME.test(to) || from >= to) throw gatewayError('BAD_USER_INPUT', `${at}: an interval is from HH:MM to a later HH:MM, such as 09:00 to 17:00`);
      return { from, to };
    });
    return { type: rule.kind, ...(rule.kind === 'wday' ? { day: rule.day! } : { date: rule.date! }), intervals };
  });
}
