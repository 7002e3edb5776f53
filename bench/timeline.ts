/**
 * Where an unqueued request's time goes, phase by phase: the latency over the floor that
 * bench/peers.ts reports, taken apart. The gateway runs in a process of its own with
 * bench/timeline-preload.ts, which timestamps each request's arrival and end and each REST call's
 * creation and end; one client sends each screen (examples/, two levels of calls each) RUNS
 * times, taking turns with the same calls made by hand (the floor). Per screen, medians:
 *
 * - arrival → first call: Yoga's request handling, the document (cached), the context, the cost
 *   estimate and window check, resolving down to the first call;
 * - first answer → next call: reading the first level's answer and resolving it;
 * - next level in flight: from its first call's creation to its last answer's end (the sandbox's
 *   delay, its own work, and ours on the answers as they come);
 * - last answer → response end: the rest of the resolving, the serialising and the write;
 * - hops and client: the client's whole time less the gateway's, two loopback hops and a parse;
 * - and the gateway's CPU per request, the client's time and the floor's.
 *
 *   npm run bench:timeline        (UPSTREAM_LATENCY_MS=20 RUNS=100 SCREENS=inbox,...)
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuMsOf, exampleScreens, median, postJson, startGatewayProcess, startSandboxProcess } from './support.ts';
import type { TimelineEvent } from './timeline-preload.ts';

const latencyMs = Number(process.env['UPSTREAM_LATENCY_MS'] ?? 20);
const runs = Number(process.env['RUNS'] ?? 100);
const timelineFile = join(tmpdir(), `gateway-timeline-${process.pid}.json`);

const sandbox = await startSandboxProcess({ SANDBOX_LATENCY_MS: String(latencyMs), SANDBOX_RATE_LIMIT_MAX: '100000', SANDBOX_RATE_LIMIT_INTERVAL_MS: '1000' });
const gateway = await startGatewayProcess(sandbox, 'bench/gateway-process.ts', ['--import', './bench/timeline-preload.ts'], { TIMELINE_FILE: timelineFile });
const screens = (await exampleScreens(sandbox)).filter((screen) => !process.env['SCREENS'] || process.env['SCREENS'].split(',').includes(screen.file));

/** What the gateway saw since the last call: the preload writes it on SIGUSR2. */
async function drainTimeline(): Promise<TimelineEvent[]> {
  process.kill(gateway.pid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 200));
  return JSON.parse(readFileSync(timelineFile, 'utf8')) as TimelineEvent[];
}

/** One request's phases, in ms, from its events (its arrival first). */
function phasesOf(request: TimelineEvent[]): Record<string, number> {
  const at = (kind: TimelineEvent[0]) => request.filter(([k]) => k === kind).map(([, ms]) => ms);
  const [arrived] = at('in');
  const [ended] = at('out');
  const created = at('create');
  const done = at('done');
  return {
    'arrival → first call': created[0]! - arrived!,
    'first answer → next call': created[1]! - done[0]!,
    'next level in flight': done.at(-1)! - created[1]!,
    'last answer → response end': ended! - done.at(-1)!,
    'in the gateway': ended! - arrived!,
  };
}

console.log(`${new Date().toISOString()}  upstream latency ${latencyMs} ms, ${runs} one-client runs per screen, medians in ms\n`);
for (const screen of screens) {
  const query = readFileSync(new URL(`../examples/${screen.file}.graphql`, import.meta.url), 'utf8');
  for (let i = 0; i < 20; i++) await postJson(gateway.url, { query, variables: screen.variables });
  await drainTimeline();
  const client: number[] = [];
  const floor: number[] = [];
  const cpuBefore = cpuMsOf(gateway.pid);
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const body = await postJson<{ errors?: unknown[] }>(gateway.url, { query, variables: screen.variables });
    if (body.errors) throw new Error(`${screen.name} failed: ${JSON.stringify(body.errors)}`);
    client.push(performance.now() - started);
    started = performance.now();
    await screen.byHand();
    floor.push(performance.now() - started);
  }
  const cpuMs = (cpuMsOf(gateway.pid) - cpuBefore) / runs;
  const requests: TimelineEvent[][] = [];
  for (const event of await drainTimeline()) {
    if (event[0] === 'in') requests.push([]);
    requests.at(-1)?.push(event);
  }
  const phases = requests.map(phasesOf);
  const rows: Array<[string, number]> = Object.keys(phases[0]!).map((name) => [name, median(phases.map((phase) => phase[name]!))]);
  const inGateway = median(phases.map((phase) => phase['in the gateway']!));
  rows.push(['hops and client', median(client) - inGateway], ['client, whole request', median(client)], ['floor, by hand', median(floor)]);
  rows.push(['over the floor', median(client) - median(floor)], ['gateway CPU per request', cpuMs]);
  console.log(screen.name);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(28)}${ms.toFixed(2).padStart(8)}`);
  console.log();
}

await gateway.stop();
await sandbox.stop();
process.exit(0);
