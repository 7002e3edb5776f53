/** schema.graphql and the typed example documents are what frontends and codegen read: they must match the code. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import config, { EXAMPLES_OUTPUT } from '../codegen.ts';
import { schema } from '../src/schema/index.ts';

const root = new URL('../', import.meta.url);

it('schema.graphql is up to date (run `npm run codegen` after changing src/schema)', () => {
  const committed = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
  expect(printSchema(lexicographicSortSchema(committed))).toBe(printSchema(lexicographicSortSchema(schema)));
});

it('examples/client/generated is up to date (run `npm run codegen` after changing src/schema or examples/)', async () => {
  const files = await generate(
    {
      ...config,
      cwd: fileURLToPath(root),
      // The schema as built here, rather than codegen loading src/schema itself a second time.
      schema: printSchema(schema),
      generates: { [EXAMPLES_OUTPUT]: config.generates[EXAMPLES_OUTPUT]! },
      silent: true,
    },
    false,
  );
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(new URL(file.filename, root), 'utf8'), file.filename).toBe(file.content);
  }
});
