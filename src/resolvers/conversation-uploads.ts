/**
 * Files for a conversation's messages. Attachment URLs go to GHL in one multipart call, and GHL
 * answers where it re-hosts each file. A large file goes straight to GHL's storage in three steps:
 * start (GHL answers a signed URL, valid 15 minutes), the client PUTs the bytes there itself, and
 * complete (GHL checks they arrived and answers the file's public URL). The URLs answered go in a
 * message's `attachments` (sendMessage).
 */
import { FormData } from 'undici';
import type { GatewayContext } from '../context.ts';
import type { GhlUploadedFiles } from '../ghl/api/conversations.ts';
import { gatewayError } from '../errors.ts';
import type { OutboundChannel } from './conversations.ts';
import { dateOf } from './dates.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { nonEmpty, presentOnly } from './input.ts';
import { MEGABYTE, mib } from './uploads.ts';

/** InitiateFileUploadDto.channel: "WHATSAPP for 100MB limit, others for 5MB". */
export const MAX_WHATSAPP_FILE_BYTES = 100 * MEGABYTE;
export const MAX_FILE_BYTES = 5 * MEGABYTE;

export const maxFileBytesOf = (channel: OutboundChannel) => (channel === 'WHATSAPP' ? MAX_WHATSAPP_FILE_BYTES : MAX_FILE_BYTES);

export interface UploadedConversationFile {
  name: string;
  url: string;
}

export interface AttachmentsUpload {
  conversationId: string;
  attachmentUrls: string[];
  contactId?: string | null | undefined;
  locationId?: string | null | undefined;
  isGroupSms?: boolean | null | undefined;
  chatServiceSid?: string | null | undefined;
}

export interface AttachmentsUploaded {
  conversationId: string;
  files: UploadedConversationFile[];
  twilioMediaSids: string[];
}

/** The contact GHL wants with the files is the conversation's, read from it (one call) unless given. */
export async function uploadAttachments(ctx: GatewayContext, input: AttachmentsUpload): Promise<AttachmentsUploaded> {
  const conversationId = ghlIdOf(input.conversationId, 'Conversation', 'conversationId');
  const urls = webUrls(input.attachmentUrls);
  if (input.isGroupSms) {
    if (urls.length > 1) throw gatewayError('BAD_USER_INPUT', `A group SMS upload takes one file; attachmentUrls holds ${urls.length}`);
    if (!input.chatServiceSid?.trim()) throw gatewayError('BAD_USER_INPUT', 'A group SMS upload needs chatServiceSid, the Twilio chat service of the group');
  } else if (input.chatServiceSid != null) {
    throw gatewayError('BAD_USER_INPUT', 'chatServiceSid is for a group SMS upload: set isGroupSms too');
  }
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const contactId = input.contactId
    ? ghlIdOf(input.contactId, 'Contact', 'contactId')
    : (await ctx.loaders.conversation.load(conversationId)).contactId;

  const form = new FormData();
  form.append('conversationId', conversationId);
  form.append('contactId', contactId);
  // A list travels as the field repeated, as GHL's form parser reads an array.
  for (const url of urls) form.append('attachmentUrls', url);
  if (input.isGroupSms) {
    form.append('isGroupSms', 'true');
    form.append('chatServiceSid', input.chatServiceSid!.trim());
  }
  const result = await ctx.ghl.call('uploadConversationAttachments', { location: locationId, form });
  return { conversationId, files: filesOf('uploadConversationAttachments', result), twilioMediaSids: result.twilioMediaSids ?? [] };
}

export interface FileUploadStart {
  conversationId: string;
  fileName: string;
  contentType: string;
  channel: OutboundChannel;
  fileSize?: number | null | undefined;
  locationId?: string | null | undefined;
}

export interface FileUploadStarted {
  conversationId: string;
  uploadUrl: string;
  uploadId: string;
  filePath: string;
  contentType: string;
  expiresAt: Date | null;
  maxFileSize: number;
}

/** A file over the channel's limit, when its size is given, is refused here rather than by GHL. */
export async function startFileUpload(ctx: GatewayContext, input: FileUploadStart): Promise<FileUploadStarted> {
  const conversationId = ghlIdOf(input.conversationId, 'Conversation', 'conversationId');
  const filename = nonEmpty(input.fileName, 'fileName');
  const contentType = input.contentType.trim();
  if (!MIME_TYPE.test(contentType)) throw gatewayError('BAD_USER_INPUT', 'contentType must be a MIME type, such as video/mp4');
  const maxFileSize = maxFileBytesOf(input.channel);
  if (input.fileSize != null) {
    if (input.fileSize <= 0) throw gatewayError('BAD_USER_INPUT', 'fileSize must be greater than 0');
    if (input.fileSize > maxFileSize) {
      throw gatewayError('BAD_USER_INPUT', `fileSize: ${input.fileSize} bytes is over the ${mib(maxFileSize)} GoHighLevel takes on ${input.channel}`);
    }
  }
  const result = await ctx.ghl.call('startConversationFileUpload', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    body: presentOnly({ conversationId, filename, contentType, fileSize: input.fileSize, channel: input.channel }),
  });
  if (typeof result.uploadUrl !== 'string' || typeof result.uploadId !== 'string' || typeof result.filePath !== 'string') {
    throw gatewayError('UPSTREAM_ERROR', 'startConversationFileUpload answered without uploadUrl, uploadId and filePath', { operation: 'startConversationFileUpload' });
  }
  return {
    conversationId,
    uploadUrl: result.uploadUrl,
    uploadId: result.uploadId,
    filePath: result.filePath,
    contentType,
    expiresAt: dateOf(result.expiresAt),
    maxFileSize: result.maxFileSize ?? maxFileSize,
  };
}

export interface FileUploadCompletion {
  conversationId: string;
  uploadId: string;
  filePath: string;
  fileName: string;
  locationId?: string | null | undefined;
}

export interface FileUploadCompleted {
  conversationId: string;
  files: UploadedConversationFile[];
  size: number | null;
  contentType: string | null;
}

export async function completeFileUpload(ctx: GatewayContext, input: FileUploadCompletion): Promise<FileUploadCompleted> {
  const conversationId = ghlIdOf(input.conversationId, 'Conversation', 'conversationId');
  const result = await ctx.ghl.call('completeConversationFileUpload', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    body: {
      conversationId,
      uploadId: nonEmpty(input.uploadId, 'uploadId'),
      filePath: nonEmpty(input.filePath, 'filePath'),
      filename: nonEmpty(input.fileName, 'fileName'),
    },
  });
  return {
    conversationId,
    files: filesOf('completeConversationFileUpload', result),
    size: typeof result.metadata?.size === 'number' ? result.metadata.size : null,
    contentType: result.metadata?.contentType ?? null,
  };
}

const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** GHL fetches each URL itself: only a web address makes sense, and at least one. */
function webUrls(urls: string[]): string[] {
  if (urls.length === 0) throw gatewayError('BAD_USER_INPUT', 'attachmentUrls must hold at least one URL');
  const other = urls.filter((url) => !/^https?:\/\//i.test(url));
  if (other.length > 0) throw gatewayError('BAD_USER_INPUT', `attachmentUrls must be http or https URLs, not ${other.join(', ')}`);
  return urls;
}

/** GHL's map of file name to URL, as a list; a map that is not one is GHL's error, named. */
function filesOf(operation: string, answer: GhlUploadedFiles): UploadedConversationFile[] {
  const map = answer.uploadedFiles;
  const entries = map !== null && typeof map === 'object' && !Array.isArray(map) ? Object.entries(map) : undefined;
  if (!entries || entries.some(([, url]) => typeof url !== 'string')) {
    throw gatewayError('UPSTREAM_ERROR', `${operation} answered uploadedFiles that is not a map of file names to URLs`, { operation });
  }
  return entries.map(([name, url]) => ({ name, url: url as string }));
}
