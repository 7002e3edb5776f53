import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/ghl/limiter.ts';

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
