/**
 * The per-location limiter of ./limiter.ts, its window and GHL's daily budget kept in Redis
 * (REDIS_URL), so that every replica of the gateway spends one budget: three replicas send at most
 * 100 requests per 10 s per location between them, not 300.
 *
 * The window is a sorted set per resource, one member per slot, scored with the time the slot
 * starts to age. Taking a slot is one Lua script, atomic in Redis, timed by Redis's own clock, so
 * that replicas on different hosts agree. A slot in flight is scored `holdMs` ahead (the request's
 * timeout), then re-scored with its answer's time: a replica that dies mid-request leaks no slot.
 *
 * Waiters queue in the replica they reached, with the same semantics as in memory: first come,
 * first served (continuing requests first), bounded in length and by the queue's deadline, refused
 * at once with RATE_LIMITED and retryAfterMs when no slot can come in time. The queue's head asks
 * Redis again when the window's oldest slot ages out (at least every POLL_MS, since the slots other
 * replicas answer are not announced). Across replicas the order is first to ask once a slot frees.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis, Result } from 'ioredis';
import type { QueueBounds, RateLimit } from '../config.ts';
import { gatewayError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { rateLimitedByGateway } from './errors.ts';
import { capacityOf, earliestSlot, utcDay, type Limiter, type RateLimitBudget, type ReleaseSlot, type SlotWait } from './limiter.ts';

/** Longest a queue head waits before asking Redis again: slots freed by other replicas are not announced. */
const POLL_MS = 50;
const DAY_MS = 86_400_000;

/**
 * Removes aged-out slots (KEYS[1] the window, ARGV[1] intervalMs) and sets `now`, Redis's time in
 * ms; `keep(ms)` lets the window outlive its newest slot, never shortening what another kept.
 */
const NOW_AND_EXPIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
local function keep(ms)
  if redis.call('PTTL', KEYS[1]) < ms then redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil(ms))) end
end
`;

/**
 * KEYS: window, daily. ARGV: intervalMs, max, holdMs, member, today.
 * Returns {1} when the slot is taken, {-1} when the day's budget is spent, else {0, now, ages...}.
 */
const TAKE = `${NOW_AND_EXPIRE}
local max, hold = tonumber(ARGV[2]), tonumber(ARGV[3])
local daily = redis.call('HMGET', KEYS[2], 'day', 'remaining')
local today = daily[1] == ARGV[5]
if today and tonumber(daily[2]) <= 0 then return {-1} end
if redis.call('ZCARD', KEYS[1]) < max then
  redis.call('ZADD', KEYS[1], now + hold, ARGV[4])
  keep(tonumber(ARGV[1]) + hold)
  if today then redis.call('HINCRBY', KEYS[2], 'remaining', -1) end
  return {1}
end
local answer = {0, now}
for _, score in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')) do
  if _ % 2 == 0 then answer[#answer + 1] = math.min(tonumber(score), now) end
end
return answer`;

/** KEYS: window. ARGV: intervalMs, member. The slot's request is answered: it ages from now. */
const RELEASE = `${NOW_AND_EXPIRE}
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[2])
keep(tonumber(ARGV[1]))`;

/** KEYS: window. ARGV: intervalMs, max, remaining, prefix. Books what GHL counted and the window did not. */
const OBSERVE = `${NOW_AND_EXPIRE}
local unseen = tonumber(ARGV[2]) - redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
for i = 1, unseen do redis.call('ZADD', KEYS[1], now, ARGV[4] .. i) end
if unseen > 0 then keep(tonumber(ARGV[1])) end`;

/** KEYS: window. ARGV: intervalMs, max, agedFrom, prefix. Every slot held: GHL said 429. */
const BLOCK = `${NOW_AND_EXPIRE}
for i = 1, tonumber(ARGV[2]) do redis.call('ZADD', KEYS[1], tonumber(ARGV[3]), ARGV[4] .. i) end
keep(tonumber(ARGV[3]) + tonumber(ARGV[1]) - now)`;

/** KEYS: window, daily. ARGV: intervalMs, today. Returns {now, used, dailyLimit, dailyRemaining} ('' when unknown). */
const BUDGET = `${NOW_AND_EXPIRE}
local daily = redis.call('HMGET', KEYS[2], 'day', 'limit', 'remaining')
if daily[1] ~= ARGV[2] then daily = {false, '', ''} end
return {now, redis.call('ZCARD', KEYS[1]), daily[2], daily[3]}`;

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  continuing: boolean;
  deadline: NodeJS.Timeout | undefined;
}

interface Queue {
  waiters: Waiter[];
  /** The ages Redis last reported with a refusal, and its time then: estimates for newcomers. */
  ages: number[];
  now: number;
  pumping: boolean;
}

type Taken = { taken: ReleaseSlot } | { dailySpent: true } | { now: number; ages: number[] };

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ghlTakeSlot(window: string, daily: string, intervalMs: number, max: number, holdMs: number, member: string, today: string): Result<(number | string)[], Context>;
    ghlReleaseSlot(window: string, intervalMs: number, member: string): Result<null, Context>;
    ghlObserveSlots(window: string, intervalMs: number, max: number, remaining: number, prefix: string): Result<null, Context>;
    ghlBlockSlots(window: string, intervalMs: number, max: number, agedFrom: number, prefix: string): Result<null, Context>;
    ghlSlotBudget(window: string, daily: string, intervalMs: number, today: string): Result<[number, number, string, string], Context>;
  }
}

export class SharedRateLimiter implements Limiter {
  readonly #redis: Redis;
  readonly #limit: RateLimit;
  readonly #queue: QueueBounds;
  readonly #holdMs: number;
  readonly #logger: Logger;
  readonly #queues = new Map<string, Queue>();

  /** `holdMs`: the longest a request is in flight (its timeout); its slot is held that long at most before it ages. */
  constructor(redis: Redis, limit: RateLimit, queue: QueueBounds, holdMs: number, logger: Logger) {
    this.#redis = redis;
    this.#limit = limit;
    this.#queue = queue;
    this.#holdMs = holdMs;
    this.#logger = logger;
    redis.defineCommand('ghlTakeSlot', { numberOfKeys: 2, lua: TAKE });
    redis.defineCommand('ghlReleaseSlot', { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand('ghlObserveSlots', { numberOfKeys: 1, lua: OBSERVE });
    redis.defineCommand('ghlBlockSlots', { numberOfKeys: 1, lua: BLOCK });
    redis.defineCommand('ghlSlotBudget', { numberOfKeys: 2, lua: BUDGET });
  }

  async acquire(key: string, signal?: AbortSignal, continuing = false): Promise<ReleaseSlot> {
    signal?.throwIfAborted();
    const queue = this.#queueOf(key);
    if (queue.waiters.length === 0) {
      const taken = await this.#take(key);
      if ('taken' in taken) return taken.taken;
      if ('dailySpent' in taken) throw dailySpent(Date.now());
      queue.ages = taken.ages;
      queue.now = taken.now;
    }
    const place = continuing ? queue.waiters.filter((waiter) => waiter.continuing).length : queue.waiters.length;
    const waitMs = earliestSlot(this.#limit, queue.ages, place, queue.now) - queue.now;
    if (queue.waiters.length >= this.#queue.maxLength) {
      throw rateLimitedByGateway('queue_full', "Too many requests are waiting for this location's GoHighLevel rate limit", waitMs);
    }
    if (waitMs > this.#queue.timeoutMs) {
      throw rateLimitedByGateway('queue_timeout', "This location's GoHighLevel rate limit has no free slot before the queue's deadline", waitMs);
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => this.#leave(queue, waiter, signal?.reason),
        continuing,
        deadline: undefined,
      };
      if (Number.isFinite(this.#queue.timeoutMs)) {
        waiter.deadline = setTimeout(() => {
          const retryAfterMs = earliestSlot(this.#limit, queue.ages, 0, queue.now) - queue.now;
          this.#leave(queue, waiter, rateLimitedByGateway('queue_timeout', "This location's GoHighLevel rate limit had no free slot before the queue's deadline", retryAfterMs));
        }, this.#queue.timeoutMs);
      }
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      queue.waiters.splice(place, 0, waiter);
      void this.#pump(key, queue);
    });
  }

  observe(key: string, remaining: number): void {
    this.#quietly(this.#redis.ghlObserveSlots(windowKey(key), this.#limit.intervalMs, this.#limit.max, remaining, `observed:${randomUUID()}:`));
  }

  observeDaily(key: string, limit: number, remaining: number): void {
    const daily = dailyKey(key);
    this.#quietly(this.#redis.multi().hset(daily, { day: utcDay(Date.now()), limit, remaining }).pexpire(daily, DAY_MS).exec());
  }

  blockUntil(key: string, until: number): void {
    this.#quietly(this.#redis.ghlBlockSlots(windowKey(key), this.#limit.intervalMs, this.#limit.max, until - this.#limit.intervalMs, `blocked:${randomUUID()}:`));
  }

  async budget(key: string): Promise<RateLimitBudget> {
    const [, used, dailyLimit, dailyRemaining] = await this.#redis.ghlSlotBudget(windowKey(key), dailyKey(key), this.#limit.intervalMs, String(utcDay(Date.now()))).catch(unreachable);
    return {
      max: this.#limit.max,
      remaining: Math.max(0, this.#limit.max - used),
      queued: this.#queues.get(key)?.waiters.length ?? 0,
      dailyLimit: dailyLimit === '' ? undefined : Number(dailyLimit),
      dailyRemaining: dailyRemaining === '' ? undefined : Math.max(0, Number(dailyRemaining)),
    };
  }

  /**
   * For the window check, from the shared window's free slots now: calls past them wait a whole
   * window per `max` calls, an upper bound, since the ages of the slots other replicas hold are not read.
   */
  async waitFor(key: string, calls: number): Promise<SlotWait> {
    const { remaining } = await this.budget(key);
    const beyond = calls + (this.#queues.get(key)?.waiters.length ?? 0) - remaining;
    return {
      waitMs: beyond <= 0 ? 0 : Math.ceil(beyond / this.#limit.max) * this.#limit.intervalMs,
      queueTimeoutMs: this.#queue.timeoutMs,
      capacity: capacityOf(this.#limit, this.#queue.timeoutMs),
    };
  }

  /** Serves the queue's head whenever Redis gives a slot, until the queue is empty. */
  async #pump(key: string, queue: Queue): Promise<void> {
    if (queue.pumping) return;
    queue.pumping = true;
    try {
      while (queue.waiters.length > 0) {
        let taken: Taken;
        try {
          taken = await this.#take(key);
        } catch (error) {
          for (const waiter of [...queue.waiters]) this.#leave(queue, waiter, error);
          break;
        }
        const head = queue.waiters[0];
        if ('taken' in taken) {
          // The head left (aborted, timed out) while Redis answered: the slot is given back at once.
          if (!head) taken.taken();
          else this.#serve(queue, head, taken.taken);
        } else if ('dailySpent' in taken) {
          for (const waiter of [...queue.waiters]) this.#leave(queue, waiter, dailySpent(Date.now()));
        } else {
          queue.ages = taken.ages;
          queue.now = taken.now;
          const freesInMs = earliestSlot(this.#limit, taken.ages, 0, taken.now) - taken.now;
          await sleep(Math.min(POLL_MS, Math.max(1, freesInMs)), undefined, { ref: false });
        }
      }
    } finally {
      queue.pumping = false;
    }
  }

  async #take(key: string): Promise<Taken> {
    const member = randomUUID();
    const window = windowKey(key);
    const { intervalMs, max } = this.#limit;
    const answer = await this.#redis.ghlTakeSlot(window, dailyKey(key), intervalMs, max, this.#holdMs, member, String(utcDay(Date.now()))).catch(unreachable);
    if (answer[0] === 1) {
      let released = false;
      return {
        taken: () => {
          if (released) return;
          released = true;
          this.#quietly(this.#redis.ghlReleaseSlot(window, intervalMs, member));
        },
      };
    }
    if (answer[0] === -1) return { dailySpent: true };
    return { now: Number(answer[1]), ages: answer.slice(2).map(Number) };
  }

  #serve(queue: Queue, waiter: Waiter, release: ReleaseSlot): void {
    queue.waiters.splice(queue.waiters.indexOf(waiter), 1);
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    clearTimeout(waiter.deadline);
    waiter.resolve(release);
  }

  #leave(queue: Queue, waiter: Waiter, reason: unknown): void {
    const at = queue.waiters.indexOf(waiter);
    if (at === -1) return;
    queue.waiters.splice(at, 1);
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    clearTimeout(waiter.deadline);
    waiter.reject(reason);
  }

  #queueOf(key: string): Queue {
    let queue = this.#queues.get(key);
    if (!queue) {
      queue = { waiters: [], ages: [], now: Date.now(), pumping: false };
      this.#queues.set(key, queue);
    }
    return queue;
  }

  /** A reconciliation that did not reach Redis is lost, not fatal: the window errs by its size at most. */
  #quietly(write: Promise<unknown>): void {
    write.catch((error: Error) => this.#logger.warn({ error: error.message }, 'Shared rate-limit window not updated'));
  }
}

const windowKey = (key: string) => `ghl-gateway:rate:${key}`;
const dailyKey = (key: string) => `ghl-gateway:daily:${key}`;

function dailySpent(now: number) {
  return rateLimitedByGateway('daily_budget', "GoHighLevel's daily request budget for this location is spent", DAY_MS - (now % DAY_MS));
}

/** Without the shared window no call may go: sending anyway could break GHL's limit for every replica. */
function unreachable(): never {
  throw gatewayError('UPSTREAM_UNAVAILABLE', 'The rate limit shared by the gateway replicas (Redis) could not be reached; the call was not sent');
}
