/**
 * The REST calls the gateway really sent, as the sandbox logged them, checked against GHL's
 * official files through the generated catalog: each must be an operation the files declare, with
 * the Version they declare, and path parameters, query and body the file accepts.
 */
import { specOperations, type SpecOperationName } from '../../src/ghl/generated/catalog.ts';
import { validateRequest } from '../../openapi/validator.ts';
import type { RequestLogEntry } from '../../sandbox/index.ts';

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
export const operationOf = (method: string, path: string) => {
  const matches = templates
    .filter((t) => t.entry.method === method && t.pattern.test(path))
    .sort((a, b) => a.params.length - b.params.length);
  const best = matches[0];
  if (!best) return undefined;
  const values = best.pattern.exec(path)!.slice(1).map(decodeURIComponent);
  return { ...best, path: Object.fromEntries(best.params.map((param, i) => [param, values[i]])) };
};

/** What is wrong with the calls (nothing, when every one satisfies its file), which operations they were, and which carried a body. */
export function checkCalls(calls: readonly RequestLogEntry[]) {
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
