/**
 * The webhook receiver, as GHL talks to it: signed POSTs to a real gateway, each answered with a
 * status and a stable code, and re-emitted (or not) to a real subscriber.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { eventCatalog, eventTypeOf } from '../src/events/events.ts';
import { graphql } from './generated/gql.ts';
import type { WebhookEventsObservedSubscription } from './generated/graphql.ts';
import { webhookEventsDir } from './support/reference.ts';
import { startStack, useStack } from './support/stack.ts';
import { subscribeWs, type Subscriber } from './support/subscriber.ts';
import { contactCreate, postWebhook, signatureHeaders, webhookKeys, type Scheme, type WebhookAnswer } from './support/webhooks.ts';

const EVENTS = graphql(`subscription WebhookEventsObserved($locationId: ID) {
  events(locationId: $locationId) { type family locationId webhookId timestamp entityId payload }
}`);

const keys = webhookKeys();
const stack = useStack({ env: keys.env });
let observer: Subscriber<WebhookEventsObservedSubscription>;
const answers: WebhookAnswer[] = [];
const signatures: string[] = [];

/** POSTs a body signed with one scheme, keeping what the test sent and got for the leak check. */
async function send(payload: object | string, scheme: Scheme | 'none' = 'ed25519', extraHeaders: Record<string, string> = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const headers = scheme === 'none' ? {} : signatureHeaders(keys, body, scheme);
  signatures.push(...Object.values(headers));
  const answer = await postWebhook(stack.gateway.webhookUrl, body, { ...headers, ...extraHeaders });
  answers.push(answer);
  return answer;
}

/**
 * What reached the observer since the last call, closed by a fresh marker event: the pubsub keeps
 * order, so anything emitted before the marker was sent arrives before it.
 */
let seen = 0;
async function emittedSinceLastLook(): Promise<WebhookEventsObservedSubscription['events'][]> {
  const marker = contactCreate(stack.locationId, { firstName: 'Marker' });
  expect((await send(marker)).status).toBe(200);
  await observer.waitFor((data) => data.events.webhookId === marker['webhookId']);
  const since = observer.received.slice(seen).map((data) => data.events);
  seen = observer.received.length;
  expect(since.at(-1)?.webhookId).toBe(marker['webhookId']);
  return since.slice(0, -1);
}

beforeAll(async () => {
  observer = subscribeWs(stack.gateway.url, EVENTS, { locationId: stack.locationId }, { token: stack.token });
  // Live once a first event arrives.
  for (let tries = 0; observer.received.length === 0; tries++) {
    if (tries > 100) throw new Error(`the observer never received an event: ${JSON.stringify(observer.errors)}`);
    await send(contactCreate(stack.locationId));
    await new Promise((done) => setTimeout(done, 50));
  }
  await emittedSinceLastLook();
});
afterAll(() => observer?.close());

describe('signatures', () => {
  it.each(['ed25519', 'rsa', 'hmac'] as const)('a webhook signed with %s is accepted and emitted with its fields', async (scheme) => {
    const payload = contactCreate(stack.locationId, { tags: ['vip'] });
    const answer = await send(payload, scheme);
    expect(answer).toEqual({ status: 200, body: { received: true, emitted: true } });
    expect(await emittedSinceLastLook()).toEqual([
      {
        type: 'ContactCreate',
        family: 'CONTACT',
        locationId: stack.locationId,
        webhookId: payload['webhookId'],
        timestamp: payload['timestamp'],
        entityId: payload['id'],
        payload,
      },
    ]);
  });

  it('verifies the bytes received, not a re-serialisation of them', async () => {
    const payload = contactCreate(stack.locationId);
    // Spacing and key order JSON.stringify would not reproduce.
    const body = `{ "webhookId" : "${payload['webhookId']}",\n  "type": "ContactCreate", "locationId": "${stack.locationId}", "timestamp": "${payload['timestamp']}" }`;
    expect((await send(body, 'rsa')).status).toBe(200);
    expect((await emittedSinceLastLook()).map((event) => event.webhookId)).toEqual([payload['webhookId']]);
  });

  it.each(['ed25519', 'rsa', 'hmac'] as const)('a body changed after signing with %s is refused (401), nothing emitted', async (scheme) => {
    const body = JSON.stringify(contactCreate(stack.locationId, { firstName: 'Ada' }));
    const headers = signatureHeaders(keys, body, scheme);
    const answer = await postWebhook(stack.gateway.webhookUrl, body.replace('"Ada"', '"Eve"'), headers);
    expect(answer).toEqual({ status: 401, body: { error: { code: 'INVALID_SIGNATURE', message: expect.any(String) } } });
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it.each(['ed25519', 'rsa', 'hmac'] as const)('a webhook signed with another %s key is refused (401), nothing emitted', async (scheme) => {
    const body = JSON.stringify(contactCreate(stack.locationId));
    const answer = await postWebhook(stack.gateway.webhookUrl, body, signatureHeaders(webhookKeys(), body, scheme));
    expect(answer.status).toBe(401);
    expect(answer.body?.error?.code).toBe('INVALID_SIGNATURE');
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it('an unsigned webhook, or one with a garbled signature, is refused (401), nothing emitted', async () => {
    expect((await send(contactCreate(stack.locationId), 'none')).body?.error?.code).toBe('MISSING_SIGNATURE');
    const garbled = await send(contactCreate(stack.locationId), 'none', { 'x-ghl-signature': 'not base64 at all!', 'x-wh-signature': '' });
    expect(garbled).toMatchObject({ status: 401, body: { error: { code: 'INVALID_SIGNATURE' } } });
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it('accepts unsigned webhooks only with WEBHOOK_ALLOW_UNSIGNED=true, and warns about it at start-up', async () => {
    const dev = await startStack({ env: { WEBHOOK_ALLOW_UNSIGNED: 'true', GHL_WEBHOOK_RSA: 'false' } });
    try {
      const url = dev.gateway.webhookUrl;
      expect((await postWebhook(url, JSON.stringify(contactCreate(dev.locationId)))).body).toEqual({ received: true, emitted: true });
      // A signature that is there and wrong is still refused.
      const body = JSON.stringify(contactCreate(dev.locationId));
      expect((await postWebhook(url, body, signatureHeaders(keys, body, 'rsa'))).status).toBe(401);
      expect(dev.logs.join('')).toMatch(/"level":40.*WEBHOOK_ALLOW_UNSIGNED=true: webhooks WITHOUT A SIGNATURE are accepted/);
    } finally {
      await dev.close();
    }
    expect(stack.logs.join('')).not.toContain('WITHOUT A SIGNATURE');
  });

  it("verifies x-wh-signature with GHL's published key by default, and not at all with GHL_WEBHOOK_RSA=false", async () => {
    const published = loadConfig({}).webhooks.rsaPublicKey!;
    expect(published.asymmetricKeyType).toBe('rsa');
    expect(published.asymmetricKeyDetails?.modulusLength).toBe(4096);
    expect(loadConfig({ GHL_WEBHOOK_RSA: 'false' }).webhooks.rsaPublicKey).toBeUndefined();
    // GHL's key did not sign what the test signed.
    const other = await startStack();
    try {
      const body = JSON.stringify(contactCreate(other.locationId));
      expect((await postWebhook(other.gateway.webhookUrl, body, signatureHeaders(keys, body, 'rsa'))).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('what a delivery must hold', () => {
  const signed = (payload: object | string) => send(payload);
  const refusal = (status: number, code: string) => ({ status, body: { error: { code, message: expect.any(String) } } });

  it('a body over WEBHOOK_MAX_BYTES is refused with 413, declared or streamed', async () => {
    const big = JSON.stringify(contactCreate(stack.locationId, { body: 'x'.repeat(1024 * 1024) }));
    expect(await send(big)).toEqual(refusal(413, 'PAYLOAD_TOO_LARGE'));

    // Chunked, with no Content-Length to refuse it up front.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        controller.close();
      },
    });
    const response = await fetch(stack.gateway.webhookUrl, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it('malformed JSON, or JSON that is not an object, is a 400', async () => {
    expect(await signed('{"type": "ContactCreate",')).toEqual(refusal(400, 'MALFORMED_JSON'));
    expect(await signed('[1, 2]')).toEqual(refusal(400, 'INVALID_PAYLOAD'));
  });

  it('a webhook without a type, a location, a webhookId or a usable timestamp is a 400', async () => {
    const { type, ...untyped } = contactCreate(stack.locationId);
    expect(await signed(untyped)).toEqual(refusal(400, 'MISSING_TYPE'));
    const { locationId, ...nowhere } = contactCreate(stack.locationId);
    expect(await signed(nowhere)).toEqual(refusal(400, 'MISSING_LOCATION'));
    const { webhookId, ...anonymous } = contactCreate(stack.locationId);
    expect(await signed(anonymous)).toEqual(refusal(400, 'MISSING_WEBHOOK_ID'));
    const { timestamp, ...timeless } = contactCreate(stack.locationId);
    expect(await signed(timeless)).toEqual(refusal(400, 'INVALID_TIMESTAMP'));
    expect(await signed(contactCreate(stack.locationId, { timestamp: '2025-01-28 14:35' }))).toEqual(refusal(400, 'INVALID_TIMESTAMP'));
    expect(await signed(contactCreate(stack.locationId, { timestamp: Date.now() }))).toEqual(refusal(400, 'INVALID_TIMESTAMP'));
    // An agency user has a companyId, but a contact needs its location.
    expect(await signed(contactCreate('', { companyId: 'company1' }))).toEqual(refusal(400, 'MISSING_LOCATION'));
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it('finds the location where GHL puts it: altId for invoices, the location itself for location events', async () => {
    const invoice = { type: 'InvoicePaid', _id: 'inv1', altId: stack.locationId, altType: 'location', webhookId: randomUUID(), timestamp: new Date().toISOString() };
    const location = { type: 'LocationUpdate', id: stack.locationId, companyId: 'company1', webhookId: randomUUID(), timestamp: new Date().toISOString() };
    expect((await signed(invoice)).body).toEqual({ received: true, emitted: true });
    expect((await signed(location)).body).toEqual({ received: true, emitted: true });
    expect((await emittedSinceLastLook()).map(({ type, family, locationId, entityId }) => ({ type, family, locationId, entityId }))).toEqual([
      { type: 'InvoicePaid', family: 'INVOICE', locationId: stack.locationId, entityId: 'inv1' },
      { type: 'LocationUpdate', family: 'LOCATION', locationId: stack.locationId, entityId: stack.locationId },
    ]);
  });

  it("acknowledges agency-level events (companyId, no location) and app events under GHL's own type names, emitting those of a location", async () => {
    const stamp = () => ({ webhookId: randomUUID(), timestamp: new Date().toISOString() });
    const agencyInstall = { type: 'INSTALL', appId: 'app1', companyId: 'company1', ...stamp() };
    const agencyUser = { type: 'UserCreate', id: 'user1', companyId: 'company1', locations: [stack.locationId], ...stamp() };
    for (const payload of [agencyInstall, agencyUser]) {
      expect(await signed(payload)).toEqual({ status: 200, body: { received: true, emitted: false, reason: 'NO_LOCATION' } });
    }
    const locationInstall = { type: 'INSTALL', appId: 'app1', locationId: stack.locationId, companyId: 'company1', ...stamp() };
    expect((await signed(locationInstall)).body?.emitted).toBe(true);
    expect((await emittedSinceLastLook()).map(({ type, entityId }) => ({ type, entityId }))).toEqual([{ type: 'AppInstall', entityId: 'app1' }]);
  });

  it('a type the catalog does not know is acknowledged, logged and not emitted', async () => {
    const answer = await signed(contactCreate(stack.locationId, { type: 'SomethingNew' }));
    expect(answer).toEqual({ status: 200, body: { received: true, emitted: false, reason: 'UNKNOWN_TYPE' } });
    expect(stack.logs.join('')).toMatch(/"type":"SomethingNew".*acknowledged, not emitted/);
    expect(await emittedSinceLastLook()).toEqual([]);
  });

  it('only POST is served', async () => {
    const response = await fetch(stack.gateway.webhookUrl);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('replays', () => {
  it('a timestamp outside WEBHOOK_TOLERANCE_SECONDS, past or future, is refused (401), nothing emitted', async () => {
    const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
    const stale = await send(contactCreate(stack.locationId, { timestamp: at(-301_000) }));
    expect(stale).toEqual({ status: 401, body: { error: { code: 'STALE_TIMESTAMP', message: expect.any(String) } } });
    expect((await send(contactCreate(stack.locationId, { timestamp: at(301_000) }))).status).toBe(401);
    expect((await send(contactCreate(stack.locationId, { timestamp: at(-290_000) }))).status).toBe(200);
    expect(await emittedSinceLastLook()).toHaveLength(1);
  });

  it('a webhookId already seen is acknowledged as a duplicate and emitted once, whatever the scheme', async () => {
    const payload = contactCreate(stack.locationId);
    expect((await send(payload, 'ed25519')).body).toEqual({ received: true, emitted: true });
    expect((await send(payload, 'ed25519')).body).toEqual({ received: true, emitted: false, duplicate: true });
    expect((await send(payload, 'hmac')).body).toEqual({ received: true, emitted: false, duplicate: true });
    const concurrent = contactCreate(stack.locationId);
    const both = await Promise.all([send(concurrent, 'rsa'), send(concurrent, 'ed25519')]);
    expect(both.map((answer) => answer.body?.emitted).sort()).toEqual([false, true]);
    expect((await emittedSinceLastLook()).map((event) => event.webhookId)).toEqual([payload['webhookId'], concurrent['webhookId']]);
  });
});

describe('nothing leaks', () => {
  it('no log line or answer carries the secret, a signature, a token or a stack', () => {
    const logs = stack.logs.join('');
    const text = JSON.stringify(answers);
    expect(signatures.length).toBeGreaterThan(20);
    for (const secret of [keys.secret, stack.token, ...signatures]) {
      expect(logs).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(logs).not.toMatch(/\n\s+at |\.ts:\d+/);
  });
});

describe('configuration', () => {
  it.each([
    ['GHL_WEBHOOK_ED25519_PUBLIC_KEY', 'not a key', 'not a key'],
    ['GHL_WEBHOOK_ED25519_PUBLIC_KEY', 'an RSA key', keys.env['GHL_WEBHOOK_RSA_PUBLIC_KEY']!],
    ['GHL_WEBHOOK_RSA_PUBLIC_KEY', 'an Ed25519 key', keys.env['GHL_WEBHOOK_ED25519_PUBLIC_KEY']!],
    ['GHL_WEBHOOK_RSA', 'maybe', 'maybe'],
    ['WEBHOOK_ALLOW_UNSIGNED', 'yes', 'yes'],
    ['WEBHOOK_PATH', 'webhooks', 'webhooks'],
    ['WEBHOOK_PATH', '/graphql', '/graphql'],
    ['WEBHOOK_MAX_BYTES', '0', '0'],
    ['WEBHOOK_TOLERANCE_SECONDS', '-5', '-5'],
    ['REDIS_URL', 'an http URL', 'http://127.0.0.1:6379'],
  ])('refuses %s = %s, naming the variable and not the value', (name, _, value) => {
    const error = (() => {
      try {
        loadConfig({ [name]: value });
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toMatch(new RegExp(`(: |; )${name}:`));
    expect(error!.message).not.toContain(value);
  });

  it('reads a PEM key written on one line with \\n escapes', () => {
    const oneLine = keys.env['GHL_WEBHOOK_ED25519_PUBLIC_KEY']!.replaceAll('\n', '\\n');
    expect(loadConfig({ GHL_WEBHOOK_ED25519_PUBLIC_KEY: oneLine }).webhooks.ed25519PublicKey?.asymmetricKeyType).toBe('ed25519');
  });
});

describe('event catalog', () => {
  it("names every event in GHL's webhook docs, each in a family", () => {
    const documented = readdirSync(webhookEventsDir)
      .filter((file) => file.endsWith('.md') && !file.startsWith('_'))
      .map((file) => file.replace(/\.md$/, ''))
      // Its example payload names it ConversationUnreadUpdate.
      .map((name) => (name === 'ConversationUnreadWebhook' ? 'ConversationUnreadUpdate' : name));
    expect(Object.keys(eventCatalog).sort()).toEqual(documented.sort());
  });

  it("reads GHL's own type names for app events", () => {
    expect([eventTypeOf('INSTALL'), eventTypeOf('UNINSTALL'), eventTypeOf('PLAN_CHANGE'), eventTypeOf('AppInstall')]).toEqual([
      'AppInstall',
      'AppUninstall',
      'PlanChange',
      'AppInstall',
    ]);
  });
});
