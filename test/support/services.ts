/**
 * What a few suites need from the machine besides Node and npm: redis-server, a Chromium. Without
 * one, those suites are skipped with one line saying what and how to enable it. Under CI=true a
 * missing one fails the run instead: .ci/run installs everything, so nothing may be skipped there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const inCi = process.env['CI'] === 'true';

/** Whether `command` runs on this machine. */
export const runs = (command: string, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** `available` as is; when it is false, says which suite is skipped and how to enable it, or fails under CI=true. */
export function needs(available: boolean, missing: string, skipped: string, enable: string): boolean {
  if (available) return true;
  const howTo = `To run it: ${enable}.`;
  if (inCi) throw new Error(`${missing}, so ${skipped} cannot run, and CI=true allows no skip. ${howTo}`);
  console.warn(`${missing}: skipping ${skipped}. ${howTo}`);
  return false;
}

export const hasRedis = (skipped: string) =>
  needs(runs('redis-server'), 'redis-server is not installed', skipped, 'install redis-server (Debian: apt-get install redis-server)');

/** Debian's chromium when installed; else the Chromium build the @sparticuz/chromium npm package ships (unpacked into the temp dir on first use). */
async function chromiumPath(): Promise<string> {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: shipped } = await import('@sparticuz/chromium');
  return shipped.executablePath();
}

/** A Chromium that starts here, for playwright-core to drive; undefined (after saying so) when there is none. */
export async function findChromium(skipped: string): Promise<string | undefined> {
  const path = await chromiumPath().catch(() => undefined);
  const starts = path !== undefined && runs(path, ['--headless', '--no-sandbox', '--version']);
  const enable = "install Debian's chromium, or the libraries @sparticuz/chromium's build links to (libnss3)";
  return needs(starts, `no Chromium starts here (${path ?? '@sparticuz/chromium did not unpack'})`, skipped, enable) ? path : undefined;
}
