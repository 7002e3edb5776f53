/**
 * The credentials of a managed-mode request: each GHL call uses the stored install token of the
 * location it is for. Which location that is: the `locationId` the call names (in its path, query
 * or body, or an `altId` with `altType: location`), else the request's default location (the
 * `X-GHL-Location-Id` header, else the principal's first location). A by-id call (a contact by its
 * id) names none and so uses the default location's token. Every location a call names must be
 * one the principal was given: otherwise FORBIDDEN, and nothing is sent to GHL.
 */
import type { CredentialSource, Credentials } from '../ghl/client.ts';
import { codeOf, gatewayError } from '../ghl/errors.ts';
import type { InstallTokens } from './install-tokens.ts';
import { allows, type Principal } from './principals.ts';

type Call = Parameters<CredentialSource['withCredentials']>[0];

export class ManagedCredentials implements CredentialSource {
  constructor(
    private readonly tokens: InstallTokens,
    private readonly principal: Principal,
    private readonly defaultLocationId: string | undefined,
  ) {}

  async withCredentials<T>(call: Call, send: (credentials: Credentials) => Promise<T>): Promise<T> {
    const named = locationsNamedBy(call);
    const refused = named.find((locationId) => !allows(this.principal, locationId));
    if (refused !== undefined) throw forbidden(refused);
    const locationId = named[0] ?? this.defaultLocationId;
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

function locationsNamedBy(call: Call): string[] {
  const body = typeof call.body === 'object' && call.body !== null ? (call.body as Record<string, unknown>) : {};
  const candidates = [
    call.path?.['locationId'],
    call.query?.['locationId'],
    call.query?.['altType'] === 'location' ? call.query['altId'] : undefined,
    body['locationId'],
    body['altType'] === 'location' ? body['altId'] : undefined,
  ];
  return [...new Set(candidates.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
