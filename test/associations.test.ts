/**
 * Associations and relations end to end against the sandbox: the associations of a location,
 * relations read as graph edges from contacts, opportunities and custom-object records (both ways),
 * batched so every record's edges cost one relations call and the associations one call per
 * request (counted in the sandbox's request log), and writes with their webhooks.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { AssociationsRelationEventsSubscription } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { useStack } from './support/stack.ts';
import { subscribeWs, type Subscriber } from './support/subscriber.ts';
import { deliver, webhookKeys } from './support/webhooks.ts';

const PETS = 'custom_objects.pets';
const keys = webhookKeys();

// Counted calls run past GHL's 100 per 10 s here: retries after a 429 would blur the counts.
const stack = useStack({
  sandbox: { rateLimit: { max: 100_000, intervalMs: 10_000 }, webhooks: { urls: [], sign: { scheme: 'ed25519', privateKey: keys.ed25519 } } },
  env: { GHL_WEBHOOK_ED25519_PUBLIC_KEY: keys.env['GHL_WEBHOOK_ED25519_PUBLIC_KEY']!, GHL_RATE_LIMIT_MAX: '100000' },
});
beforeAll(() => {
  stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
});
beforeEach(() => stack.sandbox.requests.clear());

const calls = (method: string, path: string | RegExp) => stack.sandbox.requests.count({ method, path });
const store = () => stack.sandbox.store;
const associationOf = (key: string) => store().associations.where((a) => a.locationId === stack.locationId && a.key === key)[0]!;
/** What the sandbox holds on the other side of a record's relations, under one association. */
const otherSides = (recordId: string, associationKey: string) =>
  store()
    .relationsOfRecord(recordId)
    .filter((relation) => relation.associationId === associationOf(associationKey).id)
    .map((relation) => (relation.firstRecordId === recordId ? relation.secondRecordId : relation.firstRecordId));

describe('associations', () => {
  it('lists a location’s associations, and reads one by key and by id', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query AssociationsList { associations(first: 10) { totalCount edges { node { id ghlId key associationType firstObjectKey firstObjectLabel secondObjectKey secondObjectLabel } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.associations!.edges.map((e) => e.node.key).sort()).toEqual(['pet_deal', 'pet_owner']);
    const owner = data.associations!.edges.find((e) => e.node.key === 'pet_owner')!.node;
    expect(owner).toMatchObject({ associationType: 'USER_DEFINED', firstObjectKey: 'contact', firstObjectLabel: 'Owner', secondObjectKey: PETS, secondObjectLabel: 'Pet' });
    const byKey = await stack.gql(graphql(`query AssociationsByKey { association(key: "pet_owner") { ghlId } }`));
    expect(byKey.data.association).toEqual({ ghlId: owner.ghlId });
    const byId = await stack.gql(graphql(`query AssociationsById($id: ID!) { association(id: $id) { key } }`), { id: owner.id });
    expect(byId.data.association).toEqual({ key: 'pet_owner' });
    const ofDeals = await stack.gql(graphql(`query AssociationsOfOpportunities { associations(objectKey: "opportunity") { edges { node { key } } } }`));
    expect(ofDeals.data.associations!.edges).toEqual([{ node: { key: 'pet_deal' } }]);
  });
});

describe('relations as edges', () => {
  it('20 contacts with their relations and related pets: one relations call per contact, one associations call, one read per pet', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query AssociationsContactsWithPets { contacts(first: 20) { edges { node { ghlId
      relations { ghlId association { key } firstRecordId secondRecord { ... on CustomObjectRecord { ghlId } } }
      relatedRecords(associationKey: "pet_owner") { ghlId property(key: "name") } } } } }`),
    );
    expect(errors).toBeUndefined();
    const contacts = data.contacts!.edges.map((e) => e.node);
    expect(contacts).toHaveLength(20);
    const pets = new Set<string>();
    for (const contact of contacts) {
      const expected = otherSides(contact.ghlId, 'pet_owner');
      expected.forEach((id) => pets.add(id));
      expect(contact.relatedRecords.map((r) => r.ghlId).sort(), contact.ghlId).toEqual([...new Set(expected)].sort());
      for (const pet of contact.relatedRecords) expect(pet.property).toBe(store().objectRecords.get(pet.ghlId)!.properties['name']);
      expect(contact.relations.map((r) => r.ghlId).sort()).toEqual(store().relationsOfRecord(contact.ghlId).map((r) => r.id).sort());
    }
    expect(pets.size).toBeGreaterThan(0);
    expect(calls('GET', /^\/associations\/relations\//)).toBe(20);
    expect(calls('GET', '/associations/')).toBe(1);
    expect(calls('GET', new RegExp(`^/objects/${PETS}/records/`))).toBe(pets.size);
    expect(stack.sandbox.requests.count()).toBe(1 + 20 + 1 + pets.size);
  });

  it('the other way: pets with their owners, each owner read once', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query AssociationsPetsWithOwners($objectKey: String!) { records(objectKey: $objectKey, first: 30) { edges { node { ghlId relatedContacts(associationKey: "pet_owner") { ghlId firstName } } } } }`),
      { objectKey: PETS },
    );
    expect(errors).toBeUndefined();
    const owners = new Set<string>();
    for (const { node } of data.records!.edges) {
      const expected = [...new Set(otherSides(node.ghlId, 'pet_owner'))].sort();
      expected.forEach((id) => owners.add(id));
      expect(node.relatedContacts.map((c) => c.ghlId).sort()).toEqual(expected);
      for (const contact of node.relatedContacts) expect(contact.firstName ?? null).toBe(store().contacts.get(contact.ghlId)!.firstName ?? null);
    }
    expect(owners.size).toBeGreaterThan(1);
    expect(calls('GET', /^\/associations\/relations\//)).toBe(30);
    expect(calls('GET', /^\/contacts\/[^/]+$/)).toBe(owners.size);
    expect(stack.sandbox.requests.count()).toBe(1 + 30 + 1 + owners.size);
  });

  it('an opportunity’s relations reach its pet, and the pet reaches back to the deal', async () => {
    const relation = store().relations.where((r) => r.locationId === stack.locationId && r.firstObjectKey === 'opportunity')[0]!;
    const { data, errors } = await stack.gql(
      graphql(`query AssociationsOpportunityPet($id: ID!) { opportunity(id: $id) { relations(associationKey: "pet_deal") { association { key } secondObjectKey
        secondRecord { __typename ... on CustomObjectRecord { ghlId relatedOpportunities { ghlId } } } } } }`),
      { id: relation.firstRecordId },
    );
    expect(errors).toBeUndefined();
    const pets = data.opportunity!.relations.flatMap((r) => (r.secondRecord?.__typename === 'CustomObjectRecord' ? [{ ...r, secondRecord: r.secondRecord }] : []));
    const related = pets.find((r) => r.secondRecord.ghlId === relation.secondRecordId)!;
    expect(related).toMatchObject({ association: { key: 'pet_deal' }, secondObjectKey: PETS });
    expect(related.secondRecord.relatedOpportunities.map((o) => o.ghlId)).toContain(relation.firstRecordId);
  });

  it('a related record GHL no longer has drops out of the list; the others stay', async () => {
    const relation = store().relations.where((r) => r.locationId === stack.locationId && r.firstObjectKey === 'contact')[0]!;
    const contactId = relation.firstRecordId;
    const pet = store().objectRecords.get(relation.secondRecordId)!;
    // Deleted behind the relations' back, as a stale relation in GHL would be.
    store().objectRecords.delete(pet.id);
    try {
      const { data, errors } = await stack.gql(graphql(`query AssociationsContactRecords($id: ID!) { contact(id: $id) { relatedRecords { ghlId } } }`), { id: contactId });
      expect(errors).toBeUndefined();
      const expected = [...new Set(otherSides(contactId, 'pet_owner'))].filter((id) => id !== pet.id).sort();
      expect(data.contact!.relatedRecords.map((r) => r.ghlId).sort()).toEqual(expected);
    } finally {
      store().objectRecords.insert(pet);
    }
  });

  it('the cost estimate bounds what the edges really cost', async () => {
    const response = await stack.gql(graphql(`query AssociationsEdgesCost { contacts(first: 5) { edges { node { relations { ghlId } relatedRecords { ghlId } } } } }`));
    expect(response.errors).toBeUndefined();
    const cost = response.extensions?.cost;
    if (!cost) throw new Error('no extensions.cost in the response');
    expect(cost.upstreamCalls).toBe(stack.sandbox.requests.count());
    // 1 search + 5 × (1 relations call + RELATED_ASSUMED reads) + 5 relations calls counted again for the second edge + 1 associations list.
    expect(cost.estimatedCalls).toBe(1 + 5 * 6 + 5 + 1);
    expect(cost.estimatedCalls).toBeGreaterThanOrEqual(cost.upstreamCalls);
  });

  it('an association key the location does not have is BAD_USER_INPUT', async () => {
    const contact = store().relations.where((r) => r.locationId === stack.locationId && r.firstObjectKey === 'contact')[0]!.firstRecordId;
    expectError(
      await stack.gql(graphql(`query AssociationsUnknownKey($id: ID!) { contact(id: $id) { relatedRecords(associationKey: "nope") { ghlId } } }`), { id: contact }),
      'BAD_USER_INPUT',
    );
  });
});

const CREATE_RELATION = graphql(
  `mutation AssociationsCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId firstObjectKey secondObjectKey } } }`,
);

describe('writes', () => {
  let subscriber: Subscriber<AssociationsRelationEventsSubscription>;
  afterAll(() => subscriber?.close());

  it('links a contact to a pet, sends RelationCreate with the relation resolved, and unlinks them', async () => {
    subscriber = subscribeWs(
      stack.gateway.url,
      graphql(`subscription AssociationsRelationEvents { relationEvents { type relationId relation { association { key } firstRecord { ... on Contact { ghlId } } secondRecord { ... on CustomObjectRecord { ghlId objectKey } } } } }`),
      {},
      { token: stack.token },
    );
    for (let tries = 0; subscriber.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`never live: ${JSON.stringify(subscriber.errors)}`);
      await deliver(stack.gateway.webhookUrl, keys, { type: 'RelationDelete', locationId: stack.locationId, id: 'probe', webhookId: randomUUID(), timestamp: new Date().toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const contact = store().contactsOfLocation(stack.locationId).at(-1)!;
    const pet = store().objectRecords.where((r) => r.locationId === stack.locationId)[0]!;
    const owner = associationOf('pet_owner');
    const made = await stack.gql(CREATE_RELATION, { a: owner.id, c: contact.id, p: pet.id });
    expect(made.errors).toBeUndefined();
    const relationId = made.data.createRelation.relation.ghlId;
    expect(made.data.createRelation.relation).toMatchObject({ firstObjectKey: 'contact', secondObjectKey: PETS });
    expect(store().relations.get(relationId)).toMatchObject({ firstRecordId: contact.id, secondRecordId: pet.id });
    const [event] = await subscriber.waitFor((d) => d.relationEvents.relationId === relationId);
    expect(event!.relationEvents.relation).toEqual({ association: { key: 'pet_owner' }, firstRecord: { ghlId: contact.id }, secondRecord: { ghlId: pet.id, objectKey: PETS } });

    expectError(await stack.gql(CREATE_RELATION, { a: owner.id, c: contact.id, p: pet.id }), 'BAD_USER_INPUT');
    const gone = await stack.gql(graphql(`mutation AssociationsDeleteRelation($id: ID!) { deleteRelation(id: $id) { deletedGhlId } }`), { id: relationId });
    expect(gone.data.deleteRelation).toEqual({ deletedGhlId: relationId });
    expect(store().relations.has(relationId)).toBe(false);
  });

  it('refuses a relation whose records are not of the association’s kinds', async () => {
    const pet = store().objectRecords.where((r) => r.locationId === stack.locationId)[0]!;
    const made = await stack.gql(CREATE_RELATION, { a: associationOf('pet_owner').id, c: pet.id, p: pet.id });
    expectError(made, 'BAD_USER_INPUT');
  });

  it('defines, renames and deletes an association, taking its relations with it, each change an association event', async () => {
    const events = subscribeWs(
      stack.gateway.url,
      graphql(`subscription AssociationsAssociationEvents { associationEvents { type key association { ghlId firstObjectLabel } } }`),
      {},
      { token: stack.token },
    );
    for (let tries = 0; events.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`never live: ${JSON.stringify(events.errors)}`);
      await deliver(stack.gateway.webhookUrl, keys, { type: 'AssociationDelete', locationId: stack.locationId, id: 'probe', webhookId: randomUUID(), timestamp: new Date().toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const key = `pet_vet_${randomUUID().slice(0, 6)}`;
    const define = graphql(`mutation AssociationsCreate($input: CreateAssociationInput!) { createAssociation(input: $input) { association { id ghlId key associationType } } }`);
    const made = await stack.gql(define, { input: { key, firstObjectKey: 'contact', firstObjectLabel: 'Vet', secondObjectKey: PETS, secondObjectLabel: 'Patient' } });
    expect(made.errors).toBeUndefined();
    const { id, ghlId } = made.data.createAssociation.association;
    expect(made.data.createAssociation.association).toMatchObject({ key, associationType: 'USER_DEFINED' });
    const renamed = await stack.gql(
      graphql(`mutation AssociationsRename($id: ID!) { updateAssociation(id: $id, firstObjectLabel: "Doctor", secondObjectLabel: "Patient") { association { firstObjectLabel } } }`),
      { id },
    );
    expect(renamed.data.updateAssociation.association).toEqual({ firstObjectLabel: 'Doctor' });
    const [created, updated] = await events.waitFor((d) => d.associationEvents.key === key, 2);
    expect(created!.associationEvents).toEqual({ type: 'AssociationCreate', key, association: { ghlId, firstObjectLabel: expect.any(String) } });
    expect(updated!.associationEvents).toEqual({ type: 'AssociationUpdate', key, association: { ghlId, firstObjectLabel: 'Doctor' } });
    const contact = store().contactsOfLocation(stack.locationId)[0]!;
    const pet = store().objectRecords.where((r) => r.locationId === stack.locationId)[1]!;
    const linked = await stack.gql(CREATE_RELATION, { a: id, c: contact.id, p: pet.id });
    expect(linked.errors).toBeUndefined();
    const deleted = await stack.gql(graphql(`mutation AssociationsDelete($id: ID!) { deleteAssociation(id: $id) { deletedGhlId } }`), { id });
    expect(deleted.data.deleteAssociation).toEqual({ deletedGhlId: ghlId });
    expect(store().relations.where((r) => r.associationId === ghlId)).toEqual([]);
    const [deletedEvent] = await events.waitFor((d) => d.associationEvents.key === key && d.associationEvents.type === 'AssociationDelete');
    // Gone: its GHL id and key remain in the event, the association itself is null.
    expect(deletedEvent!.associationEvents.association).toBeNull();
    await events.close();
    const unknown = await stack.gql(define, {
      input: { key: 'x_y', firstObjectKey: 'contact', firstObjectLabel: 'A', secondObjectKey: 'custom_objects.unicorns', secondObjectLabel: 'B' },
    });
    expectError(unknown, 'BAD_USER_INPUT');
  });
});
