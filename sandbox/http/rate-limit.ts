/**
 * GHL's API limits, kept per location (or per company for agency tokens): a burst limit of
 * `max` requests in any sliding `intervalMs` window, and a daily limit reset at UTC midnight.
 * Only admitted requests are counted; a 429 does not use up budget.
 */

export interface RateLimitOptions {
  max: number;
  intervalMs: number;
  dailyLimit: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** Whole seconds until a request would be admitted again; set when not allowed. */
  retryAfterSeconds?: number;
}

interface Usage {
  /** Arrival times of admitted requests still inside the window, oldest first. */
  window: number[];
  day: string;
  dailyUsed: number;
}

const DAY_MS = 86_400_000;

export class RateLimiter {
  private readonly usage = new Map<string, Usage>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Admits and counts a request for `key` that arrived at `now`, or refuses it. */
  take(key: string, now = Date.now()): RateLimitDecision {
    const usage = this.current(key, now);
    const { max, intervalMs, dailyLimit } = this.options;
    if (usage.dailyUsed >= dailyLimit) {
      return { allowed: false, headers: this.headers(usage), retryAfterSeconds: toSeconds(DAY_MS - (now % DAY_MS)) };
    }
    const oldest = usage.window[0];
    if (usage.window.length >= max && oldest !== undefined) {
      return { allowed: false, headers: this.headers(usage), retryAfterSeconds: toSeconds(oldest + intervalMs - now) };
    }
    usage.window.push(now);
    usage.dailyUsed++;
    return { allowed: true, headers: this.headers(usage) };
  }

  /** The headers for `key` without counting a request: for responses the limiter did not admit. */
  peek(key: string): Record<string, string> {
    return this.headers(this.current(key, Date.now()));
  }

  reset(): void {
    this.usage.clear();
  }

  private current(key: string, now: number): Usage {
    const day = new Date(now).toISOString().slice(0, 10);
    let usage = this.usage.get(key);
    if (!usage) {
      usage = { window: [], day, dailyUsed: 0 };
      this.usage.set(key, usage);
    }
    if (usage.day !== day) {
      usage.day = day;
      usage.dailyUsed = 0;
    }
    const windowStart = now - this.options.intervalMs;
    const expired = usage.window.findIndex((at) => at > windowStart);
    usage.window.splice(0, expired === -1 ? usage.window.length : expired);
    return usage;
  }

  private headers(usage: Usage): Record<string, string> {
    const { max, intervalMs, dailyLimit } = this.options;
    return {
      'X-RateLimit-Max': String(max),
      'X-RateLimit-Remaining': String(Math.max(0, max - usage.window.length)),
      'X-RateLimit-Interval-Milliseconds': String(intervalMs),
      'X-RateLimit-Limit-Daily': String(dailyLimit),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, dailyLimit - usage.dailyUsed)),
    };
  }
}

function toSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
