/** The README's commands, run as a user runs them: real processes, real ports. */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, expect, it } from 'vitest';
import { startProcess, type Started } from './support/process.ts';

const running: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stop));
});

/** No GHL_* from the developer's shell: the point is what a fresh machine does. */
const cleanEnv = (extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GHL_') && !key.startsWith('SANDBOX_'))),
  ...extra,
});

function start(script: string, env: Record<string, string>): Started {
  // Its own process group, so that stopping it stops npm's children too.
  const started = startProcess('npm', ['run', '--silent', script], { env: cleanEnv(env), detached: true });
  running.push(started.child);
  return started;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

it('`npm start` with no credentials serves GraphiQL and sandbox data, and says so', async () => {
  const gateway = start('start', { PORT: '0' });
  const [, url] = await gateway.waitFor(/"url":"(http:\/\/[^"]+\/graphql)"/);
  expect(gateway.output()).toMatch(/No GHL credentials configured.*sandbox/);

  const page = await fetch(url!, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(/graphiql/i);

  const response = await fetch(url!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ location { name } contacts(first: 3) { totalCount edges { node { name } } } }' }),
  });
  const { data, errors } = await response.json();
  expect(errors).toBeUndefined();
  expect(data.location.name).toBeTruthy();
  expect(data.contacts.totalCount).toBeGreaterThanOrEqual(200);
  expect(data.contacts.edges).toHaveLength(3);
});

it('`npm run sandbox` serves GHL alone and prints the tokens to use', async () => {
  const sandbox = start('sandbox', { SANDBOX_PORT: '0' });
  const [, url] = await sandbox.waitFor(/listening on (http:\/\/\S+)/);
  const [, locationId, token] = await sandbox.waitFor(/^\s+(\w{20})\s+.+?\s(sbx-loc-\S+)$/m);
  const response = await fetch(`${url}/locations/${locationId}`, { headers: { authorization: `Bearer ${token}`, version: '2021-07-28' } });
  expect(response.status).toBe(200);
  expect((await response.json()).location.id).toBe(locationId);
});
