/** Calendar appointments as GHL's webhooks report them: `appointmentEvents`. */
import type { GhlAppointment } from '../../../ghl/api/calendars.ts';
import { appointmentTime } from '../../../resolvers/calendars.ts';
import { builder } from '../../builder.ts';
import { AppointmentRef, CalendarRef } from '../../calendars.ts';
import type { WebhookEvent } from '../../../events/events.ts';
import { contactFields } from './contact-fields.ts';
import { calendarFilter, contactFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { deletes, familyNames } from './names.ts';
import { asId, asString, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

/** Keys an appointment webhook's `appointment` shares with GHL's calendar event, read the same way. */
const appointmentKeys = [
  'id', 'title', 'calendarId', 'contactId', 'groupId', 'appointmentStatus', 'assignedUserId', 'users', 'address', 'notes',
  'startTime', 'endTime', 'dateAdded', 'dateUpdated',
] as const satisfies readonly (keyof GhlAppointment)[];

const appointmentAnswers: Answers<GhlAppointment> = {
  id: ['id'],
  ghlId: ['id'],
  title: ['title'],
  status: ['appointmentStatus'],
  appointmentStatus: ['appointmentStatus'],
  startAt: ['startTime'],
  endAt: ['endTime'],
  startTime: ['startTime'],
  endTime: ['endTime'],
  address: ['address'],
  notes: ['notes'],
  calendarId: ['calendarId'],
  calendar: ['calendarId'],
  locationId: ['locationId'],
  contactId: ['contactId'],
  contact: ['contactId'],
  assignedUserId: ['assignedUserId'],
  assignedUser: ['assignedUserId'],
  createdAt: ['dateAdded'],
  updatedAt: ['dateUpdated'],
};

const appointmentOf = (event: WebhookEvent<'appointment'>): Partial<GhlAppointment> => ({
  ...pick<GhlAppointment>(event.payload.appointment, appointmentKeys),
  locationId: event.locationId,
});

/** A time of the appointment as an instant; GHL's wall-clock times are read in the location's zone. */
const timeOf = (key: 'startTime' | 'endTime') => (event: WebhookEvent<'appointment'>, _: unknown, ctx: Parameters<typeof appointmentTime>[0]) => {
  const appointment = appointmentOf(event);
  return typeof appointment[key] === 'string' ? appointmentTime(ctx, appointment as GhlAppointment, key) : null;
};

export const AppointmentEvent = familyEventType(
  'appointment',
  `A change to a calendar appointment. ${familyNames.appointment.about} The payload carries the appointment under \`appointment\`.`,
  (t) => ({
    appointmentId: t.string({ description: 'GHL id of the appointment.', resolve: (event) => asId(event.payload.appointment?.id) }),
    nodeId: t.id({
      description: 'Global id of the appointment (its `Appointment.id`), also after a delete: to update or evict it in client caches.',
      resolve: (event) => nodeIdOf('Appointment', event.payload.appointment?.id),
    }),
    appointment: t.field({
      type: AppointmentRef,
      description: recordDescription('appointment'),
      resolve: (event, _, ctx, info) => {
        const appointment = appointmentOf(event);
        if (deletes(event.type) || !appointment.id) return null;
        return servedOrLoaded(info, appointment, appointmentAnswers, () => ctx.loaders.appointment.load(appointment.id!));
      },
    }),
    title: t.string({ description: 'Title.', resolve: (event) => asString(event.payload.appointment?.title) }),
    appointmentStatus: t.string({
      description: '`new`, `confirmed`, `cancelled`, `showed`, `noshow` or `invalid`, as GHL sends it.',
      resolve: (event) => asString(event.payload.appointment?.appointmentStatus),
    }),
    startTime: t.field({ type: 'DateTime', description: 'When it starts.', resolve: timeOf('startTime') }),
    endTime: t.field({ type: 'DateTime', description: 'When it ends.', resolve: timeOf('endTime') }),
    address: t.string({ description: 'Where it takes place (address or meeting link).', resolve: (event) => asString(event.payload.appointment?.address) }),
    calendarId: t.string({ description: 'GHL id of the calendar.', resolve: (event) => asId(event.payload.appointment?.calendarId) }),
    calendar: t.field({
      type: CalendarRef,
      description: 'The calendar it is booked on, read from GoHighLevel (also after a delete).',
      resolve: (event, _, ctx) => {
        const calendarId = asId(event.payload.appointment?.calendarId);
        return calendarId ? ctx.loaders.calendar.load(calendarId) : null;
      },
    }),
    ...contactFields(t, (event) => event.payload.appointment?.contactId),
    assignedUserId: t.string({ description: 'GHL id of the user who owns it.', resolve: (event) => asId(event.payload.appointment?.assignedUserId) }),
    source: t.string({ description: 'How it was booked (`booking_widget`, ...).', resolve: (event) => asString(event.payload.appointment?.source) }),
  }),
);

builder.subscriptionField('appointmentEvents', (t) =>
  t.field({
    type: AppointmentEvent.ref,
    nullable: false,
    description: familyFieldDescription('appointment', 'optionally of one calendar or one contact'),
    args: {
      ...familyArgs(t.arg, AppointmentEvent.types),
      calendarId: t.arg.id({ description: 'Only appointments on this calendar (Calendar id or GHL calendar id); it must be in the location.' }),
      contactId: t.arg.id({ description: 'Only appointments with this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) =>
      familyEvents(ctx, 'appointment', args, [
        calendarFilter(args.calendarId, (event) => event.payload.appointment?.calendarId),
        contactFilter(args.contactId, (event) => event.payload.appointment?.contactId),
      ]),
    resolve: (event) => event,
  }),
);
