/**
 * Automations: a location's workflows and campaigns, and putting a contact into one or taking it
 * out. GHL only lists them per location, so their node key is `locationId/id` and one is read
 * from its location's list (one call per location per request, however many are asked for).
 */
import type { GhlCampaign, GhlWorkflow } from '../ghl/api/workflows.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as workflows from '../resolvers/workflows.ts';
import { builder } from './builder.ts';
import { ContactRef } from './contacts.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { cost } from './cost.ts';

type Workflow = workflows.Located<GhlWorkflow>;
type Campaign = workflows.Located<GhlCampaign>;

export const WorkflowRef = builder.objectRef<Workflow>('Workflow');
export const CampaignRef = builder.objectRef<Campaign>('Campaign');

locatedNode(WorkflowRef, {
  description: 'An automation workflow of a location.',
  loadInLocation: ({ locationId, id }, ctx) => workflows.findWorkflow(ctx, locationId, id),
  ghlIdOf: (workflow) => workflow.id,
  locationIdOf: (workflow) => workflow.locationId,
  location: { description: 'The location the workflow belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    status: t.exposeString('status', { description: '`draft` or `published`, as GHL stores it.' }),
    version: t.int({
      description: 'Version number of the workflow.',
      resolve: (workflow) => (Number.isInteger(workflow.version) ? workflow.version! : null),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (w) => dateOf(w.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (w) => dateOf(w.updatedAt) }),
  }),
});

locatedNode(CampaignRef, {
  description: 'A (legacy) campaign of a location: a drip sequence contacts are put into.',
  loadInLocation: ({ locationId, id }, ctx) => workflows.findCampaign(ctx, locationId, id),
  ghlIdOf: (campaign) => campaign.id,
  locationIdOf: (campaign) => campaign.locationId,
  location: { description: 'The location the campaign belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    status: t.exposeString('status', { description: '`draft` or `published`, as GHL stores it.' }),
  }),
});

const CampaignStatus = builder.enumType('CampaignStatus', {
  description: 'Whether a campaign is live.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; contacts do not receive it.' },
    PUBLISHED: { value: 'published', description: 'Live.' },
  } as const,
});

// Payloads

const ContactWorkflowPayload = builder.objectRef<workflows.MembershipChange>('ContactWorkflowPayload').implement({
  description: 'A contact put into a workflow or taken out of it.',
  fields: (t) => ({
    succeeded: t.exposeBoolean('succeeded', { nullable: false, description: 'GHL made the change.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact (one more REST call).',
      extensions: { cost: cost.byId() },
      resolve: (change, _, ctx) => ctx.loaders.contact.load(change.contactId),
    }),
    workflow: t.field({
      type: WorkflowRef,
      description: 'The workflow, from its location’s list.',
      extensions: { cost: cost.sum(cost.byId(), cost.batchedPerRequest('workflows')) },
      resolve: async (change, _, ctx) => workflows.findWorkflow(ctx, await workflows.locationOfChange(ctx, change), change.targetId!),
    }),
  }),
});

const ContactCampaignPayload = builder.objectRef<workflows.MembershipChange>('ContactCampaignPayload').implement({
  description: 'A contact put into a campaign or taken out of one, or of all of them.',
  fields: (t) => ({
    succeeded: t.exposeBoolean('succeeded', { nullable: false, description: 'GHL made the change.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact (one more REST call).',
      extensions: { cost: cost.byId() },
      resolve: (change, _, ctx) => ctx.loaders.contact.load(change.contactId),
    }),
    campaign: t.field({
      type: CampaignRef,
      description: 'The campaign, from its location’s list; null when the change was about every campaign.',
      extensions: { cost: cost.sum(cost.byId(), cost.perParent(1)) },
      resolve: async (change, _, ctx) =>
        change.targetId ? workflows.findCampaign(ctx, await workflows.locationOfChange(ctx, change), change.targetId) : null,
    }),
  }),
});

// Fields

/** GraphQL leaves an absent argument undefined; the resolvers take null for "not given". */
const str = (value: string | null | undefined) => value ?? null;

builder.queryFields((t) => ({
  workflows: t.field({
    type: [WorkflowRef],
    nullable: false,
    description: 'Workflows of a location.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    extensions: { cost: cost.batchedPerRequest('workflows') },
    resolve: (_, args, ctx) => workflows.listWorkflows(ctx, str(args.locationId)),
  }),
  campaigns: t.field({
    type: [CampaignRef],
    nullable: false,
    description: 'Campaigns of a location.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      status: t.arg({ type: CampaignStatus, description: 'Only campaigns in this status.' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => workflows.listCampaigns(ctx, str(args.locationId), args.status),
  }),
}));

builder.objectFields(LocationRef, (t) => ({
  workflows: t.field({
    type: [WorkflowRef],
    nullable: false,
    description: 'Workflows of the location.',
    extensions: { cost: cost.batchedPerRequest('workflows') },
    resolve: (location, _, ctx) => workflows.listWorkflows(ctx, location.id),
  }),
  campaigns: t.field({
    type: [CampaignRef],
    nullable: false,
    description: 'Campaigns of the location.',
    args: { status: t.arg({ type: CampaignStatus, description: 'Only campaigns in this status.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (location, args, ctx) => workflows.listCampaigns(ctx, location.id, args.status),
  }),
}));

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const contactId = () => t.arg.id({ required: true, description: 'Contact id or GHL contact id.' });
  const workflowId = () => t.arg.id({ required: true, description: 'Workflow id or GHL workflow id.' });
  const campaignId = () => t.arg.id({ required: true, description: 'Campaign id or GHL campaign id.' });
  return {
    addContactToWorkflow: t.field({
      type: ContactWorkflowPayload,
      nullable: false,
      description: 'Put a contact into a workflow.',
      args: {
        contactId: contactId(),
        workflowId: workflowId(),
        eventStartTime: t.arg({ type: 'DateTime', description: 'Start time for the workflow’s event-based steps.' }),
      },
      resolve: (_, args, ctx) =>
        workflows.addContactToWorkflow(ctx, args.contactId, args.workflowId, args.eventStartTime),
    }),
    removeContactFromWorkflow: t.field({
      type: ContactWorkflowPayload,
      nullable: false,
      description: 'Take a contact out of a workflow.',
      args: { contactId: contactId(), workflowId: workflowId() },
      resolve: (_, args, ctx) => workflows.removeContactFromWorkflow(ctx, args.contactId, args.workflowId),
    }),
    addContactToCampaign: t.field({
      type: ContactCampaignPayload,
      nullable: false,
      description: 'Put a contact into a campaign.',
      args: { contactId: contactId(), campaignId: campaignId() },
      resolve: (_, args, ctx) => workflows.addContactToCampaign(ctx, args.contactId, args.campaignId),
    }),
    removeContactFromCampaign: t.field({
      type: ContactCampaignPayload,
      nullable: false,
      description: 'Take a contact out of a campaign.',
      args: { contactId: contactId(), campaignId: campaignId() },
      resolve: (_, args, ctx) => workflows.removeContactFromCampaign(ctx, args.contactId, args.campaignId),
    }),
    removeContactFromAllCampaigns: t.field({
      type: ContactCampaignPayload,
      nullable: false,
      description: 'Take a contact out of every campaign.',
      args: { contactId: contactId() },
      resolve: (_, args, ctx) => workflows.removeContactFromAllCampaigns(ctx, args.contactId),
    }),
  };
});
