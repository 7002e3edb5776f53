/**
 * Files for conversation messages (conversations.json, Version 2021-04-15): attachment URLs
 * uploaded in one multipart call, and a large file in three steps, initiate (a signed URL on the
 * sandbox's own storage, ../http/storage.ts), a PUT of its bytes, complete (the bytes checked and
 * published). The URLs answered are served by the sandbox, so a message sent with them carries
 * files a client can fetch. Location tokens only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { signedUploadUrl, urlPath } from '../http/storage.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import type { Principal } from '../auth/tokens.ts';
import type { SandboxStore } from '../model/store.ts';
import {
  ASSETS_PREFIX,
  MAX_FILE_BYTES,
  MAX_WHATSAPP_FILE_BYTES,
  UPLOAD_URL_TTL_MS,
  type ConversationUpload,
} from '../model/conversation-uploads.ts';
import type { Conversation } from '../model/index.ts';
import { ok, requireLocation, V2021_04_15 } from './common.ts';
import { requireConversation } from './conversations.ts';

const UPLOADS = { versions: V2021_04_15, tokens: 'location' } as const;

export const conversationUploadRoutes: Route[] = [
  route('POST', '/conversations/messages/upload', UPLOADS, uploadAttachments),
  route('POST', '/conversations/messages/upload/initiate', UPLOADS, initiateUpload),
  route('POST', '/conversations/messages/upload/complete', UPLOADS, completeUpload),
];

/**
 * Each URL is published under its file name; a group SMS (isGroupSms) takes one file, and answers
 * the Twilio media SID GHL registered it under.
 */
function uploadAttachments({ body, store, principal, baseUrl }: RequestContext) {
  const v = Validator.body(body);
  const conversationId = v.string('conversationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  const locationId = v.string('locationId', { required: true });
  // A form field sent once is one value; sent several times, a list.
  const sent = v.custom<string | string[], true>('attachmentUrls', (value) => (textOrTexts(value) ? [] : ['each value in attachmentUrls must be a string']), { required: true });
  const chatServiceSid = v.string('chatServiceSid');
  const isGroupSms = v.oneOf('isGroupSms', ['true', 'false']) === 'true';
  v.check();
  const conversation = conversationIn(store, principal, conversationId, locationId);
  if (conversation.contactId !== contactId) throw ghlErrors.badRequest('contactId is not the contact of the conversation');
  const urls = typeof sent === 'string' ? [sent] : sent;
  const malformed = urls.filter((url) => !isWebUrl(url));
  if (malformed.length > 0) throw ghlErrors.badRequest(`attachmentUrls must be http or https URLs: ${malformed.join(', ')}`);
  if (isGroupSms && urls.length > 1) throw ghlErrors.badRequest('Only 1 file upload is allowed per group SMS request');
  if (isGroupSms && !chatServiceSid) throw ghlErrors.badRequest('chatServiceSid is required for a group SMS upload');

  const uploadedFiles: Record<string, string> = {};
  for (const source of urls) {
    const name = fileNameOf(source);
    const path = `${folderOf(locationId, conversation.id)}/${randomUUID()}/${name}`;
    store.conversationFiles.insert({ id: path, locationId, source });
    uploadedFiles[name] = `${baseUrl}${urlPath(ASSETS_PREFIX, path)}`;
  }
  return ok({ uploadedFiles, ...(isGroupSms && { twilioMediaSids: urls.map(() => `ME${randomBytes(16).toString('hex')}`) }) });
}

function initiateUpload({ body, store, principal, baseUrl }: RequestContext) {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const conversationId = v.string('conversationId', { required: true });
  const filename = v.string('filename', { required: true });
  const contentType = v.custom<string, true>('contentType', (value) => (typeof value === 'string' && MIME_TYPE.test(value) ? [] : ['contentType must be a MIME type']), { required: true });
  const fileSize = v.number('fileSize', { min: 1 });
  const channel = v.string('channel', { required: true });
  v.check();
  const conversation = conversationIn(store, principal, conversationId, locationId);
  const maxFileSize = channel === 'WHATSAPP' ? MAX_WHATSAPP_FILE_BYTES : MAX_FILE_BYTES;
  if (fileSize !== undefined && fileSize > maxFileSize) throw new GhlError(413, `File size exceeds maximum allowed limit of ${maxFileSize} bytes`);

  const id = randomUUID();
  const upload: ConversationUpload = store.conversationUploads.insert({
    id,
    locationId,
    conversationId: conversation.id,
    filename,
    contentType,
    filePath: `${folderOf(locationId, conversation.id)}/${id}${extensionOf(filename)}`,
    maxFileSize,
    expiresAt: Date.now() + UPLOAD_URL_TTL_MS,
    signingKey: randomBytes(32).toString('hex'),
  });
  return ok({ uploadUrl: signedUploadUrl(baseUrl, upload), uploadId: id, filePath: upload.filePath, expiresAt: upload.expiresAt, maxFileSize });
}

/** The file must have arrived at its signed URL, for the upload, path and conversation named; it is then published. */
function completeUpload({ body, store, principal, baseUrl }: RequestContext) {
  const v = Validator.body(body);
  const uploadId = v.string('uploadId', { required: true });
  const filePath = v.string('filePath', { required: true });
  const locationId = v.string('locationId', { required: true });
  const conversationId = v.string('conversationId', { required: true });
  const filename = v.string('filename', { required: true });
  v.check();
  requireLocation(store, principal, locationId);
  const upload = store.conversationUploads.get(uploadId);
  if (!upload || upload.locationId !== locationId) throw new GhlError(404, 'Upload not found');
  if (upload.filePath !== filePath) throw ghlErrors.badRequest('filePath does not match the upload');
  if (upload.conversationId !== conversationId) throw ghlErrors.badRequest('conversationId does not match the upload');
  if (!upload.stored) throw new GhlError(404, 'File not found in storage - upload may have failed or URL expired');

  const path = `${folderOf(upload.locationId, upload.conversationId)}/${upload.id}/${safeName(filename)}`;
  const { bytes, contentType } = upload.stored;
  store.conversationFiles.insert({ id: path, locationId, contentType, bytes });
  const url = `${baseUrl}${urlPath(ASSETS_PREFIX, path)}`;
  store.conversationUploads.insert({ ...upload, publishedUrl: url });
  return ok({ uploadedFiles: { [filename]: url }, metadata: { size: bytes.length, contentType } });
}

/** The conversation must be of the location the body names, which must be the token's. */
function conversationIn(store: SandboxStore, principal: Principal, conversationId: string, locationId: string): Conversation {
  requireLocation(store, principal, locationId);
  const conversation = requireConversation(store, principal, conversationId);
  if (conversation.locationId !== locationId) throw ghlErrors.notFound('Conversation');
  return conversation;
}

const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

const textOrTexts = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Where a conversation's files live in the bucket, as GHL's example path shows it. */
const folderOf = (locationId: string, conversationId: string) => `location/${locationId}/conversations/${conversationId}`;

/** The last segment of a URL's path, or `file` when it has none. */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return safeName(decodeURIComponent(last));
  } catch {
    return safeName(last);
  }
}

/** A file name is one path segment. */
const safeName = (name: string) => name.replace(/[/\\]/g, '_') || 'file';

/** `.mp4` of `video.mp4`, kept only when it is a plain extension. */
function extensionOf(filename: string): string {
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(filename)?.[0];
  return extension?.toLowerCase() ?? '';
}

