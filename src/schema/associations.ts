/**
 * Associations and relations: which kinds of records a location links, and the links between
 * contacts, opportunities and custom-object records as edges both ways (`Contact.relations`,
 * `Contact.relatedRecords`, `CustomObjectRecord.relatedContacts`, ...). Every edge of one record
 * reads its relations in one call, and the location's associations once per request.
 */
import type { ObjectRef } from '@pothos/core';
import type { GhlOpportunity } from '../ghl/api/opportunities.ts';
import type { ObjectRecordSource } from '../loaders/custom-objects.ts';
import * as associations from '../resolvers/associations.ts';
import type { ContactSource } from '../resolvers/contacts.ts';
import { CONTACT_KEY, OPPORTUNITY_KEY } from '../resolvers/custom-objects.ts';
import { connectionOf } from './connections.ts';
import { builder, type BuilderTypes } from './builder.ts';
import { ContactRef } from './contacts.ts';
import { cost, RELATED_ASSUMED, sharedLists } from './cost.ts';
import { OpportunityRef } from './opportunities.ts';
import { CustomObjectRecordRef } from './objects.ts';

export const AssociationRef = builder.objectRef<associations.LocatedAssociation>('Association');
const AssociationConnection = connectionOf(AssociationRef, { noun: 'association' });
export const RelationRef = builder.objectRef<associations.LinkedRelation>('Relation');

const AssociationType = builder.enumType('AssociationType', {
  description: 'Who defined an association.',
  values: {
    USER_DEFINED: { value: 'USER_DEFINED', description: 'Defined by the location.' },
    SYSTEM_DEFINED: { value: 'SYSTEM_DEFINED', description: 'Defined by GHL.' },
  } as const,
});

const isCustomRecord = (value: object): value is ObjectRecordSource => 'objectKey' in value && 'properties' in value;
const isOpportunity = (value: object): value is GhlOpportunity => 'pipelineId' in value;

const RelatedRecordRef = builder.unionType('RelatedRecord', {
  description: 'A record a relation links: a contact, an opportunity or a record of a custom object.',
  types: [ContactRef, OpportunityRef, CustomObjectRecordRef],
  resolveType: (value) => (isCustomRecord(value) ? CustomObjectRecordRef : isOpportunity(value) ? OpportunityRef : ContactRef),
});

builder.node(AssociationRef, {
  description: 'Which kinds of records a location links, and what each side is called: contacts to `custom_objects.pets` as owner and pet.',
  id: { resolve: (association) => association.id },
  loadOne: (id, ctx) => associations.findAssociation(ctx, { id }),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    key: t.exposeString('key', { nullable: false, description: 'Its unique key (`pet_owner`).' }),
    associationType: t.field({
      type: AssociationType,
      description: 'Who defined it; null for a kind this gateway does not know.',
      resolve: (a) => (a.associationType === 'USER_DEFINED' || a.associationType === 'SYSTEM_DEFINED' ? a.associationType : null),
    }),
    firstObjectKey: t.exposeString('firstObjectKey', { nullable: false, description: 'Kind of the first record (`contact`, `opportunity`, `custom_objects.pets`).' }),
    firstObjectLabel: t.exposeString('firstObjectLabel', { description: 'What the first record is called in it (`Owner`).' }),
    secondObjectKey: t.exposeString('secondObjectKey', { nullable: false, description: 'Kind of the second record.' }),
    secondObjectLabel: t.exposeString('secondObjectLabel', { description: 'What the second record is called in it (`Pet`).' }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
  }),
});

const side = (relation: associations.LinkedRelation, which: 'first' | 'second'): associations.RecordSide => ({
  locationId: relation.locationId,
  objectKey: which === 'first' ? relation.firstObjectKey : relation.secondObjectKey,
  id: which === 'first' ? relation.firstRecordId : relation.secondRecordId,
});

RelationRef.implement({
  description: 'A link between two records under an association.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    associationId: t.exposeString('associationId', { nullable: false, description: 'GHL id of its association.' }),
    association: t.field({
      type: AssociationRef,
      description: 'Its association, from the location’s list.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.associations) },
      resolve: (relation, _, ctx) => associations.associationIn(ctx, relation.locationId, relation.associationId),
    }),
    firstObjectKey: t.exposeString('firstObjectKey', { nullable: false, description: 'Kind of the first record.' }),
    firstRecordId: t.exposeString('firstRecordId', { nullable: false, description: 'GHL id of the first record.' }),
    firstRecord: t.field({
      type: RelatedRecordRef,
      nullable: false,
      description: 'The first record.',
      extensions: { cost: cost.byId() },
      resolve: (relation, _, ctx) => associations.loadRelated(ctx, side(relation, 'first')),
    }),
    secondObjectKey: t.exposeString('secondObjectKey', { nullable: false, description: 'Kind of the second record.' }),
    secondRecordId: t.exposeString('secondRecordId', { nullable: false, description: 'GHL id of the second record.' }),
    secondRecord: t.field({
      type: RelatedRecordRef,
      nullable: false,
      description: 'The second record.',
      extensions: { cost: cost.byId() },
      resolve: (relation, _, ctx) => associations.loadRelated(ctx, side(relation, 'second')),
    }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
  }),
});

/** One call for the record's relations, the location's associations once per request. */
const relationsCost = cost.sum(cost.perParent(1), cost.batchedPerRequest(sharedLists.associations));
/** ... and each related record read once by id. */
const relatedCost = cost.list(RELATED_ASSUMED, cost.sum(cost.perParent(1 + RELATED_ASSUMED), cost.batchedPerRequest(sharedLists.associations)));

/** The edges every kind of record has, read from its side. */
function relationEdges<T extends { id: string; locationId?: string | null }>(ref: ObjectRef<BuilderTypes, T>, objectKeyOf: (record: T) => string) {
  const sideOf = (record: T, ctx: { defaultLocationId: string | undefined }): associations.RecordSide => ({
    locationId: record.locationId ?? ctx.defaultLocationId ?? '',
    objectKey: objectKeyOf(record),
    id: record.id,
  });
  builder.objectFields(ref, (t) => {
    const associationKey = () => t.arg.string({ description: 'Only relations under this association (its key, `pet_owner`).' });
    return {
      relations: t.field({
        type: [RelationRef],
        nullable: false,
        description: 'Its relations to other records, under every association or one.',
        extensions: { cost: cost.list(RELATED_ASSUMED, relationsCost) },
        args: { associationKey: associationKey() },
        resolve: (record, args, ctx) => associations.relationsOf(ctx, sideOf(record, ctx), args.associationKey),
      }),
      relatedRecords: t.field({
        type: [CustomObjectRecordRef],
        nullable: false,
        description: 'The custom-object records it is related to, each once.',
        extensions: { cost: relatedCost },
        args: { associationKey: associationKey() },
        resolve: async (record, args, ctx) =>
          (await associations.relatedOf(ctx, sideOf(record, ctx), { associationKey: args.associationKey, objectKey: associations.isCustomObjectKey })) as ObjectRecordSource[],
      }),
      relatedContacts: t.field({
        type: [ContactRef],
        nullable: false,
        description: 'The contacts it is related to, each once.',
        extensions: { cost: relatedCost },
        args: { associationKey: associationKey() },
        resolve: async (record, args, ctx) =>
          (await associations.relatedOf(ctx, sideOf(record, ctx), { associationKey: args.associationKey, objectKey: CONTACT_KEY })) as ContactSource[],
      }),
      relatedOpportunities: t.field({
        type: [OpportunityRef],
        nullable: false,
        description: 'The opportunities it is related to, each once.',
        extensions: { cost: relatedCost },
        args: { associationKey: associationKey() },
        resolve: async (record, args, ctx) =>
          (await associations.relatedOf(ctx, sideOf(record, ctx), { associationKey: args.associationKey, objectKey: OPPORTUNITY_KEY })) as GhlOpportunity[],
      }),
    };
  });
}

relationEdges(ContactRef as unknown as ObjectRef<BuilderTypes, ContactSource>, () => CONTACT_KEY);
relationEdges(OpportunityRef as unknown as ObjectRef<BuilderTypes, GhlOpportunity>, () => OPPORTUNITY_KEY);
relationEdges(CustomObjectRecordRef as unknown as ObjectRef<BuilderTypes, ObjectRecordSource>, (record) => record.objectKey);

// Queries

/** A fresh argument per field: Pothos binds each argument to the field it is declared on. */
const locationArg = () => builder.args((t) => ({ locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) }));

builder.queryFields((t) => ({
  associations: t.connection({
    type: AssociationRef,
    description: 'The associations of a location.',
    extensions: { cost: cost.listPage() },
    args: { ...locationArg(), objectKey: t.arg.string({ description: 'Only those with this kind of record on either side (`contact`, `custom_objects.pets`).' }) },
    resolve: (_, args, ctx) => associations.listAssociations(ctx, args),
  }, AssociationConnection),
  association: t.field({
    type: AssociationRef,
    nullable: false,
    description: 'One association, by its id or its key.',
    extensions: { cost: cost.byId() },
    args: {
      ...locationArg(),
      id: t.arg.id({ description: 'Association id or GHL association id.' }),
      key: t.arg.string({ description: 'Its key (`pet_owner`), in the location.' }),
    },
    resolve: (_, args, ctx) => associations.findAssociation(ctx, args),
  }),
}));

// Mutations

const CreateAssociationInput = builder.inputType('CreateAssociationInput', {
  description: 'A new association between two kinds of records.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Its unique key (`pet_owner`).' }),
    firstObjectKey: t.string({ required: true, description: 'Kind of the first record (`contact`, `custom_objects.pets`).' }),
    firstObjectLabel: t.string({ required: true, description: 'What the first record is called in it (`Owner`).' }),
    secondObjectKey: t.string({ required: true, description: 'Kind of the second record.' }),
    secondObjectLabel: t.string({ required: true, description: 'What the second record is called in it (`Pet`).' }),
  }),
});

const AssociationPayload = builder.objectRef<{ association: associations.LocatedAssociation }>('AssociationPayload').implement({
  description: 'The association after the change.',
  fields: (t) => ({ association: t.expose('association', { type: AssociationRef, nullable: false, description: 'The association.' }) }),
});

const RelationPayload = builder.objectRef<{ relation: associations.LinkedRelation }>('RelationPayload').implement({
  description: 'The relation made.',
  fields: (t) => ({ relation: t.expose('relation', { type: RelationRef, nullable: false, description: 'The relation.' }) }),
});

/** What a delete answers: the GHL id of what is gone. */
const deletedPayload = (name: string, what: string) =>
  builder.objectRef<{ deletedGhlId: string }>(name).implement({
    description: `The ${what} deleted.`,
    fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: `GHL id of the deleted ${what}.` }) }),
  });
const DeleteAssociationPayload = deletedPayload('DeleteAssociationPayload', 'association');
const DeleteRelationPayload = deletedPayload('DeleteRelationPayload', 'relation');

builder.mutationFields((t) => ({
  createAssociation: t.field({
    type: AssociationPayload,
    nullable: false,
    description: 'Define an association between two kinds of records.',
    args: { ...locationArg(), input: t.arg({ type: CreateAssociationInput, required: true, description: 'The association.' }) },
    resolve: async (_, args, ctx) => ({ association: await associations.createAssociation(ctx, args.locationId, args.input) }),
  }),
  updateAssociation: t.field({
    type: AssociationPayload,
    nullable: false,
    description: 'Rename the two sides of an association.',
    args: {
      ...locationArg(),
      id: t.arg.id({ required: true, description: 'Association id or GHL association id.' }),
      firstObjectLabel: t.arg.string({ required: true, description: 'What the first record is called in it.' }),
      secondObjectLabel: t.arg.string({ required: true, description: 'What the second record is called in it.' }),
    },
    resolve: async (_, args, ctx) => ({ association: await associations.updateAssociation(ctx, args) }),
  }),
  deleteAssociation: t.field({
    type: DeleteAssociationPayload,
    nullable: false,
    description: 'Delete an association and every relation under it.',
    args: { id: t.arg.id({ required: true, description: 'Association id or GHL association id.' }) },
    resolve: (_, args, ctx) => associations.deleteAssociation(ctx, args.id),
  }),
  createRelation: t.field({
    type: RelationPayload,
    nullable: false,
    description: 'Link two records under an association: the first record of its first kind, the second of its second.',
    // GHL may answer without the kinds of record: the location's associations name them.
    extensions: { cost: cost.sum(cost.perParent(1), cost.batchedPerRequest(sharedLists.associations)) },
    args: {
      ...locationArg(),
      associationId: t.arg.id({ required: true, description: 'Association id or GHL association id.' }),
      firstRecordId: t.arg.id({ required: true, description: 'Id or GHL id of the first record (a Contact, Opportunity or CustomObjectRecord).' }),
      secondRecordId: t.arg.id({ required: true, description: 'Id or GHL id of the second record.' }),
    },
    resolve: async (_, args, ctx) => ({ relation: await associations.createRelation(ctx, args) }),
  }),
  deleteRelation: t.field({
    type: DeleteRelationPayload,
    nullable: false,
    description: 'Unlink two records.',
    args: { ...locationArg(), id: t.arg.id({ required: true, description: 'GHL id of the relation.' }) },
    resolve: (_, args, ctx) => associations.deleteRelation(ctx, args),
  }),
}));
