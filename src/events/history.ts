/**
 * The recent events of each location, kept for SUBSCRIPTION_RESUME_WINDOW_MS so that a subscriber
 * that lost its connection resumes where it was: it names the `webhookId` of the last event it
 * got and receives every later one, in order, once. In memory, a bounded ring per location; over
 * Redis (REDIS_URL), a stream per location (XADD trimmed by time with MINID, read with XRANGE),
 * so that a subscriber resumes on any replica.
 */
import type { Redis, Result } from 'ioredis';
import type { WebhookEvent } from './events.ts';

/** Events kept per location in memory, however many arrive within the window. */
export const HISTORY_PER_LOCATION = 10_000;

export interface EventHistory {
  /** The events of `locationId` after the one with webhook id `since`; refused when it is no longer (or never was) kept. */
  after(locationId: string, since: string): Promise<WebhookEvent[]>;
}

/** `since` names no event still kept for this location; the subscription field answers BAD_USER_INPUT. */
export class ResumeRefused extends Error {
  constructor(since: string) {
    super(`Event ${since} is not among the recent events of this location (kept for SUBSCRIPTION_RESUME_WINDOW_MS): subscribe without since, and reload what you show`);
  }
}

/** The in-memory history: `record` is called for every event published. */
export class EventRing implements EventHistory {
  readonly #byLocation = new Map<string, { at: number; event: WebhookEvent }[]>();

  constructor(private readonly windowMs: number) {}

  record(event: WebhookEvent): void {
    if (this.windowMs === 0) return;
    let ring = this.#byLocation.get(event.locationId);
    if (!ring) this.#byLocation.set(event.locationId, (ring = []));
    ring.push({ at: Date.now(), event });
    const horizon = Date.now() - this.windowMs;
    let stale = 0;
    while (stale < ring.length && (ring[stale]!.at <= horizon || ring.length - stale > HISTORY_PER_LOCATION)) stale++;
    ring.splice(0, stale);
  }

  async after(locationId: string, since: string): Promise<WebhookEvent[]> {
    const ring = this.#byLocation.get(locationId) ?? [];
    const horizon = Date.now() - this.windowMs;
    const at = ring.findIndex(({ event }) => event.webhookId === since);
    if (at === -1 || ring[at]!.at <= horizon) throw new ResumeRefused(since);
    return ring.slice(at + 1).map(({ event }) => event);
  }
}

const streamOf = (locationId: string) => `ghl-gateway:history:${locationId}`;
const positionOf = (webhookId: string) => `ghl-gateway:history-id:${webhookId}`;

/**
 * KEYS: stream, position of the event. ARGV: windowMs, event (JSON), channel.
 * Appends, remembers where, and publishes in one step: the stream's order is the order replicas deliver.
 */
const APPEND_AND_PUBLISH = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local id = redis.call('XADD', KEYS[1], 'MINID', '~', now - window, '*', 'event', ARGV[2])
redis.call('PEXPIRE', KEYS[1], window)
redis.call('SET', KEYS[2], id, 'PX', window)
redis.call('PUBLISH', ARGV[3], ARGV[2])
return id`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ghlAppendAndPublish(stream: string, position: string, windowMs: number, event: string, channel: string): Result<string, Context>;
  }
}

/** The history in Redis streams; `publish` is how the event bus publishes while it keeps one. */
export class EventStreams implements EventHistory {
  constructor(
    private readonly redis: Redis,
    private readonly windowMs: number,
  ) {
    redis.defineCommand('ghlAppendAndPublish', { numberOfKeys: 2, lua: APPEND_AND_PUBLISH });
  }

  async publish(event: WebhookEvent, channel: string, message: string): Promise<void> {
    await this.redis.ghlAppendAndPublish(streamOf(event.locationId), positionOf(event.webhookId), this.windowMs, message, channel);
  }

  async after(locationId: string, since: string): Promise<WebhookEvent[]> {
    const position = await this.redis.get(positionOf(since));
    if (position === null) throw new ResumeRefused(since);
    // From the event itself: absent, it was trimmed or is another location's.
    const [first, ...later] = await this.redis.xrange(streamOf(locationId), position, '+');
    if (first?.[0] !== position) throw new ResumeRefused(since);
    return later.map(([, fields]) => JSON.parse(fields[1]!) as WebhookEvent);
  }
}
