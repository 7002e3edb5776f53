/**
 * Vitest global setup: gives the run a fresh directory for captured logs and, once every test file
 * is done, scans them all (./log-scan.ts). A leak fails the run even if every test passed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { scanLogDirectory } from './log-scan.ts';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-test-logs-'));
  project.provide('logScanDir', dir);
  return () => {
    const leaks = scanLogDirectory(dir);
    if (leaks.length === 0) {
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    const report = leaks.slice(0, 20).map((leak) => `  ${leak.file}:${leak.line}: ${leak.what}\n    ${leak.excerpt}`);
    // Vitest only prints an error thrown here; the exit code is ours to set.
    process.exitCode = 1;
    throw new Error(`Secrets found in the logs of this test run (${leaks.length} lines, kept in ${dir}):\n${report.join('\n')}`);
  };
}
