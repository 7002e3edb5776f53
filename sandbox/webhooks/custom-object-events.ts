/**
 * The webhooks of custom objects and associations, shaped as their docs in
 * reference/ghl-webhook-events show them. A record event's `properties` is a list of
 * `{ key, valueString }`; it also names the record's `objectKey`, without which a receiver could
 * not read the record back (GET /objects/{schemaKey}/records/{id} needs it).
 */
import type { Association, ObjectRecord, ObjectSchema, Relation } from '../model/index.ts';
import { definedOnly } from '../http/validate.ts';
import type { SandboxEvent } from './events.ts';

export function objectSchemaEvent(type: 'ObjectSchemaCreate' | 'ObjectSchemaUpdate', schema: ObjectSchema): SandboxEvent {
  return {
    type,
    payload: definedOnly({
      id: schema.id,
      locationId: schema.locationId,
      key: schema.key,
      labels: schema.labels,
      description: schema.description,
      searchableProperties: schema.searchableProperties,
      primaryDisplayProperty: schema.primaryDisplayProperty,
      objectType: 'USER_DEFINED',
      createdAt: schema.dateAdded,
      updatedAt: schema.dateUpdated,
    }),
  };
}

export function recordEvent(type: 'RecordCreate' | 'RecordUpdate' | 'RecordDelete', record: ObjectRecord): SandboxEvent {
  return {
    type,
    payload: {
      id: record.id,
      locationId: record.locationId,
      objectKey: record.objectKey,
      owners: record.owner,
      followers: record.followers,
      properties: Object.entries(record.properties).map(([key, value]) => ({
        key,
        valueString: typeof value === 'string' ? value : JSON.stringify(value),
      })),
    },
  };
}

export function associationEvent(type: 'AssociationCreate' | 'AssociationUpdate' | 'AssociationDelete', association: Association): SandboxEvent {
  return { type, payload: { ...association } };
}

export function relationEvent(type: 'RelationCreate' | 'RelationDelete', relation: Relation): SandboxEvent {
  return { type, payload: { ...relation } };
}
