/**
 * Files for a conversation's messages: attachment URLs GoHighLevel re-hosts, and a large file
 * uploaded straight to GoHighLevel's storage (start, PUT, complete). Each payload has the files'
 * URLs, which `sendMessage` takes as `attachments`, and the conversation.
 */
import type { GatewayContext } from '../context.ts';
import * as uploads from '../resolvers/conversation-uploads.ts';
import { MAX_FILE_BYTES, MAX_WHATSAPP_FILE_BYTES } from '../resolvers/conversation-uploads.ts';
import { mib } from '../resolvers/uploads.ts';
import { builder } from './builder.ts';
import { ConversationRef, OutboundChannel } from './conversations.ts';
import { cost } from './cost.ts';

const UploadedConversationFileRef = builder.objectRef<uploads.UploadedConversationFile>('UploadedConversationFile').implement({
  description: 'A file GoHighLevel holds for a conversation’s messages.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: 'Its file name.' }),
    url: t.exposeString('url', { nullable: false, description: 'Where GoHighLevel serves it: pass it in `sendMessage`’s `attachments`.' }),
  }),
});

/** Every payload's conversation: the one the files are for, read through its loader. */
const conversationOf = (description: string) => ({
  type: ConversationRef,
  nullable: false as const,
  description,
  extensions: { cost: cost.byId() },
  resolve: (payload: { conversationId: string }, _: unknown, ctx: GatewayContext) => ctx.loaders.conversation.load(payload.conversationId),
});

const UploadConversationAttachmentsPayload = builder.objectRef<uploads.AttachmentsUploaded>('UploadConversationAttachmentsPayload').implement({
  description: 'Files GoHighLevel took from their URLs for a conversation.',
  fields: (t) => ({
    files: t.field({ type: [UploadedConversationFileRef], nullable: false, description: 'The files, by name.', resolve: (p) => p.files }),
    twilioMediaSids: t.stringList({ nullable: false, description: 'For a group SMS: the Twilio media SID of each file.', resolve: (p) => p.twilioMediaSids }),
    conversation: t.field(conversationOf('The conversation (free when the upload read it for its contact).')),
  }),
});

const StartConversationFileUploadPayload = builder.objectRef<uploads.FileUploadStarted>('StartConversationFileUploadPayload').implement({
  description: 'Where to PUT a file, and what completes its upload.',
  fields: (t) => ({
    uploadUrl: t.exposeString('uploadUrl', {
      nullable: false,
      description: 'Signed URL: PUT the file’s bytes to it, with the Content-Type given, before `expiresAt`.',
    }),
    uploadId: t.exposeString('uploadId', { nullable: false, description: 'Pass it to `completeConversationFileUpload`.' }),
    filePath: t.exposeString('filePath', { nullable: false, description: 'The file’s path in storage: pass it to `completeConversationFileUpload`.' }),
    contentType: t.exposeString('contentType', { nullable: false, description: 'The Content-Type the PUT must send: the URL is signed for it.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the URL stops taking the file.', resolve: (p) => p.expiresAt }),
    maxFileSize: t.exposeInt('maxFileSize', { nullable: false, description: 'The largest file it takes, in bytes.' }),
    conversation: t.field(conversationOf('The conversation (one more call).')),
  }),
});

const CompleteConversationFileUploadPayload = builder.objectRef<uploads.FileUploadCompleted>('CompleteConversationFileUploadPayload').implement({
  description: 'A file uploaded to its signed URL, checked and published by GoHighLevel.',
  fields: (t) => ({
    files: t.field({ type: [UploadedConversationFileRef], nullable: false, description: 'The file, under the name given.', resolve: (p) => p.files }),
    size: t.exposeInt('size', { description: 'Its size in bytes, as stored.' }),
    contentType: t.exposeString('contentType', { description: 'Its MIME type, as stored.' }),
    conversation: t.field(conversationOf('The conversation (one more call).')),
  }),
});

const UploadConversationAttachmentsInput = builder.inputType('UploadConversationAttachmentsInput', {
  description: 'Files on the web for GoHighLevel to take in for a conversation’s messages.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation (Conversation id or GHL id).' }),
    attachmentUrls: t.field({ type: ['URL'], required: true, description: 'http or https URLs of the files; at least one.' }),
    contactId: t.id({ description: 'The conversation’s contact (Contact id or GHL id); read from the conversation (one more call) when left out.' }),
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    isGroupSms: t.boolean({ description: 'For a group SMS: one file only, registered with Twilio.' }),
    chatServiceSid: t.string({ description: 'For a group SMS: the Twilio chat service of the group.' }),
  }),
});

const StartConversationFileUploadInput = builder.inputType('StartConversationFileUploadInput', {
  description: 'A file to upload straight to GoHighLevel’s storage, for a message on a channel.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation (Conversation id or GHL id).' }),
    fileName: t.string({ required: true, description: 'Its file name, with its extension.' }),
    contentType: t.string({ required: true, description: 'Its MIME type, such as `video/mp4`.' }),
    channel: t.field({
      type: OutboundChannel,
      required: true,
      description: `The channel it will be sent on, which sets the largest file: ${mib(MAX_WHATSAPP_FILE_BYTES)} on WHATSAPP, ${mib(MAX_FILE_BYTES)} on the others.`,
    }),
    fileSize: t.int({ description: 'Its size in bytes: a file over the channel’s limit is refused before any call.' }),
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
  }),
});

const CompleteConversationFileUploadInput = builder.inputType('CompleteConversationFileUploadInput', {
  description: 'A file PUT to the URL `startConversationFileUpload` answered.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation the upload was started for (Conversation id or GHL id).' }),
    uploadId: t.string({ required: true, description: 'The `uploadId` the start answered.' }),
    filePath: t.string({ required: true, description: 'The `filePath` the start answered.' }),
    fileName: t.string({ required: true, description: 'The name to publish it under.' }),
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
  }),
});

builder.mutationFields((t) => ({
  uploadConversationAttachments: t.field({
    type: UploadConversationAttachmentsPayload,
    nullable: false,
    description: 'Have GoHighLevel take in files from their URLs for a conversation’s messages, and answer where it serves them.',
    args: { input: t.arg({ type: UploadConversationAttachmentsInput, required: true, description: 'The files.' }) },
    extensions: { cost: cost.perParent(2) },
    resolve: (_, { input }, ctx) => uploads.uploadAttachments(ctx, { ...input, attachmentUrls: input.attachmentUrls.map(String) }),
  }),
  startConversationFileUpload: t.field({
    type: StartConversationFileUploadPayload,
    nullable: false,
    description: 'Start uploading a large file for a conversation’s messages: GoHighLevel answers a signed URL to PUT it to, valid 15 minutes.',
    args: { input: t.arg({ type: StartConversationFileUploadInput, required: true, description: 'The file.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, { input }, ctx) => uploads.startFileUpload(ctx, input),
  }),
  completeConversationFileUpload: t.field({
    type: CompleteConversationFileUploadPayload,
    nullable: false,
    description: 'Finish an upload once its bytes are PUT: GoHighLevel checks they arrived and answers the file’s URL.',
    args: { input: t.arg({ type: CompleteConversationFileUploadInput, required: true, description: 'The upload.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, { input }, ctx) => uploads.completeFileUpload(ctx, input),
  }),
}));
