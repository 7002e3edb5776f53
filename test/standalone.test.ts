/** The repository stands alone: nothing in it reads the folder it was developed beside. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
/** Everything that runs: code, tests, benchmarks, CI and the configuration that wires them. */
const checked = ['src', 'test', 'bench', '.ci', 'examples', 'codegen.ts', 'vitest.config.ts', 'package.json', 'tsconfig.json'];
/** A path into the `shared` folder beside the repository (`..` or `/work` before it), spelled so that this file does not match itself. */
const outside = new RegExp(['\\.\\.', '/work'].map((prefix) => `${prefix}/shared\\b`).join('|'));

const filesUnder = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesUnder(join(path, name))) : [path];

it('no code, test, benchmark or CI script reads the shared folder outside the repository', () => {
  const files = checked.flatMap((path) => filesUnder(join(root, path)));
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((file) => outside.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
  expect(offenders).toEqual([]);
});
