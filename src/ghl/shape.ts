/**
 * The lists a GHL answer must hold before resolvers read them. Real GHL data drifts from its spec
 * (an object where a list belongs, an empty body, a null item); read as it is, that crashes a
 * resolver with `x.map is not a function` and the client sees INTERNAL_SERVER_ERROR. Each list
 * operation in the catalog declares where its lists are (OperationDef.lists), and the REST edge
 * checks them here, so a shape the gateway does not know becomes UPSTREAM_ERROR naming the
 * operation instead, in one place for every operation. GHL leaves out an empty list as often as it
 * sends [], so an absent list is filled in as [] here, and no resolver has to guess.
 */

/** What a list's items are: records (JSON objects) or strings. */
export type ListKind = 'records' | 'strings';
/** Dotted paths into the answer ('' for the answer itself) and the kind of list found there. */
export type ListShapes = Readonly<Record<string, ListKind>>;

/**
 * What is wrong with `body` (parsed JSON, the caller's own), in a phrase for the error message;
 * undefined when it fits. Fills absent lists in as [] on the way.
 */
export function shapeProblem(body: unknown, lists: ListShapes): string | undefined {
  for (const [path, kind] of Object.entries(lists)) {
    if (path !== '' && !isRecord(body)) return 'the answer is not a JSON object';
    const value = path === '' ? body : valueAt(body, path);
    if (value instanceof Scalar) return `${value.path} is not an object`;
    if (value === undefined || value === null) {
      if (path === '') return 'the answer is empty';
      fillIn(body as Record<string, unknown>, path);
      continue;
    }
    const name = path === '' ? 'the answer' : path;
    if (!Array.isArray(value)) return `${name} is not a list`;
    const odd = value.findIndex((item) => (kind === 'records' ? !isRecord(item) : typeof item !== 'string'));
    if (odd >= 0) return `${name}[${odd}] is not a ${kind === 'records' ? 'record' : 'string'}`;
  }
  return undefined;
}

/** A scalar where the path needed an object to step into. */
class Scalar {
  constructor(readonly path: string) {}
}

/**
 * Undefined when a step on the way is missing, or a list (listMessages: the spec's page is the
 * answer itself, GHL's is nested under `messages`): the list is absent. A Scalar when one is not.
 */
function valueAt(body: unknown, path: string): unknown {
  let value = body;
  const keys = path.split('.');
  for (const [index, key] of keys.entries()) {
    if (value === undefined || value === null || Array.isArray(value)) return undefined;
    if (!isRecord(value)) return new Scalar(keys.slice(0, index).join('.'));
    value = value[key];
  }
  return value;
}

/** [] at `path`, when every step before its last is an object (a missing envelope stays missing). */
function fillIn(body: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.length === 0 ? body : valueAt(body, keys.join('.'));
  if (isRecord(parent)) parent[last] = [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
