/**
 * OAuth installs end to end: the marketplace install through the gateway and the sandbox's OAuth
 * server, managed-mode clients (gateway API keys and JWTs) reaching only the locations they were
 * given with the stored install tokens, agency installs minting location tokens, and INSTALL /
 * UNINSTALL webhooks changing what the gateway holds.
 */
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSigning, publicKeyOf, startSandbox } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { OAuthEventsSubscriptionVariables } from './generated/graphql.ts';
import { consent, installApp, visitCallback } from './support/oauth.ts';
import { useStack } from './support/stack.ts';
import { subscribeWs, type SubscribeOptions, type Subscriber } from './support/subscriber.ts';

const KEY_ONE = 'gk_test_one_location_0001';
const KEY_ALL = 'gk_test_every_location_01';
const JWT_ISSUER = 'https://auth.example.test';
const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';

const LOCATION_QUERY = graphql(`
  query OAuthLocation($id: ID) {
    location(id: $id) {
      ghlId
      name
    }
  }
`);
const INSTALLS_QUERY = graphql(`
  query OAuthInstalls {
    installedLocations {
      locationId
      companyId
      source
      installedAt
      location {
        name
      }
    }
  }
`);

let locationA: string;
let locationB: string;
let companyId: string;

const apiKey = (key: string, extra: Record<string, string> = {}) => ({ headers: { 'x-api-key': key, ...extra } });
const jwtFor = (locations: string[]) =>
  new SignJWT({ locations })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(JWT_ISSUER)
    .setSubject('frontend-team')
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(JWT_SECRET));
const oauthCalls = (path: string) => stack.sandbox.requests.entries.filter((entry) => entry.path === path);

beforeAll(async () => {
  // Same seed, same ids: the gateway's API keys are configured before its sandbox starts.
  const probe = await startSandbox({ seed: 1 });
  [locationA, locationB] = Object.keys(probe.tokens.locations) as [string, string];
  companyId = probe.store.locations.get(locationA)!.companyId;
  await probe.close();
});
const signing = generateSigning();
const stack = useStack(() => ({
  sandbox: { seed: 1, webhooks: { urls: [], sign: signing } },
  env: {
    GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString(),
    GATEWAY_API_KEYS: `${KEY_ONE}=${locationA}; ${KEY_ALL}=*`,
    GATEWAY_JWT_ISSUER: JWT_ISSUER,
    GATEWAY_JWT_SECRET: JWT_SECRET,
  },
}));
beforeAll(() => {
  stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
});

describe('the install flow', () => {
  it('sends the installer to the choose-location page with the client id, redirect URI and scopes', async () => {
    const origin = new URL(stack.gateway.url).origin;
    const response = await fetch(`${origin}/oauth/install`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location')!);
    expect(`${target.origin}${target.pathname}`).toBe(`${stack.sandbox.url}/oauth/chooselocation`);
    expect(target.searchParams.get('response_type')).toBe('code');
    expect(target.searchParams.get('client_id')).toBe('sandbox-app-client-id');
    expect(target.searchParams.get('redirect_uri')).toBe(`${origin}/oauth/callback`);
    expect(target.searchParams.get('scope')).toContain('contacts.readonly');
  });

  it('refuses a callback without a valid code, and stores nothing', async () => {
    const { callback, cookie } = await consent(stack, { locationId: locationA });
    callback.searchParams.set('code', 'forged');
    const { status, body } = await visitCallback(callback, cookie);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'INSTALL_FAILED' });
    const installs = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    expect(installs.data.installedLocations).toEqual([]);
  });

  it('issues a new unguessable state per install, in an HttpOnly SameSite=Lax cookie scoped to the callback', async () => {
    const origin = new URL(stack.gateway.url).origin;
    const [first, second] = await Promise.all([0, 1].map(() => fetch(`${origin}/oauth/install`, { redirect: 'manual' })));
    const states = [first!, second!].map((response) => new URL(response.headers.get('location')!).searchParams.get('state'));
    expect(states[0]).toMatch(/^[\w-]{43}$/);
    expect(states[1]).not.toBe(states[0]);
    const cookie = first!.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/oauth\/callback/);
    expect(cookie).toContain(states[0]);
  });
  it('exchanges the code for the install’s tokens, which serve the location’s API key', async () => {
    stack.sandbox.requests.clear();
    const { status, body } = await installApp(stack, { locationId: locationA });
    expect(status).toBe(200);
    expect(body).toEqual({ installed: true, userType: 'Location', locationId: locationA, companyId, locations: [] });
    expect(JSON.stringify(body)).not.toMatch(/sbx-(oauth|refresh)-/);
    expect(oauthCalls('/oauth/token').map((call) => call.status)).toEqual([200]);

    stack.sandbox.requests.clear();
    const read = await stack.gql(LOCATION_QUERY, {}, apiKey(KEY_ONE));
    expect(read.errors).toBeUndefined();
    expect(read.data.location?.ghlId).toBe(locationA);
    // Sent with the install's token, not the gateway's server-side one.
    expect(stack.sandbox.requests.entries.map((entry) => entry.authorizedAs)).toEqual([locationA]);
    expect(stack.logs.join('')).not.toMatch(/sbx-(oauth|refresh)-/);
  });

  it('serves the same location to a Bearer API key and to a gateway JWT naming it', async () => {
    const bearer = await stack.gql(LOCATION_QUERY, {}, { token: KEY_ONE });
    expect(bearer.data.location?.ghlId).toBe(locationA);
    const jwt = await stack.gql(LOCATION_QUERY, {}, { token: await jwtFor([locationA]) });
    expect(jwt.errors).toBeUndefined();
    expect(jwt.data.location?.ghlId).toBe(locationA);
  });

  it('lists the installed locations a gateway credential may see, and none to a pass-through token', async () => {
    const all = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    expect(all.data.installedLocations).toEqual([
      expect.objectContaining({ locationId: locationA, companyId, source: 'LOCATION', location: { name: expect.any(String) } }),
    ]);
    const other = await stack.gql(INSTALLS_QUERY, {}, { token: await jwtFor([locationB]) });
    expect(other.data.installedLocations).toEqual([]);
    const passThrough = await stack.gql(INSTALLS_QUERY, {}, { token: stack.token });
    expect(passThrough.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the callback’s state', () => {
  afterEach(() => vi.useRealTimers());

  /** Refused with `reason`, no code exchanged, nothing stored. */
  const expectRefused = async (visit: Promise<{ status: number; body: Record<string, unknown> }>, reason: string) => {
    stack.sandbox.requests.clear();
    const before = (await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL))).data.installedLocations;
    const { status, body } = await visit;
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'INSTALL_STATE_INVALID', reason });
    expect(oauthCalls('/oauth/token')).toEqual([]);
    expect((await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL))).data.installedLocations).toEqual(before);
  };

  it('refuses a callback without a state, or from a browser without the install cookie', async () => {
    const { callback, cookie } = await consent(stack, { locationId: locationB });
    const stateless = new URL(callback);
    stateless.searchParams.delete('state');
    await expectRefused(visitCallback(stateless, cookie), 'missing');
    // An attacker's callback link, opened in a victim's browser that never started the install.
    await expectRefused(visitCallback(callback, undefined), 'missing');
  });

  it('refuses a state issued to another browser, and a forged cookie', async () => {
    const attacker = await consent(stack, { locationId: locationB });
    const victim = await consent(stack, { locationId: locationA });
    await expectRefused(visitCallback(attacker.callback, victim.cookie), 'unknown');
    const state = attacker.callback.searchParams.get('state')!;
    await expectRefused(visitCallback(attacker.callback, `ghl_install_state=${state}.${Date.now() + 60_000}.forged`), 'unknown');
  });

  it('refuses a callback used once already', async () => {
    const { callback, cookie } = await consent(stack, { locationId: locationA });
    expect((await visitCallback(callback, cookie)).status).toBe(200);
    await expectRefused(visitCallback(callback, cookie), 'reused');
  });

  it('refuses a state older than ten minutes', async () => {
    const { callback, cookie } = await consent(stack, { locationId: locationB });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10 * 60_000 + 1_000);
    await expectRefused(visitCallback(callback, cookie), 'expired');
  });

  it('clears the install cookie on every answer of the callback', async () => {
    const { callback, cookie } = await consent(stack, { locationId: locationA });
    const response = await fetch(callback, { headers: { cookie } });
    expect(response.headers.get('set-cookie')).toMatch(/^ghl_install_state=; .*Max-Age=0/);
  });
});

describe('a gateway credential reaches only its locations', () => {
  it('refuses a location the API key was not given, without calling GHL', async () => {
    stack.sandbox.requests.clear();
    // The location in the path (GET /locations/{locationId}).
    const named = await stack.gql(LOCATION_QUERY, { id: locationB }, apiKey(KEY_ONE));
    expect(named.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(named.errors?.[0]?.message).toContain(locationB);
    // In the query (GET /contacts/?locationId=).
    const contacts = await stack.gql(graphql(`query OAuthContactsElsewhere($l: ID) { contacts(locationId: $l, first: 1) { totalCount } }`), { l: locationB }, apiKey(KEY_ONE));
    expect(contacts.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // In the body (POST /contacts/ with its locationId).
    const created = await stack.gql(
      graphql(`mutation OAuthCreateContactElsewhere($l: ID) { createContact(input: { locationId: $l, firstName: "Eve" }) { contact { ghlId } } }`),
      { l: locationB },
      apiKey(KEY_ONE),
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(created.errors?.[0]?.message).toContain(locationB);
    // As an altId with altType location (GET /invoices/?altId=).
    const invoices = await stack.gql(graphql(`query OAuthInvoicesElsewhere($l: ID) { invoices(locationId: $l, first: 1) { edges { cursor } } }`), { l: locationB }, apiKey(KEY_ONE));
    expect(invoices.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byHeader = await stack.gql(LOCATION_QUERY, {}, apiKey(KEY_ONE, { 'x-ghl-location-id': locationB }));
    expect(byHeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stack.sandbox.requests.entries).toEqual([]);
  });

  it('refuses an unknown API key and a JWT that does not verify', async () => {
    const unknown = await stack.gql(LOCATION_QUERY, {}, apiKey('gk_not_a_configured_key_00'));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.data ?? null).toBeNull();
    const forged = await new SignJWT({ locations: [locationA] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(JWT_ISSUER)
      .sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'));
    const refused = await stack.gql(LOCATION_QUERY, {}, { token: forged });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps pass-through Bearer GHL tokens working', async () => {
    const own = await stack.gql(LOCATION_QUERY, { id: stack.otherLocationId }, { token: stack.otherToken });
    expect(own.errors).toBeUndefined();
  });
});

describe('a gateway credential over WebSocket', () => {
  const EVENTS = graphql(`subscription OAuthEvents($l: ID) { events(locationId: $l) { type locationId entityId } }`);
  const open: Subscriber<unknown>[] = [];
  afterAll(() => Promise.all(open.map((subscriber) => subscriber.close())));
  const subscribe = (variables: OAuthEventsSubscriptionVariables, options: SubscribeOptions) => {
    const subscriber = subscribeWs(stack.gateway.url, EVENTS, variables, options);
    open.push(subscriber);
    return subscriber;
  };

  it("delivers the events of the API key's location, from a contact created through the gateway", async () => {
    await installApp(stack, { locationId: locationA });
    const subscriber = subscribe({ l: locationA }, { connectionParams: { 'x-api-key': KEY_ONE } });
    // The subscription is listening once an event of a contact made after it reaches it.
    const created: string[] = [];
    for (let tries = 0; subscriber.received.length === 0; tries++) {
      if (subscriber.errors.length > 0 || tries > 50) throw new Error(`not live: ${JSON.stringify(subscriber.errors)}`);
      const contact = await stack.gql(
        graphql(`mutation OAuthCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }`),
        { input: { firstName: 'Socket', email: `socket-${tries}@example.com` } },
        apiKey(KEY_ONE),
      );
      expect(contact.errors).toBeUndefined();
      created.push(contact.data.createContact.contact.ghlId);
      await new Promise((done) => setTimeout(done, 100));
    }
    const [event] = await subscriber.waitFor((data) => data.events.entityId !== null && created.includes(data.events.entityId));
    expect(event?.events).toMatchObject({ type: 'ContactCreate', locationId: locationA });
    expect(subscriber.errors).toEqual([]);
    // Only a gateway credential is answered this: the key, not the server's token, served the socket.
    const query = subscribeWs(stack.gateway.url, graphql(`query OAuthInstalledOverSocket { installedLocations { locationId } }`), {}, { connectionParams: { 'X-API-Key': KEY_ONE } });
    open.push(query);
    const [answer] = await query.waitFor(() => true);
    expect(answer?.installedLocations).toEqual([{ locationId: locationA }]);
  });

  it('refuses, FORBIDDEN and without calling GHL, a location the key was not given: named, in X-GHL-Location-Id, or with the key in the upgrade headers', async () => {
    stack.sandbox.requests.clear();
    const refused = [
      subscribe({ l: locationB }, { connectionParams: { 'x-api-key': KEY_ONE } }),
      subscribe({}, { connectionParams: { 'X-Api-Key': KEY_ONE, 'X-GHL-Location-Id': locationB } }),
      subscribe({ l: locationB }, { upgradeHeaders: { 'X-Api-Key': KEY_ONE } }),
      subscribe({}, { upgradeHeaders: { 'x-api-key': KEY_ONE, 'x-ghl-location-id': locationB } }),
    ];
    for (const subscriber of refused) {
      await expect(subscriber.waitFor(() => false, 1, 3_000)).rejects.toThrow(/FORBIDDEN/);
      expect(JSON.stringify(subscriber.errors)).toContain(locationB);
      expect(subscriber.received).toEqual([]);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
  });

  it('refuses a connection whose key no header could hold, rather than serve it with the server token', async () => {
    const garbled = subscribe({ l: locationA }, { connectionParams: { 'x-api-key': `${KEY_ONE}\nx` } });
    await expect(garbled.waitFor(() => false, 1, 3_000)).rejects.toThrow(/"code":4403/);
    expect(garbled.received).toEqual([]);
  });
});

describe('agency installs', () => {
  it('records the approved locations and mints a location token on first use, once', async () => {
    const { status, body } = await installApp(stack, { companyId });
    expect(status).toBe(200);
    expect(body).toMatchObject({ userType: 'Company', companyId, locationId: null });
    expect(body.locations).toEqual(expect.arrayContaining([locationA, locationB]));

    stack.sandbox.requests.clear();
    const token = await jwtFor([locationB]);
    const first = await stack.gql(LOCATION_QUERY, {}, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data.location?.ghlId).toBe(locationB);
    const second = await stack.gql(LOCATION_QUERY, {}, { token });
    expect(second.data.location?.ghlId).toBe(locationB);
    const minted = oauthCalls('/oauth/locationToken');
    expect(minted).toHaveLength(1);
    expect(minted[0]).toMatchObject({ status: 200, authorizedAs: companyId, version: '2021-07-28' });

    const installs = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    const byId = new Map(installs.data.installedLocations.map((install) => [install.locationId, install]));
    expect(byId.get(locationA)).toMatchObject({ source: 'LOCATION' });
    expect(byId.get(locationB)).toMatchObject({ source: 'AGENCY', companyId });
  });

  it('adds a location GHL says the installed agency added (INSTALL webhook)', async () => {
    const futureLocation = 'futureLocation000001';
    stack.sandbox.webhooks.send([{ type: 'INSTALL', payload: { appId: 'sandbox-app', companyId, locationId: futureLocation } }]);
    await stack.sandbox.webhooks.idle();
    const installs = await stack.gql(graphql(`query OAuthInstallsBySource { installedLocations { locationId source companyId } }`), {}, apiKey(KEY_ALL));
    expect(installs.data.installedLocations).toContainEqual({ locationId: futureLocation, source: 'AGENCY', companyId });
  });
});

describe('uninstalls', () => {
  it('forgets a location GHL says was uninstalled (the uninstall asked for over HTTP, as from another process)', async () => {
    const uninstall = (body: unknown) => fetch(`${stack.sandbox.url}/_sandbox/uninstall`, { method: 'POST', body: JSON.stringify(body) });
    const refused = await uninstall({ locationId: locationA, companyId });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ statusCode: 400, message: [expect.stringMatching(/either locationId or companyId/)] });
    expect((await uninstall({ locationId: 'no-such-location' })).status).toBe(400);
    const before = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    expect(before.data.installedLocations.map((install) => install.locationId)).toContain(locationA);

    const accepted = await uninstall({ locationId: locationA });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ ok: true, locationId: locationA });
    await stack.sandbox.webhooks.idle();
    const read = await stack.gql(LOCATION_QUERY, {}, apiKey(KEY_ONE));
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(read.errors?.[0]?.message).toContain('not installed');
    const installs = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    expect(installs.data.installedLocations.map((install) => install.locationId)).not.toContain(locationA);
  });

  it('forgets an agency and the locations installed through it when the agency uninstalls', async () => {
    stack.sandbox.oauth.uninstall({ companyId });
    await stack.sandbox.webhooks.idle();
    const installs = await stack.gql(INSTALLS_QUERY, {}, apiKey(KEY_ALL));
    expect(installs.data.installedLocations).toEqual([]);
    const read = await stack.gql(LOCATION_QUERY, {}, { token: await jwtFor([locationB]) });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the sandbox as GHL’s OAuth server', () => {
  const tokenCall = (form: Record<string, string>) =>
    fetch(`${stack.sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'sandbox-app-client-id', client_secret: 'sandbox-app-client-secret', ...form }),
    });

  it('takes a code once and a refresh token once: each refresh rotates it', async () => {
    const consent = new URL(`${stack.sandbox.url}/oauth/chooselocation`);
    consent.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'sandbox-app-client-id',
      redirect_uri: 'https://app.example.test/oauth/callback',
      sandbox_location: locationB,
    }).toString();
    const approved = await fetch(consent, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const code = new URL(approved.headers.get('location')!).searchParams.get('code')!;

    const exchanged = await tokenCall({ grant_type: 'authorization_code', code });
    expect(exchanged.status).toBe(200);
    const first = (await exchanged.json()) as { refresh_token: string };
    expect(first).toMatchObject({ token_type: 'Bearer', userType: 'Location', locationId: locationB, companyId, expires_in: 86_399 });
    expect((await tokenCall({ grant_type: 'authorization_code', code })).status).toBe(401);

    const refreshed = await tokenCall({ grant_type: 'refresh_token', refresh_token: first.refresh_token, user_type: 'Location' });
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as { refresh_token: string }).refresh_token).not.toBe(first.refresh_token);
    expect((await tokenCall({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).status).toBe(401);
    expect((await tokenCall({ grant_type: 'refresh_token', refresh_token: 'x', client_secret: 'wrong' })).status).toBe(401);
  });
});
