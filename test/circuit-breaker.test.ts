/**
 * The upstream host's circuit breaker, through the gateway against the sandbox: persistent failure
 * opens it (calls stop reaching the sandbox and fail fast with UPSTREAM_UNAVAILABLE), a probe after
 * the cool-down closes it again once GHL recovers, and answers that are not GHL failing (4xx, 429)
 * never open it.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { sample, scrapeMetrics } from './support/metrics.ts';
import { useStack } from './support/stack.ts';

const FAILURES = 3;
// Long enough that a loaded machine finishes its fail-fast checks inside it.
const COOLDOWN_MS = 1_500;

const FIRST_CONTACT = graphql(`query CircuitBreakerFirstContact { contacts(first: 1) { edges { node { ghlId } } } }`);
const CONTACT = graphql(`query CircuitBreakerContact($id: ID!) { contact(id: $id) { ghlId } }`);

// No retries: each query is one call, so the counts below are calls.
const stack = useStack({
  env: {
    GHL_TIMEOUT_MS: '300',
    GHL_MAX_RETRIES: '0',
    GHL_BREAKER_FAILURES: String(FAILURES),
    GHL_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
  },
});
let contactId: string;
beforeAll(async () => {
  const { data } = await stack.gql(FIRST_CONTACT);
  contactId = data.contacts!.edges[0]!.node.ghlId;
});
beforeEach(async () => {
  // Whatever the last test left: GHL healthy, the circuit closed again.
  stack.sandbox.faults.clear();
  if (circuit() !== 'closed') {
    await sleep(COOLDOWN_MS);
    expect((await readContact()).errors).toBeUndefined();
  }
  stack.sandbox.requests.clear();
});

const readContact = (id = contactId) => stack.gql(CONTACT, { id });
const circuit = () => stack.gateway.client.breakers.state(stack.sandbox.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sent = () => stack.sandbox.requests.count({ path: /^\/contacts\// });

async function openWith(fault: Partial<FaultSettings>, code: string) {
  stack.sandbox.faults.set(fault);
  for (let i = 0; i < FAILURES; i++) {
    const { errors } = await readContact();
    expect(errors![0]!.extensions!['code']).toBe(code);
  }
  expect(circuit()).toBe('open');
}

describe('circuit breaker', () => {
  it('opens on persistent 5xx: calls then fail fast with UPSTREAM_UNAVAILABLE without reaching GHL', async () => {
    await openWith({ errorRate: 1 }, 'UPSTREAM_ERROR');
    expect(sent()).toBe(FAILURES);
    const refusedBefore = sample(await scrapeMetrics(stack), 'gateway_upstream_refused_total', { operation: 'getContact', reason: 'circuit_open' });

    const started = Date.now();
    for (let i = 0; i < 5; i++) {
      const { data, errors } = await readContact();
      expect(data.contact).toBeNull();
      expect(errors![0]).toMatchObject({ path: ['contact'], extensions: { code: 'UPSTREAM_UNAVAILABLE', operation: 'getContact' } });
      expect(errors![0]!.extensions!['retryAfterMs']).toBeGreaterThan(0);
      expect(errors![0]!.extensions!['retryAfterMs']).toBeLessThanOrEqual(COOLDOWN_MS);
    }
    expect(Date.now() - started).toBeLessThan(COOLDOWN_MS);
    expect(sent()).toBe(FAILURES);
    expect(sample(await scrapeMetrics(stack), 'gateway_upstream_refused_total', { operation: 'getContact', reason: 'circuit_open' })).toBe(refusedBefore + 5);
  });

  it('closes again once GHL recovers: one probe after the cool-down, then calls flow', async () => {
    await openWith({ serverError: FAILURES }, 'UPSTREAM_ERROR');
    await sleep(COOLDOWN_MS);
    const probe = await readContact();
    expect(probe.errors).toBeUndefined();
    expect(circuit()).toBe('closed');
    for (let i = 0; i < 3; i++) expect((await readContact()).errors).toBeUndefined();
    expect(sent()).toBe(FAILURES + 4);
  });

  it('makes /readyz answer 503 while the circuit refuses calls, and 200 again once a probe may go', async () => {
    const readyz = async () => {
      const response = await fetch(new URL('/readyz', stack.gateway.url));
      return { status: response.status, body: (await response.json()) as { checks: Record<string, { reason?: string }> } };
    };
    expect((await readyz()).status).toBe(200);
    await openWith({ errorRate: 1 }, 'UPSTREAM_ERROR');
    // GHL's edge still answers the token-less reachability GET: only the circuit says "not ready".
    const open = await readyz();
    expect(open.status).toBe(503);
    expect(open.body.checks['upstream']).toMatchObject({ status: 'failed', reason: 'circuit_open' });
    await sleep(COOLDOWN_MS);
    stack.sandbox.faults.clear();
    // Still "open" in cockatiel's terms until a call arrives: ready, so that traffic can bring the probe.
    expect(circuit()).toBe('open');
    expect((await readyz()).status).toBe(200);
  });

  it('opens again for another cool-down when the probe fails', async () => {
    await openWith({ errorRate: 1 }, 'UPSTREAM_ERROR');
    await sleep(COOLDOWN_MS);
    expect((await readContact()).errors![0]!.extensions!['code']).toBe('UPSTREAM_ERROR');
    expect(sent()).toBe(FAILURES + 1);
    expect(circuit()).toBe('open');
    expect((await readContact()).errors![0]!.extensions!['code']).toBe('UPSTREAM_UNAVAILABLE');
    expect(sent()).toBe(FAILURES + 1);
  });

  it.each<[string, Partial<FaultSettings>, string]>([
    ['timeouts', { hang: FAILURES }, 'UPSTREAM_TIMEOUT'],
    ['dropped connections', { resetConnection: FAILURES }, 'UPSTREAM_ERROR'],
  ])('counts %s', async (_, fault, code) => {
    await openWith(fault, code);
    expect((await readContact()).errors![0]!.extensions!['code']).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('stays closed through 4xx and 429: those are answers, not GHL failing', async () => {
    for (let i = 0; i < FAILURES + 1; i++) {
      expect((await readContact('no-such-contact')).errors![0]!.extensions!['code']).toBe('NOT_FOUND');
    }
    stack.sandbox.faults.set({ rateLimitBurst: FAILURES + 1 });
    for (let i = 0; i < FAILURES + 1; i++) {
      expect((await readContact()).errors![0]!.extensions!['code']).toBe('RATE_LIMITED');
    }
    expect(circuit()).toBe('closed');
    expect(sent()).toBe(2 * (FAILURES + 1));
  });
});
