/**
 * A calendar's notifications: who is told what, on which channel, at an appointment's turn. A
 * calendar's list costs one call per calendar, however often a request asks for it.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as notifications from '../resolvers/calendar-notifications.ts';
import { locatedKeyOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';
import { CalendarRef } from './calendars.ts';
import { DeletePayload } from './contacts.ts';
import { cost } from './cost.ts';
import { known } from './enums.ts';

const receivers = ['contact', 'guest', 'assignedUser', 'emails', 'phoneNumbers', 'business'] as const;
const channels = ['email', 'inApp', 'sms', 'whatsapp'] as const;
const moments = ['booked', 'confirmation', 'cancellation', 'reminder', 'followup', 'reschedule'] as const;

const NotificationReceiver = builder.enumType('NotificationReceiver', {
  description: 'Who a calendar notification goes to.',
  values: {
    CONTACT: { value: 'contact', description: 'The appointment’s contact.' },
    GUEST: { value: 'guest', description: 'The contact’s guests.' },
    ASSIGNED_USER: { value: 'assignedUser', description: 'The user the appointment is assigned to.' },
    EMAILS: { value: 'emails', description: 'The additional email addresses.' },
    PHONE_NUMBERS: { value: 'phoneNumbers', description: 'The additional phone numbers.' },
    BUSINESS: { value: 'business', description: 'The selected users of the business.' },
  } as const satisfies Record<string, { value: (typeof receivers)[number]; description: string }>,
});

const NotificationChannel = builder.enumType('NotificationChannel', {
  description: 'How a calendar notification is sent.',
  values: {
    EMAIL: { value: 'email', description: 'By email.' },
    IN_APP: { value: 'inApp', description: 'In the GoHighLevel app.' },
    SMS: { value: 'sms', description: 'By SMS.' },
    WHATSAPP: { value: 'whatsapp', description: 'By WhatsApp.' },
  } as const satisfies Record<string, { value: (typeof channels)[number]; description: string }>,
});

const NotificationMoment = builder.enumType('NotificationMoment', {
  description: 'At which turn of an appointment a calendar notification is sent.',
  values: {
    BOOKED: { value: 'booked', description: 'When it is booked.' },
    CONFIRMATION: { value: 'confirmation', description: 'When it is confirmed.' },
    CANCELLATION: { value: 'cancellation', description: 'When it is cancelled.' },
    REMINDER: { value: 'reminder', description: 'Before it starts (beforeTime).' },
    FOLLOWUP: { value: 'followup', description: 'After it ends (afterTime).' },
    RESCHEDULE: { value: 'reschedule', description: 'When it is moved.' },
  } as const satisfies Record<string, { value: (typeof moments)[number]; description: string }>,
});

const NotificationOffsetRef = builder.objectRef<{ timeOffset?: number; unit?: string }>('NotificationOffset').implement({
  description: 'How long before or after an appointment a notification is sent.',
  fields: (t) => ({
    timeOffset: t.exposeInt('timeOffset', { description: 'How many units.' }),
    unit: t.exposeString('unit', { description: 'The unit: `mins`, `hours` or `days`.' }),
  }),
});

export const CalendarNotificationRef = builder.objectRef<notifications.CalendarNotification>('CalendarNotification');

builder.node(CalendarNotificationRef, {
  description: 'A notification a calendar sends at some turn of its appointments.',
  id: { resolve: (notification) => `${notification.calendarId}/${notification._id}` },
  loadOne: (key, ctx) => {
    const { locationId: calendarId, id } = locatedKeyOf(key);
    return notifications.getCalendarNotification(ctx, calendarId, id);
  },
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    calendarId: t.exposeString('calendarId', { nullable: false, description: 'GHL id of the calendar.' }),
    calendar: t.field({
      type: CalendarRef,
      description: 'The calendar that sends it.',
      extensions: { cost: cost.byId('owners') },
      resolve: (notification, _, ctx) => ctx.loaders.calendar.load(notification.calendarId),
    }),
    receiverType: t.field({ type: NotificationReceiver, description: 'Who it goes to.', resolve: (n) => known(receivers, n.receiverType) }),
    channel: t.field({ type: NotificationChannel, description: 'How it is sent.', resolve: (n) => known(channels, n.channel) }),
    notificationType: t.field({ type: NotificationMoment, description: 'At which turn it is sent.', resolve: (n) => known(moments, n.notificationType) }),
    isActive: t.exposeBoolean('isActive', { description: 'Sent (true) or switched off.' }),
    subject: t.exposeString('subject', { description: 'Subject of an email.' }),
    body: t.exposeString('body', { description: 'Text sent.' }),
    templateId: t.exposeString('templateId', { description: 'GHL id of the email template sent.' }),
    beforeTime: t.field({ type: [NotificationOffsetRef], nullable: false, description: 'When a reminder goes out before the appointment.', resolve: (n) => n.beforeTime ?? [] }),
    afterTime: t.field({ type: [NotificationOffsetRef], nullable: false, description: 'When a follow-up goes out after the appointment.', resolve: (n) => n.afterTime ?? [] }),
    selectedUserIds: t.stringList({ nullable: false, description: 'GHL ids of the users told (or `sub_account_admin`).', resolve: (n) => n.selectedUsers ?? [] }),
    additionalEmails: t.stringList({ nullable: false, description: 'Further email addresses told.', resolve: (n) => n.additionalEmailIds ?? [] }),
    additionalPhoneNumbers: t.stringList({ nullable: false, description: 'Further phone numbers told.', resolve: (n) => n.additionalPhoneNumbers ?? [] }),
  }),
});

builder.objectField(CalendarRef, 'notifications', (t) =>
  t.field({
    type: [CalendarNotificationRef],
    nullable: false,
    description: 'The notifications the calendar sends (deleted ones left out).',
    extensions: { cost: cost.perParent(1) },
    resolve: (calendar, _, ctx) => notifications.notificationsOfCalendar(ctx, calendar.id),
  }),
);

const NotificationOffsetInput = builder.inputType('NotificationOffsetInput', {
  description: 'How long before or after an appointment a notification is sent.',
  fields: (t) => ({
    timeOffset: t.int({ required: true, description: 'How many units, not negative.' }),
    unit: t.string({ required: true, description: 'The unit: `mins`, `hours` or `days`.' }),
  }),
});

const notificationFields = (required: boolean) => (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  receiverType: t.field({ type: NotificationReceiver, required, description: 'Who it goes to.' }),
  channel: t.field({ type: NotificationChannel, required, description: 'How it is sent.' }),
  notificationType: t.field({ type: NotificationMoment, required, description: 'At which turn it is sent.' }),
  isActive: t.boolean({ description: 'Sent (default) or switched off.' }),
  subject: t.string({ description: 'Subject of an email.' }),
  body: t.string({ description: 'Text sent.' }),
  templateId: t.string({ description: 'GHL id of an email template to send.' }),
  beforeTime: t.field({ type: [NotificationOffsetInput], description: 'When a REMINDER goes out before the appointment.' }),
  afterTime: t.field({ type: [NotificationOffsetInput], description: 'When a FOLLOWUP goes out after the appointment.' }),
  selectedUsers: t.idList({ description: 'Users told (User id or GHL user id, or `sub_account_admin`).' }),
  additionalEmailIds: t.stringList({ description: 'Further email addresses to tell.' }),
  additionalPhoneNumbers: t.stringList({ description: 'Further phone numbers to tell.' }),
});

const CreateCalendarNotificationInput = builder.inputType('CreateCalendarNotificationInput', {
  description: 'A new notification of a calendar.',
  fields: notificationFields(true),
});

const UpdateCalendarNotificationInput = builder.inputType('UpdateCalendarNotificationInput', {
  description: 'Changes to a calendar notification; fields left out keep their values.',
  fields: notificationFields(false),
});

const CalendarNotificationPayload = builder.objectRef<{ notification: notifications.CalendarNotification }>('CalendarNotificationPayload').implement({
  description: 'The calendar notification after the change.',
  fields: (t) => ({
    notification: t.expose('notification', { type: CalendarNotificationRef, nullable: false, description: 'The notification.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const calendarId = () => t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' });
  const notificationId = () => t.arg.id({ required: true, description: 'CalendarNotification id or GHL notification id.' });
  return {
    createCalendarNotification: t.field({
      type: CalendarNotificationPayload,
      nullable: false,
      description: 'Add a notification to a calendar.',
      args: { calendarId: calendarId(), input: t.arg({ type: CreateCalendarNotificationInput, required: true, description: 'The notification.' }) },
      resolve: async (_, args, ctx) => ({ notification: await notifications.createCalendarNotification(ctx, args.calendarId, args.input) }),
    }),
    updateCalendarNotification: t.field({
      type: CalendarNotificationPayload,
      nullable: false,
      description: 'Change a calendar notification.',
      // GHL answers a change with a message alone: the notification is read back.
      extensions: { cost: cost.perParent(2) },
      args: {
        calendarId: calendarId(),
        notificationId: notificationId(),
        input: t.arg({ type: UpdateCalendarNotificationInput, required: true, description: 'The changes.' }),
      },
      resolve: async (_, args, ctx) => ({
        notification: await notifications.updateCalendarNotification(ctx, args.calendarId, args.notificationId, args.input),
      }),
    }),
    deleteCalendarNotification: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete a calendar notification.',
      args: { calendarId: calendarId(), notificationId: notificationId() },
      resolve: async (_, args, ctx) => {
        const deleted = await notifications.deleteCalendarNotification(ctx, args.calendarId, args.notificationId);
        return { deletedId: encodeGlobalID('CalendarNotification', `${deleted.calendarId}/${deleted.deletedGhlId}`), deletedGhlId: deleted.deletedGhlId };
      },
    }),
  };
});
