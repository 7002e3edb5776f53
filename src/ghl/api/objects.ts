/**
 * The custom objects API (objects.json): a location's object schemas (its custom objects, and the
 * standard ones GHL lists beside them: contact, opportunity, business), their fields, and the
 * records of a custom object.
 */
import { define, V2021_07_28 } from '../operation.ts';

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
    spec: 'objects', operationId: 'get-object-by-location-id', method: 'GET', path: '/objects/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  getObjectSchema: define<{ object?: GhlObjectSchema; fields?: GhlObjectField[]; cache?: boolean }>()({
    lists: { fields: 'records' },
    spec: 'objects', operationId: 'get-object-schema-by-key', method: 'GET', path: '/objects/{key}', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  createObjectSchema: define<{ object: GhlObjectSchema }>()({
    spec: 'objects', operationId: 'create-custom-object-schema', method: 'POST', path: '/objects/', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateObjectSchema: define<{ object: GhlObjectSchema }>()({
    spec: 'objects', operationId: 'update-custom-object', method: 'PUT', path: '/objects/{key}', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  searchObjectRecords: define<{ records: GhlObjectRecord[]; total?: number }>()({
    lists: { records: 'records' },
    spec: 'objects', operationId: 'search-object-records', method: 'POST', path: '/objects/{schemaKey}/records/search', version: V2021_07_28,
    // A search: sending it again changes nothing.
    idempotent: true,
    location: { in: 'body', name: 'locationId' },
  }),
  getObjectRecord: define<{ record: GhlObjectRecord }>()({
    spec: 'objects', operationId: 'get-record-by-id', method: 'GET', path: '/objects/{schemaKey}/records/{id}', version: V2021_07_28,
    location: 'none',
  }),
  createObjectRecord: define<{ record: GhlObjectRecord }>()({
    spec: 'objects', operationId: 'create-object-record', method: 'POST', path: '/objects/{schemaKey}/records', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateObjectRecord: define<{ record: GhlObjectRecord }>()({
    spec: 'objects', operationId: 'update-object-record', method: 'PUT', path: '/objects/{schemaKey}/records/{id}', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  deleteObjectRecord: define<{ id?: string; success?: boolean }>()({
    spec: 'objects', operationId: 'delete-object-record', method: 'DELETE', path: '/objects/{schemaKey}/records/{id}', version: V2021_07_28,
    location: 'none',
  }),
};
