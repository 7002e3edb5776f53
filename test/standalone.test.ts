/** The repository stands alone: nothing in it reads the folder it was developed beside. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
/** Not the project's own code: installed packages, the vendored references, what runs leave behind. */
const notCode = new Set(['.git', 'node_modules', 'reference', 'test-results', 'data']);
/** A path into the `shared` folder beside the repository (`..` or `/work` before it), spelled so that this file does not match itself. */
const outside = new RegExp(['\\.\\.', '/work'].map((prefix) => `${prefix}/shared\\b`).join('|'));

/** Every file under `path` that runs or configures what runs: prose (`*.md`) aside. */
const codeUnder = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => !notCode.has(name))
        .flatMap((name) => codeUnder(join(path, name)))
    : path.endsWith('.md')
      ? []
      : [path];

it('no code, test, benchmark, script or CI step reads the shared folder outside the repository', () => {
  const files = codeUnder(root);
  expect(files.map((file) => relative(root, file))).toEqual(expect.arrayContaining(['src/main.ts', 'test/brief-coverage.test.ts', '.ci/run', 'package.json']));
  const offenders = files.filter((file) => outside.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
  expect(offenders).toEqual([]);
});
