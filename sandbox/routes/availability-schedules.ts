/**
 * Users' availability schedules (calendars.json /calendars/schedules): when a user takes
 * bookings, in a time zone, applied to some calendars. Listed by location and user; deleting one
 * is a soft delete (`deleted`), after which it is neither listed nor read.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { AvailabilitySchedule } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule, type Shape } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { CALENDARS, requireCalendar } from './calendar-access.ts';
import { created, ok, requireLocation } from './common.ts';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** CreateScheduleDTO's pattern for `timezone`. */
const ZONE = /^[A-Za-z_]+\/[A-Za-z_]+$/;

/** ScheduleRuleDTO: type and intervals required. */
const RULES = rule.shapes({
  type: rule.required(rule.oneOf(['wday', 'date'])),
  day: rule.oneOf(DAYS),
  date: rule.day,
  intervals: rule.required(rule.shapes({ from: rule.required(rule.string), to: rule.required(rule.string) })),
});

/** UpdateScheduleDTO; CreateScheduleDTO adds the location, user and calendars. */
const SCHEDULE: Shape = { name: rule.string, timezone: rule.string, rules: RULES };

export const availabilityScheduleRoutes: Route[] = [
  route('GET', '/calendars/schedules/search', CALENDARS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const userId = v.string('userId', { required: true });
    const calendarId = v.string('calendarId');
    const skip = v.number('skip', { min: 0 }) ?? 0;
    const limit = v.number('limit', { min: 1, max: 500 }) ?? 50;
    v.check();
    requireLocation(store, principal, locationId);
    const matching = store
      .availabilitySchedulesOfUser(`${locationId}/${userId}`)
      .filter((schedule) => !schedule.deleted && (calendarId === undefined || schedule.calendarIds.includes(calendarId)));
    return ok({ schedules: matching.slice(skip, skip + limit) });
  }),
  route('POST', '/calendars/schedules', CALENDARS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const userId = v.string('userId', { required: true });
    const calendarIds = v.stringArray('calendarIds') ?? [];
    const fields = readShape(v, { ...SCHEDULE, name: rule.required(rule.string), timezone: rule.required(rule.string) }) as Pick<AvailabilitySchedule, 'name' | 'timezone'> &
      Partial<Pick<AvailabilitySchedule, 'rules'>>;
    v.check();
    requireLocation(store, principal, locationId);
    if (!store.usersOfLocation(locationId).some((user) => user.id === userId)) throw ghlErrors.unprocessable(['userId is not a user of the location']);
    requireRules(fields);
    for (const calendarId of calendarIds) requireOwnCalendar(store, principal, locationId, calendarId);
    const now = new Date().toISOString();
    const schedule: AvailabilitySchedule = { id: randomId(), locationId, userId, rules: [], ...fields, calendarIds, dateAdded: now, dateUpdated: now, deleted: false };
    return created({ schedule: store.availabilitySchedules.insert(schedule) });
  }),
  route('GET', '/calendars/schedules/{id}', CALENDARS, ({ store, principal, params }) => ok({ schedule: requireSchedule(store, principal, params.id) })),
  route('PUT', '/calendars/schedules/{id}', CALENDARS, ({ store, principal, params, body }) => {
    const schedule = requireSchedule(store, principal, params.id);
    const v = Validator.body(body);
    const changes = definedOnly(readShape(v, SCHEDULE)) as Partial<AvailabilitySchedule>;
    v.check();
    requireRules(changes);
    return ok({ schedule: store.availabilitySchedules.insert({ ...schedule, ...changes, dateUpdated: new Date().toISOString() }) });
  }),
  route('DELETE', '/calendars/schedules/{id}', CALENDARS, ({ store, principal, params }) => {
    const schedule = requireSchedule(store, principal, params.id);
    store.availabilitySchedules.insert({ ...schedule, deleted: true, dateUpdated: new Date().toISOString() });
    return ok({ success: true });
  }),
  route('PUT', '/calendars/schedules/{id}/associations/{calendarId}', CALENDARS, ({ store, principal, params }) => {
    const schedule = requireSchedule(store, principal, params.id);
    const calendar = requireOwnCalendar(store, principal, schedule.locationId, params.calendarId);
    if (!schedule.calendarIds.includes(calendar.id)) {
      store.availabilitySchedules.insert({ ...schedule, calendarIds: [...schedule.calendarIds, calendar.id], dateUpdated: new Date().toISOString() });
    }
    return ok({ success: true });
  }),
  route('DELETE', '/calendars/schedules/{id}/associations/{calendarId}', CALENDARS, ({ store, principal, params }) => {
    const schedule = requireSchedule(store, principal, params.id);
    if (!schedule.calendarIds.includes(params.calendarId)) throw new GhlError(404, 'The schedule is not applied to this calendar');
    store.availabilitySchedules.insert({ ...schedule, calendarIds: schedule.calendarIds.filter((id) => id !== params.calendarId), dateUpdated: new Date().toISOString() });
    return ok({ success: true });
  }),
];

function requireSchedule(store: SandboxStore, principal: Principal, id: string): AvailabilitySchedule {
  const schedule = store.availabilitySchedules.get(id);
  if (!schedule || schedule.deleted) throw new GhlError(404, 'Schedule not found');
  requireLocation(store, principal, schedule.locationId);
  return schedule;
}

function requireOwnCalendar(store: SandboxStore, principal: Principal, locationId: string, calendarId: string) {
  const calendar = requireCalendar(store, principal, calendarId);
  if (calendar.locationId !== locationId) throw ghlErrors.unprocessable([`calendar ${calendarId} is not a calendar of the schedule's location`]);
  return calendar;
}

/** A zone the file's pattern takes; a weekday rule names its day, a date rule its date; intervals run forward. */
function requireRules({ timezone, rules }: Partial<Pick<AvailabilitySchedule, 'timezone' | 'rules'>>): void {
  const problems = [
    ...(timezone !== undefined && !ZONE.test(timezone) ? ['timezone must match /^[A-Za-z_]+\\/[A-Za-z_]+$/ regular expression'] : []),
    ...(rules ?? []).flatMap((r, index) => [
      ...(r.type === 'wday' && r.day === undefined ? [`rules.${index}.day is required for a wday rule`] : []),
      ...(r.type === 'date' && r.date === undefined ? [`rules.${index}.date is required for a date rule`] : []),
      ...(r.intervals.some((i) => !TIME.test(i.from) || !TIME.test(i.to) || i.from >= i.to) ? [`rules.${index}.intervals must run from HH:MM to a later HH:MM`] : []),
    ]),
  ];
  if (problems.length > 0) throw ghlErrors.unprocessable(problems);
}
