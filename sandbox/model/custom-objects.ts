/**
 * Custom objects and associations (objects.json, associations.json): object schemas with their
 * fields, records of custom objects, associations (which kinds of records may be linked) and
 * relations (a link between two records under an association).
 */

/** ICustomObjectSchema, plus the searchable properties update-custom-object sets. */
export interface ObjectSchema {
  id: string;
  key: string;
  standard: boolean;
  labels: { singular: string; plural: string };
  description?: string;
  locationId: string;
  primaryDisplayProperty: string;
  searchableProperties: string[];
  dateAdded: string;
  dateUpdated: string;
  type: 'USER_DEFINED' | 'SYSTEM_DEFINED';
}

/** The `dataType` enum of ICustomField. */
export const OBJECT_FIELD_TYPES = [
  'TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'MONETORY', 'CHECKBOX', 'SINGLE_OPTIONS', 'MULTIPLE_OPTIONS', 'DATE',
  'TEXTBOX_LIST', 'FILE_UPLOAD', 'RADIO',
] as const;

/** ICustomField: one property of an object schema; `fieldKey` is `<objectKey>.<name>`. */
export interface ObjectField {
  id: string;
  locationId: string;
  objectKey: string;
  name: string;
  fieldKey: string;
  dataType: (typeof OBJECT_FIELD_TYPES)[number];
  description?: string;
  placeholder?: string;
  showInForms: boolean;
  options?: Array<{ key: string; label: string }>;
  dateAdded: string;
  dateUpdated: string;
}

/** RecordResponseDTO: `properties` by field name (without the object's key in front). */
export interface ObjectRecord {
  id: string;
  locationId: string;
  objectId: string;
  objectKey: string;
  owner: string[];
  followers: string[];
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** GetPostSuccessfulResponseDto. */
export interface Association {
  id: string;
  locationId: string;
  key: string;
  firstObjectLabel: string;
  firstObjectKey: string;
  secondObjectLabel: string;
  secondObjectKey: string;
  associationType: 'USER_DEFINED' | 'SYSTEM_DEFINED';
}

/** A relation, with the keys of its two kinds of record as the RelationCreate webhook names them. */
export interface Relation {
  id: string;
  locationId: string;
  associationId: string;
  firstObjectKey: string;
  firstRecordId: string;
  secondObjectKey: string;
  secondRecordId: string;
}

