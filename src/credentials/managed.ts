/**
 * The credentials of a managed-mode request: each GHL call uses the stored install token of the
 * location it is for. Which location that is: the one the call names (the REST edge hands it over
 * with the call, from where its operation declares it), else the request's default location (the
 * `X-GHL-Location-Id` header, else the principal's first location). A by-id call (a contact by its
 * id) names none and so uses the default location's token. The location a call names must be one
 * the principal was given: otherwise FORBIDDEN, and nothing is sent to GHL.
 */
import type { CredentialSource, Credentials } from '../ghl/client.ts';
import { codeOf, gatewayError } from '../errors.ts';
import type { InstallTokens } from './install-tokens.ts';
import { allows, type Principal } from './principals.ts';

export class ManagedCredentials implements CredentialSource {
  constructor(
    private readonly tokens: InstallTokens,
    private readonly principal: Principal,
    private readonly defaultLocationId: string | undefined,
  ) {}

  async withCredentials<T>(named: string | undefined, send: (credentials: Credentials) => Promise<T>): Promise<T> {
    if (named !== undefined && !allows(this.principal, named)) throw forbidden(named);
    const locationId = named ?? this.defaultLocationId;
    if (locationId === undefined) {
      throw gatewayError('BAD_USER_INPUT', 'Name the location: a locationId argument, or the X-GHL-Location-Id header');
    }
    const token = await this.tokens.forLocation(locationId);
    try {
      return await send({ token, locationId });
    } catch (error) {
      if (codeOf(error) !== 'UNAUTHENTICATED') throw error;
      // Revoked or expired early: renewed once (single-flight), and the call sent once more.
      return send({ token: await this.tokens.afterUnauthorized(locationId, token), locationId });
    }
  }
}

export function forbidden(locationId: string) {
  return gatewayError('FORBIDDEN', `This gateway credential was not given location ${locationId}`);
}
