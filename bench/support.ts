/** What every benchmark needs: a sandbox in its own process, a gateway over it, and percentiles. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startGateway, type Gateway } from '../src/server.ts';
import { versionOf } from '../test/support/ghl-rest.ts';

export interface SandboxProcess {
  url: string;
  locationId: string;
  token: string;
  stop(): Promise<void>;
}

/** `npm run sandbox` in a process of its own, so its work does not share the gateway's event loop. */
export async function startSandboxProcess(env: Record<string, string>): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    env: { ...process.env, SANDBOX_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // However the benchmark ends, the sandbox ends with it.
  process.once('exit', () => child.kill());
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  for (let waited = 0; !/listening on (\S+)/.test(output); waited += 50) {
    if (waited > 20_000 || child.exitCode !== null) throw new Error(`the sandbox did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /listening on (\S+)/.exec(output)![1]!;
  const tokens = (await (await fetch(`${url}/_sandbox/tokens`)).json()) as { locations: Record<string, string> };
  const [locationId, token] = Object.entries(tokens.locations)[0]!;
  return {
    url,
    locationId,
    token,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export interface GatewayProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * A gateway script (bench/gateway-process.ts, bench/naive-gateway.ts, another checkout's) in a
 * process of its own over `sandbox`, so its CPU is its own; `nodeArgs` go to node after tsx's loader,
 * so they may name TypeScript (`--import bench/timeline-preload.ts`).
 */
export async function startGatewayProcess(sandbox: SandboxProcess, script: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, script], {
    env: { ...process.env, SANDBOX_URL: sandbox.url, SANDBOX_TOKEN: sandbox.token, SANDBOX_LOCATION: sandbox.locationId, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.once('exit', () => child.kill());
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  for (let waited = 0; !/listening on (\S+)/.test(output); waited += 50) {
    if (waited > 30_000 || child.exitCode !== null) throw new Error(`${script} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: /listening on (\S+)/.exec(output)![1]!,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const CLOCK_TICK_MS = 10;

/** User plus system CPU of a process so far, in ms, as the kernel counts it. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

export async function startBenchGateway(sandbox: SandboxProcess, env: Record<string, string> = {}): Promise<Gateway> {
  const config = loadConfig({ PORT: '0', GHL_SANDBOX: 'false', GHL_API_BASE_URL: sandbox.url, LOG_LEVEL: 'silent', ...env });
  return startGateway({
    config,
    logger: createLogger(config.logLevel),
    upstream: {
      baseUrl: sandbox.url,
      credentials: { token: sandbox.token, locationId: sandbox.locationId },
      defaultLocationId: sandbox.locationId,
    },
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

/**
 * The benchmarks' one HTTP client, for the gateway and the sandbox alike: a keep-alive pool and
 * undici's request, which costs far less per call than the global fetch, whose own overhead
 * (about a millisecond a request here) would otherwise be counted against the gateway.
 */
const client = new Agent({ connections: 256 });

export async function postJson<T = any>(url: string, body: unknown): Promise<T> {
  const response = await request(url, {
    dispatcher: client,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.body.json()) as T;
}

export async function ghlGet<T = any>(sandbox: SandboxProcess, path: string): Promise<T> {
  const response = await request(`${sandbox.url}${path}`, {
    dispatcher: client,
    headers: { authorization: `Bearer ${sandbox.token}`, version: versionOf(path) },
  });
  if (response.statusCode >= 400) throw new Error(`GET ${path}: HTTP ${response.statusCode}`);
  return (await response.body.json()) as T;
}

/** One screen of examples/: its document, variables, and the same data fetched by hand. */
export interface ExampleScreen {
  name: string;
  /** examples/<file>.graphql */
  file: string;
  variables: Record<string, unknown>;
  /** Levels of dependent REST calls: the critical path in round trips. */
  levels: number;
  /** The REST calls a careful engineer would write, each level's calls side by side: the floor. */
  byHand(): Promise<void>;
}

/** The pipeline board, the inbox and contact 360 over this sandbox's data. */
export async function exampleScreens(sandbox: SandboxProcess): Promise<ExampleScreen[]> {
  const get = (path: string) => ghlGet(sandbox, path);
  const { pipelines } = await get(`/opportunities/pipelines?locationId=${sandbox.locationId}`);
  const { opportunities } = await get(`/opportunities/search?location_id=${sandbox.locationId}&limit=1`);
  return [
    {
      name: 'pipeline board',
      file: 'pipeline-board',
      variables: { pipelineId: pipelines[0].id },
      levels: 2,
      byHand: async () => {
        await get(`/opportunities/search?location_id=${sandbox.locationId}&pipeline_id=${pipelines[0].id}&limit=50`);
        await Promise.all([get(`/opportunities/pipelines?locationId=${sandbox.locationId}`), get(`/users/?locationId=${sandbox.locationId}`)]);
      },
    },
    {
      name: 'inbox',
      file: 'inbox',
      variables: {},
      levels: 2,
      byHand: async () => {
        const { conversations } = await get(`/conversations/search?locationId=${sandbox.locationId}&limit=20`);
        await Promise.all(conversations.map((c: { id: string }) => get(`/conversations/${c.id}/messages?limit=10`)));
      },
    },
    {
      name: 'contact 360',
      file: 'contact-360',
      variables: { id: opportunities[0].contactId },
      levels: 2,
      byHand: async () => {
        const id = opportunities[0].contactId;
        const { contact } = await get(`/contacts/${id}`);
        const loc = contact.locationId;
        await Promise.all([
          get(`/opportunities/search?location_id=${loc}&contact_id=${id}&limit=20`),
          get(`/conversations/search?locationId=${loc}&contactId=${id}&limit=20`),
          get(`/invoices/?altId=${loc}&altType=location&contactId=${id}&limit=20&offset=0`),
          get(`/contacts/${id}/appointments`),
          get(`/contacts/${id}/tasks`),
          get(`/contacts/${id}/notes`),
          get(`/locations/${loc}`),
        ]);
      },
    },
  ];
}
