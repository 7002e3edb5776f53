/**
 * Injected failures, to test how the gateway copes with a misbehaving upstream. Count-based
 * knobs fire on the next N matching requests and count down as they fire; errorRate draws from
 * a PRNG seeded like the store, so a run with the same seed fails the same requests.
 */
import { Random } from '../random.ts';
import { definedOnly } from './validate.ts';

export interface FaultSettings {
  /** Faults apply only to API requests matching this; `path` is a RegExp source. Unset: all. */
  match?: { method?: string; path?: string };
  /** Extra latency per matching request. */
  latencyMs: number;
  /** 0..1: the share of matching requests answered 500 instead. */
  errorRate: number;
  /** The next N matching requests are answered 500: errorRate, but counted rather than drawn. */
  serverError: number;
  /** The next N matching requests get 429, with Retry-After and the X-RateLimit-* headers. */
  rateLimitBurst: number;
  /** The next N matching requests never get a response (the socket stays open until close()). */
  hang: number;
  /** The next N matching requests get status 200 with a truncated JSON body. */
  malformedJson: number;
  /** The next N matching requests get status 200 with their JSON body and, in it, a value nested 10,000 levels deep (`nested`). */
  deepJson: number;
  /** The next N matching requests: socket destroyed with no response. */
  resetConnection: number;
  /** The next N matching mutations (POST/PUT/DELETE) are applied to the store, then answered 500. */
  failAfterCommit: number;
  /** The next N matching mutations are applied to the store, then their socket is destroyed with no response. */
  dropAfterCommit: number;
  /** The next N matching requests are handled (a mutation is applied), then get their headers at once and their body a byte a second. */
  slowBody: number;
  /**
   * The next N matching requests are handled, then answered 200 with `replacementBody` instead:
   * real GHL data that drifts from the spec (an odd record, a list that is not one, an empty body).
   */
  replaceBody: number;
  /** The raw text `replaceBody` sends. */
  replacementBody: string;
}

/** What to do instead of answering normally, decided before the handler runs ('error' is a 500). */
export type PreFault = 'resetConnection' | 'hang' | 'rateLimitBurst' | 'error';
/** What to do to a handled request's response, decided after the handler ran. */
export type PostFault = 'failAfterCommit' | 'dropAfterCommit' | 'malformedJson' | 'deepJson' | 'slowBody' | 'replaceBody';

export const FAULT_COUNTERS = ['rateLimitBurst', 'serverError', 'hang', 'malformedJson', 'deepJson', 'resetConnection', 'failAfterCommit', 'dropAfterCommit', 'slowBody', 'replaceBody'] as const;
const MUTATING_METHODS = new Set(['POST', 'PUT', 'DELETE']);

export class SandboxFaults {
  private settings: FaultSettings = defaults();
  private pathPattern: RegExp | undefined;
  private random: Random;

  constructor(private readonly seed: number) {
    this.random = new Random(seed);
  }

  /** Merges into the current settings; an explicit `match: undefined` removes the match. */
  set(faults: Partial<FaultSettings>): void {
    const next: FaultSettings = { ...this.settings, ...definedOnly(faults) };
    if ('match' in faults && faults.match === undefined) delete next.match;
    this.pathPattern = next.match?.path === undefined ? undefined : new RegExp(next.match.path);
    this.settings = next;
  }

  /** Back to no faults, and restarts the errorRate sequence. */
  clear(): void {
    this.settings = defaults();
    this.pathPattern = undefined;
    this.random = new Random(this.seed);
  }

  current(): FaultSettings {
    return structuredClone(this.settings);
  }

  /** Extra latency for a request, or 0 when it does not match. */
  latencyFor(method: string, path: string): number {
    return this.matches(method, path) ? this.settings.latencyMs : 0;
  }

  /** The fault to apply before handling, in the documented order; counters count down. */
  before(method: string, path: string): PreFault | undefined {
    if (!this.matches(method, path)) return undefined;
    for (const fault of ['resetConnection', 'hang', 'rateLimitBurst'] as const) {
      if (this.fire(fault)) return fault;
    }
    if (this.fire('serverError')) return 'error';
    if (this.settings.errorRate > 0 && this.random.next() < this.settings.errorRate) return 'error';
    return undefined;
  }

  /** The fault to apply to a handled response; `committed` says a mutation reached the store. */
  after(method: string, path: string, committed: boolean): PostFault | undefined {
    if (!this.matches(method, path)) return undefined;
    if (committed && MUTATING_METHODS.has(method) && this.fire('failAfterCommit')) return 'failAfterCommit';
    if (committed && MUTATING_METHODS.has(method) && this.fire('dropAfterCommit')) return 'dropAfterCommit';
    if (this.fire('malformedJson')) return 'malformedJson';
    if (this.fire('deepJson')) return 'deepJson';
    if (this.fire('slowBody')) return 'slowBody';
    if (this.fire('replaceBody')) return 'replaceBody';
    return undefined;
  }

  private fire(counter: (typeof FAULT_COUNTERS)[number]): boolean {
    if (this.settings[counter] <= 0) return false;
    this.settings[counter]--;
    return true;
  }

  private matches(method: string, path: string): boolean {
    const { match } = this.settings;
    if (match?.method !== undefined && match.method.toUpperCase() !== method) return false;
    return this.pathPattern === undefined || this.pathPattern.test(path);
  }
}

function defaults(): FaultSettings {
  return {
    latencyMs: 0,
    errorRate: 0,
    serverError: 0,
    rateLimitBurst: 0,
    hang: 0,
    malformedJson: 0,
    deepJson: 0,
    resetConnection: 0,
    failAfterCommit: 0,
    dropAfterCommit: 0,
    slowBody: 0,
    replaceBody: 0,
    replacementBody: '',
  };
}
