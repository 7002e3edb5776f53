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
import { BREAK, execute, getOperationAST, GraphQLError, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import { refusedRequest } from '../errors.ts';
import { coercedVariables } from './coerced-variables.ts';
import { estimateAtPaths, estimateCalls } from './cost-estimate.ts';
import { windowRefusal } from './window-check.ts';

export interface CostReport {
  /**
   * REST calls to GoHighLevel, computed before the operation ran: the worst case, or, when that did
   * not fit the location's rate window, the calls expected (full pages, lists GHL returns whole as
   * one item, cache hits free: `expectedCalls`).
   */
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

export function costPlugin(budget: number, checkWindow = true): Plugin<GatewayContext> {
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
      const worstCase = estimate(args);
      if (refused(worstCase, setResultAndStopExecution)) return;
      const judged = checkWindow && worstCase !== undefined ? await judgedByWindow(args, worstCase) : undefined;
      const estimatedCalls = judged?.estimatedCalls ?? worstCase;
      if (judged?.refusal) {
        setResultAndStopExecution({ ...judged.refusal, extensions: { cost: { estimatedCalls: judged.estimatedCalls, budget, upstreamCalls: 0 } satisfies CostReport, upstreamCalls: 0 } });
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

/**
 * The worst case against the location's rate window; when it does not fit, the expected calls
 * (`expectedCalls`) are judged instead, and are what a refusal reports.
 */
async function judgedByWindow(args: Priced & { rootValue?: unknown; contextValue: GatewayContext }, worstCase: number): Promise<{ estimatedCalls: number; refusal: ExecutionResult | undefined }> {
  const refusal = await windowRefusal(args.contextValue, worstCase, args.variableValues);
  const expected = refusal ? await expectedCalls(args) : undefined;
  if (expected === undefined || expected >= worstCase) return { estimatedCalls: worstCase, refusal };
  return { estimatedCalls: expected, refusal: await windowRefusal(args.contextValue, expected, args.variableValues) };
}

/**
 * The calls the operation is expected to make (the 'expected' walk of ./cost-estimate.ts), and,
 * for a query with the read cache on, only what the cache cannot answer now. The query runs once against the
 * cache alone (no call leaves), and each field that found its read missing is priced with
 * everything below it. Undefined when its variables do not fit.
 */
async function expectedCalls({ schema, document, operationName, variableValues, rootValue, contextValue }: Priced & { rootValue?: unknown; contextValue: GatewayContext }): Promise<number | undefined> {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const variables = coercedVariables(schema, operation.variableDefinitions ?? [], variableValues);
  if (!variables.coerced) return undefined;
  if (operation.operation !== 'query' || !contextValue.probe) return estimateCalls(schema, document, operation, variables.coerced, 'expected');
  const { context, notCached, misses } = contextValue.probe();
  const result = await execute({ schema, document, operationName, variableValues, rootValue, contextValue: context });
  const missedAt = (result.errors ?? []).filter((error) => causedBy(error, notCached)).map((error) => error.path ?? []);
  // A resolver that swallowed a miss still counts it once.
  return Math.max(misses(), estimateAtPaths(schema, document, operation, variables.coerced, missedAt, 'expected'));
}

function causedBy(error: unknown, cause: Error): boolean {
  for (let at = error; at instanceof Error; at = at instanceof GraphQLError ? at.originalError : at.cause) {
    if (at === cause) return true;
  }
  return false;
}

/**
 * Undefined when the variables do not fit: execution reports that with its own error.
 *
 * The same screen asks the same document again and again with other ids: the estimate is kept per
 * document (the parsed one Yoga's cache hands back) and variables' shape. The shape keeps what
 * the estimate reads, numbers (`first`), booleans (@skip/@include) and list lengths, and of
 * strings only which are equal (two lists of one location share a call), so a document with
 * string literals, which a variable might equal, is estimated every time.
 */
function estimate({ schema, document, operationName, variableValues }: Priced): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const variables = coercedVariables(schema, operation.variableDefinitions ?? [], variableValues);
  if (!variables.coerced) return undefined;
  const cache = estimatesOf(document);
  const shape = cache ? shapeOf(variables.coerced, new Map()) : undefined;
  if (!cache || shape === undefined) return estimateCalls(schema, document, operation, variables.coerced);
  const key = `${operation.name?.value ?? ''}:${shape}`;
  let calls = cache.get(key);
  if (calls === undefined) {
    calls = estimateCalls(schema, document, operation, variables.coerced);
    // Shapes a client can vary without end (every `first` from 1 to 100) start the cache over.
    if (cache.size >= MAX_SHAPES_PER_DOCUMENT) cache.clear();
    cache.set(key, calls);
  }
  return calls;
}

const MAX_SHAPES_PER_DOCUMENT = 256;
/** Per document: its estimates by variables' shape, or null when it holds string literals. */
const estimates = new WeakMap<DocumentNode, Map<string, number> | null>();

function estimatesOf(document: DocumentNode): Map<string, number> | null {
  let cache = estimates.get(document);
  if (cache === undefined) {
    let literal = false;
    visit(document, {
      StringValue() {
        literal = true;
        return BREAK;
      },
    });
    cache = literal ? null : new Map();
    estimates.set(document, cache);
  }
  return cache;
}

/** What of coerced variables an estimate can depend on; undefined for values other than JSON's. */
function shapeOf(value: unknown, strings: Map<string, number>): string | undefined {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    let index = strings.get(value);
    if (index === undefined) strings.set(value, (index = strings.size));
    return `s${index}`;
  }
  if (typeof value !== 'object') return undefined;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const shape = shapeOf(item, strings);
      if (shape === undefined) return undefined;
      parts.push(shape);
    }
    return `[${parts.join(',')}]`;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  for (const [name, field] of Object.entries(value)) {
    const shape = shapeOf(field, strings);
    if (shape === undefined) return undefined;
    parts.push(`${JSON.stringify(name)}:${shape}`);
  }
  return `{${parts.join(',')}}`;
}
