/** The opportunities API (opportunities.json): deals moving through the stages of a pipeline. */
import { define, fromSpec } from '../operation.ts';
import type { GhlDeleted } from './common.ts';
import type { GhlFollowers } from './contacts.ts';

export const opportunityStatuses = ['open', 'won', 'lost', 'abandoned'] as const;
export type GhlOpportunityStatus = (typeof opportunityStatuses)[number];

/** The contact as a search result embeds it: enough for a board card without another call. */
export interface GhlEmbeddedContact {
  id: string;
  name?: string | null;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  tags?: string[];
}

export interface GhlOpportunity {
  id: string;
  name?: string | null;
  monetaryValue?: number | null;
  pipelineId: string;
  pipelineStageId?: string | null;
  assignedTo?: string | null;
  status?: string | null;
  source?: string | null;
  lastStatusChangeAt?: string | null;
  lastStageChangeAt?: string | null;
  lastActionDate?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  contactId?: string | null;
  locationId: string;
  contact?: GhlEmbeddedContact | null;
  lostReasonId?: string | null;
  customFields?: { id: string; fieldValue?: unknown }[];
  followers?: string[];
}

export interface GhlOpportunitiesPage {
  opportunities: GhlOpportunity[];
  meta?: {
    total?: number;
    nextPageUrl?: string | null;
    startAfterId?: string | null;
    startAfter?: number | null;
  };
}

/** PostSearchSuccessfulResponseDto: a page of deals, each with the sort values to search after it. */
export interface GhlOpportunitySearch {
  opportunities: Array<GhlOpportunity & { searchAfter?: string[] }>;
  total?: number;
}

export interface GhlPipelineStage {
  id: string;
  name?: string | null;
  position?: number | null;
  showInFunnel?: boolean;
  showInPieChart?: boolean;
}

export interface GhlPipeline {
  id: string;
  name?: string | null;
  stages?: GhlPipelineStage[];
  showInFunnel?: boolean;
  showInPieChart?: boolean;
  locationId?: string;
}

/** LostReasonResponseSchema: why a location's deals are lost, picked when a deal is marked lost. */
export interface GhlLostReason {
  id: string;
  name?: string | null;
  locationId?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

export const opportunityOperations = {
  searchOpportunities: define<GhlOpportunitiesPage>()({
    lists: { opportunities: 'records' },
    ...fromSpec('opportunitiesSearchOpportunity'),
    location: { in: 'query', name: 'location_id' },
  }),
  // A search sent as a POST: it changes nothing, so it is as safe to retry as a GET.
  searchOpportunitiesAdvanced: define<GhlOpportunitySearch>()({
    lists: { opportunities: 'records' },
    ...fromSpec('opportunitiesSearchOpportunitiesAdvanced'),
    idempotent: true,
    location: { in: 'body', name: 'locationId' },
  }),
  listPipelines: define<{ pipelines: GhlPipeline[] }>()({
    lists: { pipelines: 'records', 'pipelines[].stages': 'records' },
    ...fromSpec('opportunitiesGetPipelines'),
    location: { in: 'query', name: 'locationId' },
  }),
  getOpportunity: define<{ opportunity: GhlOpportunity }>()({
    ...fromSpec('opportunitiesGetOpportunity'),
    location: 'none',
  }),
  createOpportunity: define<{ opportunity: GhlOpportunity }>()({
    ...fromSpec('opportunitiesCreateOpportunity'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateOpportunity: define<{ opportunity: GhlOpportunity }>()({
    ...fromSpec('opportunitiesUpdateOpportunity'),
    location: 'none',
  }),
  updateOpportunityStatus: define<GhlDeleted>()({
    ...fromSpec('opportunitiesUpdateOpportunityStatus'),
    location: 'none',
  }),
  deleteOpportunity: define<GhlDeleted>()({
    ...fromSpec('opportunitiesDeleteOpportunity'),
    location: 'none',
  }),
  /** Updates the contact's deal in the pipeline, or creates it. */
  upsertOpportunity: define<{ opportunity: GhlOpportunity; new: boolean }>()({
    ...fromSpec('opportunitiesUpsertOpportunity'),
    location: { in: 'body', name: 'locationId' },
  }),
  // Following twice is following: a repeat changes nothing.
  addOpportunityFollowers: define<GhlFollowers>()({
    lists: { followers: 'strings' },
    ...fromSpec('opportunitiesAddFollowersOpportunity'),
    location: 'none',
    idempotent: true,
  }),
  removeOpportunityFollowers: define<GhlFollowers>()({
    lists: { followers: 'strings' },
    ...fromSpec('opportunitiesRemoveFollowersOpportunity'),
    location: 'none',
  }),
  listLostReasons: define<{ lostReasons: GhlLostReason[]; total?: number }>()({
    lists: { lostReasons: 'records' },
    ...fromSpec('opportunitiesGetLostReason'),
    location: { in: 'query', name: 'locationId' },
  }),
};
