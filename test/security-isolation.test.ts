/**
 * Isolation between tenants on what subscribers share, over real WebSockets against the sandbox
 * in managed mode: shared subscription streams and shared access checks are keyed by the resolved
 * principal and location, never by raw headers; a storm of subscribers costs the location one
 * read; a revoked credential stops receiving events once its access check lapses.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigning, publicKeyOf, startSandbox } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { installApp } from './support/oauth.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribeWs, wsClient, type Subscriber } from './support/subscriber.ts';

const KEY_A = 'gk_test_isolation_location_a';
const KEY_B = 'gk_test_isolation_location_b';
const KEY_STORM = 'gk_test_isolation_storm_of_a';
const KEY_BOTH = 'gk_test_isolation_both_a_b';
const ACCESS_TTL_MS = 600;

/** The leak of issue 11: the same document, no locationId, from two tenants. */
const LIVE_CONTACTS = graphql(`subscription IsolationContactEvents { contactEvents { locationId contact { name email phone } } }`);
const EVENTS = graphql(`subscription IsolationEvents { events { type locationId entityId } }`);
const CREATE_CONTACT = graphql(`mutation IsolationCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }`);

let locationA: string;
let locationB: string;
/** One gateway for the tests that revoke nothing: their principals are each their own. */
let shared: Stack;
const stacks: Stack[] = [];
const open: Subscriber<unknown>[] = [];

/** A managed gateway whose sandbox delivers its signed webhooks to it, with installs on A and B. */
async function managedStack(env: Record<string, string> = {}): Promise<Stack> {
  const signing = generateSigning();
  const stack = await startStack({
    sandbox: { seed: 1, webhooks: { urls: [], sign: signing } },
    env: {
      GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString(),
      GATEWAY_API_KEYS: `${KEY_A}=${locationA}; ${KEY_B}=${locationB}; ${KEY_STORM}=${locationA}; ${KEY_BOTH}=${locationA},${locationB}`,
      ...env,
    },
  });
  stacks.push(stack);
  stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
  for (const locationId of [locationA, locationB]) expect((await installApp(stack, { locationId })).status).toBe(200);
  return stack;
}

const apiKey = (key: string) => ({ headers: { 'x-api-key': key } });

/** A contact made through the gateway with `key`, in the key's location: GHL's webhook follows. */
async function createContact(stack: Stack, key: string, email: string): Promise<string> {
  const answer = await stack.gql(CREATE_CONTACT, { input: { firstName: 'Tenant', email } }, apiKey(key));
  expect(answer.errors).toBeUndefined();
  return answer.data.createContact.contact.ghlId;
}

/** Contacts are made with `key` until the subscriber has had the event of one: it is listening. */
async function untilLive(stack: Stack, subscriber: Subscriber<unknown>, key: string, label: string): Promise<void> {
  for (let tries = 0; subscriber.received.length === 0; tries++) {
    if (subscriber.errors.length > 0 || tries > 40) throw new Error(`${label} not live: ${JSON.stringify(subscriber.errors)}`);
    await createContact(stack, key, `${label}-probe-${tries}@example.com`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

function subscribe<R>(stack: Stack, document: TypedDocumentNode<R, Record<string, never>>, key: string, headers: Record<string, string> = {}): Subscriber<R> {
  const subscriber = subscribeWs(stack.gateway.url, document, {}, { connectionParams: { 'x-api-key': key, ...headers } });
  open.push(subscriber);
  return subscriber;
}

beforeAll(async () => {
  // Same seed, same ids: the gateway's API keys are configured before its sandbox starts.
  const probe = await startSandbox({ seed: 1 });
  [locationA, locationB] = Object.keys(probe.tokens.locations) as [string, string];
  await probe.close();
  shared = await managedStack();
});
afterAll(async () => {
  await Promise.all(open.map((subscriber) => subscriber.close()));
  await Promise.all(stacks.map((stack) => stack.close()));
});

describe('shared subscription streams', () => {
  it("gives two tenants sending the same subscription each its own location's events, never the other's", async () => {
    const stack = shared;
    const tenantA = subscribe(stack, LIVE_CONTACTS, KEY_A);
    await untilLive(stack, tenantA, KEY_A, 'a');
    const tenantB = subscribe(stack, LIVE_CONTACTS, KEY_B);
    await untilLive(stack, tenantB, KEY_B, 'b');

    await createContact(stack, KEY_A, 'secret-of-a@example.com');
    await createContact(stack, KEY_B, 'own-of-b@example.com');
    await tenantA.waitFor((data) => data.contactEvents.contact?.email === 'secret-of-a@example.com');
    await tenantB.waitFor((data) => data.contactEvents.contact?.email === 'own-of-b@example.com');

    const seenBy = (subscriber: typeof tenantA) => subscriber.received.map((data) => data.contactEvents);
    expect(seenBy(tenantB).every((event) => event.locationId === locationB)).toBe(true);
    expect(JSON.stringify(tenantB.received)).not.toContain('secret-of-a');
    expect(JSON.stringify(tenantB.received)).not.toContain('a-probe-');
    expect(seenBy(tenantA).every((event) => event.locationId === locationA)).toBe(true);
    expect(JSON.stringify(tenantA.received)).not.toContain('b-probe-');
    expect([...tenantA.errors, ...tenantB.errors]).toEqual([]);
  });

  it('gives one key its two locations apart when X-GHL-Location-Id names each, for the same subscription', async () => {
    const stack = shared;
    const atA = subscribe(stack, LIVE_CONTACTS, KEY_BOTH, { 'x-ghl-location-id': locationA });
    await untilLive(stack, atA, KEY_A, 'at-a');
    const atB = subscribe(stack, LIVE_CONTACTS, KEY_BOTH, { 'x-ghl-location-id': locationB });
    await untilLive(stack, atB, KEY_B, 'at-b');

    await createContact(stack, KEY_A, 'only-at-a@example.com');
    await createContact(stack, KEY_B, 'only-at-b@example.com');
    await atA.waitFor((data) => data.contactEvents.contact?.email === 'only-at-a@example.com');
    await atB.waitFor((data) => data.contactEvents.contact?.email === 'only-at-b@example.com');
    expect(atA.received.every((data) => data.contactEvents.locationId === locationA)).toBe(true);
    expect(atB.received.every((data) => data.contactEvents.locationId === locationB)).toBe(true);
    expect(JSON.stringify(atB.received)).not.toContain('only-at-a');
  });
});

describe('the shared access check', () => {
  const locationReads = (stack: Stack) => stack.sandbox.requests.count({ method: 'GET', path: `/locations/${locationA}` });

  it('costs three hundred subscribers of one principal and location one read of the location; another principal asks on its own', async () => {
    const stack = shared;
    stack.sandbox.requests.clear();
    const clients = Array.from({ length: 30 }, () => wsClient(stack.gateway.url, { connectionParams: { 'x-api-key': KEY_STORM } }));
    const storm = clients.flatMap((client) =>
      Array.from({ length: 10 }, () => {
        const subscriber = subscribeWs(stack.gateway.url, EVENTS, {}, { client });
        open.push(subscriber);
        return subscriber;
      }),
    );
    try {
      // All of them are listening once each has had an event.
      for (let tries = 0; storm.some((subscriber) => subscriber.received.length === 0); tries++) {
        const failed = storm.find((subscriber) => subscriber.errors.length > 0);
        if (failed || tries > 60) throw new Error(`storm not live: ${JSON.stringify(failed?.errors)}`);
        await createContact(stack, KEY_A, `storm-${tries}@example.com`);
        await new Promise((done) => setTimeout(done, 200));
      }
      expect(locationReads(stack)).toBe(1);

      // The same location through a client's own GHL token: another principal, its own check.
      const ownToken = subscribeWs(stack.gateway.url, EVENTS, {}, { token: stack.token });
      open.push(ownToken);
      await untilLive(stack, ownToken, KEY_A, 'own-token');
      expect(locationReads(stack)).toBe(2);
      expect(stack.sandbox.requests.entries.filter((entry) => entry.path === `/locations/${locationA}`).map((entry) => entry.status)).toEqual([200, 200]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('keeps no refusal: each subscriber GHL refuses is asked about again', async () => {
    const stack = shared;
    stack.sandbox.requests.clear();
    // Another location's own GHL token, pass-through, for the gateway's default location A: GHL answers 403.
    expect(stack.locationId).toBe(locationA);
    for (let i = 0; i < 2; i++) {
      const intruder = subscribeWs(stack.gateway.url, EVENTS, {}, { token: stack.otherToken });
      open.push(intruder);
      await expect(intruder.waitFor(() => false, 1, 3_000)).rejects.toThrow(/FORBIDDEN/);
    }
    expect(stack.sandbox.requests.entries.filter((entry) => entry.path === `/locations/${locationA}`).map((entry) => entry.status)).toEqual([403, 403]);
  });

  it('stops a revoked credential’s events once its access check has lapsed', async () => {
    const stack = await managedStack({ SUBSCRIPTION_ACCESS_TTL_MS: String(ACCESS_TTL_MS) });
    const subscriber = subscribe(stack, EVENTS, KEY_A);
    await untilLive(stack, subscriber, KEY_A, 'revoked');

    // The location removes the app: its tokens die, and GHL tells the gateway (UNINSTALL).
    stack.sandbox.oauth.uninstall({ locationId: locationA });
    await new Promise((done) => setTimeout(done, ACCESS_TTL_MS + 200));
    stack.sandbox.requests.clear();
    // A contact made in GHL by someone else: its webhook still reaches the gateway.
    const made = await ghlRest<{ contact: { id: string } }>(stack.sandbox, stack.token, 'POST', '/contacts/', { locationId: locationA, firstName: 'After', email: 'after@example.com' });
    expect(made.status).toBe(201);
    const afterId = made.body.contact.id;

    await expect(subscriber.waitFor((data) => data.events.entityId === afterId, 1, 3_000)).rejects.toThrow(/subscription failed/);
    expect(subscriber.errors[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(subscriber.received.filter((data) => data.events.entityId === afterId)).toEqual([]);
  });
});
