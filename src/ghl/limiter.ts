/**
 * Keeps the gateway under GHL's burst limit (100 requests per 10 s per app per location or
 * company) by queueing, not failing.
 *
 * A sliding window of slots per resource: fixed-window limiters (p-queue's interval, Bottleneck's
 * reservoir) let twice the limit through across a window boundary, which GHL answers with 429.
 * GHL counts a request when it arrives, which is somewhere between sending it and getting the
 * answer (a new connection alone can take 100 ms), so a slot is held while its request is in
 * flight and timed from the answer: the window can only ever run late, never early.
 * Waiters are served first come, first served, each resource on its own timer.
 *
 * GHL counts every caller of the same app and location, other gateway replicas included. When its
 * `X-RateLimit-Remaining` says fewer slots are left than this window thinks, the difference is
 * booked as used now, so the window never runs ahead of GHL's own count.
 */
export interface RateLimit {
  max: number;
  intervalMs: number;
}

/** Call when the request's answer (or failure) is in: the slot then ages out one window later. */
export type ReleaseSlot = () => void;

interface Slot {
  /** When the slot started to age; Infinity while its request is in flight. */
  at: number;
}

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

class Window {
  slots: Slot[] = [];
  readonly waiters: Waiter[] = [];
  timer: NodeJS.Timeout | undefined;
}

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #windows = new Map<string, Window>();

  constructor(limit: RateLimit) {
    this.#limit = limit;
  }

  /** Resolves when `key` may send one request; rejects with the signal's reason if it aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    signal?.throwIfAborted();
    const window = this.#window(key);
    this.#expire(window);
    if (window.waiters.length === 0 && window.slots.length < this.#limit.max) {
      return Promise.resolve(this.#take(window));
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          window.waiters.splice(window.waiters.indexOf(waiter), 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      window.waiters.push(waiter);
      this.#schedule(window);
    });
  }

  /** Reconciles the window with GHL's own count: the X-RateLimit-Remaining of a response. */
  observe(key: string, remaining: number): void {
    const window = this.#window(key);
    const now = Date.now();
    this.#expire(window);
    const unseen = this.#limit.max - window.slots.length - remaining;
    for (let i = 0; i < unseen; i++) window.slots.push({ at: now });
  }

  /** Holds every slot of the window until `until`: GHL said 429 with a Retry-After. */
  blockUntil(key: string, until: number): void {
    const window = this.#window(key);
    const agedFrom = until - this.#limit.intervalMs;
    for (let i = 0; i < this.#limit.max; i++) window.slots.push({ at: agedFrom });
  }

  #window(key: string): Window {
    let window = this.#windows.get(key);
    if (!window) {
      window = new Window();
      this.#windows.set(key, window);
    }
    return window;
  }

  #take(window: Window): ReleaseSlot {
    const slot: Slot = { at: Infinity };
    window.slots.push(slot);
    return () => {
      if (slot.at !== Infinity) return;
      slot.at = Date.now();
      this.#schedule(window);
    };
  }

  #expire(window: Window): void {
    const horizon = Date.now() - this.#limit.intervalMs;
    window.slots = window.slots.filter((slot) => slot.at > horizon);
  }

  #schedule(window: Window): void {
    if (window.timer || window.waiters.length === 0) return;
    const oldest = Math.min(...window.slots.map((slot) => slot.at));
    // Every slot in flight: the first answer to come back reschedules.
    if (oldest === Infinity) return;
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
    while (window.waiters.length > 0 && window.slots.length < this.#limit.max) {
      const waiter = window.waiters.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve(this.#take(window));
    }
    this.#schedule(window);
  }
}
