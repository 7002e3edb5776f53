/**
 * A location's custom payment provider (payments.json /payments/custom-provider): the marketplace
 * app's payment integration, where GHL sends the location's payments and queries. A location has
 * one: creating it again replaces its details (keeping its keys). Its live and test keys are
 * connected and disconnected apart, and never answered back. Deleting it removes it; reading a
 * location without one is a 404. And its white-label providers (/payments/integrations/provider/whitelabel):
 * Authorize.net or NMI under the location's own title, each under a unique name, oldest first.
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule } from '../http/shape.ts';
import { customProviderBody, integrationProviderBody, type CustomProvider, type IntegrationProvider } from '../model/payments.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { Validator } from '../http/validate.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';

const PAYMENTS = { versions: V2021_07_28, tokens: 'any' } as const;

/** The marketplace app the sandbox's tokens stand for. */
const SANDBOX_APP_ID = 'sandbox-marketplace-app';

export const customProviderRoutes: Route[] = [
  route('POST', '/payments/custom-provider/provider', PAYMENTS, ({ store, principal, query, body }) => {
    const q = Validator.query(query);
    const locationId = q.string('locationId', { required: true });
    q.check();
    const v = Validator.body(body);
    const fields = readShape(v, {
      name: rule.required(rule.string),
      description: rule.required(rule.string),
      paymentsUrl: rule.required(rule.string),
      queryUrl: rule.required(rule.string),
      imageUrl: rule.required(rule.string),
      supportsSubscriptionSchedule: rule.required(rule.boolean),
    }) as Pick<CustomProvider, 'name' | 'description' | 'paymentsUrl' | 'queryUrl' | 'imageUrl' | 'supportsSubscriptionSchedule'>;
    v.check();
    requireLocation(store, principal, locationId);
    const existing = providerOf(store, locationId);
    const now = new Date().toISOString();
    const provider = store.customProviders.insert({
      id: existing?.id ?? randomId(),
      locationId,
      ...fields,
      keys: existing?.keys ?? {},
      marketplaceAppId: SANDBOX_APP_ID,
      deleted: false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return ok(customProviderBody(provider));
  }),
  route('DELETE', '/payments/custom-provider/provider', PAYMENTS, ({ store, principal, query }) => {
    const provider = requireProvider(store, principal, query);
    store.customProviders.delete(provider.id);
    return ok({ success: true });
  }),
  route('GET', '/payments/custom-provider/connect', PAYMENTS, ({ store, principal, query }) => ok(customProviderBody(requireProvider(store, principal, query)))),
  route('POST', '/payments/custom-provider/connect', PAYMENTS, ({ store, principal, query, body }) => {
    const provider = requireProvider(store, principal, query);
    const v = Validator.body(body);
    const keys = rule.shape({ apiKey: rule.required(rule.string), publishableKey: rule.required(rule.string) });
    const fields = readShape(v, { live: rule.required(keys), test: rule.required(keys) }) as Required<CustomProvider['keys']>;
    v.check();
    const connected = store.customProviders.insert({ ...provider, keys: fields, updatedAt: new Date().toISOString() });
    return ok(customProviderBody(connected));
  }),
  route('POST', '/payments/custom-provider/disconnect', PAYMENTS, ({ store, principal, query, body }) => {
    const provider = requireProvider(store, principal, query);
    const v = Validator.body(body);
    const liveMode = v.boolean('liveMode', { required: true });
    v.check();
    const mode = liveMode ? 'live' : 'test';
    if (!provider.keys[mode]) throw new GhlError(404, `No ${mode} config to disconnect`);
    const { [mode]: _removed, ...kept } = provider.keys;
    store.customProviders.insert({ ...provider, keys: kept, updatedAt: new Date().toISOString() });
    return ok({ success: true });
  }),
  route('PUT', '/payments/custom-provider/capabilities', PAYMENTS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const fields = readShape(v, { supportsSubscriptionSchedules: rule.required(rule.boolean), companyId: rule.string, locationId: rule.string }) as {
      supportsSubscriptionSchedules: boolean;
      locationId?: string;
    };
    v.check();
    // The sandbox's app is installed in locations: a call without one names no provider.
    if (fields.locationId === undefined) throw ghlErrors.unprocessable(['locationId should not be empty']);
    const provider = requireProvider(store, principal, { locationId: fields.locationId });
    store.customProviders.insert({ ...provider, supportsSubscriptionSchedule: fields.supportsSubscriptionSchedules, updatedAt: new Date().toISOString() });
    return ok({ success: true });
  }),
  route('GET', '/payments/integrations/provider/whitelabel', PAYMENTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const limit = v.number('limit', { min: 0 }) || Infinity;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    v.check();
    requireLocation(store, principal, altId);
    const providers = integrationProvidersOf(store, altId);
    return ok({ providers: providers.slice(offset, offset + limit).map(integrationProviderBody) });
  }),
  route('POST', '/payments/integrations/provider/whitelabel', PAYMENTS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      uniqueName: rule.required(rule.string),
      title: rule.required(rule.string),
      provider: rule.required(rule.oneOf(['authorize-net', 'nmi'])),
      description: rule.required(rule.string),
      imageUrl: rule.required(rule.string),
    }) as Pick<IntegrationProvider, 'altId' | 'title' | 'provider' | 'description' | 'imageUrl'> & { uniqueName: string };
    v.check();
    requireLocation(store, principal, fields.altId);
    if (!/^[a-z]([a-z-]*[a-z])?$/.test(fields.uniqueName)) {
      throw ghlErrors.unprocessable(['uniqueName must start and end with a character; only lowercase characters and hyphens (-) are supported']);
    }
    if (integrationProvidersOf(store, fields.altId).some((provider) => provider.route === fields.uniqueName)) throw ghlErrors.unprocessable(['uniqueName is already taken']);
    const now = new Date().toISOString();
    const { uniqueName, ...rest } = fields;
    const provider = store.integrationProviders.insert({ id: randomId(), ...rest, altType: 'location', route: uniqueName, createdAt: now, updatedAt: now });
    return ok(integrationProviderBody(provider));
  }),
];

const integrationProvidersOf = (store: SandboxStore, altId: string) =>
  [...store.integrationProviders.values()].filter((provider) => provider.altId === altId).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

const providerOf = (store: SandboxStore, locationId: string) => [...store.customProviders.values()].find((provider) => provider.locationId === locationId);

function requireProvider(store: SandboxStore, principal: Parameters<typeof requireLocation>[1], query: Record<string, unknown>): CustomProvider {
  const v = Validator.query(query as Parameters<typeof Validator.query>[0]);
  const locationId = v.string('locationId', { required: true });
  v.check();
  requireLocation(store, principal, locationId);
  const provider = providerOf(store, locationId);
  if (!provider) throw new GhlError(404, 'No custom provider integration for this location');
  return provider;
}
