/**
 * Pipelines and the opportunities moving through their stages (opportunities.json), stored as
 * served. An opportunity's `contact` is not stored: routes embed the live contact when rendering,
 * so a renamed contact shows its new name on every card.
 */

/** The spec types `stages` as an array of arrays, a slip: GHL serves these objects. */
export interface PipelineStage {
  /** A UUID, unlike GHL's other ids. */
  id: string;
  name: string;
  position: number;
  showInFunnel: boolean;
  showInPieChart: boolean;
}

/** PipelinesResponseSchema. */
export interface Pipeline {
  id: string;
  name: string;
  stages: PipelineStage[];
  showInFunnel: boolean;
  showInPieChart: boolean;
  locationId: string;
}

/** The write DTOs reuse the search enum, whose 'all' is a filter, not a state a deal can be in. */
export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'abandoned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** SearchOpportunitiesResponseSchema without the rendered `contact`, `notes`, `tasks` and `calendarEvents`. */
export interface Opportunity {
  id: string;
  name: string;
  monetaryValue: number;
  pipelineId: string;
  pipelineStageId: string;
  assignedTo?: string;
  status: OpportunityStatus;
  source?: string;
  lastStatusChangeAt: string;
  lastStageChangeAt: string;
  lastActionDate: string;
  createdAt: string;
  updatedAt: string;
  contactId: string;
  locationId: string;
  lostReasonId?: string;
  /** CustomFieldResponseSchema: GHL answers `fieldValue` for the `field_value` it was sent. */
  customFields: Array<{ id: string; fieldValue: unknown }>;
  followers: string[];
}

/** LostReasonResponseSchema: a location's reasons a deal is lost, picked when it is marked lost. */
export interface LostReason {
  id: string;
  name: string;
  locationId: string;
  createdAt: string;
  updatedAt: string;
}
