/**
 * Reports in every response's `extensions.upstreamCalls` how many REST requests to GoHighLevel the
 * operation cost, retries included, so a frontend team sees the price of a query as it writes it.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';

export function upstreamCallsPlugin(): Plugin<GatewayContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          // Subscriptions stream many results; their cost is reported per event elsewhere.
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, upstreamCalls: args.contextValue.ghl.calls } });
        },
      };
    },
  };
}
