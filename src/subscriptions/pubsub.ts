/**
 * Verified events, from the webhook receiver to subscription fields, on one topic per location:
 * graphql-yoga's pubsub over an in-memory EventTarget, or over Redis (REDIS_URL) so that an event
 * one replica received reaches the subscribers of every replica.
 */
import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { WebhookEvent } from './events.ts';

export interface EventBus {
  /** Resolves once the event is handed over: to local subscribers, or to Redis for all replicas. */
  publish(event: WebhookEvent): Promise<void>;
  /** Every event of one location from now on, until the subscriber returns. */
  subscribe(locationId: string): AsyncIterableIterator<WebhookEvent>;
}

/** Events a subscriber may fall behind by before it loses the oldest. */
const SUBSCRIBER_BACKLOG = 1_000;

type Topics = Record<string, [WebhookEvent]>;

const topicOf = (locationId: string) => `ghl-gateway:events:${locationId}`;

export function eventBusInMemory(): EventBus {
  // One listener per subscriber of a location: thousands on one topic are the point, not a leak.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubsub = createPubSub<Topics>({ eventTarget });
  return {
    async publish(event) {
      pubsub.publish(topicOf(event.locationId), event);
    },
    subscribe: (locationId) => bounded(pubsub.subscribe(topicOf(locationId))),
  };
}

export function eventBusOverRedis(publisher: Redis, subscriber: Redis): EventBus {
  const serializer = JSON;
  const pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber, serializer }),
  });
  return {
    // Sent here rather than through the event target, which does not wait for Redis: a failure
    // reaches the receiver, which answers 503 so that GHL delivers the webhook again.
    async publish(event) {
      await publisher.publish(topicOf(event.locationId), serializer.stringify(event));
    },
    subscribe: (locationId) => bounded(pubsub.subscribe(topicOf(locationId))),
  };
}

/**
 * The pubsub's own queue throws, inside the publisher, once 1024 events wait for one slow
 * subscriber. Drained into a sliding buffer, that subscriber loses its oldest events instead.
 */
function bounded(source: Repeater<WebhookEvent>): Repeater<WebhookEvent> {
  return new Repeater<WebhookEvent>(async (push, stop) => {
    void stop.then(() => source.return());
    for await (const event of source) await push(event);
    stop();
  }, new SlidingBuffer(SUBSCRIBER_BACKLOG));
}
