/**
 * GHL's error bodies: `{ statusCode, message, error }`, with `message` a string array for 422
 * (UnprocessableDTO in common-schemas.json). Route handlers throw these; the server renders them.
 */
import { STATUS_CODES } from 'node:http';

export class GhlError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: string | string[],
    /** Fields GHL adds beside the standard three, e.g. `meta` on a duplicate contact. */
    readonly extra: Record<string, unknown> = {},
    /** The reason phrase; `null` leaves `error` out, as GHL does on some 400s. */
    readonly reason: string | null = STATUS_CODES[statusCode] ?? 'Error',
  ) {
    super(Array.isArray(detail) ? detail.join('; ') : detail);
  }

  get body(): Record<string, unknown> {
    return {
      statusCode: this.statusCode,
      message: this.detail,
      ...(this.reason === null ? {} : { error: this.reason }),
      ...this.extra,
    };
  }
}

export const ghlErrors = {
  badRequest: (message: string) => new GhlError(400, message),
  unprocessable: (messages: string[]) => new GhlError(422, messages),
  invalidToken: () => new GhlError(401, 'Invalid JWT'),
  wrongTokenType: () => new GhlError(401, 'The token is not authorized for this scope.'),
  noLocationAccess: () => new GhlError(403, 'The token does not have access to this location.'),
  noCompanyAccess: () => new GhlError(403, 'The token does not have access to this company.'),
  notFound: (
    entity:
      | 'Contact' | 'Task' | 'Note' | 'Location' | 'User' | 'Conversation' | 'Message' | 'Opportunity'
      | 'Calendar' | 'Group' | 'Appointment' | 'Invoice' | 'Estimate' | 'Workflow' | 'Campaign'
      | 'Object' | 'Record' | 'Association' | 'Relation',
  ) => new GhlError(404, `${entity} not found`),
  noRoute: (method: string, path: string) => new GhlError(404, `Cannot ${method} ${path}`),
  tooManyRequests: () => new GhlError(429, 'Too many requests'),
  payloadTooLarge: () => new GhlError(413, 'request entity too large'),
  internal: () => new GhlError(500, 'Internal server error'),
};
