/**
 * Verified events, from the webhook receiver to subscription fields, on one topic per location:
 * in memory, or over Redis (REDIS_URL) so that an event one replica received reaches the
 * subscribers of every replica.
 *
 * Either way a location has one listener, however many subscribe to it: an event is offered to its
 * subscribers in one synchronous pass, each taking it only if it wants it (a cheap test on the
 * event, before any GraphQL runs), into its own backlog.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import { Backlog } from './backlog.ts';
import type { WebhookEvent } from './events.ts';
import { EventRing, EventStreams, type EventHistory } from './history.ts';

export interface EventBus {
  /** Resolves once the event is handed over: to local subscribers, or to Redis for all replicas. */
  publish(event: WebhookEvent): Promise<void>;
  /** The events of one location that `wanted` accepts (all when unset), from now on, until the subscriber returns. */
  subscribe(locationId: string, wanted?: (event: WebhookEvent) => boolean): AsyncIterableIterator<WebhookEvent>;
  /**
   * As `subscribe`, but first the events published after the one whose webhookId is `since`, in
   * order, each once (./history.ts). Rejects with ResumeRefused when that event is not kept.
   */
  resume(locationId: string, since: string, wanted?: (event: WebhookEvent) => boolean): Promise<AsyncIterableIterator<WebhookEvent>>;
}

/** Events a subscriber may fall behind by before it loses the oldest. */
export const SUBSCRIBER_BACKLOG = 1_000;

interface Subscriber {
  backlog: Backlog<WebhookEvent>;
  wanted: ((event: WebhookEvent) => boolean) | undefined;
}

const topicOf = (locationId: string) => `ghl-gateway:events:${locationId}`;

/**
 * The subscribers of each location. `listen` is called when a location gets its first subscriber
 * and returns what to call when it has lost its last.
 */
class Audiences {
  private readonly byLocation = new Map<string, { subscribers: Set<Subscriber>; unlisten: () => void }>();

  constructor(private readonly listen: (locationId: string) => () => void) {}

  subscribe(locationId: string, wanted: ((event: WebhookEvent) => boolean) | undefined): Backlog<WebhookEvent> {
    let audience = this.byLocation.get(locationId);
    if (!audience) {
      audience = { subscribers: new Set(), unlisten: () => {} };
      this.byLocation.set(locationId, audience);
      audience.unlisten = this.listen(locationId);
    }
    const { subscribers } = audience;
    const subscriber: Subscriber = {
      backlog: new Backlog<WebhookEvent>(SUBSCRIBER_BACKLOG, () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && this.byLocation.get(locationId)?.subscribers === subscribers) {
          this.byLocation.delete(locationId);
          audience.unlisten();
        }
      }),
      wanted,
    };
    subscribers.add(subscriber);
    return subscriber.backlog;
  }

  offer(event: WebhookEvent): void {
    for (const { backlog, wanted } of this.byLocation.get(event.locationId)?.subscribers ?? []) {
      if (!wanted || wanted(event)) backlog.push(event);
    }
  }
}

/**
 * The missed events, then the live ones. Live events are taken from before the history is read, so
 * none falls between the two; one in both is delivered once, from the history.
 */
async function resumed(
  audiences: Audiences,
  history: EventHistory,
  locationId: string,
  since: string,
  wanted: ((event: WebhookEvent) => boolean) | undefined,
): Promise<AsyncIterableIterator<WebhookEvent>> {
  const live = audiences.subscribe(locationId, wanted);
  let pages: AsyncIterator<WebhookEvent[]>;
  try {
    pages = (await history.after(locationId, since))[Symbol.asyncIterator]();
  } catch (error) {
    await live.return();
    throw error;
  }
  // The history's events, a page at a time as the subscriber takes them, then the live ones but those already replayed.
  let replaying = true;
  let missed: WebhookEvent[] = [];
  const replayed = new Set<string>();
  const iterator: AsyncIterableIterator<WebhookEvent> = {
    async next() {
      while (replaying && missed.length === 0) {
        const page = await pages.next();
        if (page.done) replaying = false;
        else {
          for (const event of page.value) replayed.add(event.webhookId);
          missed = page.value.filter((event) => !wanted || wanted(event));
        }
      }
      const event = missed.shift();
      if (event) return { value: event, done: false };
      for (;;) {
        const next = await live.next();
        if (next.done || !replayed.delete(next.value.webhookId)) return next;
      }
    },
    return: () => {
      void pages.return?.();
      return live.return();
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** `resumeWindowMs`: how long events are kept for subscribers that resume (0: none). */
export function eventBusInMemory(resumeWindowMs: number): EventBus {
  const audiences = new Audiences(() => () => {});
  const history = new EventRing(resumeWindowMs);
  return {
    async publish(event) {
      history.record(event);
      audiences.offer(event);
    },
    subscribe: (locationId, wanted) => audiences.subscribe(locationId, wanted),
    resume: (locationId, since, wanted) => resumed(audiences, history, locationId, since, wanted),
  };
}

export function eventBusOverRedis(publisher: Redis, subscriber: Redis, resumeWindowMs: number): EventBus {
  const serializer = JSON;
  const eventTarget = createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber, serializer });
  const history = resumeWindowMs > 0 ? new EventStreams(publisher, resumeWindowMs) : undefined;
  const audiences = new Audiences((locationId) => {
    const listener = (message: Event) => audiences.offer((message as CustomEvent<WebhookEvent>).detail);
    eventTarget.addEventListener(topicOf(locationId), listener);
    return () => eventTarget.removeEventListener(topicOf(locationId), listener);
  });
  return {
    // Sent here rather than through the event target, which does not wait for Redis: a failure
    // reaches the receiver, which answers 503 so that GHL delivers the webhook again.
    async publish(event) {
      if (history) await history.publish(event, topicOf(event.locationId), serializer.stringify(event));
      else await publisher.publish(topicOf(event.locationId), serializer.stringify(event));
    },
    subscribe: (locationId, wanted) => audiences.subscribe(locationId, wanted),
    resume: (locationId, since, wanted) => resumed(audiences, history ?? new EventRing(0), locationId, since, wanted),
  };
}
