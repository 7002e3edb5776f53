/**
 * One log line per GraphQL operation, on the request's logger (so it carries the requestId): at
 * debug when it succeeded, at info when a client's mistake failed it (bad input, a missing record),
 * at warn when GoHighLevel or the gateway did. Codes, paths and messages only; never variables,
 * which may hold personal data.
 */
import { getOperationAST, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import type { ErrorCode } from '../errors.ts';

const clientCodes = new Set<ErrorCode | string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED']);

export function operationLogPlugin(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const write = (failures: readonly GraphQLError[]) => {
            const { log } = args.contextValue;
            const operation = getOperationAST(args.document, args.operationName);
            const fields = {
              operation: operation?.name?.value ?? null,
              kind: operation?.operation,
              upstreamCalls: args.contextValue.ghl.calls,
              ms: Math.round(performance.now() - started),
            };
            const errors = failures.map(summary);
            if (errors.length === 0) log.debug(fields, 'GraphQL operation');
            else if (errors.every((error) => clientCodes.has(error.code))) log.info({ ...fields, errors }, 'GraphQL operation failed');
            else log.warn({ ...fields, errors }, 'GraphQL operation failed');
          };
          if (!isAsyncIterable(result)) return write(result.errors ?? []);
          // Incremental delivery (@defer/@stream): one line once the last payload left, with every part's errors.
          const failures: GraphQLError[] = [];
          return {
            onNext({ result: payload }) {
              const { errors, incremental } = payload as { errors?: readonly GraphQLError[]; incremental?: { errors?: readonly GraphQLError[] }[] };
              failures.push(...(errors ?? []), ...(incremental ?? []).flatMap((part) => part.errors ?? []));
            },
            onEnd: () => write(failures),
          };
        },
      };
    },
  };
}

function summary(error: GraphQLError): { code: string; message: string; path: string | undefined } {
  const code = error.extensions['code'];
  return {
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    message: error.message,
    path: error.path?.join('.'),
  };
}
