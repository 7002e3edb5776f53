/**
 * What a location defines for itself: its tags, its custom fields (the definitions contacts' values
 * refer to) and its custom values (merge fields). GHL ids of these mean something only within their
 * location, so node keys carry it (`locationId/id`), and mutations take either a global id or a raw
 * GHL id with its location.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { customFieldDataTypes, type GhlCustomField, type GhlCustomValue, type GhlLocationTag } from '../ghl/api/locations.ts';
import * as locations from '../resolvers/locations.ts';
import type { Deleted, Scoped } from '../resolvers/locations.ts';
import { builder } from './builder.ts';
import { CustomFieldValueRef } from './contacts.ts';
import { cost } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

export const LocationTagRef = builder.objectRef<Scoped<GhlLocationTag>>('LocationTag');
export const CustomFieldRef = builder.objectRef<Scoped<GhlCustomField>>('CustomField');
export const CustomValueRef = builder.objectRef<Scoped<GhlCustomValue>>('CustomValue');

/** Each is one list per location, read once per request by every field that needs it. */
const lists = { tags: 'locationTags', customFields: 'customFields', customValues: 'customValues' } as const;

const CustomFieldModel = builder.enumType('CustomFieldModel', {
  description: 'The kind of record a custom field belongs to.',
  values: {
    CONTACT: { value: 'contact', description: 'Contacts.' },
    OPPORTUNITY: { value: 'opportunity', description: 'Opportunities (deals).' },
  } as const,
});

const CustomFieldDataType = builder.enumType('CustomFieldDataType', {
  description: 'What a custom field holds, as GHL names it.',
  values: Object.fromEntries(customFieldDataTypes.map((type) => [type, { value: type, description: `GHL's ${type} field.` }])),
});

/** Read from its location's list: a record always knows its location. */
const locationField = { description: 'The location.', nullable: false };

locatedNode(LocationTagRef, {
  description: 'A tag a location’s contacts can carry.',
  loadInLocation: ({ locationId, id }, ctx) => locations.tagOf(ctx, locationId, id),
  ghlIdOf: (tag) => tag.id,
  locationIdOf: (tag) => tag.locationId,
  location: locationField,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The tag, as contacts carry it.' }),
  }),
});

locatedNode(CustomFieldRef, {
  description: 'A custom field a location defines for its contacts or opportunities.',
  loadInLocation: ({ locationId, id }, ctx) => locations.customFieldOf(ctx, locationId, id),
  ghlIdOf: (field) => field.id,
  locationIdOf: (field) => field.locationId,
  location: locationField,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Label.' }),
    fieldKey: t.exposeString('fieldKey', { description: 'Merge key, e.g. `contact.company_size`.' }),
    dataType: t.exposeString('dataType', { description: 'What it holds: TEXT, NUMERICAL, SINGLE_OPTIONS, DATE, ... (see `CustomFieldDataType`).' }),
    placeholder: t.exposeString('placeholder', { description: 'Placeholder text in forms.' }),
    position: t.exposeFloat('position', { description: 'Order among the location’s fields.' }),
    options: t.stringList({
      nullable: false,
      description: 'Choices of an options field; empty for other types.',
      resolve: (field) => field.picklistOptions ?? [],
    }),
    model: t.exposeString('model', { description: '`contact` or `opportunity`.' }),
  }),
});

locatedNode(CustomValueRef, {
  description: 'A named value a location’s templates insert through its merge tag.',
  loadInLocation: ({ locationId, id }, ctx) => locations.customValueOf(ctx, locationId, id),
  ghlIdOf: (value) => value.id,
  locationIdOf: (value) => value.locationId,
  location: locationField,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    fieldKey: t.exposeString('fieldKey', { description: 'Merge tag, e.g. `{{ custom_values.booking_link }}`.' }),
    value: t.exposeString('value', { description: 'The value.' }),
  }),
});

builder.objectFields(LocationRef, (t) => ({
  tags: t.field({
    type: [LocationTagRef],
    nullable: false,
    description: 'Tags of the location, by name.',
    extensions: { cost: cost.batchedPerRequest(lists.tags) },
    resolve: (location, _, ctx) => locations.tagsOf(ctx, location.id),
  }),
  customFields: t.field({
    type: [CustomFieldRef],
    nullable: false,
    description: 'Custom fields of the location, in position order.',
    args: { model: t.arg({ type: CustomFieldModel, description: 'Only fields of this kind of record; all when omitted.' }) },
    extensions: { cost: cost.batchedPerRequest(lists.customFields) },
    resolve: (location, args, ctx) => locations.customFieldsOf(ctx, location.id, args.model),
  }),
  customValues: t.field({
    type: [CustomValueRef],
    nullable: false,
    description: 'Custom values (merge fields) of the location.',
    extensions: { cost: cost.batchedPerRequest(lists.customValues) },
    resolve: (location, _, ctx) => locations.customValuesOf(ctx, location.id),
  }),
}));

builder.objectField(CustomFieldValueRef, 'field', (t) =>
  t.field({
    type: CustomFieldRef,
    description:
      'The definition of the field: name, data type, key. One custom-fields list per location per request serves every value; null for a field since deleted.',
    extensions: { cost: cost.batchedPerRequest(lists.customFields) },
    resolve: (value, _, ctx) => locations.customFieldOf(ctx, value.locationId, value.id),
  }),
);

// Mutations

const CreateCustomFieldInput = builder.inputType('CreateCustomFieldInput', {
  description: 'A new custom field.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Label; its merge key is made from it and never changes.' }),
    dataType: t.field({ type: CustomFieldDataType, required: true, description: 'What it holds.' }),
    model: t.field({ type: CustomFieldModel, description: 'Contacts (the default) or opportunities.' }),
    placeholder: t.string({ description: 'Placeholder text in forms.' }),
    position: t.int({ description: 'Order among the location’s fields; last when omitted.' }),
  }),
});

const UpdateCustomFieldInput = builder.inputType('UpdateCustomFieldInput', {
  description: 'Changes to a custom field; fields left out stay as they are. Its type, kind and key cannot change.',
  fields: (t) => ({
    name: t.string({ description: 'Label.' }),
    placeholder: t.string({ description: 'Placeholder text in forms.' }),
    position: t.int({ description: 'Order among the location’s fields.' }),
  }),
});

const CustomValueInput = (name: string, required: boolean) =>
  builder.inputType(name, {
    description: required ? 'A new custom value.' : 'Changes to a custom value; fields left out stay as they are.',
    fields: (t) => ({
      name: t.string({ required, description: 'Name; its merge tag is made from it.' }),
      value: t.string({ required, description: 'The value.' }),
    }),
  });
const CreateCustomValueInput = CustomValueInput('CreateCustomValueInput', true);
const UpdateCustomValueInput = CustomValueInput('UpdateCustomValueInput', false);

const LocationTagPayload = builder.objectRef<{ tag: Scoped<GhlLocationTag> }>('LocationTagPayload').implement({
  description: 'The tag after the change.',
  fields: (t) => ({ tag: t.expose('tag', { type: LocationTagRef, nullable: false, description: 'The tag.' }) }),
});

const CustomFieldPayload = builder.objectRef<{ customField: Scoped<GhlCustomField> }>('CustomFieldPayload').implement({
  description: 'The custom field after the change.',
  fields: (t) => ({ customField: t.expose('customField', { type: CustomFieldRef, nullable: false, description: 'The custom field.' }) }),
});

const CustomValuePayload = builder.objectRef<{ customValue: Scoped<GhlCustomValue> }>('CustomValuePayload').implement({
  description: 'The custom value after the change.',
  fields: (t) => ({ customValue: t.expose('customValue', { type: CustomValueRef, nullable: false, description: 'The custom value.' }) }),
});

const deletedPayload = (name: string, typename: string) =>
  builder.objectRef<Deleted>(name).implement({
    description: 'What was deleted.',
    fields: (t) => ({
      deletedId: t.id({
        nullable: false,
        description: 'Global id of the deleted record, to evict from client caches.',
        resolve: (deleted) => encodeGlobalID(typename, `${deleted.locationId}/${deleted.deletedGhlId}`),
      }),
      deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
    }),
  });

const DeleteLocationTagPayload = deletedPayload('DeleteLocationTagPayload', 'LocationTag');
const DeleteCustomFieldPayload = deletedPayload('DeleteCustomFieldPayload', 'CustomField');

const LOCATION_ARG = 'Location id or GHL location id; defaults to the configured location.';
const SCOPED_LOCATION_ARG = 'Location of a raw GHL id; not needed with a global id, which carries it.';

builder.mutationFields((t) => ({
  createLocationTag: t.field({
    type: LocationTagPayload,
    nullable: false,
    description: 'Add a tag to a location.',
    args: {
      locationId: t.arg.id({ description: LOCATION_ARG }),
      name: t.arg.string({ required: true, description: 'The tag.' }),
    },
    resolve: async (_, args, ctx) => ({ tag: await locations.createTag(ctx, args.locationId, args.name) }),
  }),
  updateLocationTag: t.field({
    type: LocationTagPayload,
    nullable: false,
    description: 'Rename a tag.',
    args: {
      id: t.arg.id({ required: true, description: 'LocationTag id or GHL tag id.' }),
      locationId: t.arg.id({ description: SCOPED_LOCATION_ARG }),
      name: t.arg.string({ required: true, description: 'The new name.' }),
    },
    resolve: async (_, args, ctx) => ({ tag: await locations.updateTag(ctx, args.id, args.locationId, args.name) }),
  }),
  deleteLocationTag: t.field({
    type: DeleteLocationTagPayload,
    nullable: false,
    description: 'Delete a tag from a location.',
    args: {
      id: t.arg.id({ required: true, description: 'LocationTag id or GHL tag id.' }),
      locationId: t.arg.id({ description: SCOPED_LOCATION_ARG }),
    },
    resolve: (_, args, ctx) => locations.deleteTag(ctx, args.id, args.locationId),
  }),
  createCustomField: t.field({
    type: CustomFieldPayload,
    nullable: false,
    description: 'Define a custom field.',
    args: {
      locationId: t.arg.id({ description: LOCATION_ARG }),
      input: t.arg({ type: CreateCustomFieldInput, required: true, description: 'The field.' }),
    },
    resolve: async (_, args, ctx) => ({ customField: await locations.createCustomField(ctx, args.locationId, args.input) }),
  }),
  updateCustomField: t.field({
    type: CustomFieldPayload,
    nullable: false,
    description: 'Change a custom field.',
    // The current name (and value) are read first when the input leaves them out: GHL requires them.
    extensions: { cost: cost.perParent(2) },
    args: {
      id: t.arg.id({ required: true, description: 'CustomField id or GHL custom field id.' }),
      locationId: t.arg.id({ description: SCOPED_LOCATION_ARG }),
      input: t.arg({ type: UpdateCustomFieldInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, args, ctx) => ({ customField: await locations.updateCustomField(ctx, args.id, args.locationId, args.input) }),
  }),
  deleteCustomField: t.field({
    type: DeleteCustomFieldPayload,
    nullable: false,
    description: 'Delete a custom field, and its values on every record.',
    args: {
      id: t.arg.id({ required: true, description: 'CustomField id or GHL custom field id.' }),
      locationId: t.arg.id({ description: SCOPED_LOCATION_ARG }),
    },
    resolve: (_, args, ctx) => locations.deleteCustomField(ctx, args.id, args.locationId),
  }),
  createCustomValue: t.field({
    type: CustomValuePayload,
    nullable: false,
    description: 'Define a custom value.',
    args: {
      locationId: t.arg.id({ description: LOCATION_ARG }),
      input: t.arg({ type: CreateCustomValueInput, required: true, description: 'The value.' }),
    },
    resolve: async (_, args, ctx) => ({
      customValue: await locations.createCustomValue(ctx, args.locationId, { name: args.input.name ?? '', value: args.input.value ?? '' }),
    }),
  }),
  updateCustomValue: t.field({
    type: CustomValuePayload,
    nullable: false,
    description: 'Change a custom value.',
    // The current name (and value) are read first when the input leaves them out: GHL requires them.
    extensions: { cost: cost.perParent(2) },
    args: {
      id: t.arg.id({ required: true, description: 'CustomValue id or GHL custom value id.' }),
      locationId: t.arg.id({ description: SCOPED_LOCATION_ARG }),
      input: t.arg({ type: UpdateCustomValueInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, args, ctx) => ({ customValue: await locations.updateCustomValue(ctx, args.id, args.locationId, args.input) }),
  }),
}));
