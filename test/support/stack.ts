/**
 * A real sandbox and a real gateway on ephemeral loopback ports, talked to over HTTP exactly as a
 * frontend would. Logs are captured so tests can check what a run wrote.
 */
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { CostReport } from '../../src/plugins/cost.ts';
import { createLogger } from '../../src/logger.ts';
import { CHOOSE_LOCATION_PATH, SANDBOX_OAUTH_CLIENT, startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.ts';
import { startGateway, type Gateway } from '../../src/server.ts';
import { keepForScan, secretsForScan } from './log-capture.ts';
import { specProblemsOf } from './spec-check.ts';

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
  /** Sends a document typed by codegen (`graphql()` from ../generated/gql.ts); `data` has its result type. */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: RequestOptions): Promise<GqlResponse<R>>;
  /** Sends text that codegen must not see: documents that are invalid on purpose, to test the errors they get. */
  gqlUntyped(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GqlResponse<unknown>>;
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
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: ResponseExtensions;
}

/** What the gateway adds to a response (src/plugins/cost.ts); any other key is unknown. */
export interface ResponseExtensions {
  cost?: CostReport;
  upstreamCalls?: number;
  /** Reads served by the gateway's cache, and reads that went to GHL (src/cache). */
  cache?: { hits: number; misses: number };
  [key: string]: unknown;
}

export interface StackOptions {
  sandbox?: SandboxOptions;
  env?: Record<string, string>;
}

/**
 * Every call the gateway sends (the ones carrying its X-Request-Id; a test's own calls to the
 * sandbox carry none) is held to the official files as it arrives; `close()` fails with any that
 * were not. The test then fails in its file's afterAll, naming the operation and the problem.
 */
function checkGatewayCalls(sandbox: Sandbox): () => void {
  const problems = new Set<string>();
  const unwatch = sandbox.requests.watch((call) => {
    if (call.requestId === undefined) return;
    for (const problem of specProblemsOf(call)) problems.add(problem);
  });
  return () => {
    unwatch();
    if (problems.size > 0) throw new Error(`The gateway sent calls the official files do not accept:\n${[...problems].join('\n')}`);
  };
}

/**
 * The one set-up of a test file: starts a stack before its tests and closes it after them. The
 * returned stack is usable from the tests and hooks on; touching it at collection time throws.
 * Options that need something an earlier beforeAll starts (a webhook receiver's URL) are a function.
 */
export function useStack(options: StackOptions | (() => StackOptions) = {}): Stack {
  let started: Stack | undefined;
  beforeAll(async () => {
    started = await startStack(typeof options === 'function' ? options() : options);
  });
  afterAll(() => started?.close());
  return new Proxy({} as Stack, {
    get(_target, key) {
      if (!started) throw new Error('the stack starts in beforeAll: use it inside tests and hooks');
      return Reflect.get(started, key);
    },
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const endCallCheck = checkGatewayCalls(sandbox);
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
    // The result type is the document's promise to the caller: the gateway's answer is not checked against it.
    gql: ((document: string | TypedDocumentNode, variables?: Record<string, unknown>, requestOptions?: RequestOptions) =>
      post(typeof document === 'string' ? document : print(document), variables, requestOptions)) as Stack['gql'],
    gqlUntyped: post,
    async close() {
      await gateway.close();
      await sandbox.close();
      endCallCheck();
    },
  };

  async function post(query: string, variables?: Record<string, unknown>, requestOptions: RequestOptions = {}): Promise<GqlResponse<unknown>> {
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
    return { status: response.status, ...((await response.json()) as Omit<GqlResponse<unknown>, 'status'>) };
  }
}
