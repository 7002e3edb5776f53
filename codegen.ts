/**
 * GraphQL Code Generator: `npm run codegen` writes schema.graphql from the Pothos schema.
 * The file is committed; test/schema-file.test.ts fails when it is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
  },
};

export default config;
