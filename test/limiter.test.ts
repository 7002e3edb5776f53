import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/ghl/limiter.ts';
import { SharedRateLimiter } from '../src/ghl/shared-limiter.ts';
import { createLogger } from '../src/logger.ts';
import { Processes } from './support/replicas.ts';
import { hasRedis } from './support/services.ts';

/** What a refused acquire rejected with: its code and its retry hint. */
async function refusal(acquiring: Promise<unknown>): Promise<{ code: unknown; retryAfterMs: number; message: string }> {
  const error = await acquiring.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  const { code, retryAfterMs } = (error as GraphQLError).extensions as { code: unknown; retryAfterMs: number };
  return { code, retryAfterMs, message: (error as GraphQLError).message };
}

describe('RateLimiter', () => {
  it('never lets more than max requests start within any window, and serves waiters in order', async () => {
    const limiter = new RateLimiter({ max: 5, intervalMs: 200 });
    const starts: { i: number; at: number }[] = [];
    await Promise.all(
      Array.from({ length: 17 }, (_, i) =>
        limiter.acquire('loc').then((release) => {
          starts.push({ i, at: Date.now() });
          release();
        }),
      ),
    );
    expect(starts.map((s) => s.i)).toEqual([...Array(17).keys()]);
    for (let i = 5; i < starts.length; i++) {
      // The sixth start of any run must come a full window after the first of it.
      expect(starts[i]!.at - starts[i - 5]!.at).toBeGreaterThanOrEqual(199);
    }
  });

  it('holds a slot while its request is in flight, and ages it from the answer', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 100 });
    const release = await limiter.acquire('loc');
    let second = 0;
    const waiting = limiter.acquire('loc').then((r) => {
      second = Date.now();
      r();
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(second).toBe(0);
    const answeredAt = Date.now();
    release();
    await waiting;
    expect(second - answeredAt).toBeGreaterThanOrEqual(99);
  });

  it('keeps resources apart', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 60_000 });
    await limiter.acquire('a');
    await expect(limiter.acquire('b')).resolves.toBeTypeOf('function');
  });

  it('books slots that GHL says someone else used', async () => {
    const limiter = new RateLimiter({ max: 3, intervalMs: 150 });
    limiter.observe('loc', 0);
    const before = Date.now();
    await limiter.acquire('loc');
    expect(Date.now() - before).toBeGreaterThanOrEqual(140);
  });

  it('lets a waiting request give up', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 60_000 });
    await limiter.acquire('loc');
    const controller = new AbortController();
    const waiting = limiter.acquire('loc', controller.signal);
    controller.abort(new Error('client went away'));
    await expect(waiting).rejects.toThrow('client went away');
  });
});

describe('RateLimiter queue bounds', () => {
  it('refuses at once, with RATE_LIMITED and the wait, a request whose slot would come after its deadline', async () => {
    const limiter = new RateLimiter({ max: 2, intervalMs: 1_000 }, { timeoutMs: 300, maxLength: 100 });
    (await limiter.acquire('loc'))();
    (await limiter.acquire('loc'))();
    const asked = Date.now();
    const { code, retryAfterMs } = await refusal(limiter.acquire('loc'));
    expect(Date.now() - asked).toBeLessThan(50);
    expect(code).toBe('RATE_LIMITED');
    // The first slot ages out one window after its answer.
    expect(retryAfterMs).toBeGreaterThan(900);
    expect(retryAfterMs).toBeLessThanOrEqual(1_000);
  });

  it('queues a request whose slot comes before its deadline', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 150 }, { timeoutMs: 1_000, maxLength: 100 });
    (await limiter.acquire('loc'))();
    const asked = Date.now();
    await limiter.acquire('loc');
    expect(Date.now() - asked).toBeGreaterThanOrEqual(140);
  });

  it('counts the requests queued ahead: each window serves max of them', async () => {
    const limiter = new RateLimiter({ max: 2, intervalMs: 200 }, { timeoutMs: 500, maxLength: 100 });
    (await limiter.acquire('loc'))();
    (await limiter.acquire('loc'))();
    // Slots at ~200 ms and ~400 ms after now: four queued requests fit the deadline, the fifth (600 ms) does not.
    const queued = Array.from({ length: 4 }, () => limiter.acquire('loc').then((release) => release()));
    expect(limiter.budget('loc').queued).toBe(4);
    const { retryAfterMs } = await refusal(limiter.acquire('loc'));
    expect(retryAfterMs).toBeGreaterThan(500);
    await Promise.all(queued);
  });

  it('refuses a request once the queue is full, however soon a slot may come', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 100 }, { timeoutMs: 10_000, maxLength: 2 });
    (await limiter.acquire('loc'))();
    const queued = [limiter.acquire('loc'), limiter.acquire('loc')];
    const { code, message } = await refusal(limiter.acquire('loc'));
    expect(code).toBe('RATE_LIMITED');
    expect(message).toMatch(/waiting/);
    await Promise.all(queued.map((q) => q.then((release) => release())));
  });

  it('refuses a queued request at its deadline when the answers it waited for come late', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 50 }, { timeoutMs: 200, maxLength: 100 });
    // In flight and never answered: the estimate (answered now, free in 50 ms) was too hopeful.
    await limiter.acquire('loc');
    const asked = Date.now();
    const { code } = await refusal(limiter.acquire('loc'));
    expect(code).toBe('RATE_LIMITED');
    expect(Date.now() - asked).toBeGreaterThanOrEqual(195);
    expect(limiter.budget('loc').queued).toBe(0);
  });
});

describe('RateLimiter order', () => {
  it('serves the calls of requests already under way before those of new requests, each in arrival order', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 60 }, { timeoutMs: 1_000, maxLength: 100 });
    (await limiter.acquire('loc'))();
    const served: string[] = [];
    const queue = (name: string, continuing: boolean) =>
      limiter.acquire('loc', undefined, continuing).then((release) => {
        served.push(name);
        release();
      });
    await Promise.all([queue('new 1', false), queue('new 2', false), queue('next level 1', true), queue('next level 2', true)]);
    expect(served).toEqual(['next level 1', 'next level 2', 'new 1', 'new 2']);
  });

  it('lets a continuing call in when its own place fits the deadline, though the whole queue would not', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 200 }, { timeoutMs: 500, maxLength: 100 });
    (await limiter.acquire('loc'))();
    const queued = [limiter.acquire('loc'), limiter.acquire('loc')].map((q) => q.then((release) => release()));
    expect((await refusal(limiter.acquire('loc'))).code).toBe('RATE_LIMITED');
    const asked = Date.now();
    (await limiter.acquire('loc', undefined, true))();
    expect(Date.now() - asked).toBeLessThan(300);
    // The new request it went ahead of now misses its deadline, and is refused at it.
    const [first, second] = await Promise.allSettled(queued);
    expect(first).toMatchObject({ status: 'fulfilled' });
    expect(second).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'RATE_LIMITED' } } });
  });
});

describe('RateLimiter daily budget', () => {
  it("tracks GHL's daily budget, counting down the calls sent since", async () => {
    const limiter = new RateLimiter({ max: 100, intervalMs: 10_000 });
    expect(limiter.budget('loc')).toEqual({ max: 100, remaining: 100, queued: 0, dailyLimit: undefined, dailyRemaining: undefined });
    limiter.observeDaily('loc', 200_000, 1_234);
    (await limiter.acquire('loc'))();
    expect(limiter.budget('loc')).toEqual({ max: 100, remaining: 99, queued: 0, dailyLimit: 200_000, dailyRemaining: 1_233 });
  });

  it('refuses calls without sending them once the day is spent, until the next UTC day', async () => {
    const limiter = new RateLimiter({ max: 100, intervalMs: 10_000 });
    limiter.observeDaily('loc', 200_000, 1);
    (await limiter.acquire('loc'))();
    const { code, retryAfterMs } = await refusal(limiter.acquire('loc'));
    expect(code).toBe('RATE_LIMITED');
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(Math.abs(retryAfterMs - (midnight.getTime() - Date.now()))).toBeLessThan(1_000);
    expect(limiter.budget('loc').remaining).toBe(99);
    await expect(limiter.acquire('other')).resolves.toBeTypeOf('function');
  });
});

describe.skipIf(!hasRedis('the shared limiter of test/limiter.test.ts'))('SharedRateLimiter (two replicas over a real Redis)', () => {
  const processes = new Processes();
  const connections: Redis[] = [];
  let redisUrl: string;

  beforeAll(async () => {
    redisUrl = await processes.redis();
  });
  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
    await processes.stopAll();
  });

  /** Two limiters, each on its own connection as two replicas are, on a key no other test uses. */
  function replicas(limit: { max: number; intervalMs: number }, timeoutMs = 5_000) {
    const key = `loc-${connections.length}`;
    const made = [0, 1].map(() => {
      const connection = new Redis(redisUrl);
      connections.push(connection);
      return new SharedRateLimiter(connection, limit, { timeoutMs, maxLength: 1_000 }, 5_000, createLogger('silent'));
    });
    return { key, a: made[0]!, b: made[1]! };
  }

  it('lets no more than max requests of both replicas start within any window', async () => {
    const { key, a, b } = replicas({ max: 5, intervalMs: 300 });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? a : b).acquire(key).then((release) => {
          starts.push(Date.now());
          release();
        }),
      ),
    );
    starts.sort((x, y) => x - y);
    for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(295);
  });

  it("refuses at once, with retryAfterMs, a call no slot can come for before the deadline because of the other replica's calls", async () => {
    const { key, a, b } = replicas({ max: 2, intervalMs: 1_000 }, 100);
    for (let i = 0; i < 2; i++) (await a.acquire(key))();
    const started = Date.now();
    const { code, retryAfterMs } = await refusal(b.acquire(key));
    expect(Date.now() - started).toBeLessThan(100);
    expect(code).toBe('RATE_LIMITED');
    expect(retryAfterMs).toBeGreaterThan(800);
    expect(retryAfterMs).toBeLessThanOrEqual(1_000);
    expect(await b.budget(key)).toMatchObject({ max: 2, remaining: 0 });
  });

  it('queues a call until the window frees, and shares what GHL says of the day', async () => {
    const { key, a, b } = replicas({ max: 1, intervalMs: 200 });
    (await a.acquire(key))();
    const started = Date.now();
    (await b.acquire(key))();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);

    a.observeDaily(key, 1_000, 0);
    await new Promise((done) => setTimeout(done, 50));
    expect(await b.budget(key)).toMatchObject({ dailyLimit: 1_000, dailyRemaining: 0 });
    expect((await refusal(b.acquire(key))).message).toMatch(/daily request budget/);
  });
});
