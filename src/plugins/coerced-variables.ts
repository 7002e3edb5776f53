/**
 * A request's variables as graphql-js coerces them, once per request. The cost estimate prices
 * them and the compiled-query check judges them; each coercion walks the operation's input types
 * again. Kept against the variables object the request carries, for the definitions it was
 * coerced against, as long as that object lives.
 */
import { getVariableValues, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';

type Coerced = ReturnType<typeof getVariableValues>;

const coercions = new WeakMap<object, { schema: GraphQLSchema; definitions: readonly VariableDefinitionNode[]; coerced: Coerced }>();

export function coercedVariables(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], values: Record<string, unknown> | null | undefined): Coerced {
  if (!values) return getVariableValues(schema, definitions, {});
  const kept = coercions.get(values);
  if (kept?.schema === schema && kept.definitions === definitions) return kept.coerced;
  const coerced = getVariableValues(schema, definitions, values);
  coercions.set(values, { schema, definitions, coerced });
  return coerced;
}
