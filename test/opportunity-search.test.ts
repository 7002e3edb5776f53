/**
 * Deals through GHL's advanced search (POST /opportunities/search) as `Location.opportunitySearch`:
 * the sandbox filters, orders and pages by `searchAfter`, the gateway's filter reaches it, the
 * deals' contact, pipeline, stage and user batch, and bad input is refused before any call.
 * Expected results are computed here from the sandbox's own records.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Opportunity } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { OpportunitySearchFilter, R4OpportunitySearchPageQuery } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack, type GqlResponse } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const deals = () => stack.sandbox.store.opportunitiesOfLocation(stack.locationId);
const newestFirst = (a: Opportunity, b: Opportunity) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1);
const globalId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');

const PAGE = graphql(`query R4OpportunitySearchPage($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String, $query: String) {
  location { opportunitySearch(first: 25, after: $after, filter: $filter, orderBy: $orderBy, query: $query) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId status pipelineId stageId createdAt } } } } }`);

/** Every page of the search, as GHL ids, with the total the first page gave. */
async function everyPage(variables: { filter?: OpportunitySearchFilter; orderBy?: { field: 'CREATED_AT'; direction: 'ASC' | 'DESC' }; query?: string }) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 20; pages++) {
    const page: GqlResponse<R4OpportunitySearchPageQuery> = await stack.gql(PAGE, { ...variables, after });
    expect(page.errors).toBeUndefined();
    const search = page.data.location!.opportunitySearch!;
    totalCount = search.totalCount!;
    ids.push(...search.edges.map((edge) => edge.node.ghlId));
    if (!search.pageInfo.hasNextPage) return { ids, totalCount, pages: pages + 1 };
    after = search.pageInfo.endCursor!;
  }
  throw new Error('more than 20 pages');
}

describe('Location.opportunitySearch', () => {
  it('pages every deal of two pipelines’ open or won deals, newest first, with no gap and no repeat', async () => {
    const pipelineIds = [...new Set(deals().map((d) => d.pipelineId))].slice(0, 2);
    const expected = deals()
      .filter((d) => pipelineIds.includes(d.pipelineId) && (d.status === 'open' || d.status === 'won'))
      .sort(newestFirst)
      .map((d) => d.id);
    expect(expected.length).toBeGreaterThan(25);
    const { ids, totalCount, pages } = await everyPage({ filter: { pipelineIds, statuses: ['OPEN', 'WON'] } });
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(stack.gateway.client.stats.count('searchOpportunitiesAdvanced')).toBe(pages);
    // Later pages resume after the last deal's sort values, never by page number.
    const bodies = stack.sandbox.requests.entries.filter((e) => e.method === 'POST' && e.path === '/opportunities/search').map((e) => e.body as Record<string, unknown>);
    expect(bodies[0]).toMatchObject({ locationId: stack.locationId, limit: 25, sort: [{ field: 'date_added', direction: 'desc' }] });
    expect(bodies[0]!.filters).toEqual([
      { group: 'OR', filters: pipelineIds.map((value) => ({ field: 'pipeline_id', operator: 'eq', value })) },
      { group: 'OR', filters: ['open', 'won'].map((value) => ({ field: 'status', operator: 'eq', value })) },
    ]);
    expect(bodies.slice(1).every((body) => Array.isArray(body.searchAfter) && body.page === undefined)).toBe(true);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['opportunitiesSearchOpportunitiesAdvanced']);
  });

  it('narrows by stage (global id), user, contact and date range, oldest first when asked', async () => {
    const sample = deals().find((d) => d.assignedTo)!;
    const from = new Date(Date.parse(sample.createdAt) - 1000).toISOString();
    const { ids } = await everyPage({
      filter: { stageIds: [globalId('PipelineStage', `${stack.locationId}/${sample.pipelineId}/${sample.pipelineStageId}`)], assignedTo: [sample.assignedTo!], createdAt: { from } },
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    const expected = deals()
      .filter((d) => d.pipelineStageId === sample.pipelineStageId && d.assignedTo === sample.assignedTo && Date.parse(d.createdAt) >= Date.parse(from))
      .sort((a, b) => newestFirst(b, a))
      .map((d) => d.id);
    expect(ids).toEqual(expected);
    expect(ids).toContain(sample.id);

    const byContact = await everyPage({ filter: { contactId: sample.contactId } });
    expect(byContact.ids.sort()).toEqual(deals().filter((d) => d.contactId === sample.contactId).map((d) => d.id).sort());
  });

  it('reflects a deal created a moment ago, found by its name', async () => {
    const pipelineId = deals()[0]!.pipelineId;
    const taken = new Set(deals().filter((d) => d.pipelineId === pipelineId).map((d) => d.contactId));
    const contact = stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => !taken.has(c.id))!;
    const created = await stack.gql(
      graphql(`mutation R4OpportunitySearchCreate($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId } } }`),
      { input: { contactId: contact.id, pipelineId, name: 'R4 zebra deal', monetaryValue: 12 } },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const { ids } = await everyPage({ query: 'r4 zebra' });
    expect(ids).toEqual([created.data.createOpportunity.opportunity.ghlId]);
  });

  it('batches the deals’ contacts, pipelines, stages and users: one call each per location', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query R4OpportunitySearchRelations { location { opportunitySearch(first: 30) { edges { node {
        ghlId contact { ghlId name } pipeline { ghlId name } stage { ghlId name } assignedUser { ghlId name } } } } } }`),
    );
    expect(errors).toBeUndefined();
    const nodes = data.location!.opportunitySearch!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(30);
    const store = stack.sandbox.store;
    for (const node of nodes) {
      const deal = store.opportunities.get(node.ghlId)!;
      const pipeline = store.pipelines.get(deal.pipelineId)!;
      expect(node.contact).toEqual({ ghlId: deal.contactId, name: store.contacts.get(deal.contactId)!.name ?? null });
      expect(node.pipeline).toEqual({ ghlId: pipeline.id, name: pipeline.name });
      expect(node.stage).toEqual({ ghlId: deal.pipelineStageId, name: pipeline.stages.find((s) => s.id === deal.pipelineStageId)!.name });
      expect(node.assignedUser?.ghlId ?? null).toBe(deal.assignedTo ?? null);
    }
    expect(new Set(nodes.map((n) => n.pipeline!.ghlId)).size).toBeGreaterThan(1);
    expect(nodes.some((n) => n.assignedUser)).toBe(true);
    expect(stack.gateway.client.stats.snapshot()).toEqual({
      getLocation: { 200: 1 },
      searchOpportunitiesAdvanced: { 200: 1 },
      listPipelines: { 200: 1 },
      listLocationUsers: { 200: 1 },
    });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['opportunitiesSearchOpportunitiesAdvanced', 'opportunitiesGetPipelines', 'usersGetUserByLocation']);
  });

  it('refuses a wrong kind of id, a backwards range and a cursor of the other order before any call', async () => {
    const BAD = graphql(`query R4OpportunitySearchBad($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String) {
      location { opportunitySearch(first: 5, filter: $filter, orderBy: $orderBy, after: $after) { totalCount } } }`);
    expectError(await stack.gql(BAD, { filter: { pipelineIds: [globalId('Contact', 'c1')] } }), 'BAD_USER_INPUT', ['location', 'opportunitySearch']);
    expectError(await stack.gql(BAD, { filter: { createdAt: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } } }), 'BAD_USER_INPUT');
    expect(stack.gateway.client.stats.count('searchOpportunitiesAdvanced')).toBe(0);
    const first = await stack.gql(PAGE, {});
    const cursor = first.data.location!.opportunitySearch!.pageInfo.endCursor;
    stack.gateway.client.stats.reset();
    expectError(await stack.gql(BAD, { after: cursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }), 'BAD_USER_INPUT');
    expect(stack.gateway.client.stats.count('searchOpportunitiesAdvanced')).toBe(0);
  });

  it('is searched in the sandbox as GHL documents it: several sorts, searchAfter resuming, page and searchAfter never together', async () => {
    const search = (body: Record<string, unknown>) =>
      ghlRest<{ opportunities: Array<{ id: string; searchAfter: string[] }>; total: number }>(stack.sandbox, stack.token, 'POST', '/opportunities/search', {
        locationId: stack.locationId,
        limit: 5,
        sort: [{ field: 'date_updated', direction: 'asc' }, { field: 'date_added', direction: 'desc' }],
        ...body,
      });
    const byUpdate = (a: Opportunity, b: Opportunity) =>
      Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1);
    const expected = [...deals()].sort(byUpdate).map((d) => d.id);
    const first = await search({});
    expect(first.status).toBe(200);
    expect(first.body.opportunities.map((o) => o.id)).toEqual(expected.slice(0, 5));
    const next = await search({ searchAfter: first.body.opportunities.at(-1)!.searchAfter });
    expect(next.body.opportunities.map((o) => o.id)).toEqual(expected.slice(5, 10));
    const both = await search({ page: 2, searchAfter: first.body.opportunities.at(-1)!.searchAfter });
    expect(both.status).toBe(422);
    expect((await search({ limit: 501 })).status).toBe(422);
  });
});
