/**
 * A calendar's notifications: who is told what, on which channel, when an appointment is booked,
 * confirmed, cancelled, ... GHL creates them as a list and answers a change with a message alone,
 * so a changed notification is read back. A deleted one is GHL's soft delete.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCalendarNotification } from '../ghl/api/calendars.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf } from './ids.ts';

export type CalendarNotification = GhlCalendarNotification & { calendarId: string };

export interface NotificationOffsetInput {
  timeOffset: number;
  unit: string;
}

export interface CalendarNotificationInput {
  receiverType?: string | null;
  channel?: string | null;
  notificationType?: string | null;
  isActive?: boolean | null;
  templateId?: string | null;
  subject?: string | null;
  body?: string | null;
  beforeTime?: NotificationOffsetInput[] | null;
  afterTime?: NotificationOffsetInput[] | null;
  selectedUsers?: string[] | null;
  additionalEmailIds?: string[] | null;
  additionalPhoneNumbers?: string[] | null;
}

export async function notificationsOfCalendar(ctx: GatewayContext, calendarId: string): Promise<CalendarNotification[]> {
  return (await ctx.loaders.notificationsOfCalendar.load(calendarId)).map((notification) => ({ ...notification, calendarId }));
}

export async function getCalendarNotification(ctx: GatewayContext, calendarId: string, id: string): Promise<CalendarNotification> {
  return { ...(await ctx.loaders.calendarNotification.load({ calendarId, id })), calendarId };
}

/** The schema requires receiverType, channel and notificationType of a new notification. */
export async function createCalendarNotification(ctx: GatewayContext, calendar: string, input: CalendarNotificationInput): Promise<CalendarNotification> {
  const calendarId = ghlIdOf(calendar, 'Calendar', 'calendarId');
  for (const field of ['receiverType', 'channel', 'notificationType'] as const) {
    if (input[field] == null) throw gatewayError('BAD_USER_INPUT', `${field} is required`);
  }
  const [created] = await ctx.ghl.call('createCalendarNotifications', { path: { calendarId }, body: [notificationBody(input)] });
  if (!created) throw gatewayError('UPSTREAM_ERROR', 'createCalendarNotifications answered without the notification it created');
  ctx.loaders.notificationsOfCalendar.clear(calendarId);
  return { ...created, calendarId };
}

export async function updateCalendarNotification(
  ctx: GatewayContext,
  calendar: string,
  notification: string,
  input: CalendarNotificationInput,
): Promise<CalendarNotification> {
  const calendarId = ghlIdOf(calendar, 'Calendar', 'calendarId');
  const id = ghlIdOf(notification, 'CalendarNotification', 'notificationId');
  const body = notificationBody(input);
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  await ctx.ghl.call('updateCalendarNotification', { path: { calendarId, notificationId: id }, body });
  ctx.loaders.notificationsOfCalendar.clear(calendarId);
  ctx.loaders.calendarNotification.clear({ calendarId, id });
  return getCalendarNotification(ctx, calendarId, id);
}

export async function deleteCalendarNotification(ctx: GatewayContext, calendar: string, notification: string): Promise<{ calendarId: string; deletedGhlId: string }> {
  const calendarId = ghlIdOf(calendar, 'Calendar', 'calendarId');
  const id = ghlIdOf(notification, 'CalendarNotification', 'notificationId');
  await ctx.ghl.call('deleteCalendarNotification', { path: { calendarId, notificationId: id } });
  ctx.loaders.notificationsOfCalendar.clear(calendarId);
  ctx.loaders.calendarNotification.clear({ calendarId, id });
  return { calendarId, deletedGhlId: id };
}

function notificationBody(input: CalendarNotificationInput): Record<string, unknown> {
  const offsets = (name: string, list: NotificationOffsetInput[] | null | undefined) =>
    list?.map((offset, index) => {
      if (!Number.isInteger(offset.timeOffset) || offset.timeOffset < 0) throw gatewayError('BAD_USER_INPUT', `${name}[${index}].timeOffset must be a whole number, not negative`);
      return { timeOffset: offset.timeOffset, unit: nonEmpty(offset.unit, `${name}[${index}].unit`) };
    });
  return definedOnly({
    receiverType: input.receiverType ?? undefined,
    channel: input.channel ?? undefined,
    notificationType: input.notificationType ?? undefined,
    isActive: input.isActive ?? undefined,
    templateId: input.templateId ?? undefined,
    subject: input.subject ?? undefined,
    body: input.body ?? undefined,
    beforeTime: offsets('beforeTime', input.beforeTime),
    afterTime: offsets('afterTime', input.afterTime),
    selectedUsers: input.selectedUsers?.map((user, index) => (user === 'sub_account_admin' ? user : ghlIdOf(user, 'User', `selectedUsers[${index}]`))),
    additionalEmailIds: input.additionalEmailIds ?? undefined,
    additionalPhoneNumbers: input.additionalPhoneNumbers ?? undefined,
  });
}
