/**
 * Custom objects: a location's object schemas (custom, and the standard contact and opportunity
 * GHL lists beside them) with their fields, the records of a custom object, searched through
 * GHL's record search, and writes to both. Relations between records are in ./associations.ts.
 */
import type { GhlObjectField, GhlObjectFieldOption } from '../ghl/api/objects.ts';
import type { ObjectRecordSource } from '../loaders/custom-objects.ts';
import { dateOf } from '../resolvers/dates.ts';
import { locatedKeyOf, locationIdOf } from '../resolvers/ids.ts';
import * as objects from '../resolvers/custom-objects.ts';
import { connectionOf } from './connections.ts';
import { builder } from './builder.ts';
import { cost, sharedLists } from './cost.ts';
import { LocationRef } from './locations.ts';
import { UserRef } from './users.ts';

export const ObjectSchemaRef = builder.objectRef<objects.LocatedObjectSchema>('CustomObjectSchema');
export const CustomObjectRecordRef = builder.objectRef<ObjectRecordSource>('CustomObjectRecord');
const CustomObjectRecordConnection = connectionOf(CustomObjectRecordRef, { noun: 'record' });
const ObjectFieldRef = builder.objectRef<GhlObjectField>('CustomObjectField');
const ObjectFieldOptionRef = builder.objectRef<GhlObjectFieldOption>('CustomObjectFieldOption');
/** One value of a record, with the field it belongs to (when its object defines it). */
interface RecordValue {
  name: string;
  fieldKey: string;
  value: unknown;
  field: GhlObjectField | null;
}
const RecordValueRef = builder.objectRef<RecordValue>('CustomObjectRecordValue');

/** The `dataType` enum of ICustomField; GHL spells money MONETORY, the graph MONETARY. */
const fieldTypes = ['TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'MONETORY', 'CHECKBOX', 'SINGLE_OPTIONS', 'MULTIPLE_OPTIONS', 'DATE', 'TEXTBOX_LIST', 'FILE_UPLOAD', 'RADIO'] as const;
type FieldType = (typeof fieldTypes)[number];
const isFieldType = (value: unknown): value is FieldType => fieldTypes.includes(value as FieldType);

const ObjectFieldType = builder.enumType('CustomObjectFieldType', {
  description: 'What kind of value a field of an object holds.',
  values: {
    TEXT: { value: 'TEXT', description: 'One line of text.' },
    LARGE_TEXT: { value: 'LARGE_TEXT', description: 'Several lines of text.' },
    NUMERICAL: { value: 'NUMERICAL', description: 'A number.' },
    PHONE: { value: 'PHONE', description: 'A phone number.' },
    MONETARY: { value: 'MONETORY', description: 'An amount of money: `{ currency, value }`.' },
    CHECKBOX: { value: 'CHECKBOX', description: 'Checkboxes: a list of option keys.' },
    SINGLE_OPTIONS: { value: 'SINGLE_OPTIONS', description: 'One option of a list (a dropdown).' },
    MULTIPLE_OPTIONS: { value: 'MULTIPLE_OPTIONS', description: 'Several options of a list.' },
    DATE: { value: 'DATE', description: 'A calendar day.' },
    TEXTBOX_LIST: { value: 'TEXTBOX_LIST', description: 'A text per option.' },
    FILE_UPLOAD: { value: 'FILE_UPLOAD', description: 'Uploaded files.' },
    RADIO: { value: 'RADIO', description: 'One option, as radio buttons.' },
  } as const,
});

const PrimaryPropertyType = builder.enumType('CustomObjectPrimaryPropertyType', {
  description: 'What kind of value the property a custom object’s records are shown by holds.',
  values: {
    TEXT: { value: 'TEXT', description: 'Text.' },
    NUMERICAL: { value: 'NUMERICAL', description: 'A number.' },
  } as const,
});

builder.node(ObjectSchemaRef, {
  description: 'The definition of an object of a location: a custom object (`custom_objects.pets`), or a standard one GHL lists beside them (`contact`, `opportunity`).',
  id: { resolve: (schema) => `${schema.locationId}/${schema.key}` },
  loadOne: async (key, ctx) => {
    const { locationId, id } = locatedKeyOf(key);
    return (await objects.findObjectSchema(ctx, locationId, id)).schema;
  },
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    key: t.exposeString('key', { nullable: false, description: 'Its key: `custom_objects.<name>` for a custom object, `contact` or `opportunity` for a standard one.' }),
    standard: t.boolean({ nullable: false, description: 'True for GHL’s standard objects, false for a custom object.', resolve: (schema) => schema.standard === true }),
    singularLabel: t.string({ description: 'Its name in the singular (`Pet`).', resolve: (schema) => schema.labels?.singular ?? null }),
    pluralLabel: t.string({ description: 'Its name in the plural (`Pets`).', resolve: (schema) => schema.labels?.plural ?? null }),
    description: t.exposeString('description', { description: 'What it is for.' }),
    primaryDisplayProperty: t.exposeString('primaryDisplayProperty', { description: 'Key of the field its records are shown by.' }),
    searchableProperties: t.stringList({
      nullable: false,
      description: 'Keys of the fields `records(query:)` searches, as far as GHL’s answer names them.',
      resolve: (schema) => schema.searchableProperties ?? [],
    }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    location: t.field({
      type: LocationRef,
      description: 'The location it belongs to.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
      resolve: (schema, _, ctx) => ctx.loaders.location.load(schema.locationId),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was defined.', resolve: (schema) => dateOf(schema.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When its definition last changed.', resolve: (schema) => dateOf(schema.dateUpdated) }),
    fields: t.field({
      type: [ObjectFieldRef],
      nullable: false,
      description: 'Its fields (properties), read with the object by its key.',
      extensions: { cost: cost.list(100, cost.byId()) },
      resolve: async (schema, _, ctx) => (await objects.findObjectSchema(ctx, schema.locationId, schema.key)).fields,
    }),
    records: t.connection({
      type: CustomObjectRecordRef,
      description: 'Its records, newest first (custom objects only: contacts and opportunities are read as `contacts` and `opportunities`).',
      extensions: { cost: cost.listPage() },
      args: { query: t.arg.string({ description: 'Matches its searchable properties: a word, or `name:Buddy` for one property.' }) },
      resolve: (schema, args, ctx) => objects.searchRecords(ctx, { ...args, locationId: schema.locationId, objectKey: schema.key }),
    }, CustomObjectRecordConnection),
  }),
});

ObjectFieldRef.implement({
  description: 'A field (property) of an object.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    fieldKey: t.exposeString('fieldKey', { description: 'Its key, `<objectKey>.<name>`: records hold its value under the part after the object’s key.' }),
    dataType: t.field({
      type: ObjectFieldType,
      description: 'What kind of value it holds; null for a kind this gateway does not know.',
      resolve: (field) => (isFieldType(field.dataType) ? field.dataType : null),
    }),
    description: t.exposeString('description', { description: 'What it is for.' }),
    placeholder: t.exposeString('placeholder', { description: 'Placeholder text in forms.' }),
    showInForms: t.exposeBoolean('showInForms', { description: 'Whether forms show it.' }),
    options: t.field({
      type: [ObjectFieldOptionRef],
      nullable: false,
      description: 'Its options, for option and checkbox fields.',
      resolve: (field) => field.options ?? [],
    }),
    acceptedFormats: t.exposeString('acceptedFormats', { description: 'File formats a file-upload field takes (`.pdf`, `all`, ...).' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was added.', resolve: (field) => dateOf(field.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (field) => dateOf(field.dateUpdated) }),
  }),
});

RecordValueRef.implement({
  description: 'One value of a record of a custom object.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: 'The field’s name in the record (`name`).' }),
    fieldKey: t.exposeString('fieldKey', { nullable: false, description: 'The field’s key (`custom_objects.pets.name`).' }),
    value: t.field({ type: 'JSON', description: 'The value, as GHL stores it.', resolve: (value) => value.value ?? null }),
    field: t.field({
      type: ObjectFieldRef,
      description: 'The field’s definition; null for a value whose field the object no longer defines.',
      resolve: (value) => value.field,
    }),
  }),
});

ObjectFieldOptionRef.implement({
  description: 'One option of a field.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'What a record stores when it is chosen.' }),
    label: t.exposeString('label', { nullable: false, description: 'What a person sees.' }),
    url: t.exposeString('url', { description: 'A link that goes with it (radio fields).' }),
  }),
});

builder.node(CustomObjectRecordRef, {
  description: 'A record of a custom object (a pet of `custom_objects.pets`).',
  id: { resolve: objects.recordNodeKey },
  loadOne: (key, ctx) => ctx.loaders.objectRecord.load(objects.recordKeyOf(key)),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    objectKey: t.exposeString('objectKey', { nullable: false, description: 'Key of its object (`custom_objects.pets`).' }),
    objectSchema: t.field({
      type: ObjectSchemaRef,
      description: 'The definition of its object.',
      extensions: { cost: cost.byId() },
      resolve: async (record, _, ctx) => (await objects.findObjectSchema(ctx, record.locationId, record.objectKey)).schema,
    }),
    properties: t.field({
      type: 'JSONObject',
      nullable: false,
      description: 'Its values by field name (the part of a field key after the object’s key), as GHL stores them.',
      resolve: (record) => record.properties ?? {},
    }),
    property: t.field({
      type: 'JSON',
      description: 'One value, by field name (`name`) or field key (`custom_objects.pets.name`); null when it has none.',
      args: { key: t.arg.string({ required: true, description: 'The field name or key.' }) },
      resolve: (record, { key }) => {
        const name = key.startsWith(`${record.objectKey}.`) ? key.slice(record.objectKey.length + 1) : key;
        return (record.properties ?? {})[name] ?? null;
      },
    }),
    values: t.field({
      type: [RecordValueRef],
      nullable: false,
      description: 'Its values, each with the field it belongs to (its name, type and options), from its object read once per request.',
      extensions: { cost: cost.list(100, cost.byId()) },
      resolve: async (record, _, ctx) => {
        const { fields } = await objects.findObjectSchema(ctx, record.locationId, record.objectKey);
        const byKey = new Map(fields.map((field) => [field.fieldKey, field]));
        return Object.entries(record.properties ?? {}).map(([name, value]) => {
          const fieldKey = `${record.objectKey}.${name}`;
          return { name, fieldKey, value, field: byKey.get(fieldKey) ?? null };
        });
      },
    }),
    ownerIds: t.stringList({ nullable: false, description: 'GHL ids of the users who own it (one, for now).', resolve: (record) => record.owner ?? [] }),
    owners: t.field({
      type: [UserRef],
      nullable: false,
      description: 'The users who own it.',
      extensions: { cost: cost.list(1, cost.batchedPerRequest(sharedLists.users)) },
      resolve: (record, _, ctx) => Promise.all((record.owner ?? []).map((id) => ctx.loaders.user.load({ id, locationId: record.locationId }))),
    }),
    followerIds: t.stringList({ nullable: false, description: 'GHL ids of the users following it (up to ten).', resolve: (record) => record.followers ?? [] }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (record) => dateOf(record.createdAt ?? record.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (record) => dateOf(record.updatedAt ?? record.dateUpdated) }),
  }),
});

// Queries

/** A fresh argument per field: Pothos binds each argument to the field it is declared on. */
const locationArg = () => builder.args((t) => ({ locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) }));

builder.queryFields((t) => ({
  objectSchemas: t.field({
    type: [ObjectSchemaRef],
    nullable: false,
    description: 'The objects of a location: its custom objects, and the standard ones GHL lists beside them.',
    extensions: { cost: cost.list(100, cost.perParent(1)) },
    args: locationArg(),
    resolve: (_, args, ctx) => objects.listObjectSchemas(ctx, args.locationId),
  }),
  objectSchema: t.field({
    type: ObjectSchemaRef,
    nullable: false,
    description: 'One object of a location, with its fields, by its key.',
    extensions: { cost: cost.byId() },
    args: { ...locationArg(), key: t.arg.string({ required: true, description: 'Its key (`custom_objects.pets`, `contact`).' }) },
    resolve: async (_, args, ctx) => (await objects.findObjectSchema(ctx, locationIdOf(args.locationId, ctx.defaultLocationId), args.key)).schema,
  }),
  records: t.connection({
    type: CustomObjectRecordRef,
    description: 'Records of a custom object, newest first.',
    extensions: { cost: cost.listPage() },
    args: {
      ...locationArg(),
      objectKey: t.arg.string({ required: true, description: 'Key of the custom object (`custom_objects.pets`).' }),
      query: t.arg.string({ description: 'Matches its searchable properties: a word, or `name:Buddy` for one property.' }),
    },
    resolve: (_, args, ctx) => objects.searchRecords(ctx, args),
  }, CustomObjectRecordConnection),
  record: t.field({
    type: CustomObjectRecordRef,
    nullable: false,
    description: 'One record of a custom object.',
    extensions: { cost: cost.byId() },
    args: {
      ...locationArg(),
      objectKey: t.arg.string({ required: true, description: 'Key of its custom object (`custom_objects.pets`).' }),
      id: t.arg.id({ required: true, description: 'CustomObjectRecord id or GHL record id.' }),
    },
    resolve: (_, args, ctx) => objects.readRecord(ctx, args),
  }),
}));

// Mutations

const RecordInput = builder.inputType('CustomObjectRecordInput', {
  description: 'The values of a record of a custom object.',
  fields: (t) => ({
    properties: t.field({ type: 'JSONObject', description: 'Values by field name (`{ "name": "Buddy", "age": 3 }`), each of its field’s type.' }),
    owner: t.idList({ description: 'The user who owns it (User id or GHL user id): one, for now.' }),
    followers: t.idList({ description: 'Users following it (User ids or GHL user ids): up to ten.' }),
  }),
});

const CreateObjectSchemaInput = builder.inputType('CreateCustomObjectSchemaInput', {
  description: 'A new custom object.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Its key, lowercase and underscore-separated; `custom_objects.` is put in front when missing.' }),
    singularLabel: t.string({ required: true, description: 'Its name in the singular (`Pet`).' }),
    pluralLabel: t.string({ required: true, description: 'Its name in the plural (`Pets`).' }),
    description: t.string({ description: 'What it is for.' }),
    primaryPropertyKey: t.string({ required: true, description: 'Key of the field its records are shown by (`name`, or `custom_objects.pets.name`).' }),
    primaryPropertyName: t.string({ required: true, description: 'Name of that field (`Pet name`).' }),
    primaryPropertyType: t.field({ type: PrimaryPropertyType, required: true, description: 'What kind of value that field holds.' }),
  }),
});

const UpdateObjectSchemaInput = builder.inputType('UpdateCustomObjectSchemaInput', {
  description: 'Changes to a custom object.',
  fields: (t) => ({
    singularLabel: t.string({ description: 'Its name in the singular.' }),
    pluralLabel: t.string({ description: 'Its name in the plural.' }),
    description: t.string({ description: 'What it is for; null clears it.' }),
    searchableProperties: t.stringList({ required: true, description: 'Keys of the fields its records are searched by (`custom_objects.pets.name`): the whole list.' }),
  }),
});

const ObjectSchemaPayload = builder.objectRef<{ objectSchema: objects.LocatedObjectSchema }>('CustomObjectSchemaPayload').implement({
  description: 'The custom object after the change.',
  fields: (t) => ({ objectSchema: t.expose('objectSchema', { type: ObjectSchemaRef, nullable: false, description: 'The custom object.' }) }),
});

const RecordPayload = builder.objectRef<{ record: ObjectRecordSource }>('CustomObjectRecordPayload').implement({
  description: 'The record after the change.',
  fields: (t) => ({ record: t.expose('record', { type: CustomObjectRecordRef, nullable: false, description: 'The record.' }) }),
});

const DeleteRecordPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteCustomObjectRecordPayload').implement({
  description: 'The record deleted.',
  fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted record.' }) }),
});

builder.mutationFields((t) => {
  const objectKey = () => t.arg.string({ required: true, description: 'Key of the custom object (`custom_objects.pets`).' });
  const recordId = () => t.arg.id({ required: true, description: 'CustomObjectRecord id or GHL record id.' });
  return {
    createObjectSchema: t.field({
      type: ObjectSchemaPayload,
      nullable: false,
      description: 'Define a custom object, with the field its records are shown by.',
      args: { ...locationArg(), input: t.arg({ type: CreateObjectSchemaInput, required: true, description: 'The object.' }) },
      resolve: async (_, args, ctx) => ({ objectSchema: await objects.createObjectSchema(ctx, args.locationId, args.input) }),
    }),
    updateObjectSchema: t.field({
      type: ObjectSchemaPayload,
      nullable: false,
      description: 'Change a custom object’s labels, description and searchable fields.',
      args: {
        ...locationArg(),
        key: t.arg.string({ required: true, description: 'Its key (`custom_objects.pets`).' }),
        input: t.arg({ type: UpdateObjectSchemaInput, required: true, description: 'The changes.' }),
      },
      resolve: async (_, args, ctx) => ({ objectSchema: await objects.updateObjectSchema(ctx, args) }),
    }),
    createRecord: t.field({
      type: RecordPayload,
      nullable: false,
      description: 'Create a record of a custom object.',
      args: { ...locationArg(), objectKey: objectKey(), input: t.arg({ type: RecordInput, required: true, description: 'Its values.' }) },
      resolve: async (_, args, ctx) => ({ record: await objects.createRecord(ctx, args) }),
    }),
    updateRecord: t.field({
      type: RecordPayload,
      nullable: false,
      description: 'Change a record: the properties given replace theirs, the others stay.',
      args: { ...locationArg(), objectKey: objectKey(), id: recordId(), input: t.arg({ type: RecordInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({ record: await objects.updateRecord(ctx, args) }),
    }),
    deleteRecord: t.field({
      type: DeleteRecordPayload,
      nullable: false,
      description: 'Delete a record of a custom object, and its relations.',
      args: { objectKey: objectKey(), id: recordId() },
      resolve: (_, args, ctx) => objects.deleteRecord(ctx, args),
    }),
  };
});
