/**
 * Users' availability schedules: when a user takes bookings, applied to some of their calendars.
 * A calendar's schedules are its team members' (one list call per member and request).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GhlScheduleRule } from '../ghl/api/calendars.ts';
import * as schedules from '../resolvers/availability-schedules.ts';
import { dateOf } from '../resolvers/dates.ts';
import { builder } from './builder.ts';
import { CalendarRef } from './calendars.ts';
import { DeletePayload } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { known } from './enums.ts';
import { locatedNode } from './located-node.ts';
import { UserRef } from './users.ts';

const kinds = ['wday', 'date'] as const;
const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const AvailabilityRuleKind = builder.enumType('AvailabilityRuleKind', {
  description: 'Whether an availability rule recurs weekly or holds on one date.',
  values: {
    WEEKDAY: { value: 'wday', description: 'Every week, on its day.' },
    DATE: { value: 'date', description: 'On its date only.' },
  } as const satisfies Record<string, { value: (typeof kinds)[number]; description: string }>,
});

const Weekday = builder.enumType('Weekday', {
  description: 'A day of the week.',
  values: Object.fromEntries(days.map((day) => [day.toUpperCase(), { value: day, description: `${day[0]!.toUpperCase()}${day.slice(1)}.` }])) as Record<
    Uppercase<(typeof days)[number]>,
    { value: (typeof days)[number]; description: string }
  >,
});

const AvailabilityIntervalRef = builder.objectRef<{ from?: string; to?: string }>('AvailabilityInterval').implement({
  description: 'A time range within a day, in the schedule’s time zone.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'Start, HH:MM.' }),
    to: t.exposeString('to', { description: 'End, HH:MM.' }),
  }),
});

const AvailabilityRuleRef = builder.objectRef<GhlScheduleRule>('AvailabilityRule').implement({
  description: 'When a user is available: on a weekday every week, or on one date.',
  fields: (t) => ({
    kind: t.field({ type: AvailabilityRuleKind, description: 'Weekly or one date.', resolve: (rule) => known(kinds, rule.type) }),
    day: t.field({ type: Weekday, description: 'The weekday, for a WEEKDAY rule.', resolve: (rule) => known(days, rule.day) }),
    date: t.exposeString('date', { description: 'The date (YYYY-MM-DD), for a DATE rule.' }),
    intervals: t.field({ type: [AvailabilityIntervalRef], nullable: false, description: 'The ranges available that day.', resolve: (rule) => rule.intervals ?? [] }),
  }),
});

export const AvailabilityScheduleRef = builder.objectRef<schedules.AvailabilitySchedule>('AvailabilitySchedule');

locatedNode(AvailabilityScheduleRef, {
  description: 'When a user takes bookings, in a time zone, on the calendars it is applied to.',
  loadById: (id, ctx) => schedules.getAvailabilitySchedule(ctx, id),
  ghlIdOf: (schedule) => schedule.id,
  locationIdOf: (schedule) => schedule.locationId,
  location: { description: 'The location the schedule belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    timezone: t.exposeString('timezone', { description: 'IANA time zone its times are in.' }),
    rules: t.field({ type: [AvailabilityRuleRef], nullable: false, description: 'When the user is available.', resolve: (schedule) => schedule.rules ?? [] }),
    userId: t.exposeString('userId', { description: 'GHL id of the user.' }),
    user: t.field({
      type: UserRef,
      description: 'The user whose availability it is.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (schedule, _, ctx) => (schedule.userId ? ctx.loaders.user.load({ id: schedule.userId, locationId: schedule.locationId }) : null),
    }),
    calendarIds: t.stringList({ nullable: false, description: 'GHL ids of the calendars it applies to.', resolve: (schedule) => schedule.calendarIds ?? [] }),
    calendars: t.field({
      type: [CalendarRef],
      nullable: false,
      description: 'The calendars it applies to.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.calendars) },
      resolve: (schedule, _, ctx) => schedules.calendarsOfSchedule(ctx, schedule),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (schedule) => dateOf(schedule.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (schedule) => dateOf(schedule.dateUpdated) }),
  }),
});

builder.objectField(CalendarRef, 'availabilitySchedules', (t) =>
  t.field({
    type: [AvailabilityScheduleRef],
    nullable: false,
    description: 'Its team members’ availability schedules that apply to the calendar.',
    // One list per team member; members shared by several calendars are read once.
    extensions: { cost: cost.perParent(1) },
    resolve: (calendar, _, ctx) => schedules.schedulesOfCalendar(ctx, calendar),
  }),
);

builder.objectField(UserRef, 'availabilitySchedules', (t) =>
  t.field({
    type: [AvailabilityScheduleRef],
    nullable: false,
    description: 'The user’s availability schedules in a location.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (user, args, ctx) => schedules.listAvailabilitySchedules(ctx, { userId: user.id, locationId: args.locationId }),
  }),
);

builder.queryFields((t) => ({
  availabilitySchedules: t.field({
    type: [AvailabilityScheduleRef],
    nullable: false,
    description: 'A user’s availability schedules in a location.',
    args: {
      userId: t.arg.id({ required: true, description: 'User id or GHL user id.' }),
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      calendarId: t.arg.id({ description: 'Only those applied to this calendar (Calendar id or GHL id).' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => schedules.listAvailabilitySchedules(ctx, args),
  }),
}));

const AvailabilityIntervalInput = builder.inputType('AvailabilityIntervalInput', {
  description: 'A time range within a day.',
  fields: (t) => ({
    from: t.string({ required: true, description: 'Start, HH:MM.' }),
    to: t.string({ required: true, description: 'End, HH:MM, after from.' }),
  }),
});

const AvailabilityRuleInput = builder.inputType('AvailabilityRuleInput', {
  description: 'When a user is available: a weekday (with day) or a date (with date).',
  fields: (t) => ({
    kind: t.field({ type: AvailabilityRuleKind, required: true, description: 'Weekly or one date.' }),
    day: t.field({ type: Weekday, description: 'The weekday, for a WEEKDAY rule.' }),
    date: t.string({ description: 'The date (YYYY-MM-DD), for a DATE rule.' }),
    intervals: t.field({ type: [AvailabilityIntervalInput], required: true, description: 'The ranges available that day.' }),
  }),
});

const CreateAvailabilityScheduleInput = builder.inputType('CreateAvailabilityScheduleInput', {
  description: 'A new availability schedule of a user.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    userId: t.id({ required: true, description: 'User id or GHL user id.' }),
    name: t.string({ required: true, description: 'Name.' }),
    timezone: t.string({ required: true, description: 'IANA time zone, such as "America/New_York".' }),
    rules: t.field({ type: [AvailabilityRuleInput], description: 'When the user is available.' }),
    calendarIds: t.idList({ description: 'Calendars to apply it to (Calendar ids or GHL ids).' }),
  }),
});

const UpdateAvailabilityScheduleInput = builder.inputType('UpdateAvailabilityScheduleInput', {
  description: 'Changes to an availability schedule; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    timezone: t.string({ description: 'IANA time zone.' }),
    rules: t.field({ type: [AvailabilityRuleInput], description: 'When the user is available, replacing every rule.' }),
  }),
});

const AvailabilitySchedulePayload = builder.objectRef<{ availabilitySchedule: schedules.AvailabilitySchedule }>('AvailabilitySchedulePayload').implement({
  description: 'The availability schedule after the change.',
  fields: (t) => ({
    availabilitySchedule: t.expose('availabilitySchedule', { type: AvailabilityScheduleRef, nullable: false, description: 'The schedule.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const idArg = () => t.arg.id({ required: true, description: 'AvailabilitySchedule id or GHL schedule id.' });
  const calendarArgs = () => ({ id: idArg(), calendarId: t.arg.id({ required: true, description: 'Calendar id or GHL calendar id.' }) });
  return {
    createAvailabilitySchedule: t.field({
      type: AvailabilitySchedulePayload,
      nullable: false,
      description: 'Create a user’s availability schedule.',
      args: { input: t.arg({ type: CreateAvailabilityScheduleInput, required: true, description: 'The schedule.' }) },
      resolve: async (_, { input }, ctx) => ({ availabilitySchedule: await schedules.createAvailabilitySchedule(ctx, input) }),
    }),
    updateAvailabilitySchedule: t.field({
      type: AvailabilitySchedulePayload,
      nullable: false,
      description: 'Rename an availability schedule, or change its time zone or rules.',
      args: { id: idArg(), input: t.arg({ type: UpdateAvailabilityScheduleInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({ availabilitySchedule: await schedules.updateAvailabilitySchedule(ctx, schedules.scheduleIdOf(args.id), args.input) }),
    }),
    deleteAvailabilitySchedule: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete an availability schedule.',
      extensions: { cost: cost.perParent(2) },
      args: { id: idArg() },
      resolve: async (_, args, ctx) => {
        const id = await schedules.deleteAvailabilitySchedule(ctx, schedules.scheduleIdOf(args.id));
        return { deletedId: encodeGlobalID('AvailabilitySchedule', id), deletedGhlId: id };
      },
    }),
    applyAvailabilityScheduleToCalendar: t.field({
      type: AvailabilitySchedulePayload,
      nullable: false,
      description: 'Apply an availability schedule to a team calendar of its location.',
      // GHL answers without the schedule: it is read back.
      extensions: { cost: cost.perParent(2) },
      args: calendarArgs(),
      resolve: async (_, args, ctx) => ({
        availabilitySchedule: await schedules.setCalendarInSchedule(ctx, schedules.scheduleIdOf(args.id), args.calendarId, true),
      }),
    }),
    removeAvailabilityScheduleFromCalendar: t.field({
      type: AvailabilitySchedulePayload,
      nullable: false,
      description: 'Stop applying an availability schedule to a calendar.',
      extensions: { cost: cost.perParent(2) },
      args: calendarArgs(),
      resolve: async (_, args, ctx) => ({
        availabilitySchedule: await schedules.setCalendarInSchedule(ctx, schedules.scheduleIdOf(args.id), args.calendarId, false),
      }),
    }),
  };
});
