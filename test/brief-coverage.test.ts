/**
 * Every operation in the product brief (the curl examples in reference/brief) is reachable through
 * the graph: each row runs its GraphQL against a real sandbox, and the sandbox's request log must
 * show the operation's call with the right method, path and Version header (or, where GHL deprecated
 * the brief's call, the call the row says the gateway makes instead). Rows live beside this
 * file, one file per area: test/brief/<area>.rows.ts.
 */
/// <reference types="vite/client" />
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../src/ghl/catalog.ts';
import type { BriefContext, BriefRow } from './brief/row.ts';
import { versionOf } from './support/ghl-rest.ts';
import { briefDir } from './support/reference.ts';
import { useStack } from './support/stack.ts';

const briefText = readdirSync(briefDir)
  .map((file) => readFileSync(resolve(briefDir, file), 'utf8'))
  .join('\n');
const briefOperations = [
  ...new Set(
    [...briefText.matchAll(/curl -X ([A-Z]+) "https:\/\/services\.leadconnectorhq\.com([^"?]+)/g)].map(
      ([, method, path]) => `${method} ${path}`,
    ),
  ),
].sort();

const rows = Object.values(import.meta.glob<{ rows: BriefRow[] }>('./brief/*.rows.ts', { eager: true })).flatMap(
  (module) => module.rows,
);

/**
 * `/contacts/{contactId}/notes` matches `/contacts/abc/notes`, and nothing longer. A trailing slash
 * is optional on either side, as GHL treats it (the brief writes `/products/{id}/price/`).
 */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/\/$/, '').replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

describe('the product brief, operation by operation', () => {
  // Ninety-odd operations in a row would spend GHL's 100-per-10-s budget; that limit has its own tests.
  const stack = useStack({ sandbox: { rateLimit: { max: 100_000, intervalMs: 10_000 } }, env: { GHL_RATE_LIMIT_MAX: '100000' } });
  let context: BriefContext;
  /** Responses whose cost estimate fell below the calls they really made (or that lack the report): the estimate must bound them. */
  const underestimated: { query: string; estimatedCalls?: number; upstreamCalls?: number }[] = [];
  beforeAll(() => {
    context = {
      stack,
      // The result type is the document's promise to the row, as with stack.gql: the answer is not checked against it.
      gql: (async (document: TypedDocumentNode, variables?: Record<string, unknown>, options?: { token?: string }) => {
        const query = print(document);
        const response = await stack.gqlUntyped(query, variables, options);
        if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
        const { estimatedCalls, upstreamCalls } = response.extensions?.cost ?? {};
        if (!(estimatedCalls !== undefined && upstreamCalls !== undefined && estimatedCalls >= upstreamCalls)) underestimated.push({ query, estimatedCalls, upstreamCalls });
        return response.data;
      }) as BriefContext['gql'],
    };
  });

  it('has a row for every curl example in the brief, and no row for anything else', () => {
    expect(briefOperations.length).toBeGreaterThan(80);
    expect([...new Set(rows.map((row) => row.brief))].sort()).toEqual(briefOperations);
  });

  it.each(rows.map((row) => [row.brief, row] as const))('%s', async (brief, row) => {
    const operation = operations[row.operation];
    const [briefMethod, briefPath] = brief.split(' ') as [string, string];
    const { method } = operation;
    const pattern = templatePattern(operation.path);
    if (row.servedInstead !== undefined) {
      expect(method !== briefMethod || !pattern.test(briefPath), 'the call served instead is another call').toBe(true);
    } else {
      expect(method).toBe(briefMethod);
      if (row.briefDiffers === undefined) expect(briefPath, `the brief's path fits ${operation.path}`).toMatch(pattern);
      else expect(briefPath).not.toMatch(pattern);
    }
    expect(operation.version).toBe(versionOf(operation.path));

    stack.sandbox.requests.clear();
    underestimated.length = 0;
    await row.run(context);
    expect(underestimated, 'the cost estimate bounds the calls each request made').toEqual([]);
    const calls = stack.sandbox.requests.entries.filter((entry) => entry.method === method && pattern.test(entry.path));
    expect(calls.length, `${method} ${operation.path} reached the sandbox`).toBeGreaterThan(0);
    expect(calls.every((call) => call.version === operation.version)).toBe(true);
    expect(calls.some((call) => call.status >= 200 && call.status < 300)).toBe(true);
  });
});
