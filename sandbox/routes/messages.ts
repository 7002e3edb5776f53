/**
 * Messages (conversations.json, Version 2021-04-15): a conversation's messages newest first, one
 * message by id, sending a message to a contact, and recording an inbound one; a call's
 * transcription (as JSON and as a text file) and its recording (a WAV file). Every new message
 * goes through addMessage, which keeps its conversation's last-message summary in step.
 */
import { addMessage, compareNewestFirst, startConversation, summarizeThread } from '../model/conversation-thread.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { Contact, Conversation, Message, MessageDirection, MessageType } from '../model/index.ts';
import { messageTypeNumber } from '../model/conversations.ts';
import { recordingOf, transcriptOf, transcriptText, type TranscriptSentence } from '../model/call-recordings.ts';
import type { Principal } from '../auth/tokens.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { conversationChanges, messageEvent } from '../webhooks/events.ts';
import { ok, requireLocation, V2021_04_15 } from './common.ts';
import { requireConversation } from './conversations.ts';
import { readInboundMessage, readMessageStatus, readOutboundCall, readSendMessage, type Channel } from './message-input.ts';

const MESSAGES = { versions: V2021_04_15, tokens: 'location' } as const;

/** How many files add-message-attachments sets on a message at most. */
const MAX_ATTACHMENTS = 5;

/** get-messages' `type` enum, which spells internal comments TYPE_INTERNAL_COMMENTS. */
const LISTABLE_TYPES = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_FACEBOOK', 'TYPE_GMB', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP',
  'TYPE_ACTIVITY_APPOINTMENT', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT',
  'TYPE_ACTIVITY_OPPORTUNITY', 'TYPE_LIVE_CHAT', 'TYPE_INTERNAL_COMMENTS', 'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
  'TYPE_TIKTOK', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION',
];

export const messageRoutes: Route[] = [
  route('GET', '/conversations/{conversationId}/messages', MESSAGES, listMessages),
  // Served bare, as GetMessageResponseDto says.
  route('GET', '/conversations/messages/{id}', MESSAGES, ({ store, principal, params }) => ok(requireMessage(store, principal, params.id))),
  route('POST', '/conversations/messages', MESSAGES, sendMessage),
  route('POST', '/conversations/messages/inbound', MESSAGES, addInboundMessage),
  route('POST', '/conversations/messages/outbound', MESSAGES, addOutboundCall),
  route('POST', '/conversations/messages/review-reply', MESSAGES, sendReviewReply),
  route('GET', '/conversations/messages/export', MESSAGES, exportMessages),
  route('GET', '/conversations/messages/email/{id}', MESSAGES, ({ store, principal, params }) => {
    const message = requireEmailMessage(store, principal, params.id);
    return ok(emailView(store, message, params.id));
  }),
  route('DELETE', '/conversations/messages/email/{emailMessageId}/schedule', MESSAGES, ({ store, principal, params }) => {
    cancelScheduled(store, requireEmailMessage(store, principal, params.emailMessageId));
    store.emailHeaders.delete(params.emailMessageId);
    return ok({ status: 200, message: 'Scheduled email cancelled' });
  }),
  route('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription', MESSAGES, ({ store, principal, params }) => {
    return ok(requireTranscript(messageOfLocation(store, principal, params.locationId, params.messageId)));
  }),
  // GHL names the files audio.wav and transcription.txt, whatever the call.
  route('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription/download', MESSAGES, ({ store, principal, params }) => {
    const sentences = requireTranscript(messageOfLocation(store, principal, params.locationId, params.messageId));
    return { status: 200, body: undefined, file: { contentType: 'text/plain', fileName: 'transcription.txt', bytes: Buffer.from(transcriptText(sentences)) } };
  }),
  route('GET', '/conversations/messages/{messageId}/locations/{locationId}/recording', MESSAGES, ({ store, principal, params }) => {
    const recording = recordingOf(messageOfLocation(store, principal, params.locationId, params.messageId));
    if (!recording) throw new GhlError(404, 'Recording not found');
    return { status: 200, body: undefined, file: { contentType: 'audio/x-wav', fileName: 'audio.wav', bytes: recording } };
  }),
  route('PUT', '/conversations/messages/{messageId}/status', MESSAGES, ({ store, principal, params, body }) => {
    const message = requireMessage(store, principal, params.messageId);
    const { status } = readMessageStatus(body);
    if (message.direction !== 'outbound') throw ghlErrors.badRequest('Only an outbound message has a delivery status');
    const updated = store.messages.insert({ ...message, status });
    return ok({ conversationId: updated.conversationId, messageId: updated.id, status });
  }),
  route('PUT', '/conversations/messages/{messageId}/attachments', MESSAGES, ({ store, principal, params, body }) => {
    const message = requireMessage(store, principal, params.messageId);
    const v = Validator.body(body);
    const attachments = v.stringArray('attachments', { required: true });
    v.check();
    if (attachments.length > MAX_ATTACHMENTS) throw ghlErrors.unprocessable([`attachments must contain no more than ${MAX_ATTACHMENTS} elements`]);
    // GHL sets them only on a call a provider carried: a custom call, or a call placed through a custom provider.
    const external = message.messageType === 'TYPE_CUSTOM_CALL' || (message.messageType === 'TYPE_CALL' && message.conversationProviderId !== undefined);
    if (!external) throw new GhlError(403, 'Message type does not support attachment updates');
    store.messages.insert({ ...message, attachments });
    return ok({ success: true });
  }),
  // A cancelled message is never sent: it leaves its conversation.
  route('DELETE', '/conversations/messages/{messageId}/schedule', MESSAGES, ({ store, principal, params }) => {
    cancelScheduled(store, requireMessage(store, principal, params.messageId));
    return ok({ status: 200, message: 'Scheduled message cancelled' });
  }),
];

function cancelScheduled(store: SandboxStore, message: Message): void {
  if (message.status !== 'scheduled') throw ghlErrors.badRequest('The message is not scheduled');
  store.messages.delete(message.id);
  const conversation = store.conversations.get(message.conversationId);
  if (conversation) store.conversations.insert(summarizeThread(conversation, store.messagesOfConversation(conversation.id)));
}

/** The export's `channel` filter and the message types it stands for. */
const EXPORT_CHANNELS: Record<string, MessageType> = {
  Call: 'TYPE_CALL', SMS: 'TYPE_SMS', Email: 'TYPE_EMAIL', WhatsApp: 'TYPE_WHATSAPP', Instagram: 'TYPE_INSTAGRAM', Facebook: 'TYPE_FACEBOOK',
};

/**
 * Every message of a location, newest first unless `sortOrder=asc`, by (dateAdded, id): the
 * sandbox keeps no separate update time, so `updatedAt` sorts as `createdAt`. `nextCursor` is the
 * position after the page's last message; `startDate`/`endDate` bound dateAdded, both included.
 */
function exportMessages({ query, store, principal }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const limit = v.number('limit', { min: 10, max: 500 }) ?? 100;
  const cursor = v.custom<string>('cursor', (value) => (exportPosition(String(value)) ? [] : ['cursor is not a cursor of this export']));
  v.oneOf('sortBy', ['createdAt', 'updatedAt']);
  const direction = v.oneOf('sortOrder', ['asc', 'desc']) === 'asc' ? 1 : -1;
  const conversationId = v.string('conversationId');
  const contactId = v.string('contactId');
  const channel = v.oneOf('channel', Object.keys(EXPORT_CHANNELS));
  const from = v.isoDate('startDate');
  const to = v.isoDate('endDate');
  v.check();
  requireLocation(store, principal, locationId);
  const compare = (a: { dateAdded: string; id: string }, b: { dateAdded: string; id: string }) =>
    direction * (Date.parse(a.dateAdded) - Date.parse(b.dateAdded) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matching = store.messages
    .where(
      (message) =>
        message.locationId === locationId &&
        (conversationId === undefined || message.conversationId === conversationId) &&
        (contactId === undefined || message.contactId === contactId) &&
        (channel === undefined || message.messageType === EXPORT_CHANNELS[channel]) &&
        (from === undefined || message.dateAdded >= from) &&
        (to === undefined || message.dateAdded <= to),
    )
    .sort(compare);
  const after = cursor === undefined ? undefined : exportPosition(cursor);
  const start = after ? matching.findIndex((message) => compare(message, after) > 0) : 0;
  const messages = start === -1 ? [] : matching.slice(start, start + limit);
  const last = messages.at(-1);
  const more = start !== -1 && start + messages.length < matching.length;
  // Without more to read there is no nextCursor: the file types it a string, so it is left out rather than null.
  return ok({
    messages,
    ...(more && last && { nextCursor: Buffer.from(JSON.stringify({ dateAdded: last.dateAdded, id: last.id })).toString('base64') }),
    total: matching.length,
  });
}

function exportPosition(cursor: string): { dateAdded: string; id: string } | undefined {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { dateAdded?: unknown; id?: unknown };
    return typeof position.dateAdded === 'string' && typeof position.id === 'string' ? { dateAdded: position.dateAdded, id: position.id } : undefined;
  } catch {
    return undefined;
  }
}

/** A message of the location the path names, which the token must reach. */
function messageOfLocation(store: SandboxStore, principal: Principal, locationId: string, messageId: string): Message {
  requireLocation(store, principal, locationId);
  const message = store.messages.get(messageId);
  if (message?.locationId !== locationId) throw ghlErrors.notFound('Message');
  return message;
}

/** A call that never connected, or any other message, has no transcription: 404. */
function requireTranscript(message: Message): TranscriptSentence[] {
  const sentences = transcriptOf(message);
  if (!sentences) throw new GhlError(404, 'Transcription not found');
  return sentences;
}

function requireEmailMessage(store: SandboxStore, principal: Principal, emailMessageId: string): Message {
  const message = store.messageOfEmail(emailMessageId);
  if (!message) throw ghlErrors.notFound('Message');
  requireLocation(store, principal, message.locationId);
  return message;
}

/**
 * GetEmailMessageResponseDto: the message with the headers its send named; an email sent without
 * them (or seeded) is from the location to the contact, or the other way round when inbound.
 */
const EMAIL_STATUSES = ['pending', 'scheduled', 'sent', 'delivered', 'read', 'undelivered', 'connected', 'failed', 'opened'] as const;

function emailView(store: SandboxStore, message: Message, emailMessageId: string) {
  const headers = store.emailHeaders.get(emailMessageId);
  const location = store.locations.get(message.locationId);
  const contact = store.contacts.get(message.contactId);
  const [ours, theirs] = [location ? `${location.name} <${location.email}>` : '', contact?.email ?? ''];
  const outbound = message.direction === 'outbound';
  return definedOnly({
    id: emailMessageId,
    threadId: message.id,
    locationId: message.locationId,
    contactId: message.contactId,
    conversationId: message.conversationId,
    dateAdded: message.dateAdded,
    subject: headers?.subject,
    body: message.body ?? '',
    direction: message.direction,
    // An email's statuses stop at opened: a click or an opt-out was an opened email first.
    status: message.status && (EMAIL_STATUSES as readonly string[]).includes(message.status) ? message.status : message.status && 'opened',
    contentType: message.contentType,
    attachments: message.attachments,
    provider: 'Leadconnector Gmail',
    from: headers?.from ?? (outbound ? ours : theirs),
    to: headers?.to ?? [outbound ? theirs : ours],
    cc: headers?.cc ?? [],
    bcc: headers?.bcc ?? [],
    source: message.source,
  });
}

function requireMessage(store: SandboxStore, principal: Principal, messageId: string): Message {
  const message = store.messages.get(messageId);
  if (!message) throw ghlErrors.notFound('Message');
  requireLocation(store, principal, message.locationId);
  return message;
}

/**
 * Newest first; `lastMessageId` (the previous page's `lastMessageId`) resumes with the messages
 * older than it. GHL nests the page under `messages`, unlike the spec's schema, which shows it at
 * the top level.
 */
function listMessages({ query, store, principal, params }: RequestContext<{ conversationId: string }>): ApiResult {
  const conversation = requireConversation(store, principal, params.conversationId);
  const v = Validator.query(query);
  const lastMessageId = v.string('lastMessageId');
  const limit = v.number('limit', { min: 1, max: 100 }) ?? 20;
  const types = v
    .custom<string>('type', (value) =>
      String(value)
        .split(',')
        .every((type) => LISTABLE_TYPES.includes(type))
        ? []
        : [`each value in type must be one of the following values: ${LISTABLE_TYPES.join(', ')}`],
    )
    ?.split(',')
    .map((type) => (type === 'TYPE_INTERNAL_COMMENTS' ? 'TYPE_INTERNAL_COMMENT' : type));
  v.check();

  const messages = store
    .messagesOfConversation(conversation.id)
    .filter((message) => types === undefined || types.includes(message.messageType))
    .sort(compareNewestFirst);
  let start = 0;
  if (lastMessageId !== undefined) {
    const cursor = store.messages.get(lastMessageId);
    if (cursor?.conversationId !== conversation.id) {
      throw ghlErrors.unprocessable(['lastMessageId must be the id of a message of this conversation']);
    }
    const after = messages.findIndex((message) => compareNewestFirst(message, cursor) > 0);
    start = after === -1 ? messages.length : after;
  }
  const page = messages.slice(start, start + limit);
  return ok({
    messages: { lastMessageId: page.at(-1)?.id ?? null, nextPage: start + page.length < messages.length, messages: page },
  });
}

/** Sent at once and delivered, into the contact's conversation, which is started if need be. */
function sendMessage({ body, store, principal, emit }: RequestContext): ApiResult {
  const input = readSendMessage(body);
  const contact = store.contacts.get(input.contactId);
  if (!contact) throw ghlErrors.badRequest('Contact not found');
  requireLocation(store, principal, contact.locationId);
  requireReachable(contact, input.channel, input.toNumber ?? contact.phone, input.emailTo ?? contact.email);

  const conversation = store.conversationOfContact(contact.id) ?? startConversation(store, contact);
  const emailMessageId = input.channel.messageType === 'TYPE_EMAIL' ? randomId() : undefined;
  const message = newMessage(conversation, input.channel.messageType, 'outbound', {
    body: input.html ?? input.message,
    contentType: input.html === undefined ? 'text/plain' : 'text/html',
    attachments: input.attachments,
    status: input.scheduledTimestamp !== undefined && input.scheduledTimestamp * 1000 > Date.now() ? 'scheduled' : (input.status ?? 'delivered'),
    source: 'api',
    meta: emailMessageId === undefined ? undefined : { email: { messageIds: [emailMessageId] } },
    conversationProviderId: input.conversationProviderId,
  });
  addMessage(store, conversation, message);
  if (emailMessageId !== undefined) {
    store.emailHeaders.insert({
      id: emailMessageId,
      subject: input.subject,
      from: input.emailFrom,
      to: [input.emailTo ?? contact.email ?? ''],
      cc: input.emailCc ?? [],
      bcc: input.emailBcc ?? [],
    });
  }
  emit(messageEvent(message));
  return ok(definedOnly({ conversationId: conversation.id, messageId: message.id, emailMessageId, status: message.status }));
}

/**
 * Records a message a provider received (or, with `direction: 'outbound'`, one it sent: the spec
 * calls outbound the default, but this is the inbound endpoint and GHL records inbound unless
 * told otherwise). Each inbound message is one more unread.
 */
function addInboundMessage({ body, store, principal, emit }: RequestContext): ApiResult {
  const input = readInboundMessage(body);
  const conversation = store.conversations.get(input.conversationId);
  if (!conversation) throw ghlErrors.badRequest('Conversation not found');
  requireLocation(store, principal, conversation.locationId);
  if (conversation.contactId !== input.contactId) throw ghlErrors.badRequest('The contact is not the contact of this conversation');

  const direction = input.direction ?? 'inbound';
  const emailMessageId = input.channel.messageType === 'TYPE_EMAIL' ? randomId() : undefined;
  const message = newMessage(conversation, input.channel.messageType, direction, {
    dateAdded: input.date,
    body: input.html ?? input.message,
    contentType: input.html === undefined ? 'text/plain' : 'text/html',
    attachments: input.attachments,
    // A call's outcome is its callStatus; its message has no delivery status.
    status: input.isCall ? undefined : 'delivered',
    source: direction === 'outbound' ? 'api' : undefined,
    meta: input.call?.status
      ? { callStatus: input.call.status }
      : emailMessageId === undefined
        ? undefined
        : { email: { messageIds: [emailMessageId] } },
    conversationProviderId: input.conversationProviderId,
  });
  const updated = addMessage(store, conversation, message, direction === 'inbound' ? { unreadCount: conversation.unreadCount + 1 } : {});
  emit(messageEvent(message), ...conversationChanges(conversation, updated));
  return recorded(conversation, message, emailMessageId);
}

/** GHL refuses a message the contact cannot be reached by on that channel, or has opted out of. */
function requireReachable(contact: Contact, channel: Channel, phone: string | undefined, email: string | undefined): void {
  if (channel.reachedBy === 'phone' && !phone) throw ghlErrors.badRequest('The contact has no phone number');
  if (channel.reachedBy === 'email' && !email) throw ghlErrors.badRequest('The contact has no email address');
  const setting = channel.dnd && contact.dndSettings?.[channel.dnd]?.status;
  if (channel.dnd && (contact.dnd || setting === 'active' || setting === 'permanent')) {
    throw ghlErrors.badRequest(`Cannot send message as DND is active for ${channel.dnd}.`);
  }
}

/** SendReviewReplyDto: the location's public answer to a Google review, posted in its review thread. */
function sendReviewReply({ body, store, principal, emit }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const conversationId = v.string('conversationId', { required: true });
  const locationId = v.string('locationId', { required: true });
  const text = v.string('message', { required: true });
  v.check();
  requireLocation(store, principal, locationId);
  const conversation = store.conversations.get(conversationId);
  if (conversation?.locationId !== locationId) throw ghlErrors.notFound('Conversation');
  if (!conversation.reviewId) throw ghlErrors.badRequest('The conversation has no review to reply to');
  if (text.trim() === '') throw ghlErrors.unprocessable(['message should not be empty']);
  const message = newMessage(conversation, 'TYPE_REVIEW', 'outbound', { body: text, contentType: 'text/plain', status: 'delivered', source: 'api' });
  const updated = addMessage(store, conversation, message);
  emit(messageEvent(message), ...conversationChanges(conversation, updated));
  return ok({ conversationId: conversation.id, messageId: message.id, status: 'delivered' });
}

/** A call the contact was rung on through a custom provider: an outbound TYPE_CALL with its outcome. */
function addOutboundCall({ body, store, principal, emit }: RequestContext): ApiResult {
  const input = readOutboundCall(body);
  const conversation = store.conversations.get(input.conversationId);
  if (!conversation) throw ghlErrors.badRequest('Conversation not found');
  requireLocation(store, principal, conversation.locationId);
  const message = newMessage(conversation, 'TYPE_CALL', 'outbound', {
    dateAdded: input.date,
    attachments: input.attachments,
    source: 'api',
    meta: input.call?.status ? { callStatus: input.call.status } : undefined,
    conversationProviderId: input.conversationProviderId,
  });
  const updated = addMessage(store, conversation, message);
  emit(messageEvent(message), ...conversationChanges(conversation, updated));
  return recorded(conversation, message);
}

/** ProcessMessageResponseDto: the answer to a message recorded rather than sent. */
function recorded(conversation: Conversation, message: Message, emailMessageId?: string): ApiResult {
  return ok(
    definedOnly({
      success: true,
      conversationId: conversation.id,
      messageId: message.id,
      message: 'Message added successfully',
      contactId: conversation.contactId,
      dateAdded: message.dateAdded,
      emailMessageId,
    }),
  );
}

/** A message of now in `conversation`; `fields` left undefined are left out. */
function newMessage(
  conversation: Conversation,
  messageType: MessageType,
  direction: MessageDirection,
  fields: { [K in keyof Message]?: Message[K] | undefined },
): Message {
  return {
    id: randomId(),
    type: messageTypeNumber(messageType),
    messageType,
    locationId: conversation.locationId,
    contactId: conversation.contactId,
    conversationId: conversation.id,
    dateAdded: new Date().toISOString(),
    direction,
    contentType: 'text/plain',
    attachments: [],
    ...(definedOnly(fields) as Partial<Message>),
  };
}
