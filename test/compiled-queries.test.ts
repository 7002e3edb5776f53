/**
 * A query runs through graphql-js the first time and compiled (graphql-jit) from the second
 * (src/plugins/compiled-queries.ts). A client must not see which: the same data, and the same
 * errors with their codes, paths and locations, run after run; bad variables refused the same way.
 */
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { useStack, type GqlResponse } from './support/stack.ts';

const stack = useStack();

const RICH = graphql(`
  query CompiledRich($first: Int!, $withTags: Boolean!, $missing: ID!) {
    contacts(first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...CompiledContactParts
          tags @include(if: $withTags)
          opportunities(first: 2) { edges { node { name status monetaryValue stage { name } } } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
    missing: contact(id: $missing) { ghlId }
    again: contact(id: $missing) { name }
  }
  fragment CompiledContactParts on Contact {
    id
    ghlId
    name
    email
    createdAt
    location { id name timezone }
  }
`);

const NODES = graphql(`
  query CompiledNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Contact { name phone }
      ... on Opportunity { name status contact { name } }
    }
  }
`);

const BY_ID = graphql(`query CompiledContactById($id: ID!) { contact(id: $id) { ghlId name } }`);

/** What a client reads of an answer, less what differs by run (the calls made, the cache's hits). */
const answerOf = <T>({ status, data, errors }: GqlResponse<T>) => ({ status, data, errors });

/** Where in the document an error is: GqlResponse leaves it out, as most tests do not read it. */
const locationsOf = (error: object | undefined) => (error as { locations?: Array<{ line: number; column: number }> } | undefined)?.locations;

describe('compiled queries', () => {
  it('answer the same data and errors, with codes, paths and locations, run after run', async () => {
    const variables = { first: 5, withTags: true, missing: 'doesNotExist0000000' };
    const runs = [];
    for (let run = 0; run < 4; run++) runs.push(answerOf(await stack.gql(RICH, variables)));
    const [first, ...later] = runs;
    expect(first!.data?.contacts?.edges).toHaveLength(5);
    expect(first!.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['missing'], 'NOT_FOUND'],
      [['again'], 'NOT_FOUND'],
    ]);
    const lines = print(RICH).split('\n');
    const line = lines.findIndex((text) => text.includes('missing: contact'));
    expect(locationsOf(first!.errors?.[0])).toEqual([{ line: line + 1, column: lines[line]!.indexOf('missing') + 1 }]);
    for (const answer of later) expect(answer).toEqual(first);
  });

  it('answer abstract types and lists of ids the same, run after run', async () => {
    const contacts = stack.sandbox.store.contactsOfLocation(stack.locationId).slice(0, 2);
    const { data: board } = await stack.gql(graphql(`query CompiledSomeDeals { opportunities(first: 2) { edges { node { id } } } }`));
    const contactIds = await Promise.all(contacts.map(async (contact) => (await stack.gql(BY_ID, { id: contact.id })).data.contact!.ghlId));
    expect(contactIds).toEqual(contacts.map((contact) => contact.id));
    const { data: globalIds } = await stack.gql(graphql(`query CompiledContactIds { contacts(first: 2) { edges { node { id } } } }`));
    const ids = [...globalIds.contacts!.edges, ...board.opportunities!.edges].map((edge) => edge.node.id);
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(answerOf(await stack.gql(NODES, { ids })));
    expect(runs[0]!.errors).toBeUndefined();
    expect(runs[0]!.data?.nodes.map((node) => node?.__typename)).toEqual(['Contact', 'Contact', 'Opportunity', 'Opportunity']);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('answer a response key named __proto__ the same, in the same order, run after run', async () => {
    // Untyped: codegen would not keep an alias that names no property of a plain object.
    const query = `query CompiledProtoKeys {
      __proto__: location { name }
      here: location { __proto__: name constructor: id toString: timezone }
      kind: __typename
    }`;
    const texts = [];
    for (let run = 0; run < 4; run++) {
      const { errors, data } = await stack.gqlUntyped(query);
      expect(errors).toBeUndefined();
      texts.push(JSON.stringify(data));
    }
    const first = JSON.parse(texts[0]!) as Record<string, Record<string, unknown>>;
    expect(Object.keys(first)).toEqual(['__proto__', 'here', 'kind']);
    expect(Object.keys(first['here']!)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(first['here']!['__proto__']).toBe(first['__proto__']!['name']);
    for (const text of texts.slice(1)) expect(text).toBe(texts[0]);
  });

  it('refuse variables that do not fit as graphql-js does, however often the document ran', async () => {
    const contact = stack.sandbox.store.contactsOfLocation(stack.locationId)[0]!;
    for (let run = 0; run < 3; run++) expect((await stack.gql(BY_ID, { id: contact.id })).errors).toBeUndefined();
    // The very text the runs above sent, so it is the document already compiled.
    const refused = await stack.gqlUntyped(print(BY_ID), { id: { not: 'an id' } });
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value/);
  });
});
