/**
 * The cost model knows the rate window: an operation whose worst case cannot be sent before the
 * queue's deadline is refused before any call, with the figures; one that fits runs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  // Five calls per 10 s, and a call may wait half a second for its slot.
  stack = await startStack({ env: { COST_CHECK_WINDOW: 'true', GHL_RATE_LIMIT_MAX: '5', GHL_QUEUE_TIMEOUT_MS: '500' } });
});
afterAll(() => stack?.close());

const WIDE = `query { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }`;
const NARROW = `query { contacts(first: 2) { edges { node { ghlId } } } }`;

it('refuses with RATE_LIMITED, estimatedCalls, remaining and retryAfterMs, before any call, what the window cannot send in time', async () => {
  const before = stack.sandbox.requests.count();
  const { errors, data, extensions } = await stack.gql(WIDE);
  expect(data ?? null).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 11, remaining: 5 });
  // Calls 6 to 10 wait one window, the 11th two: it would make the 500 ms deadline 19.5 s later.
  expect(errors![0]!.extensions!['retryAfterMs']).toBeGreaterThan(19_000);
  expect(errors![0]!.extensions!['retryAfterMs']).toBeLessThanOrEqual(19_500);
  expect(extensions).toMatchObject({ upstreamCalls: 0 });
  expect(stack.sandbox.requests.count()).toBe(before);
});

it('runs what fits, and then refuses what no longer does', async () => {
  const narrow = await stack.gql(NARROW);
  expect(narrow.errors).toBeUndefined();
  expect(narrow.extensions).toMatchObject({ upstreamCalls: 1 });
  const fiveCalls = `query { contacts(first: 4) { edges { node { ghlId tasks { ghlId } } } } }`;
  const refused = await stack.gql(fiveCalls);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 5, remaining: 4 });
});
