/**
 * Calendar groups: a location's calendars gathered under one booking page. GHL reads a group only
 * in its location's list, so every read goes through that list (one call per location and
 * request), and a change answered without the group is read back from it.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCalendar, GhlCalendarGroup } from '../ghl/api/calendars.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';

export type LocatedCalendarGroup = GhlCalendarGroup & { locationId: string };

export interface CalendarGroupInput {
  name?: string | null;
  description?: string | null;
  slug?: string | null;
}

export interface CreateCalendarGroupInput extends CalendarGroupInput {
  locationId?: string | null;
  name: string;
  description: string;
  slug: string;
  isActive?: boolean | null;
}

/** A group's id and location, as an `id` argument (and `locationId`) name them. */
export type GroupRef = { id: string; locationId: string };

export function groupRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): GroupRef {
  return locatedIdOf(id, 'CalendarGroup', locationId, ctx.defaultLocationId);
}

export function listCalendarGroups(ctx: GatewayContext, locationId: string | null | undefined): Promise<LocatedCalendarGroup[]> {
  return ctx.loaders.calendarGroupsOfLocation.load(locationIdOf(locationId, ctx.defaultLocationId));
}

export async function findCalendarGroup(ctx: GatewayContext, { id, locationId }: GroupRef): Promise<LocatedCalendarGroup> {
  const group = (await ctx.loaders.calendarGroupsOfLocation.load(locationId)).find((candidate) => candidate.id === id);
  if (!group) throw gatewayError('NOT_FOUND', `No calendar group ${id} in location ${locationId}`);
  return group;
}

/** The group a calendar is in, or null (a calendar may be in none, or in one since deleted). */
export async function groupOfCalendar(ctx: GatewayContext, calendar: GhlCalendar): Promise<LocatedCalendarGroup | null> {
  if (!calendar.groupId) return null;
  return (await ctx.loaders.calendarGroupsOfLocation.load(calendar.locationId)).find((group) => group.id === calendar.groupId) ?? null;
}

export async function calendarsOfGroup(ctx: GatewayContext, group: LocatedCalendarGroup): Promise<GhlCalendar[]> {
  return (await ctx.loaders.calendarsOfLocation.load(group.locationId)).filter((calendar) => calendar.groupId === group.id);
}

export async function isCalendarGroupSlugAvailable(ctx: GatewayContext, slug: string, locationId: string | null | undefined): Promise<boolean> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  const { available } = await ctx.ghl.call('validateCalendarGroupSlug', { location, body: { slug: slugOf(slug) } });
  return available;
}

export async function createCalendarGroup(ctx: GatewayContext, input: CreateCalendarGroupInput): Promise<LocatedCalendarGroup> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const { group } = await ctx.ghl.call('createCalendarGroup', {
    location: locationId,
    body: definedOnly({
      name: nonEmpty(input.name, 'name'),
      description: nonEmpty(input.description, 'description'),
      slug: slugOf(input.slug),
      isActive: input.isActive ?? undefined,
    }),
  });
  ctx.loaders.calendarGroupsOfLocation.clear(locationId);
  return { ...group, locationId: group.locationId ?? locationId };
}

/** GHL's edit takes name, description and slug together: the ones left out are read first. */
export async function updateCalendarGroup(ctx: GatewayContext, ref: GroupRef, input: CalendarGroupInput): Promise<LocatedCalendarGroup> {
  if (input.name == null && input.description == null && input.slug == null) {
    throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  }
  const name = input.name == null ? undefined : nonEmpty(input.name, 'name');
  const description = input.description == null ? undefined : nonEmpty(input.description, 'description');
  const slug = input.slug == null ? undefined : slugOf(input.slug);
  const current = await findCalendarGroup(ctx, ref);
  const { group } = await ctx.ghl.call('updateCalendarGroup', {
    path: { groupId: ref.id },
    body: {
      name: name ?? current.name ?? '',
      description: description ?? current.description ?? '',
      slug: slug ?? current.slug ?? '',
    },
  });
  ctx.loaders.calendarGroupsOfLocation.clear(ref.locationId);
  return { ...current, ...group, locationId: group.locationId ?? ref.locationId };
}

/** GHL answers a status change with `success` alone: the group is read back. */
export async function setCalendarGroupActive(ctx: GatewayContext, ref: GroupRef, isActive: boolean): Promise<LocatedCalendarGroup> {
  await ctx.ghl.call('setCalendarGroupStatus', { path: { groupId: ref.id }, body: { isActive } });
  ctx.loaders.calendarGroupsOfLocation.clear(ref.locationId);
  return findCalendarGroup(ctx, ref);
}

export async function deleteCalendarGroup(ctx: GatewayContext, ref: GroupRef): Promise<{ deletedGhlId: string; locationId: string }> {
  await ctx.ghl.call('deleteCalendarGroup', { path: { groupId: ref.id } });
  ctx.loaders.calendarGroupsOfLocation.clear(ref.locationId);
  // Its calendars are left without a group.
  ctx.loaders.calendarsOfLocation.clear(ref.locationId);
  return { deletedGhlId: ref.id, locationId: ref.locationId };
}

/** A slug is one URL path segment: no spaces or slashes. */
function slugOf(value: string): string {
  const slug = nonEmpty(value, 'slug');
  if (/[\s/?#]/.test(slug)) throw gatewayError('BAD_USER_INPUT', 'slug must be one URL path segment, without spaces or slashes, such as "15-mins"');
  return slug;
}
