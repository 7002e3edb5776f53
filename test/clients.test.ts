/**
 * The two GraphQL clients frontends use most, set up as the README tells them to, against the real
 * gateway over the sandbox: Apollo Client (InMemoryCache, HttpLink) and urql (its fetch exchange).
 * The gateway's CSRF rule refuses GETs without an `x-graphql-csrf` header, so urql's default GET
 * queries need one of the README's two set-ups; Apollo POSTs JSON and needs none.
 *
 * Then the three screens (examples/*.graphql) and a live subscription, through each client as a
 * frontend wires it: Apollo with a normalised cache, relay pagination and GraphQLWsLink; urql with
 * its cache and subscription exchanges over graphql-ws. The screens cost what test/screens.test.ts
 * says they cost, through a real client too.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
// The screens' own documents (examples/*.graphql), typed by codegen, as test/screens.test.ts and docs/limits-and-cost.md use them.
import { Contact360Document, InboxDocument, PipelineBoardDocument } from '../examples/client/generated/graphql.ts';
import { graphql } from './generated/gql.ts';
import type { ClientContactEventsSubscription, ClientPageQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack } from './support/stack.ts';
import { wsClient } from './support/subscriber.ts';
import { deliver, webhookKeys } from './support/webhooks.ts';

const keys = webhookKeys();
// Six screens in a row would spend GHL's 100-per-10-s budget; that limit has its own tests.
const stack = useStack({ sandbox: { rateLimit: { max: 100_000, intervalMs: 10_000 } }, env: { ...keys.env, GHL_RATE_LIMIT_MAX: '100000' } });
const sockets: WsClient[] = [];
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
});

const CONTACTS = graphql(`
  query ClientContacts {
    contacts(first: 3) { totalCount edges { node { id name } } }
  }
`);
const TAG = graphql(`
  mutation ClientTag($id: ID!, $tags: [String!]!) {
    addContactTags(id: $id, tags: $tags) { tags }
  }
`);

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
  const response = await stack.gql(graphql(`query ClientContactTags($id: ID!) { contact(id: $id) { tags } }`), { id });
  return response.data.contact?.tags ?? [];
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

      const { data } = await client.query({ query: CONTACTS });
      expect(data?.contacts?.edges).toHaveLength(3);
      expect(data?.contacts?.totalCount).toBeGreaterThan(3);

      const id = data!.contacts!.edges[0]!.node.id;
      const tag = `apollo-${method.toLowerCase()}`;
      const tagged = await client.mutate({ mutation: TAG, variables: { id, tags: [tag] } });
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

    const result = await client.query(CONTACTS, {}).toPromise();
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

      const contacts = await client.query(CONTACTS, {}).toPromise();
      expect(contacts.error).toBeUndefined();
      expect(contacts.data?.contacts?.edges).toHaveLength(3);

      const id = contacts.data!.contacts!.edges[1]!.node.id;
      const tag = `urql-${method.toLowerCase()}`;
      const tagged = await client.mutation(TAG, { id, tags: [tag] }).toPromise();
      expect(tagged.error).toBeUndefined();
      expect(tagged.data?.addContactTags.tags).toContain(tag);
      expect(await tagsOf(id)).toContain(tag);
      // Mutations are always POSTed; the query goes as the set-up says.
      expect(recorder.methods).toEqual([method, 'POST']);
    });
  }
});

/** `T`: the part of GHL's answer a test reads. */
const rest = <T = unknown>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);

const CONTACT_EVENTS = graphql(`
  subscription ClientContactEvents($contactId: ID!) {
    contactEvents(contactId: $contactId) { type nodeId contact { id name tags } }
  }
`);
const PAGE = graphql(`
  query ClientPage($first: Int!, $after: String) {
    contacts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
  }
`);
const RENAME = graphql(`
  mutation ClientRename($id: ID!, $firstName: String!) {
    updateContact(id: $id, input: { firstName: $firstName }) { contact { id name } }
  }
`);

/** A pipeline for the board, and a contact with deals for contact 360, read from the sandbox. */
async function screenInputs(): Promise<{ pipelineId: string; contactId: string }> {
  const { pipelines } = (await rest<{ pipelines: { id: string }[] }>('GET', `/opportunities/pipelines?locationId=${stack.locationId}`)).body;
  const { opportunities } = (await rest<{ opportunities: { contactId?: string }[] }>('GET', `/opportunities/search?location_id=${stack.locationId}&limit=100`)).body;
  return { pipelineId: pipelines[0]!.id, contactId: opportunities.find((o) => o.contactId)!.contactId! };
}

/** REST calls the sandbox answered while `run` ran. */
async function restCalls<T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> {
  stack.sandbox.requests.clear();
  const result = await run();
  return { result, calls: stack.sandbox.requests.count() };
}

/**
 * A webhook for the contact, posted until the subscriber has one: a subscription is live only once
 * the gateway has registered it, which the client does not announce.
 */
async function untilReceived(received: unknown[], contactId: string, tags: string[]): Promise<void> {
  for (let tries = 0; received.length === 0; tries++) {
    if (tries > 100) throw new Error('no event reached the client');
    const payload = { type: 'ContactTagUpdate', locationId: stack.locationId, id: contactId, tags, webhookId: crypto.randomUUID(), timestamp: new Date().toISOString() };
    expect((await deliver(stack.gateway.webhookUrl, keys, payload)).status).toBe(200);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** graphql-ws on a real WebSocket, authorised as a frontend sends it: in connectionParams. */
function socket(): WsClient {
  const client = wsClient(stack.gateway.url, { connectionParams: { authorization: `Bearer ${stack.token}` } });
  sockets.push(client);
  return client;
}

describe('the screens and a subscription through Apollo Client', () => {
  const apollo = () =>
    new ApolloClient({
      link: ApolloLink.split(
        (operation) => operation.operationType === 'subscription',
        new GraphQLWsLink(socket()),
        new HttpLink({ uri: stack.gateway.url, headers: { authorization: `Bearer ${stack.token}` } }),
      ),
      cache: new InMemoryCache({
        // Global ids are unique across types: one entity, one cache entry, whichever query brought it.
        dataIdFromObject: (object) => (typeof object.id === 'string' ? object.id : undefined),
        typePolicies: { Query: { fields: { contacts: relayStylePagination(['locationId', 'query', 'filter', 'orderBy']) } } },
      }),
    });

  it('runs the three screens at their REST cost, normalising the contact under its global id', async () => {
    const client = apollo();
    const { pipelineId, contactId } = await screenInputs();

    const board = await restCalls(() => client.query({ query: PipelineBoardDocument, variables: { pipelineId } }));
    expect(board.result.data?.opportunities?.edges).toHaveLength(50);
    expect(board.calls).toBe(3);

    const inbox = await restCalls(() => client.query({ query: InboxDocument }));
    expect(inbox.result.data?.conversations?.edges).toHaveLength(20);
    expect(inbox.calls).toBe(21);

    const contact360 = await restCalls(() => client.query({ query: Contact360Document, variables: { id: contactId } }));
    const contact = contact360.result.data!.contact!;
    expect(contact.opportunities?.totalCount).toBeGreaterThan(0);
    expect(contact360.calls).toBe(8);

    // The contact is one cache entry under its global id, its lists and children referenced from it.
    expect((client.cache.extract() as Record<string, unknown>)[contact.id]).toMatchObject({ __typename: 'Contact', id: contact.id, name: contact.name, tags: contact.tags });
    // Asked again, the screen comes from the cache: no REST call.
    const again = await restCalls(() => client.query({ query: Contact360Document, variables: { id: contactId } }));
    expect(again.calls).toBe(0);
    expect(again.result.data).toEqual(contact360.result.data);
  });

  it('merges pages with relayStylePagination, and a mutation updates the cached contact everywhere', async () => {
    const client = apollo();
    const watched = client.watchQuery({ query: PAGE, variables: { first: 5 } });
    const pages: ClientPageQuery[] = [];
    const watching = watched.subscribe({ next: (result) => result.dataState === 'complete' && pages.push(result.data) });
    const first = await watched.refetch();
    await watched.fetchMore({ variables: { after: first.data?.contacts?.pageInfo.endCursor } });
    const ten = (await stack.gql(graphql(`query ClientFirstTen { contacts(first: 10) { edges { node { id } } } }`))).data.contacts?.edges.map((e) => e.node.id);
    await expect.poll(() => pages.at(-1)?.contacts?.edges.map((e) => e.node.id)).toEqual(ten);

    const target = pages.at(-1)!.contacts!.edges[0]!.node;
    const renamed = `Renamed${Date.now()}`;
    const result = await client.mutate({ mutation: RENAME, variables: { id: target.id, firstName: renamed } });
    const name = result.data?.updateContact.contact.name;
    expect(name).toMatch(new RegExp(`^${renamed}`));
    // No refetch: the payload's contact replaced the cached one, and the watched list shows it.
    await expect.poll(() => pages.at(-1)?.contacts?.edges[0]?.node.name).toBe(name);
    expect(pages.at(-1)?.contacts?.edges).toHaveLength(10);
    watching.unsubscribe();
  });

  it('takes a subscription event over GraphQLWsLink into the cache', async () => {
    const client = apollo();
    const { contactId } = await screenInputs();
    const { data } = await client.query({ query: Contact360Document, variables: { id: contactId } });
    const contact = data!.contact!;
    const tag = `live-apollo-${Date.now()}`;
    // Tagged in GHL (not through the gateway): GHL then sends its webhook.
    await rest('POST', `/contacts/${contactId}/tags`, { tags: [tag] });

    const received: ClientContactEventsSubscription[] = [];
    const subscription = client.subscribe({ query: CONTACT_EVENTS, variables: { contactId } }).subscribe({
      next: (result) => result.data && received.push(result.data),
    });
    await untilReceived(received, contactId, [...contact.tags, tag]);
    subscription.unsubscribe();
    expect(received[0]?.contactEvents).toMatchObject({ type: 'ContactTagUpdate', nodeId: contact.id, contact: { id: contact.id } });
    expect(received[0]?.contactEvents.contact?.tags).toContain(tag);
    // The event's contact landed on the cached entity the contact 360 screen reads.
    const cached = client.readQuery({ query: Contact360Document, variables: { id: contactId } });
    expect(cached?.contact?.tags).toContain(tag);
  });
});

describe('the screens and a subscription through urql', () => {
  const urql = () => {
    const ws = socket();
    return new Client({
      url: stack.gateway.url,
      preferGetMethod: false,
      fetchOptions: { headers: { authorization: `Bearer ${stack.token}` } },
      exchanges: [
        cacheExchange,
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      ],
    });
  };

  it('runs the three screens at their REST cost; the cache answers a repeat, a mutation on a Contact invalidates it', async () => {
    const client = urql();
    const { pipelineId, contactId } = await screenInputs();

    const board = await restCalls(() => client.query(PipelineBoardDocument, { pipelineId }).toPromise());
    expect(board.result.error).toBeUndefined();
    expect(board.result.data?.opportunities?.edges).toHaveLength(50);
    expect(board.calls).toBe(3);

    const inbox = await restCalls(() => client.query(InboxDocument, {}).toPromise());
    expect(inbox.result.data?.conversations?.edges).toHaveLength(20);
    expect(inbox.calls).toBe(21);

    const contact360 = await restCalls(() => client.query(Contact360Document, { id: contactId }).toPromise());
    expect(contact360.result.data?.contact?.opportunities?.totalCount).toBeGreaterThan(0);
    expect(contact360.calls).toBe(8);

    const repeat = await restCalls(() => client.query(Contact360Document, { id: contactId }).toPromise());
    expect(repeat.calls).toBe(0);
    expect(repeat.result.data).toEqual(contact360.result.data);

    // urql's document cache drops every result holding a Contact when a mutation returns one.
    const renamed = `Urql${Date.now()}`;
    const mutation = await client.mutation(RENAME, { id: contactId, firstName: renamed }).toPromise();
    expect(mutation.error).toBeUndefined();
    const fresh = await restCalls(() => client.query(Contact360Document, { id: contactId }).toPromise());
    expect(fresh.calls).toBe(8);
    expect(fresh.result.data?.contact?.name).toBe(mutation.data?.updateContact.contact.name);
  });

  it('receives a subscription event through subscriptionExchange over graphql-ws', async () => {
    const client = urql();
    const { contactId } = await screenInputs();
    const tag = `live-urql-${Date.now()}`;
    await rest('POST', `/contacts/${contactId}/tags`, { tags: [tag] });

    const received: ClientContactEventsSubscription[] = [];
    const subscription = client.subscription(CONTACT_EVENTS, { contactId }).subscribe((result) => {
      if (result.data) received.push(result.data);
    });
    const { tags } = (await rest<{ contact: { tags: string[] } }>('GET', `/contacts/${contactId}`)).body.contact;
    await untilReceived(received, contactId, tags);
    subscription.unsubscribe();
    expect(received[0]?.contactEvents).toMatchObject({ type: 'ContactTagUpdate', contact: { tags: expect.arrayContaining([tag]) } });
  });
});
