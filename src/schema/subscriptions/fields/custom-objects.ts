/**
 * Custom objects as GHL's webhooks report them: the definitions (`objectSchemaEvents`,
 * `associationEvents`), their records (`recordEvents`) and the links between records
 * (`relationEvents`). A record event's `record` and a relation event's `relation` resolve through
 * the same types and loaders as queries.
 */
import { associationIn, type LinkedRelation } from '../../../resolvers/associations.ts';
import { findObjectSchema } from '../../../resolvers/custom-objects.ts';
import type { RecordPayload } from '../../../events/payloads.ts';
import { AssociationRef, RelationRef } from '../../associations.ts';
import { builder } from '../../builder.ts';
import { cost, sharedLists } from '../../cost.ts';
import { CustomObjectRecordRef, ObjectSchemaRef } from '../../objects.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { deletes, familyNames } from './names.ts';
import { asDate, asId, asObject, asString, asStrings } from './read.ts';

export const AssociationEvent = familyEventType(
  'association',
  `A change to an association: which kinds of records may be linked, and how. ${familyNames.association.about}`,
  (t) => ({
    associationId: t.string({ description: 'GHL id of the association.', resolve: (event) => asId(event.payload.id) }),
    key: t.string({ description: 'Unique key of the association.', resolve: (event) => asString(event.payload.key) }),
    associationType: t.string({ description: '`USER_DEFINED` or `SYSTEM_DEFINED`.', resolve: (event) => asString(event.payload.associationType) }),
    firstObjectKey: t.string({ description: 'Key of the first kind of record (`contact`, `custom_objects.pets`, ...).', resolve: (event) => asString(event.payload.firstObjectKey) }),
    firstObjectLabel: t.string({ description: 'Label of the first side.', resolve: (event) => asString(event.payload.firstObjectLabel) }),
    secondObjectKey: t.string({ description: 'Key of the second kind of record.', resolve: (event) => asString(event.payload.secondObjectKey) }),
    secondObjectLabel: t.string({ description: 'Label of the second side.', resolve: (event) => asString(event.payload.secondObjectLabel) }),
    firstObjectToSecondObjectCardinality: t.string({
      description: 'How many of the second a first may link to (`ONE_TO_MANY`, ...).',
      resolve: (event) => asString(event.payload.firstObjectToSecondObjectCardinality),
    }),
    secondObjectToFirstObjectCardinality: t.string({
      description: 'How many of the first a second may link to.',
      resolve: (event) => asString(event.payload.secondObjectToFirstObjectCardinality),
    }),
    association: t.field({
      type: AssociationRef,
      description: 'The association as queries serve it, from the location’s list; null after a delete.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.associations) },
      resolve: (event, _, ctx) => {
        const id = asId(event.payload.id);
        return deletes(event.type) || !id ? null : associationIn(ctx, event.locationId, id);
      },
    }),
  }),
);

builder.subscriptionField('associationEvents', (t) =>
  t.field({
    type: AssociationEvent.ref,
    nullable: false,
    description: familyFieldDescription('association'),
    args: familyArgs(t.arg, AssociationEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'association', args),
    resolve: (event) => event,
  }),
);

export const ObjectSchemaEvent = familyEventType(
  'objectSchema',
  `A change to a custom object’s definition. ${familyNames.objectSchema.about}`,
  (t) => ({
    objectSchemaId: t.string({ description: 'GHL id of the custom object.', resolve: (event) => asId(event.payload.id) }),
    key: t.string({ description: 'Key of the custom object (`custom_objects.pets`).', resolve: (event) => asString(event.payload.key) }),
    objectSchema: t.field({
      type: ObjectSchemaRef,
      description: 'The custom object as it is now, with its fields, read by its key as `objectSchema(key)` reads it.',
      extensions: { cost: cost.byId() },
      resolve: async (event, _, ctx) => {
        const key = asString(event.payload.key);
        return key ? (await findObjectSchema(ctx, event.locationId, key)).schema : null;
      },
    }),
    singularLabel: t.string({ description: 'Its name in the singular.', resolve: (event) => asString(event.payload.labels?.singular) }),
    pluralLabel: t.string({ description: 'Its name in the plural.', resolve: (event) => asString(event.payload.labels?.plural) }),
    description: t.string({ description: 'Description.', resolve: (event) => asString(event.payload.description) }),
    primaryDisplayProperty: t.string({
      description: 'The property its records are shown by.',
      resolve: (event) => asString(event.payload.primaryDisplayProperty),
    }),
    searchableProperties: t.stringList({
      nullable: false,
      description: 'Properties its records are searched by.',
      resolve: (event) => asStrings(event.payload.searchableProperties),
    }),
    objectType: t.string({ description: '`USER_DEFINED`.', resolve: (event) => asString(event.payload.objectType) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was defined.', resolve: (event) => asDate(event.payload.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When its definition last changed.', resolve: (event) => asDate(event.payload.updatedAt) }),
  }),
);

builder.subscriptionField('objectSchemaEvents', (t) =>
  t.field({
    type: ObjectSchemaEvent.ref,
    nullable: false,
    description: familyFieldDescription('objectSchema'),
    args: familyArgs(t.arg, ObjectSchemaEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'objectSchema', args),
    resolve: (event) => event,
  }),
);

type RecordProperty = NonNullable<RecordPayload['properties']>[number];

const RecordEventPropertyRef = builder.objectRef<RecordProperty>('RecordEventProperty').implement({
  description: 'One property of a custom object record, as the record webhook gives it.',
  fields: (t) => ({
    key: t.string({ description: 'The property’s key.', resolve: (property) => asString(property.key) }),
    valueString: t.string({ description: 'Its value, as a string.', resolve: (property) => asString(property.valueString) }),
  }),
});

export const RecordEvent = familyEventType('record', `A change to a record of a custom object. ${familyNames.record.about}`, (t) => ({
  recordId: t.string({ description: 'GHL id of the record.', resolve: (event) => asId(event.payload.id) }),
  objectKey: t.string({ description: 'Key of its custom object (`custom_objects.pets`), when the webhook names it.', resolve: (event) => asString(event.payload.objectKey) }),
  record: t.field({
    type: CustomObjectRecordRef,
    description: 'The record as it is now, read by its object’s key and id; null after a delete, or when the webhook names no object.',
    extensions: { cost: cost.byId() },
    resolve: (event, _, ctx) => {
      const id = asId(event.payload.id);
      const objectKey = asString(event.payload.objectKey);
      if (deletes(event.type) || !id || !objectKey) return null;
      return ctx.loaders.objectRecord.load({ locationId: event.locationId, objectKey, id });
    },
  }),
  owners: t.stringList({ nullable: false, description: 'GHL ids of the users who own it.', resolve: (event) => asStrings(event.payload.owners) }),
  followers: t.stringList({ nullable: false, description: 'GHL ids of the users following it.', resolve: (event) => asStrings(event.payload.followers) }),
  properties: t.field({
    type: [RecordEventPropertyRef],
    nullable: false,
    description: 'Its properties.',
    resolve: (event) =>
      Array.isArray(event.payload.properties) ? event.payload.properties.filter((property) => asObject(property) !== null) : [],
  }),
}));

builder.subscriptionField('recordEvents', (t) =>
  t.field({
    type: RecordEvent.ref,
    nullable: false,
    description: familyFieldDescription('record'),
    args: familyArgs(t.arg, RecordEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'record', args),
    resolve: (event) => event,
  }),
);

export const RelationEvent = familyEventType('relation', `A link between two records. ${familyNames.relation.about}`, (t) => ({
  relationId: t.string({ description: 'GHL id of the link.', resolve: (event) => asId(event.payload.id) }),
  associationId: t.string({ description: 'GHL id of the association it is made under.', resolve: (event) => asId(event.payload.associationId) }),
  firstObjectKey: t.string({ description: 'Kind of the first record (`custom_objects.pets`, `contact`, ...).', resolve: (event) => asString(event.payload.firstObjectKey) }),
  firstRecordId: t.string({ description: 'GHL id of the first record.', resolve: (event) => asId(event.payload.firstRecordId) }),
  secondObjectKey: t.string({ description: 'Kind of the second record.', resolve: (event) => asString(event.payload.secondObjectKey) }),
  secondRecordId: t.string({ description: 'GHL id of the second record.', resolve: (event) => asId(event.payload.secondRecordId) }),
  relation: t.field({
    type: RelationRef,
    description: 'The relation, with its association and both records as queries serve them (after a delete, as it was).',
    extensions: { cost: cost.batchedPerRequest(sharedLists.associations) },
    resolve: async (event, _, ctx): Promise<LinkedRelation | null> => {
      const [id, associationId, firstRecordId, secondRecordId] = [event.payload.id, event.payload.associationId, event.payload.firstRecordId, event.payload.secondRecordId].map(asId);
      if (!id || !associationId || !firstRecordId || !secondRecordId) return null;
      const named = { first: asString(event.payload.firstObjectKey), second: asString(event.payload.secondObjectKey) };
      const association = named.first && named.second ? null : await associationIn(ctx, event.locationId, associationId);
      const firstObjectKey = named.first ?? association?.firstObjectKey;
      const secondObjectKey = named.second ?? association?.secondObjectKey;
      if (!firstObjectKey || !secondObjectKey) return null;
      return { id, associationId, firstRecordId, secondRecordId, firstObjectKey, secondObjectKey, locationId: event.locationId };
    },
  }),
}));

builder.subscriptionField('relationEvents', (t) =>
  t.field({
    type: RelationEvent.ref,
    nullable: false,
    description: familyFieldDescription('relation'),
    args: familyArgs(t.arg, RelationEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'relation', args),
    resolve: (event) => event,
  }),
);
