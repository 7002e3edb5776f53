/** What every benchmark needs: a sandbox in its own process, a gateway over it, and percentiles. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
