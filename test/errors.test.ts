/** Every failure reaches the client as a GraphQL error with a stable code, on the right path. */
import { describe, expect, it } from 'vitest';
import { startSandbox, type Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { startStack, useStack, type GqlResponse } from './support/stack.ts';

const stack = useStack({ env: { GHL_TIMEOUT_MS: '2000', GHL_MAX_RETRIES: '1' } });

const aContactId = async (token = stack.token, locationId = stack.locationId) =>
  (await ghlRest<{ contacts: Contact[] }>(stack.sandbox, token, 'GET', `/contacts/?locationId=${locationId}&limit=1`)).body.contacts[0]!.id;

const contactCount = graphql(`query ErrorsContactCount { contacts(first: 1) { totalCount } }`);

const codes = (errors: GqlResponse<unknown>['errors']) => errors?.map((e) => e.extensions?.code);

describe('errors from GoHighLevel', () => {
  it('an unknown id is NOT_FOUND on its own path, and the rest of the query still resolves', async () => {
    const id = await aContactId();
    const { data, errors } = await stack.gql(
      graphql(`query ContactFoundAndMissing($id: ID!) { found: contact(id: $id) { ghlId } missing: contact(id: "doesNotExist0000000") { ghlId } }`),
      { id },
    );
    expect(data).toEqual({ found: { ghlId: id }, missing: null });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND', upstreamStatus: 404 } });
  });

  it('a token GHL does not know is UNAUTHENTICATED', async () => {
    const { errors } = await stack.gql(contactCount, {}, { token: 'not-a-real-token' });
    expect(codes(errors)).toEqual(['UNAUTHENTICATED']);
  });

  it('an Authorization header that is not a Bearer token is UNAUTHENTICATED before any REST call', async () => {
    const before = stack.gateway.client.stats.count();
    const { errors } = await stack.gql(contactCount, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(codes(errors)).toEqual(['UNAUTHENTICATED']);
    expect(stack.gateway.client.stats.count()).toBe(before);
  });

  it("another location's token is FORBIDDEN from this location's contacts", async () => {
    const id = await aContactId();
    const byId = await stack.gql(graphql(`query ErrorsContactById($id: ID!) { contact(id: $id) { ghlId } }`), { id }, { token: stack.otherToken });
    expect(byId.data.contact).toBeNull();
    expect(byId.errors![0]).toMatchObject({ path: ['contact'], extensions: { code: 'FORBIDDEN' } });

    const list = await stack.gql(graphql(`query ErrorsContactsOfLocation($loc: ID) { contacts(locationId: $loc, first: 1) { totalCount } }`), {
      loc: stack.otherLocationId,
    });
    expect(codes(list.errors)).toEqual(['FORBIDDEN']);
  });

  it("passes the caller's own token through: the other location's token reads the other location", async () => {
    const id = await aContactId(stack.otherToken, stack.otherLocationId);
    const { data, errors } = await stack.gql(graphql(`query ErrorsContactLocation($id: ID!) { contact(id: $id) { locationId } }`), { id }, { token: stack.otherToken });
    expect(errors).toBeUndefined();
    expect(data.contact?.locationId).toBe(stack.otherLocationId);
  });
});

describe('bad input is refused before any REST call', () => {
  /** Sends a document whose input the gateway must refuse; some are invalid on purpose, so they go as text. */
  const refusedUpstreamFree = async (send: () => Promise<GqlResponse<unknown>>) => {
    const sent = stack.sandbox.requests.count();
    const response = await send();
    expect(stack.sandbox.requests.count()).toBe(sent);
    return response;
  };

  const createContact = graphql(`mutation ErrorsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }`);

  it.each([
    ['an invalid email', { email: 'not-an-email' }],
    ['an invalid phone', { phone: 'call me maybe' }],
    ['a phone of three digits', { phone: '123' }],
    ['a phone one digit short', { phone: '+1415555012' }],
    ['a phone shaped like E.164 in no numbering plan', { phone: '+17895551234' }],
    ['a valid phone not written in E.164', { phone: '+1 415 555 0123' }],
    ['an invalid date of birth', { dateOfBirth: '1990-13-45' }],
  ])('%s is BAD_USER_INPUT', async (_, fields) => {
    const { status, errors } = await refusedUpstreamFree(() => stack.gql(createContact, { input: { firstName: 'X', ...fields } }));
    expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
    expect(status).toBe(400);
  });

  it.each([
    ['an invalid country', `mutation { createContact(input: { firstName: "X", country: "Germany" }) { contact { ghlId } } }`],
    ['an empty tag list', `mutation { addContactTags(id: "abc", tags: []) { tags } }`],
    ['a blank id', `{ contact(id: " ") { ghlId } }`],
    ['a page larger than GHL serves', `{ contacts(first: 500) { totalCount } }`],
    ['a cursor from nowhere', `{ contacts(first: 5, after: "bm90IGEgY3Vyc29y") { totalCount } }`],
    ['a User id where a Contact id belongs', `{ contact(id: "${Buffer.from('User:abc').toString('base64')}") { ghlId } }`],
  ])('%s is BAD_USER_INPUT', async (_, query) => {
    const { errors } = await refusedUpstreamFree(() => stack.gqlUntyped(query));
    expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('says how to write a phone number it refuses', async () => {
    const { errors } = await refusedUpstreamFree(() => stack.gql(createContact, { input: { firstName: 'X', phone: '+1 415 555 0123' } }));
    expect(errors?.[0]?.message).toContain('E.164 form: +14155550123');
  });

  it('a document that does not parse or validate is a 400 with errors', async () => {
    const syntax = await refusedUpstreamFree(() => stack.gqlUntyped(`{ contacts(first: 1) { `));
    expect(syntax.status).toBe(400);
    expect(codes(syntax.errors)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const unknown = await refusedUpstreamFree(() => stack.gqlUntyped(`{ contacts(first: 1) { nope } }`));
    expect(unknown.status).toBe(400);
    expect(codes(unknown.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // A scalar written into the document is checked as the document is validated.
    const phoneLiteral = await refusedUpstreamFree(() => stack.gqlUntyped(`mutation { createContact(input: { firstName: "X", phone: "123" }) { contact { ghlId } } }`));
    expect(phoneLiteral.status).toBe(400);
    expect(codes(phoneLiteral.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // GHL's lists only page forward, so `last`/`before` are not in the schema at all.
    const backward = await refusedUpstreamFree(() => stack.gqlUntyped(`{ contacts(last: 5, before: "x") { totalCount } }`));
    expect(backward.status).toBe(400);
    expect(codes(backward.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('request errors without an Accept preference', () => {
  /** A POST as curl sends it (`*∕*`), or with no Accept at all. */
  const post = async (query: string, accept: string | undefined) => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) },
      body: JSON.stringify({ query, variables: { n: 'not a number' } }),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { errors?: unknown[] } };
  };

  it.each([
    // [what, document, status for Accept: application/json]: the gateway's own invalid-variables answer is a 400 for both types.
    ['does not parse', `{ contacts(first: 1) { `, 200],
    ['does not validate', `{ contacts(first: 1) { nope } }`, 200],
    ['has invalid variables', `query ($n: Int) { contacts(first: $n) { totalCount } }`, 400],
  ])('a document that %s is a 400 without Accept or with */*', async (_, query, legacyStatus) => {
    for (const accept of [undefined, '*/*']) {
      const answer = await post(query, accept);
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/graphql-response\+json/);
      expect(answer.body.errors).toHaveLength(1);
    }
    // The spec's legacy media type: parse and validation errors in a 200, for clients that read no 4xx body.
    const legacy = await post(query, 'application/json');
    expect(legacy.status).toBe(legacyStatus);
    expect(legacy.type).toMatch(/^application\/json/);
  });

  it('a successful query without Accept is a 200 in application/graphql-response+json', async () => {
    const answer = await post(`{ __typename }`, undefined);
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/graphql-response\+json/);
  });
});

describe('when the upstream is down', () => {
  it('answers UPSTREAM_ERROR, keeps serving, and recovers when GHL is back', async () => {
    const own = await startStack({ env: { GHL_MAX_RETRIES: '1' } });
    try {
      const port = own.sandbox.port;
      await own.sandbox.close();
      const down = await own.gql(contactCount);
      expect(down.status).toBe(200);
      expect(down.data).toEqual({ contacts: null });
      expect(codes(down.errors)).toEqual(['UPSTREAM_ERROR']);

      // Refused at connect, the create never left: a plain UPSTREAM_ERROR, safe to send again.
      const create = await own.gql(graphql(`mutation ErrorsCreateNever { createContact(input: { firstName: "Never" }) { contact { ghlId } } }`));
      expect(codes(create.errors)).toEqual(['UPSTREAM_ERROR']);

      const health = await fetch(new URL('/health', own.gateway.url));
      expect(health.status).toBe(200);

      const restarted = await startSandbox({ port });
      try {
        const up = await own.gql(contactCount, {}, { token: restarted.tokens.locations[own.locationId] });
        expect(up.errors).toBeUndefined();
        expect(up.data.contacts?.totalCount).toBeGreaterThan(0);
      } finally {
        await restarted.close();
      }
    } finally {
      await own.gateway.close();
    }
  });
});

describe('nothing leaks', () => {
  it('no response carries a stack trace or a token, and no log line carries a token', async () => {
    const responses = await Promise.all([
      stack.gql(graphql(`query ErrorsMissingContact { contact(id: "doesNotExist0000000") { ghlId } }`)),
      stack.gql(contactCount, {}, { token: 'leaky-token-123' }),
      stack.gql(contactCount, {}, { token: stack.otherToken }),
      stack.gql(graphql(`query ErrorsBadCursor { contacts(first: 1, after: "%%%") { totalCount } }`)),
    ]);
    const text = JSON.stringify(responses);
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+/);
    for (const token of [stack.token, stack.otherToken, 'leaky-token-123']) {
      expect(text).not.toContain(token);
      expect(stack.logs.join('')).not.toContain(token);
    }
  });
});
