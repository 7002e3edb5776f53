/** Opportunities (deals) as GHL's webhooks report them: `opportunityEvents`. */
import type { GhlOpportunity } from '../../../ghl/api/opportunities.ts';
import { isOpportunityStatus, pipelineOf, stageOf } from '../../../resolvers/opportunities.ts';
import { builder } from '../../builder.ts';
import { OpportunityRef, OpportunityStatus, PipelineRef, PipelineStageRef } from '../../opportunities.ts';
import { UserRef } from '../../users.ts';
import type { WebhookEvent } from '../../../events/events.ts';
import { contactFields } from './contact-fields.ts';
import { contactFilter, pipelineFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { deletes, familyNames } from './names.ts';
import { asDate, asId, asNumber, asString, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

/** Keys an opportunity webhook shares with GHL's opportunity record, read the same way. */
const opportunityKeys = [
  'id', 'name', 'monetaryValue', 'pipelineId', 'pipelineStageId', 'status', 'source', 'assignedTo', 'contactId',
] as const satisfies readonly (keyof GhlOpportunity)[];

const opportunityAnswers: Answers<GhlOpportunity> = {
  id: ['id'],
  ghlId: ['id'],
  name: ['name'],
  monetaryValue: ['monetaryValue'],
  status: ['status'],
  source: ['source'],
  locationId: ['locationId'],
  location: ['locationId'],
  // No embedded contact: `contact` reads the contact by its id.
  contactId: ['contactId'],
  contact: ['contactId'],
  pipelineId: ['pipelineId'],
  pipeline: ['pipelineId'],
  stageId: ['pipelineStageId'],
  stage: ['pipelineId', 'pipelineStageId'],
  assignedTo: ['assignedTo'],
  assignedUser: ['assignedTo'],
};

const opportunityOf = (event: WebhookEvent<'opportunity'>): Partial<GhlOpportunity> => ({
  ...pick<GhlOpportunity>(event.payload, opportunityKeys),
  locationId: event.locationId,
});

export const OpportunityEvent = familyEventType(
  'opportunity',
  `A change to an opportunity (deal). ${familyNames.opportunity.about} The payload carries the deal as it is after the change.`,
  (t) => ({
    opportunityId: t.string({ description: 'GHL id of the opportunity.', resolve: (event) => asId(event.payload.id) }),
    nodeId: t.id({
      description: 'Global id of the opportunity (its `Opportunity.id`), also after a delete: to update or evict it in client caches.',
      resolve: (event) => nodeIdOf('Opportunity', event.payload.id),
    }),
    opportunity: t.field({
      type: OpportunityRef,
      description: recordDescription('opportunity'),
      resolve: (event, _, ctx, info) => {
        const opportunity = opportunityOf(event);
        if (deletes(event.type) || !opportunity.id) return null;
        return servedOrLoaded(info, opportunity, opportunityAnswers, () => ctx.loaders.opportunity.load(opportunity.id!));
      },
    }),
    name: t.string({ description: 'Name of the deal.', resolve: (event) => asString(event.payload.name) }),
    opportunityStatus: t.field({
      type: OpportunityStatus,
      description: 'Where the deal stands (after a STATUS_UPDATE, its new status); null for a status this gateway does not know.',
      resolve: (event) => (isOpportunityStatus(event.payload.status) ? event.payload.status : null),
    }),
    monetaryValue: t.float({
      description: 'Value of the deal (after a MONETARY_VALUE_UPDATE, its new value).',
      resolve: (event) => asNumber(event.payload.monetaryValue),
    }),
    pipelineId: t.string({ description: 'GHL id of the pipeline.', resolve: (event) => asId(event.payload.pipelineId) }),
    pipeline: t.field({
      type: PipelineRef,
      description: 'The pipeline (the location’s pipelines cost one call per event, whatever else is asked).',
      resolve: (event, _, ctx) => {
        const pipelineId = asId(event.payload.pipelineId);
        return pipelineId ? pipelineOf(ctx, event.locationId, pipelineId) : null;
      },
    }),
    pipelineStageId: t.string({
      description: 'GHL id of the stage (after a STAGE_UPDATE, the stage it moved to).',
      resolve: (event) => asId(event.payload.pipelineStageId),
    }),
    stage: t.field({
      type: PipelineStageRef,
      description: 'The stage (after a STAGE_UPDATE, the stage it moved to), also after a delete.',
      resolve: (event, _, ctx) => {
        const pipelineId = asId(event.payload.pipelineId);
        return pipelineId ? stageOf(ctx, event.locationId, pipelineId, asId(event.payload.pipelineStageId)) : null;
      },
    }),
    ...contactFields(t, (event) => event.payload.contactId),
    assignedTo: t.string({
      description: 'GHL id of the user working the deal (after an ASSIGNED_TO_UPDATE, the new one).',
      resolve: (event) => asId(event.payload.assignedTo),
    }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user working the deal.',
      resolve: (event, _, ctx) => {
        const userId = asId(event.payload.assignedTo);
        return userId ? ctx.loaders.user.load({ id: userId, locationId: event.locationId }) : null;
      },
    }),
    source: t.string({ description: 'Where the deal came from.', resolve: (event) => asString(event.payload.source) }),
    createdAt: t.field({ type: 'DateTime', description: 'When the deal was created.', resolve: (event) => asDate(event.payload.dateAdded) }),
  }),
);

builder.subscriptionField('opportunityEvents', (t) =>
  t.field({
    type: OpportunityEvent.ref,
    nullable: false,
    description: familyFieldDescription('opportunity', 'optionally of one pipeline or one contact'),
    args: {
      ...familyArgs(t.arg, OpportunityEvent.types),
      pipelineId: t.arg.id({ description: 'Only deals in this pipeline (Pipeline id or GHL pipeline id); it must be in the location.' }),
      contactId: t.arg.id({ description: 'Only deals with this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) =>
      familyEvents(ctx, 'opportunity', args, [
        pipelineFilter(args.pipelineId, (event) => event.payload.pipelineId),
        contactFilter(args.contactId, (event) => event.payload.contactId),
      ]),
    resolve: (event) => event,
  }),
);
