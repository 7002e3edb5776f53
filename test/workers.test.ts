/**
 * GATEWAY_WORKERS=2 as a user runs it: `src/main.ts`, a primary and two worker processes on one
 * port, beside a real redis-server, over the sandbox. Subscribers land on both workers (counted
 * from each worker's sockets in /proc); one signed webhook reaches each of them exactly once,
 * whichever worker received it, and its redeliveries none. A worker killed is restarted while the
 * port keeps serving, and the new one serves subscribers too. SIGTERM stops them all.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { Processes, type Replica } from './support/replicas.ts';
import { hasRedis, needs } from './support/services.ts';
import { graphql } from './generated/gql.ts';
import type { WorkersEventsSubscription } from './generated/graphql.ts';
import { subscribeWs, type Subscriber } from './support/subscriber.ts';
import { contactCreate, signatureHeaders, webhookKeys, type WebhookAnswer } from './support/webhooks.ts';

const EVENTS = graphql(`subscription WorkersEvents($loc: ID) { events(locationId: $loc) { webhookId } }`);
const SUBSCRIBERS = 12;

const keys = webhookKeys();
const processes = new Processes();
let sandbox: Sandbox;
let locationId: string;
let gateway: Replica;
let port: number;

/** Each as a new connection, which the primary hands to the next worker in turn. */
async function onNewConnection(url: string, init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {}) {
  const agent = new Agent();
  try {
    const response = await request(url, { dispatcher: agent, method: init.method ?? 'GET', headers: init.headers, body: init.body });
    return { status: response.statusCode, body: (await response.body.json()) as WebhookAnswer['body'] };
  } finally {
    await agent.close();
  }
}

function deliver(payload: object) {
  const body = JSON.stringify(payload);
  return onNewConnection(gateway.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(keys, body, 'ed25519') }, body });
}

/** The pids of the workers that said they are ready, in order. */
function workerPids(): number[] {
  const lines = gateway.output().split('\n').filter((line) => line.includes('"msg":"GraphQL gateway ready'));
  return [...new Set(lines.map((line) => (JSON.parse(line) as { pid: number }).pid))];
}

/** Connections to the gateway's port each process holds, from the kernel's socket tables (Linux). */
function connectionsHeld(pids: number[]): number[] {
  const established = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of existsSync(table) ? readFileSync(table, 'utf8').split('\n').slice(1) : []) {
      const [, local, , state, , , , , , inode] = row.trim().split(/\s+/);
      if (local && Number.parseInt(local.split(':').at(-1)!, 16) === port && state === '01') established.add(`socket:[${inode}]`);
    }
  }
  const held = (pid: number, fd: string) => {
    try {
      return established.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      return false;
    }
  };
  return pids.map((pid) => readdirSync(`/proc/${pid}/fd`).filter((fd) => held(pid, fd)).length);
}

/** Probe webhooks until each subscriber has had one: subscribed, not just connected. */
async function untilSubscribed(subscribers: Subscriber<WorkersEventsSubscription>[]): Promise<void> {
  for (let tries = 0; subscribers.some((subscriber) => subscriber.received.length === 0); tries++) {
    if (tries > 50) throw new Error(`not every subscriber got a probe: ${JSON.stringify(subscribers.map((s) => s.errors))}`);
    expect((await deliver(contactCreate(locationId))).status).toBe(200);
    await sleep(100);
  }
}

/** How often each subscriber got the event of that webhookId. */
const copiesOf = (subscribers: Subscriber<WorkersEventsSubscription>[], webhookId: unknown) =>
  subscribers.map((subscriber) => subscriber.received.filter((data) => data.events.webhookId === webhookId).length);

async function waitForOutput(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    const match = gateway.output().match(pattern);
    if (match) return match;
    await sleep(50);
  }
  throw new Error(`the gateway did not print ${pattern}:\n${gateway.output()}`);
}

const suite = 'test/workers.test.ts (GATEWAY_WORKERS)';
const runnable = needs(process.platform === 'linux', 'this is not Linux, whose /proc counts the sockets each worker holds', suite, 'run it on Linux') && hasRedis(suite);

describe.skipIf(!runnable)('two workers on one port, sharing events through Redis', () => {
  const subscribers: Subscriber<WorkersEventsSubscription>[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    const [location, token] = Object.entries(sandbox.tokens.locations)[0]!;
    locationId = location;
    gateway = await processes.gateway({
      ...keys.env,
      GATEWAY_WORKERS: '2',
      REDIS_URL: await processes.redis(),
      GHL_API_BASE_URL: sandbox.url,
      GHL_ACCESS_TOKEN: token,
      GHL_LOCATION_ID: locationId,
      GHL_TOKEN_STORE_PATH: join(mkdtempSync(join(tmpdir(), 'workers-')), 'tokens.sqlite'),
    });
    await waitForOutput(/All 2 workers are serving/);
    port = Number(new URL(gateway.url).port);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    await processes.stopAll();
    await sandbox?.close();
  });

  it('delivers a webhook received by either worker to the subscribers of both, each once; its redeliveries to none', async () => {
    for (let i = 0; i < SUBSCRIBERS; i++) subscribers.push(subscribeWs(gateway.url, EVENTS, { loc: locationId }));
    await untilSubscribed(subscribers);
    const pids = workerPids();
    expect(pids).toHaveLength(2);
    const held = connectionsHeld(pids);
    expect(held.every((count) => count > 0), `connections per worker: ${held}`).toBe(true);
    expect(held.reduce((sum, count) => sum + count, 0)).toBe(SUBSCRIBERS);

    const event = contactCreate(locationId);
    expect(await deliver(event)).toEqual({ status: 200, body: { received: true, emitted: true } });
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor((data) => data.events.webhookId === event['webhookId'])));
    // GHL delivering again, each time on a new connection, so to each worker in turn.
    for (let again = 0; again < 2; again++) expect((await deliver(event)).body).toEqual({ received: true, emitted: false, duplicate: true });
    const last = contactCreate(locationId);
    await deliver(last);
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor((data) => data.events.webhookId === last['webhookId'])));
    expect(copiesOf(subscribers, event['webhookId'])).toEqual(subscribers.map(() => 1));
    expect(subscribers.flatMap((subscriber) => subscriber.errors)).toEqual([]);
  }, 30_000);

  it('restarts a worker that dies, while the other keeps the port serving', async () => {
    const [killed, survivor] = workerPids() as [number, number];
    const [lost] = connectionsHeld([killed]);
    process.kill(killed, 'SIGKILL');
    await waitForOutput(new RegExp(`Worker ${killed} exited unexpectedly \\(SIGKILL\\); restarting it in \\d+ ms`));
    const meanwhile = await Promise.all([0, 1, 2, 3].map(() => onNewConnection(`${new URL(gateway.url).origin}/healthz`)));
    expect(meanwhile.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);

    // The subscribers the dead worker held saw their socket close; the survivor's did not.
    for (let waited = 0; subscribers.filter((subscriber) => subscriber.errors.length > 0).length < lost!; waited += 50) {
      if (waited > 5_000) throw new Error('the dead worker’s subscribers were not told');
      await sleep(50);
    }
    const live = subscribers.filter((subscriber) => subscriber.errors.length === 0);
    expect(live).toHaveLength(SUBSCRIBERS - lost!);

    for (let waited = 0; workerPids().length < 3; waited += 50) {
      if (waited > 20_000) throw new Error(`no worker was restarted:\n${gateway.output()}`);
      await sleep(50);
    }
    const restarted = workerPids().find((pid) => pid !== killed && pid !== survivor)!;
    const newcomers = Array.from({ length: 4 }, () => subscribeWs(gateway.url, EVENTS, { loc: locationId }));
    subscribers.push(...newcomers);
    await untilSubscribed(newcomers);
    const [onRestarted, onSurvivor] = connectionsHeld([restarted, survivor]);
    expect(onRestarted).toBeGreaterThan(0);
    expect(onRestarted! + onSurvivor!).toBe(live.length + newcomers.length);

    const event = contactCreate(locationId);
    expect((await deliver(event)).body).toEqual({ received: true, emitted: true });
    const listening = [...live, ...newcomers];
    await Promise.all(listening.map((subscriber) => subscriber.waitFor((data) => data.events.webhookId === event['webhookId'])));
    await sleep(200);
    expect(copiesOf(listening, event['webhookId'])).toEqual(listening.map(() => 1));
  }, 30_000);

  it('stops every worker on SIGTERM, then exits itself, restarting none', async () => {
    const primary = Number(gateway.output().match(/"primary":(\d+)/)![1]);
    const workers = workerPids().filter(running);
    expect(workers).toHaveLength(2);
    process.kill(primary, 'SIGTERM');
    for (let waited = 0; [primary, ...workers].some(running); waited += 50) {
      if (waited > 15_000) throw new Error(`still running after SIGTERM:\n${gateway.output()}`);
      await sleep(50);
    }
    const afterStop = gateway.output().split('"msg":"Stopping the workers"')[1]!;
    expect(afterStop).not.toMatch(/exited unexpectedly|could not start/);
  });
});

/** Whether a process of that pid is running (a zombie counts as gone: its parent reaps it soon). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
