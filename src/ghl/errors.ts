/**
 * The one mapping from what went wrong upstream to what a GraphQL client sees, in the codes of
 * src/errors.ts. Messages come from GHL's error body or from this file, never from a stack or a header.
 */
import { GraphQLError } from 'graphql';
import { gatewayError, type ErrorCode, type GatewayErrorDetails } from '../errors.ts';
import type { RefusalReason } from '../metrics.ts';

const codeByStatus: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

/** An error answer from GHL: `{ statusCode, message, error }`, message a string or a list of them. */
export function fromGhlResponse(operation: string, status: number, body: unknown, retryAfterMs?: number): GraphQLError {
  const code = codeByStatus[status] ?? 'UPSTREAM_ERROR';
  const upstreamMessage = messageOf(body);
  const message =
    code === 'UPSTREAM_ERROR'
      ? `GoHighLevel failed (HTTP ${status}) on ${operation}`
      : (upstreamMessage ?? `GoHighLevel refused ${operation} (HTTP ${status})`);
  return gatewayError(code, message, { operation, upstreamStatus: status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}

export function upstreamTimeout(operation: string, timeoutMs: number): GraphQLError {
  return gatewayError('UPSTREAM_TIMEOUT', `GoHighLevel did not answer ${operation} within ${timeoutMs} ms`, { operation });
}

export function upstreamUnreachable(operation: string): GraphQLError {
  return gatewayError('UPSTREAM_ERROR', `GoHighLevel could not be reached for ${operation}`, { operation });
}

/**
 * A call the gateway refused without sending it (src/ghl/limiter.ts, src/ghl/breaker.ts). The
 * limiter knows resources, not operations: the client names the operation and counts the refusal.
 */
export class RefusedCall extends GraphQLError {
  readonly reason: RefusalReason;
  readonly #code: ErrorCode;
  readonly #details: GatewayErrorDetails;

  constructor(reason: RefusalReason, code: ErrorCode, message: string, details: GatewayErrorDetails) {
    super(message, { extensions: { code, ...details } });
    this.reason = reason;
    this.#code = code;
    this.#details = details;
  }

  /** The same refusal, naming the catalog operation that was refused. */
  forOperation(operation: string): RefusedCall {
    return new RefusedCall(this.reason, this.#code, this.message, { ...this.#details, operation });
  }
}

/** Refused by the gateway's own rate governance (src/ghl/limiter.ts), without asking GHL. */
export function rateLimitedByGateway(reason: Exclude<RefusalReason, 'circuit_open'>, message: string, retryAfterMs: number): RefusedCall {
  return new RefusedCall(reason, 'RATE_LIMITED', message, { retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)) });
}

/** The upstream kept failing and its circuit is open: the call fails fast instead of being sent. */
export function upstreamUnavailable(operation: string, retryAfterMs: number): RefusedCall {
  return new RefusedCall('circuit_open', 'UPSTREAM_UNAVAILABLE', `GoHighLevel is failing; ${operation} was not sent`, {
    operation,
    retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)),
  });
}

/**
 * A call that is not safe to repeat was sent and its answer lost (connection dropped, timed out,
 * unreadable body): GHL may have applied it. The client should look before sending it again.
 */
export function upstreamOutcomeUnknown(operation: string, lost: 'timeout' | 'dropped' | 'unreadable', status?: number): GraphQLError {
  const how = { timeout: 'timed out', dropped: 'lost its connection', unreadable: 'got an unreadable answer' }[lost];
  return gatewayError(
    'UPSTREAM_OUTCOME_UNKNOWN',
    `${operation} was sent to GoHighLevel but ${how}: it may have been applied, check before retrying`,
    { operation, ...(status === undefined ? {} : { upstreamStatus: status }) },
  );
}

export function upstreamMalformed(operation: string, status: number): GraphQLError {
  return gatewayError('UPSTREAM_ERROR', `GoHighLevel sent an unreadable answer to ${operation}`, {
    operation,
    upstreamStatus: status,
  });
}

/** An answer nested deeper than MAX_JSON_DEPTH: not read at all, as it could not be used safely. */
export function upstreamTooDeep(operation: string, status: number, maxDepth: number): GraphQLError {
  return gatewayError('UPSTREAM_ERROR', `GoHighLevel sent an answer to ${operation} nested deeper than ${maxDepth} levels`, {
    operation,
    upstreamStatus: status,
  });
}

/** A readable answer whose shape the gateway does not know (./shape.ts): `problem` says where. */
export function upstreamUnexpectedShape(operation: string, status: number, problem: string): GraphQLError {
  return gatewayError('UPSTREAM_ERROR', `GoHighLevel answered ${operation} in an unexpected shape: ${problem}`, {
    operation,
    upstreamStatus: status,
  });
}

/** A file answer over GHL_MAX_FILE_BYTES: not read on, as it would not be relayed. */
export function upstreamFileTooLarge(operation: string, status: number, maxBytes: number): GraphQLError {
  return gatewayError('UPSTREAM_ERROR', `GoHighLevel's answer to ${operation} is a file over the limit of ${maxBytes} bytes`, {
    operation,
    upstreamStatus: status,
  });
}

function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const message = (body as { message?: unknown }).message;
  if (typeof message === 'string' && message.length > 0) return message;
  if (Array.isArray(message) && message.every((m) => typeof m === 'string') && message.length > 0) {
    return message.join('; ');
  }
  return undefined;
}
