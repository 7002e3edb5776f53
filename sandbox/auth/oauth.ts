/**
 * GHL's OAuth server, played by the sandbox:
 *
 *   GET  /oauth/chooselocation  the marketplace's consent page, approved at once: it redirects to
 *                               `redirect_uri` with a code. It installs the app on the location
 *                               named by `sandbox_location`, or on the agency named by
 *                               `sandbox_company`, or else on the first location.
 *   POST /oauth/token           form-urlencoded, the app's client id and secret: a code (once) or a
 *                               refresh token (once: each use rotates it) for an access token that
 *                               expires after `accessTokenTtlSeconds`, and a new refresh token.
 *   POST /oauth/locationToken   form-urlencoded, an agency token: a location token of one of the
 *                               agency's locations, without a refresh token.
 *
 * The first code exchange of an install sends INSTALL webhooks (one per location for an agency
 * install, and the agency's own); `uninstall` kills the install's tokens and sends UNINSTALL.
 */
import { randomBytes } from 'node:crypto';
import type { Principal, TokenRegistry } from './tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { SandboxStore } from '../model/store.ts';
import type { SandboxEvent } from '../webhooks/events.ts';
import type { SandboxWebhooks } from '../webhooks/sender.ts';

/** The app the sandbox knows, unless SandboxOptions.oauth names another. */
export const SANDBOX_OAUTH_CLIENT = { clientId: 'sandbox-app-client-id', clientSecret: 'sandbox-app-client-secret' } as const;

export interface OAuthOptions {
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of an issued access token. Default 86,399 s, as GHL's. */
  accessTokenTtlSeconds?: number;
}

export interface OAuthRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  version: string | undefined;
  contentType: string | undefined;
  rawBody: string;
}

export interface OAuthReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The marketplace's consent page; GHL serves it on another host, the sandbox on its own. */
export const CHOOSE_LOCATION_PATH = '/oauth/chooselocation';
/** What this file answers, apart from the API routes. */
export const oauthEndpoints = [
  { method: 'GET', path: CHOOSE_LOCATION_PATH },
  { method: 'POST', path: '/oauth/token' },
  { method: 'POST', path: '/oauth/locationToken' },
] as const;
const PATHS = new Set<string>(oauthEndpoints.map((endpoint) => endpoint.path));
const APP_ID = 'sandbox-app';
const SANDBOX_USER_ID = 'sandbox-installer';

interface Grant {
  principal: Principal;
  scope: string;
}

export class SandboxOAuth {
  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #ttlMs: number;
  /** Unused authorization codes. */
  readonly #codes = new Map<string, Grant>();
  /** Live refresh tokens; a use deletes the one used. */
  readonly #refreshTokens = new Map<string, Grant>();

  constructor(
    private readonly tokens: TokenRegistry,
    private readonly store: SandboxStore,
    private readonly webhooks: SandboxWebhooks,
    options: OAuthOptions = {},
  ) {
    this.#clientId = options.clientId ?? SANDBOX_OAUTH_CLIENT.clientId;
    this.#clientSecret = options.clientSecret ?? SANDBOX_OAUTH_CLIENT.clientSecret;
    this.#ttlMs = (options.accessTokenTtlSeconds ?? 86_399) * 1000;
  }

  handles(path: string): boolean {
    return PATHS.has(path.replace(/\/+$/, ''));
  }

  answer(request: OAuthRequest): OAuthReply {
    try {
      switch (`${request.method} ${request.path.replace(/\/+$/, '')}`) {
        case `GET ${CHOOSE_LOCATION_PATH}`:
          return this.#chooseLocation(request.query);
        case 'POST /oauth/token':
          return json(200, this.#token(formOf(request)));
        case 'POST /oauth/locationToken':
          return json(200, this.#locationToken(request));
        default:
          throw ghlErrors.noRoute(request.method, request.path);
      }
    } catch (error) {
      if (!(error instanceof GhlError)) throw error;
      return json(error.statusCode, error.body);
    }
  }

  /** The agency (or location) removes the app: its tokens die and GHL tells the app. */
  uninstall(scope: { locationId: string } | { companyId: string }): void {
    this.tokens.revoke(scope);
    for (const [token, grant] of this.#refreshTokens) {
      const { principal } = grant;
      const hit =
        'locationId' in scope
          ? principal.kind === 'location' && principal.locationId === scope.locationId
          : principal.companyId === scope.companyId;
      if (hit) this.#refreshTokens.delete(token);
    }
    const companyId = 'companyId' in scope ? scope.companyId : this.store.locations.get(scope.locationId)?.companyId;
    this.webhooks.send([{ type: 'UNINSTALL', payload: { appId: APP_ID, ...scope, ...(companyId && { companyId }) } }]);
  }

  #chooseLocation(query: Record<string, string>): OAuthReply {
    if (query.response_type !== 'code') throw ghlErrors.badRequest('response_type must be code');
    if (query.client_id !== this.#clientId) throw ghlErrors.badRequest('Unknown client_id');
    const redirect = urlOf(query.redirect_uri);
    if (!redirect) throw ghlErrors.badRequest('redirect_uri must be an http(s) URL');
    const principal = this.#chosen(query);
    const code = secret('code');
    this.#codes.set(code, { principal, scope: query.scope ?? '' });
    redirect.searchParams.set('code', code);
    if (query.state !== undefined) redirect.searchParams.set('state', query.state);
    return { status: 302, headers: { Location: redirect.toString() }, body: '' };
  }

  #chosen(query: Record<string, string>): Principal {
    if (query.sandbox_company !== undefined) {
      if (!this.store.companies.has(query.sandbox_company)) throw ghlErrors.badRequest('No such company');
      return { kind: 'agency', companyId: query.sandbox_company };
    }
    const location = query.sandbox_location === undefined ? this.store.locations.values().next().value : this.store.locations.get(query.sandbox_location);
    if (!location) throw ghlErrors.badRequest('No such location');
    return { kind: 'location', locationId: location.id, companyId: location.companyId };
  }

  #token(form: Record<string, string>): Record<string, unknown> {
    if (form.client_id !== this.#clientId || form.client_secret !== this.#clientSecret) {
      throw new GhlError(401, 'Invalid client credentials');
    }
    let grant: Grant | undefined;
    if (form.grant_type === 'authorization_code') {
      grant = this.#codes.get(form.code ?? '');
      this.#codes.delete(form.code ?? '');
      if (!grant) throw new GhlError(401, 'Invalid grant: authorization code is invalid');
      this.webhooks.send(installEvents(grant.principal, this.store));
    } else if (form.grant_type === 'refresh_token') {
      grant = this.#refreshTokens.get(form.refresh_token ?? '');
      // Rotation: this refresh token is spent whatever happens next.
      this.#refreshTokens.delete(form.refresh_token ?? '');
      if (!grant) throw new GhlError(401, 'Invalid grant: refresh token is invalid');
      const userType = grant.principal.kind === 'agency' ? 'Company' : 'Location';
      if (form.user_type !== undefined && form.user_type !== userType) throw ghlErrors.badRequest(`user_type must be ${userType}`);
    } else {
      throw ghlErrors.badRequest('grant_type must be authorization_code or refresh_token');
    }
    const refreshToken = secret('refresh');
    this.#refreshTokens.set(refreshToken, grant);
    const { principal, scope } = grant;
    return {
      access_token: this.tokens.issue(principal, this.#ttlMs),
      token_type: 'Bearer',
      expires_in: Math.floor(this.#ttlMs / 1000),
      refresh_token: refreshToken,
      scope,
      userId: SANDBOX_USER_ID,
      companyId: principal.companyId,
      ...(principal.kind === 'location'
        ? { userType: 'Location', locationId: principal.locationId }
        : {
            userType: 'Company',
            isBulkInstallation: true,
            approvedLocations: this.#locationsOf(principal.companyId),
          }),
    };
  }

  #locationToken(request: OAuthRequest): Record<string, unknown> {
    const principal = this.tokens.identify(request.authorization);
    if (!principal) throw ghlErrors.invalidToken();
    if (principal.kind !== 'agency') throw ghlErrors.wrongTokenType();
    if (request.version === undefined) throw ghlErrors.badRequest('Version header was not found');
    if (request.version !== '2021-07-28') throw ghlErrors.badRequest('Invalid version header');
    const { companyId, locationId } = formOf(request);
    if (!companyId || !locationId) {
      throw ghlErrors.unprocessable([...(companyId ? [] : ['companyId should not be empty']), ...(locationId ? [] : ['locationId should not be empty'])]);
    }
    if (companyId !== principal.companyId) throw ghlErrors.noCompanyAccess();
    const location = this.store.locations.get(locationId);
    if (location?.companyId !== companyId) throw ghlErrors.noLocationAccess();
    return {
      access_token: this.tokens.issue({ kind: 'location', locationId, companyId }, this.#ttlMs),
      token_type: 'Bearer',
      expires_in: Math.floor(this.#ttlMs / 1000),
      scope: '',
      locationId,
      userId: SANDBOX_USER_ID,
      appId: APP_ID,
    };
  }

  #locationsOf(companyId: string): string[] {
    return [...this.store.locations.values()].filter((location) => location.companyId === companyId).map((location) => location.id);
  }
}

/** AppInstall as GHL sends it: per location, and once for the agency itself on an agency install. */
function installEvents(principal: Principal, store: SandboxStore): SandboxEvent[] {
  const base = { appId: APP_ID, companyId: principal.companyId, userId: SANDBOX_USER_ID };
  if (principal.kind === 'location') return [{ type: 'INSTALL', payload: { ...base, locationId: principal.locationId } }];
  const locations = [...store.locations.values()].filter((location) => location.companyId === principal.companyId);
  return [
    { type: 'INSTALL', payload: base },
    ...locations.map((location): SandboxEvent => ({ type: 'INSTALL', payload: { ...base, locationId: location.id } })),
  ];
}

/** GHL's OAuth endpoints take form-urlencoded bodies only. */
function formOf(request: OAuthRequest): Record<string, string> {
  if (!request.contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw ghlErrors.badRequest('The body must be application/x-www-form-urlencoded');
  }
  return Object.fromEntries(new URLSearchParams(request.rawBody));
}

function urlOf(value: string | undefined): URL | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function secret(kind: string): string {
  return `sbx-${kind}-${randomBytes(20).toString('hex')}`;
}

function json(status: number, body: unknown): OAuthReply {
  return { status, headers: {}, body: JSON.stringify(body) };
}
