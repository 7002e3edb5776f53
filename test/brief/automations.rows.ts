/** The brief's Workflows and Campaigns lists (adding contacts to them is in contacts.rows.ts). */
import { graphql } from '../generated/gql.ts';
import type { BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /workflows/',
    operation: 'listWorkflows',
    run: (b) => b.gql(graphql(`query BriefWorkflowsList { workflows { name status } }`)),
  },
  {
    brief: 'GET /campaigns/',
    operation: 'listCampaigns',
    run: (b) => b.gql(graphql(`query BriefCampaignsList { campaigns { name status } }`)),
  },
];
