/** A location's custom payment provider (a marketplace app's payment integration), and its white-label payment providers. */
import * as providers from '../resolvers/custom-payment-providers.ts';
import { dateOf } from '../resolvers/dates.ts';
import type { GhlCustomProvider, GhlIntegrationProvider } from '../ghl/api/payments.ts';
import { connectionOf } from './connections.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { LocationRef } from './locations.ts';

const CustomPaymentProviderRef = builder.objectRef<GhlCustomProvider>('CustomPaymentProvider').implement({
  description: 'A marketplace app’s payment integration in a location: where GHL sends its payments and queries.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    name: t.exposeString('name', { nullable: false, description: 'Name shown in the location’s payment settings.' }),
    description: t.exposeString('description', { description: 'Description shown beside it.' }),
    paymentsUrl: t.exposeString('paymentsUrl', { description: 'URL GHL loads to take a payment.' }),
    queryUrl: t.exposeString('queryUrl', { description: 'URL GHL calls to verify, refund and query payments.' }),
    imageUrl: t.exposeString('imageUrl', { description: 'Logo URL.' }),
    marketplaceAppId: t.exposeString('marketplaceAppId', { description: 'GHL id of the marketplace app.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (provider) => dateOf(provider.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (provider) => dateOf(provider.updatedAt) }),
  }),
});

const CreateCustomPaymentProviderInput = builder.inputType('CreateCustomPaymentProviderInput', {
  description: 'A location’s custom payment provider; a location has one, whose details this replaces.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name shown in the location’s payment settings.' }),
    description: t.string({ required: true, description: 'Description shown beside it.' }),
    paymentsUrl: t.string({ required: true, description: 'http(s) URL GHL loads to take a payment.' }),
    queryUrl: t.string({ required: true, description: 'http(s) URL GHL calls to verify, refund and query payments.' }),
    imageUrl: t.string({ required: true, description: 'Logo URL.' }),
    supportsSubscriptionSchedule: t.boolean({ required: true, description: 'The provider takes scheduled subscription payments.' }),
  }),
});

const CustomPaymentProviderPayload = builder.objectRef<{ customPaymentProvider: GhlCustomProvider }>('CustomPaymentProviderPayload').implement({
  description: 'The custom payment provider after the change.',
  fields: (t) => ({ customPaymentProvider: t.expose('customPaymentProvider', { type: CustomPaymentProviderRef, nullable: false, description: 'The provider.' }) }),
});

const DeleteCustomPaymentProviderPayload = builder.objectRef<{ succeeded: boolean }>('DeleteCustomPaymentProviderPayload').implement({
  description: 'Whether the custom payment provider was removed.',
  fields: (t) => ({ succeeded: t.exposeBoolean('succeeded', { nullable: false, description: 'GHL removed it.' }) }),
});

const CustomPaymentProviderChangePayload = builder.objectRef<{ succeeded: boolean }>('CustomPaymentProviderChangePayload').implement({
  description: 'Whether GHL made the change to the custom payment provider (it answers with nothing more).',
  fields: (t) => ({ succeeded: t.exposeBoolean('succeeded', { nullable: false, description: 'GHL made the change.' }) }),
});

const PaymentProviderKeysInput = builder.inputType('PaymentProviderKeysInput', {
  description: 'A payment provider’s keys for one mode (live or test).',
  fields: (t) => ({
    apiKey: t.string({ required: true, description: 'Secret API key.' }),
    publishableKey: t.string({ required: true, description: 'Publishable key.' }),
  }),
});

const PaymentIntegrationProviderRef = builder.objectRef<GhlIntegrationProvider>('PaymentIntegrationProvider').implement({
  description: 'A white-label payment provider: Authorize.net or NMI under the location’s own title.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    locationId: t.exposeString('altId', { nullable: false, description: 'GHL id of the location.' }),
    uniqueName: t.exposeString('route', { description: 'Its unique name in the location.' }),
    title: t.exposeString('title', { description: 'Title shown to payers.' }),
    provider: t.exposeString('provider', { description: 'The payment provider behind it: `authorize-net` or `nmi`.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    imageUrl: t.exposeString('imageUrl', { description: 'Logo URL.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (provider) => dateOf(provider.createdAt) }),
  }),
});

const PaymentIntegrationProviderConnection = connectionOf(PaymentIntegrationProviderRef, { noun: 'payment integration provider' });

const WhiteLabelProvider = builder.enumType('WhiteLabelPaymentProvider', {
  description: 'The payment providers GHL offers under a white label.',
  values: {
    AUTHORIZE_NET: { value: 'authorize-net', description: 'Authorize.net.' },
    NMI: { value: 'nmi', description: 'NMI.' },
  } as const,
});

const CreatePaymentIntegrationProviderInput = builder.inputType('CreatePaymentIntegrationProviderInput', {
  description: 'A new white-label payment provider.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    uniqueName: t.string({ required: true, description: 'Unique name in the location: lowercase letters and hyphens, starting and ending with a letter.' }),
    title: t.string({ required: true, description: 'Title shown to payers.' }),
    provider: t.field({ type: WhiteLabelProvider, required: true, description: 'The payment provider behind it.' }),
    description: t.string({ required: true, description: 'Description.' }),
    imageUrl: t.string({ required: true, description: 'Logo URL.' }),
  }),
});

const PaymentIntegrationProviderPayload = builder.objectRef<{ paymentIntegrationProvider: GhlIntegrationProvider }>('PaymentIntegrationProviderPayload').implement({
  description: 'The white-label payment provider created.',
  fields: (t) => ({
    paymentIntegrationProvider: t.expose('paymentIntegrationProvider', { type: PaymentIntegrationProviderRef, nullable: false, description: 'The provider.' }),
  }),
});

builder.objectField(LocationRef, 'paymentIntegrationProviders', (t) =>
  t.connection(
    {
      type: PaymentIntegrationProviderRef,
      description: 'The location’s white-label payment providers.',
      extensions: { cost: cost.listPage() },
      resolve: (location, args, ctx) => providers.listIntegrationProviders(ctx, { ...args, locationId: location.id }),
    },
    PaymentIntegrationProviderConnection,
  ),
);

builder.objectField(LocationRef, 'customPaymentProvider', (t) =>
  t.field({
    type: CustomPaymentProviderRef,
    description: 'The marketplace app’s payment integration in the location; null when it has none.',
    extensions: { cost: cost.perParent(1) },
    resolve: (location, _, ctx) => providers.customPaymentProvider(ctx, location.id),
  }),
);

builder.mutationFields((t) => ({
  createCustomPaymentProvider: t.field({
    type: CustomPaymentProviderPayload,
    nullable: false,
    description: 'Create the location’s custom payment provider, or replace its details.',
    args: { input: t.arg({ type: CreateCustomPaymentProviderInput, required: true, description: 'The provider.' }) },
    resolve: async (_, { input }, ctx) => ({ customPaymentProvider: await providers.createCustomPaymentProvider(ctx, input) }),
  }),
  createPaymentIntegrationProvider: t.field({
    type: PaymentIntegrationProviderPayload,
    nullable: false,
    description: 'Add a white-label payment provider to a location.',
    args: { input: t.arg({ type: CreatePaymentIntegrationProviderInput, required: true, description: 'The provider.' }) },
    resolve: async (_, { input }, ctx) => ({ paymentIntegrationProvider: await providers.createIntegrationProvider(ctx, input) }),
  }),
  connectCustomPaymentProvider: t.field({
    type: CustomPaymentProviderPayload,
    nullable: false,
    description: 'Give the location’s custom payment provider its keys for live and test payments.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      live: t.arg({ type: PaymentProviderKeysInput, required: true, description: 'Keys for live payments.' }),
      test: t.arg({ type: PaymentProviderKeysInput, required: true, description: 'Keys for test payments.' }),
    },
    resolve: async (_, args, ctx) => ({ customPaymentProvider: await providers.connectCustomPaymentProvider(ctx, args) }),
  }),
  disconnectCustomPaymentProvider: t.field({
    type: CustomPaymentProviderChangePayload,
    nullable: false,
    description: 'Take the custom payment provider’s live or test keys away.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      live: t.arg.boolean({ required: true, description: 'true: the live keys; false: the test keys.' }),
    },
    resolve: (_, args, ctx) => providers.disconnectCustomPaymentProvider(ctx, args),
  }),
  updateCustomPaymentProviderCapabilities: t.field({
    type: CustomPaymentProviderChangePayload,
    nullable: false,
    description: 'Say whether the location’s custom payment provider takes scheduled subscription payments.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      supportsSubscriptionSchedule: t.arg.boolean({ required: true, description: 'It takes scheduled subscription payments.' }),
    },
    resolve: (_, args, ctx) => providers.updateCustomPaymentProviderCapabilities(ctx, args),
  }),
  deleteCustomPaymentProvider: t.field({
    type: DeleteCustomPaymentProviderPayload,
    nullable: false,
    description: 'Remove the location’s custom payment provider.',
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    resolve: (_, args, ctx) => providers.deleteCustomPaymentProvider(ctx, args.locationId),
  }),
}));
