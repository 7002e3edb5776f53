/**
 * The tests are typed (issue #13): results through codegen's typed documents, REST bodies through
 * the sandbox's model types, the rest `unknown` and narrowed. TypeScript's own parser finds every
 * `any` written in test/, so comments and strings that say "any" do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const testDir = new URL('./', import.meta.url).pathname;

/** Files still to convert; each leaves this list when its last `any` goes (the second test says when). */
const NOT_YET_TYPED = new Set<string>([
]);

const anyCount = (file: string) => {
  const source = ts.createSourceFile(file, readFileSync(join(testDir, file), 'utf8'), ts.ScriptTarget.Latest);
  let count = 0;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) count += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
};

const counts = readdirSync(testDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('generated/'))
  .map((file) => [file, anyCount(file)] as const);

it('no test file writes `any`', () => {
  expect(counts.filter(([file, count]) => count > 0 && !NOT_YET_TYPED.has(file))).toEqual([]);
});

it('a file leaves the not-yet-typed list once it is typed', () => {
  expect(counts.filter(([file, count]) => count === 0 && NOT_YET_TYPED.has(file))).toEqual([]);
});
