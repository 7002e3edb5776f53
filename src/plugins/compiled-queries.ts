/**
 * Queries a client sends again run compiled (graphql-jit): the selection becomes one JavaScript
 * function that builds plain objects, instead of graphql-js walking the document field by field
 * and building null-prototype objects, which JSON.stringify serialises three times slower. On the
 * inbox (200 messages) the executor was on the stack of a fifth of the gateway's CPU samples, and
 * serialising took a tenth more.
 *
 * A document is compiled on its second run, not its first: compiling costs milliseconds, and a
 * client sending a new document each time would otherwise make every request pay it. Whatever
 * graphql-js must run itself runs there: mutations (rare, and each one's order matters),
 * subscriptions, @defer, @stream and @live (answered as streams or re-run by their plugins), a
 * document with a `__proto__` alias (`PROTOTYPE_KEY`), and any document graphql-jit declines.
 * Compiled entries live as long as Yoga's cached document does.
 *
 * What leaves is what graphql-js would answer: graphql-js judges the variables and refuses, in its
 * words, those that do not fit, and field errors are made graphql-js errors again (`asGraphQLJsError`).
 */
import {
  BREAK,
  getOperationAST,
  GraphQLError,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type Source,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { coercedVariables } from './coerced-variables.ts';

/** Directives graphql-js's executor or another plugin must see: a compiled run would ignore them. */
const STREAMING_DIRECTIVES = new Set(['defer', 'stream', 'live']);

/** A compiled operation, with the variables it declares (graphql-js decides whether values fit them). */
interface Compiled {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
}

/** Per operation of a document: seen once, compiled, or left to graphql-js. */
type Entry = 'seen' | Compiled | 'interpreted';

export function compiledQueriesPlugin(): Plugin {
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();

  function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Compiled | undefined {
    let operations = entries.get(document);
    if (!operations) entries.set(document, (operations = new Map()));
    const key = operationName ?? '';
    const entry = operations.get(key);
    if (entry === undefined) {
      operations.set(key, interpretedOnly(document, operationName) ? 'interpreted' : 'seen');
      return undefined;
    }
    if (entry !== 'seen') return entry === 'interpreted' ? undefined : entry;
    const query = compileQuery(schema, document, operationName ?? undefined);
    const compiled = isCompiledQuery(query) ? { query, variables: getOperationAST(document, operationName)?.variableDefinitions ?? [] } : undefined;
    operations.set(key, compiled ?? 'interpreted');
    return compiled;
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args.schema, args.document, args.operationName);
      if (!compiled) return;
      const source = args.document.loc?.source;
      setExecuteFn(async (run) => {
        // Variables that do not fit are graphql-js's to refuse, so a compiled document refuses
        // exactly what it would; graphql-jit's own check of them never has the last word.
        if (compiled.variables.length > 0 && coercedVariables(run.schema, compiled.variables, run.variableValues).errors) return executeFn(run);
        const result = (await compiled.query.query(run.rootValue, run.contextValue, run.variableValues)) as ExecutionResult;
        // graphql-jit refused what graphql-js accepted: graphql-js answers, as it would have.
        if (result.data === undefined) return executeFn(run);
        if (!result.errors) return result;
        return { ...result, errors: result.errors.map((error) => asGraphQLJsError(error, source)) };
      });
    },
  };
}

/**
 * graphql-jit writes each response key into an object literal, where `__proto__` sets the object's
 * prototype instead of a field: the field moves or is lost. Only an alias can be named so.
 */
const PROTOTYPE_KEY = '__proto__';

function interpretedOnly(document: DocumentNode, operationName: string | null | undefined): boolean {
  if (getOperationAST(document, operationName)?.operation !== 'query') return true;
  let interpreted = false;
  visit(document, {
    Directive(directive) {
      if (!STREAMING_DIRECTIVES.has(directive.name.value)) return;
      interpreted = true;
      return BREAK;
    },
    Field(field) {
      if (field.alias?.value !== PROTOTYPE_KEY) return;
      interpreted = true;
      return BREAK;
    },
  });
  return interpreted;
}

/**
 * graphql-jit's field errors carry `locations` but not the nodes or positions Yoga writes them
 * from, and no `extensions` at all when their cause had none (a bug of ours, which Yoga masks). The
 * error mapping, the logs, the metrics and Yoga read both the graphql-js way.
 */
function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const positions = source && error.locations?.map(({ line, column }) => positionOf(source.body, line, column));
  return new GraphQLError(error.message, {
    ...(positions ? { source, positions } : {}),
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
}

/** The character offset of a 1-based line and column in a document's text. */
function positionOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at++) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}
