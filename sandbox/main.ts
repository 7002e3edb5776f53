/**
 * `npm run sandbox`: the sandbox on its own, for a gateway or a benchmark started separately.
 * Prints where it listens, the tokens to use, and where its webhooks go with what a receiver
 * needs to verify them; Ctrl-C stops it.
 */
import { loadSandboxConfig, SandboxConfigError, type SandboxConfig } from './config.ts';
import { ADMIN_PREFIX } from './http/admin.ts';
import { startSandbox } from './index.ts';
import { generateSigning, publicKeyOf, type WebhookSigning } from './webhooks/signing.ts';

let config: SandboxConfig;
try {
  config = loadSandboxConfig();
} catch (error) {
  if (!(error instanceof SandboxConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const { seed, latencyMs, rateLimit, webhooks } = config;
const sign: WebhookSigning = webhooks.secret
  ? { scheme: 'hmac-sha256', secret: webhooks.secret }
  : webhooks.ed25519PrivateKey
    ? { scheme: 'ed25519', privateKey: webhooks.ed25519PrivateKey }
    : generateSigning();
const sandbox = await startSandbox({
  port: config.port ?? 4010,
  host: '127.0.0.1',
  seed,
  latencyMs,
  rateLimit,
  webhooks: { urls: webhooks.urls, sign },
}).catch((error: NodeJS.ErrnoException & { address?: string; port?: number }) => {
  // One line a user can act on, never a stack trace (src/start-failure.ts says the same for the gateway).
  const why = error.code === 'EADDRINUSE' ? `${error.address}:${error.port} is already in use; set SANDBOX_PORT to a free port (0 picks one)` : error.message;
  console.error(`The GHL sandbox could not start: ${why}`);
  process.exit(1);
});

const locations = [...sandbox.store.locations.values()].map(
  (location) => `  ${location.id}  ${location.name.padEnd(26)} ${sandbox.tokens.locations[location.id]}`,
);
const agencies = Object.entries(sandbox.tokens.agency).map(([companyId, token]) => `  ${companyId}  ${token}`);
console.log(
  [
    `GHL sandbox listening on ${sandbox.url} (seed ${seed}, latency ${latencyMs} ms, ${rateLimit.max} requests / ${rateLimit.intervalMs} ms)`,
    '',
    'Location tokens:',
    ...locations,
    'Agency token:',
    ...agencies,
    '',
    `Admin (no auth): GET ${ADMIN_PREFIX}tokens, GET|DELETE ${ADMIN_PREFIX}requests,`,
    `  GET|PUT|DELETE ${ADMIN_PREFIX}faults, POST ${ADMIN_PREFIX}reset`,
    '',
    ...webhookLines(),
  ].join('\n'),
);

/** What a receiver needs: the key in the gateway's own variable, on one line as env files hold it. */
function webhookLines(): string[] {
  if (webhooks.urls.length === 0) return ['Webhooks: none sent (set SANDBOX_WEBHOOK_URLS)'];
  const verifyWith =
    sign.scheme === 'hmac-sha256'
      ? ['  signed with HMAC-SHA256 (hex, x-ghl-signature): give the receiver the same secret, e.g. GHL_WEBHOOK_SECRET']
      : [
          '  signed with Ed25519 (base64, x-ghl-signature); verify with this public key:',
          `  GHL_WEBHOOK_ED25519_PUBLIC_KEY="${publicKeyOf(sign).export({ type: 'spki', format: 'pem' }).toString().trim().replaceAll('\n', '\\n')}"`,
        ];
  return [`Webhooks to ${webhooks.urls.join(', ')}`, ...verifyWith];
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
