/**
 * One GHL budget across replicas: three gateway processes sharing a real Redis, in managed (OAuth)
 * mode over one sandbox location, driven by concurrent clients at GHL's rate scaled down to 20
 * requests per 2 s. Together they stay under the location's limit (the sandbox answers no 429),
 * and each expiry of the install's token is refreshed by exactly one of them. A subscriber that
 * drops its connection resumes on another replica with the last webhookId it got (`since`) and
 * receives what it missed, in order, once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHOOSE_LOCATION_PATH, SANDBOX_OAUTH_CLIENT, startSandbox, type Sandbox } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { installApp } from './support/oauth.ts';
import { Processes, type Replica } from './support/replicas.ts';
import { hasRedis } from './support/services.ts';
import { subscribeWs } from './support/subscriber.ts';
import { contactCreate, deliver, webhookKeys } from './support/webhooks.ts';

const RATE = { max: 20, intervalMs: 2_000 };
/** Renewed this long before it runs out, longer than a call waits in the queue: no call is sent with an expired token. */
const TOKEN_TTL_SECONDS = 4;
const REFRESH_MARGIN_SECONDS = 2;
const QUEUE_TIMEOUT_MS = 1_000;
const LOAD_MS = 7_000;
const CLIENTS = 12;
const KEY = 'gk_replica_budget_test_01';
const LOCATION_QUERY = 'query ($id: ID) { location(id: $id) { ghlId name } }';

const EVENTS = graphql(`subscription ReplicaBudgetEvents($loc: ID, $since: ID) { events(locationId: $loc, since: $since) { webhookId } }`);

const keys = webhookKeys();
const processes = new Processes();
let sandbox: Sandbox;
let locationId: string;
let replicas: Replica[];

interface Answer {
  data?: { location: { ghlId: string } | null } | null;
  errors?: { extensions?: { code?: string; retryAfterMs?: number } }[];
}

async function ask(replica: Replica): Promise<Answer> {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY },
    body: JSON.stringify({ query: LOCATION_QUERY, variables: { id: locationId } }),
  });
  return (await response.json()) as Answer;
}

describe.skipIf(!hasRedis('test/replica-budget.test.ts (one GHL budget across replicas)'))('three replicas sharing one budget through Redis', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimit: RATE, oauth: { accessTokenTtlSeconds: TOKEN_TTL_SECONDS } });
    locationId = Object.keys(sandbox.tokens.locations)[0]!;
    const redisUrl = await processes.redis();
    const env = {
      ...keys.env,
      GHL_API_BASE_URL: sandbox.url,
      GHL_OAUTH_CLIENT_ID: SANDBOX_OAUTH_CLIENT.clientId,
      GHL_OAUTH_CLIENT_SECRET: SANDBOX_OAUTH_CLIENT.clientSecret,
      GHL_OAUTH_CHOOSE_LOCATION_URL: `${sandbox.url}${CHOOSE_LOCATION_PATH}`,
      GHL_TOKEN_STORE_PATH: join(mkdtempSync(join(tmpdir(), 'replica-budget-')), 'tokens.sqlite'),
      GHL_TOKEN_REFRESH_MARGIN_SECONDS: String(REFRESH_MARGIN_SECONDS),
      GHL_QUEUE_TIMEOUT_MS: String(QUEUE_TIMEOUT_MS),
      GHL_RATE_LIMIT_MAX: String(RATE.max),
      GHL_RATE_LIMIT_INTERVAL_MS: String(RATE.intervalMs),
      GATEWAY_API_KEYS: `${KEY}=${locationId}`,
      REDIS_URL: redisUrl,
    };
    replicas = await Promise.all([0, 1, 2].map(() => processes.gateway(env)));
    const installed = await installApp({ gateway: replicas[0]! }, { locationId });
    expect(installed.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await processes.stopAll();
    await sandbox?.close();
  });

  it('sends no request GHL answers 429, and refreshes each expired token once, under load on every replica', async () => {
    sandbox.requests.clear();
    const answers: Answer[] = [];
    const until = Date.now() + LOAD_MS;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let turn = 0; Date.now() < until; turn++) answers.push(await ask(replicas[(client + turn) % replicas.length]!));
      }),
    );

    const upstream = sandbox.requests.entries.filter((entry) => entry.path === `/locations/${locationId}`);
    expect(upstream.filter((entry) => entry.status === 429)).toEqual([]);
    // The load was more than the budget: the replicas used most of it and told the rest to come back.
    expect(upstream.length).toBeGreaterThanOrEqual((RATE.max * LOAD_MS) / RATE.intervalMs / 2);
    const refused = answers.flatMap((answer) => answer.errors ?? []);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((error) => error.extensions?.code))).toEqual(new Set(['RATE_LIMITED']));
    for (const error of refused) expect(error.extensions?.retryAfterMs).toBeGreaterThanOrEqual(0);
    expect(answers.filter((answer) => answer.data?.location?.ghlId === locationId).length).toBe(upstream.filter((entry) => entry.status === 200).length);

    // Every refresh spent a refresh token no other did, and GHL accepted it: one refresh per expiry.
    const refreshes = sandbox.requests.entries
      .filter((entry) => entry.path === '/oauth/token')
      .map((entry) => ({ status: entry.status, form: new URLSearchParams(entry.body as string) }));
    expect(refreshes.map((refresh) => [refresh.status, refresh.form.get('grant_type')])).toEqual(refreshes.map(() => [200, 'refresh_token']));
    const spent = refreshes.map((refresh) => refresh.form.get('refresh_token'));
    expect(new Set(spent).size).toBe(spent.length);
    const expiries = LOAD_MS / 1000 / (TOKEN_TTL_SECONDS - REFRESH_MARGIN_SECONDS);
    expect(refreshes.length).toBeGreaterThanOrEqual(Math.floor(expiries) - 1);
    expect(refreshes.length).toBeLessThanOrEqual(Math.ceil(expiries) + 1);
  }, 30_000);

  it('lets a replica wait for the refresh another replica holds the lease of, then use its token', async () => {
    await sleep((TOKEN_TTL_SECONDS - REFRESH_MARGIN_SECONDS) * 1000 + 100);
    sandbox.requests.clear();
    const answers = await Promise.all(replicas.flatMap((replica) => [ask(replica), ask(replica)]));
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    const refreshes = sandbox.requests.entries.filter((entry) => entry.path === '/oauth/token');
    expect(refreshes.map((entry) => entry.status)).toEqual([200]);
    const statuses = sandbox.requests.entries.filter((entry) => entry.path === `/locations/${locationId}`).map((entry) => entry.status);
    expect(statuses).toEqual(answers.map(() => 200));
  }, 30_000);

  it('resumes a subscriber on another replica with the events it missed, in order, each once', async () => {
    const connection = { connectionParams: { 'x-api-key': KEY } };
    const webhook = () => contactCreate(locationId);
    const first = subscribeWs(replicas[0]!.url, EVENTS, { loc: locationId }, connection);
    // Live once a probe reaches it; what it got before disconnecting is `seen`.
    for (let tries = 0; first.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`no event reached the subscriber: ${JSON.stringify(first.errors)}`);
      await deliver(replicas[1]!.webhookUrl, keys, webhook());
      await sleep(50);
    }
    const before = [webhook(), webhook()];
    for (const payload of before) expect((await deliver(replicas[1]!.webhookUrl, keys, payload)).status).toBe(200);
    await first.waitFor((data) => data.events.webhookId === before[1]!['webhookId']);
    await first.close();
    const lastSeen = first.received.at(-1)!.events.webhookId;
    expect(lastSeen).toBe(before[1]!['webhookId']);

    // Delivered to every replica in turn while no one listens.
    const missed = Array.from({ length: 6 }, webhook);
    for (const [i, payload] of missed.entries()) expect((await deliver(replicas[i % 3]!.webhookUrl, keys, payload)).status).toBe(200);

    const resumed = subscribeWs(replicas[2]!.url, EVENTS, { loc: locationId, since: lastSeen }, connection);
    await resumed.waitFor((data) => data.events.webhookId === missed.at(-1)!['webhookId']);
    const after = webhook();
    await deliver(replicas[0]!.webhookUrl, keys, after);
    await resumed.waitFor((data) => data.events.webhookId === after['webhookId']);
    await resumed.close();
    expect(resumed.received.map((data) => data.events.webhookId)).toEqual([...missed, after].map((payload) => payload['webhookId']));
    expect(resumed.errors).toEqual([]);
  });

  it("refuses to resume after an event it does not keep, or another location's, with BAD_USER_INPUT", async () => {
    const otherLocation = Object.keys(sandbox.tokens.locations)[1]!;
    const elsewhere = contactCreate(otherLocation);
    expect((await deliver(replicas[0]!.webhookUrl, keys, elsewhere)).status).toBe(200);
    for (const since of ['not-a-recent-webhook-id', elsewhere['webhookId'] as string]) {
      const refused = subscribeWs(replicas[1]!.url, EVENTS, { loc: locationId, since }, { connectionParams: { 'x-api-key': KEY } });
      await expect(refused.waitFor(() => true, 1, 2_000)).rejects.toThrow(/BAD_USER_INPUT/);
      await refused.close();
    }
  });
});
