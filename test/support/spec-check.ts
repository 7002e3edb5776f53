/**
 * Holds a REST call, as the sandbox logged it, to GHL's official files: it must be an operation the
 * files declare, sent with the file's Version, with path parameters, query and body the file accepts.
 * Every stack (./stack.ts) checks every call its gateway sends this way, so each root and
 * relationship field a test reaches is checked against the files.
 */
import { expect } from 'vitest';
import { validateRequest } from '../../openapi/validator.ts';
import type { RequestLogEntry } from '../../sandbox/http/request-log.ts';
import { specOperations, type SpecOperationName } from '../../src/ghl/generated/catalog.ts';

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
  const best = templates
    .filter((t) => t.entry.method === method && t.pattern.test(path))
    .sort((a, b) => a.params.length - b.params.length)[0];
  if (!best) return undefined;
  const values = best.pattern.exec(path)!.slice(1).map(decodeURIComponent);
  return { ...best, path: Object.fromEntries(best.params.map((param, i) => [param, values[i]])) };
}

/** A multipart form is logged with each file as `{ filename, contentType, size }`; the files declare a binary string. */
const asSent = (body: unknown): unknown =>
  typeof body === 'object' && body !== null && !Array.isArray(body)
    ? Object.fromEntries(Object.entries(body).map(([key, value]) => [key, isLoggedFile(value) ? value.filename : value]))
    : body;
const isLoggedFile = (value: unknown): value is { filename: string } =>
  typeof value === 'object' && value !== null && 'filename' in value && 'size' in value && 'contentType' in value;

/** What is wrong with `call` by the files: nothing, for a call they declare and accept. */
export function specProblemsOf(call: RequestLogEntry): string[] {
  const op = operationOf(call.method, call.path);
  if (!op) return [`${call.method} ${call.path}: no operation of the files`];
  const problems: string[] = [];
  if (call.version !== op.entry.version) problems.push(`${op.name}: Version ${call.version}, the file says ${op.entry.version}`);
  // A body over the log's size limit is not kept: its shape cannot be checked here, the rest can.
  const unkept = call.bodyBytes > 0 && call.body === undefined;
  for (const problem of validateRequest(op.name, { path: op.path, query: call.query, body: asSent(call.body) })) {
    if (!(unkept && problem.startsWith('body'))) problems.push(`${op.name}: ${problem}`);
  }
  return problems;
}

/** What is wrong with the calls (nothing, when every one satisfies its file), which operations they were, and which carried a body. */
export function checkCalls(calls: readonly RequestLogEntry[]) {
  const problems = calls.flatMap(specProblemsOf);
  const seen = new Set<SpecOperationName>();
  const withBody = new Set<SpecOperationName>();
  for (const call of calls) {
    const op = operationOf(call.method, call.path);
    if (!op) continue;
    seen.add(op.name);
    if (call.body !== undefined) withBody.add(op.name);
  }
  return { problems, seen, withBody };
}

/** Every logged call validates against the files, and among them are these operations. */
export function expectSentAsDeclared(calls: readonly RequestLogEntry[], operations: readonly SpecOperationName[]): void {
  const { problems, seen } = checkCalls(calls);
  expect(problems).toEqual([]);
  expect([...seen]).toEqual(expect.arrayContaining([...operations]));
}
