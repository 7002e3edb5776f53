/**
 * The sandbox's own configuration: the SANDBOX_* variables, read by `npm run sandbox` and by the
 * gateway's `npm start` for the sandbox it embeds. Every variable is listed in the configuration
 * tables of the README and of sandbox/README.md; a bad value stops start-up with a message naming
 * the variable.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Comma-separated http(s) URLs; empty items are ignored. */
const urlList = z
  .string()
  .transform((list) => list.split(',').map((url) => url.trim()).filter((url) => url !== ''))
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

/**
 * An Ed25519 private key in PEM; `\n` escapes stand for newlines, as env files often hold one
 * line. The value is never put in the issue: it is a private key.
 */
const ed25519PrivateKey = z.string().transform((pem, ctx) => {
  let key: KeyObject | undefined;
  try {
    key = createPrivateKey(pem.replaceAll('\\n', '\n'));
  } catch {
    key = undefined;
  }
  if (key?.asymmetricKeyType === 'ed25519') return key;
  ctx.issues.push({ code: 'custom', input: '', message: 'must be an Ed25519 private key in PEM' });
  return z.NEVER;
});

const envSchema = z.object({
  SANDBOX_PORT: int(0, 65_535).optional(),
  SANDBOX_SEED: int(0, 2 ** 31 - 1).default(1),
  SANDBOX_LATENCY_MS: int(0, 60_000).default(0),
  SANDBOX_RATE_LIMIT_MAX: int(1, 100_000).default(100),
  SANDBOX_RATE_LIMIT_INTERVAL_MS: int(1, 3_600_000).default(10_000),
  SANDBOX_WEBHOOK_URLS: urlList.default([]),
  SANDBOX_WEBHOOK_SECRET: z.string().min(1).optional(),
  SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY: ed25519PrivateKey.optional(),
});

export interface SandboxConfig {
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
}

export class SandboxConfigError extends Error {
  override name = 'SandboxConfigError';
}

export function loadSandboxConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Values are never echoed: one of them may be a secret.
    // One line, as start-up failures are printed: `Invalid configuration: SANDBOX_PORT: ...; ...`.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SandboxConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.SANDBOX_WEBHOOK_SECRET && e.SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY) {
    // Both schemes sign into x-ghl-signature: one header holds one signature.
    throw new SandboxConfigError('Invalid configuration: SANDBOX_WEBHOOK_SECRET: set it or SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY, not both');
  }
  return {
    port: e.SANDBOX_PORT,
    seed: e.SANDBOX_SEED,
    latencyMs: e.SANDBOX_LATENCY_MS,
    rateLimit: { max: e.SANDBOX_RATE_LIMIT_MAX, intervalMs: e.SANDBOX_RATE_LIMIT_INTERVAL_MS },
    webhooks: {
      urls: e.SANDBOX_WEBHOOK_URLS,
      secret: e.SANDBOX_WEBHOOK_SECRET,
      ed25519PrivateKey: e.SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY,
    },
  };
}
