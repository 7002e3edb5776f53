/**
 * The REST calls the sandbox logged, checked against GHL's official files through the generated
 * catalog: each is an operation the files declare, sent with its Version, and path parameters,
 * query and body the file accepts.
 */
import { expect } from 'vitest';
import type { RequestLogEntry } from '../../sandbox/http/request-log.ts';
import { specOperations, type SpecOperationName } from '../../src/ghl/generated/catalog.ts';
import { validateRequest } from '../../openapi/validator.ts';

const templates = Object.entries(specOperations).map(([name, entry]) => {
  const params: string[] = [];
  const source = entry.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(param);
      return '([^/]+)';
    })
    .join('');
  return { name: name as SpecOperationName, entry, params, pattern: new RegExp(`^${source}$`) };
});

/** The declared operation a concrete call is, and its path parameters: literal segments win. */
export function operationOf(method: string, path: string) {
  const matches = templates
    .filter((t) => t.entry.method === method && t.pattern.test(path))
    .sort((a, b) => a.params.length - b.params.length);
  const best = matches[0];
  if (!best) return undefined;
  const values = best.pattern.exec(path)!.slice(1).map(decodeURIComponent);
  return { ...best, path: Object.fromEntries(best.params.map((param, i) => [param, values[i]])) };
}

/** What is wrong with the calls as the files see them (none: []), and which operations they were. */
export function specProblems(calls: readonly RequestLogEntry[]): { problems: string[]; seen: Set<SpecOperationName>; withBody: Set<SpecOperationName> } {
  const problems: string[] = [];
  const seen = new Set<SpecOperationName>();
  const withBody = new Set<SpecOperationName>();
  for (const call of calls) {
    const op = operationOf(call.method, call.path);
    if (!op) {
      problems.push(`${call.method} ${call.path}: no operation of the files`);
      continue;
    }
    seen.add(op.name);
    if (call.version !== op.entry.version) problems.push(`${op.name}: Version ${call.version}, the file says ${op.entry.version}`);
    const request = { path: op.path, query: call.query, body: call.body };
    for (const problem of validateRequest(op.name, request)) problems.push(`${op.name}: ${problem}`);
    if (call.body !== undefined) withBody.add(op.name);
  }
  return { problems, seen, withBody };
}

/** Every logged call validates against the files, and among them are these operations. */
export function expectSentAsDeclared(calls: readonly RequestLogEntry[], operations: readonly SpecOperationName[]): void {
  const { problems, seen } = specProblems(calls);
  expect(problems).toEqual([]);
  expect([...seen]).toEqual(expect.arrayContaining([...operations]));
}
