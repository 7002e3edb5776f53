/**
 * A call's recording and transcription, which GHL answers as files: the graph links each
 * (Message.recording, Message.transcriptionFile) to the gateway's /files/ route at no call, and the
 * route relays GHL's file with the GraphQL request's credentials and guards, over real loopback
 * against the sandbox. Refusals are JSON with the codes GraphQL gives the same request.
 */
import { Writable } from 'node:stream';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RequestLogEntry } from '../sandbox/index.ts';
import type { Message } from '../sandbox/model/index.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startGateway } from '../src/server.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { installApp } from './support/oauth.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';
import { subscribeSse, subscribeWs } from './support/subscriber.ts';

const KEY_A = 'gk_test_downloads_location_a';
const APP_ORIGIN = 'https://app.example.com';
/** What a browser client sends with every GET to the gateway while CSRF prevention is on. */
const CSRF = { 'x-graphql-csrf': '1' };

let locationA: string;
let locationB: string;
beforeAll(async () => {
  // Same seed, same ids: the gateway's API key is configured before its sandbox starts.
  const probe = await startSandbox({ seed: 1 });
  [locationA, locationB] = Object.keys(probe.tokens.locations) as [string, string];
  await probe.close();
});
const stack = useStack(() => ({ sandbox: { seed: 1 }, env: { GATEWAY_API_KEYS: `${KEY_A}=${locationA}`, CORS_ORIGINS: APP_ORIGIN } }));
/** Every call a request to the gateway sent in this file (they carry its id): tests clear the log to count their own. */
const sent: RequestLogEntry[] = [];
beforeAll(async () => {
  stack.sandbox.requests.watch((call) => void (call.requestId !== undefined && sent.push(call)));
  expect((await installApp(stack, { locationId: locationA })).status).toBe(200);
});

const THREAD = graphql(`
  query MsgDownloadThread($id: ID!) {
    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type recording { url contentType fileName } transcriptionFile { url contentType fileName } } } } }
  }
`);
const MESSAGE = graphql(`
  query MsgDownloadMessage($id: ID!) {
    node(id: $id) { ... on Message { ghlId transcript { text } recording { url contentType fileName } transcriptionFile { url contentType fileName } } }
  }
`);
const LOCATION = graphql(`query MsgDownloadLocation($id: ID!) { location(id: $id) { ghlId } }`);

const origin = () => new URL(stack.gateway.url).origin;
const store = () => stack.sandbox.store;
const messageId = (id: string) => encodeGlobalID('Message', id);
const calls = () => stack.sandbox.requests.entries;
/** The calls of a location, connected (GHL keeps a recording) or not. */
const callsOf = (locationId: string, connected: boolean): Message[] =>
  [...store().messages.values()].filter(
    (m) => m.locationId === locationId && m.messageType === 'TYPE_CALL' && ((m.meta?.callDuration ?? 0) > 0) === connected,
  );
const filePath = (locationId: string, id: string, kind: string) => `/files/conversations/locations/${locationId}/messages/${id}/${kind}`;

async function get(path: string, headers: Record<string, string> = CSRF): Promise<Response> {
  return fetch(`${origin()}${path}`, { headers });
}

/** A refusal: JSON in GraphQL's error shape, with this status and code. */
async function expectRefused(response: Response, status: number, code: string): Promise<{ message: string; extensions: Record<string, unknown> }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect({ status: response.status, code: body.errors[0]?.extensions.code }).toEqual({ status, code });
  expect(body.errors).toHaveLength(1);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|sbx-/);
  return body.errors[0]!;
}

/** The RIFF/WAVE header of a PCM file, read field by field. */
function wavHeader(bytes: Buffer) {
  return {
    riff: bytes.toString('ascii', 0, 4),
    riffSize: bytes.readUInt32LE(4),
    wave: bytes.toString('ascii', 8, 12),
    fmt: bytes.toString('ascii', 12, 16),
    format: bytes.readUInt16LE(20),
    channels: bytes.readUInt16LE(22),
    sampleRate: bytes.readUInt32LE(24),
    byteRate: bytes.readUInt32LE(28),
    bitsPerSample: bytes.readUInt16LE(34),
    data: bytes.toString('ascii', 36, 40),
    dataSize: bytes.readUInt32LE(40),
  };
}

describe('the links', () => {
  it('links each call of a thread to its recording and transcription, null for other messages, at no call', async () => {
    const conversation = store()
      .conversationsOfLocation(stack.locationId)
      .find((c) => store().messagesOfConversation(c.id).some((m) => m.messageType === 'TYPE_CALL') && store().messagesOfConversation(c.id).some((m) => m.messageType !== 'TYPE_CALL'))!;
    stack.sandbox.requests.clear();
    const { data, errors } = await stack.gql(THREAD, { id: conversation.id });
    expect(errors).toBeUndefined();
    const nodes = data.conversation!.messages!.edges.map((edge) => edge.node);
    for (const node of nodes) {
      if (node.type !== 'CALL') {
        expect([node.recording, node.transcriptionFile]).toEqual([null, null]);
        continue;
      }
      expect(node.recording).toEqual({ url: filePath(stack.locationId, node.ghlId, 'recording'), contentType: 'audio/x-wav', fileName: `call-${node.ghlId}.wav` });
      expect(node.transcriptionFile).toEqual({
        url: filePath(stack.locationId, node.ghlId, 'transcription'),
        contentType: 'text/plain',
        fileName: `call-${node.ghlId}-transcription.txt`,
      });
    }
    expect(nodes.some((node) => node.type === 'CALL')).toBe(true);
    // The conversation and its page: no file is asked of GHL to make a link.
    expect(calls().map((call) => call.path)).toEqual([`/conversations/${conversation.id}`, `/conversations/${conversation.id}/messages`]);
  });

  it('gives the same links over WebSocket and SSE, whose transports the route leaves as they were', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    const overHttp = (await stack.gql(MESSAGE, { id: messageId(call.id) })).data.node;
    expect(overHttp).toMatchObject({ ghlId: call.id, recording: { url: filePath(stack.locationId, call.id, 'recording') } });
    for (const subscriber of [subscribeWs(stack.gateway.url, MESSAGE, { id: messageId(call.id) }), subscribeSse(stack.gateway.url, MESSAGE, { id: messageId(call.id) })]) {
      const [data] = await subscriber.waitFor(() => true);
      await subscriber.close();
      expect(subscriber.errors).toEqual([]);
      expect(data!.node).toEqual(overHttp);
    }
  });
});

describe('the files', () => {
  it('serves a connected call’s recording: the WAV GHL answers, with its type and a safe attachment name, in one call', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    const { data } = await stack.gql(MESSAGE, { id: messageId(call.id) });
    stack.sandbox.requests.clear();
    const response = await get(data.node!.recording!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/x-wav');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${data.node!.recording!.fileName}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(wavHeader(bytes)).toEqual({
      riff: 'RIFF',
      riffSize: bytes.length - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      format: 1,
      channels: 1,
      sampleRate: 8000,
      byteRate: 8000,
      bitsPerSample: 8,
      data: 'data',
      dataSize: bytes.length - 44,
    });
    expect(bytes.length).toBeGreaterThan(44);
    // One call, GHL's own path with the message and its location, and the bytes it answered, unchanged.
    expect(calls().map((c) => [c.method, c.path, c.version, c.status])).toEqual([
      ['GET', `/conversations/messages/${call.id}/locations/${stack.locationId}/recording`, '2021-04-15', 200],
    ]);
    const direct = await fetch(`${stack.sandbox.url}${calls()[0]!.path}`, { headers: { authorization: `Bearer ${stack.token}`, version: '2021-04-15' } });
    expect(Buffer.from(await direct.arrayBuffer()).equals(bytes)).toBe(true);
    expect(stack.gateway.client.stats.count('getMessageRecording')).toBeGreaterThanOrEqual(1);
  });

  it('serves the transcription as text whose lines are the sentences the JSON transcription answers', async () => {
    const call = callsOf(stack.locationId, true)[1]!;
    const { data, errors } = await stack.gql(MESSAGE, { id: messageId(call.id) });
    expect(errors).toBeUndefined();
    stack.sandbox.requests.clear();
    const response = await get(data.node!.transcriptionFile!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="call-${call.id}-transcription.txt"`);
    const lines = (await response.text()).split('\n').filter((line) => line !== '');
    expect(lines).toEqual(data.node!.transcript!.map((sentence) => sentence.text));
    expect(lines.length).toBeGreaterThan(0);
    expect(calls().map((c) => c.path)).toEqual([`/conversations/locations/${stack.locationId}/messages/${call.id}/transcription/download`]);
  });

  it('answers the raw long-tail fields with the file itself, in base64, as the bytes the route relays', async () => {
    const call = callsOf(stack.locationId, true)[2]!;
    const { data, errors } = await stack.gql(
      graphql(`query MsgDownloadRaw($id: String!) { ghl { conversations { getMessageRecording(messageId: $id) downloadMessageTranscription(messageId: $id) } } }`),
      { id: call.id },
    );
    expect(errors).toBeUndefined();
    const recording = data.ghl.conversations.getMessageRecording as { contentType: string; size: number; base64: string };
    const transcription = data.ghl.conversations.downloadMessageTranscription as { contentType: string; size: number; base64: string };
    const viaRoute = Buffer.from(await (await get(filePath(stack.locationId, call.id, 'recording'))).arrayBuffer());
    expect(Buffer.from(recording.base64, 'base64').equals(viaRoute)).toBe(true);
    expect(recording).toMatchObject({ contentType: 'audio/x-wav', size: viaRoute.length });
    const text = await (await get(filePath(stack.locationId, call.id, 'transcription'))).text();
    expect(Buffer.from(transcription.base64, 'base64').toString('utf8')).toBe(text);
    expect(transcription.contentType).toBe('text/plain');
  });

  it('answers NOT_FOUND for a call GHL kept nothing of, and for a message that is no call', async () => {
    const unanswered = callsOf(stack.locationId, false)[0]!;
    const { data } = await stack.gql(MESSAGE, { id: messageId(unanswered.id) });
    // A call may have a recording: the link is there, and GHL says there is none.
    const recording = await expectRefused(await get(data.node!.recording!.url), 404, 'NOT_FOUND');
    expect(recording.extensions).toMatchObject({ operation: 'getMessageRecording', upstreamStatus: 404 });
    await expectRefused(await get(data.node!.transcriptionFile!.url), 404, 'NOT_FOUND');
    const sms = [...store().messages.values()].find((m) => m.locationId === stack.locationId && m.messageType === 'TYPE_SMS')!;
    await expectRefused(await get(filePath(stack.locationId, sms.id, 'recording')), 404, 'NOT_FOUND');
  });

  it('fetches through the REST edge: a 500 and a 429 of GHL are retried, as for any read', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    const path = `/conversations/messages/${call.id}/locations/${stack.locationId}/recording`;
    for (const fault of [{ serverError: 1 }, { rateLimitBurst: 1 }]) {
      stack.sandbox.requests.clear();
      stack.sandbox.faults.set({ ...fault, match: { method: 'GET', path } });
      const response = await get(filePath(stack.locationId, call.id, 'recording'));
      stack.sandbox.faults.clear();
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');
      expect(calls().map((c) => c.status)).toEqual(['serverError' in fault ? 500 : 429, 200]);
    }
  });

});

describe('the guards of /graphql', () => {
  it('refuses ids that are no GHL ids, other paths and other methods, before any call', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    stack.sandbox.requests.clear();
    await expectRefused(await get(filePath(stack.locationId, 'not%20an%20id', 'recording')), 400, 'BAD_USER_INPUT');
    await expectRefused(await get(filePath('loc%22%3B%20x', call.id, 'recording')), 400, 'BAD_USER_INPUT');
    await expectRefused(await get(filePath(stack.locationId, `${call.id}%2F..`, 'transcription')), 400, 'BAD_USER_INPUT');
    await expectRefused(await get(filePath(stack.locationId, call.id, 'video')), 404, 'NOT_FOUND');
    await expectRefused(await get(`/files/conversations/locations/${stack.locationId}`), 404, 'NOT_FOUND');
    const posted = await fetch(`${origin()}${filePath(stack.locationId, call.id, 'recording')}`, { method: 'POST', headers: { ...CSRF, 'content-type': 'application/json' }, body: '{}' });
    await expectRefused(posted, 405, 'BAD_USER_INPUT');
    expect(posted.headers.get('allow')).toBe('GET');
    expect(calls()).toEqual([]);
  });

  it('asks a GET what CSRF prevention asks of /graphql, and answers a listed origin’s preflight as /graphql does', async () => {
    const path = filePath(stack.locationId, callsOf(stack.locationId, true)[0]!.id, 'recording');
    stack.sandbox.requests.clear();
    await expectRefused(await get(path, {}), 403, 'CSRF_HEADER_REQUIRED');
    const graphqlGet = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(graphqlGet.status).toBe(403);
    expect(calls()).toEqual([]);

    const preflight = (url: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key, x-graphql-csrf' } });
    const [files, graphqlPreflight] = await Promise.all([preflight(`${origin()}${path}`), preflight(stack.gateway.url)]);
    expect(files.status).toBe(204);
    const cors = (response: Response) => ['access-control-allow-origin', 'access-control-allow-headers', 'access-control-allow-credentials'].map((h) => response.headers.get(h));
    expect(cors(files)).toEqual(cors(graphqlPreflight));
    expect(cors(files)[0]).toBe(APP_ORIGIN);
    const fromApp = await get(path, { ...CSRF, origin: APP_ORIGIN });
    expect(fromApp.status).toBe(200);
    expect(fromApp.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const elsewhere = await get(path, { ...CSRF, origin: 'https://evil.example.com' });
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves a gateway API key its location’s files with the install’s token, and refuses another location as GraphQL does, unsent', async () => {
    const apiKey = { ...CSRF, 'x-api-key': KEY_A };
    const own = callsOf(locationA, true)[0]!;
    const { data, errors } = await stack.gql(MESSAGE, { id: messageId(own.id) }, { headers: apiKey });
    expect(errors).toBeUndefined();
    stack.sandbox.requests.clear();
    expect((await get(data.node!.recording!.url, apiKey)).status).toBe(200);
    expect(calls().map((call) => call.authorizedAs)).toEqual([locationA]);

    stack.sandbox.requests.clear();
    const elsewhere = callsOf(locationB, true)[0]!;
    const asGraphql = await stack.gql(LOCATION, { id: locationB }, { headers: apiKey });
    expectError(asGraphql, 'FORBIDDEN');
    const refused = await expectRefused(await get(filePath(locationB, elsewhere.id, 'recording'), apiKey), 403, 'FORBIDDEN');
    expect(refused.message).toBe(asGraphql.errors![0]!.message);
    expect(calls()).toEqual([]);
  });

  it('lets GHL refuse another tenant’s token, as it refuses the same message read through GraphQL', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    const other = { token: stack.otherToken };
    const asGraphql = await stack.gql(MESSAGE, { id: messageId(call.id) }, other);
    expectError(asGraphql, 'FORBIDDEN');
    const refused = await expectRefused(await get(filePath(stack.locationId, call.id, 'recording'), { ...CSRF, authorization: `Bearer ${stack.otherToken}` }), 403, 'FORBIDDEN');
    expect(refused.extensions).toMatchObject({ operation: 'getMessageRecording', upstreamStatus: 403 });
  });

  it('refuses credentials that are none: an unknown key, a header that is no Bearer token, a token GHL does not know', async () => {
    const path = filePath(stack.locationId, callsOf(stack.locationId, true)[0]!.id, 'transcription');
    const unknownKey = { 'x-api-key': 'gk_not_a_configured_key_00' };
    expectError(await stack.gql(LOCATION, { id: stack.locationId }, { headers: unknownKey }), 'UNAUTHENTICATED');
    await expectRefused(await get(path, { ...CSRF, ...unknownKey }), 401, 'UNAUTHENTICATED');
    stack.sandbox.requests.clear();
    await expectRefused(await get(path, { ...CSRF, authorization: 'Basic dXNlcjpwYXNz' }), 401, 'UNAUTHENTICATED');
    expect(calls()).toEqual([]);
    await expectRefused(await get(path, { ...CSRF, authorization: 'Bearer not-a-ghl-token' }), 401, 'UNAUTHENTICATED');
  });
});

describe('a gateway without a server token, a short timeout and a small file limit', () => {
  let bare: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      GHL_SANDBOX: 'false',
      GHL_API_BASE_URL: stack.sandbox.url,
      GHL_TOKEN_STORE_PATH: ':memory:',
      GHL_TIMEOUT_MS: '300',
      GHL_MAX_RETRIES: '0',
      // Under any recording the sandbox makes (a WAV header and at least a second of samples), over any transcription.
      GHL_MAX_FILE_BYTES: '4000',
    });
    const logger = createLogger('warn', new Writable({ write: (_chunk, _encoding, done) => done() }));
    bare = await startGateway({ config, logger, upstream: { baseUrl: stack.sandbox.url, credentials: undefined, defaultLocationId: undefined } });
  });
  afterAll(() => bare?.close());

  it('refuses a request with no credentials at all, unsent, as its /graphql does', async () => {
    const path = filePath(stack.locationId, callsOf(stack.locationId, true)[0]!.id, 'recording');
    stack.sandbox.requests.clear();
    const response = await fetch(`${new URL(bare.url).origin}${path}`, { headers: CSRF });
    const refused = await expectRefused(response, 401, 'UNAUTHENTICATED');
    const graphqlAnswer = await fetch(bare.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ location(id: "${stack.locationId}") { ghlId } }` }),
    });
    const { errors } = (await graphqlAnswer.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect([errors[0]!.extensions.code, errors[0]!.message]).toEqual(['UNAUTHENTICATED', refused.message]);
    expect(calls()).toEqual([]);
  });

  const bareGet = (path: string) => fetch(`${new URL(bare.url).origin}${path}`, { headers: { ...CSRF, authorization: `Bearer ${stack.token}` } });

  it('relays no file over GHL_MAX_FILE_BYTES, and any under it', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    const refused = await expectRefused(await bareGet(filePath(stack.locationId, call.id, 'recording')), 502, 'UPSTREAM_ERROR');
    expect(refused).toMatchObject({ message: expect.stringContaining('over the limit of 4000 bytes'), extensions: { operation: 'getMessageRecording' } });
    const transcription = await bareGet(filePath(stack.locationId, call.id, 'transcription'));
    expect(transcription.status).toBe(200);
    expect((await transcription.text()).length).toBeGreaterThan(0);
  });

  it('gives up on a file GHL does not answer within GHL_TIMEOUT_MS: UPSTREAM_TIMEOUT', async () => {
    const call = callsOf(stack.locationId, true)[0]!;
    stack.sandbox.faults.set({ hang: 1, match: { method: 'GET', path: `/conversations/locations/${stack.locationId}/messages/${call.id}/transcription/download` } });
    const refused = await expectRefused(await bareGet(filePath(stack.locationId, call.id, 'transcription')), 504, 'UPSTREAM_TIMEOUT');
    stack.sandbox.faults.clear();
    expect(refused.extensions).toMatchObject({ operation: 'downloadMessageTranscription' });
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expectSentAsDeclared(sent, ['conversationsGetMessageRecording', 'conversationsDownloadMessageTranscription']);
});
