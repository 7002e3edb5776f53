/** GHL's side of a webhook: keys made for the test, bodies signed as GHL signs them, and a POST. */
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

export type Scheme = 'ed25519' | 'rsa' | 'hmac';

export interface WebhookKeys {
  ed25519: KeyObject;
  rsa: KeyObject;
  secret: string;
  /** The gateway's side: the public keys and the shared secret. */
  env: Record<string, string>;
}

export function webhookKeys(): WebhookKeys {
  const ed25519 = generateKeyPairSync('ed25519');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const secret = `whsec-${randomUUID()}`;
  const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
  return {
    ed25519: ed25519.privateKey,
    rsa: rsa.privateKey,
    secret,
    env: {
      GHL_WEBHOOK_ED25519_PUBLIC_KEY: pem(ed25519.publicKey),
      GHL_WEBHOOK_RSA_PUBLIC_KEY: pem(rsa.publicKey),
      GHL_WEBHOOK_SECRET: secret,
    },
  };
}

export function signatureHeaders(keys: Pick<WebhookKeys, 'ed25519' | 'rsa' | 'secret'>, body: string, scheme: Scheme): Record<string, string> {
  const bytes = Buffer.from(body);
  switch (scheme) {
    case 'ed25519':
      return { 'x-ghl-signature': sign(null, bytes, keys.ed25519).toString('base64') };
    case 'rsa':
      return { 'x-wh-signature': sign('sha256', bytes, keys.rsa).toString('base64') };
    case 'hmac':
      return { 'x-ghl-signature': createHmac('sha256', keys.secret).update(bytes).digest('hex') };
  }
}

/** A ContactCreate as GHL sends it, fresh: its own webhookId, stamped now. */
export function contactCreate(locationId: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'ContactCreate',
    locationId,
    id: `c${randomUUID().replaceAll('-', '').slice(0, 19)}`,
    firstName: 'Ada',
    email: 'ada@example.com',
    webhookId: randomUUID(),
    timestamp: new Date().toISOString(),
    ...fields,
  };
}

/** The webhook route's answer: an acknowledgement, or a refusal with a stable code (an empty body reads undefined). */
export interface WebhookAnswer {
  status: number;
  body?: { received?: boolean; emitted?: boolean; duplicate?: boolean; error?: { code: string; message: string } };
}

export async function postWebhook(url: string, body: string, headers: Record<string, string> = {}): Promise<WebhookAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as WebhookAnswer['body']) : undefined };
}

/** Signs a payload with one scheme and POSTs it. */
export function deliver(url: string, keys: Pick<WebhookKeys, 'ed25519' | 'rsa' | 'secret'>, payload: object, scheme: Scheme = 'ed25519'): Promise<WebhookAnswer> {
  const body = JSON.stringify(payload);
  return postWebhook(url, body, signatureHeaders(keys, body, scheme));
}
