/**
 * Calendar resources (calendars.json /calendars/resources/{resourceType}): the rooms and equipment
 * a location's service calendars book. A room may serve several calendars, an equipment one only
 * (CreateCalendarResourceDTO). Answers carry the resource's id, which the file leaves out
 * (openapi/overrides.ts); an update is answered without the calendars (CalendarResourceResponseDTO).
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { CalendarResource } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { CALENDARS } from './calendar-access.ts';
import { created, ok, requireLocation } from './common.ts';

const TYPES = ['equipments', 'rooms'] as const;
type ResourceType = (typeof TYPES)[number];

export const calendarResourceRoutes: Route[] = [
  route('GET', '/calendars/resources/{resourceType}', CALENDARS, ({ store, principal, params, query }) => {
    const resourceType = typeOf(params.resourceType);
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const limit = v.number('limit', { required: true, min: 1 });
    const skip = v.number('skip', { required: true, min: 0 });
    v.check();
    requireLocation(store, principal, locationId);
    const matching = store.calendarResourcesOfLocation(locationId).filter((resource) => resource.resourceType === resourceType);
    return ok(matching.slice(skip, skip + limit));
  }),
  route('POST', '/calendars/resources/{resourceType}', CALENDARS, ({ store, principal, params, body }) => {
    const resourceType = typeOf(params.resourceType);
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const fields = {
      name: v.string('name', { required: true }),
      description: v.string('description', { required: true }),
      quantity: v.number('quantity', { required: true, min: 0 }),
      outOfService: v.number('outOfService', { required: true, min: 0 }),
      capacity: v.number('capacity', { required: true, min: 0 }),
      calendarIds: v.stringArray('calendarIds', { required: true }),
    };
    v.check();
    requireLocation(store, principal, locationId);
    const resource: CalendarResource = { id: randomId(), locationId, resourceType, isActive: true, ...fields };
    requireServedCalendars(store, resource);
    return created(store.calendarResources.insert(resource));
  }),
  route('GET', '/calendars/resources/{resourceType}/{id}', CALENDARS, ({ store, principal, params }) =>
    ok(requireResource(store, principal, typeOf(params.resourceType), params.id)),
  ),
  route('PUT', '/calendars/resources/{resourceType}/{id}', CALENDARS, ({ store, principal, params, body }) => {
    const resource = requireResource(store, principal, typeOf(params.resourceType), params.id);
    const v = Validator.body(body);
    const locationId = v.string('locationId');
    const changes = definedOnly({
      name: v.string('name'),
      description: v.string('description'),
      quantity: v.number('quantity', { min: 0 }),
      outOfService: v.number('outOfService', { min: 0 }),
      capacity: v.number('capacity', { min: 0 }),
      calendarIds: v.stringArray('calendarIds'),
      isActive: v.boolean('isActive'),
    }) as Partial<CalendarResource>;
    v.check();
    if (locationId !== undefined && locationId !== resource.locationId) throw ghlErrors.unprocessable(['locationId is not the location of the resource']);
    const changed: CalendarResource = { ...resource, ...changes };
    requireServedCalendars(store, changed);
    const { calendarIds: _calendars, ...answer } = store.calendarResources.insert(changed);
    return ok(answer);
  }),
  route('DELETE', '/calendars/resources/{resourceType}/{id}', CALENDARS, ({ store, principal, params }) => {
    const resource = requireResource(store, principal, typeOf(params.resourceType), params.id);
    store.calendarResources.delete(resource.id);
    return ok({ success: true });
  }),
];

function typeOf(value: string): ResourceType {
  if (!(TYPES as readonly string[]).includes(value)) throw ghlErrors.unprocessable([`resourceType must be one of the following values: ${TYPES.join(', ')}`]);
  return value as ResourceType;
}

function requireResource(store: SandboxStore, principal: Principal, resourceType: ResourceType, id: string): CalendarResource {
  const resource = store.calendarResources.get(id);
  if (resource?.resourceType !== resourceType) throw new GhlError(404, 'Resource not found');
  requireLocation(store, principal, resource.locationId);
  return resource;
}

/** Its calendars are the location's, at most 100, and an equipment serves one calendar only. */
function requireServedCalendars(store: SandboxStore, resource: CalendarResource): void {
  const problems = [
    ...(resource.calendarIds.length > 100 ? ['calendarIds must contain no more than 100 elements'] : []),
    ...(resource.resourceType === 'equipments' && resource.calendarIds.length > 1 ? ['an equipment can only be mapped with one service calendar'] : []),
    ...resource.calendarIds.filter((id) => store.calendars.get(id)?.locationId !== resource.locationId).map((id) => `calendar ${id} is not a calendar of the location`),
    ...(resource.outOfService > resource.quantity ? ['outOfService must not be greater than quantity'] : []),
  ];
  if (problems.length > 0) throw ghlErrors.unprocessable(problems);
}
