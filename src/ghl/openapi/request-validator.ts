/**
 * Checks a request to GHL against the official file of its operation: path parameters, query and
 * body. Each operation's validator is compiled by ajv on first use, from the vendored files as
 * corrected in ./spec.ts: the schemas stay where GHL wrote them, referred to by JSON pointer, so
 * nothing large is generated and a corrected file is picked up without regenerating.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { specOperations, type SpecOperationName } from '../generated/catalog.ts';
import { encodePointerPart, loadApp, loadCommon, requestMedia, type JsonSchema, type SpecDocument } from './spec.ts';

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
 * Path and query travel as text, so their validator coerces "20" to a declared integer; a JSON
 * body does not, so `"3"` where GHL wants a number is an error there. Not strict: the files use
 * OpenAPI keywords that JSON Schema lacks (example, deprecated); ajv knows OpenAPI's `nullable`.
 */
const newAjv = (coerceTypes: boolean) => {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
  addFormats(ajv);
  ajv.addSchema(loadCommon(), `${SPEC_ID}common/common-schemas.json`);
  return ajv;
};

let instances: { params: Ajv; body: Ajv; docs: Map<string, SpecDocument> } | undefined;
const validators = new Map<SpecOperationName, (request: RequestParts) => string[]>();

/** The two ajv instances, with the app's file added to both on first use, and that file. */
const ajvFor = (app: string) => {
  instances ??= { params: newAjv(true), body: newAjv(false), docs: new Map() };
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

/** The `{name}`s of a path template. */
export const templateParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

const compile = (name: SpecOperationName) => {
  const entry = specOperations[name];
  const { params: paramsAjv, body: bodyAjv, doc } = ajvFor(entry.app);
  const operationPointer = `${appId(entry.app)}#/paths/${encodePointerPart(entry.path)}/${entry.method.toLowerCase()}`;
  const spec = doc.paths[entry.path]![entry.method.toLowerCase()]!;

  const parameterSchema = (where: 'path' | 'query'): JsonSchema => {
    const params = (spec.parameters ?? []).map((p, index) => ({ ...p, index })).filter((p) => p.in === where);
    // Eleven paths name a parameter in their template that the file never declares (`{postId}`):
    // the template is the truth, so it is a required string.
    const undeclared = where === 'path' ? templateParams(entry.path).filter((name) => !params.some((p) => p.name === name)) : [];
    return {
      type: 'object',
      properties: {
        ...Object.fromEntries(params.map((p) => [p.name, p.schema ? { $ref: `${operationPointer}/parameters/${p.index}/schema` } : {}])),
        ...Object.fromEntries(undeclared.map((name) => [name, { type: 'string', minLength: 1 }])),
      },
      required: [...params.filter((p) => p.required || where === 'path').map((p) => p.name), ...undeclared],
      additionalProperties: false,
    };
  };
  const validatePath = paramsAjv.compile(parameterSchema('path'));
  const validateQuery = paramsAjv.compile(parameterSchema('query'));

  const media = requestMedia(spec);
  const validateBody: ValidateFunction | undefined = media?.schema
    ? bodyAjv.compile({ $ref: `${operationPointer}/requestBody/content/${encodePointerPart(media.type)}/schema` })
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
    } else if (validateBody && !validateBody(request.body)) {
      found.push(...problems('body', validateBody.errors));
    }
    return found;
  };
};

/** What is wrong with a request to the named operation, as readable lines; empty when it is valid. */
export const validateRequest = (name: SpecOperationName, request: RequestParts): string[] => {
  let validate = validators.get(name);
  if (!validate) {
    validate = compile(name);
    validators.set(name, validate);
  }
  return validate(request);
};
