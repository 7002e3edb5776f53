/**
 * Calendar groups: a location's calendars under one booking page. Groups come from the location's
 * group list, one call per location however many calendars ask for theirs.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as groups from '../resolvers/calendar-groups.ts';
import { builder } from './builder.ts';
import { CalendarRef } from './calendars.ts';
import { DeletePayload } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

export const CalendarGroupRef = builder.objectRef<groups.LocatedCalendarGroup>('CalendarGroup');

locatedNode(CalendarGroupRef, {
  description: 'Calendars of a location gathered under one booking page.',
  loadInLocation: (key, ctx) => groups.findCalendarGroup(ctx, key),
  ghlIdOf: (group) => group.id,
  locationIdOf: (group) => group.locationId,
  location: { description: 'The location the group belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    slug: t.exposeString('slug', { description: 'URL slug of the group’s booking page.' }),
    isActive: t.exposeBoolean('isActive', { description: 'Active (true) or disabled.' }),
    calendars: t.field({
      type: [CalendarRef],
      nullable: false,
      description: 'The calendars in the group.',
      extensions: { cost: cost.perParent(1) },
      resolve: (group, _, ctx) => groups.calendarsOfGroup(ctx, group),
    }),
  }),
});

builder.objectField(CalendarRef, 'group', (t) =>
  t.field({
    type: CalendarGroupRef,
    description: 'The group the calendar is in, if any.',
    extensions: { cost: cost.batchedPerRequest(sharedLists.calendarGroups) },
    resolve: (calendar, _, ctx) => groups.groupOfCalendar(ctx, calendar),
  }),
);

builder.objectField(LocationRef, 'calendarGroups', (t) =>
  t.field({
    type: [CalendarGroupRef],
    nullable: false,
    description: 'Calendar groups of the location.',
    extensions: { cost: cost.batchedPerRequest(sharedLists.calendarGroups) },
    resolve: (location, _, ctx) => ctx.loaders.calendarGroupsOfLocation.load(location.id),
  }),
);

builder.queryFields((t) => ({
  calendarGroups: t.field({
    type: [CalendarGroupRef],
    nullable: false,
    description: 'Calendar groups of a location.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.batchedPerRequest(sharedLists.calendarGroups) },
    resolve: (_, args, ctx) => groups.listCalendarGroups(ctx, args.locationId),
  }),
  calendarGroupSlugAvailable: t.boolean({
    nullable: false,
    description: 'Whether no calendar group of the location has this slug yet.',
    args: {
      slug: t.arg.string({ required: true, description: 'The slug, one URL path segment such as "15-mins".' }),
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => groups.isCalendarGroupSlugAvailable(ctx, args.slug, args.locationId),
  }),
}));

const CreateCalendarGroupInput = builder.inputType('CreateCalendarGroupInput', {
  description: 'A new calendar group.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name.' }),
    description: t.string({ required: true, description: 'Description (GHL requires one).' }),
    slug: t.string({ required: true, description: 'URL slug of its booking page, unique in the location, such as "15-mins".' }),
    isActive: t.boolean({ description: 'Active (default) or disabled.' }),
  }),
});

const UpdateCalendarGroupInput = builder.inputType('UpdateCalendarGroupInput', {
  description: 'Changes to a calendar group; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    slug: t.string({ description: 'URL slug of its booking page, unique in the location.' }),
  }),
});

const CalendarGroupPayload = builder.objectRef<{ calendarGroup: groups.LocatedCalendarGroup }>('CalendarGroupPayload').implement({
  description: 'The calendar group after the change.',
  fields: (t) => ({
    calendarGroup: t.expose('calendarGroup', { type: CalendarGroupRef, nullable: false, description: 'The calendar group.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const groupArgs = () => ({
    id: t.arg.id({ required: true, description: 'CalendarGroup id or GHL group id.' }),
    locationId: t.arg.id({ description: 'Its location, for a GHL group id; defaults to the configured location.' }),
  });
  return {
    createCalendarGroup: t.field({
      type: CalendarGroupPayload,
      nullable: false,
      description: 'Create a calendar group (put calendars in it with updateCalendar).',
      args: { input: t.arg({ type: CreateCalendarGroupInput, required: true, description: 'The group.' }) },
      resolve: async (_, { input }, ctx) => ({ calendarGroup: await groups.createCalendarGroup(ctx, input) }),
    }),
    updateCalendarGroup: t.field({
      type: CalendarGroupPayload,
      nullable: false,
      description: 'Rename a calendar group, or change its description or slug.',
      // GHL's edit takes every field: the ones kept are read first.
      extensions: { cost: cost.perParent(2) },
      args: { ...groupArgs(), input: t.arg({ type: UpdateCalendarGroupInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({
        calendarGroup: await groups.updateCalendarGroup(ctx, groups.groupRefOf(ctx, args.id, args.locationId), args.input),
      }),
    }),
    setCalendarGroupActive: t.field({
      type: CalendarGroupPayload,
      nullable: false,
      description: 'Enable or disable a calendar group.',
      // GHL answers without the group: it is read back.
      extensions: { cost: cost.perParent(2) },
      args: { ...groupArgs(), isActive: t.arg.boolean({ required: true, description: 'Active (true) or disabled.' }) },
      resolve: async (_, args, ctx) => ({
        calendarGroup: await groups.setCalendarGroupActive(ctx, groups.groupRefOf(ctx, args.id, args.locationId), args.isActive),
      }),
    }),
    deleteCalendarGroup: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete a calendar group; its calendars stay, in no group.',
      args: groupArgs(),
      resolve: async (_, args, ctx) => {
        const deleted = await groups.deleteCalendarGroup(ctx, groups.groupRefOf(ctx, args.id, args.locationId));
        return { deletedId: encodeGlobalID('CalendarGroup', `${deleted.locationId}/${deleted.deletedGhlId}`), deletedGhlId: deleted.deletedGhlId };
      },
    }),
  };
});
