/** Opportunities, pipelines and stages, end to end against the sandbox. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Opportunity, Pipeline, PipelineStage } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { OpportunitiesOfPipelineQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack, type GqlResponse } from './support/stack.ts';

const stack = useStack();
let pipelines: Pipeline[];
let pipeline: Pipeline;
beforeAll(async () => {
  pipelines = (await rest<{ pipelines: Pipeline[] }>('GET', `/opportunities/pipelines?locationId=${stack.locationId}`)).body.pipelines;
  pipeline = pipelines[0]!;
});
beforeEach(() => stack.gateway.client.stats.reset());

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const codes = (r: GqlResponse<unknown>) => r.errors?.map((e) => e.extensions?.['code']);
const stored = async (id: string) => rest<{ opportunity: Opportunity }>('GET', `/opportunities/${id}`);
const firstContact = async () => (await rest<{ contacts: Contact[] }>('GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body.contacts[0]!;
const DELETE = graphql(`mutation OpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }`);

describe('reading', () => {
  it('lists pipelines with their stages in board order', async () => {
    const { data, errors } = await stack.gql(graphql(`query OpportunitiesPipelines { pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }`));
    expect(errors).toBeUndefined();
    expect(data.pipelines.map((p) => p.ghlId)).toEqual(pipelines.map((p) => p.id));
    for (const served of data.pipelines) {
      const positions = served.stages.map((s) => s.position!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(served.stages.every((s) => s.pipeline.ghlId === served.ghlId)).toBe(true);
    }
    expect(stack.gateway.client.stats.count()).toBe(1);
  });

  it('pages through every opportunity of a pipeline with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GqlResponse<OpportunitiesOfPipelineQuery> = await stack.gql(
        graphql(`query OpportunitiesOfPipeline($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }`),
        { p: pipeline.id, after },
      );
      expect(page.errors).toBeUndefined();
      const opportunities = page.data.opportunities!;
      total = opportunities.totalCount!;
      for (const { node } of opportunities.edges) {
        expect(node.pipelineId).toBe(pipeline.id);
        seen.push(node.ghlId);
      }
      after = opportunities.pageInfo.hasNextPage ? (opportunities.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('serves the embedded contact without a call, and fetches the full contact only for more', async () => {
    const embedded = await stack.gql(
      graphql(`query OpportunitiesEmbeddedContact { opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }`),
    );
    expect(embedded.errors).toBeUndefined();
    expect(stack.gateway.client.stats.count('getContact')).toBe(0);
    const ids = new Set(embedded.data.opportunities!.edges.map((e) => e.node.contact!.ghlId));

    stack.gateway.client.stats.reset();
    const full = await stack.gql(graphql(`query OpportunitiesFullContact { opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }`));
    expect(full.errors).toBeUndefined();
    expect(stack.gateway.client.stats.count('getContact')).toBe(ids.size);
    for (const { node } of full.data.opportunities!.edges) {
      const { contact } = (await rest<{ contact: Contact }>('GET', `/contacts/${node.contact!.ghlId}`)).body;
      expect(node.contact).toMatchObject({ firstName: contact.firstName ?? null, city: contact.city ?? null });
    }
  });

  it('filters by status, stage and contact, and reads one by id and through node(id)', async () => {
    const won = await stack.gql(graphql(`query OpportunitiesWon { opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }`));
    const nodes = won.data.opportunities!.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'WON')).toBe(true);

    const { contactId, ghlId, id } = nodes[0]!;
    const byContact = await stack.gql(graphql(`query OpportunitiesOfContact($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }`), { c: contactId! });
    expect(byContact.data.opportunities!.edges.every((e) => e.node.contactId === contactId)).toBe(true);

    const one = await stack.gql(
      graphql(`query OpportunitiesByIdAndNode($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { __typename ... on Opportunity { ghlId } } }`),
      { id, g: ghlId },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data.opportunity!.ghlId).toBe(ghlId);
    expect(one.data.node).toMatchObject({ __typename: 'Opportunity', ghlId });

    const stageId = pipeline.stages[1]!.id;
    const inStage = await stack.gql(
      graphql(`query OpportunitiesInStage($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }`),
      { s: stageId },
    );
    expect(inStage.data.opportunities!.edges.every((e) => e.node.stageId === stageId)).toBe(true);
  });

  it('walks location → pipelines → stages → opportunities, and a contact to its deals', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query OpportunitiesLocationBoard { location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }`),
    );
    expect(errors).toBeUndefined();
    const stages = data.location!.pipelines.flatMap((p) => p.stages);
    expect(stages.some((s) => (s.opportunities?.totalCount ?? 0) > 0)).toBe(true);
    // One pipeline list serves every stage; one search per stage.
    expect(stack.gateway.client.stats.count('listPipelines')).toBe(1);
    expect(stack.gateway.client.stats.count('searchOpportunities')).toBe(stages.length);
  });
});

describe('writing', () => {
  it('creates a deal, moves it through stages, wins it and deletes it; the sandbox follows', async () => {
    const contact = await firstContact();
    const [first, second] = pipeline.stages as [PipelineStage, PipelineStage];
    const created = await stack.gql(
      graphql(`mutation OpportunitiesCreateDeal($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }`),
      { input: { contactId: contact.id, pipelineId: pipeline.id, stageId: first.id, name: 'Gateway deal', monetaryValue: 1234.5 } },
    );
    expect(created.errors).toBeUndefined();
    const deal = created.data.createOpportunity.opportunity;
    expect(deal).toMatchObject({ name: 'Gateway deal', status: 'OPEN', monetaryValue: 1234.5, stage: { ghlId: first.id }, contact: { ghlId: contact.id } });
    expect((await stored(deal.ghlId)).body.opportunity).toMatchObject({ name: 'Gateway deal', contactId: contact.id });

    const moved = await stack.gql(
      graphql(`mutation OpportunitiesMoveStage($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }`),
      { id: deal.ghlId, s: second.id },
    );
    expect(moved.data.updateOpportunity.opportunity.stage?.ghlId).toBe(second.id);
    expect((await stored(deal.ghlId)).body.opportunity.pipelineStageId).toBe(second.id);

    const won = await stack.gql(
      graphql(`mutation OpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }`),
      { id: deal.ghlId },
    );
    expect(won.errors).toBeUndefined();
    expect(won.data.updateOpportunityStatus.opportunity.status).toBe('WON');
    expect((await stored(deal.ghlId)).body.opportunity.status).toBe('won');

    const deleted = await stack.gql(DELETE, { id: deal.ghlId });
    expect(deleted.data.deleteOpportunity.deletedGhlId).toBe(deal.ghlId);
    expect((await stored(deal.ghlId)).status).toBe(404);
  });

  it('writes and reads custom field values, typed as on contacts, with their definitions', async () => {
    const field = await stack.gql(
      graphql(`mutation OpportunitiesCreateField { createCustomField(input: { name: "Deal source", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }`),
    );
    expect(field.errors).toBeUndefined();
    const fieldId = field.data.createCustomField.customField.ghlId;
    const contact = await firstContact();
    const created = await stack.gql(
      graphql(`mutation OpportunitiesCreateWithField($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }`),
      { input: { contactId: contact.id, pipelineId: pipeline.id, name: 'Custom deal', customFields: [{ fieldId, value: 'Referral' }] } },
    );
    expect(created.errors).toBeUndefined();
    const deal = created.data.createOpportunity.opportunity;
    expect(deal.customFields).toEqual([{ fieldId, value: 'Referral', field: { name: 'Deal source' } }]);
    expect((await stored(deal.ghlId)).body.opportunity.customFields).toEqual([{ id: fieldId, fieldValue: 'Referral' }]);

    const updated = await stack.gql(
      graphql(`mutation OpportunitiesUpdateField($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }`),
      { id: deal.ghlId, input: { customFields: [{ fieldId, value: 'Trade show' }] } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateOpportunity.opportunity.customFields).toEqual([{ fieldId, value: 'Trade show' }]);
  });

  it('names the kind of id it wanted with the right article', async () => {
    const contactId = Buffer.from('Contact:abc').toString('base64');
    const wrong = await stack.gql(DELETE, { id: contactId });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'id must be an Opportunity id, not a Contact id', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a negative value before any call, and maps GHL errors', async () => {
    const sent = stack.sandbox.requests.count();
    const negative = await stack.gql(graphql(`mutation OpportunitiesNegativeValue { updateOpportunity(id: "x", input: { monetaryValue: -5 }) { opportunity { ghlId } } }`));
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(stack.sandbox.requests.count()).toBe(sent);

    const missing = await stack.gql(graphql(`query OpportunitiesMissing { opportunity(id: "nope0000000000000000") { ghlId } }`));
    expect(missing.errors![0]).toMatchObject({ path: ['opportunity'], extensions: { code: 'NOT_FOUND' } });

    const elsewhere = await stack.gql(graphql(`query OpportunitiesOtherTenant { opportunities(first: 1) { totalCount } }`), {}, { token: stack.otherToken });
    expect(codes(elsewhere)).toEqual(['FORBIDDEN']);
  });
});
