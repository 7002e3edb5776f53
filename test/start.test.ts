/** The README's commands, run as a user runs them: real processes, real ports. */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

describe('a port already in use stops the process with one line saying so, and no stack trace', () => {
  const held = createServer();
  beforeAll(() => once(held.listen(0, '127.0.0.1'), 'listening'));
  afterAll(() => new Promise((done) => held.close(done)));

  it.each([
    ['start', 'PORT', /"msg":"The gateway could not start: 127\.0\.0\.1:(\d+) is already in use; set PORT to a free port/],
    ['sandbox', 'SANDBOX_PORT', /^The GHL sandbox could not start: 127\.0\.0\.1:(\d+) is already in use; set SANDBOX_PORT to a free port/m],
  ] as const)('`npm run %s` with %s taken', async (script, variable, says) => {
    const { port } = held.address() as AddressInfo;
    const started = start(script, { [variable]: String(port) });
    const [code] = await once(started.child, 'exit');
    expect(code).toBe(1);
    expect(started.output().match(says)?.[1]).toBe(String(port));
    expect(started.output()).not.toMatch(/\n\s+at /);
    expect(started.output().match(/could not start/g)).toHaveLength(1);
  });
});
