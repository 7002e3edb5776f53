/**
 * The generated long-tail fields (`Query.ghl.<app>`, `Mutation.ghl.<app>`) against the sandbox:
 * for a read and a write of every app, the call goes out once, with the method, path and Version
 * the official file declares, and the request the sandbox logged (path, query, JSON body)
 * validates against that file. The sandbox may not answer every operation yet (a 404 is a clear
 * GraphQL error): what the gateway sent is what is checked.
 */
import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { specOperations, type SpecOperationName } from '../src/ghl/generated/catalog.ts';
import type { SpecOperationEntry } from '../openapi/entry.ts';
import { validateRequest } from '../openapi/validator.ts';
import { loadApp, requestMedia, specApps, type JsonSchema, type SpecDocument, type SpecOperation } from '../openapi/spec.ts';
import { schema } from '../src/schema/index.ts';
import { GHL_OPERATION } from '../src/schema/long-tail/fields.ts';
import { camel } from '../scripts/long-tail-types.ts';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();

const FIRST_CONTACT = graphql(`query LongTailFirstContact { contacts(first: 1) { edges { node { ghlId name } } } }`);
const GET_CONTACT = graphql(
  `query LongTailGetContact($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name locationId } } } } }`,
);
const GET_CONTACT_NAME = graphql(`query LongTailGetContactName($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name } } } } }`);

/** A value the file's schema accepts: its example or first enum value, else the least that fits. */
function sample(doc: SpecDocument, schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return sample(doc, doc.components.schemas?.[name]);
  }
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...(schema.allOf as JsonSchema[]).map((part) => sample(doc, part)));
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.example !== undefined && typeof schema.example !== 'object') return schema.example;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'email') return 'sample@example.com';
      if (schema.format === 'date-time') return '2026-01-01T00:00:00.000Z';
      if (schema.format === 'date') return '2026-01-01';
      if (schema.format === 'uri' || schema.format === 'url') return 'https://example.com/';
      return 'sample';
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return (schema.minItems as number | undefined) ? [sample(doc, schema.items as JsonSchema)] : [];
    default: {
      const required = (schema.required ?? []) as string[];
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(required.filter((key) => properties[key]).map((key) => [key, sample(doc, properties[key])]));
    }
  }
}

/** A value in GHL's keys as the GraphQL input type takes it: keys by their camelCase field names. */
function asGraphQL(value: unknown, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === undefined || value === null) return value;
  if (isListType(inner)) return (Array.isArray(value) ? value : [value]).map((item) => asGraphQL(item, inner.ofType));
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => fields[camel(key)])
        .map(([key, v]) => [camel(key), asGraphQL(v, fields[camel(key)]!.type)]),
    );
  }
  if (isLeafType(inner) && inner.name === 'Float') return Number(value);
  if (isLeafType(inner) && inner.name === 'String') return String(value);
  if (isLeafType(inner) && inner.name === 'Boolean') return value === true || value === 'true';
  return value;
}

interface Sample {
  name: SpecOperationName;
  entry: SpecOperationEntry;
  root: 'Query' | 'Mutation';
  app: string;
  field: string;
  variables: Record<string, unknown>;
  document: string;
}

/** The GraphQL field of each operation, by its name. */
const fields = new Map<string, { root: 'Query' | 'Mutation'; app: string; field: GraphQLField<unknown, unknown> }>();
for (const root of ['Query', 'Mutation'] as const) {
  const namespace = getNamedType((schema.getType(root) as GraphQLObjectType).getFields().ghl!.type) as GraphQLObjectType;
  for (const app of Object.values(namespace.getFields())) {
    for (const field of Object.values((getNamedType(app.type) as GraphQLObjectType).getFields())) {
      fields.set(field.extensions[GHL_OPERATION] as string, { root, app: app.name, field });
    }
  }
}

/**
 * The call of one operation built from its file's examples, if the file gives enough for a
 * request it accepts itself (so a refusal below is the gateway's doing, never the test data's).
 */
function sampleOf(name: SpecOperationName, doc: SpecDocument): Sample | undefined {
  const entry = specOperations[name] as SpecOperationEntry;
  const op: SpecOperation = doc.paths[entry.path]![entry.method.toLowerCase()]!;
  const media = requestMedia(op);
  if (media && media.type !== 'application/json') return undefined;
  const { root, app, field } = fields.get(name)!;
  const request = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown>, body: undefined as unknown };
  const variables: Record<string, unknown> = {};
  const location = entry.location;
  // Samples are chosen before the stack starts: any id stands for the default location here.
  const someLocation = 'location-id';
  if (location?.in === 'path' || location?.in === 'query') {
    request[location.in][location.name] = someLocation;
    if (location.name === 'altId') request[location.in].altType = 'location';
  }
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    if (location && location.in === p.in && (p.name === location.name || (location.name === 'altId' && p.name === 'altType'))) continue;
    const example = (p as { example?: unknown }).example ?? p.schema?.example ?? (p.schema?.enum as unknown[] | undefined)?.[0];
    if (example === undefined || example === '') {
      if (p.required || p.in === 'path') return undefined;
      continue;
    }
    const arg = field.args.find((a) => a.name === camel(p.name));
    if (!arg) return undefined;
    variables[arg.name] = asGraphQL(example, arg.type);
    request[p.in][p.name] = variables[arg.name];
  }
  const input = field.args.find((a) => a.name === 'input');
  if (media && (op.requestBody?.required || input)) {
    const body = (sample(doc, media.schema) ?? {}) as Record<string, unknown>;
    if (input) {
      const value = asGraphQL(body, input.type);
      if (isNonNullType(input.type) || Object.keys(value as object).length) variables.input = value;
    }
    request.body = location?.in === 'body' ? { ...body, [location.name]: someLocation, ...(location.name === 'altId' && { altType: 'location' }) } : body;
  }
  if (validateRequest(name, request).length) return undefined;
  const used = field.args.filter((a) => a.name in variables);
  const declarations = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const document = `${root === 'Query' ? 'query' : 'mutation'}${declarations ? `(${declarations})` : ''} { ghl { ${app} { ${field.name}${args ? `(${args})` : ''}${selection} } } }`;
  return { name, entry, root, app, field: field.name, variables, document };
}

/** For each app, its first read and first write the files give a whole request for. */
const samples: Sample[] = [];
for (const app of specApps()) {
  const doc = loadApp(app);
  for (const root of ['Query', 'Mutation'] as const) {
    const names = (Object.keys(specOperations) as SpecOperationName[]).filter(
      (name) => specOperations[name].app === app && fields.get(name)!.root === root && name !== 'oauthGetAccessToken',
    );
    const found = names.map((name) => sampleOf(name, doc)).find((s) => s);
    if (found) samples.push(found);
  }
}

/** The path parameters of a concrete path, by the operation's template. */
function pathParams(template: string, path: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const values = new RegExp(`^${pattern}$`).exec(path);
  expect(values, `${path} is not ${template}`).not.toBeNull();
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values![i + 1]!)]));
}

describe('long-tail fields against the sandbox', () => {
  it('samples a read and a write of most apps', () => {
    expect(new Set(samples.map((s) => s.entry.app)).size).toBeGreaterThanOrEqual(35);
    expect(samples.length).toBeGreaterThanOrEqual(60);
  });

  it.each(samples.map((s) => [`${s.root}.ghl.${s.app}.${s.field}`, s] as const))('%s sends one valid call', async (_, s) => {
    stack.sandbox.requests.clear();
    const response = await stack.gqlUntyped(s.document, s.variables);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions?.code, error.message).toBeDefined();
    }
    const sent = stack.sandbox.requests.entries;
    expect(sent, JSON.stringify(response.errors)).toHaveLength(1);
    const [call] = sent;
    expect(call!.method).toBe(s.entry.method);
    expect(call!.version).toBe(s.entry.version);
    const path = pathParams(s.entry.path, call!.path);
    expect(validateRequest(s.name, { path, query: call!.query, body: call!.body })).toEqual([]);
  });

  it('reads a record typed as the file declares it, through its app namespace', async () => {
    const { data } = await stack.gql(FIRST_CONTACT);
    const contact = data.contacts!.edges[0]!.node;
    stack.sandbox.requests.clear();
    const response = await stack.gql(GET_CONTACT, { id: contact.ghlId });
    expect(response.errors).toBeUndefined();
    expect(response.data.ghl.contacts.getContact?.contact).toEqual({ id: contact.ghlId, name: contact.name, locationId: stack.locationId });
    expect(stack.sandbox.requests.entries.map((e) => `${e.method} ${e.path} ${e.version}`)).toEqual([
      `GET /contacts/${contact.ghlId} ${specOperations.contactsGetContact.version}`,
    ]);
    expect(response.extensions?.cost).toMatchObject({ estimatedCalls: 1, upstreamCalls: 1 });
  });

  it('reads a value against its file as UPSTREAM_ERROR on that field, the rest of the record standing', async () => {
    const { data } = await stack.gql(FIRST_CONTACT);
    const id = data.contacts!.edges[0]!.node.ghlId;
    stack.sandbox.faults.set({
      replaceBody: 1,
      replacementBody: JSON.stringify({ contact: { id, name: { first: 'not', last: 'a string' } } }),
      match: { method: 'GET', path: `^/contacts/${id}$` },
    });
    const response = await stack.gql(GET_CONTACT_NAME, { id });
    expect(response.data.ghl.contacts.getContact?.contact).toEqual({ id, name: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      path: ['ghl', 'contacts', 'getContact', 'contact', 'name'],
      extensions: { code: 'UPSTREAM_ERROR' },
    });
    stack.sandbox.faults.clear();
  });

  it('refuses a call without its required argument before anything goes out', async () => {
    stack.sandbox.requests.clear();
    const response = await stack.gqlUntyped(`{ ghl { contacts { getContact { contact { id } } } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });
});
