/**
 * One GraphQL execution per event for all the WebSocket subscribers of one operation: same
 * resolved principal (src/context.ts: the gateway API key or JWT, the client's own GHL token, or
 * the server's) and default location, same document, operation name, variables and extensions.
 * Their results cannot differ, so five thousand subscribers of a dashboard cost one execution per
 * event, and one queued result each, rather than five thousand.
 *
 * Each subscriber still subscribes on its own, through every check (arguments, its own access to
 * the location, the records its filters name, as GHL answers its own connection); only once it is
 * accepted does it leave its own stream for the group's. The group's stream is its first member's,
 * whose calls to GHL are not tied to that member's connection (see `Shareable`): it goes on when
 * the member leaves, and is closed when the last member leaves.
 */
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import { Backlog } from '../events/backlog.ts';
import { SUBSCRIBER_BACKLOG } from '../events/pubsub.ts';

/** What Yoga's context factory gets for an operation over WebSocket. */
export interface Shareable {
  /**
   * Set for a subscription: its stream may serve others after its connection has gone, so its
   * calls to GHL are not tied to the connection (each ends with its own timeout), and an AbortController
   * per subscriber (about 1 KB) is saved.
   */
  shareable?: boolean;
}

/**
 * Who asks for what: subscriptions of one key get the same results. Who is what the credentials
 * resolved to, never a raw header: two API keys, or one key with two X-GHL-Location-Id, may send
 * the same Authorization (none) and still read different locations.
 */
function shareKeyOf({ principal, defaultLocationId, params }: GatewayContext & YogaInitialContext): string {
  const { query, operationName, variables, extensions } = params;
  return JSON.stringify([principal, defaultLocationId ?? null, query ?? null, operationName ?? null, variables ?? null, extensions ?? null]);
}

interface Group {
  key: string;
  source: AsyncIterator<ExecutionResult>;
  members: Set<Backlog<ExecutionResult>>;
}

export function sharedSubscriptionsPlugin(): Plugin<Shareable & YogaInitialContext & GatewayContext> {
  const groups = new Map<string, Group>();

  function join(key: string, stream: AsyncIterable<ExecutionResult>): Backlog<ExecutionResult> {
    let group = groups.get(key);
    if (group) {
      void stream[Symbol.asyncIterator]().return?.();
    } else {
      group = { key, source: stream[Symbol.asyncIterator](), members: new Set() };
      groups.set(key, group);
      void relay(group);
    }
    const joined = group;
    const member: Backlog<ExecutionResult> = new Backlog(SUBSCRIBER_BACKLOG, () => {
      joined.members.delete(member);
      if (joined.members.size === 0) close(joined);
    });
    joined.members.add(member);
    return member;
  }

  function close(group: Group): void {
    if (groups.get(group.key) !== group) return;
    groups.delete(group.key);
    void group.source.return?.();
  }

  /** From the group's stream to each member's backlog, until the stream ends or the group empties. */
  async function relay(group: Group): Promise<void> {
    let failure: { error: unknown } | undefined;
    try {
      for (let next = await group.source.next(); !next.done; next = await group.source.next()) {
        for (const member of group.members) member.push(next.value);
      }
    } catch (error) {
      failure = { error };
    }
    close(group);
    for (const member of group.members) member.end(failure);
  }

  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      if (!args.contextValue.shareable) return;
      // Computed once subscribed rather than kept: a subscriber is idle for long, and there are many.
      setSubscribeFn(async (subscribeArgs) => {
        const own = await subscribeFn(subscribeArgs);
        return isAsyncIterable(own) ? join(shareKeyOf(args.contextValue), own as AsyncIterable<ExecutionResult>) : own;
      });
    },
  };
}
