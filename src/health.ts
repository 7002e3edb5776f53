/**
 * `/healthz`: the process serves HTTP. `/readyz`: it can do its job now, i.e. GoHighLevel (or the
 * sandbox) answers, its circuit breaker is not refusing calls, and, when REDIS_URL is set, Redis
 * answers too; a load balancer stops routing here while it says 503. Both are cheap enough to be polled every few seconds.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';
import { replyJson } from './json-reply.ts';

/** Short: an orchestrator polls often and would rather hear "not ready" than wait. */
const CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessOptions {
  /** Resolves when GHL's edge answers within the timeout given (GhlClient.reach). */
  reachUpstream: (timeoutMs: number) => Promise<unknown>;
  /** How long the upstream's open circuit still refuses calls (UpstreamBreakers.coolingDownFor); 0 when it does not. */
  upstreamCoolingDownFor: () => number;
  /** Resolves when Redis answers a PING; unset without REDIS_URL. */
  pingRedis: (() => Promise<unknown>) | undefined;
  logger: Logger;
}

type Check = () => Promise<unknown>;

export interface CheckResult {
  status: 'ok' | 'failed';
  durationMs: number;
  /** Why it failed, in a word: the detail (which may name hosts) goes to the log only. */
  reason?: 'timeout' | 'unreachable' | 'circuit_open';
}

/** The upstream answers, but the gateway refuses to call it until its circuit's cool-down ends. */
class CircuitOpen extends Error {}

export function liveness(_req: IncomingMessage, res: ServerResponse): void {
  replyJson(res, 200, { status: 'ok' });
}

export function readiness({ reachUpstream, upstreamCoolingDownFor, pingRedis, logger }: ReadinessOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const checks: Record<string, Check> = {
    upstream: async () => {
      // Every GraphQL call would fail fast with UPSTREAM_UNAVAILABLE: not ready, however GHL's edge answers.
      const waitMs = upstreamCoolingDownFor();
      if (waitMs > 0) throw new CircuitOpen(`circuit open for another ${waitMs} ms`);
      return reachUpstream(CHECK_TIMEOUT_MS);
    },
  };
  if (pingRedis) checks['redis'] = pingRedis;

  return (_req, res) => {
    void Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await run(name, check, logger)] as const)).then(
      (results) => {
        const ready = results.every(([, result]) => result.status === 'ok');
        replyJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
      },
    );
  };
}

async function run(name: string, check: Check, logger: Logger): Promise<CheckResult> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([check().then(() => 'ok' as const), timedOut]);
    if (outcome === 'ok') return { status: 'ok', durationMs: durationMs() };
    logger.warn({ check: name, ms: durationMs() }, 'Readiness check timed out');
    return { status: 'failed', durationMs: durationMs(), reason: 'timeout' };
  } catch (error) {
    const reason = error instanceof CircuitOpen ? 'circuit_open' : error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
    logger.warn({ check: name, error: messageOf(error) }, 'Readiness check failed');
    return { status: 'failed', durationMs: durationMs(), reason };
  } finally {
    clearTimeout(timer);
  }
}

/** undici hides the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

