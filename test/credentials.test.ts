/**
 * Token renewal against the sandbox's OAuth server, whose access tokens here live one second and
 * whose refresh tokens rotate: an expired token is refreshed once however many requests need it,
 * a 401 is refreshed and the call sent again once, and two processes sharing the token store
 * never lose the install to a refresh race.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { InstallTokens } from '../src/credentials/install-tokens.ts';
import { SqliteTokenStore } from '../src/credentials/sqlite-store.ts';
import { GhlClient } from '../src/ghl/client.ts';
import { createLogger } from '../src/logger.ts';
import { SANDBOX_OAUTH_CLIENT, startSandbox } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { installApp } from './support/oauth.ts';
import { useStack } from './support/stack.ts';

const KEY = 'gk_test_refresh_location_1';
const TTL_SECONDS = 1;

let locationId: string;
let storeFile: string;

const CONTACTS = graphql(`
  query CredentialsContacts {
    contacts(first: 1) {
      totalCount
    }
  }
`);
const refreshes = () =>
  stack.sandbox.requests.entries.filter((entry) => entry.method === 'POST' && entry.path === '/oauth/token');
/** Past the sandbox's expiry of the tokens issued so far. */
const outliveTokens = () => sleep(TTL_SECONDS * 1000 + 100);

beforeAll(async () => {
  const probe = await startSandbox({ seed: 1 });
  [locationId] = Object.keys(probe.tokens.locations) as [string];
  await probe.close();
  storeFile = join(mkdtempSync(join(tmpdir(), 'ghl-tokens-')), 'tokens.sqlite');
});
const stack = useStack(() => ({
  sandbox: { seed: 1, oauth: { accessTokenTtlSeconds: TTL_SECONDS } },
  env: {
    GATEWAY_API_KEYS: `${KEY}=${locationId}`,
    GHL_TOKEN_STORE_PATH: storeFile,
    // Used until expiry, so that an expired token is what the requests find.
    GHL_TOKEN_REFRESH_MARGIN_SECONDS: '0',
  },
}));
beforeAll(async () => {
  const { status } = await installApp(stack, { locationId });
  expect(status).toBe(200);
});

describe('token renewal', () => {
  it('refreshes an expired token exactly once for twenty parallel requests', async () => {
    await outliveTokens();
    stack.sandbox.requests.clear();
    const answers = await Promise.all(Array.from({ length: 20 }, () => stack.gql(CONTACTS, {}, { headers: { 'x-api-key': KEY } })));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.contacts!.totalCount).toBeGreaterThan(0);
    }
    expect(refreshes().map((call) => call.status)).toEqual([200]);
    // No request went out with the expired token.
    expect(stack.sandbox.requests.entries.filter((entry) => entry.status === 401)).toEqual([]);
  });

  it('refreshes once and sends the call again when GHL answers 401 to a token the store thinks fresh', async () => {
    const store = new SqliteTokenStore(storeFile);
    try {
      const install = (await store.get({ userType: 'Location', id: locationId }))!;
      expect(await store.replaceTokens(install, install, { ...install, expiresAt: Date.now() + 3_600_000 })).toBe(true);
    } finally {
      await store.close();
    }
    await outliveTokens();
    stack.sandbox.requests.clear();
    const answer = await stack.gql(CONTACTS, {}, { headers: { 'x-api-key': KEY } });
    expect(answer.errors).toBeUndefined();
    expect(refreshes().map((call) => call.status)).toEqual([200]);
    const contactCalls = stack.sandbox.requests.entries.filter((entry) => entry.path.startsWith('/contacts'));
    expect(contactCalls.map((call) => call.status)).toEqual([401, 200]);
  });

  it('keeps the install alive when two processes sharing the store refresh at once', async () => {
    const logger = createLogger('silent');
    const processes = [0, 1].map(() => {
      const store = new SqliteTokenStore(storeFile);
      const { ghl } = loadConfig({ GHL_API_BASE_URL: stack.sandbox.url, GHL_MAX_RETRIES: '0' });
      const client = new GhlClient({ ...ghl, baseUrl: stack.sandbox.url, logger });
      return { store, client, tokens: new InstallTokens(store, store.leases, client, SANDBOX_OAUTH_CLIENT, 0, logger) };
    });
    try {
      await outliveTokens();
      stack.sandbox.requests.clear();
      const [first, second] = await Promise.all(processes.map(({ tokens }) => tokens.forLocation(locationId)));
      // Both hold the one live token: the process without the store's lease took the winner's.
      expect(second).toBe(first);
      expect(refreshes().map((call) => call.status)).toEqual([200]);
      const stored = await processes[0]!.store.get({ userType: 'Location', id: locationId });
      expect(stored?.accessToken).toBe(first);
      // The stored refresh token is the live one: the gateway renews with it later on.
      await outliveTokens();
      const answer = await stack.gql(CONTACTS, {}, { headers: { 'x-api-key': KEY } });
      expect(answer.errors).toBeUndefined();
    } finally {
      for (const { store, client } of processes) {
        await client.close();
        await store.close();
      }
    }
  });
});

describe('the store file shared by processes', () => {
  // Replicas started together race to switch a new file to WAL; the loser used to fail its start.
  it('opens for every one of four processes starting on one new file at once, round after round', async () => {
    const run = promisify(execFile);
    // Each process loads the store, then waits for the same instant to open the file.
    const opener = `import { SqliteTokenStore } from './src/credentials/sqlite-store.ts';
      while (Date.now() < Number(process.argv[2]));
      await new SqliteTokenStore(process.argv[1]).close();`;
    for (let round = 0; round < 6; round++) {
      const file = join(mkdtempSync(join(tmpdir(), 'ghl-tokens-')), 'tokens.sqlite');
      const at = String(Date.now() + 1500);
      const opened = await Promise.allSettled(Array.from({ length: 4 }, () => run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', opener, file, at], { cwd: join(import.meta.dirname, '..') })));
      expect(opened.filter((result) => result.status === 'rejected')).toEqual([]);
    }
  }, 90_000);
});
