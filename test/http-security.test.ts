/**
 * The endpoint's HTTP guards, over real HTTP: CORS allow-list, CSRF prevention, persisted-operations
 * mode and the request body limit, each with its secure default and its switch.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubscribePayload } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { CSRF_HEADER } from '../src/transports/http-security.ts';
import { documentHash } from '../src/plugins/persisted-operations.ts';
import { graphql } from './generated/gql.ts';
import type { InboxQuery } from '../examples/client/generated/graphql.ts';
import { startStack, type GqlResponse, type Stack } from './support/stack.ts';
import { wsClient } from './support/subscriber.ts';

const APP = 'https://app.example.com';
const examples = new URL('../examples/', import.meta.url);
const inbox = readFileSync(new URL('inbox.graphql', examples), 'utf8');

let secure: Stack;
let custom: Stack;
beforeAll(async () => {
  // The allow-list a production frontend would ship: every example document, by its hash.
  const manifest = Object.fromEntries(
    readdirSync(examples)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => readFileSync(new URL(name, examples), 'utf8'))
      .map((document) => [documentHash(document), document]),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'persisted-')), 'operations.json');
  writeFileSync(file, JSON.stringify(manifest));
  [secure, custom] = await Promise.all([
    startStack(),
    startStack({
      env: { CORS_ORIGINS: `${APP}, https://admin.example.com`, CSRF_PREVENTION: 'false', MAX_REQUEST_BYTES: '2048', MAX_UPLOAD_BYTES: '8192', PERSISTED_OPERATIONS_FILE: file },
    }),
  ]);
});
afterAll(() => Promise.all([secure.close(), custom.close()]));

const send = (stack: Stack, init: RequestInit & { path?: string } = {}) =>
  fetch(stack.gateway.url + (init.path ?? ''), init).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    text: await response.text(),
  }));
/** An answer's JSON, read as a GraphQL response whose data the test names. */
const parsed = <T = unknown>(text: string) => JSON.parse(text) as Omit<GqlResponse<T>, 'status'>;
const codeOf = (text: string) => parsed(text).errors?.[0]?.extensions?.['code'];

describe('CORS', () => {
  const preflight = (stack: Stack, origin: string) =>
    send(stack, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('by default allows no cross-origin caller', async () => {
    const answer = await preflight(secure, APP);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const post = await send(secure, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes origins only: a URL with a path is a configuration error', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.com ,http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://a.example.com',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.com/app' })).toThrow(ConfigError);
  });

  it('answers a listed origin, with credentials, and no other', async () => {
    const allowed = await preflight(custom, APP);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toContain(CSRF_HEADER);
    const other = await preflight(custom, 'https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF prevention', () => {
  it('refuses a form POST and a bare GET, the requests a browser sends cross-site without asking', async () => {
    secure.sandbox.requests.clear();
    const form = await send(secure, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20contacts(first%3A%201)%20%7B%20totalCount%20%7D%20%7D',
    });
    expect(form.status).toBe(403);
    expect(codeOf(form.text)).toBe('CSRF_HEADER_REQUIRED');
    const get = await send(secure, { path: '?query=%7B__typename%7D', headers: { accept: 'application/json' } });
    expect(get.status).toBe(403);
    expect(codeOf(get.text)).toBe('CSRF_HEADER_REQUIRED');
    expect(secure.sandbox.requests.count()).toBe(0);
  });

  it('lets through JSON POSTs, GETs with the header, and GraphiQL', async () => {
    expect((await secure.gql(graphql(`query CsrfTypename { __typename }`))).data).toEqual({ __typename: 'Query' });
    const get = await send(secure, { path: '?query=%7B__typename%7D', headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(parsed(get.text).data).toEqual({ __typename: 'Query' });
    const graphiql = await send(secure, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(graphiql.text).toContain('GoHighLevel GraphQL gateway');
  });

  it('can be switched off', async () => {
    const get = await send(custom, { path: `?extensions=${encodeURIComponent(JSON.stringify(persisted(inbox)))}`, headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
  });
});

const persisted = (document: string) => ({ persistedQuery: { version: 1, sha256Hash: documentHash(document) } });

describe('persisted operations', () => {
  it('runs a document of the allow-list by its hash', async () => {
    const answer = await send(custom, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: persisted(inbox), variables: { first: 2, messages: 1 } }),
    });
    expect(parsed<InboxQuery>(answer.text).data.conversations?.edges).toHaveLength(2);
  });

  it('refuses a request with neither a hash nor a known one, and any document sent as text', async () => {
    const bare = await send(custom, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variables: {} }) });
    expect(codeOf(bare.text)).toBe('PERSISTED_QUERY_REQUIRED');
    const unknown = await send(custom, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: persisted('{ contacts { totalCount } }') }),
    });
    expect(codeOf(unknown.text)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Refused because it is text: it goes as text on purpose.
    const text = await custom.gqlUntyped(inbox);
    expect(text.errors?.map((e) => e.extensions?.['code'])).toEqual(['PERSISTED_QUERY_REQUIRED']);
  });

  it('holds over WebSocket too: a known hash runs, a document sent as text or an unknown hash does not', async () => {
    const client = wsClient(custom.gateway.url);
    type First = { data?: InboxQuery | null; errors?: GqlResponse<unknown>['errors'] };
    const first = async (payload: SubscribePayload): Promise<First> => {
      try {
        // The inbox is the only document these run: its result type is the allow-list's promise.
        for await (const result of client.iterate(payload)) return result as First;
        return {};
      } catch (errors) {
        return { errors: errors as First['errors'] };
      }
    };
    const codes = (result: First) => result.errors?.map((e) => e.extensions?.['code']);
    try {
      const known = await first({ query: '', extensions: persisted(inbox), variables: { first: 2, messages: 1 } });
      expect(known.errors).toBeUndefined();
      expect(known.data?.conversations?.edges).toHaveLength(2);
      expect(codes(await first({ query: inbox, variables: { first: 2, messages: 1 } }))).toEqual(['PERSISTED_QUERY_REQUIRED']);
      expect(codes(await first({ query: '', extensions: persisted('{ contacts { totalCount } }') }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(codes(await first({ query: '' }))).toEqual(['PERSISTED_QUERY_REQUIRED']);
    } finally {
      await client.dispose();
    }
  });
});

describe('request body limit', () => {
  it('answers 413 with a JSON error before reading a body over the limit', async () => {
    const answer = await send(custom, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: persisted(inbox), variables: { padding: 'x'.repeat(4096) } }),
    });
    expect(answer.status).toBe(413);
    expect(codeOf(answer.text)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('lets a body under the limit through', async () => {
    const answer = await send(custom, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: persisted(inbox), variables: { first: 1, messages: 1 } }),
    });
    expect(answer.status).toBe(200);
  });

  it('holds multipart requests, which carry files, to the upload limit instead', async () => {
    const upload = (bytes: number) => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ extensions: persisted(inbox), variables: { file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob(['x'.repeat(bytes)]), 'a.txt');
      return send(custom, { method: 'POST', headers: { [CSRF_HEADER]: '1' }, body: form });
    };
    // Over the request limit, under the upload limit: read, and answered by GraphQL, not by the guard.
    const small = await upload(4096);
    expect(small.status).not.toBe(413);
    const big = await upload(10_000);
    expect(big.status).toBe(413);
    expect(codeOf(big.text)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a chunked body, whose size is unknown until read, with 411', async () => {
    const url = new URL(custom.gateway.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(JSON.stringify({ extensions: persisted(inbox) }));
      req.end();
    });
    expect(answer.status).toBe(411);
    expect(codeOf(answer.body)).toBe('LENGTH_REQUIRED');
  });
});
