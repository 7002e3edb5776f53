/**
 * Calendars, their team, appointments, blocked slots and free slots; and a location's users, the
 * people calendars are staffed with. Team members and assignees come through the user loader, so
 * a location's users cost one list call however many calendars or appointments name them.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import type { GhlAppointment, GhlBlockSlot, GhlCalendar, GhlCalendarHour, GhlCalendarOpenHour, GhlCalendarTeamMember } from '../ghl/api/calendars.ts';
import * as calendars from '../resolvers/calendars.ts';
import { dateOf } from '../resolvers/dates.ts';
import { renamedArgument } from '../resolvers/input.ts';
import type { InputFieldBuilder } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.ts';
import { known } from './enums.ts';
import { selectsAny } from './selection.ts';
import { ContactRef, DeletePayload } from './contacts.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { UserRef } from './users.ts';
import { cost, sharedLists } from './cost.ts';

export const CalendarRef = builder.objectRef<GhlCalendar>('Calendar');
export const AppointmentRef = builder.objectRef<GhlAppointment>('Appointment');
const BlockSlotRef = builder.objectRef<GhlBlockSlot>('BlockSlot');

const CalendarHoursRef = builder.objectRef<GhlCalendarHour>('CalendarHours').implement({
  description: 'One opening range within a day, in the calendar’s time zone.',
  fields: (t) => ({
    openHour: t.exposeInt('openHour', { description: 'Hour it opens (0-23).' }),
    openMinute: t.exposeInt('openMinute', { description: 'Minute it opens.' }),
    closeHour: t.exposeInt('closeHour', { description: 'Hour it closes (0-23).' }),
    closeMinute: t.exposeInt('closeMinute', { description: 'Minute it closes.' }),
  }),
});

const CalendarOpenHoursRef = builder.objectRef<GhlCalendarOpenHour>('CalendarOpenHours').implement({
  description: 'Standard weekly availability: some days of the week, open during some ranges.',
  fields: (t) => ({
    daysOfTheWeek: t.intList({
      nullable: false,
      description: 'Days it applies to: 0 (Sunday) to 6 (Saturday).',
      resolve: (openHour) => openHour.daysOfTheWeek ?? [],
    }),
    hours: t.field({
      type: [CalendarHoursRef],
      nullable: false,
      description: 'Opening ranges on those days.',
      resolve: (openHour) => openHour.hours ?? [],
    }),
  }),
});

const CalendarTeamMemberRef = builder.objectRef<GhlCalendarTeamMember & { locationId: string }>('CalendarTeamMember').implement({
  description: 'A user who takes bookings on a calendar, with how bookings are shared.',
  fields: (t) => ({
    userId: t.exposeString('userId', { nullable: false, description: 'GHL id of the user.' }),
    user: t.field({
      type: UserRef,
      description: 'The user.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (member, _, ctx) => ctx.loaders.user.load({ id: member.userId, locationId: member.locationId }),
    }),
    priority: t.exposeFloat('priority', { description: 'Round-robin priority: 0, 0.5 or 1.' }),
    isPrimary: t.exposeBoolean('isPrimary', { description: 'The primary member of a collective calendar.' }),
  }),
});

const teamOf = (calendar: GhlCalendar) =>
  (calendar.teamMembers ?? []).filter((member) => member.userId).map((member) => ({ ...member, locationId: calendar.locationId }));

locatedNode(CalendarRef, {
  description: 'A booking calendar of a location.',
  loadById: (id, ctx) => ctx.loaders.calendar.load(id),
  ghlIdOf: (calendar) => calendar.id,
  locationIdOf: (calendar) => calendar.locationId,
  locationId: { nullable: true },
  location: { description: 'The location the calendar belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    slug: t.exposeString('slug', { description: 'URL slug of the booking page.' }),
    widgetSlug: t.exposeString('widgetSlug', { description: 'URL slug of the booking widget.' }),
    calendarType: t.exposeString('calendarType', {
      description: '`round_robin`, `event`, `class_booking`, `collective`, `service_booking` or `personal`.',
    }),
    eventType: t.exposeString('eventType', { description: 'How round-robin bookings are shared out.' }),
    groupId: t.exposeString('groupId', { description: 'GHL id of the calendar group.' }),
    isActive: t.exposeBoolean('isActive', { description: 'Active (true) or draft.' }),
    eventTitle: t.exposeString('eventTitle', { description: 'Title template of booked events.' }),
    eventColor: t.exposeString('eventColor', { description: 'Colour of booked events, as a hex code.' }),
    slotDuration: t.exposeFloat('slotDuration', { description: 'Length of a meeting, in slotDurationUnit.' }),
    slotDurationUnit: t.exposeString('slotDurationUnit', { description: '`mins` or `hours`.' }),
    slotInterval: t.exposeFloat('slotInterval', { description: 'Time between the starts of two slots, in slotIntervalUnit.' }),
    slotIntervalUnit: t.exposeString('slotIntervalUnit', { description: '`mins` or `hours`.' }),
    slotBuffer: t.exposeFloat('slotBuffer', { description: 'Free time kept after a meeting.' }),
    preBuffer: t.exposeFloat('preBuffer', { description: 'Free time kept before a meeting.' }),
    appointmentsPerSlot: t.exposeFloat('appoinmentPerSlot', { description: 'Bookings a slot takes (per user).' }),
    appointmentsPerDay: t.exposeFloat('appoinmentPerDay', { description: 'Bookings a day takes.' }),
    autoConfirm: t.exposeBoolean('autoConfirm', { description: 'Bookings are confirmed without review.' }),
    allowReschedule: t.exposeBoolean('allowReschedule', { description: 'Contacts may reschedule.' }),
    allowCancellation: t.exposeBoolean('allowCancellation', { description: 'Contacts may cancel.' }),
    openHours: t.field({
      type: [CalendarOpenHoursRef],
      nullable: false,
      description: 'Standard weekly availability.',
      resolve: (calendar) => calendar.openHours ?? [],
    }),
    teamMembers: t.field({
      type: [UserRef],
      nullable: { list: false, items: true },
      description: 'The users who take bookings (null for one that cannot be read).',
      extensions: { cost: cost.list(20, cost.batchedPerRequest(sharedLists.users)) },
      resolve: (calendar, _, ctx) =>
        teamOf(calendar).map((member) => ctx.loaders.user.load({ id: member.userId, locationId: member.locationId })),
    }),
    teamMemberSettings: t.field({
      type: [CalendarTeamMemberRef],
      nullable: false,
      description: 'The team with each member’s priority and role.',
      resolve: (calendar) => teamOf(calendar),
    }),
    blockedSlots: t.field({
      type: [BlockSlotRef],
      nullable: false,
      description: 'Time blocked on the calendar that overlaps a time range.',
      args: {
        startAt: t.arg({ type: 'DateTime', required: true, description: 'Start of the range.' }),
        endAt: t.arg({ type: 'DateTime', required: true, description: 'End of the range, after startAt.' }),
      },
      extensions: { cost: cost.perParent(1) },
      resolve: (calendar, args, ctx) => calendars.calendarBlockedSlots(ctx, calendar, args),
    }),
    appointments: t.field({
      type: [AppointmentRef],
      nullable: false,
      description: 'Appointments on the calendar that start within a time range.',
      args: {
        startAt: t.arg({ type: 'DateTime', description: 'Start of the range; required (or the deprecated startTime).' }),
        endAt: t.arg({ type: 'DateTime', description: 'End of the range, after startAt; required (or the deprecated endTime).' }),
        startTime: t.arg({ type: 'DateTime', description: 'Start of the range.', deprecationReason: 'Use `startAt` (docs/schema-guide.md).' }),
        endTime: t.arg({ type: 'DateTime', description: 'End of the range.', deprecationReason: 'Use `endAt` (docs/schema-guide.md).' }),
      },
      extensions: { cost: cost.perParent(1) },
      resolve: (calendar, args, ctx) =>
        calendars.calendarAppointments(ctx, calendar, {
          startAt: renamedArgument(args.startAt, args.startTime, 'startAt', 'startTime'),
          endAt: renamedArgument(args.endAt, args.endTime, 'endAt', 'endTime'),
        }),
    }),
  }),
});

/** A time of an appointment, read in the location's zone where GHL gives a wall clock (calendars.appointmentTime). */
const appointmentTime = (key: 'startTime' | 'endTime', description: string, deprecationReason?: string) => ({
  type: 'DateTime' as const,
  description,
  deprecationReason,
  extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
  resolve: (appointment: GhlAppointment, _: unknown, ctx: GatewayContext) => calendars.appointmentTime(ctx, appointment, key),
});

locatedNode(AppointmentRef, {
  description: 'An appointment booked on a calendar with a contact.',
  loadById: (id, ctx) => ctx.loaders.appointment.load(id),
  ghlIdOf: (appointment) => appointment.id,
  locationIdOf: (appointment) => appointment.locationId,
  locationId: { nullable: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title.' }),
    status: t.field({
      type: AppointmentStatus,
      description: 'Where it stands.',
      resolve: (appointment) => known(appointmentStatuses, appointment.appointmentStatus ?? appointment.status),
    }),
    appointmentStatus: t.string({
      description: '`new`, `confirmed`, `cancelled`, `showed`, `noshow` or `invalid`, as GHL stores it.',
      deprecationReason: 'Use `status`, the `AppointmentStatus` enum that inputs take (docs/schema-guide.md).',
      resolve: (appointment) => appointment.appointmentStatus ?? appointment.status ?? null,
    }),
    startAt: t.field(appointmentTime('startTime', 'When it starts.')),
    endAt: t.field(appointmentTime('endTime', 'When it ends.')),
    startTime: t.field(appointmentTime('startTime', 'When it starts.', 'Use `startAt` (docs/schema-guide.md).')),
    endTime: t.field(appointmentTime('endTime', 'When it ends.', 'Use `endAt` (docs/schema-guide.md).')),
    address: t.exposeString('address', { description: 'Where it takes place (address or meeting link).' }),
    meetingLocationType: t.field({
      type: MeetingLocationType,
      description: 'How it takes place.',
      resolve: (appointment) => known(meetingLocationTypes, appointment.meetingLocationType),
    }),
    notes: t.exposeString('notes', { description: 'Notes.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    isRecurring: t.exposeBoolean('isRecurring', { description: 'Part of a recurring series.' }),
    rrule: t.exposeString('rrule', { description: 'Recurrence rule (RFC 5545).' }),
    calendarId: t.exposeString('calendarId', { description: 'GHL id of the calendar.' }),
    calendar: t.field({
      type: CalendarRef,
      description: 'The calendar it is booked on.',
      extensions: { cost: cost.byId() },
      resolve: (appointment, _, ctx) => (appointment.calendarId ? ctx.loaders.calendar.load(appointment.calendarId) : null),
    }),
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact it is with.',
      extensions: { cost: cost.byId() },
      resolve: (appointment, _, ctx) => (appointment.contactId ? ctx.loaders.contact.load(appointment.contactId) : null),
    }),
    assignedUserId: t.exposeString('assignedUserId', { description: 'GHL id of the user who owns it.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user who owns it.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (appointment, _, ctx) =>
        appointment.assignedUserId ? ctx.loaders.user.load({ id: appointment.assignedUserId, locationId: appointment.locationId }) : null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was booked.', extensions: { cost: cost.batchedPerRequest(sharedLists.location) }, resolve: (a, _, ctx) => calendars.appointmentTime(ctx, a, 'dateAdded') }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
      resolve: (a, _, ctx) => calendars.appointmentTime(ctx, a, 'dateUpdated'),
    }),
  }),
});

BlockSlotRef.implement({
  description: 'Time blocked on a calendar or for a user: nothing can be booked in it.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    startAt: t.field({ type: 'DateTime', description: 'When it starts.', resolve: (slot) => dateOf(slot.startTime) }),
    endAt: t.field({ type: 'DateTime', description: 'When it ends.', resolve: (slot) => dateOf(slot.endTime) }),
    startTime: t.field({
      type: 'DateTime',
      description: 'When it starts.',
      deprecationReason: 'Use `startAt` (docs/schema-guide.md).',
      resolve: (slot) => dateOf(slot.startTime),
    }),
    endTime: t.field({
      type: 'DateTime',
      description: 'When it ends.',
      deprecationReason: 'Use `endAt` (docs/schema-guide.md).',
      resolve: (slot) => dateOf(slot.endTime),
    }),
    locationId: t.exposeString('locationId', { description: 'GHL id of the location.' }),
    calendarId: t.exposeString('calendarId', { description: 'GHL id of the calendar blocked, if a calendar is.' }),
    calendar: t.field({
      type: CalendarRef,
      description: 'The calendar blocked, if a calendar is.',
      extensions: { cost: cost.byId() },
      resolve: (slot, _, ctx) => (slot.calendarId ? ctx.loaders.calendar.load(slot.calendarId) : null),
    }),
    assignedUserId: t.exposeString('assignedUserId', { description: 'GHL id of the user blocked, if a user is.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user blocked, if a user is.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (slot, _, ctx) =>
        slot.assignedUserId ? ctx.loaders.user.load({ id: slot.assignedUserId, locationId: slot.locationId }) : null,
    }),
  }),
});

const FreeSlotDayRef = builder.objectRef<calendars.FreeSlotDay>('FreeSlotDay').implement({
  description: 'The free slots of one day.',
  fields: (t) => ({
    date: t.exposeString('date', { nullable: false, description: 'The day (YYYY-MM-DD) in the time zone asked for.' }),
    slots: t.field({
      type: ['DateTime'],
      nullable: false,
      description: 'Start times of the free slots.',
      resolve: (day) => day.slots,
    }),
  }),
});

// Inputs

const CalendarType = builder.enumType('CalendarType', {
  description: 'What kind of calendar it is.',
  values: {
    ROUND_ROBIN: { value: 'round_robin', description: 'Bookings shared out among a team.' },
    EVENT: { value: 'event', description: 'An event calendar.' },
    CLASS_BOOKING: { value: 'class_booking', description: 'Many contacts book seats in one slot.' },
    COLLECTIVE: { value: 'collective', description: 'Every member attends; one is primary.' },
    SERVICE_BOOKING: { value: 'service_booking', description: 'Services booked with staff.' },
    PERSONAL: { value: 'personal', description: 'One user’s own calendar.' },
  } as const,
});

const appointmentStatuses = ['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid'] as const satisfies readonly calendars.AppointmentStatus[];

const AppointmentStatus = builder.enumType('AppointmentStatus', {
  description: 'Where an appointment stands.',
  values: {
    NEW: { value: 'new', description: 'Booked, not confirmed yet.' },
    CONFIRMED: { value: 'confirmed', description: 'Confirmed.' },
    CANCELLED: { value: 'cancelled', description: 'Cancelled.' },
    SHOWED: { value: 'showed', description: 'The contact came.' },
    NOSHOW: { value: 'noshow', description: 'The contact did not come.' },
    INVALID: { value: 'invalid', description: 'Not a real booking.' },
  } as const satisfies Record<string, { value: (typeof appointmentStatuses)[number]; description: string }>,
});

const CalendarTeamMemberInput = builder.inputType('CalendarTeamMemberInput', {
  description: 'A user who takes bookings on a new calendar.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'User id or GHL user id.' }),
    priority: t.float({ description: 'Round-robin priority: 0, 0.5 (default) or 1.' }),
    isPrimary: t.boolean({ description: 'The primary member (collective calendars need exactly one).' }),
  }),
});

const CalendarHoursInput = builder.inputType('CalendarHoursInput', {
  description: 'One opening range within a day.',
  fields: (t) => ({
    openHour: t.int({ required: true, description: 'Hour it opens (0-23).' }),
    openMinute: t.int({ required: true, description: 'Minute it opens (0-59).' }),
    closeHour: t.int({ required: true, description: 'Hour it closes (0-23); after it opens.' }),
    closeMinute: t.int({ required: true, description: 'Minute it closes (0-59).' }),
  }),
});

const CalendarOpenHoursInput = builder.inputType('CalendarOpenHoursInput', {
  description: 'Weekly availability on some days of the week.',
  fields: (t) => ({
    daysOfTheWeek: t.intList({ required: true, description: 'Days: 0 (Sunday) to 6 (Saturday).' }),
    hours: t.field({ type: [CalendarHoursInput], required: true, description: 'Opening ranges on those days.' }),
  }),
});

/** The booking settings a new calendar and a change to one both take. */
const bookingSettingFields = (t: InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
    slotDuration: t.int({ description: 'Length of a meeting, in minutes (at least 1).' }),
    slotInterval: t.int({ description: 'Minutes between the starts of two slots (at least 1).' }),
    slotBuffer: t.int({ description: 'Minutes kept free after a meeting.' }),
    preBuffer: t.int({ description: 'Minutes kept free before a meeting.' }),
    appointmentsPerSlot: t.int({ description: 'Bookings a slot takes per user (at least 1).' }),
    appointmentsPerDay: t.int({ description: 'Bookings a day takes (at least 1).' }),
    autoConfirm: t.boolean({ description: 'Confirm bookings without review.' }),
    allowReschedule: t.boolean({ description: 'Contacts may reschedule.' }),
    allowCancellation: t.boolean({ description: 'Contacts may cancel.' }),
});

const CreateCalendarInput = builder.inputType('CreateCalendarInput', {
  description: 'A new calendar. Durations are in minutes.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    slug: t.string({ description: 'URL slug of the booking page.' }),
    calendarType: t.field({ type: CalendarType, description: 'Kind of calendar.' }),
    eventTitle: t.string({ description: 'Title template of booked events, e.g. "{{contact.name}}".' }),
    eventColor: t.string({ description: 'Colour of booked events, as a hex code like "#039be5".' }),
    groupId: t.id({ description: 'GHL id of a calendar group to put it in.' }),
    isActive: t.boolean({ description: 'Active (default) or draft.' }),
    teamMembers: t.field({ type: [CalendarTeamMemberInput], description: 'The users who take bookings.' }),
    openHours: t.field({ type: [CalendarOpenHoursInput], description: 'Standard weekly availability.' }),
    ...bookingSettingFields(t),
  }),
});

const UpdateCalendarInput = builder.inputType('UpdateCalendarInput', {
  description: 'Changes to a calendar; fields left out stay as they are. Durations are in minutes.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    slug: t.string({ description: 'URL slug of the booking page.' }),
    eventTitle: t.string({ description: 'Title template of booked events, e.g. "{{contact.name}}".' }),
    eventColor: t.string({ description: 'Colour of booked events, as a hex code like "#039be5".' }),
    groupId: t.id({ description: 'Move it to this calendar group (CalendarGroup id or GHL group id).' }),
    isActive: t.boolean({ description: 'Active or draft.' }),
    teamMembers: t.field({ type: [CalendarTeamMemberInput], description: 'The users who take bookings, replacing the team.' }),
    openHours: t.field({ type: [CalendarOpenHoursInput], description: 'Standard weekly availability, replacing it.' }),
    ...bookingSettingFields(t),
  }),
});

const meetingLocationTypes = ['custom', 'zoom', 'gmeet', 'phone', 'address', 'ms_teams', 'google'] as const;

const MeetingLocationType = builder.enumType('MeetingLocationType', {
  description: 'How a meeting takes place.',
  values: {
    CUSTOM: { value: 'custom', description: 'A place or link of its own.' },
    ZOOM: { value: 'zoom', description: 'Zoom.' },
    GMEET: { value: 'gmeet', description: 'Google Meet.' },
    PHONE: { value: 'phone', description: 'A phone call.' },
    ADDRESS: { value: 'address', description: 'An address.' },
    MS_TEAMS: { value: 'ms_teams', description: 'Microsoft Teams.' },
    GOOGLE: { value: 'google', description: 'Google Calendar’s own meeting.' },
  } as const satisfies Record<string, { value: (typeof meetingLocationTypes)[number]; description: string }>,
});

const CreateAppointmentInput = builder.inputType('CreateAppointmentInput', {
  description: 'A new appointment.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    contactId: t.id({ required: true, description: 'The contact it is with (Contact id or GHL contact id).' }),
    calendarId: t.id({ required: true, description: 'The calendar (Calendar id or GHL calendar id).' }),
    startTime: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endTime: t.field({ type: 'DateTime', description: 'When it ends; after startTime. GHL uses the slot length when left out.' }),
    title: t.string({ description: 'Title.' }),
    appointmentStatus: t.field({ type: AppointmentStatus, description: 'Status.' }),
    assignedUserId: t.id({ description: 'The user who owns it (User id or GHL user id).' }),
    address: t.string({ description: 'Where it takes place (address or meeting link).' }),
    description: t.string({ description: 'Description.' }),
    ignoreFreeSlotValidation: t.boolean({ description: 'Book even outside the free slots.' }),
    toNotify: t.boolean({ description: 'Run the calendar’s automations (default true).' }),
    meetingLocationType: t.field({ type: MeetingLocationType, description: 'How it takes place.' }),
    meetingLocationId: t.string({ description: 'Which of the calendar’s meeting locations (`locationConfigurations`), by its id.' }),
    overrideLocationConfig: t.boolean({ description: 'Use meetingLocationType rather than the calendar’s configured location.' }),
    ignoreDateRange: t.boolean({ description: 'Book even outside the calendar’s minimum notice and date range.' }),
  }),
});

const UpdateAppointmentInput = builder.inputType('UpdateAppointmentInput', {
  description: 'Changes to an appointment; fields left out stay as they are.',
  fields: (t) => ({
    calendarId: t.id({ description: 'Move it to this calendar (Calendar id or GHL calendar id).' }),
    startTime: t.field({ type: 'DateTime', description: 'When it starts.' }),
    endTime: t.field({ type: 'DateTime', description: 'When it ends; after startTime.' }),
    title: t.string({ description: 'Title.' }),
    appointmentStatus: t.field({ type: AppointmentStatus, description: 'Status.' }),
    assignedUserId: t.id({ description: 'The user who owns it (User id or GHL user id).' }),
    address: t.string({ description: 'Where it takes place (address or meeting link).' }),
    description: t.string({ description: 'Description.' }),
    ignoreFreeSlotValidation: t.boolean({ description: 'Move it even outside the free slots.' }),
    toNotify: t.boolean({ description: 'Run the calendar’s automations (default true).' }),
    meetingLocationType: t.field({ type: MeetingLocationType, description: 'How it takes place.' }),
    meetingLocationId: t.string({ description: 'Which of the calendar’s meeting locations (`locationConfigurations`), by its id.' }),
    overrideLocationConfig: t.boolean({ description: 'Use meetingLocationType rather than the calendar’s configured location.' }),
    ignoreDateRange: t.boolean({ description: 'Book even outside the calendar’s minimum notice and date range.' }),
  }),
});

const CreateBlockSlotInput = builder.inputType('CreateBlockSlotInput', {
  description: 'Time to block, on a calendar or for a user (one of them).',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    calendarId: t.id({ description: 'The calendar to block (Calendar id or GHL calendar id).' }),
    assignedUserId: t.id({ description: 'The user to block (User id or GHL user id).' }),
    title: t.string({ description: 'Title.' }),
    startTime: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endTime: t.field({ type: 'DateTime', required: true, description: 'When it ends; after startTime.' }),
  }),
});

const UpdateBlockSlotInput = builder.inputType('UpdateBlockSlotInput', {
  description: 'Changes to a blocked slot; naming a calendar or a user moves it there, off the other.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    calendarId: t.id({ description: 'Block this calendar instead (Calendar id or GHL calendar id).' }),
    assignedUserId: t.id({ description: 'Block this user instead (User id or GHL user id).' }),
    title: t.string({ description: 'Title.' }),
    startAt: t.field({ type: 'DateTime', description: 'When it starts.' }),
    endAt: t.field({ type: 'DateTime', description: 'When it ends; after startAt.' }),
  }),
});

// Payloads

const CalendarPayload = builder.objectRef<{ calendar: GhlCalendar }>('CalendarPayload').implement({
  description: 'The calendar after the change.',
  fields: (t) => ({ calendar: t.expose('calendar', { type: CalendarRef, nullable: false, description: 'The calendar.' }) }),
});

const AppointmentPayload = builder.objectRef<{ appointment: GhlAppointment }>('AppointmentPayload').implement({
  description: 'The appointment after the change.',
  fields: (t) => ({
    appointment: t.expose('appointment', { type: AppointmentRef, nullable: false, description: 'The appointment.' }),
  }),
});

const BlockSlotPayload = builder.objectRef<{ blockSlot: GhlBlockSlot }>('BlockSlotPayload').implement({
  description: 'The blocked slot after the change.',
  fields: (t) => ({ blockSlot: t.expose('blockSlot', { type: BlockSlotRef, nullable: false, description: 'The blocked slot.' }) }),
});

// Fields

const deletedAs = (typename: string, { deletedGhlId }: { deletedGhlId: string }) => ({ deletedId: encodeGlobalID(typename, deletedGhlId), deletedGhlId });

/** GraphQL leaves an absent argument undefined; the resolvers take null for "not given". */
const str = (value: string | null | undefined) => value ?? null;

builder.queryFields((t) => ({
  calendars: t.field({
    type: [CalendarRef],
    nullable: false,
    description: 'Calendars of a location.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => calendars.listCalendars(ctx, str(args.locationId)),
  }),
  calendar: t.field({
    type: CalendarRef,
    description: 'One calendar.',
    args: { id: t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => calendars.getCalendar(ctx, args.id),
  }),
  appointment: t.field({
    type: AppointmentRef,
    description: 'One appointment.',
    args: { id: t.arg.id({ required: true, description: 'Appointment id or GHL appointment (event) id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => calendars.getAppointment(ctx, args.id),
  }),
  freeSlots: t.field({
    type: [FreeSlotDayRef],
    nullable: false,
    description: 'Free slots of a calendar, day by day, over at most 31 days.',
    args: {
      calendarId: t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' }),
      startAt: t.arg({ type: 'Date', description: 'First day; required (or the deprecated startDate).' }),
      endAt: t.arg({ type: 'Date', description: 'Last day, at most 30 days after startAt; required (or the deprecated endDate).' }),
      startDate: t.arg({ type: 'Date', description: 'First day.', deprecationReason: 'Use `startAt` (docs/schema-guide.md).' }),
      endDate: t.arg({ type: 'Date', description: 'Last day.', deprecationReason: 'Use `endAt` (docs/schema-guide.md).' }),
      timezone: t.arg.string({ description: 'IANA time zone the days are taken in and keyed by; the location’s when left out.' }),
      userId: t.arg.id({ description: 'Only this team member’s free slots (User id or GHL user id).' }),
    },
    extensions: { cost: cost.perParent(3) },
    resolve: (_, args, ctx) =>
      calendars.freeSlots(ctx, {
        calendarId: args.calendarId,
        startAt: renamedArgument(args.startAt, args.startDate, 'startAt', 'startDate'),
        endAt: renamedArgument(args.endAt, args.endDate, 'endAt', 'endDate'),
        timezone: args.timezone,
        userId: str(args.userId),
      }),
  }),
}));

builder.objectField(ContactRef, 'appointments', (t) =>
  t.field({
    type: [AppointmentRef],
    nullable: false,
    description: 'The contact’s appointments.',
    extensions: { cost: cost.perParent(1) },
    resolve: (contact, _, ctx, info) => {
      // GHL gives these times as wall-clock strings of the location's zone: when times are asked
      // for, ask for the location alongside the appointments, not after them.
      if (selectsAny(info, ['startAt', 'endAt', 'startTime', 'endTime', 'createdAt', 'updatedAt'])) void ctx.loaders.location.load(contact.locationId).catch(() => undefined);
      return ctx.loaders.appointmentsOfContact.load(contact.id);
    },
  }),
);

builder.objectFields(LocationRef, (t) => ({
  calendars: t.field({
    type: [CalendarRef],
    nullable: false,
    description: 'Calendars of the location.',
    extensions: { cost: cost.perParent(1) },
    resolve: (location, _, ctx) => ctx.loaders.calendarsOfLocation.load(location.id),
  }),
  users: t.field({
    type: [UserRef],
    nullable: false,
    description: 'Users of the location (team members).',
    extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
    resolve: (location, _, ctx) => ctx.loaders.usersOfLocation.load(location.id),
  }),
}));

builder.mutationFields((t) => ({
  createCalendar: t.field({
    type: CalendarPayload,
    nullable: false,
    description: 'Create a calendar.',
    args: { input: t.arg({ type: CreateCalendarInput, required: true, description: 'The calendar.' }) },
    resolve: async (_, { input }, ctx) => ({
      calendar: await calendars.createCalendar(ctx, {
        ...input,
        locationId: str(input.locationId),
        groupId: str(input.groupId),
        teamMembers: input.teamMembers ?? null,
      }),
    }),
  }),
  updateCalendar: t.field({
    type: CalendarPayload,
    nullable: false,
    description: 'Change a calendar: its settings, team, availability or group.',
    args: {
      id: t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' }),
      input: t.arg({ type: UpdateCalendarInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({
      calendar: await calendars.updateCalendar(ctx, id, { ...input, groupId: str(input.groupId), teamMembers: input.teamMembers ?? null }),
    }),
  }),
  deleteCalendar: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Delete a calendar; its appointments stay.',
    args: { id: t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' }) },
    resolve: async (_, { id }, ctx) => deletedAs('Calendar', await calendars.deleteCalendar(ctx, id)),
  }),
  createAppointment: t.field({
    type: AppointmentPayload,
    nullable: false,
    description: 'Book an appointment with a contact.',
    args: { input: t.arg({ type: CreateAppointmentInput, required: true, description: 'The appointment.' }) },
    resolve: async (_, { input }, ctx) => ({
      appointment: await calendars.createAppointment(ctx, {
        ...input,
        locationId: str(input.locationId),
        contactId: input.contactId,
        calendarId: input.calendarId,
        assignedUserId: str(input.assignedUserId),
      }),
    }),
  }),
  updateAppointment: t.field({
    type: AppointmentPayload,
    nullable: false,
    description: 'Change an appointment (reschedule, reassign, set its status, ...).',
    args: {
      id: t.arg.id({ required: true, description: 'Appointment id or GHL appointment (event) id.' }),
      input: t.arg({ type: UpdateAppointmentInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({
      appointment: await calendars.updateAppointment(ctx, id, {
        ...input,
        calendarId: str(input.calendarId),
        assignedUserId: str(input.assignedUserId),
      }),
    }),
  }),
  updateBlockSlot: t.field({
    type: BlockSlotPayload,
    nullable: false,
    description: 'Move, retime or retitle a blocked slot.',
    args: {
      id: t.arg.id({ required: true, description: 'GHL id of the blocked slot (an event id).' }),
      input: t.arg({ type: UpdateBlockSlotInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({ blockSlot: await calendars.updateBlockSlot(ctx, id, input) }),
  }),
  deleteAppointment: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Delete an appointment, and its notes with it (cancelling it is updateAppointment with status CANCELLED).',
    args: { id: t.arg.id({ required: true, description: 'Appointment id or GHL appointment (event) id.' }) },
    resolve: async (_, { id }, ctx) => deletedAs('Appointment', await calendars.deleteAppointment(ctx, id)),
  }),
  createBlockSlot: t.field({
    type: BlockSlotPayload,
    nullable: false,
    description: 'Block time on a calendar or for a user.',
    args: { input: t.arg({ type: CreateBlockSlotInput, required: true, description: 'The time to block.' }) },
    resolve: async (_, { input }, ctx) => ({
      blockSlot: await calendars.createBlockSlot(ctx, {
        ...input,
        locationId: str(input.locationId),
        calendarId: str(input.calendarId),
        assignedUserId: str(input.assignedUserId),
      }),
    }),
  }),
}));
