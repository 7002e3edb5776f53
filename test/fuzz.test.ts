/**
 * Random input at the running gateway: GraphQL documents built from the schema's real fields with
 * garbage mixed in, variables of the wrong types, webhook bodies and headers. Whatever comes in,
 * the answer is never a 5xx, every GraphQL error carries a code, and no stack frame, source path,
 * token or secret shows in it. Seeds are fixed; fast-check prints the failing one and its path.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';
import { signatureHeaders, webhookKeys } from './support/webhooks.ts';

const RUNS = 150;
const SEED = 7_2026;

const keys = webhookKeys();
// A small budget keeps each run to a few calls; the rate limit is not what is fuzzed here.
const stack = useStack({
  sandbox: { rateLimit: { max: 100_000, intervalMs: 10_000 } },
  env: { ...keys.env, COST_MAX_UPSTREAM_CALLS: '12', GHL_RATE_LIMIT_MAX: '100000' },
});

/** What must never reach a client: server internals and credentials. */
function expectClean(status: number, text: string) {
  expect(status).toBeLessThan(500);
  expect(text).not.toMatch(/\n\s+at \S/);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(/);
  expect(text).not.toMatch(/(\/work\/|node_modules|file:\/\/|\.ts:\d+)/);
  for (const secret of [stack.token, stack.otherToken, keys.secret]) expect(text).not.toContain(secret);
}

/** `input` names what was sent, for the failure message. */
function expectCodedErrors(text: string, input: string) {
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  for (const error of body.errors ?? []) expect(typeof error.extensions?.code, `${input}\n=> ${text}`).toBe('string');
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

// Documents: a tape of choices read into a document over the real schema, so fast-check shrinks
// a failure to a short tape, and so to a small document.

const GARBAGE = ['{', '}', '(', ')', '$x', '...', '@skip', '"', '#', 'query', 'fragment', ':', '!', '[', ']', '\u0000', '😀', '__schema', 'on', '1e999', '-0'];

class Tape {
  private index = 0;
  constructor(private readonly choices: number[]) {}
  pick(n: number): number {
    const choice = this.choices[this.index++ % Math.max(this.choices.length, 1)] ?? 0;
    return n <= 0 ? 0 : choice % n;
  }
  chance(outOf: number): boolean {
    return this.pick(outOf) === 0;
  }
}

function literal(tape: Tape, type: GraphQLInputType, depth: number): string {
  // One time in six, a value of some other type altogether.
  if (tape.chance(6)) return ['"text"', '42', '-1', '3.5', 'true', 'null', '[]', '{}', 'NOT_AN_ENUM', '"\\u0000"'][tape.pick(10)]!;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${literal(tape, inner.ofType, depth)}]`;
  if (isEnumType(inner)) return inner.getValues()[tape.pick(inner.getValues().length)]?.name ?? 'X';
  if (isInputObjectType(inner)) {
    if (depth > 2) return '{}';
    const fields = Object.values(inner.getFields()).filter(() => !tape.chance(2));
    return `{ ${fields.map((f) => `${f.name}: ${literal(tape, f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (inner.name) {
    case 'Int':
      return String([0, 1, 5, 100, 101, -3, 2 ** 31][tape.pick(7)]);
    case 'Float':
      return '1.5';
    case 'Boolean':
      return tape.chance(2) ? 'true' : 'false';
    default:
      return JSON.stringify(['', 'x', 'not-an-id', 'Q29udGFjdDp4', 'a@b.c', '+14155550100', '2026-01-01', 'https://e.x'][tape.pick(8)]);
  }
}

function args(tape: Tape, list: readonly GraphQLArgument[]): string {
  const chosen = list.filter((arg) => isNonNullType(arg.type) || tape.chance(3));
  return chosen.length === 0 ? '' : `(${chosen.map((arg) => `${arg.name}: ${literal(tape, arg.type, 0)}`).join(', ')})`;
}

function selection(tape: Tape, type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields());
  const count = 1 + tape.pick(3);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = fields[tape.pick(fields.length)]!;
    const named = getNamedType(field.type);
    const alias = tape.chance(5) ? `a${i}: ` : '';
    let below = '';
    if (!isLeafType(named) && depth < 4 && !tape.chance(8)) {
      if (isObjectType(named)) below = `{ ${selection(tape, named, depth + 1)} }`;
      else {
        const objects = schema.getPossibleTypes(named);
        const object = objects[tape.pick(objects.length)]!;
        below = `{ __typename ... on ${object.name} { ${selection(tape, object, depth + 1)} } }`;
      }
    }
    parts.push(`${alias}${field.name}${args(tape, field.args)} ${below}`);
  }
  return parts.join(' ');
}

function documentOf(choices: number[]): string {
  const tape = new Tape(choices);
  let document = `query Fuzz { ${selection(tape, schema.getQueryType()!, 0)} }`;
  // Sometimes tear it: garbage tokens at random places.
  for (let cut = tape.pick(4); cut > 0; cut--) {
    const at = tape.pick(document.length);
    document = document.slice(0, at) + ` ${GARBAGE[tape.pick(GARBAGE.length)]} ` + document.slice(at);
  }
  return document;
}

const tapes = fc.array(fc.nat({ max: 1_000 }), { minLength: 1, maxLength: 60 });
const options = { numRuns: RUNS, seed: SEED, endOnFailure: true };

describe('GraphQL over HTTP', () => {
  it('random documents over the real schema, torn with garbage', async () => {
    await fc.assert(
      fc.asyncProperty(tapes, async (choices) => {
        const document = documentOf(choices);
        const { status, text } = await post(JSON.stringify({ query: document }));
        expectClean(status, text);
        expectCodedErrors(text, document);
      }),
      options,
    );
  }, 240_000);

  it('found by the property above: a malformed global id is BAD_USER_INPUT on its field', async () => {
    const { errors } = await stack.gql(graphql(`query FuzzMalformedGlobalId { nodes(ids: ["not-an-id"]) { id } }`));
    expect(errors?.map((e) => [e.path?.[0], e.extensions?.['code']])).toEqual([['nodes', 'BAD_USER_INPUT']]);
  });

  it('variables of the wrong types', async () => {
    const document = `query Vars($first: Int, $id: ID!, $query: String, $email: EmailAddress, $status: OpportunityStatus) {
      contacts(first: $first, query: $query) { totalCount }
      contact(id: $id) { name }
      opportunities(first: 1, status: $status) { totalCount }
      e: contacts(first: 1, query: $email) { totalCount }
    }`;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('first', 'id', 'query', 'email', 'status', 'other'), fc.jsonValue()), async (variables) => {
        const { status, text } = await post(JSON.stringify({ query: document, variables }));
        expectClean(status, text);
        expectCodedErrors(text, JSON.stringify(variables));
      }),
      options,
    );
  }, 240_000);

  it('bodies that are not GraphQL requests at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), fc.constantFrom('application/json', 'text/plain', 'application/graphql'), async (body, contentType) => {
        const { status, text } = await post(body, { 'content-type': contentType });
        expectClean(status, text);
        if (text.startsWith('{')) expectCodedErrors(text, body);
      }),
      options,
    );
  }, 240_000);
});

describe('webhooks', () => {
  const header = fc.constantFrom('x-ghl-signature', 'x-wh-signature', 'content-type', 'x-ghl-webhook-id', 'content-encoding');
  it('random bodies and headers to the webhook path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.record({ type: fc.string(), locationId: fc.string(), timestamp: fc.string(), webhookId: fc.string() }).map((v) => JSON.stringify(v))),
        fc.dictionary(header, fc.string({ unit: 'grapheme-ascii', maxLength: 200 })),
        // Signed, the body gets past the signature check to the parsing behind it.
        fc.constantFrom(undefined, 'ed25519', 'rsa', 'hmac' as const),
        async (body, randomHeaders, scheme) => {
          const headers = scheme ? { ...randomHeaders, ...signatureHeaders(keys, body, scheme) } : randomHeaders;
          const response = await fetch(stack.gateway.webhookUrl, { method: 'POST', headers, body }).catch(() => undefined);
          // A header value fetch itself refuses to send is no input at all.
          if (!response) return;
          expectClean(response.status, await response.text());
        },
      ),
      options,
    );
  }, 240_000);
});
