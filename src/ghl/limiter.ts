/**
 * Keeps the gateway under GHL's burst limit (100 requests per 10 s per app per location or
 * company) by queueing, not failing, and within GHL's daily budget.
 *
 * A sliding window of slots per resource: fixed-window limiters (p-queue's interval, Bottleneck's
 * reservoir) let twice the limit through across a window boundary, which GHL answers with 429.
 * GHL counts a request when it arrives, which is somewhere between sending it and getting the
 * answer (a new connection alone can take 100 ms), so a slot is held while its request is in
 * flight and timed from the answer: the window can only ever run late, never early.
 * Waiters are served first come, first served, each resource on its own timer.
 *
 * The queue is bounded twice: in length, and in time. A request whose earliest possible slot lies
 * past its deadline is refused at once with RATE_LIMITED and how long to wait, rather than after
 * waiting to find out; one still queued at its deadline (answers came back later than hoped) is
 * refused then.
 *
 * A request already under way (its GraphQL query has had answers and now needs the next level)
 * queues ahead of requests not yet started: a board whose search went through should not fail
 * for its pipelines after spending GHL budget, while a new board can cheaply be told to come back.
 *
 * GHL counts every caller of the same app and location, other gateway replicas included. When its
 * `X-RateLimit-Remaining` says fewer slots are left than this window thinks, the difference is
 * booked as used now, so the window never runs ahead of GHL's own count. Its daily headers are
 * kept the same way: once GHL says the day's budget is spent, calls are refused without being sent.
 */
import type { QueueBounds, RateLimit } from '../config.ts';
import { rateLimitedByGateway } from './errors.ts';

/** What GHL allows one resource, as far as the gateway knows. */
export interface RateLimitBudget {
  max: number;
  /** Slots free in the current window. */
  remaining: number;
  /** Requests waiting for a slot. */
  queued: number;
  /** From GHL's X-RateLimit-Limit-Daily; undefined until a response said. */
  dailyLimit: number | undefined;
  /** From GHL's X-RateLimit-Daily-Remaining, less the calls sent since. */
  dailyRemaining: number | undefined;
}

/** What the REST edge asks of a limiter: this one in memory, or ./shared-limiter.ts over Redis. */
export interface Limiter {
  acquire(key: string, signal?: AbortSignal, continuing?: boolean): Promise<ReleaseSlot>;
  observe(key: string, remaining: number): void;
  observeDaily(key: string, limit: number, remaining: number): void;
  blockUntil(key: string, until: number): void;
  budget(key: string): RateLimitBudget | Promise<RateLimitBudget>;
  /** How long the last of `calls` more calls would wait for a slot now, and how long one may wait (src/plugins/window-check.ts). */
  waitFor(key: string, calls: number): SlotWait | Promise<SlotWait>;
}

export interface SlotWait {
  waitMs: number;
  queueTimeoutMs: number;
  /** Calls an idle location sends before the queue's deadline: an operation needing more never fits, however long it waits. */
  capacity: number;
}

export function capacityOf(limit: RateLimit, queueTimeoutMs: number): number {
  return limit.max * (1 + Math.floor(queueTimeoutMs / limit.intervalMs));
}

/** Call when the request's answer (or failure) is in: the slot then ages out one window later. */
export type ReleaseSlot = () => void;

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  /** Its GraphQL request has already sent calls: it queues ahead of those that have not. */
  continuing: boolean;
  /** Unset when the queue has no time bound. */
  deadline: NodeJS.Timeout | undefined;
}

interface DailyBudget {
  limit: number;
  remaining: number;
  /** The UTC day GHL's count was for: a new day starts a new budget. */
  day: number;
}

/**
 * Slots in flight are only counted; slots aging are their start times, oldest first (answers come
 * back in time order), so expiring them costs one look at the head, not a pass over the window.
 */
class Window {
  inFlight = 0;
  aged: number[] = [];
  readonly waiters: Waiter[] = [];
  timer: NodeJS.Timeout | undefined;
  daily: DailyBudget | undefined;
}

const DAY_MS = 86_400_000;
const UNBOUNDED: QueueBounds = { timeoutMs: Infinity, maxLength: Infinity };

export class RateLimiter implements Limiter {
  readonly #limit: RateLimit;
  readonly #queue: QueueBounds;
  readonly #windows = new Map<string, Window>();

  constructor(limit: RateLimit, queue: QueueBounds = UNBOUNDED) {
    this.#limit = limit;
    this.#queue = queue;
  }

  /**
   * Resolves when `key` may send one request. Rejects with RATE_LIMITED (a RefusedCall saying which)
   * when the day's budget is spent, the queue is full, or no slot can come before the queue's deadline; with the signal's
   * reason if it aborts first. `continuing`: the call serves a GraphQL request that already sent some.
   */
  acquire(key: string, signal?: AbortSignal, continuing = false): Promise<ReleaseSlot> {
    signal?.throwIfAborted();
    const window = this.#window(key);
    const now = Date.now();
    this.#expire(window);
    const daily = this.#daily(window, now);
    if (daily && daily.remaining <= 0) {
      return Promise.reject(rateLimitedByGateway('daily_budget', "GoHighLevel's daily request budget for this location is spent", DAY_MS - (now % DAY_MS)));
    }
    if (window.waiters.length === 0 && used(window) < this.#limit.max) {
      return Promise.resolve(this.#take(window));
    }
    // Where it joins: behind every waiter, or behind the other continuing ones only.
    const place = continuing ? window.waiters.filter((waiter) => waiter.continuing).length : window.waiters.length;
    const waitMs = slotAfter(this.#limit, this.#ages(window, now), place, now) - now;
    if (window.waiters.length >= this.#queue.maxLength) {
      return Promise.reject(rateLimitedByGateway('queue_full', "Too many requests are waiting for this location's GoHighLevel rate limit", waitMs));
    }
    if (waitMs > this.#queue.timeoutMs) {
      return Promise.reject(rateLimitedByGateway('queue_timeout', "This location's GoHighLevel rate limit has no free slot before the queue's deadline", waitMs));
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const leave = (reason: unknown) => {
        window.waiters.splice(window.waiters.indexOf(waiter), 1);
        signal?.removeEventListener('abort', waiter.onAbort);
        clearTimeout(waiter.deadline);
        reject(reason);
      };
      const waiter: Waiter = {
        resolve,
        signal,
        onAbort: () => leave(signal?.reason),
        continuing,
        deadline: undefined,
      };
      if (Number.isFinite(this.#queue.timeoutMs)) {
        waiter.deadline = setTimeout(() => {
          const at = Date.now();
          leave(rateLimitedByGateway('queue_timeout', "This location's GoHighLevel rate limit had no free slot before the queue's deadline", slotAfter(this.#limit, this.#ages(window, at), 0, at) - at));
        }, this.#queue.timeoutMs);
      }
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      window.waiters.splice(place, 0, waiter);
      this.#schedule(window);
    });
  }

  /** Reconciles the window with GHL's own count: the X-RateLimit-Remaining of a response. */
  observe(key: string, remaining: number): void {
    const window = this.#window(key);
    const now = Date.now();
    this.#expire(window);
    const unseen = this.#limit.max - used(window) - remaining;
    if (unseen > 0) age(window, now, unseen);
  }

  /** GHL's daily budget for `key`: X-RateLimit-Limit-Daily and X-RateLimit-Daily-Remaining of a response. */
  observeDaily(key: string, limit: number, remaining: number): void {
    this.#window(key).daily = { limit, remaining, day: utcDay(Date.now()) };
  }

  /** Holds every slot of the window until `until`: GHL said 429 with a Retry-After. */
  blockUntil(key: string, until: number): void {
    const window = this.#window(key);
    age(window, until - this.#limit.intervalMs, this.#limit.max);
  }

  /** Where `key` stands now; a key never seen has its whole window and an unknown daily budget. */
  budget(key: string): RateLimitBudget {
    const window = this.#windows.get(key) ?? new Window();
    this.#expire(window);
    const daily = this.#daily(window, Date.now());
    return {
      max: this.#limit.max,
      remaining: Math.max(0, this.#limit.max - used(window)),
      queued: window.waiters.length,
      dailyLimit: daily?.limit,
      dailyRemaining: daily && Math.max(0, daily.remaining),
    };
  }

  /**
   * How long the last of `calls` new requests for `key` would wait for its slot, behind those
   * queued now, against how long a request may wait: a query whose last call would wait longer
   * would fail halfway, after spending the window (src/plugins/window-check.ts).
   */
  waitFor(key: string, calls: number): SlotWait {
    const window = this.#windows.get(key) ?? new Window();
    this.#expire(window);
    const now = Date.now();
    return {
      waitMs: Math.max(0, slotAfter(this.#limit, this.#ages(window, now), window.waiters.length + calls - 1, now) - now),
      queueTimeoutMs: this.#queue.timeoutMs,
      capacity: capacityOf(this.#limit, this.#queue.timeoutMs),
    };
  }

  #window(key: string): Window {
    let window = this.#windows.get(key);
    if (!window) {
      window = new Window();
      this.#windows.set(key, window);
    }
    return window;
  }

  #daily(window: Window, now: number): DailyBudget | undefined {
    if (window.daily && window.daily.day !== utcDay(now)) window.daily = undefined;
    return window.daily;
  }

  #take(window: Window): ReleaseSlot {
    window.inFlight++;
    if (window.daily) window.daily.remaining--;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      window.inFlight--;
      age(window, Date.now(), 1);
      this.#schedule(window);
    };
  }

  /**
   * When each slot of the window started (or, in flight, is taken to start) to age, oldest first,
   * read in place: the aging slots are kept in order and those in flight start now, so no copy or
   * sort is needed (with a wide limit the window holds thousands, and every request asks).
   */
  #ages(window: Window, now: number): SortedAges {
    const { aged, inFlight } = window;
    return { count: aged.length + inFlight, at: (k) => (k < aged.length ? Math.min(aged[k]!, now) : now) };
  }

  #expire(window: Window): void {
    const horizon = Date.now() - this.#limit.intervalMs;
    let expired = 0;
    while (expired < window.aged.length && window.aged[expired]! <= horizon) expired++;
    if (expired > 0) window.aged.splice(0, expired);
  }

  #schedule(window: Window): void {
    if (window.timer || window.waiters.length === 0) return;
    const oldest = window.aged[0];
    // Every slot in flight: the first answer to come back reschedules.
    if (oldest === undefined) return;
    const delay = Math.max(0, oldest + this.#limit.intervalMs - Date.now());
    window.timer = setTimeout(() => {
      window.timer = undefined;
      this.#release(window);
    }, delay);
    // A queued request keeps its own caller waiting; the timer alone should not keep the process up.
    window.timer.unref();
  }

  #release(window: Window): void {
    this.#expire(window);
    while (window.waiters.length > 0 && used(window) < this.#limit.max) {
      const waiter = window.waiters.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      clearTimeout(waiter.deadline);
      waiter.resolve(this.#take(window));
    }
    this.#schedule(window);
  }
}

function used(window: Window): number {
  return window.inFlight + window.aged.length;
}

/** `count` slots starting to age at `at`, the window's times kept oldest first. */
function age(window: Window, at: number, count: number): void {
  const last = window.aged.at(-1);
  for (let i = 0; i < count; i++) window.aged.push(at);
  // Only a clock set back, or a 429's block ending before what is already aging, comes out of order.
  if (last !== undefined && at < last) window.aged.sort((a, b) => a - b);
}

/**
 * The soonest a request queued behind `ahead` others could get a slot, given when each slot of the
 * window started to age (`ages`). Slot k (by age) frees one interval after it started aging; a
 * request in flight is taken as answered now, so the estimate errs early and never refuses a
 * request that could have made its deadline. Past the window's own slots, a request waits for the
 * slot of the one `max` places ahead of it.
 */
export function earliestSlot(limit: RateLimit, ages: readonly number[], ahead: number, now: number): number {
  const sorted = [...ages].sort((a, b) => a - b);
  return slotAfter(limit, { count: sorted.length, at: (k) => sorted[k]! }, ahead, now);
}

/** A window's slot times in age order, the `k`th oldest read by `at(k)`. */
interface SortedAges {
  count: number;
  at: (k: number) => number;
}

/** earliestSlot over ages already in order. */
function slotAfter({ max, intervalMs }: RateLimit, ages: SortedAges, ahead: number, now: number): number {
  const needed = ages.count - max + ahead;
  const windows = needed >= ages.count ? Math.ceil((needed - ages.count + 1) / max) : 0;
  const base = needed - windows * max;
  return (base < 0 ? now : ages.at(base) + intervalMs) + windows * intervalMs;
}

/** Days since the epoch, UTC: a number, since a date string cost each call a Date and its formatting. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}
