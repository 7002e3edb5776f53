import type { LimitFunction } from 'p-limit';
import type { GhlLostReason, GhlOpportunity, GhlPipeline } from '../ghl/api/opportunities.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** A pipeline knows its location: stage and pipeline lookups go through the location's list. */
export type PipelineSource = GhlPipeline & { locationId: string };

/** A lost reason knows its location, whether GHL said so or not. */
export type LostReasonSource = GhlLostReason & { locationId: string };

export function opportunityLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    opportunity: perKey<string, GhlOpportunity>(limit, async (id) => (await ghl.call('getOpportunity', { path: { id } })).opportunity),
    // GHL lists every pipeline of a location, stages included, in one call: it serves every
    // pipeline and stage lookup of that location for the rest of the request.
    pipelinesOfLocation: perKey<string, PipelineSource[]>(limit, async (locationId) =>
      (await ghl.call('listPipelines', { location: locationId })).pipelines.map((pipeline) => ({ ...pipeline, locationId })),
    ),
    // A location's lost reasons are a short picklist, well within GHL's default page of 100: one
    // call serves every deal that names one.
    lostReasonsOfLocation: perKey<string, LostReasonSource[]>(limit, async (locationId) =>
      (await ghl.call('listLostReasons', { location: locationId })).lostReasons.map((reason) => ({
        ...reason,
        locationId,
      })),
    ),
  };
}
