/**
 * What a document may ask for before anything runs: depth, aliases, tokens and directives
 * (graphql-armor), and introspection when it is switched off. Refusals carry stable codes:
 * QUERY_TOO_COMPLEX and INTROSPECTION_DISABLED. Armor's own cost limit stays off: what an
 * operation costs is counted in GHL calls by src/plugins/cost.ts.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { getNamedType, isIntrospectionType, locatedError, type GraphQLError, type ValidationRule } from 'graphql';
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
    // "Did you mean ...?" reveals the schema: only where introspection shows it anyway.
    blockFieldSuggestion: { enabled: !introspection },
  });
  const plugins: Plugin[] = armor.protect().plugins as Plugin[];
  if (!introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) });
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
