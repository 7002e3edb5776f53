/**
 * Where a CPU profile's busy time went (a .cpuprofile from GATEWAY_CPU_PROF or NAIVE_CPU_PROF of
 * bench/peers.ts, or any --cpu-prof): the top functions by self time, the top files and packages,
 * and for each pattern given, the share of samples with a matching frame on the stack.
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [--skip-ms=5000] [--top=30] [pattern ...]
 *
 * Shares are of busy samples, counted, not weighted by the time between them: on a loaded machine
 * the sampler itself waits for a core, and one late sample would otherwise stand for tens of ms.
 * Idle and "(program)" samples are left out, and so is everything before --skip-ms (start-up, and
 * each screen's first, cold run in bench:peers).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const [file, ...patterns] = args.filter((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: bench/profile-summary.ts <file.cpuprofile> [--skip-ms=N] [--top=N] [pattern ...]');
const skipUs = option('skip-ms', 0) * 1000;
const top = option('top', 30);

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const where = (url: string) => url.replace(/^file:\/\/.*?\/(src|bench|sandbox|node_modules)\//, '$1/').replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
const frameOf = (id: number) => {
  const { functionName, url } = nodes.get(id)!.callFrame;
  return { name: functionName || '(anonymous)', where: where(url) || '(native)' };
};

/** Busy samples per profile node, after the skipped start. */
const samples = new Map<number, number>();
let busy = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  const { name } = frameOf(id);
  if (at < skipUs || name === '(idle)' || name === '(program)') return;
  samples.set(id, (samples.get(id) ?? 0) + 1);
  busy++;
});

function tally(keyOf: (id: number) => string): [string, number][] {
  const totals = new Map<string, number>();
  for (const [id, count] of samples) totals.set(keyOf(id), (totals.get(keyOf(id)) ?? 0) + count);
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}
const share = (count: number) => `${((100 * count) / busy).toFixed(1).padStart(5)}%`;

console.log(`${busy} busy samples`);
console.log('\nself, by function');
for (const [key, count] of tally((id) => `${frameOf(id).name}  ${frameOf(id).where}`)) console.log(`${share(count)}  ${key}`);
console.log('\nself, by file or package');
for (const [key, count] of tally((id) => frameOf(id).where)) console.log(`${share(count)}  ${key}`);
if (patterns.length > 0) console.log('\nwith a frame matching (function and file) on the stack');
for (const pattern of patterns) {
  const matches = new RegExp(pattern);
  let count = 0;
  for (const [id, n] of samples) {
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const { name, where: url } = frameOf(node);
      if (matches.test(`${name} ${url}`)) {
        count += n;
        break;
      }
    }
  }
  console.log(`${share(count)}  ${pattern}`);
}
