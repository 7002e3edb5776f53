/**
 * The cost model knows the rate window: an operation whose calls cannot be sent before the queue's
 * deadline is refused before any call, with the figures, even one bigger than an idle location
 * could ever send in time; one that fits runs.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { startStack, type GqlResponse, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  // Twelve calls per 10 s, and a call may wait half a second for its slot: an idle location sends twelve in time.
  stack = await startStack({ env: { GHL_RATE_LIMIT_MAX: '12', GHL_QUEUE_TIMEOUT_MS: '500' } });
});
afterAll(() => stack?.close());

const WIDE = graphql(`query WindowWide { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }`);
const NARROW = graphql(`query WindowNarrow { contacts(first: 2) { edges { node { ghlId } } } }`);

it('refuses with RATE_LIMITED, estimatedCalls, remaining and retryAfterMs, before any call, what the window cannot send in time', async () => {
  for (const _ of [1, 2]) expect((await stack.gql(NARROW)).extensions).toMatchObject({ upstreamCalls: 1 });
  const before = stack.sandbox.requests.count();
  const { errors, data, extensions } = await stack.gql(WIDE);
  expect(data ?? null).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 11, remaining: 10 });
  // The 11th call waits for the first slot to age out, one window after it: past the 500 ms deadline by about 9.5 s.
  expect(errors![0]!.extensions!['retryAfterMs']).toBeGreaterThan(8_500);
  expect(errors![0]!.extensions!['retryAfterMs']).toBeLessThanOrEqual(9_500);
  expect(extensions).toMatchObject({ upstreamCalls: 0 });
  expect(stack.sandbox.requests.count()).toBe(before);
});

it('runs what fits, and then refuses what no longer does', async () => {
  const narrow = await stack.gql(NARROW);
  expect(narrow.errors).toBeUndefined();
  expect(narrow.extensions).toMatchObject({ upstreamCalls: 1 });
  const tenCalls = graphql(`query WindowTenCalls { contacts(first: 9) { edges { node { ghlId tasks { ghlId } } } } }`);
  const refused = await stack.gql(tenCalls);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 10, remaining: 9 });
});

it('refuses, before any call, what even an idle location could not send in time, with its capacity', async () => {
  // 21 calls against 12 a window: run, it would spend the window and fail halfway; waiting would never make it fit.
  const before = stack.sandbox.requests.count();
  const { errors, data, extensions } = await stack.gql(graphql(`query WindowOverCapacity { contacts(first: 20) { edges { node { ghlId tasks { ghlId } } } } }`));
  expect(data ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 21, capacity: 12 });
  expect(errors![0]!.extensions!['retryAfterMs']).toEqual(expect.any(Number));
  expect(errors![0]!.message).toMatch(/ask for less/i);
  expect(extensions).toMatchObject({ upstreamCalls: 0 });
  expect(stack.sandbox.requests.count()).toBe(before);
});

describe('with the read cache on, what the cache holds costs nothing', () => {
  let cached: Stack;
  beforeAll(async () => {
    // Eleven calls per 5 s, and a call may wait 200 ms: an idle location sends eleven in time.
    cached = await startStack({ env: { CACHE_TTL_MS: '60000', GHL_RATE_LIMIT_MAX: '11', GHL_RATE_LIMIT_INTERVAL_MS: '5000', GHL_QUEUE_TIMEOUT_MS: '200' } });
  });
  afterAll(() => cached?.close());

  /** Sends `query` until the window lets it run, as a client honouring retryAfterMs does. */
  async function answered<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GqlResponse<R>> {
    for (;;) {
      const response = await cached.gql(document, variables);
      const refusal = response.errors?.[0]?.extensions;
      if (refusal?.['code'] !== 'RATE_LIMITED') return response;
      await new Promise((resolve) => setTimeout(resolve, Number(refusal['retryAfterMs'])));
    }
  }

  it('refuses a cold query that cannot fit, with no call; prices only its missing parts; answers it once its parts are cached', async () => {
    // One call of the window spent elsewhere: ten left, eleven needed.
    expect((await cached.gql(graphql(`query WindowLocation { location { name } }`))).errors).toBeUndefined();
    const before = cached.sandbox.requests.count();
    const cold = await cached.gql(WIDE);
    expect(cold.data ?? null).toBeNull();
    expect(cold.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 11 });
    expect(cached.sandbox.requests.count()).toBe(before);

    // The list, cached by a narrower query (asked twice: the hit verifies this credential reads the location, one more call).
    const LIST = graphql(`query WindowList { contacts(first: 10) { edges { node { id } } } }`);
    const list = await answered(LIST);
    expect(list.errors).toBeUndefined();
    expect((await answered(LIST)).extensions?.cache).toMatchObject({ hits: 1 });
    const ids = list.data.contacts!.edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(10);

    // Ten task lists left to read: the estimate no longer counts the cached list.
    const listCached = await cached.gql(WIDE);
    expect(listCached.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', estimatedCalls: 10 });

    const TASKS = graphql(`query WindowTasks($id: ID!) { contact(id: $id) { tasks { ghlId } } }`);
    for (const id of ids) expect((await answered(TASKS, { id })).errors).toBeUndefined();

    // Every part cached: answered with no call, though the window has less left than its worst case.
    const beforeWarm = cached.sandbox.requests.count();
    const warm = await cached.gql(WIDE);
    expect(warm.errors).toBeUndefined();
    expect(warm.extensions).toMatchObject({ upstreamCalls: 0, cache: { hits: 11, misses: 0 } });
    expect(cached.sandbox.requests.count()).toBe(beforeWarm);
  });
});
