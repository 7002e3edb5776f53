/**
 * A location's custom payment provider end to end against the sandbox: none at first (null), created,
 * read back, replaced, deleted, and bad input refused before any call.
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
