/**
 * GraphiQL's docs pane and schema.graphql are the only manual most frontend developers read: every
 * type, field, argument, input field and enum value of the schema says what it is.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

/** `Type`, `Type.field`, `Type.field(argument)` and `Enum.VALUE` of everything without a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const check = (description: string | null | undefined, name: string) => {
    if (!description?.trim()) missing.push(name);
  };
  check(type.description, type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      check(field.description, `${type.name}.${field.name}`);
      for (const argument of field.args) check(argument.description, `${type.name}.${field.name}(${argument.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) check(field.description, `${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) check(value.description, `${type.name}.${value.name}`);
  }
  return missing;
}

it('every type, field, argument, input field and enum value has a description', () => {
  const types = Object.values(schema.getTypeMap()).filter(
    // Introspection types and GraphQL's own scalars are described by the spec.
    (type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
  );
  expect(types.flatMap(undescribed)).toEqual([]);
});
