/**
 * Every operation of GHL's official files as a generated field, grouped per app:
 * `Query.ghl.<app>.<operation>` for GETs and `Mutation.ghl.<app>.<operation>` for the rest, named
 * camelCase from the file's operationId. Curated fields (contacts, deals, ...) stay the way in
 * for what they cover; these reach the rest raw, one REST call each, with the file's shapes.
 * The fields and their types come from the generated description (src/ghl/generated/long-tail.ts,
 * types in ./openapi-types.ts); schema.graphql records them.
 */
import { FormData } from 'undici';
import type { GatewayContext } from '../../context.ts';
import { specOperations, type SpecOperationName } from '../../ghl/generated/catalog.ts';
import { longTailApps } from '../../ghl/generated/long-tail.ts';
import type { DownloadedFile } from '../../ghl/operation.ts';
import type { LongTailOperation } from '../../../openapi/long-tail.ts';
import { locationIdOf } from '../../resolvers/ids.ts';
import { builder } from '../builder.ts';
import { cost } from '../cost.ts';
import { inputOf, outputOf, toGhl, typed } from './openapi-types.ts';

/** The field extension naming the generated operation a long-tail field calls (test/catalog-coverage.test.ts reads it). */
export const GHL_OPERATION = 'ghlOperation';

type Root = 'Query' | 'Mutation';

/** GHL's query strings carry scalars; a list goes comma-separated, as its files' examples write them. */
const queryValue = (value: unknown): string | number | boolean =>
  Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);

/** A list goes as its field repeated, as OpenAPI sends an array in multipart/form-data (GHL's attachmentUrls). */
const formOf = (body: Record<string, unknown>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  }
  return form;
};

const textsOf = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));

/** A file GHL answered, as the JSON its field declares: a client decodes `base64` to have the bytes. */
const fileAsJson = (file: DownloadedFile) => ({ contentType: file.contentType ?? null, size: file.bytes.length, base64: file.bytes.toString('base64') });

type FieldBuilder = Parameters<Parameters<typeof builder.objectFields>[1]>[0];

function operationField(t: FieldBuilder, op: LongTailOperation<SpecOperationName>) {
  const name = op.operation;
  const entry = specOperations[name];
  const location = entry.location;
  const answersFile = 'answers' in entry;
  // Path and query parameters go under GHL's own names; the location is the gateway's to fill.
  const parameters = op.args.map(([arg, type, description, place, ghlName = arg]) => ({ arg, name: ghlName, in: place, typed: typed(type), description }));
  const body = op.body && { ...op.body, typed: typed(op.body.type) };

  const args: Record<string, unknown> = {};
  if (location) {
    args.locationId = t.arg.id({ description: 'The location the call acts in (Location id or GHL location id); the default location when omitted.' });
  }
  for (const p of parameters) args[p.arg] = t.arg({ ...inputOf(p.typed), description: p.description });
  if (body) {
    const description = body.media === 'application/json' ? 'The request body.' : `The request body, sent as ${body.media}.`;
    args.input = t.arg({ ...inputOf(body.typed), description });
  }

  const resolve = (_parent: unknown, values: Record<string, unknown>, ctx: GatewayContext) => {
    const path: Record<string, string> = {};
    const query: Record<string, string | number | boolean> = {};
    for (const p of parameters) {
      const value = toGhl(values[p.arg], p.typed);
      if (value === undefined || value === null) continue;
      if (p.in === 'path') path[p.name] = String(value);
      else query[p.name] = queryValue(value);
    }
    const wanted = values.locationId as string | null | undefined;
    const locationRequired = location !== null && location.in === 'path';
    const located = location && (wanted || ctx.defaultLocationId || locationRequired) ? locationIdOf(wanted, ctx.defaultLocationId) : undefined;
    const input = body ? (toGhl(values.input, body.typed) as Record<string, unknown> | undefined) : undefined;
    const payload = input ?? (body?.emptyWhenOmitted ? {} : undefined);
    const answer = ctx.ghl.callSpec(name, {
      location: located,
      path,
      query,
      ...(body?.media === 'multipart/form-data' && { form: formOf(payload ?? {}) }),
      ...(body?.media === 'application/x-www-form-urlencoded' && { urlencoded: textsOf(payload ?? {}) }),
      ...(body?.media === 'application/json' && payload !== undefined && { body: payload }),
    });
    return answersFile ? answer.then((file) => fileAsJson(file as DownloadedFile)) : answer;
  };
  return t.field({
    ...outputOf(typed(op.response)),
    description: answersFile ? `${op.description} GHL answers a file: here its bytes in base64, with its type and size.` : op.description,
    args: args as never,
    extensions: { cost: cost.perParent(1), [GHL_OPERATION]: name },
    resolve: resolve as never,
  });
}

/** The per-app namespaces of one root, and the root field that leads to them. */
function namespaces(root: Root) {
  const kind = root === 'Query' ? 'Queries' : 'Mutations';
  const apps = longTailApps.flatMap((app) => {
    const ops = root === 'Query' ? app.queries : app.mutations;
    if (ops.length === 0) return [];
    const ref = builder.objectRef<Record<string, never>>(`${app.prefix}${kind}`);
    builder.objectType(ref, {
      description: `Every ${root === 'Query' ? 'read (GET)' : 'write (POST, PUT, PATCH, DELETE)'} of GHL’s ${app.app} API (${app.app}.json), as the file declares it.`,
      fields: (t) => Object.fromEntries(ops.map((op) => [op.field, operationField(t, op)])),
    });
    return [{ app: app.app, field: app.field, ref }];
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
