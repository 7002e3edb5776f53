/**
 * Live queries: a query marked `@live` is answered, then answered again whenever a verified
 * webhook touches a record or a list it read, over graphql-ws and SSE alike (Yoga's
 * @envelop/live-query, with @n1ru4l/in-memory-live-query-store keeping which query read what).
 *
 * What a webhook touches comes from the cache's eviction table (s../cache/evictions.ts): its
 * records as `Contact:<GHL id>`, and root lists as `Query.contacts`. The read cache is evicted
 * first, so a re-run reads upstream only what changed; everything else is a cache hit.
 */
import { GraphQLLiveDirective, useLiveQuery } from '@envelop/live-query';
import { InMemoryLiveQueryStore } from '@n1ru4l/in-memory-live-query-store';
import { getDirectiveValues, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { invalidatedByEvent } from '../cache/evictions.ts';
import type { GatewayContext } from '../context.ts';
import type { EventBus } from '../events/pubsub.ts';

/**
 * The live queries of this replica. Each location with live queries listens to the event bus, so
 * a webhook any replica received (over Redis when REDIS_URL is set) re-runs them; the replica that
 * received it has evicted the cache before publishing (src/cache/index.ts).
 */
export function liveQueries(events: EventBus): Plugin<GatewayContext>[] {
  const store = new InMemoryLiveQueryStore({
    // Records are known by their global id; webhooks name the GHL id inside it.
    buildResourceIdentifier: ({ typename, id }) => `${typename}:${ghlIdInside(id)}`,
  });
  const listening = new Map<string, { queries: number; stop: () => void }>();
  /** Listens to the location's events while it has live queries; returns what to call when one ends. */
  const listen = (locationId: string): (() => void) => {
    let location = listening.get(locationId);
    if (!location) {
      const stream = events.subscribe(locationId);
      void (async () => {
        for await (const event of stream) await store.invalidate(invalidatedByEvent(event));
      })();
      location = { queries: 0, stop: () => void stream.return?.() };
      listening.set(locationId, location);
    }
    location.queries++;
    const listened = location;
    return () => {
      if (--listened.queries > 0) return;
      listening.delete(locationId);
      listened.stop();
    };
  };
  const listenWhileLive: Plugin<GatewayContext> = {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const live = operation && getDirectiveValues(GraphQLLiveDirective, operation, args.variableValues ?? {});
      const named = args.variableValues?.['locationId'];
      const locationId = typeof named === 'string' && named.length > 0 ? named : args.contextValue.defaultLocationId;
      if (live?.['if'] === false || !live || !locationId) return;
      const done = listen(locationId);
      return {
        onExecuteDone: ({ result }) => (Symbol.asyncIterator in result ? { onEnd: done } : done()),
      };
    },
  };
  return [listenWhileLive, freshLoadersPerRun, useLiveQuery({ liveQueryStore: store }) as Plugin<GatewayContext>];
}

/**
 * A live query runs again with the context of its request: its loaders, which remember every record
 * they loaded, are dropped before each run, so the run reads through the cache as it is then.
 */
const freshLoadersPerRun: Plugin<GatewayContext> = {
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn((args) => {
      requestContextOf(args.contextValue)?.dropLoaders();
      return executeFn(args);
    });
  },
};

/**
 * The store runs a live query with its own context, holding the request's under a symbol it does
 * not export (`originalContext`); a query that is not live runs with the request's own.
 */
function requestContextOf(context: unknown): GatewayContext | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  if ('dropLoaders' in context) return context as GatewayContext;
  const original = Object.getOwnPropertySymbols(context).find((symbol) => symbol.description === 'originalContext');
  return original && requestContextOf((context as Record<symbol, unknown>)[original]);
}

/** `Contact:abc` from a global id; a nested record (`contactId/id`) by its own id. Anything else as it is. */
function ghlIdInside(id: string): string {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const match = /^[A-Z][A-Za-z]*:(.+)$/s.exec(decoded);
  if (!match || Buffer.from(decoded, 'utf8').toString('base64') !== id) return id;
  return match[1]!.split('/').at(-1)!;
}
