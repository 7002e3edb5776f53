/**
 * The custom objects API (objects.json): a location's object schemas (its custom objects, and the
 * standard ones GHL lists beside them: contact, opportunity, business), their fields, and the
 * records of a custom object.
 */
import { define, fromSpec } from '../operation.ts';

/** ICustomObjectSchema. */
export interface GhlObjectSchema {
  id: string;
  key: string;
  standard?: boolean | null;
  labels?: { singular?: string | null; plural?: string | null } | null;
  description?: string | null;
  locationId?: string | null;
  primaryDisplayProperty?: string | null;
  /** Not in ICustomObjectSchema, but set by update-custom-object and sent by ObjectSchemaCreate. */
  searchableProperties?: string[] | null;
  dateAdded?: string | null;
  dateUpdated?: string | null;
  /** The file declares an object whose example says `USER_DEFINED` or `SYSTEM_DEFINED`. */
  type?: string | null;
}

/** OptionDTO. */
export interface GhlObjectFieldOption {
  key: string;
  label: string;
  url?: string | null;
}

/** ICustomField: a field (property) of an object schema. */
export interface GhlObjectField {
  id: string;
  name?: string | null;
  description?: string | null;
  placeholder?: string | null;
  showInForms?: boolean | null;
  options?: GhlObjectFieldOption[] | null;
  acceptedFormats?: string | null;
  objectKey?: string | null;
  dataType?: string | null;
  parentId?: string | null;
  fieldKey?: string | null;
  allowCustomOption?: boolean | null;
  maxFileLimit?: number | null;
  dateAdded?: string | null;
  dateUpdated?: string | null;
  locationId?: string | null;
}

/**
 * IRecordSchema / RecordResponseDTO. The file types `properties` as a string; its example, and GHL,
 * give an object of values by field key.
 */
export interface GhlObjectRecord {
  id: string;
  owner?: string[] | null;
  followers?: string[] | null;
  properties?: Record<string, unknown> | null;
  dateAdded?: string | null;
  dateUpdated?: string | null;
  /** The search answer names its dates this way (RecordResponseDTO). */
  createdAt?: string | null;
  updatedAt?: string | null;
  locationId?: string | null;
  objectId?: string | null;
  objectKey?: string | null;
}

export const objectOperations = {
  listObjectSchemas: define<{ objects: GhlObjectSchema[] }>()({
    lists: { objects: 'records' },
    ...fromSpec('objectsGetObjectByLocationId'),
    location: { in: 'query', name: 'locationId' },
  }),
  getObjectSchema: define<{ object?: GhlObjectSchema; fields?: GhlObjectField[]; cache?: boolean }>()({
    lists: { fields: 'records' },
    ...fromSpec('objectsGetObjectSchemaByKey'),
    location: { in: 'query', name: 'locationId' },
  }),
  createObjectSchema: define<{ object: GhlObjectSchema }>()({
    ...fromSpec('objectsCreateCustomObjectSchema'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateObjectSchema: define<{ object: GhlObjectSchema }>()({
    ...fromSpec('objectsUpdateCustomObject'),
    location: { in: 'body', name: 'locationId' },
  }),
  searchObjectRecords: define<{ records: GhlObjectRecord[]; total?: number }>()({
    lists: { records: 'records' },
    ...fromSpec('objectsSearchObjectRecords'),
    // A search: sending it again changes nothing.
    idempotent: true,
    location: { in: 'body', name: 'locationId' },
  }),
  getObjectRecord: define<{ record: GhlObjectRecord }>()({
    ...fromSpec('objectsGetRecordById'),
    location: 'none',
  }),
  createObjectRecord: define<{ record: GhlObjectRecord }>()({
    ...fromSpec('objectsCreateObjectRecord'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateObjectRecord: define<{ record: GhlObjectRecord }>()({
    ...fromSpec('objectsUpdateObjectRecord'),
    location: { in: 'query', name: 'locationId' },
  }),
  deleteObjectRecord: define<{ id?: string; success?: boolean }>()({
    ...fromSpec('objectsDeleteObjectRecord'),
    location: 'none',
  }),
};
