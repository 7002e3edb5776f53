/**
 * A location's custom payment provider end to end against the sandbox: none at first (null), created,
 * read back, replaced, deleted, and bad input refused before any call; and its white-label payment
 * providers, added and listed page by page.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const READ = graphql(`query PaymentsCustomProvider { location { customPaymentProvider { ghlId locationId name description paymentsUrl queryUrl imageUrl } } }`);
const CREATE = graphql(`mutation PaymentsCreateCustomProvider($input: CreateCustomPaymentProviderInput!) { createCustomPaymentProvider(input: $input) { customPaymentProvider { ghlId name paymentsUrl } } }`);
const DELETE = graphql(`mutation PaymentsDeleteCustomProvider { deleteCustomPaymentProvider { succeeded } }`);

const input = {
  name: 'Acme Pay',
  description: 'Cards and wallets through Acme',
  paymentsUrl: 'https://pay.acme.example/checkout',
  queryUrl: 'https://pay.acme.example/query',
  imageUrl: 'https://pay.acme.example/logo.png',
  supportsSubscriptionSchedule: true,
};

describe('custom payment provider', () => {
  it('is null before it is created, then created, read back, replaced and deleted', async () => {
    const none = await stack.gql(READ);
    expect(none.errors).toBeUndefined();
    expect(none.data.location!.customPaymentProvider).toBeNull();

    const created = await stack.gql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const provider = created.data.createCustomPaymentProvider.customPaymentProvider;
    expect(provider).toMatchObject({ name: 'Acme Pay', paymentsUrl: input.paymentsUrl });

    const read = await stack.gql(READ);
    const { supportsSubscriptionSchedule: _, ...shown } = input;
    expect(read.data.location!.customPaymentProvider).toEqual({ ghlId: provider.ghlId, locationId: stack.locationId, ...shown });

    const replaced = await stack.gql(CREATE, { input: { ...input, name: 'Acme Pay 2' } });
    expect(replaced.data.createCustomPaymentProvider.customPaymentProvider).toMatchObject({ ghlId: provider.ghlId, name: 'Acme Pay 2' });
    expect([...stack.sandbox.store.customProviders.values()].filter((p) => p.locationId === stack.locationId)).toHaveLength(1);

    const deleted = await stack.gql(DELETE);
    expect(deleted.data.deleteCustomPaymentProvider).toEqual({ succeeded: true });
    expect((await stack.gql(READ)).data.location!.customPaymentProvider).toBeNull();
    expectSentAsDeclared(stack.sandbox.requests.entries, ['paymentsFetchConfig', 'paymentsCreateIntegration', 'paymentsDeleteIntegration']);
  });

  it('refuses bad input before any call, and a delete with nothing to delete as not found', async () => {
    for (const bad of [{ name: ' ' }, { paymentsUrl: 'ftp://pay.acme.example' }, { queryUrl: 'not a url' }]) {
      expectError(await stack.gql(CREATE, { input: { ...input, ...bad } }), 'BAD_USER_INPUT', ['createCustomPaymentProvider']);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
    expectError(await stack.gql(DELETE), 'NOT_FOUND', ['deleteCustomPaymentProvider']);
  });
});

describe('custom payment provider keys and capabilities', () => {
  const CONNECT = graphql(`mutation PaymentsConnectCustomProvider($live: PaymentProviderKeysInput!, $test: PaymentProviderKeysInput!) { connectCustomPaymentProvider(live: $live, test: $test) { customPaymentProvider { ghlId name } } }`);
  const DISCONNECT = graphql(`mutation PaymentsDisconnectCustomProvider($live: Boolean!) { disconnectCustomPaymentProvider(live: $live) { succeeded } }`);
  const CAPABILITIES = graphql(`mutation PaymentsCustomProviderCapabilities($on: Boolean!) { updateCustomPaymentProviderCapabilities(supportsSubscriptionSchedule: $on) { succeeded } }`);
  const live = { apiKey: 'sk_live_sandbox', publishableKey: 'pk_live_sandbox' };
  const test = { apiKey: 'sk_test_sandbox', publishableKey: 'pk_test_sandbox' };
  const stored = () => [...stack.sandbox.store.customProviders.values()].find((p) => p.locationId === stack.locationId);

  it('connects live and test keys, never shows them, disconnects one mode, and changes its capabilities', async () => {
    await stack.gql(CREATE, { input });
    const connected = await stack.gql(CONNECT, { live, test });
    expect(connected.errors).toBeUndefined();
    expect(connected.data.connectCustomPaymentProvider.customPaymentProvider.name).toBe(input.name);
    expect(stored()!.keys).toEqual({ live, test });
    expect(JSON.stringify(connected)).not.toContain('sk_live_sandbox');

    const disconnected = await stack.gql(DISCONNECT, { live: true });
    expect(disconnected.data.disconnectCustomPaymentProvider).toEqual({ succeeded: true });
    expect(stored()!.keys).toEqual({ test });
    expectError(await stack.gql(DISCONNECT, { live: true }), 'NOT_FOUND', ['disconnectCustomPaymentProvider']);

    const capabilities = await stack.gql(CAPABILITIES, { on: false });
    expect(capabilities.data.updateCustomPaymentProviderCapabilities).toEqual({ succeeded: true });
    expect(stored()!.supportsSubscriptionSchedule).toBe(false);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['paymentsCreateConfig', 'paymentsDisconnectConfig', 'paymentsCustomProviderMarketplaceAppUpdateCapabilities']);
    await stack.gql(DELETE);
  });

  it('refuses empty keys before any call', async () => {
    expectError(await stack.gql(CONNECT, { live: { ...live, apiKey: ' ' }, test }), 'BAD_USER_INPUT', ['connectCustomPaymentProvider']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

describe('white-label payment providers', () => {
  const LIST = graphql(`query PaymentsIntegrationProviders($first: Int, $after: String) { location { paymentIntegrationProviders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId uniqueName title provider } } } } }`);
  const ADD = graphql(`mutation PaymentsCreateIntegrationProvider($input: CreatePaymentIntegrationProviderInput!) { createPaymentIntegrationProvider(input: $input) { paymentIntegrationProvider { ghlId locationId uniqueName title provider } } }`);
  const base = { title: 'Easy Direct', description: 'Cards through NMI', imageUrl: 'https://pay.example/logo.png' };

  it('adds providers and lists them page by page', async () => {
    const made = [];
    for (const [uniqueName, provider] of [['easy-direct', 'NMI'], ['quick-card', 'AUTHORIZE_NET'], ['third-way', 'NMI']] as const) {
      const { data, errors } = await stack.gql(ADD, { input: { ...base, uniqueName, provider } });
      expect(errors).toBeUndefined();
      made.push(data.createPaymentIntegrationProvider.paymentIntegrationProvider);
    }
    expect(made.map((p) => [p.uniqueName, p.provider, p.locationId])).toEqual([
      ['easy-direct', 'nmi', stack.locationId],
      ['quick-card', 'authorize-net', stack.locationId],
      ['third-way', 'nmi', stack.locationId],
    ]);
    const first = await stack.gql(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.location!.paymentIntegrationProviders!.edges.map((e) => e.node.ghlId)).toEqual(made.slice(0, 2).map((p) => p.ghlId));
    expect(first.data.location!.paymentIntegrationProviders!.pageInfo.hasNextPage).toBe(true);
    const rest = await stack.gql(LIST, { first: 2, after: first.data.location!.paymentIntegrationProviders!.pageInfo.endCursor });
    expect(rest.data.location!.paymentIntegrationProviders!.edges.map((e) => e.node.ghlId)).toEqual([made[2]!.ghlId]);
    expect(rest.data.location!.paymentIntegrationProviders!.pageInfo.hasNextPage).toBe(false);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['paymentsListIntegrationProviders', 'paymentsCreateIntegrationProvider']);
  });

  it('refuses a bad unique name before any call, and a taken one as GHL does', async () => {
    for (const uniqueName of ['Easy Direct', '-easy', 'easy-']) {
      expectError(await stack.gql(ADD, { input: { ...base, uniqueName, provider: 'NMI' } }), 'BAD_USER_INPUT', ['createPaymentIntegrationProvider']);
    }
    expect(stack.sandbox.requests.entries).toEqual([]);
    await stack.gql(ADD, { input: { ...base, uniqueName: 'taken-name', provider: 'NMI' } });
    expectError(await stack.gql(ADD, { input: { ...base, uniqueName: 'taken-name', provider: 'NMI' } }), 'BAD_USER_INPUT', ['createPaymentIntegrationProvider']);
    expect(stack.sandbox.store.integrationProviders.size).toBe(4);
  });
});
