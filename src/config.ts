/**
 * The one place that reads the environment. Every variable is listed in the README's
 * configuration table; a bad value stops start-up with a message naming the variable.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { GHL_WEBHOOK_RSA_PUBLIC_KEY } from './subscriptions/ghl-public-key.ts';

export const GRAPHQL_PATH = '/graphql';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const port = int(0, 65_535);
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A PEM public key of one kind; `\n` escapes stand for newlines, as env files often hold one line. */
const publicKey = (kind: 'ed25519' | 'rsa') =>
  z.string().transform((pem, ctx) => {
    const key = keyOf(pem.replaceAll('\\n', '\n'));
    if (key?.asymmetricKeyType === kind) return key;
    ctx.issues.push({ code: 'custom', input: pem, message: `must be an ${kind === 'rsa' ? 'RSA' : 'Ed25519'} public key in PEM` });
    return z.NEVER;
  });

function keyOf(pem: string): KeyObject | undefined {
  try {
    return createPublicKey(pem);
  } catch {
    return undefined;
  }
}

/** An Ed25519 private key in PEM, with the same `\n` escapes. */
const ed25519PrivateKey = z.string().transform((pem, ctx) => {
  const key = privateKeyOf(pem.replaceAll('\\n', '\n'));
  if (key?.asymmetricKeyType === 'ed25519') return key;
  ctx.issues.push({ code: 'custom', input: pem, message: 'must be an Ed25519 private key in PEM' });
  return z.NEVER;
});

function privateKeyOf(pem: string): KeyObject | undefined {
  try {
    return createPrivateKey(pem);
  } catch {
    return undefined;
  }
}

/** Comma-separated http(s) URLs; empty items are ignored. */
const urlList = z
  .string()
  .transform((list) => list.split(',').map((url) => url.trim()).filter((url) => url !== ''))
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

const envSchema = z.object({
  PORT: port.default(4000),
  // Loopback by default: with a server-side GHL token, anyone who reaches the port reads the CRM.
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

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

  SANDBOX_PORT: port.optional(),
  SANDBOX_SEED: int(0, 2 ** 31 - 1).default(1),
  SANDBOX_LATENCY_MS: int(0, 60_000).default(0),
  SANDBOX_RATE_LIMIT_MAX: int(1, 100_000).default(100),
  SANDBOX_RATE_LIMIT_INTERVAL_MS: int(1, 3_600_000).default(10_000),
  SANDBOX_WEBHOOK_URLS: urlList.default([]),
  SANDBOX_WEBHOOK_SECRET: z.string().min(1).optional(),
  SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY: ed25519PrivateKey.optional(),

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
});

export const GHL_PRODUCTION_URL = 'https://services.leadconnectorhq.com';

export interface Config {
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  ghl: {
    /** Unset when the embedded sandbox serves: its address is known only once it listens. */
    baseUrl: string | undefined;
    accessToken: string | undefined;
    locationId: string | undefined;
    timeoutMs: number;
    maxRetries: number;
    retryBaseMs: number;
    rateLimit: { max: number; intervalMs: number };
    maxConnections: number;
    maxConcurrency: number;
  };
  sandbox: {
    /** The gateway runs over the embedded sandbox. */
    enabled: boolean;
    /** Unset: an ephemeral port when embedded, 4010 when run alone. */
    port: number | undefined;
    seed: number;
    latencyMs: number;
    rateLimit: { max: number; intervalMs: number };
    /** Where `npm run sandbox` sends webhooks and how it signs them; the embedded sandbox sends to the gateway. */
    webhooks: {
      urls: string[];
      /** HMAC-SHA256 with this secret; otherwise Ed25519 with this key, or with one made at start-up. */
      secret: string | undefined;
      ed25519PrivateKey: KeyObject | undefined;
    };
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
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Values are never echoed: one of them may be a token.
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const useSandbox =
    e.GHL_SANDBOX === 'true' || (e.GHL_SANDBOX === 'auto' && !e.GHL_ACCESS_TOKEN && !e.GHL_API_BASE_URL);
  if (useSandbox && e.GHL_API_BASE_URL) {
    throw new ConfigError('Invalid configuration:\n  GHL_SANDBOX: cannot be true while GHL_API_BASE_URL names another upstream');
  }
  if (e.SANDBOX_WEBHOOK_SECRET && e.SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY) {
    // Both schemes sign into x-ghl-signature: one header holds one signature.
    throw new ConfigError('Invalid configuration:\n  SANDBOX_WEBHOOK_SECRET: set it or SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY, not both');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
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
    },
    sandbox: {
      enabled: useSandbox,
      port: e.SANDBOX_PORT,
      seed: e.SANDBOX_SEED,
      latencyMs: e.SANDBOX_LATENCY_MS,
      rateLimit: { max: e.SANDBOX_RATE_LIMIT_MAX, intervalMs: e.SANDBOX_RATE_LIMIT_INTERVAL_MS },
      webhooks: {
        urls: e.SANDBOX_WEBHOOK_URLS,
        secret: e.SANDBOX_WEBHOOK_SECRET,
        ed25519PrivateKey: e.SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY,
      },
    },
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
  };
}
