/** Opportunities (deals), the pipelines they move through, and the stages of those pipelines. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GhlOpportunity } from '../ghl/api/opportunities.ts';
import type { LostReasonSource, PipelineSource } from '../loaders/index.ts';
import { dateOf } from '../resolvers/dates.ts';
import { usersFollowing } from '../resolvers/followers.ts';
import { ghlIdOf, locationIdOf } from '../resolvers/ids.ts';
import * as opportunities from '../resolvers/opportunities.ts';
import type { StageSource } from '../resolvers/opportunities.ts';
import type { ArgBuilder } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.ts';
import { connectionOf } from './connections.ts';
import { DateRangeInput, DateTimeRangeInput, OrderDirection } from './ordering.ts';
import { ContactRef, CustomFieldValueInput, CustomFieldValueRef } from './contacts.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { UserRef } from './users.ts';
import { cost, embeddedContactFields, sharedLists } from './cost.ts';

export const OpportunityRef = builder.objectRef<GhlOpportunity>('Opportunity');
export const PipelineRef = builder.objectRef<PipelineSource>('Pipeline');
export const PipelineStageRef = builder.objectRef<StageSource>('PipelineStage');
export const LostReasonRef = builder.objectRef<LostReasonSource>('LostReason');
const OpportunityConnection = connectionOf(OpportunityRef, { noun: 'opportunity', nouns: 'opportunities' });

export const OpportunityStatus = builder.enumType('OpportunityStatus', {
  description: 'Where a deal stands.',
  values: {
    OPEN: { value: 'open', description: 'Still being worked.' },
    WON: { value: 'won', description: 'Closed, won.' },
    LOST: { value: 'lost', description: 'Closed, lost.' },
    ABANDONED: { value: 'abandoned', description: 'Dropped without a decision.' },
  } as const,
});

/** GHL ids of pipelines and stages mean something only within their location: node keys carry it. */
const nodeKey = (key: string) => key.split('/');

locatedNode(OpportunityRef, {
  description: 'A deal with a contact, moving through the stages of a pipeline.',
  loadById: (id, ctx) => ctx.loaders.opportunity.load(id),
  ghlIdOf: (opportunity) => opportunity.id,
  locationIdOf: (opportunity) => opportunity.locationId,
  location: { description: 'The location of the deal.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the deal.' }),
    monetaryValue: t.exposeFloat('monetaryValue', { description: 'Value of the deal, in the location’s currency.' }),
    status: t.field({
      type: OpportunityStatus,
      description: 'Where the deal stands.',
      // A status GHL adds later reads as null rather than failing the whole board.
      resolve: (o) => (opportunities.isOpportunityStatus(o.status) ? o.status : null),
    }),
    source: t.exposeString('source', { description: 'Where the deal came from.' }),
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact. Name, company, email, phone and tags come with the deal at no extra cost.',
      extensions: { cost: cost.embedded(embeddedContactFields, cost.byId()) },
      resolve: (o, _, ctx) => opportunities.contactOfOpportunity(ctx, o),
    }),
    pipelineId: t.exposeString('pipelineId', { nullable: false, description: 'GHL id of the pipeline.' }),
    pipeline: t.field({
      type: PipelineRef,
      description: 'The pipeline (one call per location per request serves every pipeline and stage).',
      extensions: { cost: cost.batchedPerRequest(sharedLists.pipelines) },
      resolve: (o, _, ctx) => opportunities.pipelineOf(ctx, o.locationId, o.pipelineId),
    }),
    stageId: t.exposeString('pipelineStageId', { description: 'GHL id of the stage.' }),
    stage: t.field({
      type: PipelineStageRef,
      description: 'The stage the deal is in.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.pipelines) },
      resolve: (o, _, ctx) => opportunities.stageOf(ctx, o.locationId, o.pipelineId, o.pipelineStageId),
    }),
    assignedTo: t.exposeString('assignedTo', { description: 'GHL id of the assigned user.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user working the deal.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (o, _, ctx) => (o.assignedTo ? ctx.loaders.user.load({ id: o.assignedTo, locationId: o.locationId }) : null),
    }),
    lostReasonId: t.exposeString('lostReasonId', { description: 'GHL id of the reason it was lost.' }),
    lostReason: t.field({
      type: LostReasonRef,
      description: 'Why it was lost (one call per location per request serves every deal’s reason).',
      extensions: { cost: cost.batchedPerRequest(sharedLists.lostReasons) },
      resolve: (o, _, ctx) => opportunities.lostReasonOf(ctx, o.locationId, o.lostReasonId),
    }),
    followers: t.stringList({
      nullable: false,
      description: 'GHL ids of the users following the deal.',
      resolve: (o) => o.followers ?? [],
    }),
    followerUsers: t.field({
      type: [UserRef],
      nullable: false,
      description: 'The users following the deal.',
      extensions: { cost: cost.list(10, cost.batchedPerRequest(sharedLists.users)) },
      resolve: (o, _, ctx) => usersFollowing(ctx, o.followers, o.locationId),
    }),
    customFields: t.field({
      type: [CustomFieldValueRef],
      nullable: false,
      description: 'Custom field values on the deal, each with its field’s definition.',
      // GHL names an opportunity's value `fieldValue` where a contact's is `value`.
      resolve: (o) => (o.customFields ?? []).map(({ id, fieldValue }) => ({ id, value: fieldValue, locationId: o.locationId })),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the deal was created.', resolve: (o) => dateOf(o.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When the deal last changed.', resolve: (o) => dateOf(o.updatedAt) }),
    lastStatusChangeAt: t.field({ type: 'DateTime', description: 'When its status last changed.', resolve: (o) => dateOf(o.lastStatusChangeAt) }),
    lastStageChangeAt: t.field({ type: 'DateTime', description: 'When it last moved stage.', resolve: (o) => dateOf(o.lastStageChangeAt) }),
  }),
});

locatedNode(PipelineRef, {
  description: 'The stages deals move through, as a location defines them.',
  loadInLocation: ({ locationId, id }, ctx) => opportunities.pipelineOf(ctx, locationId, id),
  ghlIdOf: (pipeline) => pipeline.id,
  locationIdOf: (pipeline) => pipeline.locationId,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    showInFunnel: t.exposeBoolean('showInFunnel', { description: 'Shown in funnel charts.' }),
    showInPieChart: t.exposeBoolean('showInPieChart', { description: 'Shown in pie charts.' }),
    stages: t.field({
      type: [PipelineStageRef],
      nullable: false,
      description: 'Stages, in board order.',
      extensions: { cost: cost.list(20) },
      resolve: (pipeline) =>
        [...(pipeline.stages ?? [])]
          .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
          .map((stage) => ({ ...stage, pipeline })),
    }),
    opportunities: t.connection({
      type: OpportunityRef,
      description: 'Deals in this pipeline.',
      args: {
        status: t.arg({ type: OpportunityStatus, description: 'Only deals in this state.' }),
        assignedTo: t.arg.id({ description: 'Only deals assigned to this user (User id or GHL user id).' }),
        query: t.arg.string({ description: 'Matches the deal name or its contact.' }),
      },
      extensions: { cost: cost.listPage() },
      resolve: (pipeline, args, ctx) =>
        opportunities.searchOpportunities(ctx, {
          ...args,
          assignedTo: args.assignedTo == null ? null : args.assignedTo,
          locationId: pipeline.locationId,
          pipelineId: pipeline.id,
        }),
    }, OpportunityConnection),
  }),
});

locatedNode(LostReasonRef, {
  description: 'A reason a location gives for losing a deal, picked when the deal is marked lost.',
  loadInLocation: ({ locationId, id }, ctx) => opportunities.lostReasonOf(ctx, locationId, id),
  ghlIdOf: (reason) => reason.id,
  locationIdOf: (reason) => reason.locationId,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was added.', resolve: (reason) => dateOf(reason.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (reason) => dateOf(reason.updatedAt) }),
  }),
});

builder.node(PipelineStageRef, {
  description: 'One stage of a pipeline.',
  id: { resolve: (stage) => `${stage.pipeline.locationId}/${stage.pipeline.id}/${stage.id}` },
  loadOne: (key, ctx) => {
    const [locationId = '', pipelineId = '', stageId = ''] = nodeKey(key);
    return opportunities.stageOf(ctx, locationId, pipelineId, stageId);
  },
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    position: t.exposeInt('position', { description: 'Place on the board, from 0.' }),
    pipeline: t.field({ type: PipelineRef, nullable: false, description: 'The pipeline.', resolve: (stage) => stage.pipeline }),
    opportunities: t.connection({
      type: OpportunityRef,
      description: 'Deals in this stage.',
      args: {
        status: t.arg({ type: OpportunityStatus, description: 'Only deals in this state.' }),
        assignedTo: t.arg.id({ description: 'Only deals assigned to this user (User id or GHL user id).' }),
      },
      extensions: { cost: cost.listPage() },
      resolve: (stage, args, ctx) =>
        opportunities.searchOpportunities(ctx, {
          ...args,
          assignedTo: args.assignedTo == null ? null : args.assignedTo,
          locationId: stage.pipeline.locationId,
          pipelineId: stage.pipeline.id,
          stageId: stage.id,
        }),
    }, OpportunityConnection),
  }),
});

const OpportunityOrderField = builder.enumType('OpportunityOrderField', {
  description: 'What a list of deals is sorted by: GoHighLevel sorts them by when they were added only.',
  values: { CREATED_AT: { description: 'When the deal was added.' } } as const,
});

const OpportunityOrderInput = builder.inputType('OpportunityOrder', {
  description: 'The order of a list of deals.',
  fields: (t) => ({
    field: t.field({ type: OpportunityOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

/** The range and order GHL's opportunity search applies (`date`/`endDate`, `order`). */
function opportunityOrderArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    createdAt: arg({ type: DateRangeInput, description: 'Only deals added on these days.' }),
    orderBy: arg({ type: OpportunityOrderInput, description: 'The order; newest first (CREATED_AT, DESC) by default.' }),
  };
}

const OpportunitySearchFilterInput = builder.inputType('OpportunitySearchFilter', {
  description: 'Conditions GoHighLevel’s advanced search applies to deals; every condition given must hold, a list meaning any of its values.',
  fields: (t) => ({
    pipelineIds: t.idList({ description: 'In any of these pipelines (Pipeline ids or GHL ids).' }),
    stageIds: t.idList({ description: 'In any of these stages (PipelineStage ids or GHL ids).' }),
    statuses: t.field({ type: [OpportunityStatus], description: 'In any of these states.' }),
    assignedTo: t.idList({ description: 'Assigned to any of these users (User ids or GHL user ids).' }),
    contactId: t.id({ description: 'With this contact (Contact id or GHL contact id).' }),
    createdAt: t.field({ type: DateTimeRangeInput, description: 'Added within this range.' }),
  }),
});

builder.objectField(ContactRef, 'opportunities', (t) =>
  t.connection({
    type: OpportunityRef,
    description: 'Deals with this contact.',
    args: { status: t.arg({ type: OpportunityStatus, description: 'Only deals in this state.' }) },
    extensions: { cost: cost.listPage() },
    resolve: (contact, args, ctx) =>
      opportunities.searchOpportunities(ctx, { ...args, locationId: contact.locationId, contactId: contact.id }),
  }, OpportunityConnection),
);

builder.objectFields(LocationRef, (t) => ({
  lostReasons: t.field({
    type: [LostReasonRef],
    nullable: false,
    description: 'Reasons the location gives for losing a deal, by name.',
    extensions: { cost: cost.list(20, cost.batchedPerRequest(sharedLists.lostReasons)) },
    resolve: (location, _, ctx) => opportunities.lostReasonsOf(ctx, location.id),
  }),
  pipelines: t.field({
    type: [PipelineRef],
    nullable: false,
    description: 'Pipelines of the location, with their stages.',
    extensions: { cost: cost.list(10, cost.batchedPerRequest(sharedLists.pipelines)) },
    resolve: (location, _, ctx) => opportunities.pipelinesOf(ctx, location.id),
  }),
  opportunities: t.connection({
    type: OpportunityRef,
    description: 'Deals of the location.',
    args: {
      pipelineId: t.arg.id({ description: 'Only this pipeline (Pipeline id or GHL id).' }),
      stageId: t.arg.id({ description: 'Only this stage (PipelineStage id or GHL id).' }),
      contactId: t.arg.id({ description: 'Only deals with this contact.' }),
      status: t.arg({ type: OpportunityStatus, description: 'Only deals in this state.' }),
      assignedTo: t.arg.id({ description: 'Only deals assigned to this user.' }),
      query: t.arg.string({ description: 'Matches the deal name or its contact.' }),
      ...opportunityOrderArgs(t.arg),
    },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => opportunities.searchOpportunities(ctx, { ...args, locationId: location.id }),
  }, OpportunityConnection),
  opportunitySearch: t.connection({
    type: OpportunityRef,
    description:
      'Deals of the location through GoHighLevel’s advanced search: any combination of pipelines, stages, states, users, a contact and a date range, newest first unless `orderBy` says otherwise; pages resume after the last deal, however deep.',
    args: {
      query: t.arg.string({ description: 'Matches the deal name or its contact (at most 75 characters).' }),
      filter: t.arg({ type: OpportunitySearchFilterInput, description: 'Only deals meeting these conditions.' }),
      orderBy: t.arg({ type: OpportunityOrderInput, description: 'The order; newest first (CREATED_AT, DESC) by default.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => opportunities.searchOpportunitiesAdvanced(ctx, { ...args, locationId: location.id }),
  }, OpportunityConnection),
}));

builder.queryFields((t) => ({
  opportunity: t.field({
    type: OpportunityRef,
    description: 'One deal.',
    args: { id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.opportunity.load(ghlIdOf(args.id, 'Opportunity', 'id')),
  }),
  opportunities: t.connection({
    type: OpportunityRef,
    description: 'Search the deals of a location.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      pipelineId: t.arg.id({ description: 'Only this pipeline (Pipeline id or GHL id).' }),
      stageId: t.arg.id({ description: 'Only this stage (PipelineStage id or GHL id).' }),
      contactId: t.arg.id({ description: 'Only deals with this contact.' }),
      status: t.arg({ type: OpportunityStatus, description: 'Only deals in this state.' }),
      assignedTo: t.arg.id({ description: 'Only deals assigned to this user.' }),
      query: t.arg.string({ description: 'Matches the deal name or its contact.' }),
      ...opportunityOrderArgs(t.arg),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => opportunities.searchOpportunities(ctx, args),
  }, OpportunityConnection),
  lostReasons: t.field({
    type: [LostReasonRef],
    nullable: false,
    description: 'Reasons a location gives for losing a deal, by name.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.list(20, cost.batchedPerRequest(sharedLists.lostReasons)) },
    resolve: (_, args, ctx) => opportunities.lostReasonsOf(ctx, args.locationId),
  }),
  pipelines: t.field({
    type: [PipelineRef],
    nullable: false,
    description: 'Pipelines of a location, with their stages.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.list(10, cost.batchedPerRequest(sharedLists.pipelines)) },
    resolve: (_, args, ctx) =>
      opportunities.pipelinesOf(ctx, locationIdOf(args.locationId == null ? null : args.locationId, ctx.defaultLocationId)),
  }),
}));

// Mutations

const CreateOpportunityInput = builder.inputType('CreateOpportunityInput', {
  description: 'A new deal.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    contactId: t.id({ required: true, description: 'The contact (Contact id or GHL contact id).' }),
    pipelineId: t.id({ required: true, description: 'The pipeline (Pipeline id or GHL id).' }),
    stageId: t.id({ description: 'The stage (PipelineStage id or GHL id); GHL picks the first when left out.' }),
    name: t.string({ required: true, description: 'Name of the deal.' }),
    status: t.field({ type: OpportunityStatus, description: 'Defaults to OPEN.' }),
    monetaryValue: t.float({ description: 'Value of the deal.' }),
    assignedTo: t.id({ description: 'User working the deal (User id or GHL user id).' }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Custom field values (fields of the `OPPORTUNITY` model).' }),
  }),
});

const UpdateOpportunityInput = builder.inputType('UpdateOpportunityInput', {
  description: 'Changes to a deal; fields left out stay as they are. Moving stage is a change of `stageId`.',
  fields: (t) => ({
    pipelineId: t.id({ description: 'Another pipeline (Pipeline id or GHL id).' }),
    stageId: t.id({ description: 'Another stage (PipelineStage id or GHL id).' }),
    name: t.string({ description: 'Name of the deal.' }),
    status: t.field({ type: OpportunityStatus, description: 'Where the deal stands.' }),
    monetaryValue: t.float({ description: 'Value of the deal.' }),
    assignedTo: t.id({ description: 'User working the deal (User id or GHL user id).' }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Custom field values to set; other fields keep theirs.' }),
  }),
});

const UpsertOpportunityInput = builder.inputType('UpsertOpportunityInput', {
  description: 'A deal to update, found by its contact and pipeline, or to create; fields left out stay as they are.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    contactId: t.id({ required: true, description: 'The contact (Contact id or GHL contact id).' }),
    pipelineId: t.id({ required: true, description: 'The pipeline (Pipeline id or GHL id).' }),
    stageId: t.id({ description: 'The stage (PipelineStage id or GHL id); a new deal starts in the first when left out.' }),
    name: t.string({ description: 'Name of the deal; required when none exists yet.' }),
    status: t.field({ type: OpportunityStatus, description: 'Where the deal stands; a new deal is OPEN by default.' }),
    monetaryValue: t.float({ description: 'Value of the deal.' }),
    assignedTo: t.id({ description: 'User working the deal (User id or GHL user id).' }),
    lostReasonId: t.id({ description: 'Why it was lost, with LOST only (LostReason id or GHL id).' }),
  }),
});

const UpsertOpportunityPayload = builder.objectRef<{ opportunity: GhlOpportunity; created: boolean }>('UpsertOpportunityPayload').implement({
  description: 'The deal after the upsert.',
  fields: (t) => ({
    opportunity: t.expose('opportunity', { type: OpportunityRef, nullable: false, description: 'The deal.' }),
    created: t.exposeBoolean('created', { nullable: false, description: 'True when a new deal was created, false when one was updated.' }),
  }),
});

const OpportunityPayload = builder.objectRef<{ opportunityId: string; opportunity?: GhlOpportunity }>('OpportunityPayload').implement({
  description: 'The deal after the change.',
  fields: (t) => ({
    opportunity: t.field({
      type: OpportunityRef,
      nullable: false,
      description: 'The deal.',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => payload.opportunity ?? ctx.loaders.opportunity.load(payload.opportunityId),
    }),
  }),
});

const OpportunityFollowersPayload = builder
  .objectRef<{ opportunityId: string; followers: string[] }>('OpportunityFollowersPayload')
  .implement({
    description: 'The users following a deal after the change.',
    fields: (t) => ({
      followers: t.exposeStringList('followers', { nullable: false, description: 'GHL ids of every user following the deal now.' }),
      opportunity: t.field({
        type: OpportunityRef,
        description: 'The deal, read again (one more REST call).',
        extensions: { cost: cost.byId() },
        resolve: (payload, _, ctx) => ctx.loaders.opportunity.load(payload.opportunityId),
      }),
    }),
  });

const DeletedOpportunityPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteOpportunityPayload').implement({
  description: 'What was deleted.',
  fields: (t) => ({
    deletedId: t.id({
      nullable: false,
      description: 'Global id of the deleted deal, to evict from client caches.',
      resolve: (payload) => encodeGlobalID('Opportunity', payload.deletedGhlId),
    }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

builder.mutationFields((t) => ({
  createOpportunity: t.field({
    type: OpportunityPayload,
    nullable: false,
    description: 'Open a deal with a contact.',
    args: { input: t.arg({ type: CreateOpportunityInput, required: true, description: 'The deal.' }) },
    resolve: async (_, { input }, ctx) => {
      const opportunity = await opportunities.createOpportunity(ctx, { ...input, contactId: input.contactId });
      return { opportunityId: opportunity.id, opportunity };
    },
  }),
  upsertOpportunity: t.field({
    type: UpsertOpportunityPayload,
    nullable: false,
    description: 'Update the contact’s deal in a pipeline, or open one.',
    args: { input: t.arg({ type: UpsertOpportunityInput, required: true, description: 'The deal.' }) },
    resolve: (_, { input }, ctx) => opportunities.upsertOpportunity(ctx, input),
  }),
  updateOpportunity: t.field({
    type: OpportunityPayload,
    nullable: false,
    description: 'Change a deal, or move it to another stage.',
    args: {
      id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }),
      input: t.arg({ type: UpdateOpportunityInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => {
      const opportunity = await opportunities.updateOpportunity(ctx, id, input);
      return { opportunityId: opportunity.id, opportunity };
    },
  }),
  updateOpportunityStatus: t.field({
    type: OpportunityPayload,
    nullable: false,
    description: 'Win, lose, abandon or reopen a deal.',
    args: {
      id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }),
      status: t.arg({ type: OpportunityStatus, required: true, description: 'The new status.' }),
      lostReasonId: t.arg.id({ description: 'Why it was lost, with LOST only (LostReason id or GHL id).' }),
    },
    resolve: (_, { id, status, lostReasonId }, ctx) => opportunities.setOpportunityStatus(ctx, id, status, lostReasonId),
  }),
  addOpportunityFollowers: t.field({
    type: OpportunityFollowersPayload,
    nullable: false,
    description: 'Make users followers of a deal.',
    args: {
      id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }),
      followers: t.arg.idList({ required: true, description: 'Users to add (User ids or GHL user ids).' }),
    },
    resolve: (_, { id, followers }, ctx) => opportunities.changeOpportunityFollowers(ctx, id, 'add', followers),
  }),
  removeOpportunityFollowers: t.field({
    type: OpportunityFollowersPayload,
    nullable: false,
    description: 'Stop users following a deal.',
    args: {
      id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }),
      followers: t.arg.idList({ required: true, description: 'Users to remove (User ids or GHL user ids).' }),
    },
    resolve: (_, { id, followers }, ctx) => opportunities.changeOpportunityFollowers(ctx, id, 'remove', followers),
  }),
  deleteOpportunity: t.field({
    type: DeletedOpportunityPayload,
    nullable: false,
    description: 'Delete a deal.',
    args: { id: t.arg.id({ required: true, description: 'Opportunity id or GHL opportunity id.' }) },
    resolve: (_, { id }, ctx) => opportunities.deleteOpportunity(ctx, id),
  }),
}));
