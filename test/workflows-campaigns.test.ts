/**
 * Workflows and campaigns, a contact's way into and out of them, and a location's users, end to
 * end against the sandbox. GHL has no endpoint that reads memberships back, so the sandbox's store
 * is where the tests look after each change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Campaign, Contact, User, Workflow } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack, type GqlResponse } from './support/stack.ts';
import { expectError } from './support/expect-error.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const restWorkflows = async () => (await rest<{ workflows: Workflow[] }>('GET', `/workflows/?locationId=${stack.locationId}`)).body.workflows;
const restCampaigns = async (status?: string) =>
  (await rest<{ campaigns: Campaign[] }>('GET', `/campaigns/?locationId=${stack.locationId}${status ? `&status=${status}` : ''}`)).body.campaigns;
const someContacts = async () => (await rest<{ contacts: Contact[] }>('GET', `/contacts/?locationId=${stack.locationId}&limit=40`)).body.contacts;
const workflowIdsOf = (contactId: string) => stack.sandbox.store.workflowsOfContact(contactId).map((m) => m.workflowId);
const campaignIdsOf = (contactId: string) => stack.sandbox.store.campaignsOfContact(contactId).map((m) => m.campaignId);


describe('reading workflows and campaigns', () => {
  it('lists a location’s workflows with what GHL stores', async () => {
    const stored = await restWorkflows();
    expect(stored.length).toBeGreaterThan(1);
    const { data, errors } = await stack.gql(
      graphql(`query WorkflowsCampaignsWorkflows { workflows { id ghlId name status version locationId createdAt updatedAt location { ghlId } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.workflows).toEqual(
      stored.map((w) => ({
        id: expect.any(String),
        ghlId: w.id,
        name: w.name,
        status: w.status,
        version: w.version,
        locationId: stack.locationId,
        createdAt: new Date(w.createdAt).toISOString(),
        updatedAt: new Date(w.updatedAt).toISOString(),
        location: { ghlId: stack.locationId },
      })),
    );
  });

  it('lists campaigns, all or by status, from the root and from the location', async () => {
    const all = await restCampaigns();
    const published = await restCampaigns('published');
    const drafts = await restCampaigns('draft');
    expect(published.length).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query WorkflowsCampaignsCampaigns {
      all: campaigns { ghlId name status locationId }
      published: campaigns(status: PUBLISHED) { ghlId status }
      location { drafts: campaigns(status: DRAFT) { ghlId status } workflows { ghlId } }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data.all).toEqual(all.map((c) => ({ ghlId: c.id, name: c.name, status: c.status, locationId: stack.locationId })));
    expect(data.published.map((c) => c.ghlId)).toEqual(published.map((c) => c.id));
    expect(data.published.every((c) => c.status === 'published')).toBe(true);
    expect(data.location!.drafts.map((c) => c.ghlId)).toEqual(drafts.map((c) => c.id));
    expect(data.location!.workflows.map((w) => w.ghlId)).toEqual((await restWorkflows()).map((w) => w.id));
  });

  it('reads workflows and campaigns through node(id), one list call per location however many are asked for', async () => {
    const { data } = await stack.gql(graphql(`query WorkflowsCampaignsIds { workflows { id ghlId } campaigns { id ghlId } }`));
    const ids = [...data.workflows, ...data.campaigns].map((x) => x.id);
    stack.gateway.client.stats.reset();
    const nodes = await stack.gql(
      graphql(`query WorkflowsCampaignsNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Workflow { ghlId name } ... on Campaign { ghlId name } } }`),
      { ids },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data.nodes.map((n) => (n && 'ghlId' in n ? n.ghlId : null))).toEqual([...data.workflows, ...data.campaigns].map((x) => x.ghlId));
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listWorkflows: { 200: 1 }, listCampaigns: { 200: 1 } });
  });

  it('reports a workflow no longer in its location’s list as NOT_FOUND', async () => {
    const missing = Buffer.from(`Workflow:${stack.locationId}/00000000-0000-4000-8000-000000000000`).toString('base64');
    const response = await stack.gql(graphql(`query WorkflowsCampaignsMissingNode($id: ID!) { node(id: $id) { id } location { ghlId } }`), { id: missing });
    expectError(response, 'NOT_FOUND', ['node']);
    expect(response.data.location!.ghlId).toBe(stack.locationId);
  });

  it('refuses another location’s workflows and campaigns as FORBIDDEN', async () => {
    const response = await stack.gql(
      graphql(`query WorkflowsCampaignsOtherWorkflows($l: ID) { workflows(locationId: $l) { ghlId } }`),
      { l: stack.otherLocationId },
    );
    expectError(response, 'FORBIDDEN', ['workflows']);
    // The default location is the server's: another location's token may not read it...
    const campaigns = await stack.gql(graphql(`query WorkflowsCampaignsDefaultCampaigns { campaigns { ghlId } }`), {}, { token: stack.otherToken });
    expect(campaigns.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // ...but reads its own.
    const own = await stack.gql(
      graphql(`query WorkflowsCampaignsOwnCampaigns($l: ID) { campaigns(locationId: $l) { locationId } }`),
      { l: stack.otherLocationId },
      { token: stack.otherToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.campaigns.every((c) => c.locationId === stack.otherLocationId)).toBe(true);
  });
});

describe('putting contacts into workflows and campaigns', () => {
  it('adds a contact to a workflow and removes it again', async () => {
    const workflow = (await restWorkflows()).find((w) => w.status === 'published')!;
    const contact = (await someContacts()).find((c) => !workflowIdsOf(c.id).includes(workflow.id))!;
    const added = await stack.gql(
      graphql(`mutation WorkflowsCampaignsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w, eventStartTime: "2030-05-01T09:00:00Z") {
         succeeded contact { ghlId } workflow { ghlId name } } }`),
      { c: contact.id, w: workflow.id },
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    expect(added.data.addContactToWorkflow).toEqual({ succeeded: true, contact: { ghlId: contact.id }, workflow: { ghlId: workflow.id, name: workflow.name } });
    expect(workflowIdsOf(contact.id)).toContain(workflow.id);
    const membership = stack.sandbox.store.workflowsOfContact(contact.id).find((m) => m.workflowId === workflow.id)!;
    expect(Date.parse(membership.eventStartTime!)).toBe(Date.parse('2030-05-01T09:00:00Z'));

    // By global ids this time.
    const ids = await stack.gql(graphql(`query WorkflowsCampaignsGlobalIds($c: ID!) { contact(id: $c) { id } workflows { id ghlId } }`), { c: contact.id });
    const workflowGlobalId = ids.data.workflows.find((w) => w.ghlId === workflow.id)!.id;
    const removed = await stack.gql(
      graphql(`mutation WorkflowsCampaignsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded workflow { ghlId } } }`),
      { c: ids.data.contact!.id, w: workflowGlobalId },
    );
    expect(removed.errors, JSON.stringify(removed.errors)).toBeUndefined();
    expect(removed.data.removeContactFromWorkflow).toEqual({ succeeded: true, workflow: { ghlId: workflow.id } });
    expect(workflowIdsOf(contact.id)).not.toContain(workflow.id);
  });

  it('adds a contact to campaigns, removes it from one, then from all', async () => {
    const [first, second] = (await restCampaigns('published').then((c) => (c.length > 1 ? c : [...c, ...c]))) as [Campaign, Campaign];
    const contact = (await someContacts()).find((c) => campaignIdsOf(c.id).length === 0)!;
    for (const campaign of [first, second]) {
      const added = await stack.gql(
        graphql(`mutation WorkflowsCampaignsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded campaign { ghlId status } } }`),
        { c: contact.id, k: campaign.id },
      );
      expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
      expect(added.data.addContactToCampaign).toEqual({ succeeded: true, campaign: { ghlId: campaign.id, status: 'published' } });
    }
    expect(new Set(campaignIdsOf(contact.id))).toEqual(new Set([first.id, second.id]));

    const removed = await stack.gql(
      graphql(`mutation WorkflowsCampaignsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }`),
      { c: contact.id, k: first.id },
    );
    expect(removed.errors, JSON.stringify(removed.errors)).toBeUndefined();
    expect(campaignIdsOf(contact.id)).not.toContain(first.id);

    await stack.gql(
      graphql(`mutation WorkflowsCampaignsAddBack($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }`),
      { c: contact.id, k: first.id },
    );
    const all = await stack.gql(
      graphql(`mutation WorkflowsCampaignsRemoveFromAll($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded campaign { ghlId } contact { ghlId } } }`),
      { c: contact.id },
    );
    expect(all.errors, JSON.stringify(all.errors)).toBeUndefined();
    expect(all.data.removeContactFromAllCampaigns).toEqual({ succeeded: true, campaign: null, contact: { ghlId: contact.id } });
    expect(campaignIdsOf(contact.id)).toEqual([]);
  });

  it('refuses bad input before any call to GHL', async () => {
    const contact = (await someContacts())[0]!;
    const workflow = (await restWorkflows())[0]!;
    stack.sandbox.requests.clear();
    const cases: [() => Promise<GqlResponse<unknown>>, string][] = [
      [
        () => stack.gql(graphql(`mutation WorkflowsCampaignsRemoveAllAsId($c: ID!) { removeContactFromCampaign(contactId: $c, campaignId: "removeAll") { succeeded } }`), { c: contact.id }),
        'removeContactFromCampaign',
      ],
      [
        () => stack.gql(graphql(`mutation WorkflowsCampaignsBlankCampaign($c: ID!) { addContactToCampaign(contactId: $c, campaignId: " ") { succeeded } }`), { c: contact.id }),
        'addContactToCampaign',
      ],
      [
        () => stack.gql(graphql(`mutation WorkflowsCampaignsEmptyContact($w: ID!) { addContactToWorkflow(contactId: "", workflowId: $w) { succeeded } }`), { w: workflow.id }),
        'addContactToWorkflow',
      ],
      [
        () =>
          stack.gql(graphql(`mutation WorkflowsCampaignsCampaignAsWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }`), {
            c: contact.id,
            w: Buffer.from(`Campaign:${stack.locationId}/x`).toString('base64'),
          }),
        'removeContactFromWorkflow',
      ],
      [() => stack.gql(graphql(`mutation WorkflowsCampaignsRemoveAllOfNone { removeContactFromAllCampaigns(contactId: "") { succeeded } }`)), 'removeContactFromAllCampaigns'],
    ];
    for (const [send, field] of cases) expectError(await send(), 'BAD_USER_INPUT', [field]);
    expect(stack.sandbox.requests.count()).toBe(0);
    expect(stack.gateway.client.stats.count()).toBe(0);
  });

  it('reports an unknown contact or workflow as NOT_FOUND on the mutation', async () => {
    const workflow = (await restWorkflows())[0]!;
    const contact = (await someContacts())[0]!;
    const noContact = await stack.gql(
      graphql(`mutation WorkflowsCampaignsUnknownContact($w: ID!) { addContactToWorkflow(contactId: "zzzzzzzzzzzzzzzzzzzz", workflowId: $w) { succeeded } }`),
      { w: workflow.id },
    );
    expectError(noContact, 'NOT_FOUND', ['addContactToWorkflow']);
    const noWorkflow = await stack.gql(
      graphql(`mutation WorkflowsCampaignsUnknownWorkflow($c: ID!) { addContactToWorkflow(contactId: $c, workflowId: "00000000-0000-4000-8000-000000000000") { succeeded } }`),
      { c: contact.id },
    );
    expectError(noWorkflow, 'NOT_FOUND', ['addContactToWorkflow']);
  });

  it('refuses another location’s contact as FORBIDDEN', async () => {
    const workflow = (await restWorkflows())[0]!;
    const contact = (await someContacts())[0]!;
    const response = await stack.gql(
      graphql(`mutation WorkflowsCampaignsOtherTenantAdd($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }`),
      { c: contact.id, w: workflow.id },
      { token: stack.otherToken },
    );
    expectError(response, 'FORBIDDEN', ['addContactToWorkflow']);
    expect(workflowIdsOf(contact.id)).not.toContain(workflow.id);
  });
});

describe('a location’s users', () => {
  it('lists them and primes the user loader: nothing the list returned is read again', async () => {
    const stored = (await rest<{ users: User[] }>('GET', `/users/?locationId=${stack.locationId}`)).body.users;
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(graphql(`query WorkflowsCampaignsLocationUsers { location { users { ghlId name email } } }`));
    expect(errors).toBeUndefined();
    const users = data.location!.users;
    expect(users.map((u) => u.ghlId)).toEqual(stored.map((u) => u.id));
    expect(users[0]).toMatchObject({ name: stored[0]!.name, email: stored[0]!.email });
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getLocation: { 200: 1 }, listLocationUsers: { 200: 1 } });

    stack.gateway.client.stats.reset();
    const nested = await stack.gql(graphql(`query WorkflowsCampaignsTeamMembers { location { users { ghlId } calendars { teamMembers { ghlId name } } } }`));
    expect(nested.errors).toBeUndefined();
    // Team members come out of the same list.
    expect(stack.gateway.client.stats.count('listLocationUsers')).toBe(1);
    expect(stack.gateway.client.stats.count('getUser')).toBe(0);
  });
});
