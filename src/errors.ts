/**
 * The gateway's error vocabulary, which every layer may use: the stable `extensions.code`s a client
 * sees (each explained in docs/errors.md) and the GraphQLErrors that carry them. What GHL's own
 * answers map to is src/ghl/errors.ts; graphql-js adds the field path when a resolver throws one.
 */
import { GraphQLError } from 'graphql';

export const errorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UPSTREAM_ERROR',
  'UPSTREAM_TIMEOUT',
  // A create (or other call not safe to repeat) was sent, but its answer was lost: it may have been applied.
  'UPSTREAM_OUTCOME_UNKNOWN',
  // The upstream host's circuit breaker is open (src/ghl/breaker.ts): the call was not sent.
  'UPSTREAM_UNAVAILABLE',
  // The gateway's own guards (src/plugins/limits.ts, src/plugins/cost.ts, src/transports/http-security.ts).
  'QUERY_TOO_COMPLEX',
  'COST_LIMIT_EXCEEDED',
  'INTROSPECTION_DISABLED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_REQUIRED',
  'CSRF_HEADER_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'LENGTH_REQUIRED',
  // More operations open on one WebSocket than WS_MAX_SUBSCRIPTIONS_PER_CONNECTION (src/transports/websocket.ts).
  'TOO_MANY_SUBSCRIPTIONS',
  // Variables or extensions nested deeper than MAX_JSON_DEPTH (src/json-depth.ts).
  'JSON_TOO_DEEP',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface GatewayErrorDetails {
  /** The catalog operation that failed. */
  operation?: string;
  /** The HTTP status GHL answered with. */
  upstreamStatus?: number;
  /** How long to wait before trying again, when GHL or the limiter says. */
  retryAfterMs?: number;
}

export function gatewayError(code: ErrorCode, message: string, details: GatewayErrorDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export function codeOf(error: unknown): ErrorCode | undefined {
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return errorCodes.includes(code as ErrorCode) ? (code as ErrorCode) : undefined;
}

/**
 * Variables that do not fit their types: graphql-js reports them without a code, before any
 * field runs. The GraphQL over HTTP spec answers them with 400.
 */
export function invalidVariables(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** A request the gateway refuses before running it; `status` is the HTTP answer. */
export function refusedRequest(code: ErrorCode, message: string, status: number, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}
