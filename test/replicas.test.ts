/**
 * Two gateway processes sharing a real Redis (REDIS_URL), as replicas behind a load balancer: an
 * event one of them receives reaches subscribers of the other, and a webhook delivered to both is
 * emitted once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { ReplicasEventsSubscription } from './generated/graphql.ts';
import { Processes, type Replica } from './support/replicas.ts';
import { hasRedis } from './support/services.ts';
import { subscribeWs, type Subscriber } from './support/subscriber.ts';
import { contactCreate, deliver, webhookKeys } from './support/webhooks.ts';

const keys = webhookKeys();
const processes = new Processes();
let sandbox: Sandbox;
let locationId: string;
let token: string;
let gatewayA: Replica;
let gatewayB: Replica;
let subscriber: Subscriber<ReplicasEventsSubscription>;

function startReplica(redisUrl: string): Promise<Replica> {
  return processes.gateway({ ...keys.env, GHL_API_BASE_URL: sandbox.url, GHL_ACCESS_TOKEN: token, GHL_LOCATION_ID: locationId, REDIS_URL: redisUrl });
}

describe.skipIf(!hasRedis('test/replicas.test.ts (gateway replicas sharing Redis)'))('replicas sharing a real Redis', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    [locationId, token] = Object.entries(sandbox.tokens.locations)[0]!;
    const redisUrl = await processes.redis();
    [gatewayA, gatewayB] = await Promise.all([startReplica(redisUrl), startReplica(redisUrl)]);

    subscriber = subscribeWs(gatewayA.url, graphql(`subscription ReplicasEvents($loc: ID) { events(locationId: $loc) { webhookId locationId } }`), { loc: locationId }, { token });
    // Live across replicas once a probe sent to B reaches A's subscriber.
    for (let tries = 0; subscriber.received.length === 0; tries++) {
      if (tries > 200) throw new Error(`no event crossed from B to A: ${JSON.stringify(subscriber.errors)}\n${gatewayA.output()}`);
      expect((await deliver(gatewayB.webhookUrl, keys, contactCreate(locationId))).status).toBe(200);
      await new Promise((done) => setTimeout(done, 50));
    }
  }, 60_000);

  afterAll(async () => {
    await subscriber?.close();
    await processes.stopAll();
    await sandbox?.close();
  });

  /** How often each webhook id reached the subscriber, once a marker sent after them has. */
  async function deliveries(ids: string[], via: Replica): Promise<number[]> {
    const marker = contactCreate(locationId);
    await deliver(via.webhookUrl, keys, marker);
    await subscriber.waitFor((data) => data.events.webhookId === marker['webhookId']);
    return ids.map((id) => subscriber.received.filter((data) => data.events.webhookId === id).length);
  }

  it('a webhook POSTed to replica B reaches a subscriber of replica A, exactly once', async () => {
    const payload = contactCreate(locationId, { webhookId: randomUUID() });
    expect((await deliver(gatewayB.webhookUrl, keys, payload)).body).toEqual({ received: true, emitted: true });
    await subscriber.waitFor((data) => data.events.webhookId === payload['webhookId']);
    expect(await deliveries([payload['webhookId'] as string], gatewayB)).toEqual([1]);
    expect(subscriber.errors).toEqual([]);
  });

  it('the same webhook POSTed to both replicas, at once or later, is emitted once', async () => {
    const payload = contactCreate(locationId);
    const both = await Promise.all([deliver(gatewayA.webhookUrl, keys, payload, 'rsa'), deliver(gatewayB.webhookUrl, keys, payload, 'hmac')]);
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    expect(both.map((answer) => answer.body?.emitted).sort()).toEqual([false, true]);
    expect(both.find((answer) => !answer.body?.emitted)!.body?.duplicate).toBe(true);

    const later = await deliver(gatewayA.webhookUrl, keys, payload);
    expect(later.body).toEqual({ received: true, emitted: false, duplicate: true });
    expect(await deliveries([payload['webhookId'] as string], gatewayA)).toEqual([1]);
  });

  it('the replicas say they share through Redis, and never log its URL', () => {
    for (const replica of [gatewayA, gatewayB]) {
      expect(replica.output()).toContain('shared through Redis');
      expect(replica.output()).not.toMatch(/redis:\/\//);
    }
  });
});
