/**
 * The one place the gateway reads the environment (the sandbox reads its SANDBOX_* variables in
 * sandbox/config.ts). Every variable is listed in the README's configuration table; a bad value
 * stops start-up with a message naming the variable.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_MAX_JSON_DEPTH } from './json-depth.ts';
import { GHL_WEBHOOK_RSA_PUBLIC_KEY } from './ghl-public-key.ts';

export const GRAPHQL_PATH = '/graphql';

/** Calls per window, per location or company (src/ghl/limiter.ts). */
export interface RateLimit {
  max: number;
  intervalMs: number;
}

/** How long and how many requests may wait for a rate-limit slot, per resource (src/ghl/limiter.ts). */
export interface QueueBounds {
  timeoutMs: number;
  maxLength: number;
}

/** When a host's circuit opens (src/ghl/breaker.ts). */
export interface BreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failures: number;
  /** How long an open circuit refuses calls before letting a probe through. */
  cooldownMs: number;
}

/** GHL_BREAKER_FAILURES and GHL_BREAKER_COOLDOWN_MS unset. */
export const DEFAULT_BREAKER: BreakerOptions = { failures: 5, cooldownMs: 10_000 };

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const port = int(0, 65_535);
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * A PEM key that `read` parses and `accepts`; `\n` escapes stand for newlines, as env files often
 * hold one line. The value is never put in the issue: it may be a private key.
 */
const pemKey = (read: (pem: string) => KeyObject, accepts: (key: KeyObject) => boolean, message: string) =>
  z.string().transform((pem, ctx) => {
    let key: KeyObject | undefined;
    try {
      key = read(pem.replaceAll('\\n', '\n'));
    } catch {
      key = undefined;
    }
    if (key && accepts(key)) return key;
    ctx.issues.push({ code: 'custom', input: '', message });
    return z.NEVER;
  });

/** A PEM public key of one kind. */
const publicKey = (kind: 'ed25519' | 'rsa') =>
  pemKey(createPublicKey, (key) => key.asymmetricKeyType === kind, `must be an ${kind === 'rsa' ? 'RSA' : 'Ed25519'} public key in PEM`);

/** Comma-separated origins (`https://app.example.com`, scheme, host and port only); empty items are ignored. */
const originList = z
  .string()
  .transform((list) => list.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
  .pipe(z.array(z.url({ protocol: /^https?$/ }).refine((url) => new URL(url).origin === url, 'must be an origin: scheme://host[:port], no path')));

/**
 * Gateway API keys and their locations: `gk_key1=locA,locB;gk_key2=*` (`*`: every installed
 * location). A key starts with `gk_` so that a Bearer key is never taken for a GHL token.
 */
const apiKeys = z.string().transform((list, ctx) => {
  const keys = new Map<string, string[]>();
  for (const entry of list.split(';').map((item) => item.trim()).filter((item) => item !== '')) {
    const [key = '', locations = ''] = entry.split('=', 2).map((part) => part.trim());
    const ids = locations.split(',').map((id) => id.trim()).filter((id) => id !== '');
    // The entry is never echoed: it holds a key.
    if (!/^gk_[A-Za-z0-9_-]{16,}$/.test(key) || ids.length === 0) {
      ctx.issues.push({ code: 'custom', input: '', message: 'each entry must be gk_<at least 16 of A-Z a-z 0-9 _ -> = <location ids, comma-separated, or *>' });
      return z.NEVER;
    }
    keys.set(key, ids);
  }
  return keys;
});

/** A PEM public key of any asymmetric kind, for gateway JWTs (RS256, ES256, EdDSA, ...). */
const anyPublicKey = pemKey(createPublicKey, () => true, 'must be a public key in PEM');

/** GHL scopes, separated by spaces or commas. */
const scopeList = z.string().transform((list) => list.split(/[\s,]+/).filter((scope) => scope !== ''));

/** What the gateway's own operations need; an app asks for what it was granted in the marketplace. */
const DEFAULT_SCOPES: string[] = [
  'contacts.readonly', 'contacts.write', 'conversations.readonly', 'conversations.write',
  'conversations/message.readonly', 'conversations/message.write', 'opportunities.readonly', 'opportunities.write',
  'calendars.readonly', 'calendars.write', 'calendars/events.readonly', 'calendars/events.write',
  'invoices.readonly', 'invoices.write', 'locations.readonly', 'users.readonly', 'workflows.readonly', 'campaigns.readonly',
  'oauth.readonly', 'oauth.write',
];

const envSchema = z.object({
  PORT: port.default(4000),
  // Loopback by default: with a server-side GHL token, anyone who reaches the port reads the CRM.
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // `0` or `auto`: one worker per core.
  GATEWAY_WORKERS: z
    .union([z.literal('auto'), int(0, 1_024)])
    .default(1)
    .transform((workers) => (workers === 'auto' || workers === 0 ? availableParallelism() : workers)),

  GHL_API_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  GHL_ACCESS_TOKEN: z.string().min(1).optional(),
  GHL_LOCATION_ID: z.string().min(1).optional(),
  GHL_SANDBOX: z.enum(['auto', 'true', 'false']).default('auto'),

  GHL_TIMEOUT_MS: int(1, 600_000).default(15_000),
  GHL_MAX_RETRIES: int(0, 10).default(3),
  GHL_RETRY_BASE_MS: int(1, 60_000).default(250),
  GHL_RATE_LIMIT_MAX: int(1, 100_000).default(100),
  GHL_RATE_LIMIT_INTERVAL_MS: int(1, 3_600_000).default(10_000),
  GHL_MAX_CONNECTIONS: int(1, 1_024).default(64),
  GHL_MAX_CONCURRENCY: int(1, 1_024).default(25),
  GHL_QUEUE_TIMEOUT_MS: int(0, 600_000).default(5_000),
  GHL_QUEUE_MAX_LENGTH: int(0, 1_000_000).default(1_000),
  GHL_BREAKER_FAILURES: int(1, 1_000).default(DEFAULT_BREAKER.failures),
  GHL_BREAKER_COOLDOWN_MS: int(1, 3_600_000).default(DEFAULT_BREAKER.cooldownMs),
  GHL_MAX_FILE_BYTES: int(1, 1024 * 1024 * 1024).default(25 * 1024 * 1024),

  WEBHOOK_PATH: z
    .string()
    .regex(/^\/[^?#\s]*$/, 'must be a path starting with /')
    .refine((path) => path !== GRAPHQL_PATH, 'must not be the GraphQL path')
    .default('/webhooks/ghl'),
  WEBHOOK_MAX_BYTES: int(1, 64 * 1024 * 1024).default(1024 * 1024),
  WEBHOOK_TOLERANCE_SECONDS: int(1, 86_400).default(300),
  WEBHOOK_ALLOW_UNSIGNED: bool.default(false),
  GHL_WEBHOOK_SECRET: z.string().min(1).optional(),
  GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKey('ed25519').optional(),
  GHL_WEBHOOK_RSA_PUBLIC_KEY: publicKey('rsa').optional(),
  GHL_WEBHOOK_RSA: bool.default(true),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),

  GHL_OAUTH_CLIENT_ID: z.string().min(1).optional(),
  GHL_OAUTH_CLIENT_SECRET: z.string().min(1).optional(),
  GHL_OAUTH_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
  GHL_OAUTH_SCOPES: scopeList.default(DEFAULT_SCOPES),
  GHL_OAUTH_CHOOSE_LOCATION_URL: z.url({ protocol: /^https?$/ }).default('https://marketplace.gohighlevel.com/oauth/chooselocation'),
  GHL_TOKEN_STORE_PATH: z.string().min(1).optional(),
  GHL_TOKEN_REFRESH_MARGIN_SECONDS: int(0, 86_400).default(300),
  GATEWAY_API_KEYS: apiKeys.default(new Map()),
  GATEWAY_JWT_ISSUER: z.string().min(1).optional(),
  GATEWAY_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256)').optional(),
  GATEWAY_JWT_PUBLIC_KEY: anyPublicKey.optional(),
  GATEWAY_JWT_AUDIENCE: z.string().min(1).optional(),

  NODE_ENV: z.string().optional(),
  MAX_QUERY_DEPTH: int(1, 1_000).default(12),
  MAX_QUERY_ALIASES: int(0, 1_000).default(30),
  MAX_QUERY_TOKENS: int(1, 1_000_000).default(5_000),
  MAX_QUERY_DIRECTIVES: int(0, 1_000).default(50),
  MAX_JSON_DEPTH: int(1, 1_000).default(DEFAULT_MAX_JSON_DEPTH),
  COST_MAX_UPSTREAM_CALLS: int(1, 1_000_000).default(250),
  COST_CHECK_WINDOW: bool.default(true),
  MAX_REQUEST_BYTES: int(1, 64 * 1024 * 1024).default(256 * 1024),
  MAX_UPLOAD_BYTES: int(1, 1024 * 1024 * 1024).default(25 * 1024 * 1024),
  CORS_ORIGINS: originList.default([]),
  CSRF_PREVENTION: bool.default(true),
  GRAPHQL_INTROSPECTION: bool.optional(),
  PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(1, 100_000).default(100),
  WS_MAX_CONNECTIONS_PER_PRINCIPAL: int(1, 1_000_000).default(10_000),
  SUBSCRIPTION_ACCESS_TTL_MS: int(0, 3_600_000).default(60_000),
  CACHE_TTL_MS: int(0, 86_400_000).default(0),
  CACHE_MAX_ENTRIES: int(1, 10_000_000).default(10_000),
  SUBSCRIPTION_RESUME_WINDOW_MS: int(0, 86_400_000).default(300_000),
});

export const GHL_PRODUCTION_URL = 'https://services.leadconnectorhq.com';

export interface Config {
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Processes serving the port (src/workers.ts); more than one share their state through Redis. */
  workers: number;
  ghl: {
    /** Unset when the embedded sandbox serves: its address is known only once it listens. */
    baseUrl: string | undefined;
    accessToken: string | undefined;
    locationId: string | undefined;
    timeoutMs: number;
    maxRetries: number;
    retryBaseMs: number;
    rateLimit: RateLimit;
    maxConnections: number;
    maxConcurrency: number;
    /** How long and how many calls may wait for a rate-limit slot, per location (src/ghl/limiter.ts). */
    queue: QueueBounds;
    /** Consecutive upstream failures that open the host's circuit, and how long it stays open (src/ghl/breaker.ts). */
    breaker: BreakerOptions;
    /** The largest file (a call recording, a download) the gateway reads from GHL and relays. */
    maxFileBytes: number;
  };
  sandbox: {
    /** The gateway runs over the embedded sandbox, configured by its own SANDBOX_* variables (sandbox/config.ts). */
    enabled: boolean;
  };
  webhooks: {
    path: string;
    maxBytes: number;
    toleranceSeconds: number;
    /** Development only: webhooks with no signature header at all are accepted. */
    allowUnsigned: boolean;
    /** Each signature scheme is on when its key is set. */
    ed25519PublicKey: KeyObject | undefined;
    rsaPublicKey: KeyObject | undefined;
    secret: string | undefined;
  };
  /** Shared pubsub and seen-webhook set across replicas; unset: in memory, one replica. */
  redisUrl: string | undefined;
  /** The marketplace app whose installs the gateway holds tokens for (src/credentials). */
  oauth: {
    /** Unset: no installs, no managed mode; pass-through and the server token only. */
    app: { clientId: string; clientSecret: string } | undefined;
    /** Unset: this gateway's own /oauth/callback. */
    redirectUri: string | undefined;
    scopes: string[];
    chooseLocationUrl: string;
    /** A SQLite file, or ':memory:'. */
    tokenStorePath: string;
    /** A token expiring sooner than this is renewed before use. */
    refreshMarginSeconds: number;
  };
  /** Gateway API keys and JWTs: managed-mode clients and the locations each may use. */
  gatewayAuth: {
    apiKeys: Map<string, string[]>;
    jwt: { issuer: string; key: KeyObject | Uint8Array; audience: string | undefined } | undefined;
  };
  /** What an operation may ask for (src/plugins/limits.ts, src/plugins/cost.ts). */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    /** How deep JSON may nest: variables, webhook bodies and GHL's answers (src/json-depth.ts). */
    maxJsonDepth: number;
    /** Worst-case GHL REST calls one operation may cost. */
    costBudget: number;
    /** Refuse, before any call, what the location's rate window cannot send before the queue's deadline (src/plugins/window-check.ts). */
    checkWindow: boolean;
  };
  /** Guards of the GraphQL endpoint over HTTP (src/transports/http-security.ts). */
  http: {
    maxRequestBytes: number;
    /** The same for multipart requests, which carry files (GraphQL multipart request spec). */
    maxUploadBytes: number;
    /** Origins a browser may call from; empty: same origin only. */
    corsOrigins: string[];
    csrfPrevention: boolean;
    introspection: boolean;
    /** A JSON manifest `{ "<sha256 of the document>": "<document>" }`: when set, only those operations run. */
    persistedOperationsFile: string | undefined;
  };
  /** Guards of the WebSocket transport beyond the HTTP ones it shares (src/transports/websocket.ts). */
  webSockets: {
    /** Operations one connection may have open at once. */
    maxSubscriptionsPerConnection: number;
    /** Connections one resolved principal may have open at once, on this replica. */
    maxConnectionsPerPrincipal: number;
  };
  /** How long GHL's yes to "may this principal read this location?" serves its subscriptions (src/credentials/access-checks.ts). */
  subscriptionAccessTtlMs: number;
  /** The read cache (src/cache): ttlMs 0 is off. maxEntries bounds the in-memory store. */
  cache: { ttlMs: number; maxEntries: number };
  /** How long a location's events are kept for subscribers that resume with `since` (src/events/history.ts); 0: not kept. */
  subscriptionResumeWindowMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Values are never echoed: one of them may be a token.
    // One line, as start-up failures are printed: `Invalid configuration: PORT: ...; LOG_LEVEL: ...`.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const invalid = (problem: string) => new ConfigError(`Invalid configuration: ${problem}`);
  const useSandbox =
    e.GHL_SANDBOX === 'true' || (e.GHL_SANDBOX === 'auto' && !e.GHL_ACCESS_TOKEN && !e.GHL_API_BASE_URL);
  if (useSandbox && e.GHL_API_BASE_URL) {
    throw invalid('GHL_SANDBOX: cannot be true while GHL_API_BASE_URL names another upstream');
  }
  if (!e.GHL_OAUTH_CLIENT_ID !== !e.GHL_OAUTH_CLIENT_SECRET) {
    throw invalid('GHL_OAUTH_CLIENT_ID: set it and GHL_OAUTH_CLIENT_SECRET together');
  }
  const jwtKey = e.GATEWAY_JWT_PUBLIC_KEY ?? (e.GATEWAY_JWT_SECRET && new TextEncoder().encode(e.GATEWAY_JWT_SECRET));
  if (e.GATEWAY_JWT_PUBLIC_KEY && e.GATEWAY_JWT_SECRET) throw invalid('GATEWAY_JWT_SECRET: set it or GATEWAY_JWT_PUBLIC_KEY, not both');
  if (!e.GATEWAY_JWT_ISSUER !== !jwtKey) throw invalid('GATEWAY_JWT_ISSUER: set it with GATEWAY_JWT_SECRET or GATEWAY_JWT_PUBLIC_KEY');
  // Managed clients use installs' tokens: without the app there are none (the sandbox brings its own app).
  if ((e.GATEWAY_API_KEYS.size > 0 || e.GATEWAY_JWT_ISSUER) && !e.GHL_OAUTH_CLIENT_ID && !useSandbox) {
    throw invalid('GATEWAY_API_KEYS: gateway API keys and JWTs need the OAuth app (GHL_OAUTH_CLIENT_ID, GHL_OAUTH_CLIENT_SECRET)');
  }
  if (e.GATEWAY_WORKERS > 1) {
    // What one process would keep in memory must be one for all workers: events, seen webhook ids,
    // rate windows and refresh leases in Redis, installs' tokens in one SQLite file.
    if (!e.REDIS_URL) throw invalid('GATEWAY_WORKERS: more than one worker needs REDIS_URL, through which the workers share events, seen webhooks, rate windows and refresh leases');
    if (useSandbox) throw invalid('GATEWAY_WORKERS: more than one worker needs GHL_API_BASE_URL or GHL_ACCESS_TOKEN: the embedded sandbox lives in one process (run it apart with npm run sandbox)');
    if (e.GHL_TOKEN_STORE_PATH === ':memory:') throw invalid('GATEWAY_WORKERS: more than one worker needs GHL_TOKEN_STORE_PATH to be a file the workers share, not :memory:');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    workers: e.GATEWAY_WORKERS,
    ghl: {
      baseUrl: useSandbox ? undefined : (e.GHL_API_BASE_URL ?? GHL_PRODUCTION_URL),
      accessToken: e.GHL_ACCESS_TOKEN,
      locationId: e.GHL_LOCATION_ID,
      timeoutMs: e.GHL_TIMEOUT_MS,
      maxRetries: e.GHL_MAX_RETRIES,
      retryBaseMs: e.GHL_RETRY_BASE_MS,
      rateLimit: { max: e.GHL_RATE_LIMIT_MAX, intervalMs: e.GHL_RATE_LIMIT_INTERVAL_MS },
      maxConnections: e.GHL_MAX_CONNECTIONS,
      maxConcurrency: e.GHL_MAX_CONCURRENCY,
      queue: { timeoutMs: e.GHL_QUEUE_TIMEOUT_MS, maxLength: e.GHL_QUEUE_MAX_LENGTH },
      breaker: { failures: e.GHL_BREAKER_FAILURES, cooldownMs: e.GHL_BREAKER_COOLDOWN_MS },
      maxFileBytes: e.GHL_MAX_FILE_BYTES,
    },
    sandbox: { enabled: useSandbox },
    webhooks: {
      path: e.WEBHOOK_PATH,
      maxBytes: e.WEBHOOK_MAX_BYTES,
      toleranceSeconds: e.WEBHOOK_TOLERANCE_SECONDS,
      allowUnsigned: e.WEBHOOK_ALLOW_UNSIGNED,
      ed25519PublicKey: e.GHL_WEBHOOK_ED25519_PUBLIC_KEY,
      rsaPublicKey: e.GHL_WEBHOOK_RSA ? (e.GHL_WEBHOOK_RSA_PUBLIC_KEY ?? createPublicKey(GHL_WEBHOOK_RSA_PUBLIC_KEY)) : undefined,
      secret: e.GHL_WEBHOOK_SECRET,
    },
    redisUrl: e.REDIS_URL,
    oauth: {
      app: e.GHL_OAUTH_CLIENT_ID && e.GHL_OAUTH_CLIENT_SECRET ? { clientId: e.GHL_OAUTH_CLIENT_ID, clientSecret: e.GHL_OAUTH_CLIENT_SECRET } : undefined,
      redirectUri: e.GHL_OAUTH_REDIRECT_URI,
      scopes: e.GHL_OAUTH_SCOPES,
      chooseLocationUrl: e.GHL_OAUTH_CHOOSE_LOCATION_URL,
      // The sandbox forgets its tokens when it stops: installs made over it are kept as long.
      tokenStorePath: e.GHL_TOKEN_STORE_PATH ?? (useSandbox ? ':memory:' : './data/tokens.sqlite'),
      refreshMarginSeconds: e.GHL_TOKEN_REFRESH_MARGIN_SECONDS,
    },
    gatewayAuth: {
      apiKeys: e.GATEWAY_API_KEYS,
      jwt: e.GATEWAY_JWT_ISSUER && jwtKey ? { issuer: e.GATEWAY_JWT_ISSUER, key: jwtKey, audience: e.GATEWAY_JWT_AUDIENCE } : undefined,
    },
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxJsonDepth: e.MAX_JSON_DEPTH,
      costBudget: e.COST_MAX_UPSTREAM_CALLS,
      checkWindow: e.COST_CHECK_WINDOW,
    },
    http: {
      maxRequestBytes: e.MAX_REQUEST_BYTES,
      maxUploadBytes: e.MAX_UPLOAD_BYTES,
      corsOrigins: e.CORS_ORIGINS,
      csrfPrevention: e.CSRF_PREVENTION,
      // The schema is public knowledge in development; a production gateway shows it only when asked to.
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      persistedOperationsFile: e.PERSISTED_OPERATIONS_FILE,
    },
    webSockets: {
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerPrincipal: e.WS_MAX_CONNECTIONS_PER_PRINCIPAL,
    },
    subscriptionAccessTtlMs: e.SUBSCRIPTION_ACCESS_TTL_MS,
    cache: { ttlMs: e.CACHE_TTL_MS, maxEntries: e.CACHE_MAX_ENTRIES },
    subscriptionResumeWindowMs: e.SUBSCRIPTION_RESUME_WINDOW_MS,
  };
}
