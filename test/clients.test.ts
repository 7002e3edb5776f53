/**
 * The two GraphQL clients frontends use most, set up as the README tells them to, against the real
 * gateway over the sandbox: Apollo Client (InMemoryCache, HttpLink) and urql (its fetch exchange).
 * The gateway's CSRF rule refuses GETs without an `x-graphql-csrf` header, so urql's default GET
 * queries need one of the README's two set-ups; Apollo POSTs JSON and needs none.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const CONTACTS = `
  query ClientContacts {
    contacts(first: 3) { totalCount edges { node { id name } } }
  }
`;
const TAG = `
  mutation ClientTag($id: ID!, $tags: [String!]!) {
    addContactTags(id: $id, tags: $tags) { tags }
  }
`;

/** fetch as it is, recording the method of every request, to show which one a client sent. */
function recordingFetch(): { fetch: typeof fetch; methods: string[] } {
  const methods: string[] = [];
  return {
    methods,
    fetch: (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    },
  };
}

/** Tags as the gateway now reads them, asked outside the client under test. */
async function tagsOf(id: string): Promise<string[]> {
  const response = await stack.gql<{ contact: { tags: string[] } }>('query ($id: ID!) { contact(id: $id) { tags } }', { id });
  return response.data.contact.tags;
}

describe('Apollo Client', () => {
  const setUps = {
    'as it is (queries as POST)': { link: { headers: {} }, method: 'POST' },
    'useGETForQueries and the x-graphql-csrf header': { link: { useGETForQueries: true, headers: { 'x-graphql-csrf': '1' } }, method: 'GET' },
  };

  for (const [name, { link, method }] of Object.entries(setUps)) {
    it(`queries and mutates as set up in the README, ${name}`, async () => {
      const recorder = recordingFetch();
      const client = new ApolloClient({
        link: new HttpLink({
          uri: stack.gateway.url,
          fetch: recorder.fetch,
          ...link,
          headers: { ...link.headers, authorization: `Bearer ${stack.token}` },
        }),
        cache: new InMemoryCache(),
      });

      const { data } = await client.query<{ contacts: { totalCount: number; edges: { node: { id: string; name: string } }[] } }>({
        query: gql(CONTACTS),
      });
      expect(data!.contacts.edges).toHaveLength(3);
      expect(data!.contacts.totalCount).toBeGreaterThan(3);

      const id = data!.contacts.edges[0]!.node.id;
      const tag = `apollo-${method.toLowerCase()}`;
      const tagged = await client.mutate<{ addContactTags: { tags: string[] } }>({ mutation: gql(TAG), variables: { id, tags: [tag] } });
      expect(tagged.data!.addContactTags.tags).toContain(tag);
      expect(await tagsOf(id)).toContain(tag);
      expect(recorder.methods).toEqual([method, 'POST']);
    });
  }
});

describe('urql', () => {
  it('has its default GET queries refused with CSRF_HEADER_REQUIRED', async () => {
    const recorder = recordingFetch();
    const client = new Client({
      url: stack.gateway.url,
      exchanges: [fetchExchange],
      fetch: recorder.fetch,
      fetchOptions: { headers: { authorization: `Bearer ${stack.token}` } },
    });

    const result = await client.query(urqlGql(CONTACTS), {}).toPromise();
    expect(recorder.methods).toEqual(['GET']);
    expect(result.data).toBeUndefined();
    expect(result.error?.graphQLErrors.map((error) => error.extensions.code)).toEqual(['CSRF_HEADER_REQUIRED']);
    expect(result.error?.response?.status).toBe(403);
  });

  const setUps = {
    'preferGetMethod: false (queries as POST)': { preferGetMethod: false as const, headers: {}, method: 'POST' },
    'the x-graphql-csrf header (queries stay GET)': { headers: { 'x-graphql-csrf': '1' }, method: 'GET' },
  };

  for (const [name, { method, headers, ...setUp }] of Object.entries(setUps)) {
    it(`queries and mutates as set up in the README with ${name}`, async () => {
      const recorder = recordingFetch();
      const client = new Client({
        url: stack.gateway.url,
        exchanges: [fetchExchange],
        fetch: recorder.fetch,
        ...setUp,
        fetchOptions: { headers: { ...headers, authorization: `Bearer ${stack.token}` } },
      });

      const contacts = await client.query(urqlGql(CONTACTS), {}).toPromise();
      expect(contacts.error).toBeUndefined();
      expect(contacts.data.contacts.edges).toHaveLength(3);

      const id = contacts.data.contacts.edges[1].node.id as string;
      const tag = `urql-${method.toLowerCase()}`;
      const tagged = await client.mutation(urqlGql(TAG), { id, tags: [tag] }).toPromise();
      expect(tagged.error).toBeUndefined();
      expect(tagged.data.addContactTags.tags).toContain(tag);
      expect(await tagsOf(id)).toContain(tag);
      // Mutations are always POSTed; the query goes as the set-up says.
      expect(recorder.methods).toEqual([method, 'POST']);
    });
  }
});
