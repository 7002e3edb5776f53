/**
/**
 * What a request may ask for before anything runs: depth, aliases, tokens and directives
 * (graphql-armor), how deep its brackets and its JSON variables nest (src/json-depth.ts), and
 * introspection and "Did you mean …?" suggestions when introspection is switched off. Refusals
 * carry stable codes: QUERY_TOO_COMPLEX, JSON_TOO_DEEP and INTROSPECTION_DISABLED. Armor's own
 * cost limit stays off: what an operation costs is counted in GHL calls by src/plugins/cost.ts.
 * Each hook here runs for HTTP, SSE and WebSocket operations alike.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, isIntrospectionType, locatedError, validate, type ExecutionArgs, type ExecutionResult, type ValidationRule } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { gatewayError, refusedRequest } from '../errors.ts';
import { textNestsDeeperThan, valueNestsDeeperThan } from '../json-depth.ts';

export function limitsPlugins(limits: Config['limits'], introspection: boolean): Plugin[] {
  // Armor throws a bare "Syntax Error: ..." GraphQLError; ours says the same with a code.
  const refuse = {
    propagateOnRejection: false,
    onReject: [
      (_: unknown, error: GraphQLError) => {
        throw refusedRequest('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, ''), 400);
      },
    ],
  };
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ...refuse },
    maxAliases: { n: limits.maxAliases, ...refuse },
    maxTokens: { n: limits.maxTokens, ...refuse },
    maxDirectives: { n: limits.maxDirectives, ...refuse },
    costLimit: { enabled: false },
    // Armor's masks only `Did you mean "x"?`, not `Did you mean the enum value "x"?`: hideSuggestions below.
    blockFieldSuggestion: { enabled: false },
  });
  // The nesting check last: it wraps the parser armor's token limit sets.
  const plugins: Plugin[] = [jsonDepthPlugin(limits.maxJsonDepth), ...(armor.protect().plugins as Plugin[]), documentNestingPlugin(limits)];
  if (!introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) }, hideSuggestions);
  return plugins;
}

/**
 * graphql-js parses by recursion, and a few kilobytes of brackets overflow its stack: a document is
 * refused before it is parsed when they nest deeper than selections may (MAX_QUERY_DEPTH) with, at
 * the deepest, arguments whose values nest as deep as a JSON variable may (MAX_JSON_DEPTH).
 */
function documentNestingPlugin({ maxDepth, maxJsonDepth }: Config['limits']): Plugin {
  // The operation's own braces and the arguments' parentheses.
  const maxNesting = maxDepth + maxJsonDepth + 2;
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        if (textNestsDeeperThan(typeof source === 'string' ? source : source.body, maxNesting)) {
          throw refusedRequest('QUERY_TOO_COMPLEX', `The document nests deeper than ${maxNesting} levels`, 400);
        }
        return parseFn(source, options);
      });
    },
  };
}

/**
 * Variables and extensions nested deeper than MAX_JSON_DEPTH are refused before the operation runs,
 * as its one error: at a few thousand levels, what serialises them later (the body sent to GHL, the
 * shared-stream key) would overflow its stack.
 */
function jsonDepthPlugin(maxJsonDepth: number): Plugin {
  const refuseTooDeep = ({ variableValues, contextValue }: ExecutionArgs, stop: (result: never) => void) => {
    const { extensions } = (contextValue as Partial<YogaInitialContext>).params ?? {};
    if (valueNestsDeeperThan(variableValues, maxJsonDepth) || valueNestsDeeperThan(extensions, maxJsonDepth)) {
      stop({ errors: [refusedRequest('JSON_TOO_DEEP', `The request's variables or extensions nest deeper than ${maxJsonDepth} levels`, 400)] } as never);
    }
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => refuseTooDeep(args, setResultAndStopExecution),
    onSubscribe: ({ args, setResultAndStopExecution }) => refuseTooDeep(args, setResultAndStopExecution),
  };
}

/** graphql-js's NoSchemaIntrospectionCustomRule, with a code. `__typename` stays allowed. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const type = context.getType();
    const parent = context.getParentType();
    // Reported where introspection starts (`__schema`, `__type`), not again for each field below.
    if (type && isIntrospectionType(getNamedType(type)) && !(parent && isIntrospectionType(parent))) {
      const message = `Introspection is disabled on this gateway: "${node.name.value}" cannot be queried`;
      context.reportError(locatedError(gatewayError('INTROSPECTION_DISABLED', message), node));
    }
  },
});

/**
 * "Did you mean …?" reveals the schema (fields, types, arguments, enum values, input fields): only
 * where introspection shows it anyway. graphql-js's own `hideSuggestions` leaves them out of
 * validation errors. Variables are coerced by Yoga's executor, which does not pass that option on
 * to graphql-js's coerceInputValue: their errors (the only ones a result without data carries
 * before any field runs) lose the sentence graphql-js's didYouMean appends instead.
 */
const hideSuggestions: Plugin = {
  onValidate({ setValidationFn }) {
    setValidationFn((schema, document, rules) => validate(schema, document, rules, { hideSuggestions: true }));
  },
  onExecute: () => ({ onExecuteDone: ({ result, setResult }) => setResult(withoutSuggestions(result)) }),
  onSubscribe: () => ({ onSubscribeResult: ({ result, setResult }) => setResult(withoutSuggestions(result)) }),
};

/** didYouMean's sentence: suggested names are GraphQL names, so no "?" comes before its end. */
const SUGGESTION = / Did you mean [^?]*\?/g;

function withoutSuggestions<R>(result: R): R {
  if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return result;
  const { errors } = result as ExecutionResult;
  if (!errors?.some((error) => error.message.includes(' Did you mean '))) return result;
  return {
    ...result,
    errors: errors.map(
      (error) =>
        new GraphQLError(error.message.replace(SUGGESTION, ''), {
          nodes: error.nodes,
          path: error.path,
          originalError: error.originalError,
          extensions: error.extensions,
        }),
    ),
  };
}
