/**
 * Structured JSON logs. Tokens must never reach a log line. The REST edge logs operation names,
 * never URLs or headers; on top of that, whatever is logged under a credential-like key (at any
 * depth, in any spelling: `authorization`, `access_token`, `clientSecret`, `x-ghl-signature`, ...)
 * is censored, and so is a Bearer token inside a message.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

const REDACTED = '[redacted]';

/** Keys whose values are credentials or prove one: tokens, secrets, keys, signatures, cookies. */
const credentialKey = /authorization|token|secret|password|passphrase|signature|cookie|private.?key|api.?key/i;

/** Deep enough for `{ request: { headers: { authorization } } }` and then some. */
const MAX_DEPTH = 8;

export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      formatters: { log: (object) => redact(object, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? redactBearer(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}

/** A copy with credential-like keys censored; errors and other class instances are left to pino. */
function redact(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactBearer(value);
  if (value === null || typeof value !== 'object') return value;
  // Not walked, so not logged: whatever is that deep could be a credential.
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, credentialKey.test(key) && item != null ? REDACTED : redact(item, depth + 1)]),
  );
}

function redactBearer(text: string): string {
  return text.replace(/\bBearer\s+[A-Za-z0-9._~+/-]+=*/gi, `Bearer ${REDACTED}`);
}
