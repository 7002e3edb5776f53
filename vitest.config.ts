import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql@16 ships CJS and ESM builds without an exports map: Node gives Pothos and Yoga the CJS
    // one, so tests must load that same one, or instanceof checks fail across two copies.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file starts its own sandbox and gateway on ephemeral loopback ports.
    pool: 'forks',
    // Node 22 warns that node:sqlite (the token store) is experimental, Node 24 does not; `npm start` passes the same flag.
    execArgv: ['--disable-warning=ExperimentalWarning'],
    // Scans the logs of every gateway the run started for tokens and secrets (test/support/log-scan.ts).
    globalSetup: ['test/support/log-scan-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
