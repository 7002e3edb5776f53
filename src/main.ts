/**
 * `npm start`: the gateway over real GoHighLevel when credentials are configured, otherwise over
 * the embedded sandbox (seeded data, a location token already in place, and its webhooks sent to
 * the gateway, so a mutation shows in a subscription). With GATEWAY_WORKERS above 1, as many worker
 * processes on one port (src/workers.ts).
 */
import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import {
  CHOOSE_LOCATION_PATH,
  generateSigning,
  loadSandboxConfig,
  publicKeyOf,
  SANDBOX_OAUTH_CLIENT,
  SandboxConfigError,
  startSandbox,
  type Sandbox,
  type SandboxConfig,
} from '../sandbox/index.ts';
import type { Gateway, GatewayOptions } from './server.ts';
import { whyNotStarted } from './start-failure.ts';
import { superviseWorkers } from './workers.ts';

let config: Config;
// Read even when GHL is configured, as every variable is: a bad one stops start-up either way.
let sandboxConfig: SandboxConfig;
try {
  config = loadConfig();
  sandboxConfig = loadSandboxConfig();
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof SandboxConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
// GATEWAY_WORKERS above 1: this process forks the workers, each of which runs `serve`.
if (config.workers > 1 && cluster.isPrimary) superviseWorkers(config.workers, logger);
else await serve();

async function serve(): Promise<void> {
  // Loaded here: a primary that only forks workers would hold the schema and server for nothing (a quarter of a GB).
  const [{ startGateway }, { INSTALL_PATH }] = await Promise.all([import('./server.ts'), import('./credentials/index.ts')]);
  let sandbox: Sandbox | undefined;
  let upstream: GatewayOptions['upstream'];
  let webhooks = config.webhooks;
  let oauth = config.oauth;

  if (config.sandbox.enabled) {
    // A key made for this run: the sandbox signs with it, the gateway verifies with its public half.
    const sign = generateSigning();
    webhooks = { ...webhooks, ed25519PublicKey: publicKeyOf(sign) };
    // The sandbox plays GHL's OAuth server for the configured app, or for its own: installs work offline.
    const app = config.oauth.app ?? SANDBOX_OAUTH_CLIENT;
    sandbox = await startSandbox({
      oauth: app,
      port: sandboxConfig.port ?? 0,
      seed: sandboxConfig.seed,
      latencyMs: sandboxConfig.latencyMs,
      rateLimit: sandboxConfig.rateLimit,
      // The gateway's URL is known once it listens, below.
      webhooks: { urls: [], sign },
    }).catch((error: unknown) => couldNotStart('The built-in GHL sandbox', whyNotStarted(error, 'SANDBOX_PORT')));
    oauth = { ...oauth, app, chooseLocationUrl: `${sandbox.url}${CHOOSE_LOCATION_PATH}` };
    const [locationId, token] = Object.entries(sandbox.tokens.locations)[0]!;
    upstream = { baseUrl: sandbox.url, credentials: { token, locationId }, defaultLocationId: locationId };
    logger.warn(
      { sandbox: sandbox.url, defaultLocationId: locationId },
      'No GHL credentials configured (GHL_ACCESS_TOKEN): serving the built-in GHL sandbox with seeded data, its webhooks sent to this gateway',
    );
  } else {
    const { accessToken, locationId } = config.ghl;
    upstream = {
      baseUrl: config.ghl.baseUrl!,
      credentials: accessToken ? { token: accessToken, locationId } : undefined,
      defaultLocationId: locationId,
    };
    logger.info(
      { upstream: upstream.baseUrl, credentials: accessToken ? 'server token (GHL_ACCESS_TOKEN)' : 'pass-through only' },
      'Serving GoHighLevel',
    );
  }

  let gateway: Gateway;
  try {
    gateway = await startGateway({ config: { ...config, webhooks, oauth }, logger, upstream });
  } catch (error) {
    await sandbox?.close();
    couldNotStart('The gateway', whyNotStarted(error, 'PORT'));
  }
  if (sandbox) sandbox.webhooks.urls = [gateway.webhookUrl];
  logger.info(
    { url: gateway.url, webhookUrl: gateway.webhookUrl },
    `GraphQL gateway ready at ${gateway.url} (GraphiQL in a browser); GHL webhooks to ${gateway.webhookUrl}`,
  );
  if (oauth.app) {
    const installUrl = new URL(INSTALL_PATH, gateway.url).toString();
    logger.info({ installUrl }, `Install the GHL app on a location or agency at ${installUrl}`);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await gateway.close();
      await sandbox?.close();
      process.exit(0);
    });
  }
}

/** A port in use, Redis out of reach: the reason in one log line, without a stack, and exit 1. */
function couldNotStart(what: string, reason: string): never {
  logger.fatal({ error: reason }, `${what} could not start: ${reason}`);
  process.exit(1);
}
