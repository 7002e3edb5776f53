/**
 * Automations: the workflows API (workflows.json) and the campaigns API (campaigns.json), which
 * only list a location's workflows and campaigns, and the contacts API operations (contacts.json)
 * that put a contact into one or take it out.
 */
import { define, V2021_07_28 } from '../operation.ts';

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
    spec: 'workflows', operationId: 'get-workflow', method: 'GET', path: '/workflows/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  listCampaigns: define<{ campaigns: GhlCampaign[] }>()({
    lists: { campaigns: 'records' },
    spec: 'campaigns', operationId: 'get-campaigns', method: 'GET', path: '/campaigns/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  addContactToWorkflow: define<GhlMembershipChanged>()({
    spec: 'contacts', operationId: 'add-contact-to-workflow', method: 'POST', path: '/contacts/{contactId}/workflow/{workflowId}',
    version: V2021_07_28,
    location: 'none',
  }),
  removeContactFromWorkflow: define<GhlMembershipChanged>()({
    spec: 'contacts', operationId: 'delete-contact-from-workflow', method: 'DELETE',
    path: '/contacts/{contactId}/workflow/{workflowId}', version: V2021_07_28,
    location: 'none',
  }),
  addContactToCampaign: define<GhlMembershipChanged>()({
    spec: 'contacts', operationId: 'add-contact-to-campaign', method: 'POST', path: '/contacts/{contactId}/campaigns/{campaignId}',
    version: V2021_07_28,
    location: 'none',
  }),
  removeContactFromCampaign: define<GhlMembershipChanged>()({
    spec: 'contacts', operationId: 'remove-contact-from-campaign', method: 'DELETE',
    path: '/contacts/{contactId}/campaigns/{campaignId}', version: V2021_07_28,
    location: 'none',
  }),
  removeContactFromAllCampaigns: define<GhlMembershipChanged>()({
    spec: 'contacts', operationId: 'remove-contact-from-every-campaign', method: 'DELETE',
    path: '/contacts/{contactId}/campaigns/removeAll', version: V2021_07_28,
    location: 'none',
  }),
};
