/**
 * A contact's followers, upsert, duplicate lookup, bulk tags and business, end to end against the sandbox: each answer
 * is the sandbox's truth, writes read back, the users behind follower ids batch into one list call
 * per location, bad input is refused before any call, and every call validates against the file.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.gateway.client.stats.reset());

const contactsOfLocation = (): Contact[] => stack.sandbox.store.contactsOfLocation(stack.locationId);
const usersOfLocation = () => stack.sandbox.store.usersOfLocation(stack.locationId);
const calls = (operation?: string) => stack.gateway.client.stats.count(operation);

const ADD_FOLLOWERS = graphql(`
  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {
    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }
  }
`);
const REMOVE_FOLLOWERS = graphql(`
  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {
    removeContactFollowers(id: $id, followers: $followers) { followers }
  }
`);
const FOLLOWER_USERS = graphql(`
  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {
    a: contact(id: $a) { followers followerUsers { ghlId name } }
    b: contact(id: $b) { followers followerUsers { ghlId name } }
    c: contact(id: $c) { followers followerUsers { ghlId name } }
  }
`);

describe('followers', () => {
  it('adds users as followers (by either kind of id), and reads them back as users', async () => {
    const contact = contactsOfLocation()[0]!;
    const [first, second] = usersOfLocation();
    const firstGlobal = Buffer.from(`User:${first!.id}`).toString('base64');
    const { data, errors } = await stack.gql(ADD_FOLLOWERS, { id: contact.id, followers: [firstGlobal, second!.id] });
    expect(errors).toBeUndefined();
    const stored = stack.sandbox.store.contacts.get(contact.id)!.followers;
    expect(stored).toEqual([first!.id, second!.id]);
    expect(data.addContactFollowers.followers).toEqual(stored);
    expect(data.addContactFollowers.contact).toEqual({ ghlId: contact.id, followers: stored });
  });

  it('removes followers, leaving the others', async () => {
    const contact = contactsOfLocation()[1]!;
    const [first, second] = usersOfLocation();
    await stack.gql(ADD_FOLLOWERS, { id: contact.id, followers: [first!.id, second!.id] });
    const { data, errors } = await stack.gql(REMOVE_FOLLOWERS, { id: contact.id, followers: [first!.id] });
    expect(errors).toBeUndefined();
    expect(data.removeContactFollowers.followers).toEqual([second!.id]);
    expect(stack.sandbox.store.contacts.get(contact.id)!.followers).toEqual([second!.id]);
  });

  it('reads the follower users of several contacts from one list of the location’s users', async () => {
    const [a, b, c] = contactsOfLocation().slice(2, 5);
    const users = usersOfLocation();
    expect(users.length).toBeGreaterThanOrEqual(2);
    for (const [contact, followers] of [[a!, [users[0]!.id, users[1]!.id]], [b!, [users[1]!.id]], [c!, []]] as const) {
      stack.sandbox.store.contacts.insert({ ...contact, followers: [...followers] });
    }
    const { data, errors } = await stack.gql(FOLLOWER_USERS, { a: a!.id, b: b!.id, c: c!.id });
    expect(errors).toBeUndefined();
    const byId = new Map(users.map((user) => [user.id, user]));
    for (const read of [data.a!, data.b!, data.c!]) {
      expect(read.followerUsers.map((user) => user.ghlId)).toEqual(read.followers);
      expect(read.followerUsers.map((user) => user.name)).toEqual(read.followers.map((id) => byId.get(id)!.name));
    }
    expect(calls('getContact')).toBe(3);
    expect(calls('listLocationUsers')).toBe(1);
    expect(calls('getUser')).toBe(0);
  });

  it('refuses an empty list or another type’s id before any call', async () => {
    const contact = contactsOfLocation()[0]!;
    expectError(await stack.gql(ADD_FOLLOWERS, { id: contact.id, followers: [] }), 'BAD_USER_INPUT');
    const contactAsFollower = Buffer.from(`Contact:${contact.id}`).toString('base64');
    expectError(await stack.gql(REMOVE_FOLLOWERS, { id: contact.id, followers: [contactAsFollower] }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });

  it('refuses a user of another location, as GHL does', async () => {
    const contact = contactsOfLocation()[0]!;
    const stranger = stack.sandbox.store.usersOfLocation(stack.otherLocationId).find((user) => !user.roles.locationIds.includes(stack.locationId))!;
    const response = await stack.gql(ADD_FOLLOWERS, { id: contact.id, followers: [stranger.id] });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.sandbox.store.contacts.get(contact.id)!.followers ?? []).not.toContain(stranger.id);
  });
});

const UPSERT = graphql(`
  mutation ContactsUpsert($input: UpsertContactInput!) {
    upsertContact(input: $input) { created contact { ghlId firstName city email } }
  }
`);
const DUPLICATE = graphql(`
  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {
    duplicateContact(email: $email, phone: $phone) { ghlId email phone }
  }
`);
const READ_CITY = graphql(`query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }`);

describe('upsert', () => {
  it('creates a contact for an email nobody has, then updates that one for the same email', async () => {
    const email = `upsert-${randomUUID()}@example.com`;
    const created = await stack.gql(UPSERT, { input: { email, firstName: 'Grace', city: 'Arlington' } });
    expect(created.errors).toBeUndefined();
    expect(created.data.upsertContact.created).toBe(true);
    const id = created.data.upsertContact.contact.ghlId;
    expect(stack.sandbox.store.contacts.get(id)).toMatchObject({ email, firstName: 'Grace', city: 'Arlington', locationId: stack.locationId });

    const updated = await stack.gql(UPSERT, { input: { email: email.toUpperCase(), city: 'New York' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.upsertContact).toMatchObject({ created: false, contact: { ghlId: id, firstName: 'Grace', city: 'New York' } });
    expect(contactsOfLocation().filter((contact) => contact.emailLowerCase === email)).toHaveLength(1);
    expect((await stack.gql(READ_CITY, { id })).data.contact).toEqual({ city: 'New York', firstName: 'Grace' });
  });

  it('refuses a malformed email before any call', async () => {
    expectError(await stack.gql(UPSERT, { input: { email: 'not-an-email', firstName: 'Nobody' } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

describe('duplicate lookup', () => {
  it('finds the contact an email or a phone belongs to, and null for neither', async () => {
    const withEmail = contactsOfLocation().find((contact) => contact.email && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(contact.email))!;
    const byEmail = await stack.gql(DUPLICATE, { email: withEmail.email! });
    expect(byEmail.errors).toBeUndefined();
    expect(byEmail.data.duplicateContact?.ghlId).toBe(withEmail.id);

    const phone = '+14155550142';
    await stack.gql(UPSERT, { input: { email: `phone-${randomUUID()}@example.com`, phone } });
    const byPhone = await stack.gql(DUPLICATE, { phone });
    expect(byPhone.errors).toBeUndefined();
    const holders = contactsOfLocation().filter((contact) => contact.phone === phone).map((contact) => contact.id);
    expect(holders).toContain(byPhone.data.duplicateContact?.ghlId);

    const none = await stack.gql(DUPLICATE, { email: `nobody-${randomUUID()}@example.com` });
    expect(none.errors).toBeUndefined();
    expect(none.data.duplicateContact).toBeNull();
  });

  it('needs an email or a phone, refused before any call', async () => {
    expectError(await stack.gql(DUPLICATE, {}), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const BULK_TAGS = graphql(`
  mutation ContactsBulkTags($input: BulkContactTagsInput!) {
    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }
  }
`);

describe('bulk tags', () => {
  it('adds and removes tags on many contacts in one call, with each contact’s outcome', async () => {
    const [a, b] = contactsOfLocation().slice(10, 12);
    const stranger = stack.sandbox.store.contactsOfLocation(stack.otherLocationId)[0]!;
    const added = await stack.gql(BULK_TAGS, { input: { contactIds: [a!.id, b!.id, stranger.id], tags: ['Bulk-VIP'], action: 'ADD' } });
    expect(added.errors).toBeUndefined();
    expect(calls('bulkUpdateContactTags')).toBe(1);
    expect(added.data.bulkUpdateContactTags.errorCount).toBe(1);
    const [first, second, third] = added.data.bulkUpdateContactTags.results;
    expect(first).toMatchObject({ contactId: a!.id, succeeded: true, tagsAdded: ['bulk-vip'] });
    expect(second).toMatchObject({ contactId: b!.id, succeeded: true });
    expect(third).toMatchObject({ contactId: stranger.id, succeeded: false });
    expect(stack.sandbox.store.contacts.get(a!.id)!.tags).toContain('bulk-vip');

    const removed = await stack.gql(BULK_TAGS, { input: { contactIds: [a!.id], tags: ['bulk-vip'], action: 'REMOVE' } });
    expect(removed.data.bulkUpdateContactTags.results[0]).toMatchObject({ succeeded: true, tagsRemoved: ['bulk-vip'] });
    expect(stack.sandbox.store.contacts.get(a!.id)!.tags).not.toContain('bulk-vip');
  });

  it('refuses no contacts, no tags to add, and removeAllTags with ADD, before any call', async () => {
    const contact = contactsOfLocation()[10]!;
    expectError(await stack.gql(BULK_TAGS, { input: { contactIds: [], tags: ['x'], action: 'ADD' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(BULK_TAGS, { input: { contactIds: [contact.id], tags: [], action: 'ADD' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(BULK_TAGS, { input: { contactIds: [contact.id], tags: [], action: 'ADD', removeAllTags: true } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const SET_BUSINESS = graphql(`
  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {
    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }
  }
`);
const BUSINESS_CONTACTS = graphql(`
  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {
    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }
  }
`);

describe('businesses', () => {
  it('puts contacts in a business, lists them page by page, and takes one out', async () => {
    const businessId = `biz-${randomUUID()}`;
    const members = contactsOfLocation().slice(20, 23).map((contact) => contact.id);
    const set = await stack.gql(SET_BUSINESS, { input: { contactIds: members, businessId } });
    expect(set.errors).toBeUndefined();
    expect(set.data.setContactsBusiness.contactIds.sort()).toEqual([...members].sort());
    expect(set.data.setContactsBusiness.contacts.every((contact) => contact.businessId === businessId)).toBe(true);

    const first = await stack.gql(BUSINESS_CONTACTS, { businessId, first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.businessContacts!.totalCount).toBe(3);
    const second = await stack.gql(BUSINESS_CONTACTS, { businessId, first: 2, after: first.data.businessContacts!.pageInfo.endCursor });
    const listed = [...first.data.businessContacts!.edges, ...second.data.businessContacts!.edges].map((edge) => edge.node.ghlId);
    expect(listed.sort()).toEqual([...members].sort());
    expect(second.data.businessContacts!.pageInfo.hasNextPage).toBe(false);

    await stack.gql(SET_BUSINESS, { input: { contactIds: [members[0]!], businessId: null } });
    expect(stack.sandbox.store.contacts.get(members[0]!)!.businessId).toBeUndefined();
    expect((await stack.gql(BUSINESS_CONTACTS, { businessId })).data.businessContacts!.totalCount).toBe(2);
  });

  it('refuses no contacts and an empty business before any call', async () => {
    expectError(await stack.gql(SET_BUSINESS, { input: { contactIds: [], businessId: 'b' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(BUSINESS_CONTACTS, { businessId: ' ' }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expectSentAsDeclared(stack.sandbox.requests.entries, [
      'contactsAddFollowersContact',
      'contactsRemoveFollowersContact',
      'contactsUpsertContact',
      'contactsGetDuplicateContact',
      'contactsCreateAssociation',
      'contactsAddRemoveContactFromBusiness',
      'contactsGetContactsByBusinessId',
    ]);
});
