import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, GHL_PRODUCTION_URL, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('runs over the sandbox when no GHL credentials are set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.sandbox.enabled).toBe(true);
    expect(config.ghl.baseUrl).toBeUndefined();
    expect(config.ghl.rateLimit).toEqual({ max: 100, intervalMs: 10_000 });
  });

  it('points at GoHighLevel once a token is configured', () => {
    const config = loadConfig({ GHL_ACCESS_TOKEN: 'pit-123', GHL_LOCATION_ID: 'loc1' });
    expect(config.sandbox.enabled).toBe(false);
    expect(config.ghl.baseUrl).toBe(GHL_PRODUCTION_URL);
    expect(config.ghl.accessToken).toBe('pit-123');
    expect(config.ghl.locationId).toBe('loc1');
  });

  it('uses GHL_API_BASE_URL when given', () => {
    const config = loadConfig({ GHL_API_BASE_URL: 'http://127.0.0.1:9999' });
    expect(config.sandbox.enabled).toBe(false);
    expect(config.ghl.baseUrl).toBe('http://127.0.0.1:9999');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['GHL_API_BASE_URL', 'not a url'],
    ['GHL_TIMEOUT_MS', '-1'],
    ['GHL_SANDBOX', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['GHL_RATE_LIMIT_MAX', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`(: |; )${name}:`));
  });

  it('never echoes a value it refuses (it may be a token)', () => {
    try {
      loadConfig({ GHL_ACCESS_TOKEN: '', GHL_API_BASE_URL: 'secret-looking-value' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('GHL_API_BASE_URL');
      expect((error as Error).message).not.toContain('secret-looking-value');
    }
  });

  it.each([
    ['start', 'PORT', 'http'],
    // The embedded sandbox's own variables are checked at start-up too (sandbox/config.ts).
    ['start', 'SANDBOX_SEED', '-1'],
    ['sandbox', 'SANDBOX_SEED', '-1'],
    // Refused after parsing: several workers without what they would share (no REDIS_URL here).
    ['start', 'GATEWAY_WORKERS', '2'],
  ])('stops `npm run %s` with one line naming the variable, and no stack trace: %s=%s', async (script, name, value) => {
    const run = promisify(execFile)('npm', ['run', '--silent', script], { env: { ...process.env, [name]: value } });
    const failure = await run.then(
      () => expect.unreachable(`npm run ${script} started with ${name}=${value}`),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(new RegExp(`^Invalid configuration: (.+; )?${name}: .+\n$`));
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('worker processes (GATEWAY_WORKERS)', () => {
  const shared = { GHL_ACCESS_TOKEN: 'pit-1', REDIS_URL: 'redis://127.0.0.1:6379' };

  it('runs one process by default, one per core for 0 or auto, and as many as asked', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ ...shared, GATEWAY_WORKERS: 'auto' }).workers).toBe(availableParallelism());
    expect(loadConfig({ ...shared, GATEWAY_WORKERS: '0' }).workers).toBe(availableParallelism());
    expect(loadConfig({ ...shared, GATEWAY_WORKERS: '3' }).workers).toBe(3);
  });

  it.each([
    ['a count it cannot read', { ...shared, GATEWAY_WORKERS: 'many' }, /GATEWAY_WORKERS: /],
    ['no Redis to share events, seen webhooks, rate windows and leases through', { GHL_ACCESS_TOKEN: 'pit-1', GATEWAY_WORKERS: '2' }, /GATEWAY_WORKERS: more than one worker needs REDIS_URL/],
    ['the embedded sandbox, which lives in one process', { REDIS_URL: shared.REDIS_URL, GATEWAY_WORKERS: '2' }, /GATEWAY_WORKERS: .*embedded sandbox/],
    ['a token store in one process’s memory', { ...shared, GATEWAY_WORKERS: '2', GHL_TOKEN_STORE_PATH: ':memory:' }, /GATEWAY_WORKERS: .*not :memory:/],
  ])('refuses several workers with %s', (_, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('OAuth and gateway credentials', () => {
  const app = { GHL_OAUTH_CLIENT_ID: 'client-1', GHL_OAUTH_CLIENT_SECRET: 'secret-1', GHL_ACCESS_TOKEN: 'pit-1' };

  it('reads the app, the default choose-location page and token store, and the API keys with their locations', () => {
    const config = loadConfig({ ...app, GATEWAY_API_KEYS: 'gk_frontend_key_0000001=locA, locB; gk_admin_key_000000001=*' });
    expect(config.oauth.app).toEqual({ clientId: 'client-1', clientSecret: 'secret-1' });
    expect(config.oauth.chooseLocationUrl).toBe('https://marketplace.gohighlevel.com/oauth/chooselocation');
    expect(config.oauth.tokenStorePath).toBe('./data/tokens.sqlite');
    expect(config.oauth.scopes).toContain('contacts.readonly');
    expect([...config.gatewayAuth.apiKeys]).toEqual([
      ['gk_frontend_key_0000001', ['locA', 'locB']],
      ['gk_admin_key_000000001', ['*']],
    ]);
  });

  it('keeps installs made over the sandbox in memory: the sandbox forgets its tokens when it stops', () => {
    expect(loadConfig({}).oauth.tokenStorePath).toBe(':memory:');
  });

  it.each([
    [{ GHL_OAUTH_CLIENT_ID: 'client-1', GHL_ACCESS_TOKEN: 'pit-1' }, 'GHL_OAUTH_CLIENT_ID'],
    [{ GHL_ACCESS_TOKEN: 'pit-1', GATEWAY_API_KEYS: 'gk_frontend_key_0000001=locA' }, 'GATEWAY_API_KEYS'],
    [{ ...app, GATEWAY_API_KEYS: 'gk_short=locA' }, 'GATEWAY_API_KEYS'],
    [{ ...app, GATEWAY_API_KEYS: 'gk_frontend_key_0000001=' }, 'GATEWAY_API_KEYS'],
    [{ ...app, GATEWAY_JWT_ISSUER: 'https://auth.example' }, 'GATEWAY_JWT_ISSUER'],
    [{ ...app, GATEWAY_JWT_ISSUER: 'https://auth.example', GATEWAY_JWT_SECRET: 'too-short' }, 'GATEWAY_JWT_SECRET'],
  ])('refuses %j, naming %s and never echoing a key', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
    expect(() => loadConfig(env)).not.toThrow(/gk_short|gk_frontend|too-short/);
  });
});
