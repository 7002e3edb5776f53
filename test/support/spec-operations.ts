/** The declared operation of GHL's files a concrete REST call is, as the sandbox logged it. */
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
export const operationOf = (method: string, path: string) => {
  const matches = templates
    .filter((t) => t.entry.method === method && t.pattern.test(path))
    .sort((a, b) => a.params.length - b.params.length);
  const best = matches[0];
  if (!best) return undefined;
  const values = best.pattern.exec(path)!.slice(1).map(decodeURIComponent);
  return { ...best, path: Object.fromEntries(best.params.map((param, i) => [param, values[i]])) };
};

