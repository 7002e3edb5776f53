/**
 * The read cache shared through a real redis-server (REDIS_URL): two gateways over one sandbox, as
 * replicas behind a load balancer. What one read, the other serves; what one evicts (a webhook it
 * received, a mutation it sent), the other no longer serves; its live queries are re-sent.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigning, publicKeyOf, type Contact } from '../sandbox/index.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startGateway, type Gateway } from '../src/server.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { startProcess } from './support/process.ts';
import { hasRedis } from './support/services.ts';
import { startStack, type GqlResponse, type Stack } from './support/stack.ts';
import { subscribeWs } from './support/subscriber.ts';

const signing = generateSigning();
const CONTACT = graphql(`query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }`);
let redis: ChildProcess;
let stack: Stack;
let other: Gateway;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe.runIf(hasRedis('the Redis-shared read cache suite'))('the read cache shared through Redis', () => {
  beforeAll(async () => {
    const port = await freePort();
    const started = startProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
    redis = started.child;
    await started.waitFor(/Ready to accept connections/);
    const env = {
      CACHE_TTL_MS: '60000',
      REDIS_URL: `redis://127.0.0.1:${port}`,
      GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString(),
    };
    stack = await startStack({ sandbox: { webhooks: { urls: [], sign: signing } }, env });
    other = await startGateway({
      config: loadConfig({ ...env, PORT: '0', GHL_SANDBOX: 'false', GHL_API_BASE_URL: stack.sandbox.url, GHL_TOKEN_STORE_PATH: ':memory:' }),
      logger: createLogger('warn'),
      upstream: { baseUrl: stack.sandbox.url, credentials: { token: stack.token, locationId: stack.locationId }, defaultLocationId: stack.locationId },
    });
  });
  afterAll(async () => {
    await other?.close();
    await stack?.close();
    redis?.kill();
  });

  /** The other replica, asked as stack.gql asks the first; the result type is the document's promise. */
  const onOther = async <R, V>(document: TypedDocumentNode<R, V>, variables: V) => {
    const body = JSON.stringify({ query: print(document), variables });
    const response = await fetch(other.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return (await response.json()) as Omit<GqlResponse<R>, 'status'>;
  };
  const someContactId = async () =>
    (await ghlRest<{ contacts: Contact[] }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body.contacts[0]!.id;

  it('what one replica read, the other serves without a call upstream', async () => {
    const id = await someContactId();
    expect((await stack.gql(CONTACT, { id })).extensions).toMatchObject({ cache: { misses: 1 } });
    const served = await onOther(CONTACT, { id });
    expect(served.data.contact?.ghlId).toBe(id);
    expect(served.extensions).toMatchObject({ upstreamCalls: 0, cache: { hits: 1, misses: 0 } });
  });

  it('a webhook one replica receives evicts for both', async () => {
    const id = await someContactId();
    await onOther(CONTACT, { id });
    stack.sandbox.webhooks.urls = [other.webhookUrl];
    try {
      await ghlRest(stack.sandbox, stack.token, 'PUT', `/contacts/${id}`, { city: 'Sharedton' });
      await stack.sandbox.webhooks.idle();
    } finally {
      stack.sandbox.webhooks.urls = [];
    }
    const read = await stack.gql(CONTACT, { id });
    expect(read.data.contact?.city).toBe('Sharedton');
    expect(read.extensions).toMatchObject({ cache: { misses: 1 } });
  });

  it('a live query on one replica is re-sent after a webhook the other received', async () => {
    const id = await someContactId();
    const live = subscribeWs(other.url, graphql(`query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }`), { id }, {
      token: stack.token,
    });
    try {
      await live.waitFor((data) => data.contact?.id !== undefined);
      stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
      try {
        await ghlRest(stack.sandbox, stack.token, 'PUT', `/contacts/${id}`, { city: 'Elsewhere' });
        await stack.sandbox.webhooks.idle();
      } finally {
        stack.sandbox.webhooks.urls = [];
      }
      await live.waitFor((data) => data.contact?.city === 'Elsewhere');
    } finally {
      await live.close();
    }
  });

  it('a mutation through one replica evicts for the other', async () => {
    const id = await someContactId();
    await stack.gql(CONTACT, { id });
    await onOther(graphql(`mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: "Replicated" }) { contact { city } } }`), { id });
    const read = await stack.gql(CONTACT, { id });
    expect(read.data.contact?.city).toBe('Replicated');
  });
});
