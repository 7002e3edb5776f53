/**
 * GHL's official OpenAPI files as vendored in reference/ghl-openapi (CC0), read with the declared
 * corrections applied. The generator and the request validator read them only through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corrections, isObjectListDeclaredAsStrings, isStringDeclaredAsObject, undeclaredPathParameter, type SpecCorrection } from './overrides.ts';

export const SPEC_DIR = resolve(import.meta.dirname, '../reference/ghl-openapi');

export type JsonSchema = { [keyword: string]: unknown };

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface SpecMediaType {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content?: Record<string, SpecMediaType> };
  responses?: Record<string, { content?: Record<string, SpecMediaType>; headers?: Record<string, unknown> }>;
  security?: Record<string, string[]>[];
}

export interface SpecDocument {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas?: Record<string, JsonSchema> };
}

/** The body an operation takes: JSON where the file offers it, else its one other media type. */
export const requestMedia = (op: SpecOperation): (SpecMediaType & { type: string }) | undefined => {
  const content = op.requestBody?.content ?? {};
  const type = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
  return type ? { ...content[type]!, type } : undefined;
};

/** The first 2xx answer an operation declares: its status, and its JSON body if it has one. */
export const successResponse = (op: SpecOperation): { status: number; media: SpecMediaType | undefined } | undefined => {
  const status = Object.keys(op.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  return status ? { status: Number(status), media: op.responses![status]!.content?.['application/json'] } : undefined;
};

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The apps, by file name without `.json`, in a stable order. */
export const specApps = (): string[] =>
  readdirSync(resolve(SPEC_DIR, 'apps'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();

const decode = (part: string) => part.replaceAll('~1', '/').replaceAll('~0', '~');
export const encodePointerPart = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

const applyCorrection = (doc: unknown, { app, pointer, was, value }: SpecCorrection) => {
  const parts = pointer.split('/').slice(1).map(decode);
  const last = parts.pop()!;
  let node = doc as Record<string, unknown>;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  // A target that is gone or reads otherwise means the file changed: the correction needs a look.
  const old = node?.[last] as Record<string, unknown> | undefined;
  if (!old || Object.entries(was).some(([key, v]) => JSON.stringify(old[key]) !== JSON.stringify(v))) {
    throw new Error(`the correction of ${app}.json#${pointer} expects ${JSON.stringify(was)} there`);
  }
  node[last] = typeof value === 'function' ? value(old) : structuredClone(value);
};

const readRepeatedDefects = (node: unknown): void => {
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (isStringDeclaredAsObject(schema)) schema.type = 'string';
  if (isObjectListDeclaredAsStrings(schema)) schema.items = { type: 'object' };
  for (const child of Object.values(schema)) readRepeatedDefects(child);
};

const declarePathParameters = (doc: SpecDocument): void => {
  for (const [path, item] of Object.entries(doc.paths)) {
    const named = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const missing = named.filter((name) => !op.parameters?.some((p) => p.in === 'path' && p.name === name));
      if (missing.length > 0) op.parameters = [...(op.parameters ?? []), ...missing.map(undeclaredPathParameter)];
    }
  }
};

/** One app's file, corrected. */
export const loadApp = (app: string): SpecDocument => {
  const doc = JSON.parse(readFileSync(resolve(SPEC_DIR, 'apps', `${app}.json`), 'utf8')) as SpecDocument;
  for (const correction of corrections.filter((c) => c.app === app)) {
    applyCorrection(doc, correction);
  }
  readRepeatedDefects(doc);
  declarePathParameters(doc);
  return doc;
};

/** The schemas the apps share (their error bodies), under common/. */
export const loadCommon = (): SpecDocument =>
  JSON.parse(readFileSync(resolve(SPEC_DIR, 'common', 'common-schemas.json'), 'utf8')) as SpecDocument;
