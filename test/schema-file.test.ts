/** schema.graphql is what frontends and codegen read: it must match the code. */
import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

it('schema.graphql is up to date (run `npm run codegen` after changing src/schema)', () => {
  const committed = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  expect(printSchema(lexicographicSortSchema(committed))).toBe(printSchema(lexicographicSortSchema(schema)));
});
