/**
 * Rate governance under overload: many concurrent clients run the pipeline board (3 REST calls)
 * for a fixed time against a sandbox held to GHL's real limit (100 requests per 10 s per location),
 * through a gateway with its default governor (queue deadline GHL_QUEUE_TIMEOUT_MS). Clients are
 * well behaved: after RATE_LIMITED they wait the `retryAfterMs` they were given, plus up to 1 s of jitter.
 * Prints answers, RATE_LIMITED answers, 429s GHL sent the gateway (from the sandbox's own request
 * log; the governor's target is 0) and latency percentiles.
 *
 *   npm run bench:governance         (CLIENTS=200 DURATION_S=30 UPSTREAM_LATENCY_MS=20 by default)
 */
import { readFileSync } from 'node:fs';
import { percentile, postJson, startBenchGateway, startSandboxProcess } from './support.ts';

const clients = Number(process.env['CLIENTS'] ?? 200);
const durationMs = Number(process.env['DURATION_S'] ?? 30) * 1000;
const latencyMs = Number(process.env['UPSTREAM_LATENCY_MS'] ?? 20);
const limit = { max: 100, intervalMs: 10_000 };
const JITTER_MS = 1_000;

const sandbox = await startSandboxProcess({
  SANDBOX_LATENCY_MS: String(latencyMs),
  SANDBOX_RATE_LIMIT_MAX: String(limit.max),
  SANDBOX_RATE_LIMIT_INTERVAL_MS: String(limit.intervalMs),
});
const gateway = await startBenchGateway(sandbox, {
  GHL_RATE_LIMIT_MAX: String(limit.max),
  GHL_RATE_LIMIT_INTERVAL_MS: String(limit.intervalMs),
});

const endpoint = gateway.url;
// Through the gateway, so that its governor counts this call too.
const { data: setup } = await postJson<{ data: { pipelines: { ghlId: string }[] } }>(endpoint, { query: '{ pipelines { ghlId } }' });
const query = readFileSync('examples/pipeline-board.graphql', 'utf8');
const variables = { pipelineId: setup.pipelines[0]!.ghlId };
await fetch(`${sandbox.url}/_sandbox/requests`, { method: 'DELETE' });
gateway.client.stats.reset();

type Result = 'ok' | 'partial' | 'rateLimited' | 'failed';
const latencies: number[] = [];
const counts: Record<Result, number> = { ok: 0, partial: 0, rateLimited: 0, failed: 0 };
const otherCodes = new Map<string, number>();
const deadline = Date.now() + durationMs;

async function client(): Promise<void> {
  while (Date.now() < deadline) {
    const started = performance.now();
    const { data, errors } = await postJson<{ data?: { opportunities: unknown }; errors?: { extensions?: { code?: string; retryAfterMs?: number } }[] }>(endpoint, {
      query,
      variables,
    });
    latencies.push(performance.now() - started);
    const codes = (errors ?? []).map((error) => error.extensions?.code ?? 'none');
    for (const code of codes) if (code !== 'RATE_LIMITED') otherCodes.set(code, (otherCodes.get(code) ?? 0) + 1);
    const result: Result = codes.length === 0 ? 'ok' : codes.includes('RATE_LIMITED') ? 'rateLimited' : data?.opportunities ? 'partial' : 'failed';
    counts[result]++;
    if (result === 'rateLimited') {
      // Jittered, as a client should: 200 clients told the same wait would otherwise come back as one burst.
      const waitMs = Math.max(...(errors ?? []).map((error) => error.extensions?.retryAfterMs ?? 0)) + Math.random() * JITTER_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, Math.max(0, deadline - Date.now()))));
    }
  }
}

const started = Date.now();
await Promise.all(Array.from({ length: clients }, client));
const elapsedS = (Date.now() - started) / 1000;

const log = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { entries: { status: number }[] };
const upstream429s = log.entries.filter((entry) => entry.status === 429).length;
const sorted = latencies.sort((a, b) => a - b);

console.log(`rate governance: ${clients} clients, pipeline board, ${elapsedS.toFixed(1)} s, GHL limit ${limit.max}/${limit.intervalMs / 1000} s`);
console.table({
  'requests answered (ok)': counts.ok,
  'RATE_LIMITED answers': counts.rateLimited,
  'other partial / failed answers': counts.partial + counts.failed,
  'upstream calls (sandbox log)': log.entries.length,
  'upstream 429s (target 0)': upstream429s,
  'p50 latency (ms)': Math.round(percentile(sorted, 50)),
  'p99 latency (ms)': Math.round(percentile(sorted, 99)),
});
if (otherCodes.size > 0) console.log('other error codes:', Object.fromEntries(otherCodes));
console.log('upstream answers by operation:', gateway.client.stats.snapshot());

await gateway.close();
await sandbox.stop();
process.exit(0);
