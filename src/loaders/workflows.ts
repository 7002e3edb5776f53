import type { LimitFunction } from 'p-limit';
import type { GhlCampaign, GhlWorkflow } from '../ghl/api/workflows.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** A location's campaigns, all of them or those in one status. */
export interface CampaignsKey {
  locationId: string;
  status?: string | undefined;
}

/** GHL lists workflows and campaigns per location only: a single one is found in its location's list. */
export function workflowLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    workflowsOfLocation: perKey<string, GhlWorkflow[]>(
      limit,
      async (locationId) => (await ghl.call('listWorkflows', { location: locationId })).workflows ?? [],
    ),
    campaignsOfLocation: perKey<CampaignsKey, GhlCampaign[]>(
      limit,
      async ({ locationId, status }) => (await ghl.call('listCampaigns', { location: locationId, query: { status } })).campaigns ?? [],
      ({ locationId, status }) => `${locationId}/${status ?? ''}`,
    ),
  };
}
