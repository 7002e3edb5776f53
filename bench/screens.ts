/**
 * The three canonical screens against a sandbox that answers every REST call after a fixed delay,
 * as GHL would over the internet. For each: upstream calls, the gateway's median and p99 latency,
 * and the ratio of the median to the critical path: levels of dependent REST calls times one
 * call's round trip to the sandbox, measured in the same run (the delay plus the sandbox's own
 * work). Ratios, not absolute times, are what compare across these shared, noisy machines.
 *
 *   npm run bench:screens            (UPSTREAM_LATENCY_MS=20 RUNS=40 by default)
 */
import { readFileSync } from 'node:fs';
import { exampleScreens, ghlGet, percentile, postJson, startBenchGateway, startSandboxProcess } from './support.ts';

const latencyMs = Number(process.env['UPSTREAM_LATENCY_MS'] ?? 20);
const runs = Number(process.env['RUNS'] ?? 40);

const sandbox = await startSandboxProcess({ SANDBOX_LATENCY_MS: String(latencyMs), SANDBOX_RATE_LIMIT_MAX: '100000' });
// The bench measures the gateway, not GHL's burst limit: the limiter is opened as wide as the sandbox.
const gateway = await startBenchGateway(sandbox, { GHL_RATE_LIMIT_MAX: '100000' });

const screens = await exampleScreens(sandbox);

/** One REST call's round trip, straight to the sandbox: what a level of the critical path costs. */
async function upstreamRoundTrip(): Promise<number> {
  const times = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await ghlGet(sandbox, `/locations/${sandbox.locationId}`);
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

async function run(query: string, variables: object): Promise<{ ms: number; calls: number }> {
  const started = performance.now();
  const body = await postJson<{ errors?: unknown[]; extensions?: { upstreamCalls?: number } }>(gateway.url, { query, variables });
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`screen failed: ${JSON.stringify(body.errors)}`);
  return { ms, calls: body.extensions?.upstreamCalls ?? NaN };
}

const roundTrip = await upstreamRoundTrip();
console.log(`upstream latency ${latencyMs} ms, measured round trip ${roundTrip.toFixed(1)} ms, ${runs} runs per screen\n`);
console.log(
  'screen          calls  levels  critical ms  by hand ms  gateway ms  p99 ms  ratio to critical  ratio to by hand  overhead ms',
);
for (const screen of screens) {
  const query = readFileSync(new URL(`../examples/${screen.file}.graphql`, import.meta.url), 'utf8');
  for (let i = 0; i < 5; i++) await Promise.all([run(query, screen.variables), screen.byHand()]);
  // Interleaved, so that both see the same moments of a noisy machine.
  const gatewayTimes: number[] = [];
  const byHandTimes: number[] = [];
  let calls = NaN;
  for (let i = 0; i < runs; i++) {
    const result = await run(query, screen.variables);
    gatewayTimes.push(result.ms);
    calls = result.calls;
    const started = performance.now();
    await screen.byHand();
    byHandTimes.push(performance.now() - started);
  }
  gatewayTimes.sort((a, b) => a - b);
  byHandTimes.sort((a, b) => a - b);
  const critical = screen.levels * roundTrip;
  const median = percentile(gatewayTimes, 50);
  const byHand = percentile(byHandTimes, 50);
  console.log(
    [
      screen.name.padEnd(15),
      String(calls).padStart(5),
      String(screen.levels).padStart(7),
      critical.toFixed(1).padStart(12),
      byHand.toFixed(1).padStart(11),
      median.toFixed(1).padStart(11),
      percentile(gatewayTimes, 99).toFixed(1).padStart(7),
      (median / critical).toFixed(2).padStart(18),
      (median / byHand).toFixed(2).padStart(17),
      (median - byHand).toFixed(1).padStart(12),
    ].join(' '),
  );
}
console.log('\ntargets: ratio to critical path <= 1.2; overhead (gateway minus the same calls by hand) < 2 ms median');

await gateway.close();
await sandbox.stop();
