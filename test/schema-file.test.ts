/** schema.graphql and the typed documents (examples, tests) are what frontends, codegen and tests read: they must match the code. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import config, { EXAMPLES_OUTPUT, TESTS_OUTPUT } from '../codegen.ts';
import { schema } from '../src/schema/index.ts';

const root = new URL('../', import.meta.url);

it('schema.graphql is up to date (run `npm run codegen` after changing src/schema)', () => {
  const committed = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
  expect(printSchema(lexicographicSortSchema(committed))).toBe(printSchema(lexicographicSortSchema(schema)));
});

it.each([EXAMPLES_OUTPUT, TESTS_OUTPUT])('%s is up to date (run `npm run codegen` after changing src/schema or the documents)', async (output) => {
  const files = await generate(
    {
      ...config,
      cwd: fileURLToPath(root),
      // The schema as built here, rather than codegen loading src/schema itself a second time.
      schema: printSchema(schema),
      generates: { [output]: config.generates[output]! },
      silent: true,
    },
    false,
  );
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(new URL(file.filename, root), 'utf8'), file.filename).toBe(file.content);
  }
});
