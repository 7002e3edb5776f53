/**
 * Users end to end against the sandbox: the agency-wide search, and creating (UserCreate webhook),
 * changing and deleting a user, with inputs checked before any call and passwords kept out of
 * every answer and log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { CreateUserInput, UsersPageQuery } from './generated/graphql.ts';
import { useStack, type GqlResponse } from './support/stack.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const stack = useStack();
let companyId: string;
const asAgency = { token: '' };
let hooks: WebhookReceiver;

beforeAll(async () => {
  [[companyId, asAgency.token]] = Object.entries(stack.sandbox.tokens.agency) as [[string, string]];
  hooks = await startWebhookReceiver();
  stack.sandbox.webhooks.urls = [hooks.url];
});
afterAll(() => hooks.close());
beforeEach(() => {
  stack.sandbox.requests.clear();
  hooks.received.length = 0;
});

const codes = (r: GqlResponse<unknown>) => r.errors?.map((e) => e.extensions?.['code']);

const CREATE = graphql(
  `mutation UsersCreate($input: CreateUserInput!) { createUser(input: $input) { user { id ghlId name email roles { type role locationIds } permissions } } }`,
);
const newUser = (email: string, fields: Partial<CreateUserInput> = {}): CreateUserInput => ({
  companyId,
  firstName: 'New',
  lastName: 'User',
  email,
  password: 'correct horse battery',
  type: 'ACCOUNT',
  role: 'USER',
  locationIds: [stack.locationId],
  permissions: { contactsEnabled: true, campaignsEnabled: false },
  ...fields,
});

describe('searching users', () => {
  it('pages through the agency’s users with a total, by name', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GqlResponse<UsersPageQuery> = await stack.gql(
        graphql(
          `query UsersPage($c: ID!, $after: String) { users(companyId: $c, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId firstName } } } }`,
        ),
        { c: companyId, after },
        asAgency,
      );
      expect(page.errors).toBeUndefined();
      const users = page.data.users!;
      total = users.totalCount!;
      seen.push(...users.edges.map((e) => e.node.ghlId));
      after = users.pageInfo.hasNextPage ? (users.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(total).toBe(stack.sandbox.store.users.size);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by location and role, and reads listed users again at no cost', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query UsersAdminsOfLocation($c: ID!, $l: ID!) { users(companyId: $c, locationId: $l, role: ADMIN) { edges { node { ghlId roles { role locationIds } } } } }`),
      { c: companyId, l: stack.locationId },
      asAgency,
    );
    expect(errors).toBeUndefined();
    const expected = stack.sandbox.store.usersOfLocation(stack.locationId).filter((u) => u.roles.role === 'admin');
    expect(data.users!.edges.map((e) => e.node.ghlId).sort()).toEqual(expected.map((u) => u.id).sort());
    expect(stack.sandbox.requests.entries).toHaveLength(1);
  });
});

describe('managing users', () => {
  it('creates a user, and GHL sends UserCreate; the password is in no answer and no log', async () => {
    const response = await stack.gql(CREATE, { input: newUser('new.user@agency.com') }, asAgency);
    expect(response.errors).toBeUndefined();
    const user = response.data.createUser.user!;
    expect(user).toMatchObject({ name: 'New User', email: 'new.user@agency.com', roles: { type: 'account', role: 'user', locationIds: [stack.locationId] } });
    expect(user.permissions).toMatchObject({ contactsEnabled: true, campaignsEnabled: false, opportunitiesEnabled: true });
    expect(stack.sandbox.store.users.get(user.ghlId)).toBeDefined();
    await stack.sandbox.webhooks.idle();
    expect(hooks.received).toMatchObject([{ type: 'UserCreate', locationId: stack.locationId, id: user.ghlId, email: 'new.user@agency.com', role: 'user' }]);
    expect(JSON.stringify(response)).not.toContain('correct horse');
    expect(stack.logs.join('')).not.toContain('correct horse');
  });

  it('changes and deletes a user', async () => {
    const created = await stack.gql(CREATE, { input: newUser('jane@agency.com') }, asAgency);
    const id = created.data.createUser.user!.id;
    const updated = await stack.gql(
      graphql(`mutation UsersPromote($id: ID!) { updateUser(id: $id, input: { firstName: "Jane", lastName: "Doe", role: ADMIN }) { user { name roles { role } } } }`),
      { id },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateUser.user).toEqual({ name: 'Jane Doe', roles: { role: 'admin' } });

    const deleted = await stack.gql(graphql(`mutation UsersDelete($id: ID!) { deleteUser(id: $id) { deletedId deletedGhlId } }`), { id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteUser.deletedId).toBe(id);
    const gone = await stack.gql(graphql(`query UsersById($id: ID!) { user(id: $id) { ghlId } }`), { id });
    expect(codes(gone)).toEqual(['NOT_FOUND']);
  });

  it('checks the password, the locations and the email before calling GHL', async () => {
    const short = await stack.gql(CREATE, { input: newUser('short@agency.com', { password: 'short' }) }, asAgency);
    const noLocation = await stack.gql(CREATE, { input: newUser('none@agency.com', { locationIds: [] }) }, asAgency);
    const badEmail = await stack.gql(CREATE, { input: newUser('not-an-email') }, asAgency);
    for (const response of [short, noLocation, badEmail]) expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });

  it('reports a taken email as bad input, and a location token placing a user elsewhere as forbidden', async () => {
    const [existing] = stack.sandbox.store.usersOfLocation(stack.locationId);
    const taken = await stack.gql(CREATE, { input: newUser(existing!.email) }, asAgency);
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    const elsewhere = await stack.gql(CREATE, { input: newUser('elsewhere@agency.com', { locationIds: [stack.otherLocationId] }) });
    expect(codes(elsewhere)).toEqual(['FORBIDDEN']);
  });
});
