/**
 * Who a managed-mode caller is: a gateway API key or a gateway JWT, each naming the GHL locations
 * it may use. A request is managed when it sends `X-Api-Key: <key>`, `Authorization: Bearer
 * <key>` with a key starting `gk_`, or a Bearer JWT whose issuer is GATEWAY_JWT_ISSUER (verified
 * with the configured key; its `locations` claim lists the locations). Any other Bearer token is a
 * GHL token, passed through as before.
 */
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { decodeJwt, jwtVerify } from 'jose';
import { gatewayError } from '../errors.ts';

export interface Principal {
  /** For logs: the key's position in GATEWAY_API_KEYS or the JWT's subject, never the secret itself. */
  name: string;
  /** Location ids, in the order given; `*` stands for every installed location. */
  locations: readonly string[];
}

export interface PrincipalSettings {
  /** Key → the locations it may use. */
  apiKeys: ReadonlyMap<string, readonly string[]>;
  jwt: { issuer: string; key: KeyObject | Uint8Array; audience: string | undefined } | undefined;
}

/** Gateway API keys start with this, so a Bearer key cannot be mistaken for a GHL token. */
const API_KEY_PREFIX = 'gk_';
/** The header that brings a gateway API key on its own. */
export const API_KEY_HEADER = 'x-api-key';
/** The JWT claim that lists the locations. */
const LOCATIONS_CLAIM = 'locations';

export function allows(principal: Principal, locationId: string): boolean {
  return principal.locations.includes('*') || principal.locations.includes(locationId);
}

export class Principals {
  /** By SHA-256 of the key: a lookup compares digests, not the secrets themselves. */
  readonly #byDigest = new Map<string, Principal>();
  readonly #jwt: PrincipalSettings['jwt'];

  constructor(settings: PrincipalSettings) {
    for (const [index, [key, locations]] of [...settings.apiKeys].entries()) {
      this.#byDigest.set(digest(key), { name: `api key #${index + 1}`, locations });
    }
    this.#jwt = settings.jwt;
  }

  /** The gateway principal the request names, undefined for a pass-through request, or why it is refused. */
  async of(headers: Headers): Promise<Principal | GraphQLError | undefined> {
    const apiKey = headers.get(API_KEY_HEADER);
    if (apiKey !== null) return this.#byKey(apiKey.trim());
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1];
    if (bearer === undefined) return undefined;
    if (bearer.startsWith(API_KEY_PREFIX)) return this.#byKey(bearer);
    if (this.#jwt && issuerOf(bearer) === this.#jwt.issuer) return this.#byJwt(bearer, this.#jwt);
    return undefined;
  }

  #byKey(key: string): Principal | GraphQLError {
    return this.#byDigest.get(digest(key)) ?? gatewayError('UNAUTHENTICATED', 'Unknown gateway API key');
  }

  async #byJwt(token: string, jwt: NonNullable<PrincipalSettings['jwt']>): Promise<Principal | GraphQLError> {
    try {
      const { payload } = await jwtVerify(token, jwt.key, { issuer: jwt.issuer, ...(jwt.audience && { audience: jwt.audience }) });
      const locations = payload[LOCATIONS_CLAIM];
      if (!Array.isArray(locations) || !locations.every((id) => typeof id === 'string' && id !== '')) {
        return gatewayError('UNAUTHENTICATED', `The gateway JWT must list its locations in a "${LOCATIONS_CLAIM}" claim`);
      }
      return { name: `jwt ${payload.sub ?? '(no subject)'}`, locations };
    } catch {
      // Expired, wrong signature, wrong audience: the reason is not a client's business.
      return gatewayError('UNAUTHENTICATED', 'The gateway JWT is invalid or expired');
    }
  }
}

/** The unverified issuer, only to tell a gateway JWT from a GHL token (GHL's are JWTs too). */
function issuerOf(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

export function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
