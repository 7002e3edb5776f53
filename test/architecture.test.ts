/**
 * The sandbox is a package of its own: the gateway reaches it only through src/main.ts (and the
 * tests), and the sandbox imports nothing of the gateway's. Both may import openapi/, the reading
 * of GHL's official files they share (catalog, corrections, validator), which imports neither. Imports are read with TypeScript's own
 * pre-processor, so type-only imports, re-exports and dynamic imports all count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Every .ts file under a top-level folder, as a path from the repository root. */
function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

/** `file -> target` for each relative import of a file, the target as a path from the repository root. */
function imports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => `${file} -> ${relative(root, resolve(root, dirname(file), specifier))}`);
}

const crossing = (from: string, to: string) =>
  sources(from)
    .flatMap(imports)
    .filter((edge) => edge.split(' -> ')[1]!.startsWith(`${to}/`));

it('finds the imports it checks', () => {
  // The check below would pass over nothing if the reading broke.
  expect(imports('src/main.ts')).toContain('src/main.ts -> sandbox/index.ts');
  expect(sources('sandbox')).toContain('sandbox/http/server.ts');
  expect(sources('openapi')).toContain('openapi/validator.ts');
});

it('nothing in src/ but src/main.ts imports the sandbox', () => {
  expect(crossing('src', 'sandbox').filter((edge) => !edge.startsWith('src/main.ts -> '))).toEqual([]);
});

it('the sandbox imports nothing from src/', () => {
  expect(crossing('sandbox', 'src')).toEqual([]);
});

it('openapi/ imports neither the gateway nor the sandbox', () => {
  expect([...crossing('openapi', 'src'), ...crossing('openapi', 'sandbox')]).toEqual([]);
});
