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
          // A subscription streams many results from one context: a running total would mislead.
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, upstreamCalls: args.contextValue.ghl.calls } });
        },
      };
    },
  };
}
