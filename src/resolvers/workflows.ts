/**
 * Workflows and campaigns: GHL lists them per location and nothing else, so one is found in its
 * location's list (node key `locationId/id`); and a contact goes into one, or comes out, through
 * the contacts API.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCampaign, GhlWorkflow } from '../ghl/api/workflows.ts';
import { gatewayError } from '../errors.ts';
import { ghlIdOf, located, locationIdOf, scopedIdOf } from './ids.ts';

export type CampaignStatus = 'draft' | 'published';

/** A workflow or campaign as the graph serves it: GHL's record, sure of its location. */
export type Located<T> = T & { locationId: string };

/** What a membership change did, and what the payload needs to read the records again. */
export interface MembershipChange {
  succeeded: boolean;
  contactId: string;
  /** The workflow or campaign, when the change named one. */
  targetId?: string | undefined;
  /** Its location when a global id said; else the contact's. */
  locationId?: string | undefined;
}

export async function listWorkflows(ctx: GatewayContext, locationId: string | null | undefined): Promise<Located<GhlWorkflow>[]> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  return located(await ctx.loaders.workflowsOfLocation.load(location), location);
}

export async function listCampaigns(
  ctx: GatewayContext,
  locationId: string | null | undefined,
  status?: CampaignStatus | null,
): Promise<Located<GhlCampaign>[]> {
  const location = locationIdOf(locationId, ctx.defaultLocationId);
  return located(await ctx.loaders.campaignsOfLocation.load({ locationId: location, status: status ?? undefined }), location);
}

export async function findWorkflow(ctx: GatewayContext, locationId: string, id: string): Promise<Located<GhlWorkflow>> {
  const workflow = (await listWorkflows(ctx, locationId)).find((w) => w.id === id);
  if (!workflow) throw gatewayError('NOT_FOUND', `No workflow ${id} in location ${locationId}`);
  return workflow;
}

export async function findCampaign(ctx: GatewayContext, locationId: string, id: string): Promise<Located<GhlCampaign>> {
  const campaign = (await listCampaigns(ctx, locationId)).find((c) => c.id === id);
  if (!campaign) throw gatewayError('NOT_FOUND', `No campaign ${id} in location ${locationId}`);
  return campaign;
}

/** The location of a membership change's target: the one its global id named, else the contact's. */
export async function locationOfChange(ctx: GatewayContext, change: MembershipChange): Promise<string> {
  return change.locationId ?? (await ctx.loaders.contact.load(change.contactId)).locationId;
}

export async function addContactToWorkflow(
  ctx: GatewayContext,
  contactRef: string,
  workflowRef: string,
  eventStartTime?: Date | null,
): Promise<MembershipChange> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const workflow = scopedIdOf(workflowRef, 'Workflow', 'workflowId');
  const result = await ctx.ghl.call('addContactToWorkflow', {
    path: { contactId, workflowId: workflow.id },
    body: eventStartTime ? { eventStartTime: eventStartTime.toISOString() } : {},
  });
  return { succeeded: result.succeded ?? true, contactId, targetId: workflow.id, locationId: workflow.ownerId };
}

export async function removeContactFromWorkflow(ctx: GatewayContext, contactRef: string, workflowRef: string): Promise<MembershipChange> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const workflow = scopedIdOf(workflowRef, 'Workflow', 'workflowId');
  // The file declares this DELETE's body required, as on the add: its one field is optional.
  const result = await ctx.ghl.call('removeContactFromWorkflow', { path: { contactId, workflowId: workflow.id }, body: {} });
  return { succeeded: result.succeded ?? true, contactId, targetId: workflow.id, locationId: workflow.ownerId };
}

export async function addContactToCampaign(ctx: GatewayContext, contactRef: string, campaignRef: string): Promise<MembershipChange> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const campaign = campaignIdOf(campaignRef);
  const result = await ctx.ghl.call('addContactToCampaign', { path: { contactId, campaignId: campaign.id }, body: {} });
  return { succeeded: result.succeded ?? true, contactId, targetId: campaign.id, locationId: campaign.ownerId };
}

export async function removeContactFromCampaign(ctx: GatewayContext, contactRef: string, campaignRef: string): Promise<MembershipChange> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const campaign = campaignIdOf(campaignRef);
  const result = await ctx.ghl.call('removeContactFromCampaign', { path: { contactId, campaignId: campaign.id } });
  return { succeeded: result.succeded ?? true, contactId, targetId: campaign.id, locationId: campaign.ownerId };
}

export async function removeContactFromAllCampaigns(ctx: GatewayContext, contactRef: string): Promise<MembershipChange> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const result = await ctx.ghl.call('removeContactFromAllCampaigns', { path: { contactId } });
  return { succeeded: result.succeded ?? true, contactId };
}

/** `removeAll` is a route of its own beside `{campaignId}`: as an id it would leave every campaign. */
function campaignIdOf(value: string) {
  const campaign = scopedIdOf(value, 'Campaign', 'campaignId');
  if (campaign.id === 'removeAll') throw gatewayError('BAD_USER_INPUT', 'campaignId must name a campaign');
  return campaign;
}
