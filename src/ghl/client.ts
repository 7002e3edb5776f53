/**
 * The only code that talks HTTP to GoHighLevel. Each call names a catalog operation; the client
 * adds the Version header and Bearer token, waits for the resource's rate-limit slot, sends over a
 * keep-alive pool with a timeout, retries what is safe to retry, counts every request sent, and
 * turns every failure into one of the errors in ./errors.ts.
 */
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { Agent, errors, FormData, request, type Dispatcher } from 'undici';
import { DEFAULT_BREAKER, type BreakerOptions, type QueueBounds, type RateLimit } from '../config.ts';
import { gatewayError } from '../errors.ts';
import { DEFAULT_MAX_JSON_DEPTH, textNestsDeeperThan, valueNestsDeeperThan } from '../json-depth.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { CallStats } from './call-stats.ts';
import { operationDef, type OperationName, type Operations } from './catalog.ts';
import type { SpecOperationName } from './generated/catalog.ts';
import type { SpecOperationTypes } from './generated/types/index.ts';
import type { DownloadedFile, LocationSlot, OperationDef, PathParams, ResponseOf } from './operation.ts';
import {
  RefusedCall,
  fromGhlResponse,
  upstreamFileTooLarge,
  upstreamMalformed,
  upstreamOutcomeUnknown,
  upstreamTimeout,
  upstreamTooDeep,
  upstreamUnexpectedShape,
  upstreamUnreachable,
} from './errors.ts';
import { shapeProblem } from './shape.ts';
import { UpstreamBreakers } from './breaker.ts';
import { RateLimiter, type Limiter, type RateLimitBudget, type ReleaseSlot, type SlotWait } from './limiter.ts';

/** Whose GHL budget and data a call uses. */
export interface Credentials {
  token: string;
  /** The location (sub-account) the token belongs to, when known; keys the rate limiter. */
  locationId?: string | undefined;
}

/**
 * Picks the credentials of each call from the location it names (src/credentials: a stored
 * install's token for that location), and may send it again once with fresh ones after a 401.
 * `location` is undefined for a call that names none (a by-id call, an agency-level call).
 */
export interface CredentialSource {
  withCredentials<T>(location: string | undefined, send: (credentials: Credentials) => Promise<T>): Promise<T>;
}

export interface GhlClientOptions {
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  rateLimit: RateLimit;
  /** How long and how many calls may wait for a rate-limit slot, per location. Unset: unbounded. */
  queue?: QueueBounds | undefined;
  /** When the upstream host's circuit opens, and for how long. Unset: config's defaults. */
  breaker?: BreakerOptions | undefined;
  maxConnections: number;
  /** Answers nested deeper are UPSTREAM_ERROR, unread (src/json-depth.ts). Unset: config's default. */
  maxJsonDepth?: number | undefined;
  /** The largest file an operation that answers one may send (OperationDef `answers: 'file'`); a bigger one is UPSTREAM_ERROR. */
  maxFileBytes: number;
  logger: Logger;
  /** Where upstream calls, their latency and limiter waits are counted for /metrics. */
  metrics?: Metrics | undefined;
  /** The limiter replicas share (./shared-limiter.ts, REDIS_URL). Unset: this process's own, in memory. */
  limiter?: Limiter | undefined;
}

/**
 * Where a request's calls may be answered without going upstream (src/cache): it sends the call
 * itself when it must, and learns from `served` the location whose credentials GHL answered.
 */
export interface CallCache {
  through<T>(name: OperationName, args: SentArgs, send: (served: (locationId: string | undefined) => void) => Promise<T>): Promise<T>;
}

/** Which request a call serves: its id goes upstream as X-Request-Id, its logger carries the id. */
export interface RequestTrace {
  requestId: string;
  logger: Logger;
}

type Query = Record<string, string | number | boolean | undefined>;
/** The parameters the operation's location takes where it goes (`in`): `altId` brings `altType` unless its slot says not. */
type LocationParams<O extends OperationDef, In> = O['location'] extends { in: In; name: infer N extends string }
  ? N | (N extends 'altId' ? (O['location'] extends { altType: false } ? never : 'altType') : never)
  : never;
type OwnPathParams<O extends OperationDef> = Exclude<PathParams<O['path']>, LocationParams<O, 'path'>>;
type PathArgs<O extends OperationDef> = [OwnPathParams<O>] extends [never] ? { path?: undefined } : { path: Record<OwnPathParams<O>, string> };
/**
 * A call whose operation names a location must be given one; the client places it (see `placed`).
 * `[L]`: a declared slot reaches here intersected with the whole LocationSlot union, not to be split.
 */
type LocationArgs<L extends LocationSlot> = [L] extends ['none'] ? { location?: undefined } : [L] extends [{ optional: true }] ? { location: string | undefined } : { location: string };
/**
 * `location` is placed where the operation declares it (the types keep it out of `path` and
 * `query`); `body` goes as JSON; `form` (undici's FormData, for uploads) as multipart/form-data,
 * its boundary set by undici; `urlencoded` as application/x-www-form-urlencoded (the OAuth endpoints).
 */
export type CallArgs<N extends OperationName> = PathArgs<Operations[N]> &
  LocationArgs<Operations[N]['location']> & {
    query?: Query & Partial<Record<LocationParams<Operations[N], 'query'>, never>>;
    body?: unknown;
    form?: FormData;
    urlencoded?: Record<string, string>;
  };
/**
 * A call of any operation of the generated catalog, built from GraphQL arguments at run time (so
 * untyped here; its answer is typed by the file): the location is placed where the file declares it.
 */
export type SpecCallArgs = {
  location?: string | undefined;
  path?: Record<string, string>;
  query?: Query;
  body?: unknown;
  form?: FormData;
  urlencoded?: Record<string, string>;
};
export type SpecResponse<N extends SpecOperationName> = SpecOperationTypes[N]['response'];
/** The arguments of any call, as the client sends them. */
export interface SentArgs {
  location?: string | undefined;
  path?: Record<string, string> | undefined;
  query?: Query | undefined;
  body?: unknown;
  form?: FormData | undefined;
  urlencoded?: Record<string, string> | undefined;
}

/** Longest back-off between two tries; a Retry-After beyond it is handed to the client instead. */
const MAX_RETRY_WAIT_MS = 10_000;

export class GhlClient {
  readonly stats = new CallStats();
  readonly limiter: Limiter;
  /** One circuit per upstream host: open while it keeps failing. */
  readonly breakers: UpstreamBreakers<Outcome>;
  readonly #options: GhlClientOptions;
  readonly #agent: Agent;
  /** The base URL parsed once: its origin, and what its path puts before each operation's ("" for GHL's). */
  readonly #origin: string;
  readonly #pathPrefix: string;

  constructor(options: GhlClientOptions) {
    this.#options = options;
    this.limiter = options.limiter ?? new RateLimiter(options.rateLimit, options.queue);
    this.breakers = new UpstreamBreakers(options.breaker ?? DEFAULT_BREAKER, upstreamFailed);
    this.#agent = new Agent({
      connections: options.maxConnections,
      keepAliveTimeout: 30_000,
    });
    const base = new URL(options.baseUrl);
    this.#origin = base.origin;
    this.#pathPrefix = options.baseUrl.endsWith('/') ? base.pathname : base.pathname.replace(/\/$/, '');
  }

  /** A view of the client for one GraphQL request: its credentials, its abort signal, its own count. */
  session(credentials: Credentials | CredentialSource | GraphQLError, signal?: AbortSignal, trace?: RequestTrace, cache?: CallCache): GhlSession {
    return new GhlSession(this, credentials, signal, trace, cache);
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  /**
   * Whether GHL's edge answers at all (/readyz): a GET on the base URL over the pool, with no token,
   * so it spends no location's rate-limit budget, takes no limiter slot and counts neither as a call
   * nor against the circuit. Any HTTP status (GHL says 404 or 401 there) proves DNS, TLS and the edge.
   */
  async reach(timeoutMs: number): Promise<void> {
    const response = await request(this.#options.baseUrl, { dispatcher: this.#agent, method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    await response.body.dump();
  }

  /** A call the app makes as itself, with its client id and secret in the body and no Bearer token. */
  asApp<N extends OperationName>(name: N, args: CallArgs<N>, signal?: AbortSignal): Promise<ResponseOf<Operations[N]>> {
    return this.send(name, args, undefined, signal, () => undefined) as Promise<ResponseOf<Operations[N]>>;
  }

  /** @internal GhlSession.call is the way in: it supplies credentials and counts per request. */
  async send(
    /** A curated operation's name, or any generated one's (src/ghl/generated/catalog.ts). */
    name: OperationName | SpecOperationName,
    args: SentArgs,
    /** Unset: the call is the app's own (the OAuth token exchange), with no Bearer token. */
    credentials: Credentials | undefined,
    signal: AbortSignal | undefined,
    onSent: () => void,
    trace?: RequestTrace,
    /** The GraphQL request has already sent calls: its next ones queue ahead of new requests' (src/ghl/limiter.ts). */
    continuing = false,
  ): Promise<unknown> {
    const op = operationDef(name);
    const sent = placed(op.location, args);
    const path = this.#path(name, op.path, sent.path, sent.query);
    const { baseUrl } = this.#options;
    const limiterKey = limiterKeyOf(credentials);
    const { maxRetries, retryBaseMs, timeoutMs, maxJsonDepth = DEFAULT_MAX_JSON_DEPTH, maxFileBytes, metrics } = this.#options;
    const logger = trace?.logger ?? this.#options.logger;
    // Serialised before any attempt: a body that cannot be is the caller's failure, not GHL's, and
    // must never count against the circuit nor as a network failure.
    const body = sent.form ?? (sent.urlencoded ? new URLSearchParams(sent.urlencoded).toString() : serialised(name, sent.body));

    for (let attempt = 0; ; attempt++) {
      const queued = performance.now();
      let releaseSlot: ReleaseSlot;
      try {
        this.breakers.refuseIfOpen(baseUrl, name);
        releaseSlot = await this.limiter.acquire(limiterKey, signal, continuing || attempt > 0);
      } catch (error) {
        throw this.#refused(name, error);
      }
      metrics?.limiterWait(performance.now() - queued);
      onSent();
      const started = Date.now();
      const deadline = new AttemptDeadline(timeoutMs, signal);
      let outcome: Outcome;
      try {
        outcome = await this.breakers.attempt(baseUrl, name, async (): Promise<Outcome> => {
          try {
            // The pool's own request, by origin and path: undici's top-level one parses a URL string per call.
            const response = await this.#agent.request({
              origin: this.#origin,
              path,
              method: op.method,
              headers: {
                ...(credentials && { authorization: `Bearer ${credentials.token}` }),
                version: op.version,
                ...(trace && { 'x-request-id': trace.requestId }),
                accept: op.answers === 'file' ? '*/*' : 'application/json',
                ...(sent.body === undefined ? {} : { 'content-type': 'application/json' }),
                ...(sent.urlencoded && { 'content-type': 'application/x-www-form-urlencoded' }),
              },
              // A FormData is read afresh on every send, so a retried upload sends the whole file again.
              body,
              signal: deadline.signal,
            });
            // A file is read as bytes, and only so far: its error answers are JSON like any other.
            const file = op.answers === 'file' && response.statusCode >= 200 && response.statusCode < 300 ? await fileOf(response, maxFileBytes) : undefined;
            const text = file === undefined ? await response.body.text() : '';
            const retryAfterMs = retryAfterFrom(response.headers);
            // A 429's Retry-After is more precise than its "0 remaining", which would hold a whole window.
            if (response.statusCode === 429 && retryAfterMs !== undefined) {
              this.limiter.blockUntil(limiterKey, Date.now() + retryAfterMs);
            } else {
              const remaining = numberHeader(response.headers, 'x-ratelimit-remaining');
              if (remaining !== undefined) this.limiter.observe(limiterKey, remaining);
            }
            const dailyLimit = numberHeader(response.headers, 'x-ratelimit-limit-daily');
            const dailyRemaining = numberHeader(response.headers, 'x-ratelimit-daily-remaining');
            if (dailyLimit !== undefined && dailyRemaining !== undefined) this.limiter.observeDaily(limiterKey, dailyLimit, dailyRemaining);
            return { status: response.statusCode, text, retryAfterMs, file };
          } catch (error) {
            // The client went away: nothing is waiting for this answer any more.
            signal?.throwIfAborted();
            // Refused by undici before a byte went out (a header value it will not send): thrown, the
            // circuit does not count it, and GHL never saw it.
            if (error instanceof errors.InvalidArgumentError) throw notSendable(name);
            return deadline.timedOut ? { failure: 'timeout', sent: true } : { failure: 'network', sent: !neverSent(error) };
          }
        });
      } catch (error) {
        // A half-open circuit already probing refuses the call here, after its slot was taken.
        throw this.#refused(name, error);
      } finally {
        deadline.end();
        releaseSlot();
      }
      const answer = 'failure' in outcome ? outcome.failure : outcome.status;
      const ms = Date.now() - started;
      this.stats.record(name, answer);
      metrics?.upstreamRequest(name, answer, ms);
      logger.debug({ operation: name, status: answer, attempt, ms }, 'GHL call');

      const verdict = judge(name, outcome, timeoutMs, op, maxJsonDepth, maxFileBytes);
      if ('data' in verdict) return verdict.data;

      const retryable = verdict.retry === 'always' || (verdict.retry === 'if-idempotent' && op.idempotent);
      const waitMs = Math.max(backoff(attempt, retryBaseMs), verdict.retryAfterMs ?? 0);
      logger.warn({ operation: name, outcome: answer, attempt, ms }, 'GHL call failed');
      if (!retryable || attempt >= maxRetries || waitMs > MAX_RETRY_WAIT_MS) throw verdict.error;
      await sleep(waitMs, undefined, { signal });
    }
  }

  /** Counts a call refused before it was sent, and names its operation; other errors pass as they are. */
  #refused(operation: string, error: unknown): unknown {
    if (!(error instanceof RefusedCall)) return error;
    this.#options.metrics?.upstreamRefused(operation, error.reason);
    return error.forOperation(operation);
  }

  /** The path and query of a call, under the base URL's path; its ids are encoded, so none can climb out. */
  #path(name: string, template: string, params: Record<string, string> | undefined, query: Query | undefined): string {
    const path = template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params?.[key];
      // A dot segment would be resolved away on the way (by any URL parser) and reach a different GHL route.
      if (!value || value === '.' || value === '..') {
        throw gatewayError('BAD_USER_INPUT', `${key} must be a non-empty GHL id`, { operation: name });
      }
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const qs = search.toString();
    return `${this.#pathPrefix}${path}${qs ? `?${qs}` : ''}`;
  }
}

export class GhlSession {
  /** Requests this session sent upstream, retries included. */
  calls = 0;
  readonly #client: GhlClient;
  /** Credentials, a source that picks them per call, or why the request has none usable: then every call fails with that error. */
  readonly #credentials: Credentials | CredentialSource | GraphQLError;
  readonly #signal: AbortSignal | undefined;
  readonly #trace: RequestTrace | undefined;
  readonly #cache: CallCache | undefined;

  constructor(client: GhlClient, credentials: Credentials | CredentialSource | GraphQLError, signal: AbortSignal | undefined, trace?: RequestTrace, cache?: CallCache) {
    this.#client = client;
    this.#cache = cache;
    this.#credentials = credentials;
    this.#signal = signal && plainFollower(signal);
    this.#trace = trace;
  }

  call<N extends OperationName>(name: N, args: CallArgs<N>): Promise<ResponseOf<Operations[N]>> {
    // A file is the caller's to relay, never an answer to share: it skips the read cache.
    const cache = operationDef(name).answers === 'file' ? undefined : this.#cache;
    return (cache ? cache.through(name, args, (served) => this.#call(name, args, served)) : this.#call(name, args)) as Promise<ResponseOf<Operations[N]>>;
  }

  /** Any operation of GHL's files by its generated name, typed by the file: the long tail of the graph. */
  callSpec<N extends SpecOperationName>(name: N, args: SpecCallArgs): Promise<SpecResponse<N>> {
    return this.#call(name, args) as Promise<SpecResponse<N>>;
  }

  #call(name: OperationName | SpecOperationName, args: SentArgs, served?: (locationId: string | undefined) => void): Promise<unknown> {
    const credentials = this.#credentials;
    if (credentials instanceof GraphQLError) return Promise.reject(credentials);
    const continuing = this.calls > 0;
    const send = (chosen: Credentials) => {
      served?.(chosen.locationId);
      return this.#client.send(name, args, chosen, this.#signal, () => this.calls++, this.#trace, continuing);
    };
    if (args.location === '') return Promise.reject(gatewayError('BAD_USER_INPUT', 'locationId must be a non-empty GHL id', { operation: name }));
    return 'token' in credentials ? send(credentials) : credentials.withCredentials(args.location, send);
  }

  /**
   * Where the rate limit these credentials spend on `locationId` stands. Managed credentials pick
   * (and authorise) that location's install as a call to it would; no API call is sent to GHL.
   */
  async rateLimit(locationId: string): Promise<RateLimitBudget> {
    return this.#client.limiter.budget(await this.#limiterKey(locationId));
  }

  /** How long the last of `calls` calls to `locationId` would wait for a slot now, and how long one may (src/ghl/limiter.ts `waitFor`). */
  async slotWait(locationId: string, calls: number): Promise<SlotWait> {
    return this.#client.limiter.waitFor(await this.#limiterKey(locationId), calls);
  }

  async #limiterKey(locationId: string): Promise<string> {
    const credentials = this.#credentials;
    if (credentials instanceof GraphQLError) throw credentials;
    const key = async (chosen: Credentials) => limiterKeyOf(chosen);
    return 'token' in credentials ? key(credentials) : credentials.withCredentials(locationId, key);
  }
}

/** Each source signal's follower, made once: see plainFollower. */
const followers = new WeakMap<AbortSignal, AbortSignal>();

/**
 * A plain AbortSignal aborted with `signal`. Yoga's request signal is a Proxy whose every property
 * read (and EventTarget reads several per listener) stringifies the key and searches it: one
 * listener on it, not one added and removed per call. One follower per source, shared by its
 * sessions: a WebSocket connection's signal outlives its operations, and a listener left on it per
 * operation would grow with every query a long-lived socket sends.
 */
function plainFollower(signal: AbortSignal): AbortSignal {
  let follower = followers.get(signal);
  if (follower) return follower;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  follower = controller.signal;
  // Its calls' listeners come and go on the follower (AttemptDeadline), as many at once as calls.
  setMaxListeners(0, follower);
  followers.set(signal, follower);
  return follower;
}

/** The call's arguments with its location where its operation declares it. */
function placed(slot: LocationSlot, args: SentArgs): SentArgs {
  if (slot === 'none' || args.location === undefined) return args;
  const params: Record<string, string> = slot.name === 'altId' && slot.altType !== false ? { altId: args.location, altType: 'location' } : { [slot.name]: args.location };
  switch (slot.in) {
    case 'path':
      return { ...args, path: { ...args.path, ...params } };
    case 'query':
      return { ...args, query: { ...params, ...args.query } };
    case 'body':
      return args.form ? { ...args, form: formWith(args.form, params) } : { ...args, body: { ...(args.body as object | undefined), ...params } };
  }
}

/** A copy of `form` with `fields` set: the caller's form is left as it was. */
function formWith(form: FormData, fields: Record<string, string>): FormData {
  const copy = new FormData();
  for (const [key, value] of form) copy.append(key, value);
  for (const [key, value] of Object.entries(fields)) copy.set(key, value);
  return copy;
}

/**
 * What one attempt is sent with: a signal aborted by its timeout or by the request's own signal,
 * both let go of when the attempt ends. AbortSignal.any([signal, AbortSignal.timeout(ms)]) did the
 * same at several times the cost: its timer is never cleared (it fires and aborts, with every
 * listener of the composite signal, long after the answer came) and the composite follows its
 * sources through weak references.
 */
class AttemptDeadline {
  #timedOut = false;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #request: AbortSignal | undefined;
  readonly #onRequestAbort = () => this.#controller.abort(this.#request!.reason);

  constructor(timeoutMs: number, request: AbortSignal | undefined) {
    this.#request = request;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, timeoutMs);
    if (request?.aborted) this.#controller.abort(request.reason);
    else request?.addEventListener('abort', this.#onRequestAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  end(): void {
    clearTimeout(this.#timer);
    this.#request?.removeEventListener('abort', this.#onRequestAbort);
  }
}

/**
 * `sent`: the request may have reached GHL (a timeout counts as sent: it may have, unseen).
 * `file`: the 2xx answer of an operation that answers a file, or `tooLarge` when it was over the limit (left unread).
 */
type Outcome =
  | { status: number; text: string; retryAfterMs: number | undefined; file: DownloadedFile | 'tooLarge' | undefined }
  | { failure: 'timeout' | 'network'; sent: boolean };

/** What counts against the host's circuit: it failed, not the call (4xx) nor the rate (429). */
function upstreamFailed(outcome: Outcome): boolean {
  return 'failure' in outcome || outcome.status >= 500;
}

/** The rate-limit resource a call spends: the token's location, or the token itself when that is unknown. */
function limiterKeyOf(credentials: Credentials | undefined): string {
  if (!credentials) return 'app';
  return credentials.locationId ?? `token:${createHash('sha256').update(credentials.token).digest('hex').slice(0, 16)}`;
}

type Verdict =
  | { data: unknown }
  | { error: Error; retry: 'always' | 'if-idempotent' | 'never'; retryAfterMs?: number | undefined };

/**
 * `idempotent`: the call is safe to repeat. One that is not (a create), sent and then unanswered or
 * answered unreadably, may have been applied: UPSTREAM_OUTCOME_UNKNOWN rather than an error that
 * reads as "not done", so that the client looks before retrying.
 */
function judge(
  operation: string,
  outcome: Outcome,
  timeoutMs: number,
  { idempotent, lists }: Pick<OperationDef, 'idempotent' | 'lists'>,
  maxJsonDepth: number,
  maxFileBytes: number,
): Verdict {
  if ('failure' in outcome) {
    if (!idempotent && outcome.sent) {
      return { error: upstreamOutcomeUnknown(operation, outcome.failure === 'timeout' ? 'timeout' : 'dropped'), retry: 'never' };
    }
    const error = outcome.failure === 'timeout' ? upstreamTimeout(operation, timeoutMs) : upstreamUnreachable(operation);
    return { error, retry: 'if-idempotent' };
  }
  const { status, text, retryAfterMs, file } = outcome;
  // The same file would come again, as big: not retried.
  if (file === 'tooLarge') return { error: upstreamFileTooLarge(operation, status, maxFileBytes), retry: 'never' };
  if (file) return { data: file };
  const body = parseJson(text, maxJsonDepth);
  if (status >= 200 && status < 300) {
    if (body === invalid) {
      if (!idempotent) return { error: upstreamOutcomeUnknown(operation, 'unreadable', status), retry: 'never' };
      return { error: upstreamMalformed(operation, status), retry: 'if-idempotent' };
    }
    // The same answer would come again: not retried. A create it answered was applied, unreadably.
    if (body === tooDeep) {
      return { error: idempotent ? upstreamTooDeep(operation, status, maxJsonDepth) : upstreamOutcomeUnknown(operation, 'unreadable', status), retry: 'never' };
    }
    const problem = lists && shapeProblem(body, lists);
    if (problem) return { error: idempotent ? upstreamUnexpectedShape(operation, status, problem) : upstreamOutcomeUnknown(operation, 'unreadable', status), retry: 'never' };
    return { data: body };
  }
  const error = fromGhlResponse(operation, status, body === invalid || body === tooDeep ? undefined : body, retryAfterMs);
  // A 429 is refused before GHL does anything, so even a create is safe to send again.
  if (status === 429) return { error, retry: 'always', retryAfterMs };
  if (status >= 500) return { error, retry: 'if-idempotent' };
  return { error, retry: 'never' };
}

/**
 * Errors of the connect phase, when no byte of the request left: safe to call "not applied".
 * Anything else (a reset, "other side closed") may have come after GHL read the request.
 */
const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function neverSent(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown } | undefined)?.cause].map((e) => (e as { code?: unknown } | undefined)?.code);
  return codes.some((code) => typeof code === 'string' && CONNECT_ERRORS.has(code));
}

/**
 * The bytes of a file answer, read no further than `maxBytes`: one that says (Content-Length) or
 * turns out to be bigger is `tooLarge`, and the rest of it is not read.
 */
async function fileOf(response: Dispatcher.ResponseData, maxBytes: number): Promise<DownloadedFile | 'tooLarge'> {
  const tooLarge = () => {
    // The rest is not read: the connection is dropped, and the error that makes on the body is nobody's.
    response.body.on('error', () => undefined).destroy();
    return 'tooLarge' as const;
  };
  if (Number(header(response.headers, 'content-length')) > maxBytes) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return tooLarge();
    chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks, size), contentType: header(response.headers, 'content-type') };
}

const invalid = Symbol('invalid JSON');
const tooDeep = Symbol('JSON nested too deep');

/**
 * JSON.parse copes with any depth, and walking what it built costs a fraction of scanning the text
 * first. Text that does not parse is scanned still: nested too deep, it is tooDeep, as it always was.
 */
function parseJson(text: string, maxDepth: number): unknown {
  if (text.length === 0) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return textNestsDeeperThan(text, maxDepth) ? tooDeep : invalid;
  }
  return valueNestsDeeperThan(body, maxDepth) ? tooDeep : body;
}

/** A JSON body as sent. One JSON.stringify cannot write (nested thousands of levels) is refused before any attempt. */
function serialised(operation: string, body: unknown): string | undefined {
  if (body === undefined) return undefined;
  try {
    return JSON.stringify(body);
  } catch {
    throw notSendable(operation);
  }
}

/** A call the gateway could not put on the wire as asked; what was wrong is not echoed (it may be a token). */
function notSendable(operation: string): GraphQLError {
  return gatewayError('BAD_USER_INPUT', `The call to ${operation} cannot be sent as asked`, { operation });
}

/** Full jitter: spreads the retries of many concurrent callers instead of having them collide. */
function backoff(attempt: number, baseMs: number): number {
  return Math.random() * baseMs * 2 ** attempt;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const value = Number(header(headers, name));
  return Number.isFinite(value) && header(headers, name) !== undefined ? value : undefined;
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterFrom(headers: Headers): number | undefined {
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
