/**
 * What one subscriber has yet to take, as the async iterator a subscription returns: values are
 * pushed to it as they come, and a subscriber that falls `limit` behind loses its oldest rather
 * than hold up the others or grow without bound. One small object per subscriber, with no promise,
 * closure or array while it is idle: thousands of them sit on one event.
 */
export class Backlog<T> implements AsyncIterableIterator<T> {
  private queued: T[] | undefined;
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  private ended = false;
  private failure: { error: unknown } | undefined;

  /** `onReturn` runs once, when the subscriber stops taking (or the backlog is ended). */
  constructor(
    private readonly limit: number,
    private onReturn: (() => void) | undefined,
  ) {}

  push(value: T): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting.resolve({ value, done: false });
      return;
    }
    const queued = (this.queued ??= []);
    if (queued.length >= this.limit) queued.shift();
    queued.push(value);
  }

  /** No more values: the subscriber takes what is queued, then the iteration ends (or throws `error`). */
  end(error?: { error: unknown }): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    this.release();
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting && error) waiting.reject(error.error);
    else waiting?.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queued && this.queued.length > 0) {
      const value = this.queued.shift()!;
      if (this.queued.length === 0) this.queued = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) {
      const failure = this.failure;
      this.failure = undefined;
      return failure ? Promise.reject(failure.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queued = undefined;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Runs `listener` too when the subscriber stops taking, or at once if it has. */
  whenReturned(listener: () => void): void {
    if (this.ended) return listener();
    const first = this.onReturn;
    this.onReturn = first
      ? () => {
          first();
          listener();
        }
      : listener;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private release(): void {
    const onReturn = this.onReturn;
    this.onReturn = undefined;
    onReturn?.();
  }
}
