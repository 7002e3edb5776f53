/**
 * Every operation of GHL's official files as a generated field, grouped per app:
 * `Query.ghl.<app>.<operation>` for GETs and `Mutation.ghl.<app>.<operation>` for the rest, named
 * camelCase from the file's operationId. Curated fields (contacts, deals, ...) stay the way in
 * for what they cover; these reach the rest raw, one REST call each, with the file's shapes.
 * The types are built at start-up from the files (./openapi-types.ts); schema.graphql records them.
 */
import { FormData } from 'undici';
import type { GatewayContext } from '../../context.ts';
import { specOperations, type SpecOperationName } from '../../ghl/generated/catalog.ts';
import type { SpecOperationEntry } from '../../../openapi/entry.ts';
import { loadApp, requestMedia, specApps, type JsonSchema, type SpecOperation } from '../../../openapi/spec.ts';
import { locationIdOf } from '../../resolvers/ids.ts';
import { builder } from '../builder.ts';
import { cost } from '../cost.ts';
import { AppTypes, camel, described, pascal, toGhl, type InputShape, type Typed } from './openapi-types.ts';

/** The field extension naming the generated operation a long-tail field calls (test/catalog-coverage.test.ts reads it). */
export const GHL_OPERATION = 'ghlOperation';

type Root = 'Query' | 'Mutation';
const rootOf = (entry: SpecOperationEntry): Root => (entry.method === 'GET' ? 'Query' : 'Mutation');

/** The request an argument adds to: a path or query parameter under GHL's own name. */
interface Parameter {
  arg: string;
  name: string;
  in: 'path' | 'query';
  shape: InputShape;
}

const successSchema = (op: SpecOperation): JsonSchema | undefined => {
  const code = Object.keys(op.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort()[0];
  return code ? op.responses![code]!.content?.['application/json']?.schema : undefined;
};

/** GHL's query strings carry scalars; a list goes comma-separated, as its files' examples write them. */
const queryValue = (value: unknown): string | number | boolean =>
  Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);

const formOf = (body: Record<string, unknown>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  return form;
};

const textsOf = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));

type FieldBuilder = Parameters<Parameters<typeof builder.objectFields>[1]>[0];

function operationField(t: FieldBuilder, name: SpecOperationName, types: AppTypes, op: SpecOperation) {
  const entry: SpecOperationEntry = specOperations[name];
  const location = entry.location;
  const hint = pascal(entry.operationId);
  const parameters: (Parameter & { required: boolean; typed: Typed<unknown>; description: string })[] = [];
  const usedArgs = new Set(location ? ['locationId', 'input'] : ['input']);
  // A path parameter the file forgets to declare is declared by the corrections (openapi/overrides.ts).
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const placedHere = location && location.in === p.in && (p.name === location.name || (location.name === 'altId' && p.name === 'altType'));
    if (placedHere) continue;
    let arg = camel(p.name);
    for (let n = 2; usedArgs.has(arg); n++) arg = `${camel(p.name)}${n}`;
    usedArgs.add(arg);
    const { typed, shape } = types.input(p.schema, `${hint} ${p.name}`);
    parameters.push({
      arg,
      name: p.name,
      in: p.in,
      shape,
      typed,
      required: p.in === 'path' || p.required === true,
      description: described((p as { description?: unknown }).description, `\`${p.name}\` in the ${p.in}.`) + types.note(p.schema),
    });
  }
  const media = requestMedia(op);
  const omitted = location?.in === 'body' ? [location.name, ...(location.name === 'altId' ? ['altType'] : [])] : [];
  const body = media && types.input(media.schema, `${hint} Body`, omitted);
  // A required body with no required field (or untyped) may be left out: `{}` goes in its place.
  const bodyRequired = op.requestBody?.required === true && (body?.mandatory === true || body?.typed.list === true);
  const response = types.output(successSchema(op), `${hint} Response`);

  const args: Record<string, unknown> = {};
  if (location) {
    args.locationId = t.arg.id({ description: 'The location the call acts in (Location id or GHL location id); the default location when omitted.' });
  }
  for (const p of parameters) {
    args[p.arg] = p.typed.list
      ? t.arg({ type: [p.typed.type] as never, required: { list: p.required, items: false } as never, description: p.description })
      : t.arg({ type: p.typed.type as never, required: p.required, description: p.description });
  }
  if (body) {
    const description = media.type === 'application/json' ? 'The request body.' : `The request body, sent as ${media.type}.`;
    args.input = body.typed.list
      ? t.arg({ type: [body.typed.type] as never, required: { list: bodyRequired, items: false } as never, description })
      : t.arg({ type: body.typed.type as never, required: bodyRequired, description });
  }

  const summary = (op as { summary?: unknown }).summary;
  const detail = (op as { description?: unknown }).description;
  const description = `${described(summary ?? detail, `${entry.operationId} of GHL’s ${entry.app} API.`)} (\`${entry.method} ${entry.path}\`, ${entry.app}.json \`${entry.operationId}\`.)`;
  const resolve = (_parent: unknown, values: Record<string, unknown>, ctx: GatewayContext) => {
    const path: Record<string, string> = {};
    const query: Record<string, string | number | boolean> = {};
    for (const p of parameters) {
      const value = toGhl(values[p.arg], p.shape);
      if (value === undefined || value === null) continue;
      if (p.in === 'path') path[p.name] = String(value);
      else query[p.name] = queryValue(value);
    }
    const wanted = values.locationId as string | null | undefined;
    const locationRequired = location !== null && location.in === 'path';
    const located = location && (wanted || ctx.defaultLocationId || locationRequired) ? locationIdOf(wanted, ctx.defaultLocationId) : undefined;
    const input = body ? (toGhl(values.input, body.shape) as Record<string, unknown> | undefined) : undefined;
    const payload = input ?? (op.requestBody?.required && media?.type === 'application/json' ? {} : undefined);
    return ctx.ghl.callSpec(name, {
      location: located,
      path,
      query,
      ...(media?.type === 'multipart/form-data' && { form: formOf(payload ?? {}) }),
      ...(media?.type === 'application/x-www-form-urlencoded' && { urlencoded: textsOf(payload ?? {}) }),
      ...(media?.type === 'application/json' && payload !== undefined && { body: payload }),
    });
  };
  const common = { description, args: args as never, extensions: { cost: cost.perParent(1), [GHL_OPERATION]: name }, resolve: resolve as never };
  return response.list
    ? t.field({ type: [response.type] as never, nullable: { list: true, items: true } as never, ...common })
    : t.field({ type: response.type as never, nullable: true, ...common });
}

/** Each app's file and its types, shared by its reads and writes so a schema is one type. */
const appFiles = new Map(
  specApps().map((app) => {
    const doc = loadApp(app);
    return [app, { doc, types: new AppTypes(app, doc) }] as const;
  }),
);

/** The per-app namespaces of one root, and the root field that leads to them. */
function namespaces(root: Root) {
  const kind = root === 'Query' ? 'Queries' : 'Mutations';
  const apps = [...appFiles].flatMap(([app, { doc, types }]) => {
    const ops = Object.entries(specOperations).filter(([, entry]) => entry.app === app && rootOf(entry) === root) as [SpecOperationName, SpecOperationEntry][];
    if (ops.length === 0) return [];
    const field = camel(app);
    const ref = builder.objectRef<Record<string, never>>(`${types.prefix}${kind}`);
    const used = new Set<string>();
    const named = ops.map(([name, entry]) => {
      let fieldName = camel(entry.operationId);
      for (let n = 2; used.has(fieldName); n++) fieldName = `${camel(entry.operationId)}${n}`;
      used.add(fieldName);
      return { name, fieldName, spec: doc.paths[entry.path]![entry.method.toLowerCase()]! };
    });
    builder.objectType(ref, {
      description: `Every ${root === 'Query' ? 'read (GET)' : 'write (POST, PUT, PATCH, DELETE)'} of GHL’s ${app} API (${app}.json), as the file declares it.`,
      fields: (t) => Object.fromEntries(named.map(({ name, fieldName, spec }) => [fieldName, operationField(t, name, types, spec)])),
    });
    return [{ app, field, ref }];
  });
  const ref = builder.objectRef<Record<string, never>>(`Ghl${kind}`);
  builder.objectType(ref, {
    description: `GHL’s whole API v2, one field per app: each ${root === 'Query' ? 'read' : 'write'} of its official OpenAPI file, raw, one REST call each.`,
    fields: (t) =>
      Object.fromEntries(
        apps.map(({ app, field, ref: appRef }) => [
          field,
          t.field({ type: appRef, nullable: false, description: `GHL’s ${app} API.`, extensions: { cost: cost.free() }, resolve: () => ({}) }),
        ]),
      ),
  });
  return ref;
}

const queries = namespaces('Query');
const mutations = namespaces('Mutation');

builder.queryField('ghl', (t) =>
  t.field({
    type: queries,
    nullable: false,
    description: 'Every read of GHL’s API v2 by app, generated from its official OpenAPI files: the long tail the curated fields do not cover.',
    extensions: { cost: cost.free() },
    resolve: () => ({}),
  }),
);

builder.mutationField('ghl', (t) =>
  t.field({
    type: mutations,
    nullable: false,
    description: 'Every write of GHL’s API v2 by app, generated from its official OpenAPI files: the long tail the curated mutations do not cover.',
    extensions: { cost: cost.free() },
    resolve: () => ({}),
  }),
);
