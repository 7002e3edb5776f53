/**
 * Automations: the workflows API (workflows.json) and the campaigns API (campaigns.json), which
 * only list a location's workflows and campaigns, and the contacts API operations (contacts.json)
 * that put a contact into one or take it out.
 */
import { define, fromSpec } from '../operation.ts';

/** WorkflowSchema */
export interface GhlWorkflow {
  id: string;
  name?: string;
  status?: string;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
  locationId?: string;
}

/** ContactsWorkflowSuccessfulResponseDto, CreateDeleteCantactsCampaignsSuccessfulResponseDto (GHL's spelling). */
export interface GhlMembershipChanged {
  succeded?: boolean;
}

/** campaignsSchema */
export interface GhlCampaign {
  id: string;
  name?: string;
  status?: string;
  locationId?: string;
}

export const workflowOperations = {
  listWorkflows: define<{ workflows: GhlWorkflow[] }>()({
    lists: { workflows: 'records' },
    ...fromSpec('workflowsGetWorkflow'),
    location: { in: 'query', name: 'locationId' },
  }),
  listCampaigns: define<{ campaigns: GhlCampaign[] }>()({
    lists: { campaigns: 'records' },
    ...fromSpec('campaignsGetCampaigns'),
    location: { in: 'query', name: 'locationId' },
  }),
  addContactToWorkflow: define<GhlMembershipChanged>()({
    ...fromSpec('contactsAddContactToWorkflow'),
    location: 'none',
  }),
  removeContactFromWorkflow: define<GhlMembershipChanged>()({
    ...fromSpec('contactsDeleteContactFromWorkflow'),
    location: 'none',
  }),
  addContactToCampaign: define<GhlMembershipChanged>()({
    ...fromSpec('contactsAddContactToCampaign'),
    location: 'none',
  }),
  removeContactFromCampaign: define<GhlMembershipChanged>()({
    ...fromSpec('contactsRemoveContactFromCampaign'),
    location: 'none',
  }),
  removeContactFromAllCampaigns: define<GhlMembershipChanged>()({
    ...fromSpec('contactsRemoveContactFromEveryCampaign'),
    location: 'none',
  }),
};
