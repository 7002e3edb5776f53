/**
 * How soon a verified webhook reaches the read cache: WEBHOOKS signed `ContactUpdate` POSTs, one
 * after another, each after a read has cached the contact. The gateway evicts before it answers
 * the webhook, so the time from the POST to its 200 is the time to the eviction; the read that
 * follows each one must miss (it is counted, and a hit fails the run). Target: 50 ms p99.
 *
 *   npm run bench:eviction           (WEBHOOKS=300; REDIS_URL to measure the shared cache)
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { ghlGet, percentile, postJson, startBenchGateway, startSandboxProcess } from './support.ts';

const webhooks = Number(process.env['WEBHOOKS'] ?? 300);
const secret = randomBytes(32).toString('hex');

const sandbox = await startSandboxProcess({ SANDBOX_RATE_LIMIT_MAX: '100000' });
const gateway = await startBenchGateway(sandbox, {
  CACHE_TTL_MS: '600000',
  GHL_RATE_LIMIT_MAX: '100000',
  GHL_WEBHOOK_SECRET: secret,
  ...(process.env['REDIS_URL'] && { REDIS_URL: process.env['REDIS_URL'] }),
});
const { contacts } = await ghlGet<{ contacts: { id: string }[] }>(sandbox, `/contacts/?locationId=${sandbox.locationId}&limit=1`);
const id = contacts[0]!.id;

const READ = 'query ($id: ID!) { contact(id: $id) { city } }';
const read = () => postJson<{ errors?: unknown[]; extensions?: { cache?: { hits: number; misses: number } } }>(gateway.url, { query: READ, variables: { id } });

async function postWebhook(): Promise<number> {
  const body = JSON.stringify({ type: 'ContactUpdate', locationId: sandbox.locationId, id, webhookId: randomUUID(), timestamp: new Date().toISOString() });
  const started = performance.now();
  const response = await request(gateway.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ghl-signature': createHmac('sha256', secret).update(body).digest('hex') },
    body,
  });
  await response.body.dump();
  const elapsed = performance.now() - started;
  if (response.statusCode !== 200) throw new Error(`the webhook was answered ${response.statusCode}`);
  return elapsed;
}

await read();
const times: number[] = [];
let hitsAfterWebhook = 0;
for (let i = 0; i < webhooks; i++) {
  // Cached before the webhook: the read before it is a hit (it missed only after the last webhook).
  const before = await read();
  if (before.errors) throw new Error(`the read failed: ${JSON.stringify(before.errors)}`);
  times.push(await postWebhook());
  const after = await read();
  if (after.extensions?.cache?.misses !== 1) hitsAfterWebhook++;
}
times.sort((a, b) => a - b);
console.log(`\n${webhooks} signed webhooks, ${process.env['REDIS_URL'] ? 'cache in Redis' : 'cache in memory'}: POST to eviction done (its 200)`);
console.log(`median ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (target: p99 under 50 ms)`);
console.log(`reads after a webhook that still hit the cache: ${hitsAfterWebhook} (must be 0)`);

await gateway.close();
await sandbox.stop();
if (hitsAfterWebhook > 0) process.exitCode = 1;
