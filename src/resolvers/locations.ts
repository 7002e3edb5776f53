/**
 * Locations and what each defines for itself: the agency's location search and location writes,
 * tags, custom fields and custom values. GHL addresses tags, fields and values through their
 * location, so their node keys and ids carry it (`locationId/id`).
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCustomField, GhlCustomFieldModel, GhlCustomValue, GhlLocation, GhlLocationTag } from '../ghl/api/locations.ts';
import { gatewayError } from '../errors.ts';
import { asAgency } from './agency.ts';
import { ghlIdOf, locationIdOf, scopedIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

/**
 * A location as the search or a write answers it: a summary without the owner, domain, logo or
 * business. Reading a field it lacks fetches the full location once per request.
 */
const summary = Symbol('location summary');
export type LocationSource = GhlLocation & { [summary]?: true };

export function readLocationField<K extends keyof GhlLocation>(
  ctx: GatewayContext,
  location: LocationSource,
  key: K,
): GhlLocation[K] | Promise<GhlLocation[K]> {
  if (!location[summary] || key in location) return location[key];
  return ctx.loaders.location.load(location.id).then((full) => full[key]);
}

const summaryOf = (location: GhlLocation, companyId?: string): LocationSource => ({
  ...location,
  ...(companyId && !location.companyId && { companyId }),
  [summary]: true,
});

export interface LocationSearch {
  companyId?: string | null;
  email?: string | null;
  order?: 'asc' | 'desc' | null;
}

/** GET /locations/search pages by skip/limit and gives no total: a short page is the last. */
export async function searchLocations(ctx: GatewayContext, args: ConnectionArgs & LocationSearch): Promise<Connection<LocationSource>> {
  const page = offsetPage(args);
  const companyId = args.companyId ? nonEmpty(args.companyId, 'companyId') : undefined;
  const { locations } = await asAgency(
    'locations',
    ctx.ghl.call('searchLocations', {
      query: { companyId, email: args.email || undefined, order: args.order ?? undefined, skip: page.offset, limit: page.size },
    }),
  );
  return offsetConnection(
    locations.map((location) => summaryOf(location, companyId)),
    page,
    undefined,
  );
}

export interface LocationInput {
  companyId?: string | null;
  name?: string | null;
  phone?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  postalCode?: string | null;
  website?: string | null;
  timezone?: string | null;
  prospect?: { firstName: string; lastName: string; email: string } | null;
  settings?: Record<string, boolean | null | undefined> | null;
  social?: Record<string, string | null | undefined> | null;
}

export async function createLocation(ctx: GatewayContext, input: LocationInput & { companyId: string; name: string }): Promise<LocationSource> {
  const location = await asAgency('createLocation', ctx.ghl.call('createLocation', { body: locationBody(input) }));
  return summaryOf(location, input.companyId);
}

/** GHL's update requires the agency's id: when the input leaves it out, the location says. */
export async function updateLocation(ctx: GatewayContext, id: string, input: LocationInput): Promise<LocationSource> {
  const locationId = ghlIdOf(id, 'Location', 'id');
  const body = locationBody(input);
  const companyId = input.companyId ? nonEmpty(input.companyId, 'companyId') : (await ctx.loaders.location.load(locationId)).companyId;
  const location = await asAgency('updateLocation', ctx.ghl.call('updateLocation', { location: locationId, body: { ...body, companyId } }));
  ctx.loaders.location.clear(locationId);
  return summaryOf(location, companyId);
}

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));

function locationBody(input: LocationInput): Record<string, unknown> {
  if (input.country != null && !/^[A-Z]{2}$/.test(input.country)) {
    throw gatewayError('BAD_USER_INPUT', 'country must be a two-letter ISO 3166 code in capitals, e.g. US');
  }
  if (input.timezone != null && !TIME_ZONES.has(input.timezone)) {
    throw gatewayError('BAD_USER_INPUT', `timezone must be an IANA time zone such as America/New_York, not "${input.timezone}"`);
  }
  const text = (value: string | null | undefined, argument: string) => (value == null ? undefined : nonEmpty(value, argument));
  return definedOnly({
    companyId: text(input.companyId, 'companyId'),
    name: text(input.name, 'name'),
    phone: input.phone ?? undefined,
    address: input.address ?? undefined,
    city: input.city ?? undefined,
    state: input.state ?? undefined,
    country: input.country ?? undefined,
    postalCode: input.postalCode ?? undefined,
    website: input.website ?? undefined,
    timezone: input.timezone ?? undefined,
    prospectInfo: input.prospect
      ? {
          firstName: nonEmpty(input.prospect.firstName, 'prospect.firstName'),
          lastName: nonEmpty(input.prospect.lastName, 'prospect.lastName'),
          email: input.prospect.email,
        }
      : undefined,
    settings: input.settings ? definedOnly(withoutNulls(input.settings)) : undefined,
    social: input.social ? definedOnly(withoutNulls(input.social)) : undefined,
  });
}

function withoutNulls<T>(fields: Record<string, T | null | undefined>): Record<string, T | undefined> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? undefined]));
}

export async function timezonesOf(ctx: GatewayContext, locationId: string | null | undefined): Promise<string[]> {
  const { timeZones } = await ctx.ghl.call('getTimezones', { location: locationIdOf(locationId, ctx.defaultLocationId) });
  return timeZones ?? [];
}

/** A record GHL keeps per location, with the location its id needs. */
export type Scoped<T> = T & { locationId: string };
const scoped = <T extends { locationId?: string }>(locationId: string, record: T): Scoped<T> => ({ ...record, locationId: record.locationId ?? locationId });

/** Where an argument id points: a global id carries its location, a raw GHL id takes `locationId` or the default. */
function scopedTarget(ctx: GatewayContext, id: string, typename: string, locationId: string | null | undefined) {
  const target = scopedIdOf(id, typename, 'id');
  return { id: target.id, locationId: target.ownerId ?? locationIdOf(locationId, ctx.defaultLocationId) };
}

// Tags

export async function tagsOf(ctx: GatewayContext, locationId: string): Promise<Scoped<GhlLocationTag>[]> {
  return (await ctx.loaders.tagsOfLocation.load(locationId)).map((tag) => scoped(locationId, tag));
}

export async function tagOf(ctx: GatewayContext, locationId: string, id: string): Promise<Scoped<GhlLocationTag> | null> {
  return (await tagsOf(ctx, locationId)).find((tag) => tag.id === id) ?? null;
}

export async function createTag(ctx: GatewayContext, location: string | null | undefined, name: string): Promise<Scoped<GhlLocationTag>> {
  const locationId = locationIdOf(location, ctx.defaultLocationId);
  const { tag } = await ctx.ghl.call('createLocationTag', { location: locationId, body: { name: nonEmpty(name, 'name') } });
  ctx.loaders.tagsOfLocation.clear(locationId);
  return scoped(locationId, tag);
}

export async function updateTag(ctx: GatewayContext, id: string, location: string | null | undefined, name: string): Promise<Scoped<GhlLocationTag>> {
  const target = scopedTarget(ctx, id, 'LocationTag', location);
  const { tag } = await ctx.ghl.call('updateLocationTag', {
    path: { tagId: target.id },
    location: target.locationId,
    body: { name: nonEmpty(name, 'name') },
  });
  ctx.loaders.tagsOfLocation.clear(target.locationId);
  return scoped(target.locationId, tag);
}

export async function deleteTag(ctx: GatewayContext, id: string, location: string | null | undefined): Promise<Deleted> {
  const target = scopedTarget(ctx, id, 'LocationTag', location);
  await ctx.ghl.call('deleteLocationTag', { path: { tagId: target.id }, location: target.locationId });
  ctx.loaders.tagsOfLocation.clear(target.locationId);
  return { locationId: target.locationId, deletedGhlId: target.id };
}

export interface Deleted {
  locationId: string;
  deletedGhlId: string;
}

// Custom fields

export async function customFieldsOf(
  ctx: GatewayContext,
  locationId: string,
  model?: GhlCustomFieldModel | null,
): Promise<Scoped<GhlCustomField>[]> {
  const fields = (await ctx.loaders.customFieldsOfLocation.load(locationId)).map((field) => scoped(locationId, field));
  return model ? fields.filter((field) => field.model === model) : fields;
}

/** A definition from the location's one list: a page of contacts costs one call, not one per value. */
export async function customFieldOf(ctx: GatewayContext, locationId: string, id: string): Promise<Scoped<GhlCustomField> | null> {
  return (await customFieldsOf(ctx, locationId)).find((field) => field.id === id) ?? null;
}

export interface CustomFieldInput {
  name?: string | null;
  placeholder?: string | null;
  position?: number | null;
}

export async function createCustomField(
  ctx: GatewayContext,
  location: string | null | undefined,
  input: CustomFieldInput & { name: string; dataType: string; model?: GhlCustomFieldModel | null },
): Promise<Scoped<GhlCustomField>> {
  const locationId = locationIdOf(location, ctx.defaultLocationId);
  const { customField } = await ctx.ghl.call('createCustomField', {
    location: locationId,
    body: { ...customFieldBody(input), dataType: input.dataType, ...(input.model && { model: input.model }) },
  });
  ctx.loaders.customFieldsOfLocation.clear(locationId);
  return scoped(locationId, customField);
}

/** GHL's update requires the name: when the input leaves it out, the current one is sent again. */
export async function updateCustomField(
  ctx: GatewayContext,
  id: string,
  location: string | null | undefined,
  input: CustomFieldInput,
): Promise<Scoped<GhlCustomField>> {
  const target = scopedTarget(ctx, id, 'CustomField', location);
  const body = customFieldBody(input);
  if (body['name'] === undefined) {
    const current = await customFieldOf(ctx, target.locationId, target.id);
    if (!current) throw gatewayError('NOT_FOUND', 'Custom field not found', { operation: 'updateCustomField' });
    body['name'] = current.name;
  }
  const { customField } = await ctx.ghl.call('updateCustomField', { path: { id: target.id }, location: target.locationId, body });
  ctx.loaders.customFieldsOfLocation.clear(target.locationId);
  return scoped(target.locationId, customField);
}

export async function deleteCustomField(ctx: GatewayContext, id: string, location: string | null | undefined): Promise<Deleted> {
  const target = scopedTarget(ctx, id, 'CustomField', location);
  await ctx.ghl.call('deleteCustomField', { path: { id: target.id }, location: target.locationId });
  ctx.loaders.customFieldsOfLocation.clear(target.locationId);
  return { locationId: target.locationId, deletedGhlId: target.id };
}

function customFieldBody(input: CustomFieldInput): Record<string, unknown> {
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 0)) {
    throw gatewayError('BAD_USER_INPUT', 'position must be a whole number, 0 or more');
  }
  return definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    placeholder: input.placeholder ?? undefined,
    position: input.position ?? undefined,
  });
}

// Custom values

export async function customValuesOf(ctx: GatewayContext, locationId: string): Promise<Scoped<GhlCustomValue>[]> {
  return (await ctx.loaders.customValuesOfLocation.load(locationId)).map((value) => scoped(locationId, value));
}

export async function customValueOf(ctx: GatewayContext, locationId: string, id: string): Promise<Scoped<GhlCustomValue> | null> {
  return (await customValuesOf(ctx, locationId)).find((value) => value.id === id) ?? null;
}

export async function createCustomValue(
  ctx: GatewayContext,
  location: string | null | undefined,
  input: { name: string; value: string },
): Promise<Scoped<GhlCustomValue>> {
  const locationId = locationIdOf(location, ctx.defaultLocationId);
  const { customValue } = await ctx.ghl.call('createCustomValue', {
    location: locationId,
    body: { name: nonEmpty(input.name, 'name'), value: input.value },
  });
  ctx.loaders.customValuesOfLocation.clear(locationId);
  return scoped(locationId, customValue);
}

/** GHL's update requires both name and value: what the input leaves out is sent as it is now. */
export async function updateCustomValue(
  ctx: GatewayContext,
  id: string,
  location: string | null | undefined,
  input: { name?: string | null; value?: string | null },
): Promise<Scoped<GhlCustomValue>> {
  const target = scopedTarget(ctx, id, 'CustomValue', location);
  let { name, value } = input;
  if (name == null || value == null) {
    const current = await customValueOf(ctx, target.locationId, target.id);
    if (!current) throw gatewayError('NOT_FOUND', 'Custom value not found', { operation: 'updateCustomValue' });
    name ??= current.name ?? '';
    value ??= current.value ?? '';
  }
  const { customValue } = await ctx.ghl.call('updateCustomValue', {
    path: { id: target.id },
    location: target.locationId,
    body: { name: nonEmpty(name, 'name'), value },
  });
  ctx.loaders.customValuesOfLocation.clear(target.locationId);
  return scoped(target.locationId, customValue);
}
