/**
 * A deal's followers, upsert and lost reasons, end to end against the sandbox: each answer is the sandbox's
 * truth, writes read back, a board's follower users and lost reasons batch into one list call per
 * location, bad input is refused before any call, and every call validates against the file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Opportunity } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.gateway.client.stats.reset());

const dealsOfLocation = (): Opportunity[] => stack.sandbox.store.opportunitiesOfLocation(stack.locationId);
const usersOfLocation = () => stack.sandbox.store.usersOfLocation(stack.locationId);
const calls = (operation?: string) => stack.gateway.client.stats.count(operation);

const ADD_FOLLOWERS = graphql(`
  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {
    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }
  }
`);
const REMOVE_FOLLOWERS = graphql(`
  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {
    removeOpportunityFollowers(id: $id, followers: $followers) { followers }
  }
`);
const BOARD = graphql(`
  query OpportunitiesBoardFollowersReasons {
    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }
  }
`);
const LOST_REASONS = graphql(`query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }`);
const SET_STATUS = graphql(`
  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {
    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }
  }
`);

describe('followers', () => {
  it('adds followers and reads them back as users', async () => {
    const deal = dealsOfLocation().find((candidate) => candidate.followers.length === 0)!;
    const [first, second] = usersOfLocation();
    const { data, errors } = await stack.gql(ADD_FOLLOWERS, { id: deal.id, followers: [first!.id, second!.id] });
    expect(errors).toBeUndefined();
    expect(stack.sandbox.store.opportunities.get(deal.id)!.followers).toEqual([first!.id, second!.id]);
    expect(data.addOpportunityFollowers.followers).toEqual([first!.id, second!.id]);
    expect(data.addOpportunityFollowers.opportunity?.followerUsers.map((user) => user.ghlId)).toEqual([first!.id, second!.id]);
  });

  it('removes followers, leaving the others', async () => {
    const deal = dealsOfLocation().find((candidate) => candidate.followers.length === 0)!;
    const [first, second] = usersOfLocation();
    await stack.gql(ADD_FOLLOWERS, { id: deal.id, followers: [first!.id, second!.id] });
    const { data, errors } = await stack.gql(REMOVE_FOLLOWERS, { id: deal.id, followers: [second!.id] });
    expect(errors).toBeUndefined();
    expect(data.removeOpportunityFollowers.followers).toEqual([first!.id]);
    expect(stack.sandbox.store.opportunities.get(deal.id)!.followers).toEqual([first!.id]);
  });

  it('refuses an empty list or another type’s id before any call', async () => {
    const deal = dealsOfLocation()[0]!;
    expectError(await stack.gql(ADD_FOLLOWERS, { id: deal.id, followers: [] }), 'BAD_USER_INPUT');
    const dealAsFollower = Buffer.from(`Opportunity:${deal.id}`).toString('base64');
    expectError(await stack.gql(REMOVE_FOLLOWERS, { id: deal.id, followers: [dealAsFollower] }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

describe('lost reasons', () => {
  it('lists the location’s lost reasons as the sandbox holds them', async () => {
    const { data, errors } = await stack.gql(LOST_REASONS);
    expect(errors).toBeUndefined();
    const stored = stack.sandbox.store.lostReasonsOfLocation(stack.locationId);
    expect(data.lostReasons.map((reason) => reason.ghlId).sort()).toEqual(stored.map((reason) => reason.id).sort());
    for (const reason of data.lostReasons) {
      const truth = stored.find((candidate) => candidate.id === reason.ghlId)!;
      expect(reason).toMatchObject({ name: truth.name, locationId: stack.locationId, createdAt: truth.createdAt });
    }
    expect(calls('listLostReasons')).toBe(1);
  });

  it('gives a board its follower users and lost reasons from one list call each', async () => {
    const { data, errors } = await stack.gql(BOARD);
    expect(errors).toBeUndefined();
    const deals = data.opportunities!.edges.map((edge) => edge.node);
    const withReason = deals.filter((deal) => deal.lostReasonId);
    const withFollowers = deals.filter((deal) => deal.followers.length > 0);
    expect(withReason.length).toBeGreaterThan(1);
    expect(withFollowers.length).toBeGreaterThan(1);
    for (const deal of withReason) expect(deal.lostReason).toEqual({ ghlId: deal.lostReasonId, name: expect.any(String) });
    for (const deal of withFollowers) expect(deal.followerUsers.map((user) => user.ghlId)).toEqual(deal.followers);
    expect(calls('searchOpportunities')).toBe(1);
    expect(calls('listLostReasons')).toBe(1);
    expect(calls('listLocationUsers')).toBe(1);
    expect(calls('getUser')).toBe(0);
  });

  it('marks a deal lost with a reason, and reads the reason back', async () => {
    const deal = dealsOfLocation().find((candidate) => candidate.status === 'open')!;
    const reason = stack.sandbox.store.lostReasonsOfLocation(stack.locationId)[0]!;
    const { data, errors } = await stack.gql(SET_STATUS, { id: deal.id, status: 'LOST', reason: reason.id });
    expect(errors).toBeUndefined();
    expect(data.updateOpportunityStatus.opportunity).toEqual({ status: 'LOST', lostReason: { ghlId: reason.id, name: reason.name } });
    expect(stack.sandbox.store.opportunities.get(deal.id)).toMatchObject({ status: 'lost', lostReasonId: reason.id });
  });

  it('refuses a reason with another status before any call, and a reason GHL does not know', async () => {
    const deal = dealsOfLocation().find((candidate) => candidate.status === 'open')!;
    const reason = stack.sandbox.store.lostReasonsOfLocation(stack.locationId)[0]!;
    expectError(await stack.gql(SET_STATUS, { id: deal.id, status: 'WON', reason: reason.id }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
    const other = stack.sandbox.store.lostReasonsOfLocation(stack.otherLocationId)[0]!;
    const response = await stack.gql(SET_STATUS, { id: deal.id, status: 'LOST', reason: other.id });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.sandbox.store.opportunities.get(deal.id)!.status).toBe('open');
  });
});

const UPSERT = graphql(`
  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {
    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }
  }
`);

describe('upsert', () => {
  it('opens a deal for a contact without one in the pipeline, then updates that deal', async () => {
    const pipeline = stack.sandbox.store.pipelinesOfLocation(stack.locationId)[0]!;
    const taken = new Set(dealsOfLocation().filter((deal) => deal.pipelineId === pipeline.id).map((deal) => deal.contactId));
    const contact = stack.sandbox.store.contactsOfLocation(stack.locationId).find((candidate) => !taken.has(candidate.id))!;
    const opened = await stack.gql(UPSERT, { input: { contactId: contact.id, pipelineId: pipeline.id, name: 'Upserted deal', monetaryValue: 300 } });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.upsertOpportunity).toMatchObject({
      created: true,
      opportunity: { name: 'Upserted deal', monetaryValue: 300, contactId: contact.id, pipelineId: pipeline.id, stageId: pipeline.stages[0]!.id, status: 'OPEN' },
    });
    const id = opened.data.upsertOpportunity.opportunity.ghlId;

    const moved = await stack.gql(UPSERT, { input: { contactId: contact.id, pipelineId: pipeline.id, stageId: pipeline.stages[1]!.id, monetaryValue: 450 } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.upsertOpportunity).toMatchObject({ created: false, opportunity: { ghlId: id, name: 'Upserted deal', monetaryValue: 450 } });
    expect(stack.sandbox.store.opportunities.get(id)).toMatchObject({ pipelineStageId: pipeline.stages[1]!.id, monetaryValue: 450 });
    expect(dealsOfLocation().filter((deal) => deal.contactId === contact.id && deal.pipelineId === pipeline.id)).toHaveLength(1);
  });

  it('refuses a lost reason without LOST, and a negative value, before any call', async () => {
    const pipeline = stack.sandbox.store.pipelinesOfLocation(stack.locationId)[0]!;
    const deal = dealsOfLocation().find((candidate) => candidate.pipelineId === pipeline.id)!;
    const reason = stack.sandbox.store.lostReasonsOfLocation(stack.locationId)[0]!;
    const input = { contactId: deal.contactId, pipelineId: pipeline.id };
    expectError(await stack.gql(UPSERT, { input: { ...input, lostReasonId: reason.id } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(UPSERT, { input: { ...input, monetaryValue: -1 } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expectSentAsDeclared(stack.sandbox.requests.entries, [
      'opportunitiesAddFollowersOpportunity',
      'opportunitiesRemoveFollowersOpportunity',
      'opportunitiesGetLostReason',
      'opportunitiesUpdateOpportunityStatus',
      'opportunitiesUpsertOpportunity',
    ]);
});
