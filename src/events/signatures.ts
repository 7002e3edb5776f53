/**
 * Is a webhook from GHL? Each configured scheme checks the exact bytes received (a re-serialised
 * object would not match what GHL signed):
 * - `x-ghl-signature`, Ed25519, base64 (GHL's current scheme);
 * - `x-wh-signature`, RSA-SHA256, base64 (GHL's legacy scheme, its published key by default);
 * - `x-ghl-signature` holding 64 hex characters: HMAC-SHA256 of the body with a shared secret.
 * One scheme that verifies is enough: GHL sends both of its headers while it moves between them.
 */
import { createHmac, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../config.ts';
import { WebhookRefusal } from './refusals.ts';

export type Scheme = 'ed25519' | 'rsa-sha256' | 'hmac-sha256';

/** The scheme that verified the body, or 'unsigned' when unsigned webhooks are allowed. */
export type Verifier = (body: Buffer, headers: IncomingHttpHeaders) => Scheme | 'unsigned';

const hmacHex = /^[0-9a-f]{64}$/i;

export function schemesOf(webhooks: Config['webhooks']): Scheme[] {
  return [
    ...(webhooks.ed25519PublicKey ? (['ed25519'] as const) : []),
    ...(webhooks.rsaPublicKey ? (['rsa-sha256'] as const) : []),
    ...(webhooks.secret ? (['hmac-sha256'] as const) : []),
  ];
}

export function createVerifier({ ed25519PublicKey, rsaPublicKey, secret, allowUnsigned }: Config['webhooks']): Verifier {
  return (body, headers) => {
    const ghl = header(headers, 'x-ghl-signature');
    const wh = header(headers, 'x-wh-signature');
    if (ghl !== undefined) {
      // An Ed25519 signature is 88 base64 characters, never 64 hex ones: the header says which it is.
      if (hmacHex.test(ghl)) {
        if (secret && hmacMatches(body, ghl, secret)) return 'hmac-sha256';
      } else if (ed25519PublicKey && signatureMatches(null, body, ed25519PublicKey, ghl)) {
        return 'ed25519';
      }
    }
    if (wh !== undefined && rsaPublicKey && signatureMatches('sha256', body, rsaPublicKey, wh)) return 'rsa-sha256';

    if (ghl !== undefined || wh !== undefined) {
      throw new WebhookRefusal('INVALID_SIGNATURE', 'The signature does not verify with any configured scheme');
    }
    if (allowUnsigned) return 'unsigned';
    throw new WebhookRefusal('MISSING_SIGNATURE', 'The webhook carries no x-ghl-signature or x-wh-signature header');
  };
}

function hmacMatches(body: Buffer, signatureHex: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(body).digest();
  // Both 32 bytes (the pattern above): a constant-time comparison gives nothing away.
  return timingSafeEqual(expected, Buffer.from(signatureHex, 'hex'));
}

function signatureMatches(algorithm: 'sha256' | null, body: Buffer, key: KeyObject, signatureBase64: string): boolean {
  try {
    return verify(algorithm, body, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    // A signature of the wrong length or shape for the key.
    return false;
  }
}

/** Node joins a repeated header into one string, which then verifies with nothing. */
function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}
