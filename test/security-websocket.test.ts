/**
 * The HTTP guards on the WebSocket transport, over real sockets against the sandbox: CORS's origin
 * policy on the upgrade, MAX_REQUEST_BYTES as the largest message, refused documents answered per
 * operation without ending the connection or printing a stack, and the caps on operations per
 * connection and connections per principal. Mutations run over the socket (never over HTTP GET),
 * and its errors carry no HTTP status hints.
 */
import { format } from 'node:util';
import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import WebSocket from 'ws';
import { CSRF_HEADER } from '../src/transports/http-security.ts';
import { graphql } from './generated/gql.ts';
import type { SecurityWsEventsSubscription } from './generated/graphql.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribeWs, wsClient, type Subscriber } from './support/subscriber.ts';
import { contactCreate, deliver, webhookKeys } from './support/webhooks.ts';

const APP = 'https://app.example.com';
const MAX_BYTES = 4096;
const MAX_OPERATIONS = 3;
const MAX_CONNECTIONS = 2;
const EVENTS = graphql(`subscription SecurityWsEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId } }`);

const keys = webhookKeys();
let guarded: Stack;
let defaults: Stack;
const open: Subscriber<unknown>[] = [];

beforeAll(async () => {
  [guarded, defaults] = await Promise.all([
    startStack({
      env: {
        ...keys.env,
        CORS_ORIGINS: APP,
        MAX_REQUEST_BYTES: String(MAX_BYTES),
        WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: String(MAX_OPERATIONS),
        WS_MAX_CONNECTIONS_PER_PRINCIPAL: String(MAX_CONNECTIONS),
        // Low enough for documents over them to fit in a message.
        MAX_QUERY_TOKENS: '300',
        MAX_QUERY_ALIASES: '5',
        MAX_QUERY_DIRECTIVES: '5',
      },
    }),
    startStack(),
  ]);
});
afterAll(async () => {
  await Promise.all(open.map((subscriber) => subscriber.close()));
  await Promise.all([guarded?.close(), defaults?.close()]);
});

type Outcome =
  | { kind: 'refused'; status: number; body: string }
  | { kind: 'acked'; socket: WebSocket }
  | { kind: 'closed'; code: number; reason: string };

/** A graphql-ws handshake by hand: how the upgrade and connection_init were answered. */
function connect(stack: Stack, options: { origin?: string; params?: Record<string, string> } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = new WebSocket(stack.gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws', {
      headers: options.origin ? { origin: options.origin } : {},
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ kind: 'refused', status: response.statusCode!, body }));
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: options.params })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ kind: 'acked', socket });
    });
    socket.on('close', (code, reason) => resolve({ kind: 'closed', code, reason: String(reason) }));
    socket.on('error', () => undefined);
  });
}

const closeOf = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));

async function acked(stack: Stack, options: Parameters<typeof connect>[1] = {}): Promise<WebSocket> {
  const outcome = await connect(stack, options);
  if (outcome.kind !== 'acked') throw new Error(`not acknowledged: ${JSON.stringify(outcome)}`);
  return outcome.socket;
}

/** A subscriber known to be listening: a probe event of its location has reached it. */
async function live(stack: Stack, locationId: string, options: Parameters<typeof subscribeWs>[3]): Promise<Subscriber<SecurityWsEventsSubscription>> {
  const subscriber = subscribeWs(stack.gateway.url, EVENTS, { locationId }, options);
  open.push(subscriber);
  for (let tries = 0; subscriber.received.length === 0; tries++) {
    if (subscriber.errors.length > 0 || tries > 100) throw new Error(`not live: ${JSON.stringify(subscriber.errors)}`);
    expect((await deliver(stack.gateway.webhookUrl, keys, contactCreate(locationId, { probe: true }))).status).toBe(200);
    await new Promise((done) => setTimeout(done, 50));
  }
  return subscriber;
}

/** Everything the test process prints: the gateway runs in it, so its console and streams are these. */
let printed: MockInstance[];
beforeEach(() => {
  printed = [
    vi.spyOn(console, 'error'),
    vi.spyOn(console, 'warn'),
    vi.spyOn(console, 'log'),
    vi.spyOn(process.stderr, 'write'),
    vi.spyOn(process.stdout, 'write'),
  ];
});
afterEach(() => vi.restoreAllMocks());
/** As the console would print it: an Error with its stack. */
const printedText = () => printed.flatMap((spy) => spy.mock.calls.map((call) => format(...call))).join('\n');
const STACK_LINE = /\n\s+at /;

describe('the origin of the upgrade', () => {
  it('refuses a foreign origin with 403 before any operation runs, where CORS_ORIGINS lists others and where it lists none', async () => {
    for (const stack of [guarded, defaults]) {
      stack.sandbox.requests.clear();
      const outcome = await connect(stack, { origin: 'https://evil.example' });
      expect(outcome).toMatchObject({ kind: 'refused', status: 403 });
      expect(JSON.parse((outcome as { body: string }).body).errors[0].extensions.code).toBe('FORBIDDEN');

      // What the attacker's page would run with the server's token, had the socket opened.
      const client = wsClient(stack.gateway.url, { upgradeHeaders: { origin: 'https://evil.example' } });
      const read = subscribeWs(stack.gateway.url, '{ location { name } }', {}, { client });
      await expect(read.waitFor(() => true, 1, 2_000)).rejects.toThrow();
      expect(read.received).toEqual([]);
      await client.dispose();
      expect(stack.sandbox.requests.entries).toEqual([]);
    }
  });

  it('lets in a listed origin, the gateway’s own, and a client that sends none (not a browser)', async () => {
    const own = new URL(guarded.gateway.url).origin;
    for (const origin of [APP, own, undefined]) {
      const socket = await acked(guarded, { origin });
      socket.close();
    }
    const socket = await acked(defaults, { origin: new URL(defaults.gateway.url).origin });
    socket.close();
    expect((await connect(defaults, { origin: APP })).kind).toBe('refused');
  });
});

describe('the message size', () => {
  it('closes the connection with 1009 on a message over MAX_REQUEST_BYTES, unread, without a stack trace', async () => {
    const socket = await acked(guarded);
    guarded.sandbox.requests.clear();
    const query = `{ location { name } }\n#${'x'.repeat(MAX_BYTES)}`;
    const closed = closeOf(socket);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    expect((await closed).code).toBe(1009);
    await new Promise((done) => setTimeout(done, 100));
    // Had it been read, the location would have been asked for.
    expect(guarded.sandbox.requests.entries).toEqual([]);
    expect(printedText()).not.toMatch(STACK_LINE);
  });

  it('runs a message under the limit', async () => {
    const client = wsClient(guarded.gateway.url);
    const read = subscribeWs<{ location: { name: string } }>(guarded.gateway.url, `{ location { name } }\n#${'x'.repeat(MAX_BYTES / 2)}`, {}, { client });
    const [answer] = await read.waitFor(() => true);
    expect(answer!.location.name).toEqual(expect.any(String));
    await client.dispose();
  });
});

describe('refused documents', () => {
  const nested = (depth: number) => `{ ${'contacts(first: 1) { edges { node { '.repeat(depth)}id${' } } }'.repeat(depth)} }`;
  const refusals: [string, string, string][] = [
    ['too deep', nested(6), 'QUERY_TOO_COMPLEX'],
    ['too many aliases', `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: location { ghlId }`).join(' ')} }`, 'QUERY_TOO_COMPLEX'],
    ['too many directives', `{ __typename ${'@include(if: true) '.repeat(10)} }`, 'QUERY_TOO_COMPLEX'],
    ['too many tokens', `{ ${'__typename '.repeat(350)} }`, 'QUERY_TOO_COMPLEX'],
    ['not in the schema', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
    ['not GraphQL', '{ location { ', 'GRAPHQL_PARSE_FAILED'],
  ];

  it('answers each with its code on its own operation; the connection and its subscription go on, and nothing is printed', async () => {
    const client = wsClient(guarded.gateway.url, { token: guarded.token });
    const subscription = await live(guarded, guarded.locationId, { client });
    for (const [what, query, code] of refusals) {
      const refused = subscribeWs(guarded.gateway.url, query, {}, { client });
      await expect(refused.waitFor(() => false, 1, 3_000), what).rejects.toThrow(/subscription failed/);
      expect(refused.errors.map((error) => error.extensions?.code), what).toEqual([code]);
    }
    // Still the same connection: its subscription gets the next event.
    const payload = contactCreate(guarded.locationId);
    await deliver(guarded.gateway.webhookUrl, keys, payload);
    await subscription.waitFor((data) => data.events.webhookId === payload['webhookId']);
    expect(subscription.errors).toEqual([]);
    expect(printedText()).not.toMatch(STACK_LINE);
    // In the JSON log lines, a stack's line breaks are escaped.
    expect(guarded.logs.join('')).not.toMatch(/\\n\s+at /);
    await client.dispose();
  });
});

describe('operations per connection and connections per principal', () => {
  it(`refuses operation ${MAX_OPERATIONS + 1} on one connection with TOO_MANY_SUBSCRIPTIONS, and takes one again once another ends`, async () => {
    const [locationId, token] = Object.entries(guarded.sandbox.tokens.locations)[2]!;
    const client = wsClient(guarded.gateway.url, { token });
    const subscribers = [];
    for (let i = 0; i < MAX_OPERATIONS; i++) subscribers.push(await live(guarded, locationId, { client }));
    const refused = subscribeWs(guarded.gateway.url, EVENTS, { locationId }, { client });
    await expect(refused.waitFor(() => false, 1, 3_000)).rejects.toThrow(/TOO_MANY_SUBSCRIPTIONS/);

    const payload = contactCreate(locationId);
    await deliver(guarded.gateway.webhookUrl, keys, payload);
    for (const subscriber of subscribers) await subscriber.waitFor((data) => data.events.webhookId === payload['webhookId']);

    await subscribers[0]!.close();
    await live(guarded, locationId, { client });
    await client.dispose();
  });

  it(`closes connection ${MAX_CONNECTIONS + 1} of one principal with 1013 TOO_MANY_CONNECTIONS; another principal still connects`, async () => {
    const as = (token: string) => ({ params: { authorization: `Bearer ${token}` } });
    const first = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => acked(guarded, as(guarded.otherToken))));
    const refused = await connect(guarded, as(guarded.otherToken));
    expect(refused).toMatchObject({ kind: 'closed', code: 1013 });
    expect((refused as { reason: string }).reason).toMatch(/^TOO_MANY_CONNECTIONS/);

    const other = await acked(guarded, as(guarded.token));
    // One of them gone, its place is free again.
    const closed = closeOf(first[0]!);
    first[0]!.close();
    await closed;
    await new Promise((done) => setTimeout(done, 50));
    const again = await acked(guarded, as(guarded.otherToken));
    for (const socket of [first[1]!, other, again]) socket.close();
  });
});

describe('operations of every kind over the socket', () => {
  const CREATE = graphql(`mutation SecurityWsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }`);

  it('runs a mutation, as urql’s forwardSubscription sends all operations; over HTTP GET it is still refused', async () => {
    const email = `ws.mutation.${Date.now()}@example.com`;
    const client = wsClient(defaults.gateway.url);
    const created = subscribeWs(defaults.gateway.url, CREATE, { input: { firstName: 'Grace', email } }, { client });
    const [answer] = await created.waitFor(() => true);
    expect(created.errors).toEqual([]);
    expect(answer!.createContact.contact.email).toBe(email);
    expect(defaults.sandbox.store.contacts.get(answer!.createContact.contact.ghlId)).toMatchObject({ email, locationId: defaults.locationId });
    await client.dispose();

    defaults.sandbox.requests.clear();
    const url = new URL(defaults.gateway.url);
    url.searchParams.set('query', print(CREATE));
    url.searchParams.set('variables', JSON.stringify({ input: { firstName: 'Mallory', email: 'get@example.com' } }));
    const get = await fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(get.status).toBe(405);
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(defaults.sandbox.requests.entries).toEqual([]);
  });

  it('sends errors without extensions.http, the hints for an HTTP status, whether the document was refused or its variables', async () => {
    const client = wsClient(guarded.gateway.url, { token: guarded.token });
    const operations: [string, string, Record<string, unknown>][] = [
      ['QUERY_TOO_COMPLEX', `{ ${'__typename '.repeat(350)} }`, {}],
      ['GRAPHQL_PARSE_FAILED', '{ location { ', {}],
      ['BAD_USER_INPUT', 'query ($first: Int) { contacts(first: $first) { totalCount } }', { first: 'many' }],
    ];
    for (const [code, query, variables] of operations) {
      const failed = subscribeWs(guarded.gateway.url, query, variables, { client });
      await expect(failed.waitFor(() => false, 1, 3_000), code).rejects.toThrow(/subscription failed/);
      expect(failed.errors.map((error) => error.extensions?.code), code).toEqual([code]);
      expect(failed.errors[0]?.extensions, code).not.toHaveProperty('http');
    }
    await client.dispose();
  });
});
