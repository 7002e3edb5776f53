/** The REST edge against the sandbox's fault knobs: what is retried, what never is, what limits hold. */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { sample, scrapeMetrics } from './support/metrics.ts';
import { startStack, useStack } from './support/stack.ts';

const stack = useStack({ env: { GHL_TIMEOUT_MS: '300', GHL_MAX_RETRIES: '2', GHL_RETRY_BASE_MS: '10' } });
beforeEach(() => {
  stack.sandbox.faults.clear();
  stack.sandbox.requests.clear();
  stack.gateway.client.stats.reset();
});

const aContactId = async () =>
  (await ghlRest<{ contacts: { id: string }[] }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&limit=1`)).body.contacts[0]!.id;
const readContact = (id: string) => stack.gql(graphql(`query ResilienceReadContact($id: ID!) { contact(id: $id) { ghlId } }`), { id });
const contactsWithEmail = async (email: string) =>
  (await ghlRest<{ contacts: unknown[] }>(stack.sandbox, stack.token, 'GET', `/contacts/?locationId=${stack.locationId}&query=${encodeURIComponent(email)}`)).body
    .contacts;
const createContact = (email: string) =>
  stack.gql(graphql(`mutation ResilienceCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }`), {
    input: { firstName: 'Retry', lastName: 'Probe', email },
  });

describe('reads are retried', () => {
  it('a 429 burst is absorbed', async () => {
    const id = await aContactId();
    stack.sandbox.requests.clear();
    stack.sandbox.faults.set({ rateLimitBurst: 2 });
    const { data, errors } = await readContact(id);
    expect(errors).toBeUndefined();
    expect(data.contact?.ghlId).toBe(id);
    expect(stack.sandbox.requests.count({ status: 429 })).toBe(2);
    expect(stack.gateway.client.stats.snapshot()).toEqual({ getContact: { 200: 1, 429: 2 } });
  });

  it.each([
    ['a 5xx', { serverError: 1 }],
    ['a dropped connection', { resetConnection: 1 }],
    ['malformed JSON', { malformedJson: 1 }],
    ['a hung request', { hang: 1 }],
  ])('%s once is retried and succeeds', async (_, fault) => {
    const id = await aContactId();
    stack.sandbox.faults.set(fault);
    const { data, errors } = await readContact(id);
    expect(errors).toBeUndefined();
    expect(data.contact?.ghlId).toBe(id);
    expect(stack.gateway.client.stats.count('getContact')).toBe(2);
  });

  it.each([
    ['UPSTREAM_ERROR', { errorRate: 1 }],
    ['UPSTREAM_ERROR', { malformedJson: 10 }],
    ['UPSTREAM_TIMEOUT', { hang: 10 }],
    ['RATE_LIMITED', { rateLimitBurst: 10 }],
  ])('gives up with %s once retries run out', async (code, fault) => {
    const id = await aContactId();
    stack.sandbox.faults.set(fault);
    const { data, errors } = await readContact(id);
    expect(data.contact).toBeNull();
    expect(errors![0]).toMatchObject({ path: ['contact'], extensions: { code } });
    expect(stack.gateway.client.stats.count('getContact')).toBe(3);
  });
});

describe('creates are never sent twice', () => {
  it('a create that GHL applied before failing is not repeated', async () => {
    const email = `once-${Date.now()}@example.com`;
    stack.sandbox.faults.set({ failAfterCommit: 1, match: { method: 'POST', path: '^/contacts/?$' } });
    const { errors } = await createContact(email);
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
    expect(stack.sandbox.requests.count({ method: 'POST' })).toBe(1);
    expect(await contactsWithEmail(email)).toHaveLength(1);
  });

  it('a create whose connection dropped is not repeated', async () => {
    stack.sandbox.faults.set({ resetConnection: 1, match: { method: 'POST', path: '^/contacts/?$' } });
    const { errors } = await createContact(`dropped-${Date.now()}@example.com`);
    expect(errors![0]!.extensions?.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(stack.sandbox.requests.count({ method: 'POST' })).toBe(1);
  });

  it('a create refused with 429 is sent again, since GHL did nothing with it', async () => {
    const email = `limited-${Date.now()}@example.com`;
    stack.sandbox.faults.set({ rateLimitBurst: 1, match: { method: 'POST', path: '^/contacts/?$' } });
    const { data, errors } = await createContact(email);
    expect(errors).toBeUndefined();
    expect(data.createContact.contact.email).toBe(email);
    expect(stack.sandbox.requests.count({ method: 'POST' })).toBe(2);
    expect(await contactsWithEmail(email)).toHaveLength(1);
  });

  it('an update (idempotent) that failed after applying is retried to a clean success', async () => {
    const id = await aContactId();
    stack.sandbox.faults.set({ failAfterCommit: 1, match: { method: 'PUT' } });
    const { data, errors } = await stack.gql(
      graphql(`mutation ResilienceUpdateContact($id: ID!) { updateContact(id: $id, input: { city: "Retryville" }) { contact { city } } }`),
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data.updateContact.contact.city).toBe('Retryville');
    expect(stack.sandbox.requests.count({ method: 'PUT' })).toBe(2);
  });
});

/** Aliased reads of each contact, the aliases generated: text, each alias a contact or null. */
const eachContact = (ids: string[]) => ids.map((id, i) => `c${i}: contact(id: "${id}") { ghlId }`).join('\n');
type AliasedContacts = Record<string, { ghlId: string } | null>;

// The rate-limit and daily-budget tests start a stack each (startStack): its limits are the test's subject.
describe('rate limits', () => {
  it("keeps the upstream under its burst limit by queueing, so GHL never answers 429", async () => {
    const limit = { max: 10, intervalMs: 1_000 };
    const own = await startStack({
      sandbox: { rateLimit: limit },
      env: { GHL_RATE_LIMIT_MAX: String(limit.max), GHL_RATE_LIMIT_INTERVAL_MS: String(limit.intervalMs) },
    });
    try {
      const { data } = await own.gql(graphql(`query ResilienceContacts24 { contacts(first: 24) { edges { node { ghlId } } } }`));
      const ids = data.contacts?.edges.map((e) => e.node.ghlId) ?? [];
      own.sandbox.requests.clear();
      const second = await own.gqlUntyped(`{ ${eachContact(ids)} }`);
      expect(second.errors).toBeUndefined();
      expect(Object.values(second.data as AliasedContacts).map((c) => c?.ghlId)).toEqual(ids);

      const arrivals = own.sandbox.requests.entries.map((e) => e.at);
      expect(own.sandbox.requests.count({ status: 429 })).toBe(0);
      expect(arrivals).toHaveLength(24);
      // Requests that could not go at once were queued (the query still took its three windows).
      expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(limit.intervalMs);
    } finally {
      await own.close();
    }
  });

  it('fails a request at once with RATE_LIMITED and a retry hint when its slot would come after the queue deadline', async () => {
    const limit = { max: 5, intervalMs: 3_000 };
    const own = await startStack({
      sandbox: { rateLimit: limit },
      // The call-by-call refusal is what is tested: the window check would refuse the whole burst first (test/window-check.test.ts).
      env: { GHL_RATE_LIMIT_MAX: String(limit.max), GHL_RATE_LIMIT_INTERVAL_MS: String(limit.intervalMs), GHL_QUEUE_TIMEOUT_MS: '1000', COST_CHECK_WINDOW: 'false' },
    });
    try {
      const { data } = await own.gql(graphql(`query ResilienceContacts8 { contacts(first: 8) { edges { node { ghlId } } } }`));
      const ids = data.contacts?.edges.map((e) => e.node.ghlId) ?? [];
      own.sandbox.requests.clear();
      const started = Date.now();
      const { data: burst, errors } = await own.gqlUntyped(`{ ${eachContact(ids)} }`);
      // The window's four free slots answer; the rest would wait ~3 s for the next window: refused, not queued.
      expect(Date.now() - started).toBeLessThan(1_000);
      const answered = Object.values(burst as AliasedContacts).filter((contact) => contact !== null);
      expect(answered).toHaveLength(limit.max - 1);
      expect(errors).toHaveLength(ids.length - answered.length);
      for (const error of errors!) {
        expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', operation: 'getContact', retryAfterMs: expect.any(Number) });
        expect(error.extensions!['retryAfterMs']).toBeGreaterThan(1_000);
        expect(error.extensions!['retryAfterMs']).toBeLessThanOrEqual(limit.intervalMs);
      }
      expect(own.sandbox.requests.count()).toBe(answered.length);
      expect(own.sandbox.requests.count({ status: 429 })).toBe(0);
      // Refused before sending: counted apart from the requests sent, by operation and reason.
      const metrics = await scrapeMetrics(own);
      expect(sample(metrics, 'gateway_upstream_refused_total', { operation: 'getContact', reason: 'queue_timeout' })).toBe(errors!.length);
      expect(sample(metrics, 'gateway_upstream_requests_total', { operation: 'getContact', status: '200' })).toBe(answered.length);
    } finally {
      await own.close();
    }
  });
});

describe('daily budget', () => {
  const budgetQuery = graphql(`query ResilienceBudget { rateLimit { location max remaining queued dailyLimit dailyRemaining } }`);
  const locationName = graphql(`query ResilienceLocationName { location { name } }`);

  it("exposes GHL's daily budget and refuses calls, unsent, once it is spent", async () => {
    const own = await startStack({ sandbox: { dailyLimit: 3 } });
    try {
      const before = await own.gql(budgetQuery);
      expect(before.errors).toBeUndefined();
      expect(before.data.rateLimit).toEqual({ location: own.locationId, max: 100, remaining: 100, queued: 0, dailyLimit: null, dailyRemaining: null });
      own.sandbox.requests.clear();

      expect((await own.gql(locationName)).errors).toBeUndefined();
      expect(own.sandbox.requests.count()).toBe(1);
      expect((await own.gql(budgetQuery)).data.rateLimit).toMatchObject({ remaining: 99, dailyLimit: 3, dailyRemaining: 2 });

      for (let i = 0; i < 2; i++) expect((await own.gql(locationName)).errors).toBeUndefined();
      const refused = await own.gql(locationName);
      expect(refused.data.location).toBeNull();
      expect(refused.errors![0]).toMatchObject({ path: ['location'], extensions: { code: 'RATE_LIMITED', operation: 'getLocation' } });
      expect(refused.errors![0]!.message).toMatch(/daily/);
      expect(refused.errors![0]!.extensions!['retryAfterMs']).toBeGreaterThan(0);
      expect(own.sandbox.requests.count()).toBe(3);
      expect(sample(await scrapeMetrics(own), 'gateway_upstream_refused_total', { operation: 'getLocation', reason: 'daily_budget' })).toBe(1);
      expect((await own.gql(budgetQuery)).data.rateLimit).toMatchObject({ dailyLimit: 3, dailyRemaining: 0 });
    } finally {
      await own.close();
    }
  });
});
