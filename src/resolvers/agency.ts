/**
 * Agency-level operations (creating locations, searching an agency's users, ...) need an agency
 * (company) token, passed through from the caller. GHL refuses a location token for them with a
 * bare 401; the caller gets told what is missing instead.
 */
import { codeOf, gatewayError } from '../errors.ts';

export async function asAgency<T>(operation: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (codeOf(error) !== 'UNAUTHENTICATED') throw error;
    throw gatewayError(
      'UNAUTHENTICATED',
      `${operation} is an agency-level operation: send "Authorization: Bearer <GHL agency access token>" (a location token is refused)`,
      { operation, upstreamStatus: 401 },
    );
  }
}
