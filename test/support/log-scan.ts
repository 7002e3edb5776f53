/**
 * The proof that no token reaches a log: every gateway a test starts leaves its log lines (at
 * debug) and the secrets it was given in one directory (./log-capture.ts); when the whole run is
 * over, ./log-scan-setup.ts scans every line for every secret and for anything shaped like a
 * token, and fails the run if one is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Tokens by their shape, whoever issued them: the sandbox's (seeded or OAuth) and any Bearer one. */
export const tokenShapes: { name: string; pattern: RegExp }[] = [
  { name: 'sandbox token', pattern: /sbx-[a-z]+-[0-9a-f]{32,}/ },
  { name: 'Bearer token', pattern: /\bBearer\s+(?!\[redacted\])[A-Za-z0-9._~+/-]+=*/i },
];

export interface Leak {
  file: string;
  line: number;
  /** What leaked, never the secret itself: the report must not leak it again. */
  what: string;
  /** The line, with what leaked masked. */
  excerpt: string;
}

/** Finds secrets and token-shaped strings in log text, line by line. */
export function findLeaks(file: string, text: string, secrets: Iterable<string>): Leak[] {
  const known = [...new Set(secrets)].filter((secret) => secret.length >= 8);
  const leaks: Leak[] = [];
  text.split('\n').forEach((content, index) => {
    const found: { what: string; value: string }[] = [];
    for (const secret of known) {
      if (content.includes(secret)) found.push({ what: `a configured secret (${secret.slice(0, 8)}…)`, value: secret });
    }
    for (const { name, pattern } of tokenShapes) {
      const match = pattern.exec(content);
      if (match) found.push({ what: `a ${name} (${match[0].slice(0, 12)}…)`, value: match[0] });
    }
    if (found.length === 0) return;
    const excerpt = found.reduce((masked, { value }) => masked.replaceAll(value, '[LEAKED]'), content).slice(0, 300);
    leaks.push({ file, line: index + 1, what: found.map(({ what }) => what).join(', '), excerpt });
  });
  return leaks;
}

/** Scans what every test process left in `dir`. */
export function scanLogDirectory(dir: string): Leak[] {
  const files = readdirSync(dir);
  const secrets = files
    .filter((name) => name.startsWith('secrets-'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'));
  return files
    .filter((name) => name.startsWith('logs-'))
    .flatMap((name) => findLeaks(name, readFileSync(join(dir, name), 'utf8'), secrets));
}
