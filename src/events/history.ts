/**
 * The recent events of each location, kept for SUBSCRIPTION_RESUME_WINDOW_MS so that a subscriber
 * that lost its connection resumes where it was: it names the `webhookId` of the last event it
 * got and receives every later one, in order, once. In memory, a bounded ring per location; over
 * Redis (REDIS_URL), a stream per location (XADD trimmed by time with MINID and by count with
 * MAXLEN, read with XRANGE), so that a subscriber resumes on any replica. Either way, at most
 * HISTORY_PER_LOCATION events are kept, and a resume hands them over a page at a time, as the
 * subscriber takes them: a busy window is never read, or held, all at once.
 */
import type { Redis, Result } from 'ioredis';
import type { WebhookEvent } from './events.ts';

/** Events kept per location, however many arrive within the window. */
export const HISTORY_PER_LOCATION = 10_000;
/** Events a resume reads at once. */
export const REPLAY_PAGE = 500;

export interface EventHistory {
  /**
   * The events of `locationId` after the one with webhook id `since`, up to the last one kept now,
   * page by page. Refused at once when `since` is no longer (or never was) kept; a page fails with
   * ResumeRefused when the events it was to hold were dropped meanwhile (more than
   * HISTORY_PER_LOCATION arrived while the subscriber was catching up).
   */
  after(locationId: string, since: string): Promise<AsyncIterable<WebhookEvent[]>>;
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

  async after(locationId: string, since: string): Promise<AsyncIterable<WebhookEvent[]>> {
    const ring = this.#byLocation.get(locationId) ?? [];
    const horizon = Date.now() - this.windowMs;
    const at = ring.findIndex(({ event }) => event.webhookId === since);
    if (at === -1 || ring[at]!.at <= horizon) throw new ResumeRefused(since);
    // The ring is in memory already: a copy of what follows, handed over in pages as Redis's are.
    const missed = ring.slice(at + 1).map(({ event }) => event);
    return (async function* () {
      for (let page = 0; page < missed.length; page += REPLAY_PAGE) yield missed.slice(page, page + REPLAY_PAGE);
    })();
  }
}

const streamOf = (locationId: string) => `ghl-gateway:history:${locationId}`;
const positionOf = (webhookId: string) => `ghl-gateway:history-id:${webhookId}`;

/**
 * KEYS: stream, position of the event. ARGV: windowMs, event (JSON), channel, events kept.
 * Appends, remembers where, and publishes in one step: the stream's order is the order replicas
 * deliver. Trimmed by age and by count ('~': whole blocks of entries, so a few more may stay).
 */
const APPEND_AND_PUBLISH = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local id = redis.call('XADD', KEYS[1], 'MINID', '~', now - window, '*', 'event', ARGV[2])
redis.call('XTRIM', KEYS[1], 'MAXLEN', '~', ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
redis.call('SET', KEYS[2], id, 'PX', window)
redis.call('PUBLISH', ARGV[3], ARGV[2])
return id`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ghlAppendAndPublish(stream: string, position: string, windowMs: number, event: string, channel: string, kept: number): Result<string, Context>;
  }
}

/** The history in Redis streams; `publish` is how the event bus publishes while it keeps one. */
export class EventStreams implements EventHistory {
  constructor(
    private readonly redis: Redis,
    private readonly windowMs: number,
    /** Tests make these small. */
    private readonly bounds = { perLocation: HISTORY_PER_LOCATION, page: REPLAY_PAGE },
  ) {
    redis.defineCommand('ghlAppendAndPublish', { numberOfKeys: 2, lua: APPEND_AND_PUBLISH });
  }

  async publish(event: WebhookEvent, channel: string, message: string): Promise<void> {
    await this.redis.ghlAppendAndPublish(streamOf(event.locationId), positionOf(event.webhookId), this.windowMs, message, channel, this.bounds.perLocation);
  }

  async after(locationId: string, since: string): Promise<AsyncIterable<WebhookEvent[]>> {
    const { redis, bounds } = this;
    const stream = streamOf(locationId);
    const position = await redis.get(positionOf(since));
    if (position === null) throw new ResumeRefused(since);
    // The event itself: absent, it was trimmed or is another location's.
    const [itself, newest] = await Promise.all([redis.xrange(stream, position, position), redis.xrevrange(stream, '+', '-', 'COUNT', 1)]);
    const last = newest[0]?.[0];
    if (itself[0]?.[0] !== position || last === undefined) throw new ResumeRefused(since);
    return (async function* () {
      let from = position;
      while (from !== last) {
        const [page, first] = await Promise.all([redis.xrange(stream, `(${from}`, last, 'COUNT', bounds.page), redis.xrange(stream, '-', '+', 'COUNT', 1)]);
        const oldest = first[0]?.[0];
        // The trim reached the last event handed over before this page was read: what followed it is gone.
        if (oldest === undefined || isAfter(oldest, from)) throw new ResumeRefused(since);
        if (page.length === 0) return;
        from = page.at(-1)![0];
        yield page.map(([, fields]) => JSON.parse(fields[1]!) as WebhookEvent);
      }
    })();
  }
}

/** Stream ids are `<ms>-<seq>`: compared as numbers, part by part. */
function isAfter(id: string, other: string): boolean {
  const [ms, seq] = id.split('-').map(BigInt) as [bigint, bigint];
  const [otherMs, otherSeq] = other.split('-').map(BigInt) as [bigint, bigint];
  return ms > otherMs || (ms === otherMs && seq > otherSeq);
}
