/**
 * A calendar's notifications (calendars.json /calendars/{calendarId}/notifications): who is told
 * what, on which channel, when an appointment is booked, confirmed, cancelled, ... Created several
 * at a time; deleting one is GHL's soft delete (`deleted: true`), and a list leaves those out
 * unless asked for them.
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { CalendarNotification } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { readShape, rule, shapeProblems, type Shape } from '../http/shape.ts';
import { definedOnly, isRecord, Validator } from '../http/validate.ts';
import { CALENDARS, requireCalendar } from './calendar-access.ts';
import { ok } from './common.ts';

const SCHEDULES = rule.shapes({ timeOffset: rule.number({ min: 0 }), unit: rule.string });

/** UpdateCalendarNotificationsDTO; the create's DTO is the same without `deleted`, its first three required. */
const NOTIFICATION: Shape = {
  receiverType: rule.oneOf(['contact', 'guest', 'assignedUser', 'emails', 'phoneNumbers', 'business']),
  channel: rule.oneOf(['email', 'inApp', 'sms', 'whatsapp']),
  notificationType: rule.oneOf(['booked', 'confirmation', 'cancellation', 'reminder', 'followup', 'reschedule']),
  isActive: rule.boolean,
  templateId: rule.string,
  body: rule.string,
  subject: rule.string,
  afterTime: SCHEDULES,
  beforeTime: SCHEDULES,
  additionalEmailIds: rule.strings,
  additionalPhoneNumbers: rule.strings,
  selectedUsers: rule.strings,
  fromAddress: rule.string,
  fromName: rule.string,
  fromNumber: rule.string,
};

const CREATE: Shape = {
  ...NOTIFICATION,
  receiverType: rule.required(NOTIFICATION.receiverType!),
  channel: rule.required(NOTIFICATION.channel!),
  notificationType: rule.required(NOTIFICATION.notificationType!),
};

export const calendarNotificationRoutes: Route[] = [
  route('GET', '/calendars/{calendarId}/notifications', CALENDARS, ({ store, principal, params, query }) => {
    const calendar = requireCalendar(store, principal, params.calendarId);
    const v = Validator.query(query);
    const isActive = v.oneOf('isActive', ['true', 'false']);
    const deleted = v.oneOf('deleted', ['true', 'false']) ?? 'false';
    const limit = v.number('limit', { min: 1 }) ?? 100;
    const skip = v.number('skip', { min: 0 }) ?? 0;
    v.check();
    const matching = store
      .notificationsOfCalendar(calendar.id)
      .filter((n) => String(n.deleted) === deleted && (isActive === undefined || String(n.isActive) === isActive));
    return ok(matching.slice(skip, skip + limit).map(notificationBody));
  }),
  /** The body is a list of new notifications: all are checked before any is kept. */
  route('POST', '/calendars/{calendarId}/notifications', CALENDARS, ({ store, principal, params, body }) => {
    const calendar = requireCalendar(store, principal, params.calendarId);
    if (!Array.isArray(body) || body.length === 0) throw ghlErrors.unprocessable(['body must be a non-empty array of notifications']);
    const problems = body.flatMap((item, index) => (isRecord(item) ? shapeProblems(String(index), item, CREATE) : [`${index} must be an object`]));
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    const created = (body as Array<Omit<CalendarNotification, 'id' | 'calendarId' | 'deleted' | 'isActive'> & { isActive?: boolean }>).map((item) =>
      store.calendarNotifications.insert({ ...item, isActive: item.isActive ?? true, id: randomId(), calendarId: calendar.id, deleted: false }),
    );
    return ok(created.map(notificationBody));
  }),
  route('GET', '/calendars/{calendarId}/notifications/{notificationId}', CALENDARS, (context) => ok(notificationBody(requireNotification(context)))),
  route('PUT', '/calendars/{calendarId}/notifications/{notificationId}', CALENDARS, (context) => {
    const notification = requireNotification(context);
    const v = Validator.body(context.body);
    const changes = definedOnly(readShape(v, { ...NOTIFICATION, deleted: rule.boolean })) as Partial<CalendarNotification>;
    v.check();
    context.store.calendarNotifications.insert({ ...notification, ...changes });
    return ok({ message: 'Notification updated successfully' });
  }),
  route('DELETE', '/calendars/{calendarId}/notifications/{notificationId}', CALENDARS, (context) => {
    const notification = requireNotification(context);
    context.store.calendarNotifications.insert({ ...notification, deleted: true });
    return ok({ message: 'Notification deleted successfully' });
  }),
];

function requireNotification({ store, principal, params }: RequestContext<{ calendarId: string; notificationId: string }>): CalendarNotification {
  const calendar = requireCalendar(store, principal, params.calendarId);
  const notification = store.calendarNotifications.get(params.notificationId);
  if (notification?.calendarId !== calendar.id) throw new GhlError(404, 'Notification not found');
  return notification;
}

/** CalendarNotificationResponseDTO: GHL's `_id`, without the calendar it is kept under. */
function notificationBody({ id, calendarId: _calendar, ...rest }: CalendarNotification) {
  return { _id: id, ...rest };
}
