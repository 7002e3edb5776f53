/**
 * Running the gateway: /healthz, /readyz (GHL, and Redis when configured), /metrics in Prometheus
 * format, request ids carried from the caller to GHL and into every log line, and logs that never
 * hold a credential.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { Metrics } from '../src/metrics.ts';
import { graphql } from './generated/gql.ts';
import { findLeaks } from './support/log-scan.ts';
import { sample } from './support/metrics.ts';
import { hasRedis } from './support/services.ts';
import { type Stack, startStack, useStack } from './support/stack.ts';
import { subscribeWs, wsClient, type SubscribeOptions } from './support/subscriber.ts';
import { contactCreate, deliver, postWebhook, webhookKeys } from './support/webhooks.ts';

const keys = webhookKeys();
const OPS_CONTACTS = graphql(`query OpsContacts { contacts(first: 2) { totalCount } }`);
const OPS_REFUSED = graphql(`query OpsRefused { contacts(first: 1) { totalCount } }`);
const OPS_DENIED = graphql(`query OpsDenied { contacts(first: 1) { totalCount } }`);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const get = async (stack: Stack, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(new URL(path, stack.gateway.url), { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
};

describe('/healthz and /readyz', () => {
  const stack = useStack();

  it('/healthz answers 200 while the process serves', async () => {
    const { status, body } = await get(stack, '/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 when GHL answers, and asks GHL without a token, so no rate budget is spent', async () => {
    stack.sandbox.requests.clear();
    const { status, body } = await get(stack, '/readyz');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', checks: { upstream: { status: 'ok', durationMs: expect.any(Number) } } });
    expect(stack.sandbox.requests.entries).toEqual([expect.objectContaining({ method: 'GET', path: '/', authorizedAs: undefined })]);
  });

  it('/readyz is 503 naming the upstream once GHL is out of reach, while /healthz stays 200', async () => {
    const down = await startStack();
    try {
      await down.sandbox.close();
      const { status, body } = await get(down, '/readyz');
      expect(status).toBe(503);
      expect(body).toEqual({
        status: 'unavailable',
        checks: { upstream: { status: 'failed', durationMs: expect.any(Number), reason: 'unreachable' } },
      });
      expect((await get(down, '/healthz')).status).toBe(200);
      expect(down.logs.join('')).toMatch(/"check":"upstream".*Readiness check failed/);
    } finally {
      await down.gateway.close();
    }
  });
});

describe.skipIf(!hasRedis('/readyz with REDIS_URL in test/operations.test.ts'))('/readyz with REDIS_URL', () => {
  let redis: ChildProcess;
  // Started by hand: its Redis port is known only once the server runs, and Redis dies first.
  let stack: Stack;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    let output = '';
    redis.stdout!.on('data', (chunk) => (output += chunk));
    for (let waited = 0; !output.includes('Ready to accept connections'); waited += 50) {
      if (waited > 10_000) throw new Error(`redis-server did not start:\n${output}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    stack = await startStack({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    redis?.kill();
    await stack?.close();
  });

  it('checks Redis with a PING: 200 while it answers, 503 naming redis once it is gone', async () => {
    const up = await get(stack, '/readyz');
    expect(up.status).toBe(200);
    expect(up.body.checks).toEqual({
      upstream: { status: 'ok', durationMs: expect.any(Number) },
      redis: { status: 'ok', durationMs: expect.any(Number) },
    });

    redis.kill();
    await once(redis, 'exit');
    let down = await get(stack, '/readyz');
    // The client notices the closed connection a moment later.
    for (let tries = 0; down.status === 200 && tries < 50; tries++) {
      await new Promise((done) => setTimeout(done, 50));
      down = await get(stack, '/readyz');
    }
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: 'unavailable',
      checks: {
        upstream: { status: 'ok', durationMs: expect.any(Number) },
        redis: { status: 'failed', durationMs: expect.any(Number), reason: expect.stringMatching(/^(unreachable|timeout)$/) },
      },
    });
    // Answered within the check's timeout, not after Redis's reconnection attempts.
    expect(down.body.checks.redis.durationMs).toBeLessThan(2_500);
  });
});

describe('/metrics', () => {
  const stack = useStack({ env: keys.env });

  it('counts GraphQL operations by name and outcome, and GHL calls by operation and status', async () => {
    stack.gateway.client.stats.reset();
    stack.sandbox.requests.clear();
    for (let i = 0; i < 2; i++) expect((await stack.gql(OPS_CONTACTS)).errors).toBeUndefined();
    const refused = await stack.gql(OPS_REFUSED, {}, { token: 'not-a-ghl-token' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Unparsable: the name is not known, unless the client sends it alongside.
    await stack.gqlUntyped('query OpsBroken { contacts(first: 1) { totalCount }');
    await stack.gqlUntyped('query OpsInvalid { noSuchField }');
    // Anonymous, so it cannot be a typed document.
    await stack.gqlUntyped('{ contacts(first: 1) { totalCount } }');

    const { status, headers, text } = await get(stack, '/metrics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const requests = (labels: Record<string, string>) => sample(text, 'gateway_graphql_requests_total', labels);
    expect(requests({ operation: 'OpsContacts', outcome: 'ok' })).toBe(2);
    expect(requests({ operation: 'OpsRefused', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(requests({ operation: 'anonymous', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(requests({ operation: 'OpsInvalid', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(requests({ operation: 'anonymous', outcome: 'ok' })).toBe(1);

    // Every request the REST edge counted, by operation and answer, is in /metrics with the same count.
    const calls = stack.gateway.client.stats.snapshot();
    const statuses = Object.values(calls).flatMap((byStatus) => Object.keys(byStatus));
    expect(statuses).toContain('401');
    let total = 0;
    for (const [operation, byStatus] of Object.entries(calls)) {
      for (const [answer, count] of Object.entries(byStatus)) {
        expect(sample(text, 'gateway_upstream_requests_total', { operation, status: answer })).toBe(count);
        total += count;
      }
      const durations = Object.values(byStatus).reduce((a, b) => a + b, 0);
      expect(sample(text, 'gateway_upstream_request_duration_seconds_count', { operation })).toBe(durations);
      expect(sample(text, 'gateway_upstream_request_duration_seconds_bucket', { operation, le: '+Inf' })).toBe(durations);
    }
    expect(total).toBe(stack.sandbox.requests.count());
    expect(sample(text, 'gateway_upstream_limiter_wait_seconds_count')).toBe(total);
    // Process metrics come along, from this gateway's own registry.
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts webhooks received, rejected by code, ignored by reason and emitted', async () => {
    const before = (await get(stack, '/metrics')).text;
    const payload = contactCreate(stack.locationId);
    expect((await deliver(stack.gateway.webhookUrl, keys, payload)).status).toBe(200);
    expect((await deliver(stack.gateway.webhookUrl, keys, payload)).body).toMatchObject({ duplicate: true });
    expect((await postWebhook(stack.gateway.webhookUrl, JSON.stringify(contactCreate(stack.locationId)))).status).toBe(401);
    expect((await postWebhook(stack.gateway.webhookUrl, '{}', { 'x-ghl-signature': 'AAAA' })).status).toBe(401);

    const after = (await get(stack, '/metrics')).text;
    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('gateway_webhooks_received_total')).toBe(4);
    expect(delta('gateway_webhooks_emitted_total')).toBe(1);
    expect(delta('gateway_webhooks_ignored_total', { reason: 'DUPLICATE' })).toBe(1);
    expect(delta('gateway_webhooks_rejected_total', { code: 'MISSING_SIGNATURE' })).toBe(1);
    expect(delta('gateway_webhooks_rejected_total', { code: 'INVALID_SIGNATURE' })).toBe(1);
  });

  it('keeps the gauges of streaming subscriptions and open WebSockets, as members of one shared stream leave one by one', async () => {
    const gauges = async () => {
      const { text } = await get(stack, '/metrics');
      return [sample(text, 'gateway_subscriptions_active'), sample(text, 'gateway_websocket_connections_active')];
    };
    const settled = async (expected: number[]) => {
      for (let tries = 0; (await gauges()).some((value, i) => value !== expected[i]) && tries < 50; tries++) {
        await new Promise((done) => setTimeout(done, 20));
      }
      expect(await gauges()).toEqual(expected);
    };
    expect(await gauges()).toEqual([0, 0]);
    // Two subscribers of one operation on one token: one shared stream (src/transports/shared-streams.ts).
    const subscribe = () =>
      subscribeWs(stack.gateway.url, 'subscription OpsEvents($locationId: ID) { events(locationId: $locationId) { webhookId } }', {
        locationId: stack.locationId,
      });
    const subscribers = [subscribe(), subscribe()];
    try {
      for (let tries = 0; subscribers.some((subscriber) => subscriber.received.length === 0); tries++) {
        const errors = subscribers.flatMap((subscriber) => subscriber.errors);
        if (errors.length > 0 || tries > 100) throw new Error(`not live: ${JSON.stringify(errors)}`);
        await deliver(stack.gateway.webhookUrl, keys, contactCreate(stack.locationId));
        await new Promise((done) => setTimeout(done, 50));
      }
      expect(await gauges()).toEqual([2, 2]);
      expect(sample((await get(stack, '/metrics')).text, 'gateway_graphql_requests_total', { operation: 'OpsEvents', outcome: 'ok' })).toBe(2);
      // The first, whose execution the other shares, leaves: the stream goes on, counted once.
      await subscribers[0]!.close();
      await settled([1, 1]);
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    }
    await settled([0, 0]);
  });

  it('keeps client-chosen operation names from growing the registry without end', async () => {
    const metrics = new Metrics();
    for (let i = 0; i < 510; i++) metrics.graphqlRequest(`Flood${i}`, 'ok');
    metrics.graphqlRequest('Flood0', 'ok');
    metrics.graphqlRequest('not a GraphQL name', 'GRAPHQL_PARSE_FAILED');
    const text = await metrics.registry.metrics();
    expect(text.split('\n').filter((line) => line.startsWith('gateway_graphql_requests_total{operation="Flood'))).toHaveLength(500);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'Flood0', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBe(10);
    expect(sample(text, 'gateway_graphql_requests_total', { operation: 'invalid', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  });
});

describe('request ids', () => {
  const stack = useStack();

  const query = (headers: Record<string, string>) =>
    fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'query OpsTraced { contacts(first: 1) { totalCount } location { name } }' }),
    });

  it("takes the caller's x-request-id, echoes it, sends it to GHL with every call and logs it with each", async () => {
    stack.sandbox.requests.clear();
    const response = await query({ 'x-request-id': 'lb-7f3a.42:trace_1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a.42:trace_1');

    const calls = stack.sandbox.requests.entries;
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.map((call) => call.requestId)).toEqual(calls.map(() => 'lb-7f3a.42:trace_1'));

    const lines = stack.logs.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes('"requestId":"lb-7f3a.42:trace_1"'));
    const upstream = lines.filter((line) => line.includes('"msg":"GHL call"')).map((line) => JSON.parse(line));
    expect(upstream).toHaveLength(calls.length);
    expect(upstream[0]).toMatchObject({ level: 20, operation: expect.any(String), status: 200, ms: expect.any(Number) });
    expect(lines.some((line) => line.includes('"msg":"GraphQL operation"') && line.includes('"operation":"OpsTraced"'))).toBe(true);
  });

  it('makes up an id when the caller sends none, or one unfit for logs and headers', async () => {
    const sent: Record<string, string>[] = [{}, { 'x-request-id': 'has spaces and "quotes"' }, { 'x-request-id': 'x'.repeat(200) }];
    for (const headers of sent) {
      stack.sandbox.requests.clear();
      const response = await query(headers);
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(uuid);
      expect(stack.sandbox.requests.entries.every((call) => call.requestId === id)).toBe(true);
    }
  });

  it("gives a WebSocket operation its connection's id: from the upgrade request or connectionParams, else one made up once", async () => {
    const OPERATION = 'query OpsOverSocket { contacts(first: 1) { totalCount } location { name } }';
    /** The request ids of the GHL calls made by `count` operations at once on one connection. */
    const idsOfCalls = async (options: SubscribeOptions, count = 1) => {
      stack.sandbox.requests.clear();
      const client = wsClient(stack.gateway.url, options);
      try {
        const operations = Array.from({ length: count }, () => subscribeWs(stack.gateway.url, OPERATION, {}, { client }));
        await Promise.all(operations.map((operation) => operation.waitFor(() => true)));
      } finally {
        await client.dispose();
      }
      return stack.sandbox.requests.entries.map((call) => call.requestId);
    };
    expect(await idsOfCalls({ upgradeHeaders: { 'x-request-id': 'ws-test-1' } })).toEqual(['ws-test-1', 'ws-test-1']);
    expect(await idsOfCalls({ connectionParams: { 'X-Request-Id': 'ws-test-2' } })).toEqual(['ws-test-2', 'ws-test-2']);

    const made = await idsOfCalls({ upgradeHeaders: { 'x-request-id': 'has spaces' } }, 2);
    expect(made[0]).toMatch(uuid);
    expect(made).toEqual([made[0], made[0], made[0], made[0]]);
  });

  it('logs a failed operation with its id, code and path', async () => {
    await stack.gql(OPS_DENIED, {}, { token: 'not-a-ghl-token', headers: { 'x-request-id': 'denied-1' } });
    const line = stack.logs.find((chunk) => chunk.includes('"requestId":"denied-1"') && chunk.includes('GraphQL operation failed'));
    expect(JSON.parse(line!)).toMatchObject({
      level: 30,
      operation: 'OpsDenied',
      errors: [{ code: 'UNAUTHENTICATED', path: 'contacts' }],
    });
  });

  it('echoes the id on every route, webhooks and health included', async () => {
    for (const path of ['/healthz', '/metrics', '/webhooks/ghl']) {
      expect((await get(stack, path, { 'x-request-id': 'probe-9' })).headers.get('x-request-id')).toBe('probe-9');
    }
  });
});

describe('redaction', () => {
  it('censors credential-like keys at any depth, and Bearer tokens inside messages', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) }));
    const secrets = ['tok-1-secret', 'tok-2-secret', 'tok-3-secret', 'tok-4-secret', 'tok-5-secret', 'tok-6-secret', 'tok-7-secret', 'tok-8-secret'];
    logger.info({
      authorization: `Bearer ${secrets[0]}`,
      request: { headers: { Authorization: secrets[1], 'x-ghl-signature': secrets[2], 'x-wh-signature': secrets[3] } },
      oauth: [{ access_token: secrets[4], refresh_token: secrets[5] }],
      app: { client_secret: secrets[6], clientId: 'visible-client-id' },
      operation: 'getContact',
    });
    logger.warn(`upstream said no to Bearer ${secrets[7]}`);
    logger.child({ requestId: 'r-1' }).info({ webhookSecret: secrets[0] }, 'child');
    logger.info('send "Authorization: Bearer <GHL access token>"');
    logger.info({ a: { b: { c: { d: { e: { f: { g: { h: { i: { j: { k: secrets[1] } } } } } } } } } } });

    const text = lines.join('');
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('"clientId":"visible-client-id"');
    expect(text).toContain('"operation":"getContact"');
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('"requestId":"r-1"');
    expect(text).toContain('Bearer <GHL access token>');
    expect(text).toContain('"[too deep]"');
    expect(text.match(/\[redacted\]/g)).toHaveLength(9);
  });

  it('the end-of-run log scan catches a token, shaped or configured, and does not repeat it', () => {
    const token = 'sbx-loc-0123456789abcdef0123456789abcdef01234567';
    const secret = 'whsec-5b3c1c2e-configured';
    const leaks = findLeaks(
      'logs-1.ndjson',
      [
        `{"msg":"calling GHL","auth":"${token}"}`,
        '{"msg":"fine","authorization":"[redacted]","note":"Bearer [redacted]"}',
        `{"msg":"oops","header":"Bearer eyJhbGciOi.payload.sig"}`,
        `{"msg":"oops","secret":"${secret}"}`,
      ].join('\n'),
      [secret],
    );
    expect(leaks.map((leak) => leak.line)).toEqual([1, 3, 4]);
    expect(leaks[0]!.what).toMatch(/sandbox token/);
    expect(leaks[1]!.what).toMatch(/Bearer token/);
    expect(leaks[2]!.what).toMatch(/configured secret/);
    for (const leak of leaks) expect(`${leak.what} ${leak.excerpt}`).not.toMatch(/0123456789abcdef0123|eyJhbGciOi\.payload|5b3c1c2e-configured/);
  });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}
