/**
 * Calendar resources: the rooms and equipment a location's service calendars book. GHL reads one
 * by its type and id, so a resource's global id carries its type (`rooms/id`); a calendar's
 * resources are filtered from its location's lists, one list call per type, location and request.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCalendar } from '../ghl/api/calendars.ts';
import type { CalendarResourceType, LocatedCalendarResource } from '../loaders/calendars.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locationIdOf, scopedIdOf } from './ids.ts';

export type { CalendarResourceType, LocatedCalendarResource };

const TYPES: readonly CalendarResourceType[] = ['rooms', 'equipments'];
/** CreateCalendarResourceDTO's `maxItems`. */
const MAX_CALENDARS = 100;

export interface CalendarResourceInput {
  name?: string | null;
  description?: string | null;
  quantity?: number | null;
  outOfService?: number | null;
  capacity?: number | null;
  calendarIds?: readonly string[] | null;
}

export interface CreateCalendarResourceInput extends CalendarResourceInput {
  locationId?: string | null;
  resourceType: CalendarResourceType;
  name: string;
  description: string;
}

export interface UpdateCalendarResourceInput extends CalendarResourceInput {
  isActive?: boolean | null;
}

/** A resource's type and id, as an `id` argument (and `resourceType`) name them. */
export type ResourceRef = { resourceType: CalendarResourceType; id: string };

export const resourceKeyOf = (resource: ResourceRef) => `${resource.resourceType}/${resource.id}`;

/** A global id carries the type; a GHL id needs `resourceType` beside it. The two must agree. */
export function resourceRefOf(value: string, resourceType: CalendarResourceType | null | undefined): ResourceRef {
  const { id, ownerId } = scopedIdOf(value, 'CalendarResource', 'id');
  const carried = ownerId === undefined ? undefined : TYPES.find((type) => type === ownerId);
  if (ownerId !== undefined && !carried) throw gatewayError('BAD_USER_INPUT', 'id is not a CalendarResource id');
  if (carried && resourceType && carried !== resourceType) throw gatewayError('BAD_USER_INPUT', `id names one of the ${carried}, not of the ${resourceType}`);
  const type = carried ?? resourceType;
  if (!type) throw gatewayError('BAD_USER_INPUT', 'resourceType is required with a GHL resource id');
  return { resourceType: type, id };
}

/** A node key (`rooms/id`), as `node(id:)` hands it over: a type GHL does not know reads as nothing. */
export function loadCalendarResource(ctx: GatewayContext, key: string): Promise<LocatedCalendarResource> | null {
  const slash = key.indexOf('/');
  const resourceType = TYPES.find((type) => type === key.slice(0, slash));
  return resourceType ? ctx.loaders.calendarResource.load({ resourceType, id: key.slice(slash + 1) }) : null;
}

export async function listCalendarResources(
  ctx: GatewayContext,
  locationId: string,
  resourceType: CalendarResourceType | null | undefined,
): Promise<LocatedCalendarResource[]> {
  const lists = await Promise.all((resourceType ? [resourceType] : TYPES).map((type) => ctx.loaders.calendarResourcesOfLocation.load({ locationId, resourceType: type })));
  return lists.flat();
}

export async function resourcesOfCalendar(ctx: GatewayContext, calendar: GhlCalendar): Promise<LocatedCalendarResource[]> {
  return (await listCalendarResources(ctx, calendar.locationId, null)).filter((resource) => (resource.calendarIds ?? []).includes(calendar.id));
}

/** In the resource's order; a calendar since deleted is left out. */
export async function calendarsOfResource(ctx: GatewayContext, resource: LocatedCalendarResource): Promise<GhlCalendar[]> {
  const calendars = await ctx.loaders.calendarsOfLocation.load(resource.locationId);
  return (resource.calendarIds ?? []).flatMap((id) => calendars.filter((calendar) => calendar.id === id));
}

export async function createCalendarResource(ctx: GatewayContext, input: CreateCalendarResourceInput): Promise<LocatedCalendarResource> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const fields = resourceFields(input.resourceType, input);
  const quantity = fields.quantity ?? 1;
  const outOfService = fields.outOfService ?? 0;
  if (outOfService > quantity) throw gatewayError('BAD_USER_INPUT', 'outOfService must not be greater than quantity');
  // GHL requires every field: what a room or an equipment does not have is sent as none.
  const resource = await ctx.ghl.call('createCalendarResource', {
    location: locationId,
    path: { resourceType: input.resourceType },
    body: { capacity: 0, calendarIds: [], ...fields, name: nonEmpty(input.name, 'name'), description: nonEmpty(input.description, 'description'), quantity, outOfService },
  });
  ctx.loaders.calendarResourcesOfLocation.clear({ locationId, resourceType: input.resourceType });
  return { ...resource, locationId: resource.locationId ?? locationId, resourceType: input.resourceType };
}

/** GHL answers a change without the resource's calendars: it is read back. */
export async function updateCalendarResource(ctx: GatewayContext, ref: ResourceRef, input: UpdateCalendarResourceInput): Promise<LocatedCalendarResource> {
  const changes = { ...resourceFields(ref.resourceType, input), ...definedOnly({ isActive: input.isActive ?? undefined }) };
  if (Object.keys(changes).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const current = await ctx.loaders.calendarResource.load(ref);
  if ((changes.outOfService ?? current.outOfService ?? 0) > (changes.quantity ?? current.quantity ?? 0)) {
    throw gatewayError('BAD_USER_INPUT', 'outOfService must not be greater than quantity');
  }
  await ctx.ghl.call('updateCalendarResource', { location: current.locationId, path: ref, body: changes });
  ctx.loaders.calendarResource.clear(ref);
  ctx.loaders.calendarResourcesOfLocation.clear({ locationId: current.locationId, resourceType: ref.resourceType });
  return ctx.loaders.calendarResource.load(ref);
}

export async function deleteCalendarResource(ctx: GatewayContext, ref: ResourceRef): Promise<ResourceRef> {
  const current = await ctx.loaders.calendarResource.load(ref);
  await ctx.ghl.call('deleteCalendarResource', { path: ref });
  ctx.loaders.calendarResource.clear(ref);
  ctx.loaders.calendarResourcesOfLocation.clear({ locationId: current.locationId, resourceType: ref.resourceType });
  return ref;
}

/** The fields given, checked: counts are whole and not negative, an equipment serves one calendar. */
function resourceFields(resourceType: CalendarResourceType, input: CalendarResourceInput) {
  const count = (value: number | null | undefined, name: string) => {
    if (value == null) return undefined;
    if (!Number.isInteger(value) || value < 0) throw gatewayError('BAD_USER_INPUT', `${name} must be a whole number, 0 or more`);
    return value;
  };
  const calendarIds = input.calendarIds?.map((id) => ghlIdOf(id, 'Calendar', 'calendarIds'));
  if (calendarIds && calendarIds.length > MAX_CALENDARS) throw gatewayError('BAD_USER_INPUT', `calendarIds takes at most ${MAX_CALENDARS} calendars`);
  if (resourceType === 'equipments' && calendarIds && calendarIds.length > 1) {
    throw gatewayError('BAD_USER_INPUT', 'an equipment serves one calendar at most (GHL maps it to one service calendar)');
  }
  return definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    description: input.description == null ? undefined : nonEmpty(input.description, 'description'),
    quantity: count(input.quantity, 'quantity'),
    outOfService: count(input.outOfService, 'outOfService'),
    capacity: count(input.capacity, 'capacity'),
    calendarIds,
  });
}
