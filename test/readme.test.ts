/**
 * The README is the operator's manual: its configuration table names exactly the variables the
 * gateway and its sandbox read, and its errors table every `extensions.code` a client may get.
 * The sandbox's own README lists the sandbox's variables.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadSandboxConfig } from '../sandbox/config.ts';
import { loadConfig } from '../src/config.ts';
import { errorCodes } from '../src/ghl/errors.ts';

/** Every variable name in the first column of the table under "## Configuration" of a README. */
function documentedVariables(path = '../README.md'): string[] {
  const readme = readFileSync(new URL(path, import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  if (!section) throw new Error(`${path} has no "## Configuration" section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}

/** Every variable a config loader looks up, seen through an environment that records each read. */
function readVariables(load: (env: NodeJS.ProcessEnv) => unknown): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  load(env);
  return [...read];
}

const gatewayVariables = readVariables(loadConfig);
const sandboxVariables = readVariables(loadSandboxConfig);

it('the configuration table lists every variable src/config.ts and sandbox/config.ts read, and no other', () => {
  expect(documentedVariables().sort()).toEqual([...gatewayVariables, ...sandboxVariables].sort());
});

it('the sandbox reads its own SANDBOX_* variables, and the gateway none of them', () => {
  expect(sandboxVariables.filter((name) => !name.startsWith('SANDBOX_'))).toEqual([]);
  expect(gatewayVariables.filter((name) => name.startsWith('SANDBOX_'))).toEqual([]);
});

it("the sandbox's README lists every variable sandbox/config.ts reads, and no other", () => {
  expect(documentedVariables('../sandbox/README.md').sort()).toEqual(sandboxVariables.sort());
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
