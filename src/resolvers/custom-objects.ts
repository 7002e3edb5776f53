/**
 * Custom objects: a location's object schemas and their fields, the records of a custom object
 * (searched through GHL's record search, page-numbered), and writes to both. A schema's node key
 * is `locationId/key`; a record's `locationId/objectKey/id`, as GHL reads a record by its
 * object's key and its id.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlObjectSchema } from '../ghl/api/objects.ts';
import { gatewayError } from '../errors.ts';
import type { ObjectRecordSource, ObjectSchemaWithFields, RecordKey } from '../loaders/custom-objects.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { fetchByPageNumber } from './page-numbers.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedObjectSchema = GhlObjectSchema & { locationId: string };

/** GHL's own kinds of record, which associations name beside custom objects. */
export const CONTACT_KEY = 'contact';
export const OPPORTUNITY_KEY = 'opportunity';

/** The node key of a record, split back into its parts. */
export function recordKeyOf(nodeKey: string): RecordKey {
  const [locationId = '', objectKey = '', id = ''] = nodeKey.split('/');
  return { locationId, objectKey, id };
}

export const recordNodeKey = (record: ObjectRecordSource) => `${record.locationId}/${record.objectKey}/${record.id}`;

/** An object key as GHL takes it: lowercase, dot- and underscore-separated. */
function objectKeyOf(value: string): string {
  const key = value.trim();
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/.test(key)) {
    throw gatewayError('BAD_USER_INPUT', `objectKey must be an object's key such as custom_objects.pets, not "${value}"`);
  }
  return key;
}

export async function listObjectSchemas(ctx: GatewayContext, locationArg: string | null | undefined): Promise<LocatedObjectSchema[]> {
  return ctx.loaders.objectSchemasOfLocation.load(locationIdOf(locationArg, ctx.defaultLocationId));
}

export async function findObjectSchema(ctx: GatewayContext, locationId: string, key: string): Promise<ObjectSchemaWithFields> {
  const found = await ctx.loaders.objectSchema.load({ locationId, id: objectKeyOf(key) });
  if (!found) throw gatewayError('NOT_FOUND', `No object ${key} in location ${locationId}`);
  return found;
}

export async function searchRecords(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null | undefined; objectKey: string; query?: string | null | undefined },
): Promise<Connection<ObjectRecordSource>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const objectKey = objectKeyOf(args.objectKey);
  const page = offsetPage(args);
  const result = await fetchByPageNumber(page, async (pageNumber, pageLimit) => {
    const answer = await ctx.ghl.call('searchObjectRecords', {
      location: locationId,
      path: { schemaKey: objectKey },
      body: { page: pageNumber, pageLimit, query: args.query ?? '', searchAfter: [] },
    });
    return { items: answer.records, total: answer.total };
  });
  const records = result.items.map((record) => primed(ctx, { ...record, objectKey, locationId: record.locationId ?? locationId }));
  return offsetConnection(records, page, result.total ?? undefined);
}

/** A record a list returned is not read again by id in the same request. */
function primed(ctx: GatewayContext, record: ObjectRecordSource): ObjectRecordSource {
  ctx.loaders.objectRecord.prime({ locationId: record.locationId, objectKey: record.objectKey, id: record.id }, record);
  return record;
}

export function readRecord(ctx: GatewayContext, args: { locationId?: string | null | undefined; objectKey: string; id: string }): Promise<ObjectRecordSource> {
  return ctx.loaders.objectRecord.load({
    locationId: locationIdOf(args.locationId, ctx.defaultLocationId),
    objectKey: objectKeyOf(args.objectKey),
    id: ghlIdOf(args.id, 'CustomObjectRecord', 'id'),
  });
}

export interface RecordInput {
  properties?: Record<string, unknown> | null | undefined;
  owner?: string[] | null | undefined;
  followers?: string[] | null | undefined;
}

/** GHL keeps one owner per record for now (IRecordSchema: "Limited to 1"), and ten followers. */
function recordBody(input: RecordInput) {
  if (input.owner && input.owner.length > 1) throw gatewayError('BAD_USER_INPUT', 'owner: a record has at most one owner');
  if (input.followers && input.followers.length > 10) throw gatewayError('BAD_USER_INPUT', 'followers: a record has at most 10 followers');
  return {
    ...(input.properties && { properties: input.properties }),
    ...(input.owner && { owner: input.owner.map((id) => ghlIdOf(id, 'User', 'owner')) }),
    ...(input.followers && { followers: input.followers.map((id) => ghlIdOf(id, 'User', 'followers')) }),
  };
}

export async function createRecord(
  ctx: GatewayContext,
  args: { locationId?: string | null | undefined; objectKey: string; input: RecordInput },
): Promise<ObjectRecordSource> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const objectKey = objectKeyOf(args.objectKey);
  const { record } = await ctx.ghl.call('createObjectRecord', {
    location: locationId,
    path: { schemaKey: objectKey },
    body: { properties: {}, ...recordBody(args.input) },
  });
  return { ...record, objectKey, locationId: record.locationId ?? locationId };
}

export async function updateRecord(
  ctx: GatewayContext,
  args: { locationId?: string | null | undefined; objectKey: string; id: string; input: RecordInput },
): Promise<ObjectRecordSource> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const objectKey = objectKeyOf(args.objectKey);
  const id = ghlIdOf(args.id, 'CustomObjectRecord', 'id');
  const { record } = await ctx.ghl.call('updateObjectRecord', { location: locationId, path: { schemaKey: objectKey, id }, body: recordBody(args.input) });
  return { ...record, objectKey, locationId: record.locationId ?? locationId };
}

export async function deleteRecord(ctx: GatewayContext, args: { objectKey: string; id: string }): Promise<{ deletedGhlId: string }> {
  const id = ghlIdOf(args.id, 'CustomObjectRecord', 'id');
  const answer = await ctx.ghl.call('deleteObjectRecord', { path: { schemaKey: objectKeyOf(args.objectKey), id } });
  return { deletedGhlId: answer.id ?? id };
}

export interface ObjectSchemaInput {
  key: string;
  singularLabel: string;
  pluralLabel: string;
  description?: string | null | undefined;
  primaryPropertyKey: string;
  primaryPropertyName: string;
  primaryPropertyType: 'TEXT' | 'NUMERICAL';
}

export async function createObjectSchema(ctx: GatewayContext, locationArg: string | null | undefined, input: ObjectSchemaInput): Promise<LocatedObjectSchema> {
  const locationId = locationIdOf(locationArg, ctx.defaultLocationId);
  const { object } = await ctx.ghl.call('createObjectSchema', {
    location: locationId,
    body: {
      key: objectKeyOf(input.key),
      labels: { singular: input.singularLabel, plural: input.pluralLabel },
      ...(input.description != null && { description: input.description }),
      primaryDisplayPropertyDetails: { key: input.primaryPropertyKey, name: input.primaryPropertyName, dataType: input.primaryPropertyType },
    },
  });
  return { ...object, locationId };
}

export interface ObjectSchemaChanges {
  singularLabel?: string | null | undefined;
  pluralLabel?: string | null | undefined;
  description?: string | null | undefined;
  searchableProperties: string[];
}

export async function updateObjectSchema(
  ctx: GatewayContext,
  args: { locationId?: string | null | undefined; key: string; input: ObjectSchemaChanges },
): Promise<LocatedObjectSchema> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const { singularLabel, pluralLabel, description, searchableProperties } = args.input;
  const labels = { ...(singularLabel != null && { singular: singularLabel }), ...(pluralLabel != null && { plural: pluralLabel }) };
  const { object } = await ctx.ghl.call('updateObjectSchema', {
    location: locationId,
    path: { key: objectKeyOf(args.key) },
    body: { searchableProperties, ...(Object.keys(labels).length > 0 && { labels }), ...(description !== undefined && { description }) },
  });
  return { ...object, locationId };
}
