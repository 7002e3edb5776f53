/**
 * What each operation of GHL's official files is: its name, method, path, Version, where its
 * location lives, idempotency and security, read from the corrected files with the choices of
 * ./overrides.ts. The generator writes this as src/ghl/generated/catalog.ts for the gateway; the
 * sandbox and the request validator read it here, as they may not import src/.
 */
import type { HttpMethod, LocationPlacement, SpecOperationEntry } from './entry.ts';
import { idempotentPosts, names, undeclaredVersion, versionOverrides } from './overrides.ts';
import { HTTP_METHODS, loadApp, requestMedia, specApps, type JsonSchema, type SpecDocument, type SpecOperation } from './spec.ts';

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
export const pascal = (text: string) => words(text).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const camel = (text: string) => {
  const p = pascal(text);
  return p[0]!.toLowerCase() + p.slice(1);
};

/** One operation of a file, under its generated name (app + operationId, camel-cased). */
export interface NamedOperation {
  name: string;
  method: HttpMethod;
  path: string;
  spec: SpecOperation;
}

export const operationsOf = (app: string, doc: SpecDocument): NamedOperation[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const spec = item[method]!;
      return {
        name: names[`${app}/${spec.operationId}`] ?? camel(`${app} ${spec.operationId}`),
        method: method.toUpperCase() as HttpMethod,
        path,
        spec,
      };
    }),
  );

const declaredVersion = (op: NamedOperation): string | undefined => {
  const header = op.spec.parameters?.find((p) => p.in === 'header' && p.name === 'Version');
  return (header?.schema?.enum as string[] | undefined)?.[0] ?? (header?.schema?.default as string | undefined);
};

/** The Version of each operation of one app, by operation name. */
const versionsOf = (ops: NamedOperation[]): Map<string, string> => {
  const declared = new Set(ops.map(declaredVersion).filter((v) => v !== undefined));
  const appVersion = declared.size === 1 ? [...declared][0]! : undeclaredVersion;
  return new Map(ops.map((op) => [op.name, versionOverrides[op.name]?.version ?? declaredVersion(op) ?? appVersion]));
};

const LOCAL_REF = '#/components/schemas/';

/** Follows $ref and allOf to the property names an object schema declares. */
const propertyNames = (doc: SpecDocument, schema: JsonSchema | undefined, seen = new Set<string>()): string[] => {
  if (!schema) return [];
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(LOCAL_REF)) {
    const name = schema.$ref.slice(LOCAL_REF.length);
    if (seen.has(name)) return [];
    seen.add(name);
    return propertyNames(doc, doc.components.schemas?.[name], seen);
  }
  const own = Object.keys((schema.properties ?? {}) as object);
  const inherited = ((schema.allOf ?? []) as JsonSchema[]).flatMap((part) => propertyNames(doc, part, seen));
  return [...own, ...inherited];
};

const locationOf = (doc: SpecDocument, op: NamedOperation): LocationPlacement | null => {
  const params = op.spec.parameters ?? [];
  const param = (name: string, where: 'path' | 'query') => params.some((p) => p.in === where && p.name === name);
  const body = new Set(propertyNames(doc, requestMedia(op.spec)?.schema));
  const candidates: LocationPlacement[] = [
    { in: 'path', name: 'locationId' },
    { in: 'query', name: 'locationId' },
    { in: 'body', name: 'locationId' },
    { in: 'query', name: 'altId' },
    { in: 'body', name: 'altId' },
  ];
  // `altId` names a location only beside `altType` (location or company): elsewhere it is another id,
  // as an inbound message's external email id, and the gateway must not fill it with a location.
  const declared = (c: LocationPlacement) =>
    c.in === 'body' ? body.has(c.name) && (c.name !== 'altId' || body.has('altType')) : param(c.name, c.in) && (c.name !== 'altId' || param('altType', c.in));
  return candidates.find(declared) ?? null;
};

const entryOf = (app: string, doc: SpecDocument, op: NamedOperation, version: string): SpecOperationEntry => {
  const security = op.spec.security ?? [];
  return {
    app,
    operationId: op.spec.operationId,
    method: op.method,
    path: op.path,
    version,
    location: locationOf(doc, op),
    // A PATCH may apply a change relative to the record (HTTP does not promise it idempotent).
    idempotent: op.method === 'POST' ? op.name in idempotentPosts : op.method !== 'PATCH',
    scopes: [...new Set(security.flatMap((s) => s.bearer ?? []))],
    access: [...new Set(security.flatMap((s) => Object.keys(s).filter((k) => k !== 'bearer')))],
    ...(answersFile(op) && { answers: 'file' as const }),
  };
};

/** A success with no body schema but a Content-Type header: a call's recording (audio/x-wav), a text download. */
const answersFile = (op: NamedOperation): boolean => {
  const successes = Object.entries(op.spec.responses ?? {}).filter(([status]) => status.startsWith('2'));
  return successes.some(([, answer]) => answer.content === undefined && answer.headers?.['Content-Type'] !== undefined);
};

let catalog: ReadonlyMap<string, SpecOperationEntry> | undefined;

/** Every operation of the 41 files by generated name, in file order; read once. Fails on a name collision. */
export const specCatalog = (): ReadonlyMap<string, SpecOperationEntry> => {
  if (catalog) return catalog;
  const entries = new Map<string, SpecOperationEntry>();
  for (const app of specApps()) {
    const doc = loadApp(app);
    const ops = operationsOf(app, doc);
    const versions = versionsOf(ops);
    for (const op of ops) {
      const twin = entries.get(op.name);
      if (twin) {
        throw new Error(`${app}/${op.spec.operationId} and ${twin.app}/${twin.operationId} are both named ${op.name}: name one in overrides.ts`);
      }
      entries.set(op.name, entryOf(app, doc, op, versions.get(op.name)!));
    }
  }
  catalog = entries;
  return catalog;
};
