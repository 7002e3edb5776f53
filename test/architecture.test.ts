/**
 * The folders keep the shape docs/architecture.md draws: the sandbox is a package of its own, every
 * file of src/ sits in one layer and imports only its own layer and the ones below, nothing imports
 * in a circle (file to file, or folder to folder), and webhook ingest knows nothing of GraphQL.
 * Both the gateway and the sandbox may import openapi/, the reading of GHL's official files they
 * share (catalog, corrections, validator), which imports neither; the gateway takes from it only
 * the shapes of its generated code, so no process of it reads the files.
 * Imports are read with TypeScript's own pre-processor, so type-only imports, re-exports and
 * dynamic imports all count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/**
 * src/ from the bottom up: a file may import its own layer and those below it. A folder is named
 * with its trailing slash and holds its sub-folders; a file at the top of src/ is named alone.
 * The members of a layer `apart` import nothing of each other. docs/architecture.md shows the same order.
 */
const layers: { name: string; members: string[]; apart?: true }[] = [
  {
    name: 'foundation',
    members: [
      'src/errors.ts',
      'src/config.ts',
      'src/ghl-public-key.ts',
      'src/logger.ts',
      'src/metrics.ts',
      'src/json-depth.ts',
      'src/json-reply.ts',
      'src/request-id.ts',
    ],
  },
  { name: 'REST edge and webhook ingest', members: ['src/ghl/', 'src/events/'], apart: true },
  { name: 'credentials', members: ['src/credentials/'] },
  { name: 'read cache', members: ['src/cache/'] },
  { name: 'loaders', members: ['src/loaders/'] },
  { name: 'request context', members: ['src/context.ts'] },
  { name: 'resolvers', members: ['src/resolvers/'] },
  { name: 'schema', members: ['src/schema/'] },
  { name: 'plugins', members: ['src/plugins/'] },
  { name: 'transports', members: ['src/transports/'] },
  {
    name: 'server',
    members: ['src/server.ts', 'src/health.ts', 'src/graphiql.ts', 'src/main.ts', 'src/start-failure.ts', 'src/workers.ts'],
  },
];

/** Every .ts file under a top-level folder, as a path from the repository root. */
function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

/** What a file imports: relative ones as paths from the repository root, packages by name. */
function importsOf(file: string): { files: string[]; packages: string[] } {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  const specifiers = importedFiles.map(({ fileName }) => fileName);
  return {
    files: specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(root, dirname(file), s))),
    packages: specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
  };
}

/** `file -> target` for each relative import of a file. */
function imports(file: string): string[] {
  return importsOf(file).files.map((target) => `${file} -> ${target}`);
}

const crossing = (from: string, to: string) =>
  sources(from)
    .flatMap(imports)
    .filter((edge) => edge.split(' -> ')[1]!.startsWith(`${to}/`));

const gateway = sources('src');
/** The gateway's own imports, file to file (the sandbox, reached by src/main.ts, is checked apart). */
const graph = new Map(gateway.map((file) => [file, importsOf(file).files.filter((target) => target.startsWith('src/'))]));

/** The top-level folder of src/ a file belongs to (`src/schema/`), or the file itself at the top of src/. */
function folderOf(file: string): string {
  const [, first, ...rest] = file.split('/');
  return rest.length === 0 ? file : `src/${first}/`;
}

function layerOf(file: string): number {
  return layers.findIndex(({ members }) => members.includes(folderOf(file)));
}

/**
 * Every circle of a graph, as one path each that starts and ends on the same node: one per
 * strongly connected component (Tarjan), which is enough to name what to untangle.
 */
function circles(edges: Map<string, string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set(stack.splice(stack.indexOf(node)));
    const selfLoop = edges.get(node)?.includes(node);
    if (component.size > 1 || selfLoop) found.push(pathBack(node, component, edges).join(' -> '));
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The shortest way from `start` back to itself inside its component (breadth first). */
function pathBack(start: string, component: Set<string>, edges: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of edges.get(node) ?? []) {
      if (!component.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, node);
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      queue.push(next);
    }
  }
  return [start, start];
}

it('finds the imports it checks', () => {
  // The checks below would pass over nothing if the reading broke.
  expect(imports('src/main.ts')).toContain('src/main.ts -> sandbox/index.ts');
  expect(sources('sandbox')).toContain('sandbox/http/server.ts');
  expect(sources('openapi')).toContain('openapi/validator.ts');
  expect(graph.get('src/server.ts')).toContain('src/schema/index.ts');
  expect(importsOf('src/schema/builder.ts').packages).toContain('@pothos/core');
});

it('nothing in src/ but src/main.ts imports the sandbox', () => {
  expect(crossing('src', 'sandbox').filter((edge) => !edge.startsWith('src/main.ts -> '))).toEqual([]);
});

it('the sandbox imports nothing from src/', () => {
  expect(crossing('sandbox', 'src')).toEqual([]);
});

it('openapi/ imports neither the gateway nor the sandbox', () => {
  expect([...crossing('openapi', 'src'), ...crossing('openapi', 'sandbox')]).toEqual([]);
});

it('the gateway reads no OpenAPI file at run time: of openapi/ it imports only the shapes of generated code', () => {
  // The files are walked by `npm run codegen:ghl`; reading them at start-up would cost every process (and worker).
  const shapes = ['openapi/entry.ts', 'openapi/long-tail.ts'];
  expect(crossing('src', 'openapi').filter((edge) => !shapes.includes(edge.split(' -> ')[1]!))).toEqual([]);
  expect(shapes.flatMap(imports)).toEqual([]);
});

describe('the layers of src/', () => {
  it('place every file of src/ in one layer', () => {
    const members = layers.flatMap(({ members }) => members);
    expect(gateway.filter((file) => layerOf(file) === -1), 'files in no layer: add them to `layers` and docs/architecture.md').toEqual([]);
    expect(members.filter((member, at) => members.indexOf(member) !== at), 'named in two layers').toEqual([]);
  });

  it('are the ones docs/architecture.md shows', () => {
    const rows = readFileSync(join(root, 'docs/architecture.md'), 'utf8').match(/^\| \d+\. .*$/gm) ?? [];
    const documented = rows.map((row) => {
      const [name = '', members = ''] = row.split('|').slice(1, 3).map((cell) => cell.trim().replace(/^\d+\. /, ''));
      return { name, members: [...members.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) };
    });
    expect(documented).toEqual(layers.map(({ name, members }) => ({ name, members })));
  });

  it('import nothing from a higher layer', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} (${layers[layerOf(file)]!.name}) imports ${target} (${layers[layerOf(target)]!.name})`),
    );
    expect(upward).toEqual([]);
  });

  it('keep the members of a layer apart where it says so', () => {
    const across = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) === layerOf(file) && layers[layerOf(file)]!.apart && folderOf(target) !== folderOf(file))
        .map((target) => `${file} imports ${target}: apart in layer ${layers[layerOf(file)]!.name}`),
    );
    expect(across).toEqual([]);
  });

  it('have no import circle between files', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('have no import circle between folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const to = targets.map(folderOf).filter((folder) => folder !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    expect(circles(folders)).toEqual([]);
  });
});

it('webhook ingest and the event bus (src/events/) reach nothing of GraphQL, however indirectly', () => {
  // A Redis-backed EventTarget from the Yoga project: it carries events and knows no GraphQL.
  const notGraphql = new Set(['@graphql-yoga/redis-event-target']);
  const reached = new Set(sources('src/events'));
  for (const file of reached) for (const target of graph.get(file) ?? []) reached.add(target);
  const graphqlImports = [...reached].flatMap((file) =>
    importsOf(file)
      .packages.filter((name) => /graphql|pothos|envelop/.test(name) && !notGraphql.has(name))
      .map((name) => `${file} imports ${name}`),
  );
  expect([...reached].filter((file) => /^src\/(schema|resolvers|plugins|transports)\//.test(file))).toEqual([]);
  expect(graphqlImports).toEqual([]);
});
