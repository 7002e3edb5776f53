/**
 * Prices an operation in upstream REST calls before it runs, refuses it when the worst case is
 * over the budget, and reports in `extensions.cost` the estimate next to what it really cost, so
 * a frontend team sees both as it writes the query. What it really cost (REST requests to
 * GoHighLevel, retries included) is also every response's `extensions.upstreamCalls`, priced or not.
 *
 * A subscription is priced per event (the selection each event resolves), not per subscribe: the
 * estimate is checked once, when it starts, and events carry no extensions.
 *
 * An operation with @defer or @stream is priced whole, deferred parts included, exactly as without
 * them; each of its payloads reports the calls made so far, so the last one has the total.
 */
import { getOperationAST, getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import { refusedRequest } from '../ghl/errors.ts';
import { estimateCalls } from './cost-estimate.ts';
import { windowRefusal } from './window-check.ts';

export interface CostReport {
  /** Worst-case REST calls to GoHighLevel, computed before the operation ran. */
  estimatedCalls: number;
  budget: number;
  /** REST calls really made, retries included. */
  upstreamCalls: number;
}

interface Priced {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variableValues?: Record<string, unknown> | null | undefined;
}

export function costPlugin(budget: number, checkWindow = false): Plugin<GatewayContext> {
  /** True when the operation is over the budget: `stop` then has the refusal as its result. */
  const refused = (estimatedCalls: number | undefined, stop: (result: never) => void): boolean => {
    if (estimatedCalls === undefined || estimatedCalls <= budget) return false;
    stop({
      errors: [
        refusedRequest(
          'COST_LIMIT_EXCEEDED',
          `This operation may cost up to ${estimatedCalls} GoHighLevel REST calls; the budget is ${budget}. Ask for fewer items (first) or fewer nested lists.`,
          400,
          { estimatedCalls, budget },
        ),
      ],
      extensions: { cost: { estimatedCalls, budget, upstreamCalls: 0 } satisfies CostReport },
    } as never);
    return true;
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const estimatedCalls = estimate(args);
      if (refused(estimatedCalls, setResultAndStopExecution)) return;
      const overWindow = !checkWindow || estimatedCalls === undefined ? undefined : await windowRefusal(args.contextValue, estimatedCalls, args.variableValues);
      if (overWindow) {
        setResultAndStopExecution({ ...overWindow, extensions: { cost: { estimatedCalls: estimatedCalls!, budget, upstreamCalls: 0 } satisfies CostReport, upstreamCalls: 0 } });
        return;
      }
      return {
        onExecuteDone({ args: { contextValue }, result, setResult }) {
          const withCost = <R extends { extensions?: Record<string, unknown> }>(payload: R): R => {
            const upstreamCalls = contextValue.ghl.calls;
            const cost: CostReport | undefined = estimatedCalls === undefined ? undefined : { estimatedCalls, budget, upstreamCalls };
            // Hits and misses so far, read from the cache (src/cache) when it is on.
            const cache = contextValue.cache && { ...contextValue.cache };
            return { ...payload, extensions: { ...payload.extensions, ...(cost && { cost }), upstreamCalls, ...(cache && { cache }) } };
          };
          // Incremental delivery (@defer/@stream): every payload, as it leaves.
          if (Symbol.asyncIterator in result) return { onNext: ({ result: payload, setResult: setPayload }) => setPayload(withCost(payload)) };
          setResult(withCost(result));
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      refused(estimate(args), setResultAndStopExecution);
    },
  };
}

/** Undefined when the variables do not fit: execution reports that with its own error. */
function estimate({ schema, document, operationName, variableValues }: Priced): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
  if (!variables.coerced) return undefined;
  return estimateCalls(schema, document, operation, variables.coerced);
}
