/**
 * Calendar resources: the rooms and equipment a location's service calendars book. A location's
 * resources come from its lists (one call per type), which every calendar's `resources` shares.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as resources from '../resolvers/calendar-resources.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';
import { CalendarRef } from './calendars.ts';
import { DeletePayload } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

const CalendarResourceType = builder.enumType('CalendarResourceType', {
  description: 'What a calendar resource is.',
  values: {
    ROOM: { value: 'rooms', description: 'A room: holds up to its capacity, and may serve several calendars.' },
    EQUIPMENT: { value: 'equipments', description: 'Equipment: so many units, some out of service; serves one calendar.' },
  } as const satisfies Record<string, { value: resources.CalendarResourceType; description: string }>,
});

export const CalendarResourceRef = builder.objectRef<resources.LocatedCalendarResource>('CalendarResource');

/** A location's resources are two lists, one call each per request, which every field shares. */
const listsCost = cost.sum(cost.batchedPerRequest(sharedLists.calendarRooms), cost.batchedPerRequest(sharedLists.calendarEquipment));

locatedNode(CalendarResourceRef, {
  description: 'A room or equipment that service calendars book with their appointments.',
  keyOf: resources.resourceKeyOf,
  loadByKey: (key, ctx) => resources.loadCalendarResource(ctx, key),
  ghlIdOf: (resource) => resource.id,
  locationIdOf: (resource) => resource.locationId,
  location: { description: 'The location the resource belongs to.' },
  fields: (t) => ({
    resourceType: t.field({ type: CalendarResourceType, nullable: false, description: 'Room or equipment.', resolve: (resource) => resource.resourceType }),
    name: t.exposeString('name', { description: 'Name.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    isActive: t.exposeBoolean('isActive', { description: 'Active (true) or disabled.' }),
    quantity: t.exposeInt('quantity', { description: 'Units of an equipment.' }),
    outOfService: t.exposeInt('outOfService', { description: 'Units of an equipment out of service.' }),
    capacity: t.exposeInt('capacity', { description: 'People a room holds.' }),
    calendarIds: t.stringList({ nullable: false, description: 'GHL ids of the service calendars it serves.', resolve: (resource) => resource.calendarIds ?? [] }),
    calendars: t.field({
      type: [CalendarRef],
      nullable: false,
      description: 'The service calendars it serves.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.calendars) },
      resolve: (resource, _, ctx) => resources.calendarsOfResource(ctx, resource),
    }),
  }),
});

builder.objectField(CalendarRef, 'resources', (t) =>
  t.field({
    type: [CalendarResourceRef],
    nullable: false,
    description: 'The rooms and equipment the calendar books.',
    extensions: { cost: listsCost },
    resolve: (calendar, _, ctx) => resources.resourcesOfCalendar(ctx, calendar),
  }),
);

builder.objectField(LocationRef, 'calendarResources', (t) =>
  t.field({
    type: [CalendarResourceRef],
    nullable: false,
    description: 'Rooms and equipment of the location, rooms first.',
    args: { resourceType: t.arg({ type: CalendarResourceType, description: 'Only rooms, or only equipment.' }) },
    extensions: { cost: listsCost },
    resolve: (location, args, ctx) => resources.listCalendarResources(ctx, location.id, args.resourceType),
  }),
);

builder.queryFields((t) => ({
  calendarResources: t.field({
    type: [CalendarResourceRef],
    nullable: false,
    description: 'Rooms and equipment of a location, rooms first.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      resourceType: t.arg({ type: CalendarResourceType, description: 'Only rooms, or only equipment.' }),
    },
    extensions: { cost: listsCost },
    resolve: (_, args, ctx) => resources.listCalendarResources(ctx, locationIdOf(args.locationId, ctx.defaultLocationId), args.resourceType),
  }),
  calendarResource: t.field({
    type: CalendarResourceRef,
    description: 'One room or equipment.',
    args: {
      id: t.arg.id({ required: true, description: 'CalendarResource id, or GHL resource id with resourceType.' }),
      resourceType: t.arg({ type: CalendarResourceType, description: 'Its type, for a GHL resource id.' }),
    },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.calendarResource.load(resources.resourceRefOf(args.id, args.resourceType)),
  }),
}));

const CreateCalendarResourceInput = builder.inputType('CreateCalendarResourceInput', {
  description: 'A new room or equipment.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    resourceType: t.field({ type: CalendarResourceType, required: true, description: 'Room or equipment.' }),
    name: t.string({ required: true, description: 'Name.' }),
    description: t.string({ required: true, description: 'Description (GHL requires one).' }),
    quantity: t.int({ description: 'Units of an equipment; 1 when left out.' }),
    outOfService: t.int({ description: 'Units of an equipment out of service, at most quantity; 0 when left out.' }),
    capacity: t.int({ description: 'People a room holds.' }),
    calendarIds: t.idList({ description: 'The service calendars it serves (Calendar ids or GHL ids): at most 100, one for an equipment.' }),
  }),
});

const UpdateCalendarResourceInput = builder.inputType('UpdateCalendarResourceInput', {
  description: 'Changes to a room or equipment; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    quantity: t.int({ description: 'Units of an equipment.' }),
    outOfService: t.int({ description: 'Units of an equipment out of service, at most quantity.' }),
    capacity: t.int({ description: 'People a room holds.' }),
    calendarIds: t.idList({ description: 'The service calendars it serves, replacing the ones it served: at most 100, one for an equipment.' }),
    isActive: t.boolean({ description: 'Active (true) or disabled.' }),
  }),
});

const CalendarResourcePayload = builder.objectRef<{ calendarResource: resources.LocatedCalendarResource }>('CalendarResourcePayload').implement({
  description: 'The room or equipment after the change.',
  fields: (t) => ({
    calendarResource: t.expose('calendarResource', { type: CalendarResourceRef, nullable: false, description: 'The room or equipment.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const resourceArgs = () => ({
    id: t.arg.id({ required: true, description: 'CalendarResource id, or GHL resource id with resourceType.' }),
    resourceType: t.arg({ type: CalendarResourceType, description: 'Its type, for a GHL resource id.' }),
  });
  return {
    createCalendarResource: t.field({
      type: CalendarResourcePayload,
      nullable: false,
      description: 'Create a room or equipment, serving some service calendars.',
      args: { input: t.arg({ type: CreateCalendarResourceInput, required: true, description: 'The resource.' }) },
      resolve: async (_, { input }, ctx) => ({ calendarResource: await resources.createCalendarResource(ctx, input) }),
    }),
    updateCalendarResource: t.field({
      type: CalendarResourcePayload,
      nullable: false,
      description: 'Change a room or equipment: its name, counts, calendars, or whether it is active.',
      // Its location is read first, and GHL answers without the calendars: it is read back.
      extensions: { cost: cost.perParent(3) },
      args: { ...resourceArgs(), input: t.arg({ type: UpdateCalendarResourceInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({
        calendarResource: await resources.updateCalendarResource(ctx, resources.resourceRefOf(args.id, args.resourceType), args.input),
      }),
    }),
    deleteCalendarResource: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete a room or equipment.',
      extensions: { cost: cost.perParent(2) },
      args: resourceArgs(),
      resolve: async (_, args, ctx) => {
        const deleted = await resources.deleteCalendarResource(ctx, resources.resourceRefOf(args.id, args.resourceType));
        return { deletedId: encodeGlobalID('CalendarResource', resources.resourceKeyOf(deleted)), deletedGhlId: deleted.id };
      },
    }),
  };
});
