/**
 * Gives a stable `extensions.code` to the one kind of request error graphql-js leaves without
 * one: variables that do not fit their types (an invalid EmailAddress, a missing required input).
 * Those end execution before any field runs, so the result has no `data`; the GraphQL over HTTP
 * spec answers them with 400.
 */
import type { Plugin } from 'graphql-yoga';
import { invalidVariables } from '../ghl/errors.ts';

export function errorCodesPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || result.data !== undefined || !result.errors) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => (error.extensions['code'] ? error : invalidVariables(error))),
          });
        },
      };
    },
  };
}
