/**
 * The cost model knows the rate window: an operation whose worst case in REST calls cannot be sent
 * before the queue's deadline (GHL_QUEUE_TIMEOUT_MS), given what the location's window has left and
 * what is already queued, is refused before any call, with the figures, instead of failing halfway
 * after spending the window. An operation that fits goes on, and may still queue.
 *
 * The estimate is first the worst case (src/plugins/cost-estimate.ts); when that does not fit, the
 * calls expected, less what the read cache can answer (src/plugins/cost.ts `expectedCalls`): a
 * query whose parts are cached is not refused for them.
 */
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { refusedRequest } from '../errors.ts';

/** The refusal, or undefined when the operation fits or its location is not known before it runs. */
export async function windowRefusal(ctx: GatewayContext, estimatedCalls: number, variables: Record<string, unknown> | null | undefined): Promise<ExecutionResult | undefined> {
  const named = variables?.['locationId'];
  const locationId = typeof named === 'string' && named.length > 0 ? named : ctx.defaultLocationId;
  if (!locationId || estimatedCalls === 0) return undefined;
  // Credentials that may not use this location: the operation's own fields say so, as they run.
  const standing = await Promise.all([ctx.ghl.slotWait(locationId, estimatedCalls), ctx.ghl.rateLimit(locationId)]).catch(() => undefined);
  if (!standing) return undefined;
  const [{ waitMs, queueTimeoutMs, capacity }, { remaining, max }] = standing;
  if (estimatedCalls > capacity) {
    // More than an idle location sends before the deadline: it would spend the window and fail
    // halfway however long it waited. Refused all the same; the hint is when the window is whole again.
    const whole = await ctx.ghl.slotWait(locationId, max).catch(() => undefined);
    const retryAfterMs = Math.ceil(whole?.waitMs ?? 0);
    return refusal(
      `This operation may cost up to ${estimatedCalls} GoHighLevel REST calls; this location's rate limit sends at most ${capacity} before the queue's deadline, however long it waits. Ask for less: smaller pages, fewer nested lists.`,
      { estimatedCalls, remaining, retryAfterMs, capacity },
    );
  }
  if (waitMs <= queueTimeoutMs) return undefined;
  const retryAfterMs = Math.ceil(waitMs - queueTimeoutMs);
  return refusal(
    `This operation may cost up to ${estimatedCalls} GoHighLevel REST calls; this location's rate limit can send ${remaining} now and not all of them before the queue's deadline. Retry after ${retryAfterMs} ms, or ask for less.`,
    { estimatedCalls, remaining, retryAfterMs },
  );
}

function refusal(message: string, figures: Record<string, number>): ExecutionResult {
  return { errors: [refusedRequest('RATE_LIMITED', message, 429, figures)] };
}
