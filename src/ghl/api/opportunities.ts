/** The opportunities API (opportunities.json): deals moving through the stages of a pipeline. */
import { define, V2021_07_28 } from '../operation.ts';
import type { GhlDeleted } from './common.ts';

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

export const opportunityOperations = {
  searchOpportunities: define<GhlOpportunitiesPage>()({
    lists: { opportunities: 'records' },
    spec: 'opportunities', operationId: 'search-opportunity', method: 'GET', path: '/opportunities/search', version: V2021_07_28,
    location: { in: 'query', name: 'location_id' },
  }),
  listPipelines: define<{ pipelines: GhlPipeline[] }>()({
    lists: { pipelines: 'records', 'pipelines[].stages': 'records' },
    spec: 'opportunities', operationId: 'get-pipelines', method: 'GET', path: '/opportunities/pipelines', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  getOpportunity: define<{ opportunity: GhlOpportunity }>()({
    spec: 'opportunities', operationId: 'get-opportunity', method: 'GET', path: '/opportunities/{id}', version: V2021_07_28,
    location: 'none',
  }),
  createOpportunity: define<{ opportunity: GhlOpportunity }>()({
    spec: 'opportunities', operationId: 'create-opportunity', method: 'POST', path: '/opportunities/', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateOpportunity: define<{ opportunity: GhlOpportunity }>()({
    spec: 'opportunities', operationId: 'update-opportunity', method: 'PUT', path: '/opportunities/{id}', version: V2021_07_28,
    location: 'none',
  }),
  updateOpportunityStatus: define<GhlDeleted>()({
    spec: 'opportunities', operationId: 'update-opportunity-status', method: 'PUT', path: '/opportunities/{id}/status',
    version: V2021_07_28,
    location: 'none',
  }),
  deleteOpportunity: define<GhlDeleted>()({
    spec: 'opportunities', operationId: 'delete-opportunity', method: 'DELETE', path: '/opportunities/{id}', version: V2021_07_28,
    location: 'none',
  }),
};
