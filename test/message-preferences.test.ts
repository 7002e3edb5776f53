/**
 * A location's custom message subtypes and a contact's email subscriptions, end to end against the
 * sandbox: subtypes created, renamed and archived read back on the location, a contact's
 * subscriptions change and read back, each subscription's subtype batches through the location's
 * one list, bad input is refused before any call, and every call validates against the file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.gateway.client.stats.reset());

const calls = (operation?: string) => stack.gateway.client.stats.count(operation);
const store = () => stack.sandbox.store;
const globalId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');

const CREATE = graphql(`
  mutation PreferencesCreateSubtype($input: CreateConversationSubtypeInput!) {
    createConversationSubtype(input: $input) { conversationSubtype { id ghlId name description channel language archived location { ghlId } } }
  }
`);
const UPDATE = graphql(`
  mutation PreferencesUpdateSubtype($id: ID!, $input: UpdateConversationSubtypeInput!) {
    updateConversationSubtype(id: $id, input: $input) { conversationSubtype { ghlId name description archived } }
  }
`);
const SUBTYPES = graphql(`
  query PreferencesLocationSubtypes($includeArchived: Boolean) {
    location { conversationSubtypes(includeArchived: $includeArchived) { ghlId name channel archived } }
  }
`);
const NODE = graphql(`query PreferencesSubtypeNode($id: ID!) { node(id: $id) { ... on ConversationSubtype { ghlId name } } }`);

const subtypesOfLocation = () => store().customSubtypes.where((subtype) => subtype.locationId === stack.locationId);

describe('custom message subtypes', () => {
  it('creates one, reads it back on the location and by its id, and refuses the same name twice', async () => {
    const input = { name: 'Weekly newsletter', description: 'Our news, every Monday', channel: 'EMAIL' as const, language: 'en' };
    const { data, errors } = await stack.gql(CREATE, { input });
    expect(errors).toBeUndefined();
    const created = data.createConversationSubtype.conversationSubtype;
    const stored = store().customSubtypes.get(created.ghlId)!;
    expect(stored).toMatchObject({ locationId: stack.locationId, name: input.name, description: input.description, channel: 'email', language: 'en', archived: false });
    expect(created).toMatchObject({ name: input.name, description: input.description, channel: 'EMAIL', language: 'en', archived: false, location: { ghlId: stack.locationId } });

    const listed = await stack.gql(SUBTYPES, {});
    expect(listed.data.location?.conversationSubtypes.map((subtype) => subtype.ghlId)).toContain(created.ghlId);
    const node = await stack.gql(NODE, { id: created.id });
    expect(node.data.node).toEqual({ ghlId: created.ghlId, name: input.name });

    const again = await stack.gql(CREATE, { input: { ...input, name: 'WEEKLY newsletter' } });
    expectError(again, 'BAD_USER_INPUT');
    expect(subtypesOfLocation().filter((subtype) => subtype.name.toLowerCase() === 'weekly newsletter')).toHaveLength(1);
  });

  it('renames and archives one: the location lists it only when asked for archived ones', async () => {
    const created = await stack.gql(CREATE, { input: { name: 'Product updates', channel: 'SMS', language: 'en' } });
    const id = created.data.createConversationSubtype.conversationSubtype.id;
    const ghlId = created.data.createConversationSubtype.conversationSubtype.ghlId;
    const renamed = await stack.gql(UPDATE, { id, input: { name: 'Release notes', description: 'What shipped' } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateConversationSubtype.conversationSubtype).toEqual({ ghlId, name: 'Release notes', description: 'What shipped', archived: false });

    const archived = await stack.gql(UPDATE, { id: ghlId, input: { archived: true } });
    expect(archived.data.updateConversationSubtype.conversationSubtype).toMatchObject({ name: 'Release notes', archived: true });
    expect(store().customSubtypes.get(ghlId)).toMatchObject({ name: 'Release notes', archived: true });

    const live = await stack.gql(SUBTYPES, {});
    expect(live.data.location?.conversationSubtypes.map((subtype) => subtype.ghlId)).not.toContain(ghlId);
    const all = await stack.gql(SUBTYPES, { includeArchived: true });
    const truth = subtypesOfLocation().sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.id.localeCompare(b.id));
    expect(all.data.location?.conversationSubtypes.map((subtype) => subtype.ghlId)).toEqual(truth.map((subtype) => subtype.id));
  });

  it('refuses an empty or too long name, an empty change, and another type’s id before any call', async () => {
    expectError(await stack.gql(CREATE, { input: { name: ' ', channel: 'EMAIL', language: 'en' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(CREATE, { input: { name: 'x'.repeat(101), channel: 'EMAIL', language: 'en' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(UPDATE, { id: 'abc', input: {} }), 'BAD_USER_INPUT');
    expectError(await stack.gql(UPDATE, { id: globalId('Contact', 'abc'), input: { name: 'New' } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });

  it('answers NOT_FOUND for a subtype the location does not have', async () => {
    expectError(await stack.gql(UPDATE, { id: 'no-such-subtype', input: { name: 'New' } }), 'NOT_FOUND');
  });
});

const SUBSCRIPTIONS = graphql(`
  query PreferencesContactSubscriptions($id: ID!) {
    contact(id: $id) { emailSubscriptions { email subtypeName status updatedAt subtype { ghlId name } } }
  }
`);
const CHANGE = graphql(`
  mutation PreferencesChangeSubscription($input: ChangeEmailSubscriptionInput!) {
    changeEmailSubscription(input: $input) { contact { ghlId } emailSubscriptions { subtypeName status subtype { ghlId } } }
  }
`);
const CONTACTS_SUBSCRIPTIONS = graphql(`
  query PreferencesContactsSubscriptions($first: Int) {
    contacts(first: $first) { edges { node { ghlId emailSubscriptions { subtypeName status subtype { ghlId name } } } } }
  }
`);

const emailContacts = (): Contact[] => store().contactsOfLocation(stack.locationId).filter((contact) => contact.email);

async function liveEmailSubtype(name: string): Promise<string> {
  const created = await stack.gql(CREATE, { input: { name, channel: 'EMAIL', language: 'en' } });
  expect(created.errors).toBeUndefined();
  return created.data.createConversationSubtype.conversationSubtype.ghlId;
}

describe('email subscriptions', () => {
  it('lists "One on One" and each live email subtype, unsubscribes and resubscribes with a reason, and reads it back', async () => {
    const subtypeId = await liveEmailSubtype('Monthly digest');
    const contact = emailContacts()[0]!;
    const before = await stack.gql(SUBSCRIPTIONS, { id: contact.id });
    expect(before.errors).toBeUndefined();
    const rows = before.data.contact!.emailSubscriptions;
    expect(rows[0]).toMatchObject({ email: contact.email!.toLowerCase(), subtypeName: 'One on One', status: 'SUBSCRIBED', subtype: null, updatedAt: null });
    expect(rows.find((row) => row.subtype?.ghlId === subtypeId)).toMatchObject({ subtypeName: 'Monthly digest', status: 'SUBSCRIBED' });
    const liveEmailSubtypes = subtypesOfLocation().filter((subtype) => subtype.channel === 'email' && !subtype.archived);
    expect(rows).toHaveLength(1 + liveEmailSubtypes.length);

    const left = await stack.gql(CHANGE, { input: { contactId: contact.id, email: contact.email!, scope: 'SUBTYPE', subtypeId, subscribed: false } });
    expect(left.errors).toBeUndefined();
    expect(left.data.changeEmailSubscription.contact?.ghlId).toBe(contact.id);
    const changed = left.data.changeEmailSubscription.emailSubscriptions.find((row) => row.subtype?.ghlId === subtypeId);
    expect(changed?.status).toBe('UNSUBSCRIBED');
    expect(left.data.changeEmailSubscription.emailSubscriptions.find((row) => row.subtypeName === 'One on One')?.status).toBe('SUBSCRIBED');
    expect(store().subscriptionChoices.get(`${contact.id}/${contact.email!.toLowerCase()}/${subtypeId}`)?.status).toBe('unsubscribed');

    const noReason = await stack.gql(CHANGE, { input: { contactId: contact.id, email: contact.email!, scope: 'ALL', subscribed: true } });
    expectError(noReason, 'BAD_USER_INPUT');
    const back = await stack.gql(CHANGE, { input: { contactId: contact.id, email: contact.email!, scope: 'ALL', subscribed: true, legalReason: 'Asked on the phone' } });
    expect(back.errors).toBeUndefined();
    expect(back.data.changeEmailSubscription.emailSubscriptions.every((row) => row.status === 'SUBSCRIBED')).toBe(true);
    expect(store().subscriptionChoices.get(`${contact.id}/${contact.email!.toLowerCase()}/${subtypeId}`)).toMatchObject({ status: 'subscribed', legalReason: 'Asked on the phone' });
  });

  it('reads each contact’s subscriptions in one call per contact, and their subtypes in one call for the location', async () => {
    await liveEmailSubtype('Event invitations');
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(CONTACTS_SUBSCRIPTIONS, { first: 10 });
    expect(errors).toBeUndefined();
    const nodes = data.contacts!.edges.map((edge) => edge.node);
    expect(nodes.length).toBe(10);
    const names = new Map(subtypesOfLocation().map((subtype) => [subtype.id, subtype.name]));
    for (const node of nodes) {
      const contact = store().contacts.get(node.ghlId)!;
      expect(node.emailSubscriptions.length > 0).toBe(Boolean(contact.email));
      for (const row of node.emailSubscriptions) if (row.subtype) expect(row.subtype.name).toBe(names.get(row.subtype.ghlId));
    }
    expect(nodes.some((node) => node.emailSubscriptions.some((row) => row.subtype))).toBe(true);
    expect(calls('getEmailSubscriptions')).toBe(nodes.length);
    expect(calls('listCustomSubtypes')).toBe(1);
  });

  it('refuses a scope without its subtype, a subtype for another scope, and an empty email before any call', async () => {
    const contact = emailContacts()[1]!;
    const input = { contactId: contact.id, email: contact.email!, subscribed: false };
    expectError(await stack.gql(CHANGE, { input: { ...input, scope: 'SUBTYPE' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(CHANGE, { input: { ...input, scope: 'ONE_ON_ONE', subtypeId: 'abc' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(CHANGE, { input: { ...input, scope: 'ALL' } }), 'BAD_USER_INPUT');
    expectError(await stack.gql(CHANGE, { input: { ...input, email: ' ', scope: 'ONE_ON_ONE' } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expectSentAsDeclared(stack.sandbox.requests.entries, [
    'conversationsGetAllCustomSubtypes',
    'conversationsCreateCustomSubtype',
    'conversationsUpdateCustomSubtype',
    'conversationsGetContactUnsubscriptionStatus',
    'conversationsUserSubscriptionChange',
  ]);
});
