/**
 * What a few suites need from the machine besides Node and npm: redis-server, a Chromium. Without
 * one, those suites are skipped with one line saying what and how to enable it. Under CI=true a
 * missing one fails the run instead: .ci/run installs everything, so nothing may be skipped there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const inCi = process.env['CI'] === 'true';

/** Whether `command` runs on this machine. */
export const runs = (command: string, args = ['--version'], env: Record<string, string> = {}) =>
  spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ...env } }).status === 0;

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

/** A Chromium for playwright-core to launch: its path, and what its environment needs. */
export interface ChromiumBuild {
  executablePath: string;
  env: Record<string, string>;
}

/**
 * Debian's chromium when installed; else the build the @sparticuz/chromium npm package ships,
 * unpacked into the temp dir on first use, with the NSS and expat libraries it links to, which a
 * machine with only Node and npm may lack (packed for Amazon Linux 2023: glibc 2.34 or newer).
 */
async function chromiumBuild(): Promise<ChromiumBuild> {
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', env: {} };
  const { default: shipped, inflate } = await import('@sparticuz/chromium');
  const bin = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '../bin');
  const [executablePath, libraries] = await Promise.all([shipped.executablePath(), inflate(join(bin, 'al2023.tar.br'))]);
  return { executablePath, env: { LD_LIBRARY_PATH: [join(libraries, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':') } };
}

/** A Chromium that starts here; undefined (after saying so) when there is none. */
export async function findChromium(skipped: string): Promise<ChromiumBuild | undefined> {
  const build = await chromiumBuild().catch((error: Error) => error);
  if (build instanceof Error) {
    needs(false, `@sparticuz/chromium did not unpack (${build.message})`, skipped, "install Debian's chromium");
    return undefined;
  }
  const starts = runs(build.executablePath, ['--headless', '--no-sandbox', '--version'], build.env);
  return needs(starts, `no Chromium starts here (${build.executablePath})`, skipped, "install Debian's chromium") ? build : undefined;
}
