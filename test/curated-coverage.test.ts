/**
 * The "curated and related" apps are curated whole: every operation their official files
 * declare has a curated catalog entry (typed answer, location, leniency: src/ghl/api/), and the
 * gateway's code sends it by name from a resolver, loader or transport, not only the long tail.
 * What each curated field answers is proved by the domain's own end-to-end tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { operations } from '../src/ghl/catalog.ts';
import { specOperations } from '../src/ghl/generated/catalog.ts';

const CURATED_APPS = ['contacts', 'conversations', 'opportunities', 'invoices', 'calendars', 'payments', 'products', 'objects', 'associations'];

it('curates every operation of the core domains, custom objects and associations', () => {
  const curated = new Set(Object.values(operations).map((op) => `${op.spec} ${op.operationId}`));
  const declared = Object.values(specOperations).filter((entry) => CURATED_APPS.includes(entry.app));
  expect(declared.length).toBe(225);
  expect(declared.map((entry) => `${entry.app} ${entry.operationId}`).filter((operation) => !curated.has(operation))).toEqual([]);
});

it('sends every curated operation from the code that serves the graph', () => {
  const srcDir = resolve(import.meta.dirname, '../src');
  const sources = (readdirSync(srcDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.startsWith('ghl/'))
    .map((file) => readFileSync(resolve(srcDir, file), 'utf8'))
    .join('\n');
  expect(Object.keys(operations).filter((name) => !sources.includes(`'${name}'`))).toEqual([]);
});
