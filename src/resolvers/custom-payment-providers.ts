/**
 * A location's custom payment provider: the marketplace app's payment integration, where GHL
 * sends the location's payments (paymentsUrl) and queries (queryUrl). A location has at most one.
 * And its white-label providers: Authorize.net or NMI under the location's own title.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCustomProvider, GhlIntegrationProvider } from '../ghl/api/payments.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';
import { codeOf, gatewayError } from '../errors.ts';
import { locationIdOf } from './ids.ts';
import { nonEmpty } from './input.ts';

export interface CustomPaymentProviderInput {
  locationId?: string | null;
  name: string;
  description: string;
  paymentsUrl: string;
  queryUrl: string;
  imageUrl: string;
  supportsSubscriptionSchedule: boolean;
}

/** The location's provider, or null when it has none (GHL answers 404). */
export async function customPaymentProvider(ctx: GatewayContext, locationId: string): Promise<GhlCustomProvider | null> {
  try {
    return await ctx.ghl.call('getCustomProvider', { location: locationId });
  } catch (error) {
    if (codeOf(error) === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Create the location's provider, or replace its details. */
export async function createCustomPaymentProvider(ctx: GatewayContext, input: CustomPaymentProviderInput): Promise<GhlCustomProvider> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const body = {
    name: nonEmpty(input.name, 'name'),
    description: nonEmpty(input.description, 'description'),
    paymentsUrl: urlOf(input.paymentsUrl, 'paymentsUrl'),
    queryUrl: urlOf(input.queryUrl, 'queryUrl'),
    imageUrl: urlOf(input.imageUrl, 'imageUrl'),
    supportsSubscriptionSchedule: input.supportsSubscriptionSchedule,
  };
  return ctx.ghl.call('createCustomProvider', { location: locationId, body });
}

export async function deleteCustomPaymentProvider(ctx: GatewayContext, locationId: string | null | undefined): Promise<{ succeeded: boolean }> {
  const { success } = await ctx.ghl.call('deleteCustomProvider', { location: locationIdOf(locationId, ctx.defaultLocationId) });
  return { succeeded: success };
}

export interface ProviderKeysInput {
  apiKey: string;
  publishableKey: string;
}

/** Give the location's provider its keys for live and test payments (GHL takes both at once). */
export async function connectCustomPaymentProvider(
  ctx: GatewayContext,
  args: { locationId?: string | null; live: ProviderKeysInput; test: ProviderKeysInput },
): Promise<GhlCustomProvider> {
  const keysOf = (keys: ProviderKeysInput, mode: string) => ({
    apiKey: nonEmpty(keys.apiKey, `${mode}.apiKey`),
    publishableKey: nonEmpty(keys.publishableKey, `${mode}.publishableKey`),
  });
  return ctx.ghl.call('connectCustomProvider', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    body: { live: keysOf(args.live, 'live'), test: keysOf(args.test, 'test') },
  });
}

/** Take the provider's live (or test) keys away: it stops taking those payments. */
export async function disconnectCustomPaymentProvider(ctx: GatewayContext, args: { locationId?: string | null; live: boolean }): Promise<{ succeeded: boolean }> {
  const { success } = await ctx.ghl.call('disconnectCustomProvider', { location: locationIdOf(args.locationId, ctx.defaultLocationId), body: { liveMode: args.live } });
  return { succeeded: success };
}

export async function updateCustomPaymentProviderCapabilities(
  ctx: GatewayContext,
  args: { locationId?: string | null; supportsSubscriptionSchedule: boolean },
): Promise<{ succeeded: boolean }> {
  const { success } = await ctx.ghl.call('updateCustomProviderCapabilities', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    body: { supportsSubscriptionSchedules: args.supportsSubscriptionSchedule },
  });
  return { succeeded: success };
}

export interface IntegrationProviderInput {
  locationId?: string | null;
  uniqueName: string;
  title: string;
  provider: 'authorize-net' | 'nmi';
  description: string;
  imageUrl: string;
}

/** GHL reports no total: a short page is the last. */
export async function listIntegrationProviders(ctx: GatewayContext, args: ConnectionArgs & { locationId: string }): Promise<Connection<GhlIntegrationProvider>> {
  const page = offsetPage(args);
  const { providers = [] } = await ctx.ghl.call('listIntegrationProviders', { location: args.locationId, query: { limit: page.size, offset: page.offset } });
  return offsetConnection(providers, page, undefined);
}

export async function createIntegrationProvider(ctx: GatewayContext, input: IntegrationProviderInput): Promise<GhlIntegrationProvider> {
  const uniqueName = nonEmpty(input.uniqueName, 'uniqueName');
  if (!/^[a-z]([a-z-]*[a-z])?$/.test(uniqueName)) {
    throw gatewayError('BAD_USER_INPUT', 'uniqueName must be lowercase letters and hyphens, starting and ending with a letter, such as "easy-direct"');
  }
  return ctx.ghl.call('createIntegrationProvider', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    body: {
      uniqueName,
      title: nonEmpty(input.title, 'title'),
      provider: input.provider,
      description: nonEmpty(input.description, 'description'),
      imageUrl: urlOf(input.imageUrl, 'imageUrl'),
    },
  });
}

function urlOf(value: string, argument: string): string {
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) throw gatewayError('BAD_USER_INPUT', `${argument} must be an http(s) URL`);
  return value;
}
