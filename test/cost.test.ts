/**
 * The cost model: the worst case an operation may cost GoHighLevel, computed before it runs from
 * the costs fields declare, must bound what it really costs (counted where requests arrive, in the
 * sandbox's log) without being absurdly loose; over the budget, nothing runs.
 */
import { getOperationAST, parse } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { estimateCalls, type Assumption } from '../src/plugins/cost-estimate.ts';
import { schema } from '../src/schema/index.ts';
import type { Opportunity, Pipeline } from '../sandbox/index.ts';
// The same documents (examples/*.graphql) docs/limits-and-cost.md and the benchmark use, typed by codegen.
import { Contact360Document, InboxDocument, PipelineBoardDocument } from '../examples/client/generated/graphql.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { subscribeWs } from './support/subscriber.ts';

const BUDGET = 60;

// Well over a hundred calls run in a few seconds here: GHL's rate limit would add retries that no estimate counts.
const stack = useStack({
  sandbox: { rateLimit: { max: 100_000, intervalMs: 10_000 } },
  env: { COST_MAX_UPSTREAM_CALLS: String(BUDGET), GHL_RATE_LIMIT_MAX: '100000' },
});
beforeEach(() => stack.sandbox.requests.clear());

const rest = <T>(path: string) => ghlRest<T>(stack.sandbox, stack.token, 'GET', path);
const estimate = (document: string, variables: Record<string, unknown> = {}, assumption: Assumption = 'worst') => {
  const parsed = parse(document);
  return estimateCalls(schema, parsed, getOperationAST(parsed)!, variables, assumption);
};

/** Runs a document and checks the report against the calls the sandbox received. */
async function priced<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: { token?: string }) {
  stack.sandbox.requests.clear();
  const response = await stack.gql(document, variables, options);
  expect(response.errors).toBeUndefined();
  const cost = response.extensions?.cost;
  if (!cost) throw new Error(`no cost report: ${JSON.stringify(response.extensions)}`);
  expect(cost.upstreamCalls).toBe(stack.sandbox.requests.count());
  expect(cost.budget).toBe(BUDGET);
  // Still there for clients that read it before the cost report existed.
  expect(response.extensions?.['upstreamCalls']).toBe(cost.upstreamCalls);
  return cost;
}

describe('the screens of examples/*.graphql', () => {
  it('pipeline board: estimated 3, costs 3', async () => {
    const pipelines = (await rest<{ pipelines: Pipeline[] }>(`/opportunities/pipelines?locationId=${stack.locationId}`)).body.pipelines;
    const cost = await priced(PipelineBoardDocument, { pipelineId: pipelines[0]!.id });
    expect(cost).toMatchObject({ estimatedCalls: 3, upstreamCalls: 3 });
  });

  it('inbox: estimated 21, costs 21', async () => {
    const cost = await priced(InboxDocument);
    expect(cost).toMatchObject({ estimatedCalls: 21, upstreamCalls: 21 });
  });

  it('contact 360: estimated 8, costs 8', async () => {
    const opportunities = (await rest<{ opportunities: Opportunity[] }>(`/opportunities/search?location_id=${stack.locationId}&limit=100`)).body
      .opportunities;
    const cost = await priced(Contact360Document, { id: opportunities.find((o) => o.contactId)!.contactId });
    expect(cost).toMatchObject({ estimatedCalls: 8, upstreamCalls: 8 });
  });
});

describe('estimates bound real costs', () => {
  it('a list page times what each item asks: 7 contacts with their tasks and notes', async () => {
    const cost = await priced(graphql(`query CostContactsTasksNotes { contacts(first: 7) { edges { node { name tasks { title } notes { body } } } } }`));
    expect(cost).toEqual({ estimatedCalls: 15, budget: BUDGET, upstreamCalls: 15 });
  });

  it('what a search result embeds is free; a field beyond it costs the full record, once per item', async () => {
    const embedded = await priced(graphql(`query CostOpportunityContactsEmbedded { opportunities(first: 5) { edges { node { contact { name email phone tags } } } } }`));
    expect(embedded).toMatchObject({ estimatedCalls: 1, upstreamCalls: 1 });
    const full = await priced(graphql(`query CostOpportunityContactsFull { opportunities(first: 5) { edges { node { contact { name city } } } } }`));
    expect(full.estimatedCalls).toBe(6);
    expect(full.upstreamCalls).toBeLessThanOrEqual(6);
    expect(full.upstreamCalls).toBeGreaterThan(1);
  });

  it('a record read by id embeds nothing: its contact costs a call whatever is asked of it', async () => {
    const search = await rest<{ opportunities: Opportunity[] }>(`/opportunities/search?location_id=${stack.locationId}&limit=1`);
    const cost = await priced(graphql(`query CostOpportunityContact($id: ID!) { opportunity(id: $id) { contact { name } } }`), {
      id: search.body.opportunities[0]!.id,
    });
    expect(cost.estimatedCalls).toBe(2);
    expect(cost.upstreamCalls).toBeLessThanOrEqual(2);
  });

  it('per-request lists are counted once, however many fields share them', async () => {
    const cost = await priced(graphql(`query CostSharedLists {
      contacts(first: 20) { edges { node { assignedUser { name } location { name } } } }
      opportunities(first: 20) { edges { node { assignedUser { name } stage { name } pipeline { name } } } }
    }`));
    // contacts, opportunities, users, location, pipelines
    expect(cost.estimatedCalls).toBe(5);
    expect(cost.upstreamCalls).toBeLessThanOrEqual(5);
  });
});

describe('payments, products and locations', () => {
  it('a payment list embeds its contacts’ name and email; any other field reads each contact once', async () => {
    const embedded = await priced(graphql(`query CostPaymentContactsEmbedded {
      orders(first: 20) { edges { node { amount contact { name email } } } }
      paymentSubscriptions(first: 20) { edges { node { amount contact { name } } } }
    }`));
    expect(embedded).toMatchObject({ estimatedCalls: 2, upstreamCalls: 2 });
    const full = await priced(graphql(`query CostTransactionContacts { transactions(first: 20) { edges { node { amount contact { name city } } } } }`));
    expect(full.estimatedCalls).toBe(21);
    expect(full.upstreamCalls).toBeGreaterThan(1);
    expect(full.upstreamCalls).toBeLessThanOrEqual(21);
  });

  it('a transaction’s order is one read per order, its location one read for the page', async () => {
    const cost = await priced(graphql(`query CostTransactionOrders { transactions(first: 10) { edges { node { order { status items { name } } location { name } } } } }`));
    expect(cost.estimatedCalls).toBe(1 + 10 + 1);
    expect(cost.upstreamCalls).toBeGreaterThan(2);
    expect(cost.upstreamCalls).toBeLessThanOrEqual(cost.estimatedCalls);
  });

  it('products with their prices: one prices call per product on the page', async () => {
    const listed = await rest<{ products: unknown[] }>(`/products/?locationId=${stack.locationId}&limit=10`);
    const onPage = listed.body.products.length;
    expect(onPage).toBeGreaterThan(1);
    const cost = await priced(graphql(`query CostProductPrices { products(first: 10) { edges { node { name prices { amount currency } } } } }`));
    expect(cost).toMatchObject({ estimatedCalls: 11, upstreamCalls: 1 + onPage });
  });

  it('a write that reads first, and a payload that reads its record again, say so', async () => {
    // GHL's product list names the id `_id`.
    const listed = await rest<{ products: { _id: string }[] }>(`/products/?locationId=${stack.locationId}&limit=1`);
    const variables = { id: listed.body.products[0]!._id };
    const update = await priced(
      graphql(`mutation CostUpdateProduct($id: ID!) { updateProduct(id: $id, input: { description: "Priced" }) { product { name } } }`),
      variables,
    );
    expect(update).toMatchObject({ estimatedCalls: 2, upstreamCalls: 2 });
    const price = await priced(
      graphql(`mutation CostCreateProductPrice($id: ID!) { createProductPrice(id: $id, input: { name: "Priced", type: ONE_TIME, currency: "USD", amount: 5 }) {
        price { amount } product { name prices { amount } } } }`),
      variables,
    );
    // The write, the product read again, its prices read again.
    expect(price).toMatchObject({ estimatedCalls: 3, upstreamCalls: 3 });
  });

  it('the agency’s location search answers a summary; a field beyond it reads each location once', async () => {
    const [[companyId, token]] = Object.entries(stack.sandbox.tokens.agency) as [[string, string]];
    const variables = { companyId };
    const summary = await priced(
      graphql(`query CostLocationSummaries($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name city timezone } } } }`),
      variables,
      { token },
    );
    expect(summary).toMatchObject({ estimatedCalls: 1, upstreamCalls: 1 });
    const full = await priced(
      graphql(`query CostLocationsFull($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name logoUrl business { name } } } } }`),
      variables,
      { token },
    );
    expect(full.estimatedCalls).toBe(6);
    expect(full.upstreamCalls).toBeGreaterThan(1);
    expect(full.upstreamCalls).toBeLessThanOrEqual(6);
  });

  it('prices each location read by id, and an install list read from the gateway’s own store at nothing', () => {
    expect(estimate(`{ a: location(id: "x") { name } b: location(id: "y") { name } }`)).toBe(2);
    expect(estimate(`{ installedLocations { locationId source } }`)).toBe(0);
    // One read per install, a page of installs assumed.
    expect(estimate(`{ installedLocations { location { name } } }`)).toBe(100);
  });
});

describe('the walk over a document', () => {
  it('applies variables, expands fragments and honours @skip and @include', () => {
    const document = `query($n: Int!, $skip: Boolean!) { contacts(first: $n) { edges { node { ...Parts } } } }
      fragment Parts on Contact { notes @skip(if: $skip) { body } ... on Contact { tasks @include(if: true) { title } } }`;
    expect(estimate(document, { n: 5, skip: true })).toBe(6);
    expect(estimate(document, { n: 5, skip: false })).toBe(11);
  });

  it('prices each alias of a field', () => {
    expect(estimate(`{ a: contacts(first: 3) { totalCount } b: contacts(first: 3) { totalCount } }`)).toBe(2);
  });

  it('takes the dearest type an abstract field may return', () => {
    const document = `query($id: ID!) { node(id: $id) {
      ... on Contact { tasks { title } }
      ... on Opportunity { contact { tasks { title } } }
    } }`;
    // node 1, then for an Opportunity: its contact (1) and that contact's tasks (1).
    expect(estimate(document, { id: 'x' })).toBe(3);
    expect(estimate(`{ nodes(ids: ["a", "b", "c"]) { id } }`)).toBe(3);
    // Each of the 3 may be a contact with its tasks.
    expect(estimate(`{ nodes(ids: ["a", "b", "c"]) { ... on Contact { tasks { title } } } }`)).toBe(6);
  });

  it('multiplies along nested lists, with declared bounds for lists GHL returns whole', () => {
    // pipelines (1 list), at most 10 pipelines of at most 20 stages, each stage one page.
    expect(estimate(`{ pipelines { stages { opportunities(first: 5) { totalCount } } } }`)).toBe(1 + 10 * 20);
  });

  it('bounds lookups by id by the distinct records they may reach', () => {
    // A task's contact is the contact whose tasks were listed: at most one per contact.
    expect(estimate(`{ contacts(first: 10) { edges { node { tasks { contact { name } } } } } }`)).toBe(1 + 10 + 10);
    // Task assignees are read by id, de-duplicated: at most a location's team.
    expect(estimate(`{ contacts(first: 30) { edges { node { tasks { assignedUser { name } } } } } }`)).toBe(1 + 30 + 100);
  });

  it('expects, for the rate window, full pages, one item of a list GHL returns whole, loaded owners, and a repeated read once', () => {
    const board = `{ location { pipelines { name stages { name opportunities(first: 5) { totalCount } } } } }`;
    expect([estimate(board), estimate(board, {}, 'expected')]).toEqual([1 + 1 + 10 * 20, 1 + 1 + 1]);
    const contacts = `{ contacts(first: 50) { edges { node { tasks { title contact { name } } notes { body } opportunities(first: 5) { totalCount } } } } }`;
    expect([estimate(contacts), estimate(contacts, {}, 'expected')]).toEqual([1 + 50 * 4, 1 + 50 * 3]);
    const twice = `query ($id: ID!) { a: contact(id: $id) { name } b: contact(id: $id) { email } }`;
    expect([estimate(twice, { id: 'c1' }), estimate(twice, { id: 'c1' }, 'expected')]).toEqual([2, 1]);
  });

  it('prices a write at one call unless it declares more', () => {
    expect(estimate(`mutation { deleteContact(id: "x") { deletedId } }`)).toBe(1);
    expect(estimate(`mutation { addContactTags(id: "x", tags: ["a"]) { contact { name } } }`)).toBe(2);
  });
});

describe('the budget', () => {
  it('refuses an operation over it before any call, naming the estimate and the budget', async () => {
    const response = await stack.gql(graphql(`query CostOverBudget { conversations(first: 80) { edges { node { messages(first: 1) { totalCount } } } } }`));
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', estimatedCalls: 81, budget: BUDGET });
    expect(error!.message).toContain('81');
    expect(error!.message).toContain(String(BUDGET));
    expect(response.extensions?.['cost']).toEqual({ estimatedCalls: 81, budget: BUDGET, upstreamCalls: 0 });
    expect(stack.sandbox.requests.count()).toBe(0);
  });

  it('keeps an estimate per document and variables, never one of another page size or of other shared lists', async () => {
    const conversations = graphql(`query CostConversationsPage($first: Int) { conversations(first: $first) { edges { node { messages(first: 1) { totalCount } } } } }`);
    expect((await priced(conversations, { first: 10 })).estimatedCalls).toBe(11);
    const over = await stack.gql(conversations, { first: 80 });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', estimatedCalls: 81 });
    expect((await priced(conversations, { first: 10 })).estimatedCalls).toBe(11);

    // Pipelines are one call per location: two variables naming one location share it, two locations do not.
    const pipelines = graphql(`query CostTwoPipelines($a: ID, $b: ID) { a: pipelines(locationId: $a) { name } b: pipelines(locationId: $b) { name } }`);
    const costOf = async (a: string, b: string) => (await stack.gql(pipelines, { a, b })).extensions?.cost?.estimatedCalls;
    expect(await costOf(stack.locationId, stack.locationId)).toBe(1);
    expect(await costOf(stack.locationId, 'another-location-id')).toBe(2);
    expect(await costOf('another-location-id', 'another-location-id')).toBe(1);
  });

  it('lets the same shape through when it asks for fewer items', async () => {
    const cost = await priced(graphql(`query CostConversationsTen { conversations(first: 10) { edges { node { messages(first: 1) { totalCount } } } } }`));
    expect(cost.estimatedCalls).toBe(11);
  });
});

describe('subscriptions', () => {
  // Priced per event: what each event's selection may cost once it resolves.
  const perEvent = (first: number) => `subscription {
    contactEvents { contact { opportunities(first: ${first}) { edges { node { contact { tasks { title } } } } } } }
  }`;

  it('refuses at subscribe time one whose every event would cost over the budget', async () => {
    expect(estimate(perEvent(100))).toBe(201);
    const subscriber = subscribeWs(stack.gateway.url, perEvent(100));
    try {
      await expect.poll(() => subscriber.errors.length).toBeGreaterThan(0);
      expect(subscriber.errors[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', estimatedCalls: 201, budget: BUDGET });
    } finally {
      await subscriber.close();
    }
  });
});

