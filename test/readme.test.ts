/**
 * The README and the pages under docs/ are the operator's manual: the configuration table names
 * exactly the variables the gateway and its sandbox read (the sandbox's README its own), the errors table every `extensions.code` a client may
 * get, every link leads to a file (and heading) that exists, every table renders as one, and the
 * README's tour runs, twice, against a gateway over the sandbox.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSandboxConfig } from '../sandbox/config.ts';
import { loadConfig } from '../src/config.ts';
import { errorCodes } from '../src/errors.ts';
import { type GqlResponse, useStack } from './support/stack.ts';

const root = new URL('../', import.meta.url);
const pages = ['README.md', ...readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const read = (page: string) => readFileSync(new URL(page, root), 'utf8');
/** A page without its fenced code blocks, whose lines are code, not Markdown. */
const prose = (page: string) => read(page).replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/** The names a table's first column gives in backticks, on every table row of a page. */
function firstColumnNames(page: string, name: RegExp): string[] {
  return prose(page)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(name)].map((match) => match[1]!));
}

/** Every variable a config loader looks up, seen through an environment that records each read. */
function readVariables(load: (env: NodeJS.ProcessEnv) => unknown): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  load(env);
  return [...read];
}

const gatewayVariables = readVariables(loadConfig);
const sandboxVariables = readVariables(loadSandboxConfig);
const variableName = /`([A-Z][A-Z0-9_]*)`/g;

it('the configuration table (docs/configuration.md) lists every variable src/config.ts and sandbox/config.ts read, and no other', () => {
  expect(firstColumnNames('docs/configuration.md', variableName).sort()).toEqual([...gatewayVariables, ...sandboxVariables].sort());
});

it('the sandbox reads its own SANDBOX_* variables, and the gateway none of them', () => {
  expect(sandboxVariables.filter((name) => !name.startsWith('SANDBOX_'))).toEqual([]);
  expect(gatewayVariables.filter((name) => name.startsWith('SANDBOX_'))).toEqual([]);
});

it("the sandbox's README lists every variable sandbox/config.ts reads, and no other", () => {
  expect(firstColumnNames('sandbox/README.md', variableName).sort()).toEqual(sandboxVariables.sort());
});

it('the errors table (docs/errors.md) explains every extensions.code the gateway gives', () => {
  expect(firstColumnNames('docs/errors.md', /`([A-Z][A-Z_]*)`/g)).toEqual(expect.arrayContaining([...errorCodes]));
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const anchorsOf = (page: string) => prose(page).match(/^#+ .*$/gm)?.map((line) => anchorOf(line.replace(/^#+ /, ''))) ?? [];

describe.each(pages)('%s', (page) => {
  it('links only to files and headings that exist', () => {
    const targets = [...prose(page).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    const broken = targets.filter((target) => {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? page : new URL(path, new URL(page, root)).pathname.slice(new URL(root).pathname.length);
      if (!existsSync(new URL(file, root))) return true;
      return anchor !== undefined && !anchorsOf(file).includes(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('has every table in one piece (a header and its delimiter row, then rows, no blank line between)', () => {
    const tables: string[][] = [];
    let table: string[] | undefined;
    for (const line of prose(page).split('\n')) {
      if (!line.startsWith('|')) table = undefined;
      else if (table) table.push(line);
      else tables.push((table = [line]));
    }
    for (const [header, delimiter] of tables) expect(delimiter, header).toMatch(/^\|(\s*:?-+:?\s*\|)+$/);
  });
});

/** What the tour's documents answer, as far as the test reads it: NewLead's new contact. */
interface TourAnswer {
  createContact?: { contact: { id: string } };
}

describe("the README's tour", () => {
  const stack = useStack();

  const tour = read('README.md').split(/^## /m).find((part) => part.startsWith('A quick tour\n'));
  const documents = [...(tour ?? '').matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

  it('runs as written, twice', async () => {
    expect(documents.map((document) => /^(query|mutation) (\w+)/.exec(document)?.slice(1))).toEqual([
      ['query', 'FirstContacts'],
      ['mutation', 'NewLead'],
    ]);
    const created: string[] = [];
    for (const run of [1, 2]) {
      for (const document of documents) {
        const response = (await stack.gqlUntyped(document)) as GqlResponse<TourAnswer>;
        expect(response.errors, `run ${run}: ${JSON.stringify(response.errors)}`).toBeUndefined();
        if (response.data.createContact) created.push(response.data.createContact.contact.id);
      }
    }
    expect(new Set(created).size).toBe(2);
  });
});
