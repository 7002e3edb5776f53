/**
 * Checks a request to GHL against the official file of its operation (path parameters, query and
 * body), and an answer against the operation's declared 2xx response. Each operation's validator is compiled by ajv on first use, from the vendored files as
 * corrected in ./spec.ts: the schemas stay where GHL wrote them, referred to by JSON pointer, so
 * nothing large is generated and a corrected file is picked up without regenerating.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { specCatalog } from './catalog.ts';
import type { SpecOperationEntry } from './entry.ts';
import { encodePointerPart, loadApp, loadCommon, requestMedia, successResponse, type JsonSchema, type SpecDocument } from './spec.ts';

// ajv-formats is CommonJS with a default export; under NodeNext its function is `.default`.
const addFormats = addFormatsModule.default;

/** The request as the gateway sends it: path parameters, query values, and the body. */
export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The files' own `$ref: ../common/...` resolves against this base, as on disk. */
const SPEC_ID = 'https://ghl-openapi.invalid/';
const appId = (app: string) => `${SPEC_ID}apps/${app}.json`;

/**
 * Path, query and form fields travel as text, so their validator coerces "20" to a declared
 * integer and a value sent once to a list of one; a JSON body does not, so `"3"` where GHL wants a
 * number is an error there. Not strict: the files use
 * OpenAPI keywords that JSON Schema lacks (example, deprecated); ajv knows OpenAPI's `nullable`.
 */
const newAjv = (coerceTypes: boolean | 'array') => {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
  addFormats(ajv);
  ajv.addSchema(loadCommon(), `${SPEC_ID}common/common-schemas.json`);
  return ajv;
};

let instances: { params: Ajv; body: Ajv; docs: Map<string, SpecDocument> } | undefined;
const requestValidators = new Map<string, (request: RequestParts) => string[]>();
const responseValidators = new Map<string, (status: number, body: unknown) => string[]>();

/** The two ajv instances, with the app's file added to both on first use, and that file. */
const ajvFor = (app: string) => {
  instances ??= { params: newAjv('array'), body: newAjv(false), docs: new Map() };
  let doc = instances.docs.get(app);
  if (!doc) {
    doc = loadApp(app);
    instances.params.addSchema(doc, appId(app));
    instances.body.addSchema(doc, appId(app));
    instances.docs.set(app, doc);
  }
  return { ...instances, doc };
};

const problems = (part: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${part}${e.instancePath} ${e.message}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`);

const withoutUndefined = (values: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined));

const entryOf = (name: string): SpecOperationEntry => {
  const entry = specCatalog().get(name);
  if (!entry) throw new Error(`no operation of GHL's files is named ${name}`);
  return entry;
};

/** The operation's node in its corrected file, and the JSON pointer ajv refers to it by. */
const operationOf = (entry: SpecOperationEntry) => {
  const { doc } = ajvFor(entry.app);
  return {
    spec: doc.paths[entry.path]![entry.method.toLowerCase()]!,
    pointer: `${appId(entry.app)}#/paths/${encodePointerPart(entry.path)}/${entry.method.toLowerCase()}`,
  };
};

const compileRequest = (name: string) => {
  const entry = entryOf(name);
  const { params: paramsAjv, body: bodyAjv } = ajvFor(entry.app);
  const { spec, pointer: operationPointer } = operationOf(entry);

  const parameterSchema = (where: 'path' | 'query'): JsonSchema => {
    const params = (spec.parameters ?? []).map((p, index) => ({ ...p, index })).filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(
        params.map((p) => [p.name, p.schema ? { $ref: `${operationPointer}/parameters/${p.index}/schema` } : {}]),
      ),
      required: params.filter((p) => p.required || where === 'path').map((p) => p.name),
      additionalProperties: false,
    };
  };
  const validatePath = paramsAjv.compile(parameterSchema('path'));
  const validateQuery = paramsAjv.compile(parameterSchema('query'));

  const media = requestMedia(spec);
  const bodyText = media?.type !== 'application/json';
  const validateBody: ValidateFunction | undefined = media?.schema
    ? (bodyText ? paramsAjv : bodyAjv).compile({ $ref: `${operationPointer}/requestBody/content/${encodePointerPart(media.type)}/schema` })
    : undefined;
  const bodyRequired = spec.requestBody?.required === true;

  return (request: RequestParts): string[] => {
    const found: string[] = [];
    // The coercing validators write coerced values back, so they get copies.
    if (!validatePath(withoutUndefined(request.path))) found.push(...problems('path', validatePath.errors));
    if (!validateQuery(withoutUndefined(request.query))) found.push(...problems('query', validateQuery.errors));
    if (request.body === undefined) {
      if (bodyRequired) found.push('body is required');
    } else if (!media) {
      found.push('body is not expected');
    } else if (validateBody && !validateBody(bodyText ? structuredClone(request.body) : request.body)) {
      found.push(...problems('body', validateBody.errors));
    }
    return found;
  };
};

/** What is wrong with a request to the named operation, as readable lines; empty when it is valid. */
export const validateRequest = (name: string, request: RequestParts): string[] => {
  let validate = requestValidators.get(name);
  if (!validate) {
    validate = compileRequest(name);
    requestValidators.set(name, validate);
  }
  return validate(request);
};

const compileResponse = (name: string) => {
  const entry = entryOf(name);
  const { spec, pointer } = operationOf(entry);
  const success = successResponse(spec);
  const validateBody = success?.media?.schema
    ? ajvFor(entry.app).body.compile({ $ref: `${pointer}/responses/${success.status}/content/application~1json/schema` })
    : undefined;
  return (status: number, body: unknown): string[] => {
    if (!success) return [];
    if (status !== success.status) return [`status ${status}, the file declares ${success.status}`];
    return validateBody && !validateBody(body) ? problems('response', validateBody.errors) : [];
  };
};

/**
 * What is wrong with a 2xx answer of the named operation against the file: the status must be
 * the first 2xx the file declares, and the body must match its JSON schema when it has one.
 */
export const validateResponse = (name: string, status: number, body: unknown): string[] => {
  let validate = responseValidators.get(name);
  if (!validate) {
    validate = compileResponse(name);
    responseValidators.set(name, validate);
  }
  return validate(status, body);
};
