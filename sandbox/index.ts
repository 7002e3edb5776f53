/**
 * The GoHighLevel API v2 sandbox: a fake services.leadconnectorhq.com with seeded data, GHL's
 * auth, Version, rate-limit and error behaviour, signed webhooks of every change, and injectable faults. Tests start one per file;
 * `npm run sandbox` starts one on its own (main.ts).
 */
import { TokenRegistry, type SandboxTokens } from './auth/tokens.ts';
import { SandboxFaults } from './http/faults.ts';
import { SandboxOAuth, type OAuthOptions } from './auth/oauth.ts';
import { RateLimiter } from './http/rate-limit.ts';
import { SandboxRequestLog } from './http/request-log.ts';
import { Router } from './http/router.ts';
import { apiRoutes } from './routes/index.ts';
import { specRoutes } from './spec/routes.ts';
import { seedStore } from './seed/index.ts';
import { SandboxServer } from './http/server.ts';
import { SandboxStore } from './model/store.ts';
import { SandboxWebhooks, type WebhookOptions } from './webhooks/sender.ts';

export type { SandboxTokens } from './auth/tokens.ts';
export type { SandboxConfig } from './config.ts';
export { loadSandboxConfig, SandboxConfigError } from './config.ts';
export type { FaultSettings } from './http/faults.ts';
export { SandboxFaults } from './http/faults.ts';
export type { OAuthOptions } from './auth/oauth.ts';
export { CHOOSE_LOCATION_PATH, SANDBOX_OAUTH_CLIENT, SandboxOAuth } from './auth/oauth.ts';
export type { RequestLogEntry, RequestLogFilter } from './http/request-log.ts';
export { SandboxRequestLog } from './http/request-log.ts';
export type * from './model/index.ts';
export { SandboxStore } from './model/store.ts';
export type { SandboxEventType } from './webhooks/events.ts';
export type { WebhookSigning } from './webhooks/signing.ts';
export { generateSigning, publicKeyOf } from './webhooks/signing.ts';
export type { WebhookDelivery, WebhookOptions } from './webhooks/sender.ts';
export { SandboxWebhooks } from './webhooks/sender.ts';

export interface SandboxOptions {
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Seeds the data, the tokens and the errorRate fault. Default 1. */
  seed?: number;
  /** Fixed latency added to every API response. Default 0. */
  latencyMs?: number;
  /** Per location, or per company for agency tokens. Default 100 requests per 10 s. */
  rateLimit?: { max: number; intervalMs: number };
  /** Requests per location (or company) per UTC day. Default 200,000. */
  dailyLimit?: number;
  /** Where and how to send the webhooks of changes. Default: no URL, so none are sent. */
  webhooks?: WebhookOptions;
  /** The one app its OAuth server knows, and how long its access tokens live. Default: SANDBOX_OAUTH_CLIENT, 86,399 s. */
  oauth?: OAuthOptions;
}

export interface Sandbox {
  /** e.g. 'http://127.0.0.1:41234', no trailing slash. */
  url: string;
  port: number;
  /** The live data, readable and writable by tests. */
  store: SandboxStore;
  tokens: SandboxTokens;
  /** Every API request received (not /_sandbox/ ones), with its body. */
  requests: SandboxRequestLog;
  faults: SandboxFaults;
  /** Its targets (settable), signing key, delivery log, and `idle()` to wait for deliveries. */
  webhooks: SandboxWebhooks;
  /** GHL's OAuth server: `uninstall` removes an install as an agency admin would (UNINSTALL webhooks included). */
  oauth: SandboxOAuth;
  /** Stops listening and destroys open sockets, hung requests included; drops undelivered webhooks. */
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { port = 0, host = '127.0.0.1', seed = 1, latencyMs = 0, dailyLimit = 200_000 } = options;
  const rateLimit = options.rateLimit ?? { max: 100, intervalMs: 10_000 };

  const store = new SandboxStore();
  seedStore(store, seed);
  const tokens = new TokenRegistry(store, seed);
  const requests = new SandboxRequestLog();
  const faults = new SandboxFaults(seed);
  const limiter = new RateLimiter({ ...rateLimit, dailyLimit });
  const webhooks = new SandboxWebhooks(options.webhooks);
  const oauth = new SandboxOAuth(tokens, store, webhooks, options.oauth);

  const server = new SandboxServer({
    store,
    tokens,
    requests,
    faults,
    limiter,
    router: new Router([...apiRoutes, ...specRoutes(apiRoutes, seed)]),
    webhooks,
    oauth,
    latencyMs,
    reset() {
      seedStore(store, seed);
      requests.clear();
      faults.clear();
      limiter.reset();
    },
  });
  const boundPort = await server.listen(port, host);

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`,
    port: boundPort,
    store,
    tokens: tokens.tokens,
    requests,
    faults,
    webhooks,
    oauth,
    async close() {
      webhooks.close();
      await server.close();
    },
  };
}
