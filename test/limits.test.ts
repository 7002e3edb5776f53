/**
 * Documents too deep, too wide in aliases, too long or too heavy in directives are refused before
 * anything runs, with QUERY_TOO_COMPLEX; introspection, when switched off, with
 * INTROSPECTION_DISABLED. Each limit comes from the environment. The documents are sent as text
 * (gqlUntyped): many are refused on purpose, and only the refusals are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribeWs } from './support/subscriber.ts';

let stack: Stack;
let closed: Stack;
beforeAll(async () => {
  [stack, closed] = await Promise.all([
    startStack({ env: { MAX_QUERY_DEPTH: '4', MAX_QUERY_ALIASES: '3', MAX_QUERY_TOKENS: '60', MAX_QUERY_DIRECTIVES: '2' } }),
    startStack({ env: { GRAPHQL_INTROSPECTION: 'false' } }),
  ]);
});
afterAll(() => Promise.all([stack.close(), closed.close()]));

async function refused(document: string, code = 'QUERY_TOO_COMPLEX', on = stack) {
  on.sandbox.requests.clear();
  const response = await on.gqlUntyped(document);
  expect(response.data ?? undefined).toBeUndefined();
  expect(response.errors?.map((e) => e.extensions?.['code'])).toEqual([code]);
  expect(on.sandbox.requests.count()).toBe(0);
  return response.errors![0]!.message;
}

describe('limits', () => {
  it('depth: 4 levels run, 5 are refused', async () => {
    const ok = await stack.gqlUntyped(`{ contacts(first: 1) { edges { node { name } } } }`);
    expect(ok.errors).toBeUndefined();
    const message = await refused(`{ contacts(first: 1) { edges { node { location { name } } } } }`);
    expect(message).toBe('Query depth limit of 4 exceeded, found 5.');
  });

  it('aliases: 3 run, 4 are refused', async () => {
    const ok = await stack.gqlUntyped(`{ a: location { name } b: location { name } c: location { name } }`);
    expect(ok.errors).toBeUndefined();
    expect(await refused(`{ a: location { name } b: location { name } c: location { name } d: location { name } }`)).toContain(
      'Aliases limit of 3',
    );
  });

  it('tokens: a document over the limit is refused while it is parsed', async () => {
    expect(await refused(`{ ${'location { name } '.repeat(20)} }`)).toBe('Token limit of 60 exceeded.');
  });

  it('directives: 2 run, 3 are refused', async () => {
    const ok = await stack.gqlUntyped(`{ location @include(if: true) { name @skip(if: false) } }`);
    expect(ok.errors).toBeUndefined();
    expect(await refused(`{ location @include(if: true) { name @skip(if: false) ghlId @skip(if: false) } }`)).toContain(
      'Directives limit of 2',
    );
  });

  it('refusals are client errors, never 500', async () => {
    const response = await stack.gqlUntyped(`{ contacts(first: 1) { edges { node { location { name } } } } }`);
    expect(response.status).toBe(400);
  });
});

describe('introspection', () => {
  const introspect = `{ __schema { queryType { name } } }`;

  it('is off by default in production, unless switched on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).http.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).http.introspection).toBe(true);
    expect(loadConfig({}).http.introspection).toBe(true);
  });

  it('is on by default outside production', async () => {
    const response = await stack.gqlUntyped(introspect);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('switched off, __schema and __type are refused but __typename still answers', async () => {
    expect(await refused(introspect, 'INTROSPECTION_DISABLED', closed)).toContain('Introspection is disabled');
    await refused(`{ __type(name: "Contact") { name } }`, 'INTROSPECTION_DISABLED', closed);
    const typename = await closed.gqlUntyped(`{ __typename }`);
    expect(typename.data).toEqual({ __typename: 'Query' });
  });

  it('switched off, a misspelt field gets no suggestion that would reveal the schema', async () => {
    const open = await stack.gqlUntyped(`{ contactz { id } }`);
    expect(open.errors?.[0]?.message).toContain('Did you mean');
    const response = await closed.gqlUntyped(`{ contactz { id } }`);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it.each([
    ['an enum literal', `{ opportunities(status: WONN, first: 1) { totalCount } }`, {}],
    ['an enum variable', `query ($s: OpportunityStatus) { opportunities(status: $s, first: 1) { totalCount } }`, { s: 'WONN' }],
    ['an argument', `{ opportunities(statuz: WON, first: 1) { totalCount } }`, {}],
    ['a type', `query ($s: OpportunityStatuz) { opportunities(status: $s, first: 1) { totalCount } }`, {}],
    ['an input field', `mutation ($i: CreateContactInput!) { createContact(input: $i) { contact { ghlId } } }`, { i: { firstNam: 'A' } }],
  ])('switched off, %s misspelt gets no suggestion either', async (_, document, variables) => {
    const open = await stack.gqlUntyped(document, variables);
    expect(open.errors?.[0]?.message).toContain('Did you mean');
    closed.sandbox.requests.clear();
    const response = await closed.gqlUntyped(document, variables);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean|Suggestion/);
    expect(closed.sandbox.requests.count()).toBe(0);
  });

  it('switched off, an operation over WebSocket gets no suggestion either', async () => {
    const subscriber = subscribeWs(closed.gateway.url, `query ($s: OpportunityStatus) { opportunities(status: $s, first: 1) { totalCount } }`, { s: 'WONN' }, { token: closed.token });
    try {
      await expect(subscriber.waitFor(() => true)).rejects.toThrow(/WONN/);
      expect(JSON.stringify(subscriber.errors)).not.toMatch(/Did you mean|Suggestion/);
      const misspelt = subscribeWs(closed.gateway.url, `subscription { contactEventz { type } }`, {}, { token: closed.token });
      await expect(misspelt.waitFor(() => true)).rejects.toThrow(/contactEventz/);
      expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean|Suggestion/);
      await misspelt.close();
    } finally {
      await subscriber.close();
    }
  });
});
