/**
 * GraphQL Code Generator: `npm run codegen` writes schema.graphql from the Pothos schema, and the
 * typed documents of examples/*.graphql (client preset) that examples/client runs. Both are
 * committed; test/schema-file.test.ts fails when either is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the typed documents go; test/schema-file.test.ts regenerates them to compare. */
export const EXAMPLES_OUTPUT = 'examples/client/generated/';

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

const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
    [EXAMPLES_OUTPUT]: {
      documents: ['examples/**/*.graphql'],
      preset: 'client',
      // Documents are plain typed ASTs, no fragment masking: the client is small on purpose.
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
    },
  },
};

export default config;
