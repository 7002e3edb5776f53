/**
 * Calendar groups (calendars.json /calendars/groups): a location's calendars gathered under one
 * booking page. A slug is unique among the location's groups; a disabled group stays listed.
 * Deleting a group leaves its calendars ungrouped.
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import type { CalendarGroup } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { CALENDARS } from './calendar-access.ts';
import { created, ok, requireLocation } from './common.ts';

export const calendarGroupRoutes: Route[] = [
  route('GET', '/calendars/groups', CALENDARS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ groups: store.calendarGroupsOfLocation(locationId) });
  }),
  route('POST', '/calendars/groups', CALENDARS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const fields = readGroupFields(v);
    const isActive = v.boolean('isActive') ?? true;
    v.check();
    requireLocation(store, principal, locationId);
    requireFreeSlug(store, locationId, fields.slug);
    return created({ group: store.calendarGroups.insert({ id: randomId(), locationId, ...fields, isActive }) });
  }),
  route('POST', '/calendars/groups/validate-slug', CALENDARS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const slug = v.string('slug', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ available: !slugTaken(store, locationId, slug) });
  }),
  route('PUT', '/calendars/groups/{groupId}', CALENDARS, ({ store, principal, params, body }) => {
    const group = requireGroup(store, principal, params.groupId);
    const v = Validator.body(body);
    const fields = readGroupFields(v);
    v.check();
    requireFreeSlug(store, group.locationId, fields.slug, group.id);
    return ok({ group: store.calendarGroups.insert({ ...group, ...fields }) });
  }),
  route('PUT', '/calendars/groups/{groupId}/status', CALENDARS, ({ store, principal, params, body }) => {
    const group = requireGroup(store, principal, params.groupId);
    const v = Validator.body(body);
    const isActive = v.boolean('isActive', { required: true });
    v.check();
    store.calendarGroups.insert({ ...group, isActive });
    return ok({ success: true });
  }),
  route('DELETE', '/calendars/groups/{groupId}', CALENDARS, ({ store, principal, params }) => {
    const group = requireGroup(store, principal, params.groupId);
    for (const calendar of store.calendarsOfLocation(group.locationId)) {
      if (calendar.groupId !== group.id) continue;
      const { groupId: _group, ...ungrouped } = calendar;
      store.calendars.insert(ungrouped);
    }
    store.calendarGroups.delete(group.id);
    return ok({ success: true });
  }),
];

export function requireGroup(store: SandboxStore, principal: Principal, groupId: string): CalendarGroup {
  const group = store.calendarGroups.get(groupId);
  if (!group) throw ghlErrors.notFound('Group');
  requireLocation(store, principal, group.locationId);
  return group;
}

/** GroupCreateDTO and GroupUpdateDTO both require these three. */
function readGroupFields(v: Validator) {
  return {
    name: v.string('name', { required: true }),
    description: v.string('description', { required: true }),
    slug: v.string('slug', { required: true }),
  };
}

function slugTaken(store: SandboxStore, locationId: string, slug: string, exceptId?: string): boolean {
  return store.calendarGroupsOfLocation(locationId).some((group) => group.slug === slug && group.id !== exceptId);
}

function requireFreeSlug(store: SandboxStore, locationId: string, slug: string, exceptId?: string): void {
  if (slugTaken(store, locationId, slug, exceptId)) throw ghlErrors.unprocessable(['slug is already taken by another group']);
}
