/**
 * Every fault knob of the sandbox, against a read and against a create: the right
 * `extensions.code`, partial data where a sibling field could still resolve, a create never sent
 * twice, and a gateway that serves normally once the fault is gone. What the REST edge retries is
 * in resilience.test.ts (including creates failing after commit or with a dropped connection).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { type GqlResponse, useStack } from './support/stack.ts';

const stack = useStack({
  // A high threshold keeps the circuit breaker (circuit-breaker.test.ts) out of these runs of failures.
  env: { GHL_TIMEOUT_MS: '300', GHL_MAX_RETRIES: '2', GHL_RETRY_BASE_MS: '10', GHL_BREAKER_FAILURES: '1000' },
});
beforeEach(() => {
  stack.sandbox.faults.clear();
  stack.sandbox.requests.clear();
});

/** Contacts fail, the location beside them does not. */
const BOARD = graphql(`query FaultsBoard { location { name } contacts(first: 2) { edges { node { ghlId } } } }`);
const board = () => stack.gql(BOARD);
const contactsPath = '^/contacts/?$';
const contactSearchPath = '^/contacts/search$';
const CREATE_CONTACT = graphql(`mutation FaultsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }`);
const createContact = (email: string) =>
  stack.gql(CREATE_CONTACT, {
    input: { firstName: 'Fault', lastName: 'Probe', email },
  });
const contactsWithEmail = async (email: string) =>
  (await ghlRest<{ contacts: unknown[] }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&query=${encodeURIComponent(email)}`))
    .body.contacts;

/** No stack trace, no internals: a message and the documented extensions. */
function expectCleanError(response: GqlResponse<unknown>) {
  for (const error of response.errors ?? []) {
    expect(error.message).not.toMatch(/\n\s+at |node_modules|undici/);
    expect(Object.keys(error.extensions ?? {})).not.toContain('stacktrace');
  }
}

async function expectServesAfterwards() {
  stack.sandbox.faults.clear();
  const after = await board();
  expect(after.errors).toBeUndefined();
  expect(after.data.contacts!.edges).toHaveLength(2);
}

describe('a read under each fault', () => {
  it.each<[string, string, Partial<FaultSettings>]>([
    ['a hung request', 'UPSTREAM_TIMEOUT', { hang: 10 }],
    ['a body slower than the timeout', 'UPSTREAM_TIMEOUT', { slowBody: 10 }],
    ['5xx', 'UPSTREAM_ERROR', { serverError: 10 }],
    ['a dropped connection', 'UPSTREAM_ERROR', { resetConnection: 10 }],
    ['malformed JSON', 'UPSTREAM_ERROR', { malformedJson: 10 }],
    ['a 429 storm', 'RATE_LIMITED', { rateLimitBurst: 10 }],
  ])('%s: the failed field is null with %s, its sibling has data', async (_, code, fault) => {
    stack.sandbox.faults.set({ ...fault, match: { method: 'POST', path: contactSearchPath } });
    const response = await board();
    expect(response.status).toBe(200);
    expect(response.data.location!.name).toEqual(expect.any(String));
    expect(response.data.contacts).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['contacts'], extensions: { code, operation: 'searchContacts' } });
    expectCleanError(response);
    // A read is retried: the first try and GHL_MAX_RETRIES more.
    expect(stack.sandbox.requests.count({ method: 'POST', path: /^\/contacts\/search$/ })).toBe(3);
    await expectServesAfterwards();
  });

  it('a 429 storm says how long to wait', async () => {
    stack.sandbox.faults.set({ rateLimitBurst: 10, match: { path: contactSearchPath } });
    const { errors } = await board();
    expect(errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', upstreamStatus: 429, retryAfterMs: 1_000 });
  });
});

describe('a create under each fault is never sent twice', () => {
  it.each<[string, string, number, Partial<FaultSettings>]>([
    // [fault, code, contacts created, knob]: a fault before GHL's handler creates nothing; one after it, the contact.
    // Sent and then unanswered, the gateway cannot know which: UPSTREAM_OUTCOME_UNKNOWN, check before retrying.
    ['a hung request', 'UPSTREAM_OUTCOME_UNKNOWN', 0, { hang: 1 }],
    ['a connection reset before handling', 'UPSTREAM_OUTCOME_UNKNOWN', 0, { resetConnection: 1 }],
    ['a connection dropped after applying', 'UPSTREAM_OUTCOME_UNKNOWN', 1, { dropAfterCommit: 1 }],
    ['5xx', 'UPSTREAM_ERROR', 0, { serverError: 1 }],
    ['malformed JSON', 'UPSTREAM_OUTCOME_UNKNOWN', 1, { malformedJson: 1 }],
    ['a body slower than the timeout', 'UPSTREAM_OUTCOME_UNKNOWN', 1, { slowBody: 1 }],
  ])('%s: %s, sent once, %s created', async (_, code, created, fault) => {
    const email = `fault-${Object.keys(fault)[0]}-${Date.now()}@example.com`;
    stack.sandbox.faults.set({ ...fault, match: { method: 'POST', path: contactsPath } });
    const response = await createContact(email);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['createContact'], extensions: { code, operation: 'createContact' } });
    expectCleanError(response);
    expect(stack.sandbox.requests.count({ method: 'POST' })).toBe(1);
    expect(await contactsWithEmail(email)).toHaveLength(created);
    await expectServesAfterwards();
  });

  it('a 429 storm: sent again only while GHL refuses it untouched, then RATE_LIMITED, nothing created', async () => {
    const email = `fault-storm-${Date.now()}@example.com`;
    stack.sandbox.faults.set({ rateLimitBurst: 10, match: { method: 'POST', path: contactsPath } });
    const response = await createContact(email);
    expect(response.errors![0]).toMatchObject({ path: ['createContact'], extensions: { code: 'RATE_LIMITED', upstreamStatus: 429 } });
    expect(stack.sandbox.requests.count({ method: 'POST', status: 429 })).toBe(3);
    expect(stack.sandbox.requests.count({ method: 'POST', status: 201 }) + stack.sandbox.requests.count({ method: 'POST', status: 200 })).toBe(0);
    expect(await contactsWithEmail(email)).toHaveLength(0);
    await expectServesAfterwards();
  });
});

describe('the slowBody knob', () => {
  it('sends headers at once and trickles the body', async () => {
    stack.sandbox.faults.set({ slowBody: 1 });
    const started = Date.now();
    const response = await fetch(`${stack.sandbox.url}/locations/${stack.locationId}`, {
      headers: { authorization: `Bearer ${stack.token}`, version: '2021-07-28' },
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value).toHaveLength(1);
    await reader.cancel();
  });
});
