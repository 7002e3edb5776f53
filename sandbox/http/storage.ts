/**
 * The stand-in for the Google Cloud Storage bucket behind GHL's conversation files, on the
 * sandbox's own origin: the signed URL initiate-file-upload answers takes the file's bytes by PUT
 * (GCS's V4 signing: algorithm, date and lifetime in the query, the Content-Type signed), and the
 * files complete-file-upload publishes are served from their public URL. It is not GHL's API: no
 * bearer token, no Version, no rate limit, and not in the request log, which counts GHL calls.
 * Refusals are GCS's XML errors.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ASSETS_PREFIX, STORAGE_PREFIX, UPLOAD_URL_TTL_MS, type ConversationUpload } from '../model/conversation-uploads.ts';
import type { SandboxStore } from '../model/store.ts';

export interface StorageReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const isStoragePath = (path: string) => path.startsWith(STORAGE_PREFIX) || path.startsWith(ASSETS_PREFIX);

/** A path under a prefix with each segment escaped, as a URL carries it. */
export const urlPath = (prefix: string, path: string) => `${prefix}${path.split('/').map(encodeURIComponent).join('/')}`;

/** The URL that takes the upload's bytes by PUT, signed at `signedAt` (by default when initiate answered) for 15 minutes. */
export function signedUploadUrl(baseUrl: string, upload: ConversationUpload, signedAt = upload.expiresAt - UPLOAD_URL_TTL_MS): string {
  const path = urlPath(STORAGE_PREFIX, upload.filePath);
  const query = new URLSearchParams({
    'X-Goog-Algorithm': 'GOOG4-HMAC-SHA256',
    'X-Goog-Date': gcsDate(signedAt),
    'X-Goog-Expires': String(UPLOAD_URL_TTL_MS / 1000),
    'X-Goog-SignedHeaders': 'content-type',
  });
  query.set('X-Goog-Signature', signature(upload.signingKey, path, query, upload.contentType));
  return `${baseUrl}${path}?${query}`;
}

/** A PUT of an upload's bytes, or a GET of a published file. */
export function answerStorage(store: SandboxStore, method: string, url: URL, contentType: string | undefined, bytes: Buffer): StorageReply {
  if (url.pathname.startsWith(STORAGE_PREFIX) && method === 'PUT') return receive(store, url, contentType ?? '', bytes);
  if (url.pathname.startsWith(ASSETS_PREFIX) && (method === 'GET' || method === 'HEAD')) return serve(store, url, method === 'HEAD');
  return gcsError(405, 'MethodNotAllowed', `The specified method is not allowed against this resource: ${method}.`);
}

function receive(store: SandboxStore, url: URL, contentType: string, bytes: Buffer): StorageReply {
  const filePath = decodedPath(url.pathname.slice(STORAGE_PREFIX.length));
  const upload = store.conversationUploads.where((candidate) => candidate.filePath === filePath)[0];
  const sent = url.searchParams.get('X-Goog-Signature') ?? '';
  const unsigned = new URLSearchParams(url.searchParams);
  unsigned.delete('X-Goog-Signature');
  const expected = upload && signature(upload.signingKey, url.pathname, unsigned, contentType);
  if (!upload || !expected || !sameText(sent, expected)) {
    return gcsError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.');
  }
  const signedAt = parseGcsDate(url.searchParams.get('X-Goog-Date') ?? '');
  const expiresAt = signedAt + Number(url.searchParams.get('X-Goog-Expires')) * 1000;
  if (!(expiresAt > Date.now())) return gcsError(400, 'ExpiredToken', `The provided token has expired. Request signature expired at: ${new Date(expiresAt).toISOString()}`);
  if (bytes.length > upload.maxFileSize) {
    return gcsError(400, 'EntityTooLarge', `Your proposed upload is larger than the maximum object size specified in your Policy Document (${upload.maxFileSize} bytes).`);
  }
  store.conversationUploads.insert({ ...upload, stored: { bytes, contentType } });
  return { status: 200, headers: { etag: `"${createHash('md5').update(bytes).digest('hex')}"` }, body: Buffer.alloc(0) };
}

function serve(store: SandboxStore, url: URL, headOnly: boolean): StorageReply {
  const file = store.conversationFiles.get(decodedPath(url.pathname.slice(ASSETS_PREFIX.length)));
  if (!file) return gcsError(404, 'NoSuchKey', 'The specified key does not exist.');
  if ('source' in file) return { status: 302, headers: { location: file.source }, body: Buffer.alloc(0) };
  return {
    status: 200,
    headers: { 'content-type': file.contentType, 'content-length': String(file.bytes.length) },
    body: headOnly ? Buffer.alloc(0) : file.bytes,
  };
}

/** GCS V4 signs the method, the path, the sorted query without the signature, and the signed headers. */
function signature(key: string, path: string, query: URLSearchParams, contentType: string): string {
  const sorted = [...query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = ['PUT', path, new URLSearchParams(sorted).toString(), `content-type:${contentType.trim()}`].join('\n');
  return createHmac('sha256', Buffer.from(key, 'hex')).update(canonical).digest('hex');
}

function sameText(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** 20261205T021500Z, as GCS writes X-Goog-Date. */
function gcsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseGcsDate(text: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!) : Number.NaN;
}

/** A malformed escape matches no object. */
function decodedPath(path: string): string {
  try {
    return path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return '';
  }
}

function gcsError(status: number, code: string, message: string): StorageReply {
  const xml = `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
  return { status, headers: { 'content-type': 'application/xml; charset=UTF-8' }, body: Buffer.from(xml) };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
