/**
 * Persisted-operations mode, for production frontends: only documents in an allow-list run, named
 * by the sha256 of their text (`extensions.persistedQuery.sha256Hash`, as Apollo and GraphQL Code
 * Generator's persisted documents send it). The list is a JSON manifest `{ "<sha256>": "<document>" }`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../config.ts';
import { refusedRequest } from '../errors.ts';

export const documentHash = (document: string) => createHash('sha256').update(document).digest('hex');

/** The manifest at `file`, each entry checked to be named by its own hash: a stale list fails at start-up. */
export function readPersistedOperations(file: string): Map<string, string> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Invalid configuration: PERSISTED_OPERATIONS_FILE: cannot read a JSON manifest (${(error as Error).message})`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new ConfigError('Invalid configuration: PERSISTED_OPERATIONS_FILE: must hold a JSON object { "<sha256>": "<document>" }');
  }
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (typeof document !== 'string' || documentHash(document) !== hash) {
      throw new ConfigError(`Invalid configuration: PERSISTED_OPERATIONS_FILE: entry ${hash} is not named by the sha256 of its document`);
    }
    operations.set(hash, document);
  }
  return operations;
}

const refusals = {
  notFound: () => refusedRequest('PERSISTED_QUERY_NOT_FOUND', 'This gateway runs only persisted operations, and this hash is not one of them', 400),
  keyNotFound: () =>
    refusedRequest('PERSISTED_QUERY_REQUIRED', 'This gateway runs only persisted operations: send extensions.persistedQuery.sha256Hash', 400),
  persistedQueryOnly: () =>
    refusedRequest('PERSISTED_QUERY_REQUIRED', 'This gateway runs only persisted operations: send the hash, not the document', 400),
};

export function persistedOperationsPlugin(operations: ReadonlyMap<string, string>): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    customErrors: refusals,
  });
}

/**
 * The document a WebSocket operation names, by the same allow-list and with the same refusals as
 * over HTTP: graphql-ws reads its own messages, so Yoga's plugin above never sees them. graphql-ws
 * requires a `query` string, so a persisted operation sends an empty one beside its hash.
 */
export function persistedDocument(
  operations: ReadonlyMap<string, string>,
  params: { query: string; extensions?: Record<string, unknown> | null },
): string | GraphQLError {
  if (params.query.trim() !== '') return refusals.persistedQueryOnly();
  const persisted = params.extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined;
  if (typeof persisted?.sha256Hash !== 'string') return refusals.keyNotFound();
  return operations.get(persisted.sha256Hash) ?? refusals.notFound();
}
