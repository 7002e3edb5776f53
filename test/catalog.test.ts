/** Every operation the gateway calls exists in GHL's official OpenAPI files, as the catalog says. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../src/ghl/catalog.ts';

// CI lays shared/ beside the clone, as on a developer's machine.
const specDir = resolve(import.meta.dirname, '../../shared/reference/ghl-openapi/apps');

interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string; schema?: { enum?: string[] } }[];
}
const specs = new Map<string, Record<string, Record<string, OpenApiOperation>>>();
const pathsOf = (spec: string) => {
  if (!specs.has(spec)) specs.set(spec, JSON.parse(readFileSync(resolve(specDir, `${spec}.json`), 'utf8')).paths);
  return specs.get(spec)!;
};

describe('operation catalog', () => {
  it.each(Object.entries(operations))('%s matches the official OpenAPI file', (_, op) => {
    const spec = pathsOf(op.spec)[op.path];
    expect(spec, `${op.path} in ${op.spec}.json`).toBeDefined();
    const official = spec![op.method.toLowerCase()];
    expect(official, `${op.method} ${op.path}`).toBeDefined();
    expect(official!.operationId).toBe(op.operationId);
    const version = official!.parameters?.find((p) => p.name === 'Version' && p.in === 'header');
    // A few funnels operations and POST /oauth/token declare no Version header: GHL takes the one the rest of the API uses.
    expect(version?.schema?.enum ?? ['2021-07-28']).toEqual([op.version]);
  });

  it('never retries a POST unless it is marked idempotent on purpose', () => {
    const retriedPosts = Object.entries(operations)
      .filter(([, op]) => op.method === 'POST' && op.idempotent)
      .map(([name]) => name);
    expect(retriedPosts).toEqual(['searchContacts', 'addContactTags', 'listSocialPosts']);
  });
});
