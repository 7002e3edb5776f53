/**
 * How the sandbox signs its webhooks, in the two schemes a receiver checks in `x-ghl-signature`:
 * Ed25519 (base64, GHL's current scheme) or a shared-secret HMAC-SHA256 (hex). GHL signs with its
 * own private key; the sandbox signs with one it is given, or one made for the run.
 */
import { createHmac, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export type WebhookSigning = { scheme: 'ed25519'; privateKey: KeyObject } | { scheme: 'hmac-sha256'; secret: string };

/** An Ed25519 key made for this run: nothing outside the process knows it until it is printed. */
export function generateSigning(): WebhookSigning & { scheme: 'ed25519' } {
  return { scheme: 'ed25519', privateKey: generateKeyPairSync('ed25519').privateKey };
}

/** What a receiver needs to verify an Ed25519 signature. */
export function publicKeyOf(signing: WebhookSigning & { scheme: 'ed25519' }): KeyObject {
  return createPublicKey(signing.privateKey);
}

/** The signature of the exact bytes sent: a receiver verifies those, not a re-serialised object. */
export function signatureHeaders(signing: WebhookSigning, body: string): Record<string, string> {
  switch (signing.scheme) {
    case 'ed25519':
      return { 'x-ghl-signature': sign(null, Buffer.from(body), signing.privateKey).toString('base64') };
    case 'hmac-sha256':
      return { 'x-ghl-signature': createHmac('sha256', signing.secret).update(body).digest('hex') };
  }
}
