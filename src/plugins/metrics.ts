/**
 * Counts GraphQL operations by name and outcome, and keeps the gauge of subscriptions streaming.
 * Hooked into envelop rather than HTTP so that operations over WebSocket count as HTTP ones do.
 * The outcome is `ok`, or the `extensions.code` of the first error: a partial result counts as
 * failed, since some field the client asked for is missing.
 */
import { getOperationAST, type ExecutionArgs, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Backlog } from '../events/backlog.ts';
import type { Metrics } from '../metrics.ts';

interface WithParams {
  params?: { operationName?: string | null };
}

export function metricsPlugin(metrics: Metrics): Plugin<WithParams> {
  return {
    // Unparsable: only the name the client sent alongside, if any, is known.
    onParse({ context }) {
      return ({ result }) => {
        if (result instanceof Error) metrics.graphqlRequest(context.params?.operationName, 'GRAPHQL_PARSE_FAILED');
      };
    },
    onValidate({ context, params }) {
      return ({ valid }) => {
        if (!valid) metrics.graphqlRequest(operationNameOf({ document: params.documentAST, operationName: context.params?.operationName }), 'GRAPHQL_VALIDATION_FAILED');
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          // Incremental delivery: errors may come later, the operation itself did start.
          const errors = isAsyncIterable(result) ? undefined : result.errors;
          metrics.graphqlRequest(operationNameOf(args), outcomeOf(errors));
        },
      };
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            metrics.graphqlRequest(operationNameOf(args), outcomeOf(result.errors));
            return undefined;
          }
          metrics.graphqlRequest(operationNameOf(args), 'ok');
          metrics.subscriptionStarted();
          // A shared stream's member (src/transports/shared-streams.ts) tells its own end. An
          // onEnd would wrap its stream, a promise more for each delivery to each of thousands.
          if (result instanceof Backlog) return result.whenReturned(() => metrics.subscriptionEnded());
          return { onEnd: () => metrics.subscriptionEnded() };
        },
      };
    },
  };
}

function operationNameOf(args: Pick<ExecutionArgs, 'document' | 'operationName'>): string | undefined {
  return getOperationAST(args.document, args.operationName)?.name?.value;
}

function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0]!.extensions['code'];
  // graphql-js wraps what a resolver threw without a code; Yoga masks it as "Unexpected error."
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
