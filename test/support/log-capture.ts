/**
 * The test processes' side of the end-of-run log scan (./log-scan.ts): each gateway's log lines and
 * secrets go to files in the directory the global setup made, one pair of files per process.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test processes leave their logs and secrets for the scan; set by the global setup. */
    logScanDir: string;
  }
}

/** Unset under a config without the global setup: nothing is kept then. */
function scanDir(): string | undefined {
  return inject('logScanDir');
}

/** Keeps a captured log chunk (pino writes whole lines) for the end-of-run scan. */
export function keepForScan(chunk: string): void {
  const dir = scanDir();
  // Synchronous: a test process may exit right after its last test, with nothing left to flush.
  if (dir) appendFileSync(join(dir, `logs-${process.pid}.ndjson`), chunk);
}

/**
 * Records secrets a stack was given, so the scan looks for them in every log of the run. A PEM key
 * is recorded line by line, without its armor: any line of it in a log is a leak.
 */
export function secretsForScan(secrets: string[]): void {
  const dir = scanDir();
  const lines = secrets.flatMap((secret) => secret.split(/\\n|\n/)).filter((line) => line.length >= 8 && !line.startsWith('-----'));
  if (dir && lines.length > 0) appendFileSync(join(dir, `secrets-${process.pid}.txt`), `${lines.join('\n')}\n`);
}
