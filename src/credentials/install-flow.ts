/**
 * The marketplace install, on the gateway's own HTTP server:
 *
 *   GET /oauth/install   redirects to GHL's choose-location page with the app's client id,
 *                        redirect URI, scopes and a new state bound to the browser (./install-state.ts);
 *   GET /oauth/callback  GHL sends the installer back here with a code and the state; with the
 *                        browser's own unexpired, unused state the code is exchanged at once
 *                        (POST /oauth/token) for the install's tokens, which are stored.
 *
 * An agency install also records each location the agency approved: their tokens are minted on
 * first use. Answers are JSON naming the install, never a token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GhlAccessToken } from '../ghl/api/oauth.ts';
import type { GhlClient } from '../ghl/client.ts';
import { codeOf } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { InstallStateRefused, type InstallStates } from './install-state.ts';
import { InstallTokens, type OAuthApp } from './install-tokens.ts';
import type { TokenStore } from './store.ts';
import { replyJson } from '../json-reply.ts';

export const INSTALL_PATH = '/oauth/install';
export const CALLBACK_PATH = '/oauth/callback';

export interface InstallFlowOptions {
  app: OAuthApp;
  /**
   * Where GHL sends the installer back; must be one of the app's registered redirect URIs. Unset:
   * /oauth/callback on the host the installer called, right for a local or sandbox install.
   */
  redirectUri: string | undefined;
  scopes: readonly string[];
  chooseLocationUrl: string;
  states: InstallStates;
  store: TokenStore;
  client: GhlClient;
  logger: Logger;
}

/** Answers INSTALL_PATH and CALLBACK_PATH. */
export function installFlow(options: InstallFlowOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const redirectUri = options.redirectUri ?? `http://${req.headers.host}${CALLBACK_PATH}`;
    // The cookie travels over TLS only where the installer's browser comes back over TLS.
    const secure = redirectUri.startsWith('https:');
    if (req.method !== 'GET') {
      replyJson(res, 405, { error: 'METHOD_NOT_ALLOWED', message: 'Use GET' }, { allow: 'GET' });
    } else if (url.pathname === INSTALL_PATH) {
      const { state, setCookie } = options.states.issue(secure);
      res.writeHead(302, { location: chooseLocationUrlOf(options, redirectUri, state), 'cache-control': 'no-store', 'set-cookie': setCookie });
      res.end();
    } else {
      const cleared = { 'set-cookie': options.states.clear(secure) };
      options.states
        .accept(url.searchParams.get('state'), req.headers.cookie)
        .then(() => completeInstall(options, redirectUri, url.searchParams.get('code')))
        .then(
          (installed) => replyJson(res, 200, installed, cleared),
          (error: unknown) => {
            if (error instanceof InstallStateRefused) {
              options.logger.warn({ reason: error.reason }, 'OAuth callback refused: bad state');
              replyJson(res, 400, { error: 'INSTALL_STATE_INVALID', reason: error.reason, message: error.message }, cleared);
              return;
            }
            const code = codeOf(error);
            options.logger.warn({ code, error: (error as Error).message }, 'OAuth install failed');
            const status = code === 'UPSTREAM_ERROR' || code === 'UPSTREAM_TIMEOUT' ? 502 : 400;
            replyJson(res, status, { error: 'INSTALL_FAILED', message: (error as Error).message }, cleared);
          },
        );
    }
  };
}

function chooseLocationUrlOf({ chooseLocationUrl, app, scopes }: InstallFlowOptions, redirectUri: string, state: string): string {
  const url = new URL(chooseLocationUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('state', state);
  return url.toString();
}

interface Installed {
  installed: true;
  userType: GhlAccessToken['userType'];
  locationId: string | null;
  companyId: string | null;
  /** For an agency install: the locations it approved. */
  locations: string[];
}

async function completeInstall({ app, store, client, logger }: InstallFlowOptions, redirectUri: string, code: string | null): Promise<Installed> {
  if (!code) throw new Error('The callback carries no authorization code');
  const answer = await client.asApp('getAccessToken', {
    urlencoded: { client_id: app.clientId, client_secret: app.clientSecret, grant_type: 'authorization_code', code, redirect_uri: redirectUri },
  });
  const id = answer.userType === 'Company' ? answer.companyId : answer.locationId;
  if (!id) throw new Error(`GoHighLevel's token answer names no ${answer.userType === 'Company' ? 'company' : 'location'}`);
  const installedAt = Date.now();
  await store.save({
    userType: answer.userType,
    id,
    companyId: answer.companyId,
    scope: answer.scope,
    installedAt,
    ...InstallTokens.tokensOf(answer),
  });
  const locations = answer.userType === 'Company' ? (answer.approvedLocations ?? []) : [];
  for (const locationId of locations) await store.addAgencyLocation(locationId, id, installedAt);
  logger.info({ userType: answer.userType, id, locations: locations.length }, 'GHL app installed');
  return { installed: true, userType: answer.userType, locationId: answer.locationId ?? null, companyId: answer.companyId ?? null, locations };
}

