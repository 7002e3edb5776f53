/**
 * A real sandbox and a real gateway on ephemeral loopback ports, talked to over HTTP exactly as a
 * frontend would. Logs are captured so tests can check what a run wrote.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { CHOOSE_LOCATION_PATH, SANDBOX_OAUTH_CLIENT, startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.ts';
import { startGateway, type Gateway } from '../../src/server.ts';
import { keepForScan, secretsForScan } from './log-capture.ts';

export interface Stack {
  sandbox: Sandbox;
  gateway: Gateway;
  /** The location the gateway's server-side token belongs to. */
  locationId: string;
  token: string;
  /** Another location, with its own token. */
  otherLocationId: string;
  otherToken: string;
  logs: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`; without it the gateway uses its server-side token. */
  token?: string;
  headers?: Record<string, string>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export async function startStack(options: { sandbox?: SandboxOptions; env?: Record<string, string> } = {}): Promise<Stack> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const logs: string[] = [];
  // Debug: the end-of-run scan for leaked tokens (./log-scan.ts) must see every line a gateway can write.
  const logger = createLogger(
    'debug',
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        keepForScan(String(chunk));
        done();
      },
    }),
  );
  const config = loadConfig({
    PORT: '0',
    GHL_SANDBOX: 'false',
    GHL_API_BASE_URL: sandbox.url,
    GHL_RETRY_BASE_MS: '20',
    // The sandbox plays GHL's OAuth server: installs go through it as through the marketplace.
    GHL_OAUTH_CLIENT_ID: SANDBOX_OAUTH_CLIENT.clientId,
    GHL_OAUTH_CLIENT_SECRET: SANDBOX_OAUTH_CLIENT.clientSecret,
    GHL_OAUTH_CHOOSE_LOCATION_URL: `${sandbox.url}${CHOOSE_LOCATION_PATH}`,
    GHL_TOKEN_STORE_PATH: ':memory:',
    ...options.env,
  });
  secretsForScan([
    ...Object.values(sandbox.tokens.locations),
    ...Object.values(sandbox.tokens.agency),
    ...Object.entries(options.env ?? {}).flatMap(([key, value]) => (/SECRET|TOKEN|PRIVATE_KEY/.test(key) ? [value] : [])),
  ]);
  const [[locationId, token], [otherLocationId, otherToken]] = Object.entries(sandbox.tokens.locations) as [
    [string, string],
    [string, string],
  ];
  const gateway = await startGateway({
    config,
    logger,
    upstream: { baseUrl: sandbox.url, credentials: { token: token!, locationId: locationId! }, defaultLocationId: locationId },
  });

  return {
    sandbox,
    gateway,
    locationId: locationId!,
    token: token!,
    otherLocationId: otherLocationId!,
    otherToken: otherToken!,
    logs,
    async gql(query, variables, requestOptions = {}) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async close() {
      await gateway.close();
      await sandbox.close();
    },
  };
}
