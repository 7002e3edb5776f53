/**
 * Calendars (calendars.json): a location's calendars, one by id, creating, changing and
 * deleting one, and its free slots. Slots are computed from the open hours and what is booked (free-slots.ts).
 */
import { busyTimes } from '../model/calendar-busy.ts';
import { ghlErrors } from '../http/errors.ts';
import { freeSlotStarts, slotDurationMs, slotsByDay } from '../model/free-slots.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { isTimeZone } from '../model/zoned-time.ts';
import { CALENDARS, requireCalendar } from './calendar-access.ts';
import { readCreateCalendar, readUpdateCalendar } from './calendar-input.ts';
import type { Calendar } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { ok, requireLocation } from './common.ts';

/** get-slots: "Date range cannot be more than 31 days". */
const MAX_SLOT_RANGE_MS = 31 * 86_400_000;

export const calendarRoutes: Route[] = [
  route('GET', '/calendars/', CALENDARS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const groupId = v.string('groupId');
    const showDrafted = v.custom<string>('showDrafted', (value) =>
      value === 'true' || value === 'false' ? [] : ['showDrafted must be a boolean value'],
    );
    v.check();
    requireLocation(store, principal, locationId);
    const calendars = store
      .calendarsOfLocation(locationId)
      .filter((calendar) => groupId === undefined || calendar.groupId === groupId)
      .filter((calendar) => showDrafted !== 'false' || calendar.isActive);
    return ok({ calendars });
  }),
  route('POST', '/calendars/', CALENDARS, ({ store, principal, body }) => {
    const calendar = readCreateCalendar(body);
    requireLocation(store, principal, calendar.locationId);
    const problems = teamProblems(store, calendar.locationId, calendar.teamMembers);
    if (calendar.calendarType === 'personal' && calendar.teamMembers.length !== 1) {
      problems.push('Personal calendar must have exactly one team member');
    }
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    return ok({ calendar: store.calendars.insert(calendar) });
  }),
  route('GET', '/calendars/{calendarId}', CALENDARS, ({ store, principal, params }) =>
    ok({ calendar: requireCalendar(store, principal, params.calendarId) }),
  ),
  route('PUT', '/calendars/{calendarId}', CALENDARS, ({ store, principal, params, body }) => {
    const existing = requireCalendar(store, principal, params.calendarId);
    const changes = readUpdateCalendar(body);
    const problems = teamProblems(store, existing.locationId, changes.teamMembers ?? []);
    if (changes.groupId !== undefined) {
      const group = store.calendarGroups.get(changes.groupId);
      if (group?.locationId !== existing.locationId) problems.push('groupId must be a calendar group of this location');
    }
    const calendar = { ...existing, ...changes };
    if (calendar.calendarType === 'personal' && calendar.teamMembers.length !== 1) problems.push('Personal calendar must have exactly one team member');
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    if (changes.teamMembers) calendar.teamMembers = changes.teamMembers.map((member) => ({ ...member, priority: member.priority ?? 0.5 }));
    return ok({ calendar: store.calendars.insert(calendar) });
  }),
  /** Its appointments stay, as records of what happened. */
  route('DELETE', '/calendars/{calendarId}', CALENDARS, ({ store, principal, params }) => {
    store.calendars.delete(requireCalendar(store, principal, params.calendarId).id);
    return ok({ success: true });
  }),
  route('GET', '/calendars/{calendarId}/free-slots', CALENDARS, freeSlots),
];

function teamProblems(store: SandboxStore, locationId: string, members: Calendar['teamMembers']): string[] {
  const staff = new Set(store.usersOfLocation(locationId).map((user) => user.id));
  return members.flatMap((member, index) => (staff.has(member.userId) ? [] : [`teamMembers.${index}.userId must be a user of this location`]));
}

/**
 * Slots starting in [startDate, endDate], keyed by their day in `timezone` (default: the
 * location's). `userId` and `userIds` (comma-separated) narrow the team members who may take
 * them. Slots already started are not offered.
 */
function freeSlots({ store, principal, params, query }: RequestContext<{ calendarId: string }>): ApiResult {
  const v = Validator.query(query);
  const from = v.number('startDate', { required: true, min: 0 });
  const to = v.number('endDate', { required: true, min: 0 });
  const timezone = v.custom<string>('timezone', (value) =>
    typeof value === 'string' && isTimeZone(value) ? [] : ['timezone must be a valid IANA time zone'],
  );
  const userId = v.string('userId');
  const userIds = v.string('userIds')?.split(',');
  v.check();
  if (to < from) throw ghlErrors.unprocessable(['endDate must not be before startDate']);
  if (to - from > MAX_SLOT_RANGE_MS) throw ghlErrors.unprocessable(['Date range cannot be more than 31 days']);

  const calendar = requireCalendar(store, principal, params.calendarId);
  const location = requireLocation(store, principal, calendar.locationId);
  const requested = [...(userId === undefined ? [] : [userId]), ...(userIds ?? [])];
  const team = calendar.teamMembers.map((member) => member.userId);
  const starts = freeSlotStarts({
    calendar,
    timeZone: location.timezone,
    from,
    to,
    // A slot starting at endDate runs past it.
    busy: busyTimes(store, calendar, from, to + slotDurationMs(calendar)),
    candidates: requested.length > 0 ? team.filter((id) => requested.includes(id)) : team,
    now: Date.now(),
  });
  return ok(slotsByDay(starts, timezone ?? location.timezone));
}
