/**
 * Structured JSON logs. Tokens must never reach a log line: anything shaped like a credential is
 * redacted by path, and the REST edge logs operation names, never URLs or headers.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

const redactedPaths = [
  'authorization',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  '*.authorization',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  'headers.authorization',
  '*.headers.authorization',
];

export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } }, destination);
}
