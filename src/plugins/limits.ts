/**
 * What a document may ask for before anything runs: depth, aliases, tokens and directives
 * (graphql-armor), and introspection and "Did you mean …?" suggestions when introspection is
 * switched off. Refusals carry stable codes:
 * QUERY_TOO_COMPLEX and INTROSPECTION_DISABLED. Armor's own cost limit stays off: what an
 * operation costs is counted in GHL calls by src/plugins/cost.ts.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, isIntrospectionType, locatedError, validate, type ExecutionResult, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { gatewayError, refusedRequest } from '../ghl/errors.ts';

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
  const plugins: Plugin[] = armor.protect().plugins as Plugin[];
  if (!introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) }, hideSuggestions);
  return plugins;
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
