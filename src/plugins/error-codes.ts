/**
 * Gives a stable `extensions.code` to the one kind of request error graphql-js leaves without
 * one: variables that do not fit their types (an invalid EmailAddress, a missing required input).
 * Those end execution before any field runs, so the result has no `data`; the GraphQL over HTTP
 * spec answers them with 400.
 *
 * And to arguments Pothos refuses inside a field (a malformed global id in `node(id:)`): those
 * are the client's input too, BAD_USER_INPUT on the field's path.
 */
import { PothosValidationError } from '@pothos/core';
import { locatedError, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { gatewayError, invalidVariables } from '../errors.ts';

export function errorCodesPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors) return;
          const coded = (error: GraphQLError) => {
            if (error.extensions['code']) return error;
            if (result.data === undefined) return invalidVariables(error);
            if (!(error.originalError instanceof PothosValidationError)) return error;
            return locatedError(gatewayError('BAD_USER_INPUT', error.message), error.nodes, error.path);
          };
          setResult({ ...result, errors: result.errors.map(coded) });
        },
      };
    },
  };
}
