/**
 * How many complete screens one location gets at GHL's real rate limit (100 requests per 10 s,
 * the sandbox's default): 16 clients ask for one screen as fast as answers come, for DURATION_S
 * seconds, through a gateway without the read cache and then with it. A screen is complete when it
 * has data and no error; the rest are RATE_LIMITED (or other) refusals. Upstream 429s are counted
 * from the sandbox's own request log: the target is 0.
 *
 *   npm run bench:capacity           (CLIENTS=16 DURATION_S=30 CACHE_TTL_MS=30000 by default)
 *
 * No webhooks change the data during the run: with the cache on, an entry lives CACHE_TTL_MS.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { ghlGet, postJson, startBenchGateway, startSandboxProcess } from './support.ts';

const clients = Number(process.env['CLIENTS'] ?? 16);
const durationMs = Number(process.env['DURATION_S'] ?? 30) * 1000;
const cacheTtlMs = process.env['CACHE_TTL_MS'] ?? '30000';
const RATE_WINDOW_MS = 10_000;

const sandbox = await startSandboxProcess({});
const { pipelines } = await ghlGet(sandbox, `/opportunities/pipelines?locationId=${sandbox.locationId}`);
const { opportunities } = await ghlGet(sandbox, `/opportunities/search?location_id=${sandbox.locationId}&limit=1`);
const screens = [
  { name: 'pipeline board', file: 'pipeline-board', variables: { pipelineId: pipelines[0].id } },
  { name: 'inbox', file: 'inbox', variables: {} },
  { name: 'contact 360', file: 'contact-360', variables: { id: opportunities[0].contactId } },
];

const upstream429s = async () => {
  const response = await request(`${sandbox.url}/_sandbox/requests`);
  const { entries } = (await response.body.json()) as { entries: { status: number }[] };
  return entries.filter((entry) => entry.status === 429).length;
};

interface Tally {
  complete: number;
  refused: number;
  failed: number;
}

async function hammer(url: string, query: string, variables: object): Promise<Tally> {
  const tally: Tally = { complete: 0, refused: 0, failed: 0 };
  const until = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const body = await postJson<{ data?: unknown; errors?: { extensions?: { code?: string; retryAfterMs?: number } }[] }>(url, { query, variables });
        const error = body.errors?.[0];
        if (!error && body.data) tally.complete++;
        else if (error?.extensions?.code === 'RATE_LIMITED') {
          tally.refused++;
          // A client told when to come back waits that long, as a well-behaved frontend would.
          await sleep(Math.min(error.extensions.retryAfterMs ?? 100, until - Date.now()));
        } else tally.failed++;
      }
    }),
  );
  return tally;
}

const rows: string[] = [];
for (const screen of screens) {
  const query = readFileSync(new URL(`../examples/${screen.file}.graphql`, import.meta.url), 'utf8');
  for (const cache of [false, true]) {
    // A window of GHL's limit with nothing sent: each run starts with the location's whole budget.
    await sleep(RATE_WINDOW_MS);
    await request(`${sandbox.url}/_sandbox/requests`, { method: 'DELETE' });
    const gateway = await startBenchGateway(sandbox, { CACHE_TTL_MS: cache ? cacheTtlMs : '0' });
    const tally = await hammer(gateway.url, query, screen.variables);
    await gateway.close();
    rows.push(
      [
        screen.name.padEnd(15),
        (cache ? 'with cache' : 'no cache').padEnd(11),
        String(tally.complete).padStart(9),
        String(tally.refused).padStart(13),
        String(tally.failed).padStart(7),
        String(await upstream429s()).padStart(14),
      ].join(' '),
    );
    console.log(rows.at(-1));
  }
}
console.log(`\n${clients} clients, ${durationMs / 1000} s per run, one location at 100 requests / 10 s\n`);
console.log('screen          gateway      complete  RATE_LIMITED  failed  upstream 429s');
for (const row of rows) console.log(row);

await sandbox.stop();
