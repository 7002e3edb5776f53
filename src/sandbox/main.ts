/**
 * `npm run sandbox`: the sandbox on its own, for a gateway or a benchmark started separately.
 * Prints where it listens and the tokens to use; Ctrl-C stops it.
 */
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { ADMIN_PREFIX } from './admin.ts';
import { startSandbox } from './index.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const { seed, latencyMs, rateLimit } = config.sandbox;
const sandbox = await startSandbox({ port: config.sandbox.port ?? 4010, host: '127.0.0.1', seed, latencyMs, rateLimit });

const locations = [...sandbox.store.locations.values()].map(
  (location) => `  ${location.id}  ${location.name.padEnd(26)} ${sandbox.tokens.locations[location.id]}`,
);
const agencies = Object.entries(sandbox.tokens.agency).map(([companyId, token]) => `  ${companyId}  ${token}`);
console.log(
  [
    `GHL sandbox listening on ${sandbox.url} (seed ${seed}, latency ${latencyMs} ms, ${rateLimit.max} requests / ${rateLimit.intervalMs} ms)`,
    '',
    'Location tokens:',
    ...locations,
    'Agency token:',
    ...agencies,
    '',
    `Admin (no auth): GET ${ADMIN_PREFIX}tokens, GET|DELETE ${ADMIN_PREFIX}requests,`,
    `  GET|PUT|DELETE ${ADMIN_PREFIX}faults, POST ${ADMIN_PREFIX}reset`,
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
