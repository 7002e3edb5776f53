/**
 * Custom objects end to end against the sandbox: object schemas with typed fields, records through
 * GHL's record search and by id, writes that the sandbox stores and answers with its webhooks, and
 * a record event over a real WebSocket whose `record` resolves like a query's. Calls are counted
 * in the sandbox's request log.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { CustomObjectsRecordEventsSubscription } from './generated/graphql.ts';
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
const petsOf = (locationId: string) =>
  stack.sandbox.store.objectRecords
    .where((record) => record.locationId === locationId && record.objectKey === PETS)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.id.localeCompare(b.id));

describe('object schemas', () => {
  it('lists a location’s objects, custom and standard, in one call', async () => {
    const { data, errors } = await stack.gql(graphql(`query CustomObjectsSchemas { objectSchemas { ghlId key standard singularLabel pluralLabel createdAt } }`));
    expect(errors).toBeUndefined();
    const stored = stack.sandbox.store.objectSchemas.where((schema) => schema.locationId === stack.locationId);
    expect(data.objectSchemas.map((s) => s.key)).toEqual(stored.map((schema) => schema.key));
    expect(data.objectSchemas.find((s) => s.key === PETS)).toMatchObject({ standard: false, singularLabel: 'Pet', pluralLabel: 'Pets' });
    expect(data.objectSchemas.find((s) => s.key === 'contact')).toMatchObject({ standard: true });
    expect(calls('GET', '/objects/')).toBe(1);
    expect(stack.sandbox.requests.count()).toBe(1);
  });

  it('reads one object with its typed fields, by key', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query CustomObjectsSchema($key: String!) { objectSchema(key: $key) { id key searchableProperties fields { name fieldKey dataType options { key label } } } }`),
      { key: PETS },
    );
    expect(errors).toBeUndefined();
    const species = data.objectSchema.fields.find((f) => f.name === 'Species');
    expect(species).toEqual({ name: 'Species', fieldKey: `${PETS}.species`, dataType: 'SINGLE_OPTIONS', options: expect.arrayContaining([{ key: 'dog', label: 'Dog' }]) });
    expect(data.objectSchema.fields.map((f) => f.dataType)).toEqual(['TEXT', 'SINGLE_OPTIONS', 'NUMERICAL', 'CHECKBOX']);
    expect(data.objectSchema.searchableProperties).toEqual([`${PETS}.name`]);
    // Its global id reads it again.
    const again = await stack.gql(graphql(`query CustomObjectsSchemaNode($id: ID!) { node(id: $id) { ... on CustomObjectSchema { key } } }`), { id: data.objectSchema.id });
    expect(again.data.node).toEqual({ key: PETS });
  });

  it('refuses an object key that is not one, before any call, and names an unknown one NOT_FOUND', async () => {
    const schemaKey = graphql(`query CustomObjectsSchemaKey($key: String!) { objectSchema(key: $key) { key } }`);
    expectError(await stack.gql(schemaKey, { key: 'Pets!' }), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.count()).toBe(0);
    expectError(await stack.gql(schemaKey, { key: 'custom_objects.unicorns' }), 'NOT_FOUND');
  });

  it('creates a custom object and changes what its records are searched by', async () => {
    const key = `tickets_${randomUUID().slice(0, 6)}`;
    const created = await stack.gql(
      graphql(`mutation CustomObjectsCreateTickets($key: String!) { createObjectSchema(input: { key: $key, singularLabel: "Ticket", pluralLabel: "Tickets",
        primaryPropertyKey: "subject", primaryPropertyName: "Subject", primaryPropertyType: TEXT }) { objectSchema { key standard primaryDisplayProperty } } }`),
      { key },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createObjectSchema.objectSchema).toEqual({ key: `custom_objects.${key}`, standard: false, primaryDisplayProperty: `custom_objects.${key}.subject` });
    const update = graphql(`mutation CustomObjectsUpdateSchema($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { pluralLabel: "Support tickets", searchableProperties: $props }) {
        objectSchema { pluralLabel searchableProperties } } }`);
    const updated = await stack.gql(update, { key: `custom_objects.${key}`, props: [`custom_objects.${key}.subject`] });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateObjectSchema.objectSchema).toEqual({ pluralLabel: 'Support tickets', searchableProperties: [`custom_objects.${key}.subject`] });
    expect(stack.sandbox.store.objectSchemas.where((s) => s.key === `custom_objects.${key}`)[0]?.labels.plural).toBe('Support tickets');
    const wrong = await stack.gql(
      graphql(`mutation CustomObjectsSearchByUnknown($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { searchableProperties: $props }) { objectSchema { key } } }`),
      { key: PETS, props: [`${PETS}.colour`] },
    );
    expectError(wrong, 'BAD_USER_INPUT');
  });
});

describe('records', () => {
  it('pages through a custom object’s records newest first, as GHL’s search answers them', async () => {
    const stored = petsOf(stack.locationId);
    const first = await stack.gql(
      graphql(`query CustomObjectsRecordsFirst($objectKey: String!) { records(objectKey: $objectKey, first: 15) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId objectKey properties createdAt } } } }`),
      { objectKey: PETS },
    );
    expect(first.errors).toBeUndefined();
    const records = first.data.records!;
    expect(records.totalCount).toBe(stored.length);
    expect(records.edges.map((e) => e.node.ghlId)).toEqual(stored.slice(0, 15).map((r) => r.id));
    expect(records.edges[0]!.node.properties).toEqual(stored[0]!.properties);
    const second = await stack.gql(
      graphql(`query CustomObjectsRecordsAfter($objectKey: String!, $after: String) { records(objectKey: $objectKey, first: 15, after: $after) { edges { node { ghlId } } } }`),
      { objectKey: PETS, after: records.pageInfo.endCursor },
    );
    expect(second.data.records!.edges.map((e) => e.node.ghlId)).toEqual(stored.slice(15, 30).map((r) => r.id));
    expect(calls('POST', `/objects/${PETS}/records/search`)).toBe(2);
  });

  it('gives a page of records’ values with their typed fields from one read of the object', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query CustomObjectsRecordValues($objectKey: String!) { records(objectKey: $objectKey, first: 10) { edges { node { ghlId values { name fieldKey value field { name dataType } } } } } }`),
      { objectKey: PETS },
    );
    expect(errors).toBeUndefined();
    const edges = data.records!.edges;
    for (const { node } of edges) {
      const stored = stack.sandbox.store.objectRecords.get(node.ghlId)!;
      expect(Object.fromEntries(node.values.map((v) => [v.name, v.value]))).toEqual(stored.properties);
    }
    const age = edges[0]!.node.values.find((v) => v.name === 'age');
    expect(age).toMatchObject({ fieldKey: `${PETS}.age`, field: { name: 'Age', dataType: 'NUMERICAL' } });
    expect(stack.sandbox.requests.count()).toBe(2);
    expect(calls('GET', `/objects/${PETS}`)).toBe(1);
  });

  it('searches one searchable property with `query`', async () => {
    const name = petsOf(stack.locationId)[0]!.properties['name'] as string;
    const { data, errors } = await stack.gql(
      graphql(`query CustomObjectsRecordSearch($objectKey: String!, $q: String) { records(objectKey: $objectKey, query: $q, first: 100) { totalCount edges { node { property(key: "name") } } } }`),
      { objectKey: PETS, q: `name:${name}` },
    );
    expect(errors).toBeUndefined();
    const expected = petsOf(stack.locationId).filter((r) => r.properties['name'] === name);
    expect(data.records!.totalCount).toBe(expected.length);
    expect(data.records!.edges.map((e) => e.node.property)).toEqual(expected.map(() => name));
  });

  it('reads a record by id once per request, however often it is asked for, and by its global id', async () => {
    const pet = petsOf(stack.locationId)[3]!;
    const { data, errors } = await stack.gql(
      graphql(`query CustomObjectsRecordTwice($objectKey: String!, $property: String!, $id: ID!) {
        a: record(objectKey: $objectKey, id: $id) { id ghlId property(key: $property) ownerIds owners { ghlId } objectSchema { singularLabel } }
        b: record(objectKey: $objectKey, id: $id) { ghlId } }`),
      { objectKey: PETS, property: `${PETS}.species`, id: pet.id },
    );
    expect(errors).toBeUndefined();
    expect(data.a).toMatchObject({ ghlId: pet.id, property: pet.properties['species'], ownerIds: pet.owner, owners: pet.owner.map((ghlId) => ({ ghlId })) });
    expect(data.a.objectSchema?.singularLabel).toBe('Pet');
    expect(calls('GET', `/objects/${PETS}/records/${pet.id}`)).toBe(1);
    expect(calls('GET', `/objects/${PETS}`)).toBe(1);
    const again = await stack.gql(graphql(`query CustomObjectsRecordNode($id: ID!) { node(id: $id) { ... on CustomObjectRecord { ghlId objectKey } } }`), { id: data.a.id });
    expect(again.data.node).toEqual({ ghlId: pet.id, objectKey: PETS });
  });

  it('creates, changes and deletes a record, which the sandbox keeps', async () => {
    const created = await stack.gql(
      graphql(`mutation CustomObjectsCreateRecord($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: "Ziggy", species: "cat", age: 2 } }) { record { ghlId properties } } }`),
      { objectKey: PETS },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createRecord.record.ghlId;
    expect(stack.sandbox.store.objectRecords.get(id)?.properties).toEqual({ name: 'Ziggy', species: 'cat', age: 2 });
    const updated = await stack.gql(
      graphql(`mutation CustomObjectsUpdateRecord($objectKey: String!, $id: ID!) { updateRecord(objectKey: $objectKey, id: $id, input: { properties: { age: 3 } }) { record { properties updatedAt } } }`),
      { objectKey: PETS, id },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateRecord.record.properties).toEqual({ name: 'Ziggy', species: 'cat', age: 3 });
    const deleted = await stack.gql(
      graphql(`mutation CustomObjectsDeleteRecord($objectKey: String!, $id: ID!) { deleteRecord(objectKey: $objectKey, id: $id) { deletedGhlId } }`),
      { objectKey: PETS, id },
    );
    expect(deleted.data.deleteRecord).toEqual({ deletedGhlId: id });
    expect(stack.sandbox.store.objectRecords.has(id)).toBe(false);
    expectError(
      await stack.gql(graphql(`query CustomObjectsRecordGone($objectKey: String!, $id: ID!) { record(objectKey: $objectKey, id: $id) { ghlId } }`), { objectKey: PETS, id }),
      'NOT_FOUND',
    );
  });

  it('passes on GHL’s refusal of a value of the wrong type, and refuses two owners itself', async () => {
    const create = graphql(`mutation CustomObjectsCreateRefused($objectKey: String!, $input: CustomObjectRecordInput!) { createRecord(objectKey: $objectKey, input: $input) { record { ghlId } } }`);
    const wrong = await stack.gql(create, { objectKey: PETS, input: { properties: { species: 'dragon' } } });
    expectError(wrong, 'BAD_USER_INPUT');
    const owners = await stack.gql(create, { objectKey: PETS, input: { owner: ['u1', 'u2'], properties: { name: 'Rex' } } });
    expectError(owners, 'BAD_USER_INPUT');
    expect(calls('POST', `/objects/${PETS}/records`)).toBe(1);
  });
});

describe('record events', () => {
  let subscriber: Subscriber<CustomObjectsRecordEventsSubscription>;
  afterAll(() => subscriber?.close());

  it('a createObjectSchema reaches an objectSchemaEvents subscriber with the object as queries serve it', async () => {
    const events = subscribeWs(
      stack.gateway.url,
      graphql(`subscription CustomObjectsSchemaEvents { objectSchemaEvents { type key objectSchema { key singularLabel fields { name dataType } } } }`),
      {},
      { token: stack.token },
    );
    for (let tries = 0; events.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`never live: ${JSON.stringify(events.errors)}`);
      await deliver(stack.gateway.webhookUrl, keys, { type: 'ObjectSchemaUpdate', locationId: stack.locationId, key: PETS, webhookId: randomUUID(), timestamp: new Date().toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const key = `custom_objects.cars_${randomUUID().slice(0, 6)}`;
    const made = await stack.gql(
      graphql(`mutation CustomObjectsCreateCars($key: String!) { createObjectSchema(input: { key: $key, singularLabel: "Car", pluralLabel: "Cars", primaryPropertyKey: "plate", primaryPropertyName: "Plate", primaryPropertyType: TEXT }) { objectSchema { key } } }`),
      { key },
    );
    expect(made.errors).toBeUndefined();
    const [event] = await events.waitFor((d) => d.objectSchemaEvents.key === key);
    expect(event!.objectSchemaEvents).toEqual({ type: 'ObjectSchemaCreate', key, objectSchema: { key, singularLabel: 'Car', fields: [{ name: 'Plate', dataType: 'TEXT' }] } });
    await events.close();
  });

  it('a createRecord reaches a recordEvents subscriber as a RecordCreate whose record resolves as a query’s', async () => {
    subscriber = subscribeWs(
      stack.gateway.url,
      graphql(`subscription CustomObjectsRecordEvents { recordEvents { type recordId objectKey record { ghlId objectKey property(key: "name") objectSchema { pluralLabel } } } }`),
      {},
      { token: stack.token },
    );
    // Live once a probe, signed with the same key, has come through.
    for (let tries = 0; subscriber.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`never live: ${JSON.stringify(subscriber.errors)}`);
      await deliver(stack.gateway.webhookUrl, keys, { type: 'RecordDelete', locationId: stack.locationId, id: 'probe', webhookId: randomUUID(), timestamp: new Date().toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { data, errors } = await stack.gql(
      graphql(`mutation CustomObjectsCreatePixel($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: "Pixel", species: "rabbit" } }) { record { ghlId } } }`),
      { objectKey: PETS },
    );
    expect(errors).toBeUndefined();
    const id = data.createRecord.record.ghlId;
    const [event] = await subscriber.waitFor((d) => d.recordEvents.recordId === id);
    expect(event!.recordEvents).toEqual({
      type: 'RecordCreate',
      recordId: id,
      objectKey: PETS,
      record: { ghlId: id, objectKey: PETS, property: 'Pixel', objectSchema: { pluralLabel: 'Pets' } },
    });
  });
});
