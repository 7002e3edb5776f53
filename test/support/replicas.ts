/**
 * Gateway replicas as a user runs them: real `src/main.ts` processes beside a real redis-server,
 * each started on a free loopback port and stopped (SIGTERM, awaited) at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startProcess } from './process.ts';

export interface Replica {
  url: string;
  webhookUrl: string;
  output: () => string;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export class Processes {
  readonly #running: ChildProcess[] = [];

  /** Starts a process and waits for a line of its output; fails with that output if it never comes. */
  async start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ match: RegExpMatchArray; output: () => string }> {
    const { child, output, waitFor } = startProcess(command, args, { cwd: resolve(import.meta.dirname, '../..'), env });
    this.#running.push(child);
    return { match: await waitFor(ready), output };
  }

  /** A redis-server of its own, without persistence: its URL. */
  async redis(): Promise<string> {
    const port = await freePort();
    await this.start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env, /Ready to accept connections/);
    return `redis://127.0.0.1:${port}`;
  }

  /** A gateway process with `env` and none of the developer's GHL_*, SANDBOX_*, WEBHOOK_* or REDIS_* settings. */
  async gateway(env: Record<string, string>): Promise<Replica> {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(GHL_|SANDBOX_|WEBHOOK_|REDIS_|GATEWAY_)/.test(key)));
    const { match, output } = await this.start(process.execPath, ['--import', 'tsx', 'src/main.ts'], { ...inherited, PORT: '0', ...env }, /"url":"(http:[^"]+)","webhookUrl":"(http:[^"]+)"/);
    return { url: match[1]!, webhookUrl: match[2]!, output };
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.#running.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }),
    );
  }
}
