/**
 * Files for a conversation's messages, end to end against the sandbox over loopback: a large file
 * started, PUT to the signed URL the sandbox's storage answers, completed, sent with a message and
 * read back; attachment URLs uploaded in one multipart call. Calls are counted at the REST edge
 * (the sandbox's request log), every call validates against the file, and bad input is refused
 * before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { signedUploadUrl } from '../sandbox/http/storage.ts';
import type { Conversation } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const store = () => stack.sandbox.store;
/** What the gateway sent GHL: the sandbox's log, by operation path. */
const sent = () => stack.sandbox.requests.entries.map((call) => `${call.method} ${call.path}`);
/** Conversations of the gateway's location whose contact takes SMS: a phone, and no DND on it. */
const conversations = (): Conversation[] =>
  store()
    .conversationsOfLocation(stack.locationId)
    .filter((conversation) => {
      const contact = store().contacts.get(conversation.contactId);
      const sms = contact?.dndSettings?.SMS?.status;
      return contact?.phone && !contact.dnd && sms !== 'active' && sms !== 'permanent';
    });

const START = graphql(`
  mutation ConvUploadStart($input: StartConversationFileUploadInput!) {
    startConversationFileUpload(input: $input) {
      uploadUrl uploadId filePath contentType expiresAt maxFileSize
      conversation { ghlId contactId }
    }
  }
`);
const START_BARE = graphql(`
  mutation ConvUploadStartBare($input: StartConversationFileUploadInput!) {
    startConversationFileUpload(input: $input) { uploadUrl uploadId filePath maxFileSize }
  }
`);
const COMPLETE = graphql(`
  mutation ConvUploadComplete($input: CompleteConversationFileUploadInput!) {
    completeConversationFileUpload(input: $input) { files { name url } size contentType conversation { ghlId } }
  }
`);
const COMPLETE_BARE = graphql(`
  mutation ConvUploadCompleteBare($input: CompleteConversationFileUploadInput!) {
    completeConversationFileUpload(input: $input) { files { name url } }
  }
`);
const SEND = graphql(`
  mutation ConvUploadSend($contactId: ID!, $attachments: [URL!]) {
    sendMessage(input: { contactId: $contactId, channel: SMS, message: "The brochure, as promised", attachments: $attachments }) {
      messageGhlId
    }
  }
`);
const READ_MESSAGE = graphql(`query ConvUploadMessage($id: ID!) { message(id: $id) { attachments conversation { ghlId } } }`);
const ATTACH = graphql(`
  mutation ConvUploadAttach($input: UploadConversationAttachmentsInput!) {
    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids conversation { ghlId contactId } }
  }
`);
const ATTACH_BARE = graphql(`
  mutation ConvUploadAttachBare($input: UploadConversationAttachmentsInput!) {
    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids }
  }
`);
const RAW_ATTACH = graphql(`
  mutation ConvUploadRawAttach($input: GhlConversationsUploadFilesDtoFieldsInput!) {
    ghl { conversations { uploadFileAttachments(input: $input) { uploadedFiles } } }
  }
`);

const put = (url: string, body: Uint8Array<ArrayBuffer>, contentType: string) => fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body });
const gcsCode = async (response: Response) => /<Code>(\w+)<\/Code>/.exec(await response.text())?.[1];

describe('a large file, uploaded straight to storage', () => {
  it('starts, takes the bytes at the signed URL, completes, and goes out with a message that reads back with it', async () => {
    const conversation = conversations()[0]!;
    const bytes = new TextEncoder().encode('%PDF-1.4 a brochure of the spring collection');
    const started = await stack.gql(START, {
      input: { conversationId: conversation.id, fileName: 'brochure.pdf', contentType: 'application/pdf', fileSize: bytes.length, channel: 'SMS' },
    });
    expect(started.errors).toBeUndefined();
    const upload = started.data.startConversationFileUpload;
    const stored = store().conversationUploads.get(upload.uploadId)!;
    expect(upload).toMatchObject({ uploadId: stored.id, filePath: stored.filePath, contentType: 'application/pdf', maxFileSize: 5 * 1024 * 1024 });
    expect(upload.conversation).toEqual({ ghlId: conversation.id, contactId: conversation.contactId });
    expect(new URL(upload.uploadUrl).origin).toBe(new URL(stack.sandbox.url).origin);
    expect(Date.parse(upload.expiresAt as string)).toBe(stored.expiresAt);
    expect(stored.expiresAt - Date.now()).toBeGreaterThan(14 * 60_000);
    // The start, and the conversation read through its loader.
    expect(sent()).toEqual(['POST /conversations/messages/upload/initiate', `GET /conversations/${conversation.id}`]);

    const response = await put(upload.uploadUrl, bytes, 'application/pdf');
    expect(response.status).toBe(200);
    // Storage is not GHL: the PUT is no call of the gateway's.
    expect(sent()).toHaveLength(2);

    const completed = await stack.gql(COMPLETE, {
      input: { conversationId: conversation.id, uploadId: upload.uploadId, filePath: upload.filePath, fileName: 'brochure.pdf' },
    });
    expect(completed.errors).toBeUndefined();
    const { files, size, contentType } = completed.data.completeConversationFileUpload;
    expect({ size, contentType }).toEqual({ size: bytes.length, contentType: 'application/pdf' });
    expect(files).toEqual([{ name: 'brochure.pdf', url: store().conversationUploads.get(upload.uploadId)!.publishedUrl }]);
    const served = await fetch(files[0]!.url);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);

    const message = await stack.gql(SEND, { contactId: conversation.contactId, attachments: [files[0]!.url] });
    expect(message.errors).toBeUndefined();
    const readBack = await stack.gql(READ_MESSAGE, { id: message.data.sendMessage.messageGhlId });
    expect(readBack.data.message).toEqual({ attachments: [files[0]!.url], conversation: { ghlId: conversation.id } });
    expectSentAsDeclared(stack.sandbox.requests.entries, [
      'conversationsInitiateFileUpload',
      'conversationsCompleteFileUpload',
      'conversationsSendANewMessage',
      'conversationsGetMessage',
    ]);
  });

  it('takes up to 100 MB for WhatsApp, and sends the channel and size as the file declares them', async () => {
    const conversation = conversations()[1]!;
    const fileSize = 60 * 1024 * 1024;
    const { data, errors } = await stack.gql(START_BARE, {
      input: { conversationId: conversation.id, fileName: 'tour.mp4', contentType: 'video/mp4', fileSize, channel: 'WHATSAPP' },
    });
    expect(errors).toBeUndefined();
    expect(data.startConversationFileUpload.maxFileSize).toBe(100 * 1024 * 1024);
    expect(data.startConversationFileUpload.filePath).toMatch(new RegExp(`^location/${stack.locationId}/conversations/${conversation.id}/.+\\.mp4$`));
    expect(stack.sandbox.requests.entries).toHaveLength(1);
    expect(stack.sandbox.requests.entries[0]!.body).toEqual({
      locationId: stack.locationId,
      conversationId: conversation.id,
      filename: 'tour.mp4',
      contentType: 'video/mp4',
      fileSize,
      channel: 'WHATSAPP',
    });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['conversationsInitiateFileUpload']);
  });

  it('has its signed URL refuse another Content-Type, a forged or expired signature and a file over the limit, as GCS does', async () => {
    const conversation = conversations()[2]!;
    const { data } = await stack.gql(START_BARE, {
      input: { conversationId: conversation.id, fileName: 'notes.txt', contentType: 'text/plain', channel: 'EMAIL' },
    });
    const { uploadUrl, uploadId } = data.startConversationFileUpload;
    const small = new TextEncoder().encode('notes');

    const otherType = await put(uploadUrl, small, 'application/pdf');
    expect([otherType.status, await gcsCode(otherType)]).toEqual([403, 'SignatureDoesNotMatch']);
    const forged = new URL(uploadUrl);
    forged.searchParams.set('X-Goog-Expires', '86400');
    const longer = await put(forged.toString(), small, 'text/plain');
    expect([longer.status, await gcsCode(longer)]).toEqual([403, 'SignatureDoesNotMatch']);
    const upload = store().conversationUploads.get(uploadId)!;
    const expired = await put(signedUploadUrl(stack.sandbox.url, upload, Date.now() - 16 * 60_000), small, 'text/plain');
    expect([expired.status, await gcsCode(expired)]).toEqual([400, 'ExpiredToken']);
    const tooLarge = await put(uploadUrl, new Uint8Array(upload.maxFileSize + 1), 'text/plain');
    expect([tooLarge.status, await gcsCode(tooLarge)]).toEqual([400, 'EntityTooLarge']);
    expect(store().conversationUploads.get(uploadId)!.stored).toBeUndefined();
    expect(await fetch(`${stack.sandbox.url}/conversations-assets/location/${stack.locationId}/nothing.txt`).then((r) => r.status)).toBe(404);
  });

  it('is not completed before its bytes arrive, nor for another path or conversation', async () => {
    const [conversation, other] = conversations();
    const { data } = await stack.gql(START_BARE, {
      input: { conversationId: conversation!.id, fileName: 'plan.txt', contentType: 'text/plain', channel: 'SMS' },
    });
    const { uploadUrl, uploadId, filePath } = data.startConversationFileUpload;
    const complete = (input: { conversationId: string; filePath: string }) =>
      stack.gql(COMPLETE_BARE, { input: { ...input, uploadId, fileName: 'plan.txt' } });
    stack.sandbox.requests.clear();

    expectError(await complete({ conversationId: conversation!.id, filePath }), 'NOT_FOUND', ['completeConversationFileUpload']);
    expect((await put(uploadUrl, new TextEncoder().encode('the plan'), 'text/plain')).status).toBe(200);
    expectError(await complete({ conversationId: conversation!.id, filePath: `${filePath}.other` }), 'BAD_USER_INPUT');
    expectError(await complete({ conversationId: other!.id, filePath }), 'BAD_USER_INPUT');
    // GHL's error shape, as the sandbox answered each refusal.
    expect(stack.sandbox.requests.entries.map((call) => call.status)).toEqual([404, 400, 400]);
    const done = await complete({ conversationId: conversation!.id, filePath });
    expect(done.errors).toBeUndefined();
    expect(done.data.completeConversationFileUpload.files.map((file) => file.name)).toEqual(['plan.txt']);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['conversationsCompleteFileUpload']);
  });
});

describe('attachment URLs', () => {
  it('go to GHL in one multipart call, with the contact read from the conversation, which the payload then shares', async () => {
    const conversation = conversations()[3]!;
    const urls = ['https://cdn.example.com/spring/brochure.pdf', 'https://cdn.example.com/spring/price%20list.pdf'];
    const { data, errors } = await stack.gql(ATTACH, { input: { conversationId: conversation.id, attachmentUrls: urls } });
    expect(errors).toBeUndefined();
    const payload = data.uploadConversationAttachments;
    expect(payload.files.map((file) => file.name)).toEqual(['brochure.pdf', 'price list.pdf']);
    expect(payload.twilioMediaSids).toEqual([]);
    expect(payload.conversation).toEqual({ ghlId: conversation.id, contactId: conversation.contactId });
    // The conversation is read once, for its contact; the payload's conversation comes from that read.
    expect(sent()).toEqual([`GET /conversations/${conversation.id}`, 'POST /conversations/messages/upload']);
    expect(stack.sandbox.requests.entries[1]!.body).toEqual({
      conversationId: conversation.id,
      contactId: conversation.contactId,
      locationId: stack.locationId,
      attachmentUrls: urls,
    });
    // Each file is served where GHL said, from where it came.
    const served = await fetch(payload.files[1]!.url, { redirect: 'manual' });
    expect([served.status, served.headers.get('location')]).toEqual([302, urls[1]]);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['conversationsGetConversation', 'conversationsUploadFileAttachments']);
  });

  it('take one call when the contact is given, and one file for a group SMS with its Twilio media SID', async () => {
    const conversation = conversations()[4]!;
    const { data, errors } = await stack.gql(ATTACH_BARE, {
      input: {
        conversationId: conversation.id,
        contactId: conversation.contactId,
        attachmentUrls: ['https://cdn.example.com/map.png'],
        isGroupSms: true,
        chatServiceSid: 'IS0123456789abcdef0123456789abcdef',
      },
    });
    expect(errors).toBeUndefined();
    expect(data.uploadConversationAttachments.files.map((file) => file.name)).toEqual(['map.png']);
    expect(data.uploadConversationAttachments.twilioMediaSids).toEqual([expect.stringMatching(/^ME[0-9a-f]{32}$/)]);
    expect(sent()).toEqual(['POST /conversations/messages/upload']);
    expect(stack.sandbox.requests.entries[0]!.body).toMatchObject({ isGroupSms: 'true', chatServiceSid: 'IS0123456789abcdef0123456789abcdef' });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['conversationsUploadFileAttachments']);
  });
});

describe('the raw long-tail field', () => {
  it('sends attachment URLs as the same multipart request, each URL its own part', async () => {
    const conversation = conversations()[5]!;
    const urls = ['https://cdn.example.com/one.pdf', 'https://cdn.example.com/two.pdf'];
    const { data, errors } = await stack.gql(RAW_ATTACH, {
      input: { conversationId: conversation.id, contactId: conversation.contactId, attachmentUrls: urls },
    });
    expect(errors).toBeUndefined();
    expect(Object.keys(data.ghl.conversations.uploadFileAttachments?.uploadedFiles as object)).toEqual(['one.pdf', 'two.pdf']);
    expect(stack.sandbox.requests.entries.map((call) => call.body)).toEqual([
      { conversationId: conversation.id, contactId: conversation.contactId, locationId: stack.locationId, attachmentUrls: urls },
    ]);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['conversationsUploadFileAttachments']);
  });
});

describe('bad input', () => {
  it('is refused with its code before any call', async () => {
    const conversation = conversations()[0]!;
    const attach = (input: Record<string, unknown>) =>
      stack.gql(ATTACH_BARE, { input: { conversationId: conversation.id, attachmentUrls: ['https://cdn.example.com/a.pdf'], ...input } });
    const start = (input: Record<string, unknown>) =>
      stack.gql(START_BARE, { input: { conversationId: conversation.id, fileName: 'a.pdf', contentType: 'application/pdf', channel: 'SMS', ...input } });
    const refusals = [
      await attach({ attachmentUrls: [] }),
      await attach({ attachmentUrls: ['ftp://files.example.com/a.pdf'] }),
      await attach({ attachmentUrls: ['https://cdn.example.com/a.pdf', 'https://cdn.example.com/b.pdf'], isGroupSms: true, chatServiceSid: 'IS1' }),
      await attach({ isGroupSms: true }),
      await attach({ chatServiceSid: 'IS1' }),
      await attach({ conversationId: Buffer.from(`Contact:${conversation.contactId}`).toString('base64') }),
      await start({ fileSize: 5 * 1024 * 1024 + 1 }),
      await start({ fileSize: 100 * 1024 * 1024 + 1, channel: 'WHATSAPP' }),
      await start({ fileSize: 0 }),
      await start({ contentType: 'a pdf' }),
      await start({ fileName: '  ' }),
      await start({ channel: 'TELEGRAM' }),
      await stack.gql(COMPLETE_BARE, { input: { conversationId: conversation.id, uploadId: ' ', filePath: 'x', fileName: 'a.pdf' } }),
    ];
    for (const refusal of refusals) expectError(refusal, 'BAD_USER_INPUT');
    expect(refusals[6]!.errors![0]!.message).toBe('fileSize: 5242881 bytes is over the 5 MB GoHighLevel takes on SMS');
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
