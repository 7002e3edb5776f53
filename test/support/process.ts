/** A real process for tests that run what a user runs: its output kept, and a wait for a line of it. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** The first match of `pattern` in its output; fails with that output if none comes within 20 s or it exits. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

export function startProcess(command: string, args: readonly string[], options: SpawnOptions): Started {
  const child = spawn(command, args, options);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const waitFor = async (pattern: RegExp) => {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const match = output.match(pattern);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${command} did not print ${pattern}:\n${output}`);
  };
  return { child, output: () => output, waitFor };
}
