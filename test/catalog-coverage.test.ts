/**
 * All of GHL's API v2 is reachable from GraphQL: every operation of the vendored official files
 * is exactly one long-tail field, `Query.ghl.<app>.<op>` for a GET and `Mutation.ghl.<app>.<op>`
 * for a write, priced at one REST call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { specOperations, type SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { schema } from '../src/schema/index.ts';
import { GHL_OPERATION } from '../src/schema/long-tail/fields.ts';
import { openApiAppsDir } from './support/reference.ts';

/** Every operation the files declare, as `<app> <METHOD> <path>`, read straight from them. */
const declared = readdirSync(openApiAppsDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const doc = JSON.parse(readFileSync(resolve(openApiAppsDir, file), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${file.slice(0, -'.json'.length)} ${method.toUpperCase()} ${path}`),
    );
  });

/** Each long-tail field's root path, by the operation it calls. */
const paths = new Map<string, string[]>();
const costs = new Map<string, unknown>();
for (const root of ['Query', 'Mutation'] as const) {
  const namespace = getNamedType(schema.getType(root) && (schema.getType(root) as GraphQLObjectType).getFields().ghl!.type) as GraphQLObjectType;
  for (const app of Object.values(namespace.getFields())) {
    const appType = getNamedType(app.type);
    if (!isObjectType(appType)) throw new Error(`${root}.ghl.${app.name} is not an object type`);
    for (const field of Object.values(appType.getFields())) {
      const operation = field.extensions[GHL_OPERATION] as string;
      paths.set(operation, [...(paths.get(operation) ?? []), `${root}.ghl.${app.name}.${field.name}`]);
      costs.set(operation, field.extensions.cost);
    }
  }
}

it('reaches 576/576 operations of the official files, each through exactly one root path', () => {
  expect(declared).toHaveLength(576);
  const names = Object.keys(specOperations) as SpecOperationName[];
  const reachedOperations = names.map((name) => {
    const entry = specOperations[name];
    return `${entry.app} ${entry.method} ${entry.path}`;
  });
  expect(reachedOperations.sort()).toEqual([...declared].sort());
  const notOnce = names.filter((name) => paths.get(name)?.length !== 1);
  expect(notOnce).toEqual([]);
  expect([...paths.keys()].sort()).toEqual([...names].sort());
});

it('puts reads under Query and writes under Mutation, one namespace per app, each field one REST call', () => {
  for (const [name, [path]] of paths) {
    const entry = specOperations[name as SpecOperationName];
    const [root, , app] = path!.split('.');
    expect(root, path).toBe(entry.method === 'GET' ? 'Query' : 'Mutation');
    expect(app!.toLowerCase(), path).toBe(entry.app.replaceAll('-', ''));
    expect(costs.get(name), path).toEqual({ kind: 'perParent', calls: 1 });
  }
});
