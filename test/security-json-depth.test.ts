/**
 * JSON nested absurdly deep, on every way in: request variables (HTTP, SSE, WebSocket), signed
 * webhooks, GHL's answers, and documents. Each is refused with its code before anything recursive
 * sees it: no 500, no crash, no stream left hanging, no subscription ended; and a client sending
 * such requests cannot open the circuit breaker that every tenant shares.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../src/config.ts';
import { graphql } from './generated/gql.ts';
import type { DeepWebhookEventsSubscription } from './generated/graphql.ts';
import { sample, scrapeMetrics } from './support/metrics.ts';
import { startStack, useStack, type GqlResponse } from './support/stack.ts';
import { subscribeSse, subscribeWs, type Subscriber } from './support/subscriber.ts';
import { contactCreate, postWebhook, signatureHeaders, webhookKeys } from './support/webhooks.ts';

const MAX_DEPTH = loadConfig({}).limits.maxJsonDepth;
const BREAKER_FAILURES = loadConfig({}).ghl.breaker.failures;

const keys = webhookKeys();
const stack = useStack({ env: keys.env });
beforeEach(() => {
  stack.sandbox.faults.clear();
  stack.sandbox.requests.clear();
});

/** JSON text of arrays nested `depth` levels around `inner`: JSON.stringify could not write it. */
const nested = (depth: number, inner = '') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

const CREATE_CONTACT = `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }`;
/** Variables whose custom field value nests `depth` levels; the variables themselves nest 4 more. */
const deepVariables = (depth: number) =>
  `{"input":{"locationId":"${stack.locationId}","email":"deep@example.com","customFields":[{"fieldId":"f1","value":${nested(depth, '1')}}]}}`;
const requestBody = (query: string, variables: string) => `{"query":${JSON.stringify(query)},"variables":${variables}}`;

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<GqlResponse<unknown>, 'status'>) };
}

/** A graphql-transport-ws message, with the parts of results these tests read. */
interface WsMessage {
  id?: string;
  type: string;
  payload?: Omit<GqlResponse<{ events?: { webhookId: string }; location?: { name: string } } | null>, 'status'>;
}

/** An SSE response read to its end; a stream that never ends fails the test here. */
async function postSse(body: string): Promise<{ status: number; results: Omit<GqlResponse<unknown>, 'status'>[]; completed: boolean }> {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  const text = await response.text();
  const results = [...text.matchAll(/^event: next\ndata: (.*)$/gm)].map((match) => JSON.parse(match[1]!));
  return { status: response.status, results, completed: /^event: complete$/m.test(text) };
}

/**
 * A bare graphql-transport-ws connection: its messages are written as text, since graphql-ws's
 * client would serialise them with JSON.stringify, which cannot write what these tests send.
 */
async function rawWebSocket() {
  const socket = new WebSocket(stack.gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as WsMessage));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await until(() => messages.some((message) => message.type === 'connection_ack'));
  return {
    socket,
    messages,
    /** Sends a subscribe message whose payload is `payload` as written; resolves with its messages once it completes or fails. */
    async operation(id: string, payload: string) {
      socket.send(`{"id":"${id}","type":"subscribe","payload":${payload}}`);
      await until(() => messages.some((message) => message.id === id && (message.type === 'complete' || message.type === 'error')));
      return messages.filter((message) => message.id === id);
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const contactCalls = () => stack.sandbox.requests.count({ path: /^\/contacts/ });
const circuit = () => stack.gateway.client.breakers.state(stack.sandbox.url);
const upstreamCount = async (operation: string, status: string) =>
  sample(await scrapeMetrics(stack), 'gateway_upstream_requests_total', { operation, status });

describe('request variables', () => {
  it(`over HTTP: ${MAX_DEPTH} levels reach GHL, one more is JSON_TOO_DEEP (400) and nothing is sent`, async () => {
    const atLimit = await post(requestBody(CREATE_CONTACT, deepVariables(MAX_DEPTH - 4)));
    expect(atLimit.errors?.map((error) => error.extensions?.['code']) ?? []).not.toContain('JSON_TOO_DEEP');
    expect(contactCalls()).toBe(1);

    const over = await post(requestBody(CREATE_CONTACT, deepVariables(MAX_DEPTH - 3)));
    expect(over.status).toBe(400);
    expect(over.errors).toEqual([expect.objectContaining({ extensions: { code: 'JSON_TOO_DEEP' } })]);
    expect(over.errors?.[0]?.message).toBe(`The request's variables or extensions nest deeper than ${MAX_DEPTH} levels`);
    expect(contactCalls()).toBe(1);
  });

  it('and extensions nested too deep are refused the same way', async () => {
    const body = `{"query":"{ location { name } }","extensions":{"x":${nested(20_000)}}}`;
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('JSON_TOO_DEEP');
    expect(stack.sandbox.requests.count()).toBe(0);
  });

  it('over SSE: JSON_TOO_DEEP as the one result, and the stream ends', async () => {
    const { status, results, completed } = await postSse(requestBody(CREATE_CONTACT, deepVariables(20_000)));
    expect(status).toBe(400);
    expect(results).toHaveLength(1);
    expect(results[0]?.errors?.[0]?.extensions?.code).toBe('JSON_TOO_DEEP');
    expect(completed).toBe(true);
    expect(contactCalls()).toBe(0);
  });

  it('over WebSocket: JSON_TOO_DEEP for that operation; the connection and its subscription go on', async () => {
    const { socket, messages, operation } = await rawWebSocket();
    try {
      const subscription = JSON.stringify({ query: `subscription ($l: ID) { events(locationId: $l) { webhookId } }`, variables: { l: stack.locationId } });
      socket.send(`{"id":"live","type":"subscribe","payload":${subscription}}`);
      const delivered = (webhookId: unknown) => messages.some((m) => m.id === 'live' && m.type === 'next' && m.payload?.data?.events?.webhookId === webhookId);
      await deliverUntil(delivered);

      // Mutations go over HTTP only; a query and a subscription with one more variable, too deep.
      const deepQuery = `{"query":"query ($id: ID!) { contact(id: $id) { ghlId } }","variables":{"id":"c1","x":${nested(20_000)}}}`;
      // A subscription's variables go into its shared-stream key, which JSON.stringify could not write.
      const deepSubscription = `{"query":"subscription ($l: ID) { events(locationId: $l) { webhookId } }","variables":{"l":"${stack.locationId}","x":${nested(20_000)}}}`;
      for (const [id, payload] of [['deep-query', deepQuery], ['deep-subscription', deepSubscription]] as const) {
        const refused = await operation(id, payload);
        expect(refused.map((message) => message.type), JSON.stringify(refused)).toEqual(['next', 'complete']);
        expect(refused[0]?.payload?.errors?.[0]?.extensions?.code).toBe('JSON_TOO_DEEP');
      }
      expect(contactCalls()).toBe(0);

      expect(socket.readyState).toBe(WebSocket.OPEN);
      await deliverUntil(delivered);
    } finally {
      socket.close();
    }
  });
});

/** Delivers fresh signed ContactCreates until `delivered` says one arrived (a subscription is live once one does). */
async function deliverUntil(delivered: (webhookId: unknown) => boolean) {
  for (let tries = 0; tries < 100; tries++) {
    const event = contactCreate(stack.locationId);
    const body = JSON.stringify(event);
    expect((await postWebhook(stack.gateway.webhookUrl, body, signatureHeaders(keys, body, 'ed25519'))).status).toBe(200);
    try {
      await until(() => delivered(event['webhookId']), 200);
      return;
    } catch {
      // Not live yet: another event.
    }
  }
  throw new Error('no event was delivered');
}

describe('the circuit breaker', () => {
  it(`stays closed through ${BREAKER_FAILURES + 1} requests nesting 20,000 levels with a made-up token; other tenants are served`, async () => {
    const networkBefore = await upstreamCount('createContact', 'network');
    for (let i = 0; i < BREAKER_FAILURES + 1; i++) {
      const response = await post(requestBody(CREATE_CONTACT, deepVariables(20_000)), { authorization: 'Bearer made-up-token' });
      expect(response.status).not.toBe(500);
      expect(response.errors?.[0]?.extensions?.code).toBe('JSON_TOO_DEEP');
    }
    expect(circuit()).toBe('closed');
    expect(stack.sandbox.requests.count()).toBe(0);
    expect(await upstreamCount('createContact', 'network')).toBe(networkBefore);
    const other = await stack.gql(
      graphql(`query OtherTenantContact($locationId: ID) { contacts(first: 1, locationId: $locationId) { edges { node { ghlId } } } }`),
      { locationId: stack.otherLocationId },
      { token: stack.otherToken },
    );
    expect(other.errors).toBeUndefined();
    expect(other.data.contacts?.edges).toHaveLength(1);
  });

  it.each([
    ['a body it cannot serialise', 'createContact', () => stack.gateway.client.session({ token: 'made-up-token' }).call('createContact', { body: { customFields: JSON.parse(nested(20_000)) } } as never)],
    ['a header undici will not send', 'getContact', () => stack.gateway.client.session({ token: 'made-up\ntoken' }).call('getContact', { path: { contactId: 'c1' } })],
  ] as const)('never counts a call the REST edge cannot put on the wire: %s', async (_, operation, call) => {
    const networkBefore = await upstreamCount(operation, 'network');
    for (let i = 0; i < BREAKER_FAILURES + 1; i++) {
      await expect(call()).rejects.toMatchObject({ message: `The call to ${operation} cannot be sent as asked`, extensions: { code: 'BAD_USER_INPUT', operation } });
    }
    expect(circuit()).toBe('closed');
    expect(stack.sandbox.requests.count()).toBe(0);
    expect(await upstreamCount(operation, 'network')).toBe(networkBefore);
  });
});

describe('webhooks', () => {
  const EVENTS = graphql(`subscription DeepWebhookEvents($locationId: ID) { events(locationId: $locationId) { webhookId payload } }`);

  /** A signed ContactCreate whose `customFields` value nests `depth` levels (the body itself one more). */
  function deepWebhook(depth: number) {
    const event = contactCreate(stack.locationId);
    const body = `${JSON.stringify(event).slice(0, -1)},"customFields":${nested(depth)}}`;
    return { webhookId: event['webhookId'] as string, post: () => postWebhook(stack.gateway.webhookUrl, body, signatureHeaders(keys, body, 'ed25519')) };
  }

  let subscribers: Subscriber<DeepWebhookEventsSubscription>[] = [];
  afterAll(() => Promise.all(subscribers.map((subscriber) => subscriber.close())));

  it(`${MAX_DEPTH} levels are emitted, one more is refused: 400 JSON_TOO_DEEP`, async () => {
    const atLimit = deepWebhook(MAX_DEPTH - 1);
    expect(await atLimit.post()).toEqual({ status: 200, body: { received: true, emitted: true } });
    const over = deepWebhook(MAX_DEPTH);
    expect(await over.post()).toEqual({ status: 400, body: { error: { code: 'JSON_TOO_DEEP', message: `The body nests deeper than ${MAX_DEPTH} levels` } } });
  });

  it('a signed 10 KB webhook nested 5,000 levels is refused; SSE and WebSocket subscribers selecting payload live on and get later events', async () => {
    const variables = { locationId: stack.locationId };
    subscribers = [subscribeSse(stack.gateway.url, EVENTS, variables), subscribeWs(stack.gateway.url, EVENTS, variables)];
    await deliverUntil((webhookId) => subscribers.every((subscriber) => subscriber.received.some((data) => data.events.webhookId === webhookId)));

    const deep = deepWebhook(5_000);
    const answer = await deep.post();
    expect(answer.status).toBe(400);
    expect(answer.body?.error?.code).toBe('JSON_TOO_DEEP');

    const later = contactCreate(stack.locationId);
    const body = JSON.stringify(later);
    expect((await postWebhook(stack.gateway.webhookUrl, body, signatureHeaders(keys, body, 'ed25519'))).status).toBe(200);
    for (const subscriber of subscribers) {
      await subscriber.waitFor((data) => data.events.webhookId === later['webhookId']);
      expect(subscriber.received.map((data) => data.events.webhookId)).not.toContain(deep.webhookId);
      expect(subscriber.errors).toEqual([]);
    }
  });
});

describe("GHL's answers", () => {
  const READ_CONTACT = `query ($id: ID!) { contact(id: $id) { ghlId } }`;
  let contactId: string;
  beforeAll(async () => {
    const { data } = await stack.gql(graphql(`query DeepAnswerContact { contacts(first: 1) { edges { node { ghlId } } } }`));
    contactId = data.contacts!.edges[0]!.node.ghlId;
  });
  const deepAnswer = { deepJson: 1, match: { method: 'GET', path: '^/contacts/' } };

  it('an answer nested 10,000 levels is UPSTREAM_ERROR naming the operation, over HTTP (not 500), not retried', async () => {
    stack.sandbox.faults.set(deepAnswer);
    const response = await post(requestBody(READ_CONTACT, JSON.stringify({ id: contactId })));
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ contact: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `GoHighLevel sent an answer to getContact nested deeper than ${MAX_DEPTH} levels`,
        path: ['contact'],
        extensions: { code: 'UPSTREAM_ERROR', operation: 'getContact', upstreamStatus: 200 },
      }),
    ]);
    expect(contactCalls()).toBe(1);
    expect(circuit()).toBe('closed');
  });

  it('over SSE: the same error as the one result, and the stream ends', async () => {
    stack.sandbox.faults.set(deepAnswer);
    const { status, results, completed } = await postSse(requestBody(READ_CONTACT, JSON.stringify({ id: contactId })));
    expect(status).toBe(200);
    expect(results).toHaveLength(1);
    expect(results[0]?.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_ERROR', operation: 'getContact' } });
    expect(results[0]?.errors?.[0]?.message).toContain('nested deeper than');
    expect(completed).toBe(true);
  });
});

describe('documents', () => {
  // A few kilobytes: graphql-js's recursive parser would overflow its stack on the first two.
  const deepDocuments: [string, string][] = [
    ['a list argument, 2,000 levels', `{ contact(id: ${nested(2_000, '"x"')}) { ghlId } }`],
    ['an object argument, 1,500 levels', `{ contact(id: ${'{a:'.repeat(1_500)}1${'}'.repeat(1_500)}) { ghlId } }`],
    ['selections, 300 levels', `{ ${'contact(id: "x") { '.repeat(300)}ghlId${' }'.repeat(300)} }`],
  ];

  it.each(deepDocuments)('%s: QUERY_TOO_COMPLEX (400) over HTTP, before anything runs', async (_, document) => {
    const response = await post(JSON.stringify({ query: document }));
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
    expect(response.errors?.[0]?.message).toMatch(/^The document nests deeper than \d+ levels$/);
    expect(stack.sandbox.requests.count()).toBe(0);
  });

  it('over WebSocket: QUERY_TOO_COMPLEX for that operation, and the connection stays open', async () => {
    const { socket, operation } = await rawWebSocket();
    try {
      const refused = await operation('deep', JSON.stringify({ query: deepDocuments[0]![1] }));
      expect(refused).toMatchObject([{ type: 'error', payload: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] }]);
      const next = await operation('after', JSON.stringify({ query: '{ location { name } }' }));
      expect(next[0]?.payload?.data?.location?.name).toEqual(expect.any(String));
      expect(socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      socket.close();
    }
  });
});

describe('MAX_JSON_DEPTH', () => {
  it('is validated, and sets the limit of every way in', async () => {
    expect(() => loadConfig({ MAX_JSON_DEPTH: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_JSON_DEPTH: 'deep' })).toThrow(ConfigError);
    const shallow = await startStack({ env: { ...keys.env, MAX_JSON_DEPTH: '3' } });
    try {
      const read = (variables: string) => fetch(shallow.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: requestBody(`query ($id: ID!) { contact(id: $id) { ghlId } }`, variables),
      }).then((response) => response.json());
      // GHL's answer to a contact read nests 4 levels ({"contact":{"customFields":[{...}]}}).
      const contactId = shallow.sandbox.store.contactsOfLocation(shallow.locationId).find((contact) => contact.customFields.length > 0)!.id;
      const answer = await read(`{"id":"${contactId}","x":[[1]]}`);
      expect(answer.errors[0]).toMatchObject({ extensions: { code: 'UPSTREAM_ERROR', operation: 'getContact' } });
      expect(answer.errors[0].message).toBe('GoHighLevel sent an answer to getContact nested deeper than 3 levels');
      expect((await read(`{"id":"c1","x":[[[1]]]}`)).errors[0].extensions.code).toBe('JSON_TOO_DEEP');

      const webhook = (extra: string) => {
        const body = `${JSON.stringify(contactCreate(shallow.locationId)).slice(0, -1)},"customFields":${extra}}`;
        return postWebhook(shallow.gateway.webhookUrl, body, signatureHeaders(keys, body, 'ed25519'));
      };
      expect((await webhook('[[]]')).status).toBe(200);
      expect((await webhook('[[[]]]')).body?.error?.code).toBe('JSON_TOO_DEEP');
    } finally {
      await shallow.close();
    }
  });
});
