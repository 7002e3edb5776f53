/**
 * A real sandbox and a real gateway on ephemeral loopback ports, talked to over HTTP exactly as a
 * frontend would. Logs are captured so tests can check what a run wrote.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';
import { startGateway, type Gateway } from '../../src/server.ts';

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
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const config = loadConfig({
    PORT: '0',
    GHL_SANDBOX: 'false',
    GHL_API_BASE_URL: sandbox.url,
    GHL_RETRY_BASE_MS: '20',
    ...options.env,
  });
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
