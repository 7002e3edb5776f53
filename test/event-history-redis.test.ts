/**
 * The resume history in a real redis-server: trimmed by count as well as by age, so a busy window
 * keeps at most its bound per location, and replayed a page at a time, in order, each event once.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '../src/events/events.ts';
import { EventStreams, ResumeRefused } from '../src/events/history.ts';
import { eventBusOverRedis } from '../src/events/pubsub.ts';
import { Processes } from './support/replicas.ts';
import { hasRedis } from './support/services.ts';

const processes = new Processes();
const clients: Redis[] = [];
let url: string;

const contactUpdate = (locationId: string): WebhookEvent<'contact'> => ({
  type: 'ContactUpdate',
  family: 'contact',
  locationId,
  webhookId: randomUUID(),
  timestamp: new Date().toISOString(),
  entityId: 'c1',
  payload: { type: 'ContactUpdate', locationId, id: 'c1' } as WebhookEvent<'contact'>['payload'],
});

function connect(): Redis {
  const redis = new Redis(url);
  clients.push(redis);
  return redis;
}

async function collect(pages: AsyncIterable<WebhookEvent[]>, sizes: number[] = []): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    ids.push(...page.map((event) => event.webhookId));
  }
  return ids;
}

describe.runIf(hasRedis('test/event-history-redis.test.ts (the resume history in Redis)'))('the resume history in Redis', () => {
  beforeAll(async () => {
    url = await processes.redis();
  }, 30_000);
  afterAll(async () => {
    for (const redis of clients) redis.disconnect();
    await processes.stopAll();
  });

  it('keeps at most its bound per location however many arrive within the window, and replays what it kept a page at a time', async () => {
    const redis = connect();
    const history = new EventStreams(redis, 600_000, { perLocation: 300, page: 7 });
    const locationId = `loc-${randomUUID()}`;
    const events = Array.from({ length: 1_000 }, () => contactUpdate(locationId));
    for (const event of events) await history.publish(event, 'unheard', JSON.stringify(event));

    const kept = await redis.xlen(`ghl-gateway:history:${locationId}`);
    // '~' trims whole blocks of entries: the bound, give or take one block (100).
    expect(kept).toBeGreaterThanOrEqual(300);
    expect(kept).toBeLessThanOrEqual(400);
    await expect(history.after(locationId, events[0]!.webhookId)).rejects.toBeInstanceOf(ResumeRefused);

    const sizes: number[] = [];
    const replayed = await collect(await history.after(locationId, events[899]!.webhookId), sizes);
    expect(replayed).toEqual(events.slice(900).map((event) => event.webhookId));
    expect(Math.max(...sizes)).toBe(7);
    expect(sizes).toHaveLength(Math.ceil(100 / 7));
  });

  it('fails the replay, rather than skip events, when the trim overtakes a subscriber still catching up', async () => {
    const history = new EventStreams(connect(), 600_000, { perLocation: 300, page: 7 });
    const locationId = `loc-${randomUUID()}`;
    const events = Array.from({ length: 400 }, () => contactUpdate(locationId));
    for (const event of events) await history.publish(event, 'unheard', JSON.stringify(event));
    const pages = (await history.after(locationId, events.at(-200)!.webhookId))[Symbol.asyncIterator]();
    expect((await pages.next()).value).toHaveLength(7);
    // A busy burst while the subscriber reads its first page.
    for (let i = 0; i < 800; i++) {
      const event = contactUpdate(locationId);
      await history.publish(event, 'unheard', JSON.stringify(event));
    }
    await expect(pages.next()).rejects.toBeInstanceOf(ResumeRefused);
  });

  it('resumes a subscriber through the event bus with more than a page missed: in order, each once, then live', async () => {
    const bus = eventBusOverRedis(connect(), connect(), 600_000);
    const locationId = `loc-${randomUUID()}`;
    const first = contactUpdate(locationId);
    await bus.publish(first);
    const missed = Array.from({ length: 1_200 }, () => contactUpdate(locationId));
    for (const event of missed) await bus.publish(event);

    const resumed = await bus.resume(locationId, first.webhookId);
    const received: string[] = [];
    for (const _ of missed) received.push((await resumed.next()).value.webhookId);
    expect(received).toEqual(missed.map((event) => event.webhookId));
    const live = contactUpdate(locationId);
    await bus.publish(live);
    expect((await resumed.next()).value.webhookId).toBe(live.webhookId);
    await resumed.return?.();
  });
});
