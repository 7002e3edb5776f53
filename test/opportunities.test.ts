/** Opportunities, pipelines and stages, end to end against the sandbox. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ghlRest } from './support/ghl-rest.ts';
import { startStack, type GqlResponse, type Stack } from './support/stack.ts';

let stack: Stack;
let pipelines: any[];
beforeAll(async () => {
  stack = await startStack();
  pipelines = (await rest('GET', `/opportunities/pipelines?locationId=${stack.locationId}`)).body.pipelines;
});
afterAll(() => stack.close());
beforeEach(() => stack.gateway.client.stats.reset());

const rest = <T = any>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const codes = (r: GqlResponse<any>) => r.errors?.map((e) => e.extensions?.code);

describe('reading', () => {
  it('lists pipelines with their stages in board order', async () => {
    const { data, errors } = await stack.gql(`{ pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }`);
    expect(errors).toBeUndefined();
    expect(data.pipelines.map((p: any) => p.ghlId)).toEqual(pipelines.map((p) => p.id));
    for (const pipeline of data.pipelines) {
      const positions = pipeline.stages.map((s: any) => s.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(pipeline.stages.every((s: any) => s.pipeline.ghlId === pipeline.ghlId)).toBe(true);
    }
    expect(stack.gateway.client.stats.count()).toBe(1);
  });

  it('pages through every opportunity of a pipeline with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GqlResponse<any> = await stack.gql(
        `query ($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }`,
        { p: pipelines[0].id, after },
      );
      expect(page.errors).toBeUndefined();
      total = page.data.opportunities.totalCount;
      for (const { node } of page.data.opportunities.edges) {
        expect(node.pipelineId).toBe(pipelines[0].id);
        seen.push(node.ghlId);
      }
      after = page.data.opportunities.pageInfo.hasNextPage ? page.data.opportunities.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('serves the embedded contact without a call, and fetches the full contact only for more', async () => {
    const embedded = await stack.gql(`{ opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }`);
    expect(embedded.errors).toBeUndefined();
    expect(stack.gateway.client.stats.count('getContact')).toBe(0);
    const ids = new Set(embedded.data.opportunities.edges.map((e: any) => e.node.contact.ghlId));

    stack.gateway.client.stats.reset();
    const full = await stack.gql(`{ opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }`);
    expect(full.errors).toBeUndefined();
    expect(stack.gateway.client.stats.count('getContact')).toBe(ids.size);
    for (const { node } of full.data.opportunities.edges) {
      const stored = (await rest('GET', `/contacts/${node.contact.ghlId}`)).body.contact;
      expect(node.contact).toMatchObject({ firstName: stored.firstName ?? null, city: stored.city ?? null });
    }
  });

  it('filters by status, stage and contact, and reads one by id and through node(id)', async () => {
    const won = await stack.gql(`{ opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }`);
    const nodes = won.data.opportunities.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.status === 'WON')).toBe(true);

    const { contactId, ghlId, id } = nodes[0];
    const byContact = await stack.gql(`query ($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }`, { c: contactId });
    expect(byContact.data.opportunities.edges.every((e: any) => e.node.contactId === contactId)).toBe(true);

    const one = await stack.gql(`query ($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { ... on Opportunity { ghlId } } }`, { id, g: ghlId });
    expect(one.errors).toBeUndefined();
    expect(one.data.opportunity.ghlId).toBe(ghlId);
    expect(one.data.node.ghlId).toBe(ghlId);

    const stageId = pipelines[0].stages[1].id;
    const inStage = await stack.gql(`query ($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }`, { s: stageId });
    expect(inStage.data.opportunities.edges.every((e: any) => e.node.stageId === stageId)).toBe(true);
  });

  it('walks location → pipelines → stages → opportunities, and a contact to its deals', async () => {
    const { data, errors } = await stack.gql(`{ location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }`);
    expect(errors).toBeUndefined();
    const stages = data.location.pipelines.flatMap((p: any) => p.stages);
    expect(stages.some((s: any) => s.opportunities.totalCount > 0)).toBe(true);
    // One pipeline list serves every stage; one search per stage.
    expect(stack.gateway.client.stats.count('listPipelines')).toBe(1);
    expect(stack.gateway.client.stats.count('searchOpportunities')).toBe(stages.length);
  });
});

describe('writing', () => {
  it('creates a deal, moves it through stages, wins it and deletes it; the sandbox follows', async () => {
    const contact = (await rest('GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body.contacts[0];
    const [first, second] = pipelines[0].stages;
    const created = await stack.gql(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }`,
      { input: { contactId: contact.id, pipelineId: pipelines[0].id, stageId: first.id, name: 'Gateway deal', monetaryValue: 1234.5 } },
    );
    expect(created.errors).toBeUndefined();
    const deal = created.data.createOpportunity.opportunity;
    expect(deal).toMatchObject({ name: 'Gateway deal', status: 'OPEN', monetaryValue: 1234.5, stage: { ghlId: first.id }, contact: { ghlId: contact.id } });
    expect((await rest('GET', `/opportunities/${deal.ghlId}`)).body.opportunity).toMatchObject({ name: 'Gateway deal', contactId: contact.id });

    const moved = await stack.gql(`mutation ($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }`, {
      id: deal.ghlId,
      s: second.id,
    });
    expect(moved.data.updateOpportunity.opportunity.stage.ghlId).toBe(second.id);
    expect((await rest('GET', `/opportunities/${deal.ghlId}`)).body.opportunity.pipelineStageId).toBe(second.id);

    const won = await stack.gql(`mutation ($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }`, { id: deal.ghlId });
    expect(won.errors).toBeUndefined();
    expect(won.data.updateOpportunityStatus.opportunity.status).toBe('WON');
    expect((await rest('GET', `/opportunities/${deal.ghlId}`)).body.opportunity.status).toBe('won');

    const deleted = await stack.gql(`mutation ($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }`, { id: deal.ghlId });
    expect(deleted.data.deleteOpportunity.deletedGhlId).toBe(deal.ghlId);
    expect((await rest('GET', `/opportunities/${deal.ghlId}`)).status).toBe(404);
  });

  it('writes and reads custom field values, typed as on contacts, with their definitions', async () => {
    const field = await stack.gql(
      `mutation { createCustomField(input: { name: "Deal source", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }`,
    );
    expect(field.errors).toBeUndefined();
    const fieldId = field.data.createCustomField.customField.ghlId;
    const contact = (await rest('GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body.contacts[0];
    const created = await stack.gql(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }`,
      { input: { contactId: contact.id, pipelineId: pipelines[0].id, name: 'Custom deal', customFields: [{ fieldId, value: 'Referral' }] } },
    );
    expect(created.errors).toBeUndefined();
    const deal = created.data.createOpportunity.opportunity;
    expect(deal.customFields).toEqual([{ fieldId, value: 'Referral', field: { name: 'Deal source' } }]);
    expect((await rest('GET', `/opportunities/${deal.ghlId}`)).body.opportunity.customFields).toEqual([{ id: fieldId, fieldValue: 'Referral' }]);

    const updated = await stack.gql(
      `mutation ($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }`,
      { id: deal.ghlId, input: { customFields: [{ fieldId, value: 'Trade show' }] } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateOpportunity.opportunity.customFields).toEqual([{ fieldId, value: 'Trade show' }]);
  });

  it('names the kind of id it wanted with the right article', async () => {
    const contactId = Buffer.from('Contact:abc').toString('base64');
    const wrong = await stack.gql(`mutation ($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }`, { id: contactId });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'id must be an Opportunity id, not a Contact id', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a negative value before any call, and maps GHL errors', async () => {
    const sent = stack.sandbox.requests.count();
    const negative = await stack.gql(`mutation { updateOpportunity(id: "x", input: { monetaryValue: -5 }) { opportunity { ghlId } } }`);
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(stack.sandbox.requests.count()).toBe(sent);

    const missing = await stack.gql(`{ opportunity(id: "nope0000000000000000") { ghlId } }`);
    expect(missing.errors![0]).toMatchObject({ path: ['opportunity'], extensions: { code: 'NOT_FOUND' } });

    const elsewhere = await stack.gql(`{ opportunities(first: 1) { totalCount } }`, {}, { token: stack.otherToken });
    expect(codes(elsewhere)).toEqual(['FORBIDDEN']);
  });
});
