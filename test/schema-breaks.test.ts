/**
 * A breaking change to schema.graphql fails unless schema-breaks.json lists it as intended
 * (docs/schema-guide.md, "Breaking changes"). The schema is compared with the last committed
 * version before it: HEAD's, while the working copy differs from it (a developer before
 * committing); otherwise the version before the commit that last changed it (CI on a clean
 * clone, where the working copy is HEAD's; after a merge, main's version before the merge).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCHEMA = 'schema.graphql';

interface IntendedBreak {
  /** The graphql-inspector change type, e.g. FIELD_REMOVED. */
  type: string;
  /** The schema coordinate graphql-inspector reports (`Contact.dateAdded`); `*` matches any run of characters. */
  path: string;
  why: string;
}

// schema.graphql, with every operation of GHL's files in it, is well past execFileSync's 1 MB default.
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** The committed schema the working one is judged against; null when there is none before it. */
function previousSchema(working: string): string | null {
  const head = git('show', `HEAD:${SCHEMA}`);
  if (head !== working) return head;
  const lastChange = git('log', '-1', '--first-parent', '--format=%H', '--', SCHEMA).trim();
  const parent = git('rev-list', '--parents', '-n', '1', lastChange).trim().split(' ')[1];
  if (!parent) {
    // A shallow clone cuts history at HEAD: every file looks added there, and the check would pass blindly.
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
      throw new Error(`${SCHEMA} has no earlier version in this shallow clone: clone with full history (fetch-depth 0)`);
    }
    return null;
  }
  try {
    return git('show', `${parent}:${SCHEMA}`);
  } catch {
    // The commit that added schema.graphql breaks nothing.
    return null;
  }
}

const matches = (pattern: string, path: string): boolean =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

const isIntended = (change: Change, intended: readonly IntendedBreak[]): boolean =>
  intended.some((entry) => entry.type === change.type && change.path !== undefined && matches(entry.path, change.path));

it('schema.graphql breaks nothing that schema-breaks.json does not list as intended', async () => {
  const working = readFileSync(`${root}${SCHEMA}`, 'utf8');
  const previous = previousSchema(working);
  if (previous === null) return;
  const { intended } = JSON.parse(readFileSync(`${root}schema-breaks.json`, 'utf8')) as { intended: IntendedBreak[] };
  const changes = await diff(buildSchema(previous), buildSchema(working));
  const unintended = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && !isIntended(change, intended));
  expect(unintended.map((change) => `${change.type} ${change.path}: ${change.message}`)).toEqual([]);
});

it('every entry of schema-breaks.json says why', () => {
  const { intended } = JSON.parse(readFileSync(`${root}schema-breaks.json`, 'utf8')) as { intended: IntendedBreak[] };
  for (const entry of intended) expect(entry.why, `${entry.type} ${entry.path}`).toMatch(/\w{3,}/);
});
