/**
 * This gateway beside its peers, interleaved in one run against one sandbox answering every REST
 * call after a fixed delay (as GHL would over the internet):
 * - project: this gateway (bench/gateway-process.ts);
 * - naive: graphql-yoga with a small SDL and a fetch per field, no DataLoader (bench/naive-gateway.ts);
 * - floor: the same REST calls made by hand, from this process (no gateway at all).
 * The sandbox and both gateways run in processes of their own; the load comes from this one, so
 * each gateway's CPU (utime + stime from /proc/<pid>/stat) is its own.
 *
 * Per screen (examples/*.graphql) and peer:
 * - calls: REST requests the sandbox logged for one screen;
 * - p50 and p99 ms: one client, screens one after another (a request's own latency, unqueued);
 * - screens/s: CLIENTS clients, each sending its next screen as the last one comes back;
 * - CPU ms per screen: the gateway process's CPU over the loaded window, over the screens served.
 * Then, per gateway, `{ __typename }`'s p50 with one client: the round trip that resolves nothing,
 * part of every p50 over the floor.
 * Every figure is the median of ROUNDS rounds, the peers taking turns inside each round, so all
 * see the same moments of a noisy machine. Ratios (project over naive, over floor) are what
 * compare across machines; beside the project's p50 over the floor is the naive gateway's, what
 * any gateway's hop and HTTP handling cost on this machine.
 *
 *   npm run bench:peers     (UPSTREAM_LATENCY_MS=20 CLIENTS=16 ROUNDS=3 WINDOW_MS=3000 RUNS=20)
 *   GATEWAY_CPU_PROF=dir    writes the project gateway's CPU profile (--cpu-prof) to dir
 *   NAIVE_CPU_PROF=dir      writes the naive gateway's, to compare frames with
 *   BASELINE=dir            runs the gateway of another checkout (a worktree of an older commit) in
 *                           the naive peer's place: the ratios are then this checkout's over that one's
 *   SCREENS=contact-360     only the screens named (by file)
 */
import { readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { cpuMsOf, exampleScreens, median, percentile, postJson, startGatewayProcess, startSandboxProcess, type ExampleScreen } from './support.ts';

const latencyMs = Number(process.env['UPSTREAM_LATENCY_MS'] ?? 20);
const clients = Number(process.env['CLIENTS'] ?? 16);
const rounds = Number(process.env['ROUNDS'] ?? 3);
const windowMs = Number(process.env['WINDOW_MS'] ?? 3000);
const runs = Number(process.env['RUNS'] ?? 20);
const cpuProfileDir = process.env['GATEWAY_CPU_PROF'];
const naiveProfileDir = process.env['NAIVE_CPU_PROF'];

const sandbox = await startSandboxProcess({ SANDBOX_LATENCY_MS: String(latencyMs), SANDBOX_RATE_LIMIT_MAX: '100000', SANDBOX_RATE_LIMIT_INTERVAL_MS: '1000' });

const profiled = (dir: string | undefined) => (dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
const project = await startGatewayProcess(sandbox, 'bench/gateway-process.ts', profiled(cpuProfileDir));
const baselineDir = process.env['BASELINE'];
const second = baselineDir ? 'baseline' : 'naive';
/** The second peer in the ratios' 14-character headings. */
const short = baselineDir ? 'base' : 'naive';
const naive = await startGatewayProcess(sandbox, baselineDir ? `${baselineDir}/bench/gateway-process.ts` : 'bench/naive-gateway.ts', profiled(naiveProfileDir));

const allScreens = await exampleScreens(sandbox);
/** SCREENS=contact-360,inbox runs only those: a profile of one screen is easier to read. */
const screens = allScreens.filter((screen) => !process.env['SCREENS'] || process.env['SCREENS'].split(',').includes(screen.file));

interface Peer {
  name: 'project' | 'naive' | 'baseline' | 'floor';
  pid?: number;
  run(screen: ExampleScreen, query: string): Promise<void>;
}

const viaGateway = (url: string) => async (screen: ExampleScreen, query: string) => {
  const body = await postJson<{ errors?: unknown[] }>(url, { query, variables: screen.variables });
  if (body.errors) throw new Error(`${screen.name} failed at ${url}: ${JSON.stringify(body.errors)}`);
};
const peers: Peer[] = [
  { name: 'project', pid: project.pid, run: viaGateway(project.url) },
  { name: second, pid: naive.pid, run: viaGateway(naive.url) },
  { name: 'floor', run: (screen) => screen.byHand() },
];

/** REST calls of one screen, counted where they arrive: the sandbox's request log. */
async function callsOf(peer: Peer, screen: ExampleScreen, query: string): Promise<number> {
  await fetch(`${sandbox.url}/_sandbox/requests`, { method: 'DELETE' });
  await peer.run(screen, query);
  const { count } = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { count: number };
  return count;
}

async function latencies(peer: Peer, screen: ExampleScreen, query: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await peer.run(screen, query);
    times.push(performance.now() - started);
  }
  return times;
}

async function loaded(peer: Peer, screen: ExampleScreen, query: string): Promise<{ perSecond: number; cpuMs: number }> {
  let served = 0;
  const cpuBefore = peer.pid ? cpuMsOf(peer.pid) : 0;
  const started = performance.now();
  const deadline = started + windowMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        await peer.run(screen, query);
        served++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = peer.pid ? (cpuMsOf(peer.pid) - cpuBefore) / served : NaN;
  // The log would otherwise grow by every call of the run, and the day's quota (200,000 calls) run out.
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
  return { perSecond: served / seconds, cpuMs };
}

/**
 * `{ __typename }` through a gateway, one client: a round trip that resolves nothing, so the part
 * of p50 over the floor that no resolver, loader or cache can save (two loopback hops, Node's HTTP,
 * Yoga's request handling and its answer).
 */
async function emptyRoundTrips(url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const body = await postJson<{ data?: unknown }>(url, { query: '{ __typename }' });
    if (!body.data) throw new Error(`{ __typename } failed at ${url}: ${JSON.stringify(body)}`);
    times.push(performance.now() - started);
  }
  return times;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

console.log(
  `${new Date().toISOString()}  ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${platform()} ${arch()}, Node ${process.version}`,
);
console.log(`upstream latency ${latencyMs} ms, ${clients} clients, ${rounds} rounds of ${windowMs} ms per peer, ${runs} one-client runs per round\n`);
const header = ['screen', 'peer', 'calls', 'p50 ms', 'p99 ms', 'screens/s', 'CPU ms/screen'];
console.log(header.map((h, i) => (i < 2 ? h.padEnd(15) : h.padStart(14))).join(''));

const summary: string[] = [];
for (const screen of screens) {
  const query = readFileSync(new URL(`../examples/${screen.file}.graphql`, import.meta.url), 'utf8');
  const calls = new Map<string, number>();
  for (const peer of peers) {
    calls.set(peer.name, await callsOf(peer, screen, query));
    for (let i = 0; i < 5; i++) await peer.run(screen, query);
  }
  const figures = new Map(peers.map((peer) => [peer.name, { times: [] as number[], perSecond: [] as number[], cpuMs: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    // Each round starts with another peer, so none always runs right after the heaviest.
    const order = peers.map((_, i) => peers[(i + round) % peers.length]!);
    for (const peer of order) figures.get(peer.name)!.times.push(...(await latencies(peer, screen, query)));
    for (const peer of order) {
      const { perSecond, cpuMs } = await loaded(peer, screen, query);
      figures.get(peer.name)!.perSecond.push(perSecond);
      figures.get(peer.name)!.cpuMs.push(cpuMs);
    }
  }
  const row = new Map<string, { p50: number; p99: number; perSecond: number; cpuMs: number }>();
  for (const peer of peers) {
    const { times, perSecond, cpuMs } = figures.get(peer.name)!;
    const sorted = times.sort((a, b) => a - b);
    const result = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), perSecond: median(perSecond), cpuMs: median(cpuMs) };
    row.set(peer.name, result);
    console.log(
      [
        screen.name.padEnd(15),
        peer.name.padEnd(15),
        String(calls.get(peer.name)).padStart(14),
        fixed(result.p50).padStart(14),
        fixed(result.p99).padStart(14),
        fixed(result.perSecond, 0).padStart(14),
        fixed(result.cpuMs, 2).padStart(14),
      ].join(''),
    );
  }
  // The spread the medians hide: on a shared machine one round's ratio can be off by a fifth.
  const byRound = figures.get('project')!.cpuMs.map((ms, round) => fixed(ms / figures.get(second)!.cpuMs[round]!, 2));
  console.log(`${''.padEnd(30)}CPU/${second} by round: ${byRound.join(' ')}`);
  const p = row.get('project')!;
  const n = row.get(second)!;
  const f = row.get('floor')!;
  summary.push(
    [
      screen.name.padEnd(15),
      fixed(calls.get('project')! / calls.get('floor')!, 2).padStart(14),
      fixed(p.cpuMs / n.cpuMs, 2).padStart(14),
      fixed(p.perSecond / n.perSecond, 2).padStart(14),
      fixed(p.p50 - f.p50, 1).padStart(14),
      fixed(n.p50 - f.p50, 1).padStart(14),
      fixed(p.perSecond / f.perSecond, 2).padStart(14),
    ].join(''),
  );
}
console.log(`\n${'ratios'.padEnd(15)}${['calls/floor', `CPU/${short}`, `screens/${short}`, 'p50-floor ms', `${short} p50-fl`, 'screens/floor'].map((h) => h.padStart(14)).join('')}`);
for (const line of summary) console.log(line);
const emptyTimes = { project: [] as number[], [second]: [] as number[] };
const gateways = [['project', project.url], [second, naive.url]] as const;
for (const [, url] of gateways) await emptyRoundTrips(url);
for (let round = 0; round < rounds; round++) {
  for (const [name, url] of round % 2 ? [...gateways].reverse() : gateways) emptyTimes[name]!.push(...(await emptyRoundTrips(url)));
}
const emptyP50 = (name: string) => fixed(percentile(emptyTimes[name]!.sort((a, b) => a - b), 50), 2);
console.log(`\n{ __typename }, one client, p50: project ${emptyP50('project')} ms, ${second} ${emptyP50(second)} ms (the round trip before any resolver: part of every p50-floor)`);
console.log('\ntargets: calls/floor 1.00; CPU/naive <= 1; screens/naive >= 1; p50 over floor < 2 ms');
console.log(`(${short} p50-fl: the ${second} gateway's own p50 over the floor, the same figure for the peer)`);

await project.stop();
await naive.stop();
await sandbox.stop();
process.exit(0);
