/**
 * This gateway in a process of its own over a sandbox started elsewhere, for benchmarks that read
 * its CPU from /proc while their load runs in another process. Prints the URL it listens on.
 *
 *   SANDBOX_URL=… SANDBOX_TOKEN=… SANDBOX_LOCATION=… node --import tsx bench/gateway-process.ts
 */
import { startBenchGateway } from './support.ts';

const sandbox = { url: process.env['SANDBOX_URL']!, token: process.env['SANDBOX_TOKEN']!, locationId: process.env['SANDBOX_LOCATION']! };
// Opened as wide as the sandbox, as the naive peer's fetch is: GHL's rate limit, and as many
// connections as the load generator's own pool, so the gateway is measured, not its queues.
const gateway = await startBenchGateway({ ...sandbox, stop: async () => {} }, { GHL_RATE_LIMIT_MAX: '100000', GHL_MAX_CONNECTIONS: '256' });
console.log(`gateway listening on ${gateway.url}`);
process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
