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
/**
 * Dotted paths into the answer and the kind of list found there: '' is the answer itself, and
 * `calendars[].teamMembers` is the list in each item of `calendars` (declared on its own too).
 */
export type ListShapes = Readonly<Record<string, ListKind>>;

/**
 * What is wrong with `body` (parsed JSON, the caller's own), in a phrase for the error message;
 * undefined when it fits. Fills absent lists in as [] on the way.
 */
export function shapeProblem(body: unknown, lists: ListShapes): string | undefined {
  for (const [path, kind] of Object.entries(lists)) {
    if (path === '') {
      if (body === undefined || body === null) return 'the answer is empty';
      const problem = listProblem('the answer', body, kind);
      if (problem) return problem;
      continue;
    }
    if (!isRecord(body)) return 'the answer is not a JSON object';
    for (const place of placesOf(body, path.split('.'), '')) {
      if (typeof place === 'string') return `${place} is not an object`;
      const value = place.parent[place.key];
      if (value === undefined || value === null) {
        place.parent[place.key] = [];
        continue;
      }
      const problem = listProblem(place.name, value, kind);
      if (problem) return problem;
    }
  }
  return undefined;
}

function listProblem(name: string, value: unknown, kind: ListKind): string | undefined {
  if (!Array.isArray(value)) return `${name} is not a list`;
  const odd = value.findIndex((item) => (kind === 'records' ? !isRecord(item) : typeof item !== 'string'));
  return odd >= 0 ? `${name}[${odd}] is not a ${kind === 'records' ? 'record' : 'string'}` : undefined;
}

interface Place {
  /** The path with item indexes, for the error message. */
  name: string;
  parent: Record<string, unknown>;
  key: string;
}

/**
 * Where `keys` lead in `value`: one place, one per item for a `[]` step, none where a step is
 * missing or a list (listMessages: the spec's page is the answer itself, GHL's is nested under
 * `messages`). A string names a step that is a scalar where an object belongs.
 */
function* placesOf(value: Record<string, unknown>, keys: string[], prefix: string): Generator<Place | string> {
  const [key, ...rest] = keys as [string, ...string[]];
  if (rest.length === 0) {
    yield { name: `${prefix}${key}`, parent: value, key };
    return;
  }
  if (key.endsWith('[]')) {
    const list = value[key.slice(0, -2)];
    if (!Array.isArray(list)) return;
    for (const [index, item] of list.entries()) {
      if (isRecord(item)) yield* placesOf(item, rest, `${prefix}${key.slice(0, -2)}[${index}].`);
    }
    return;
  }
  const next = value[key];
  if (next === undefined || next === null || Array.isArray(next)) return;
  if (!isRecord(next)) {
    yield `${prefix}${key}`;
    return;
  }
  yield* placesOf(next, rest, `${prefix}${key}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
