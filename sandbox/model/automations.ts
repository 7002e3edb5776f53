/**
 * Workflows (workflows.json) and campaigns (campaigns.json), and which contacts are in them.
 * The API only lists workflows and campaigns and adds or removes a contact, so a membership is
 * all the sandbox records of a contact's run through one.
 */

/** WorkflowSchema. GHL's workflow ids are UUIDs, unlike its other ids. */
export interface Workflow {
  id: string;
  name: string;
  status: 'draft' | 'published';
  version: number;
  createdAt: string;
  updatedAt: string;
  locationId: string;
}

/** campaignsSchema. */
export interface Campaign {
  id: string;
  name: string;
  status: 'draft' | 'published';
  locationId: string;
}

/** A contact in a workflow; `id` is `${contactId}:${workflowId}`, so adding twice keeps one. */
export interface WorkflowMembership {
  id: string;
  contactId: string;
  workflowId: string;
  /** CreateWorkflowDto's eventStartTime, for workflows that wait on an event date. */
  eventStartTime?: string;
  dateAdded: string;
}

/** A contact in a campaign; `id` is `${contactId}:${campaignId}`. */
export interface CampaignMembership {
  id: string;
  contactId: string;
  campaignId: string;
  dateAdded: string;
}

export function membershipId(contactId: string, otherId: string): string {
  return `${contactId}:${otherId}`;
}
