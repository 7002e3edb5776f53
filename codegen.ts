/**
 * GraphQL Code Generator: `npm run codegen` writes schema.graphql from the Pothos schema, and the
 * typed documents of examples/*.graphql (client preset) that examples/client runs, and those of the
 * tests' `graphql()` calls. All are committed; test/schema-file.test.ts fails when one is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the typed documents go; test/schema-file.test.ts regenerates them to compare. */
export const EXAMPLES_OUTPUT = 'examples/client/generated/';
/** The tests' documents, written with `graphql()` from here and sent by test/support/stack.ts. */
export const TESTS_OUTPUT = 'test/generated/';

/** The schema's custom scalars as JSON carries them (Pothos parses them on the server only). */
const scalars = {
  Date: 'string',
  DateTime: 'string',
  EmailAddress: 'string',
  PhoneNumber: 'string',
  URL: 'string',
  JSON: 'unknown',
  JSONObject: 'Record<string, unknown>',
};

/** Typed ASTs without fragment masking, as both the example client and the tests read them. */
const typedDocuments = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    scalars,
    // A scalar added later reads as unknown until it is listed above.
    defaultScalarType: 'unknown',
    useTypeImports: true,
    enumsAsTypes: true,
    // This repository runs TypeScript as is (tsx, vitest): relative imports name the file.
    importExtension: '.ts',
  },
} as const;

const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
    // The client is small on purpose: plain documents.
    [EXAMPLES_OUTPUT]: { documents: ['examples/**/*.graphql'], ...typedDocuments },
    // Documents invalid on purpose are sent as text (stack.gqlUntyped), so codegen never sees them.
    [TESTS_OUTPUT]: { documents: ['test/**/*.ts', `!${TESTS_OUTPUT}**`], ...typedDocuments },
  },
};

export default config;
