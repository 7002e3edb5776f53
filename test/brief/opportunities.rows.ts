/** The brief's Opportunities examples. */
import { graphql } from '../generated/gql.ts';
import { newContact } from './fixtures.ts';
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /opportunities/search',
    operation: 'searchOpportunities',
    run: (b) => b.gql(graphql(`query BriefOpportunitiesOpen { opportunities(first: 20, status: OPEN) { totalCount edges { node { name monetaryValue } } } }`)),
  },
  {
    brief: 'GET /opportunities/pipelines',
    operation: 'listPipelines',
    run: (b) => b.gql(graphql(`query BriefOpportunitiesPipelines { pipelines { name stages { name } } }`)),
  },
  {
    brief: 'POST /opportunities/',
    operation: 'createOpportunity',
    run: (b) => newOpportunity(b),
  },
  {
    brief: 'PUT /opportunities/opp123',
    operation: 'updateOpportunity',
    run: async (b) =>
      b.gql(graphql(`mutation BriefOpportunitiesUpdate($id: ID!) { updateOpportunity(id: $id, input: { monetaryValue: 55000 }) { opportunity { monetaryValue } } }`), {
        id: await newOpportunity(b),
      }),
  },
  {
    brief: 'PUT /opportunities/opp123/status',
    operation: 'updateOpportunityStatus',
    run: async (b) => b.gql(graphql(`mutation BriefOpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }`), { id: await newOpportunity(b) }),
  },
  {
    brief: 'DELETE /opportunities/opp123',
    operation: 'deleteOpportunity',
    run: async (b) => b.gql(graphql(`mutation BriefOpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }`), { id: await newOpportunity(b) }),
  },
];

async function newOpportunity(b: BriefContext): Promise<string> {
  const { pipelines } = await b.gql(graphql(`query BriefOpportunitiesPipelineIds { pipelines { id stages { id } } }`));
  const data = await b.gql(graphql(`mutation BriefOpportunitiesNew($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`), {
    input: {
      contactId: (await newContact(b)).id,
      pipelineId: pipelines[0]!.id,
      stageId: pipelines[0]!.stages[0]!.id,
      name: 'Enterprise Deal - Acme Corp',
      monetaryValue: 50000,
    },
  });
  return data.createOpportunity.opportunity.id;
}
