/**
 * Block slots (calendars.json): time taken off a whole calendar, or off one user on all their
 * calendars. Listed like events; created (and moved) over whatever is booked then, as GHL allows.
 */
import { ghlErrors } from '../http/errors.ts';
import type { BlockSlot } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { formatInZone } from '../model/zoned-time.ts';
import { CALENDARS, eventsMatching, readEventQuery, requireCalendar } from './calendar-access.ts';
import { created, ok, requireLocation } from './common.ts';

export const blockSlotRoutes: Route[] = [
  route('GET', '/calendars/blocked-slots', CALENDARS, ({ store, principal, query }) => {
    const events = readEventQuery(store, principal, query);
    return ok({ events: eventsMatching(store, store.blockSlotsOfLocation(events.locationId), events) });
  }),
  /**
   * The spec marks calendarId required yet says "Either calendarId or assignedUserId can be set,
   * not both": exactly one of the two is asked for. A block without times blocks nothing, so
   * both times are asked for too.
   */
  route('POST', '/calendars/events/block-slots', CALENDARS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const title = v.string('title') ?? '';
    const calendarId = v.string('calendarId');
    const assignedUserId = v.string('assignedUserId');
    const locationId = v.string('locationId', { required: true });
    const startTime = v.isoDate('startTime', { required: true });
    const endTime = v.isoDate('endTime', { required: true });
    v.check();
    const start = Date.parse(startTime);
    const end = Date.parse(endTime);
    const problems = [
      ...((calendarId === undefined) === (assignedUserId === undefined) ? ['Either calendarId or assignedUserId can be set, not both'] : []),
      ...(end <= start ? ['endTime must be after startTime'] : []),
    ];
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    const { timezone } = requireLocation(store, principal, locationId);
    if (calendarId !== undefined) requireCalendar(store, principal, calendarId);
    if (assignedUserId !== undefined && !store.usersOfLocation(locationId).some((user) => user.id === assignedUserId)) {
      throw ghlErrors.unprocessable(['assignedUserId must be a user of this location']);
    }

    const now = new Date().toISOString();
    const block: BlockSlot = definedOnly({
      id: randomId(),
      locationId,
      title,
      calendarId,
      assignedUserId,
      startTime: formatInZone(start, timezone),
      endTime: formatInZone(end, timezone),
      dateAdded: now,
      dateUpdated: now,
    });
    store.blockSlots.insert(block);
    return created(blockResponse(block));
  }),
  /** A block moves between a calendar and a user: naming one takes it off the other. */
  route('PUT', '/calendars/events/block-slots/{eventId}', CALENDARS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const title = v.string('title');
    const calendarId = v.string('calendarId');
    const assignedUserId = v.string('assignedUserId');
    const locationId = v.string('locationId', { required: true });
    const startTime = v.isoDate('startTime');
    const endTime = v.isoDate('endTime');
    v.check();
    const { timezone } = requireLocation(store, principal, locationId);
    const existing = store.blockSlots.get(params.eventId);
    if (existing?.locationId !== locationId) throw ghlErrors.notFound('Appointment');
    const start = startTime === undefined ? Date.parse(existing.startTime) : Date.parse(startTime);
    const end = endTime === undefined ? Date.parse(existing.endTime) : Date.parse(endTime);
    const problems = [
      ...(calendarId !== undefined && assignedUserId !== undefined ? ['Either calendarId or assignedUserId can be set, not both'] : []),
      ...(end <= start ? ['endTime must be after startTime'] : []),
    ];
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    if (calendarId !== undefined) requireCalendar(store, principal, calendarId);
    if (assignedUserId !== undefined && !store.usersOfLocation(locationId).some((user) => user.id === assignedUserId)) {
      throw ghlErrors.unprocessable(['assignedUserId must be a user of this location']);
    }
    const { calendarId: oldCalendar, assignedUserId: oldUser, ...rest } = existing;
    const target = calendarId !== undefined ? { calendarId } : assignedUserId !== undefined ? { assignedUserId } : definedOnly({ calendarId: oldCalendar, assignedUserId: oldUser });
    const block: BlockSlot = {
      ...rest,
      ...target,
      title: title ?? existing.title,
      startTime: formatInZone(start, timezone),
      endTime: formatInZone(end, timezone),
      dateUpdated: new Date().toISOString(),
    };
    store.blockSlots.insert(block);
    return created(blockResponse(block));
  }),
];

/** BlockedSlotSuccessfulResponseDto: the block without its dates, unwrapped. */
function blockResponse({ dateAdded: _added, dateUpdated: _updated, ...response }: BlockSlot) {
  return response;
}
