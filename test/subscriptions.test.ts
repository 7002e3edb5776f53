/**
 * The `events` subscription over real transports: graphql-ws on a WebSocket and Yoga's SSE, fed by
 * signed webhooks POSTed to the same gateway, and isolated per location by what GHL lets each
 * subscriber's own token read.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { eventCatalog, type EventType } from '../src/events/events.ts';
import { graphql } from './generated/gql.ts';
import type { GhlEventFamily, LocationEventsSubscription, LocationEventsSubscriptionVariables } from './generated/graphql.ts';
import { useStack } from './support/stack.ts';
import { subscribeSse, subscribeWs, type SubscribeOptions, type Subscriber } from './support/subscriber.ts';
import { contactCreate, deliver, webhookKeys } from './support/webhooks.ts';

const EVENTS = graphql(`subscription LocationEvents($locationId: ID, $types: [String!], $families: [GhlEventFamily!]) {
  events(locationId: $locationId, types: $types, families: $families) { type family locationId webhookId timestamp entityId payload }
}`);

const keys = webhookKeys();
const stack = useStack({ env: keys.env });
const open: Subscriber<unknown>[] = [];

afterAll(() => Promise.all(open.map((subscriber) => subscriber.close())));

const post = (payload: object) => deliver(stack.gateway.webhookUrl, keys, payload);

/** A subscriber that is known to be listening: a probe event of its location has reached it. */
async function live(
  subscribe: typeof subscribeWs,
  locationId: string,
  variables: LocationEventsSubscriptionVariables,
  options: SubscribeOptions,
  probe: (locationId: string) => object = (id) => contactCreate(id, { probe: true }),
): Promise<Subscriber<LocationEventsSubscription>> {
  const subscriber = subscribe(stack.gateway.url, EVENTS, variables, options);
  open.push(subscriber);
  for (let tries = 0; subscriber.received.length === 0; tries++) {
    if (subscriber.errors.length > 0 || tries > 100) throw new Error(`not live: ${JSON.stringify(subscriber.errors)}`);
    expect((await post(probe(locationId))).status).toBe(200);
    await new Promise((done) => setTimeout(done, 50));
  }
  return subscriber;
}

type LocationEvent = LocationEventsSubscription['events'];
const events = (subscriber: Subscriber<LocationEventsSubscription>) => subscriber.received.map((data) => data.events);
const isProbe = ({ payload }: LocationEvent) => typeof payload === 'object' && payload !== null && 'probe' in payload && payload.probe === true;
/** Probes still on their way when a subscriber went live may arrive after a test's mark. */
const notProbes = (received: LocationEvent[]) => received.filter((event) => !isProbe(event));

describe('over WebSocket (graphql-ws)', () => {
  it('delivers a signed webhook with its fields, to a token sent as connectionParams.authorization', async () => {
    const subscriber = await live(subscribeWs, stack.locationId, { locationId: stack.locationId }, { token: stack.token });
    const payload = {
      type: 'OpportunityStageUpdate',
      locationId: stack.locationId,
      id: 'opp123',
      pipelineId: 'pipe1',
      pipelineStageId: 'stage2',
      status: 'open',
      monetaryValue: 2500,
      webhookId: randomUUID(),
      timestamp: new Date().toISOString(),
    };
    expect((await post(payload)).body).toEqual({ received: true, emitted: true });
    const [event] = await subscriber.waitFor((data) => data.events.webhookId === payload.webhookId);
    expect(event?.events).toEqual({
      type: 'OpportunityStageUpdate',
      family: 'OPPORTUNITY',
      locationId: stack.locationId,
      webhookId: payload.webhookId,
      timestamp: payload.timestamp,
      entityId: 'opp123',
      payload,
    });
    expect(subscriber.errors).toEqual([]);
  });

  it("takes the upgrade request's Authorization header too, and the server's token when there is none", async () => {
    const byHeader = await live(subscribeWs, stack.otherLocationId, { locationId: stack.otherLocationId }, { upgradeToken: stack.otherToken });
    const byServer = await live(subscribeWs, stack.locationId, {}, {});
    expect(events(byHeader).every((event) => event.locationId === stack.otherLocationId)).toBe(true);
    expect(events(byServer).every((event) => event.locationId === stack.locationId)).toBe(true);
  });

  it('filters by type and by family; the rest of the location never arrives', async () => {
    const variables = { locationId: stack.locationId, types: ['OpportunityStatusUpdate', 'TaskCreate'] };
    const stamp = () => ({ locationId: stack.locationId, webhookId: randomUUID(), timestamp: new Date().toISOString() });
    const probe = (type: string) => () => ({ type, id: 'probe', probe: true, ...stamp() });
    const byType = await live(subscribeWs, stack.locationId, variables, { token: stack.token }, probe('TaskCreate'));
    const byFamily = await live(subscribeWs, stack.locationId, { families: ['OPPORTUNITY'] }, {}, probe('OpportunityCreate'));
    const before = [byType.received.length, byFamily.received.length];

    await post(contactCreate(stack.locationId));
    await post({ type: 'OpportunityUpdate', id: 'o1', ...stamp() });
    await post({ type: 'OpportunityStatusUpdate', id: 'o2', ...stamp() });
    await post({ type: 'NoteCreate', id: 'n1', ...stamp() });
    await post({ type: 'TaskCreate', id: 't1', ...stamp() });

    await byType.waitFor((data) => data.events.entityId === 't1');
    await byFamily.waitFor((data) => data.events.entityId === 'o2');
    // The pubsub keeps order: anything else posted before those would already be here.
    expect(notProbes(events(byType).slice(before[0])).map((event) => event.entityId)).toEqual(['o2', 't1']);
    expect(notProbes(events(byFamily).slice(before[1])).map((event) => event.entityId)).toEqual(['o1', 'o2']);
  });

  it('refuses unknown types and families, and types outside the families, before asking GHL anything', async () => {
    stack.gateway.client.stats.reset();
    for (const variables of [{ types: ['ContactCreat'] }, { families: ['CONTACTS'] }, { families: ['CONTACT'], types: ['TaskCreate'] }]) {
      // `CONTACTS` is no family: the variables are invalid on purpose, so the document goes as text.
      const subscriber = subscribeWs(stack.gateway.url, print(EVENTS), variables, { token: stack.token });
      open.push(subscriber);
      await expect(subscriber.waitFor(() => false, 1, 3_000)).rejects.toThrow(/BAD_USER_INPUT/);
    }
    expect(stack.gateway.client.stats.count()).toBe(0);
  });
});

describe('over Server-Sent Events', () => {
  it('delivers the same events to an SSE subscriber', async () => {
    const subscriber = await live(subscribeSse, stack.locationId, { locationId: stack.locationId }, { token: stack.token });
    const payload = contactCreate(stack.locationId);
    await post(payload);
    const [event] = await subscriber.waitFor((data) => data.events.webhookId === payload['webhookId']);
    expect(event?.events).toMatchObject({ type: 'ContactCreate', family: 'CONTACT', locationId: stack.locationId, entityId: payload['id'], payload });
  });
});

describe('isolation', () => {
  it("refuses a location the subscriber's token cannot read: FORBIDDEN, and not one event", async () => {
    const intruder = subscribeWs(stack.gateway.url, EVENTS, { locationId: stack.locationId }, { token: stack.otherToken });
    const intruderSse = subscribeSse(stack.gateway.url, EVENTS, { locationId: stack.locationId }, { token: stack.otherToken });
    open.push(intruder, intruderSse);
    for (const subscriber of [intruder, intruderSse]) {
      await expect(subscriber.waitFor(() => false, 1, 3_000)).rejects.toThrow(/FORBIDDEN/);
    }
    await post(contactCreate(stack.locationId));
    await new Promise((done) => setTimeout(done, 200));
    expect([...intruder.received, ...intruderSse.received]).toEqual([]);
  });

  it('delivers random events across three locations only to their own location’s subscribers', async () => {
    const locations = Object.entries(stack.sandbox.tokens.locations);
    expect(locations.length).toBeGreaterThanOrEqual(3);
    // One subscriber per location and transport, each with that location's own token.
    const subscribers = await Promise.all(
      locations.slice(0, 3).flatMap(([locationId, token]) =>
        [subscribeWs, subscribeSse].map(async (subscribe) => ({
          locationId,
          subscriber: await live(subscribe, locationId, { locationId }, { token }),
        })),
      ),
    );
    const marks = subscribers.map(({ subscriber }) => subscriber.received.length);

    const types = Object.keys(eventCatalog) as EventType[];
    const sent = Array.from({ length: 90 }, () => {
      const [locationId] = locations[randomInt(3)]!;
      return { type: types[randomInt(types.length)]!, locationId, id: randomUUID(), webhookId: randomUUID(), timestamp: new Date().toISOString() };
    });
    for (const payload of sent) expect((await post(payload)).body?.emitted).toBe(true);

    for (const [i, { locationId, subscriber }] of subscribers.entries()) {
      const expected: string[] = sent.filter((payload) => payload.locationId === locationId).map((payload) => payload.webhookId);
      await subscriber.waitFor((data) => expected.includes(data.events.webhookId), expected.length);
      const received = events(subscriber).slice(marks[i]);
      expect(received.filter((event) => event.locationId !== locationId)).toEqual([]);
      expect(notProbes(received).map((event) => event.webhookId)).toEqual(expected);
    }
  });
});

describe('resuming after a disconnection (in memory, one replica)', () => {
  const RESUME = graphql(`subscription ResumedEvents($locationId: ID, $families: [GhlEventFamily!], $since: ID) {
    events(locationId: $locationId, families: $families, since: $since) { webhookId family }
  }`);
  const CONTACT_RESUME = graphql(`subscription ResumedContactEvents($locationId: ID, $since: ID) {
    contactEvents(locationId: $locationId, since: $since) { webhookId }
  }`);

  it('sends the missed events its filters accept, in order, once, then live ones, over SSE as over WebSocket', async () => {
    const first = await live(subscribeWs, stack.locationId, { locationId: stack.locationId }, { token: stack.token });
    const lastSeen = events(first).at(-1)!.webhookId;
    await first.close();

    const contacts = [contactCreate(stack.locationId), contactCreate(stack.locationId)];
    const stage = { type: 'OpportunityStageUpdate', locationId: stack.locationId, id: 'opp-resume', webhookId: randomUUID(), timestamp: new Date().toISOString() };
    for (const payload of [contacts[0]!, stage, contacts[1]!]) expect((await post(payload)).body?.emitted).toBe(true);

    const families: GhlEventFamily[] = ['CONTACT'];
    const variables = { locationId: stack.locationId, families, since: lastSeen };
    const resumed = [subscribeWs(stack.gateway.url, RESUME, variables, { token: stack.token }), subscribeSse(stack.gateway.url, RESUME, variables, { token: stack.token })];
    // A family's own field resumes the same way.
    const contactField = subscribeWs(stack.gateway.url, CONTACT_RESUME, { locationId: stack.locationId, since: lastSeen }, { token: stack.token });
    open.push(...resumed, contactField);
    const after = contactCreate(stack.locationId);
    for (const subscriber of resumed) await subscriber.waitFor((data) => data.events.webhookId === contacts[1]!['webhookId']);
    await post(after);
    for (const subscriber of resumed) {
      await subscriber.waitFor((data) => data.events.webhookId === after['webhookId']);
      expect(subscriber.received.map((data) => data.events.webhookId)).toEqual([...contacts, after].map((payload) => payload['webhookId']));
    }
    await contactField.waitFor((data) => data.contactEvents.webhookId === after['webhookId']);
    expect(contactField.received.map((data) => data.contactEvents.webhookId)).toEqual([...contacts, after].map((payload) => payload['webhookId']));
  });
});
