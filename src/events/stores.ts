/**
 * Where verified events and seen webhook ids live: in memory for a single replica, in Redis when
 * REDIS_URL is set, so that replicas share both.
 */
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { eventBusInMemory, eventBusOverRedis, type EventBus } from './pubsub.ts';
import { seenInMemory, seenInRedis, type SeenWebhooks } from './seen.ts';

export interface EventStores {
  events: EventBus;
  seen: SeenWebhooks;
  /** The commands connection, for the other state replicas share (rate windows, refresh leases); unset in memory. */
  redis?: Redis;
  /** Resolves when Redis answers, for /readyz; unset in memory, where there is nothing to reach. */
  ping?: () => Promise<unknown>;
  close(): Promise<void>;
}

export async function openEventStores(config: Pick<Config, 'webhooks' | 'redisUrl' | 'subscriptionResumeWindowMs'>, logger: Logger): Promise<EventStores> {
  // Older than the window is refused on its timestamp; stamped up to a window ahead, a delivery
  // stays acceptable for two windows, so its id is kept that long.
  const ttlMs = 2 * config.webhooks.toleranceSeconds * 1000;
  if (!config.redisUrl) return { events: eventBusInMemory(config.subscriptionResumeWindowMs), seen: seenInMemory(ttlMs), close: async () => {} };

  // Two connections: a subscribed connection can run no other command.
  const commands = new Redis(config.redisUrl, {
    lazyConnect: true,
    // Fail at once while Redis is away: the receiver answers 503 and GHL delivers again later.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  // Subscriptions wait out an outage (and are renewed after it) rather than fail.
  const subscriber = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  const clients = { commands, subscriber };
  let lastError = '';
  for (const [role, client] of Object.entries(clients)) {
    // The message only: the URL may hold a password.
    client.on('error', (error: Error) => {
      lastError = error.message;
      logger.warn({ redis: role, error: error.message }, 'Redis connection failed; reconnecting');
    });
  }
  // Not QUIT, which waits out an outage: by then nothing is left to send.
  const close = async () => {
    for (const client of Object.values(clients)) client.disconnect();
  };
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (error) {
    await close();
    throw new Error(`Redis (REDIS_URL) could not be reached: ${lastError || (error as Error).message}`);
  }
  logger.info('Webhook events, their recent history and seen ids are shared through Redis');
  return { events: eventBusOverRedis(commands, subscriber, config.subscriptionResumeWindowMs), seen: seenInRedis(commands, ttlMs), redis: commands, ping: () => commands.ping(), close };
}
