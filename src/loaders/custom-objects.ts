/**
 * Custom objects and associations: a location's schemas (one list call), a schema with its fields,
 * records by object key and id, the location's associations (read whole, once per request), and all
 * relations of one record (one call per record, whatever edges the query asks of it).
 */
import type { LimitFunction } from 'p-limit';
import type { GhlAssociation, GhlRelation } from '../ghl/api/associations.ts';
import type { GhlObjectField, GhlObjectRecord, GhlObjectSchema } from '../ghl/api/objects.ts';
import type { GhlSession } from '../ghl/client.ts';
import { MAX_PAGE_SIZE, readAll } from '../ghl/pages.ts';
import { perKey, type LocatedKey } from './per-key.ts';

/** A record of a custom object, sure of its object and location (a read by id names neither). */
export type ObjectRecordSource = GhlObjectRecord & { objectKey: string; locationId: string };

/** A record of a custom object, as GHL addresses it: by its object's key and its id. */
export interface RecordKey {
  locationId: string;
  objectKey: string;
  id: string;
}
export const recordKey = (key: RecordKey) => `${key.locationId}/${key.objectKey}/${key.id}`;

/** A record's relations are read through its location. */
export interface RelationsKey {
  locationId: string;
  recordId: string;
}

export interface ObjectSchemaWithFields {
  schema: GhlObjectSchema & { locationId: string };
  fields: GhlObjectField[];
}

export function customObjectLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    objectSchemasOfLocation: perKey<string, Array<GhlObjectSchema & { locationId: string }>>(limit, async (locationId) =>
      (await ghl.call('listObjectSchemas', { location: locationId })).objects.map((schema) => ({ ...schema, locationId })),
    ),
    /** A schema with its fields: GHL reads the fields only through the schema's key. */
    objectSchema: perKey<LocatedKey, ObjectSchemaWithFields | null>(
      limit,
      async ({ locationId, id: key }) => {
        const answer = await ghl.call('getObjectSchema', { location: locationId, path: { key }, query: { fetchProperties: 'true' } });
        return answer.object ? { schema: { ...answer.object, locationId }, fields: answer.fields ?? [] } : null;
      },
      ({ locationId, id }) => `${locationId}/${id}`,
    ),
    objectRecord: perKey<RecordKey, ObjectRecordSource>(
      limit,
      async (key) => {
        const { record } = await ghl.call('getObjectRecord', { path: { schemaKey: key.objectKey, id: key.id } });
        return { ...record, objectKey: key.objectKey, locationId: record.locationId ?? key.locationId };
      },
      recordKey,
    ),
    /** A location's associations, all of them: relations name theirs by id, fields by key. */
    associationsOfLocation: perKey<string, GhlAssociation[]>(limit, (locationId) =>
      readAll(async (skip) => {
        const answer = await ghl.call('listAssociations', { location: locationId, query: { skip, limit: MAX_PAGE_SIZE } });
        return { items: answer.associations, total: answer.total };
      }),
    ),
    /** Every relation of one record, whatever the association: one call serves every edge field of the record. */
    relationsOfRecord: perKey<RelationsKey, GhlRelation[]>(
      limit,
      ({ locationId, recordId }) =>
        readAll(async (skip) => {
          const answer = await ghl.call('listRelations', { location: locationId, path: { recordId }, query: { skip, limit: MAX_PAGE_SIZE } });
          return { items: answer.relations, total: answer.total };
        }),
      ({ locationId, recordId }) => `${locationId}/${recordId}`,
    ),
  };
}
