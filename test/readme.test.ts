/**
 * The README is the operator's manual: its configuration table names exactly the variables the
 * gateway reads, and its errors table every `extensions.code` a client may get.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { errorCodes } from '../src/ghl/errors.ts';

/** Every variable name in the first column of the table under "## Configuration". */
function documentedVariables(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  if (!section) throw new Error('README.md has no "## Configuration" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}

/** Every variable loadConfig looks up, seen through an environment that records each read. */
function readVariables(): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  loadConfig(env);
  return [...read];
}

it('the configuration table lists every variable src/config.ts reads, and no other', () => {
  expect(documentedVariables().sort()).toEqual(readVariables().sort());
});

/** Every code in the first column of the table under "## Errors". */
function documentedErrorCodes(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Errors\n'));
  if (!section) throw new Error('README.md has no "## Errors" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z_]*)`/g)].map((match) => match[1]!));
}

it('the errors table explains every extensions.code the gateway gives', () => {
  expect(documentedErrorCodes()).toEqual(expect.arrayContaining([...errorCodes]));
});
