/**
 * Conversations and their messages: inbox search, message pages newest first, sending and
 * recording messages. A search result embeds its contact's name, email and phone, so an inbox
 * list needs no contact calls.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlConversation, GhlEmailMessage, GhlMessage, GhlTranscriptSentence } from '../ghl/api/conversations.ts';
import { codeOf, gatewayError } from '../errors.ts';
import { embeddedContact, type ContactSource } from './contacts.ts';
import { timestampOf } from './dates.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { definedOnly, nonEmpty, presentOnly } from './input.ts';
import { decodeCursor, encodeCursor, forwardPage, toConnection, type Connection, type ConnectionArgs } from './pagination.ts';

export type ConversationStatus = 'all' | 'read' | 'unread' | 'starred' | 'recents';

export interface ConversationFilter {
  locationId?: string | null;
  contactId?: string | null;
  assignedTo?: string | null;
  query?: string | null;
  status?: ConversationStatus | null;
  orderBy?: { field: 'last_message_date'; direction: 'asc' | 'desc' } | null;
  /** Deprecated for orderBy. */
  sort?: 'asc' | 'desc' | null;
  lastMessageDirection?: 'inbound' | 'outbound' | null;
  /** GHL's `startDate`/`endDate`: when the conversation was created. */
  createdAt?: { from?: Date | null; to?: Date | null } | null;
}

export interface ConversationUpdate {
  locationId?: string | null;
  read?: boolean | null;
  starred?: boolean | null;
  assignedTo?: string | null;
}

/** The channels `POST /conversations/messages` sends on, by GraphQL name. */
export const outboundChannels = {
  SMS: 'SMS',
  EMAIL: 'Email',
  WHATSAPP: 'WhatsApp',
  INSTAGRAM: 'IG',
  FACEBOOK: 'FB',
  LIVE_CHAT: 'Live_Chat',
  CUSTOM: 'Custom',
} as const;
export type OutboundChannel = keyof typeof outboundChannels;

/** The channels `POST /conversations/messages/inbound` records, by GraphQL name. */
export const inboundChannels = {
  SMS: 'SMS',
  EMAIL: 'Email',
  WHATSAPP: 'WhatsApp',
  GMB: 'GMB',
  INSTAGRAM: 'IG',
  FACEBOOK: 'FB',
  WEB_CHAT: 'WebChat',
  LIVE_CHAT: 'Live_Chat',
  CALL: 'Call',
  CUSTOM: 'Custom',
} as const;
export type InboundChannel = keyof typeof inboundChannels;

export interface SendMessageInput {
  contactId: string;
  channel: OutboundChannel;
  message?: string | null;
  subject?: string | null;
  html?: string | null;
  emailFrom?: string | null;
  emailTo?: string | null;
  emailCc?: string[] | null;
  emailBcc?: string[] | null;
  fromNumber?: string | null;
  toNumber?: string | null;
  attachments?: string[] | null;
  replyMessageId?: string | null;
  threadId?: string | null;
  emailReplyMode?: 'reply' | 'reply_all' | null;
  templateId?: string | null;
  scheduledAt?: Date | null;
}

export interface InboundMessageInput {
  conversationId: string;
  channel: InboundChannel;
  message?: string | null;
  subject?: string | null;
  html?: string | null;
  emailFrom?: string | null;
  emailTo?: string | null;
  emailCc?: string[] | null;
  emailBcc?: string[] | null;
  emailMessageId?: string | null;
  attachments?: string[] | null;
  conversationProviderId?: string | null;
  date?: Date | null;
}

/** A conversation with the contact fields its search result embedded, when it came from one. */
export type ConversationSource = GhlConversation & { embeddedContact?: ContactSource };

interface ConversationPosition {
  startAfterDate: number;
}

const isConversationPosition = (value: unknown): value is ConversationPosition =>
  typeof (value as ConversationPosition).startAfterDate === 'number';

/** GET /conversations/search pages by last message date: a cursor is its item's date. */
export async function searchConversations(
  ctx: GatewayContext,
  args: ConnectionArgs & ConversationFilter,
): Promise<Connection<ConversationSource>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isConversationPosition);
  if (args.orderBy != null && args.sort != null) throw gatewayError('BAD_USER_INPUT', 'give orderBy or the deprecated sort, not both');
  const { from, to } = args.createdAt ?? {};
  if (from != null && to != null && from > to) throw gatewayError('BAD_USER_INPUT', 'a date range must not end before it starts');
  const result = await ctx.ghl.call('searchConversations', {
    location: locationId,
    query: {
      contactId: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      assignedTo: args.assignedTo ? ghlIdOf(args.assignedTo, 'User', 'assignedTo') : undefined,
      query: args.query || undefined,
      status: args.status ?? undefined,
      sortBy: args.orderBy?.field,
      sort: args.orderBy?.direction ?? args.sort ?? undefined,
      lastMessageDirection: args.lastMessageDirection ?? undefined,
      startDate: from?.getTime(),
      endDate: to?.getTime(),
      limit: page.size,
      startAfterDate: after?.startAfterDate,
    },
  });
  const conversations = result.conversations.map((found): ConversationSource => {
    // Real results hold the odd conversation without its location: it is the one searched.
    const conversation = { ...found, locationId: found.locationId ?? locationId };
    ctx.loaders.conversation.prime(conversation.id, conversation);
    return {
      ...conversation,
      embeddedContact: embeddedContact(
        {
          id: conversation.contactId,
          name: conversation.fullName || conversation.contactName,
          email: conversation.email,
          phone: conversation.phone,
          companyName: conversation.companyName,
          tags: conversation.tags,
        },
        conversation.locationId,
      ),
    };
  });
  return toConnection(
    conversations,
    (conversation) => encodeCursor({ startAfterDate: timestampOf(conversation.lastMessageDate) ?? 0 }),
    {
      hasNextPage: conversations.length === page.size && (result.total === undefined || result.total > conversations.length),
      hasPreviousPage: after !== undefined,
      totalCount: result.total,
    },
  );
}

export function contactOfConversation(ctx: GatewayContext, conversation: ConversationSource): ContactSource | Promise<ContactSource> {
  return conversation.embeddedContact ?? ctx.loaders.contact.load(conversation.contactId);
}

interface MessagePosition {
  lastMessageId: string;
}

const isMessagePosition = (value: unknown): value is MessagePosition =>
  typeof (value as MessagePosition).lastMessageId === 'string';

/** Newest first; a cursor is its message, and the next page is what came before it. */
export async function messagesOf(
  ctx: GatewayContext,
  conversationId: string,
  args: ConnectionArgs & { types?: string[] | null },
): Promise<Connection<GhlMessage>> {
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isMessagePosition);
  const result = await ctx.loaders.messagesPage.load({
    conversationId,
    limit: page.size,
    lastMessageId: after?.lastMessageId,
    type: args.types?.length ? args.types.join(',') : undefined,
  });
  for (const message of result.messages) ctx.loaders.message.prime(message.id, message);
  return toConnection(result.messages, (message) => encodeCursor({ lastMessageId: message.id }), {
    hasNextPage: result.nextPage ?? result.messages.length === page.size,
    hasPreviousPage: after !== undefined,
  });
}

/**
 * Read state and star are the conversation's own; its assignee is its contact's, since GHL
 * assigns a conversation through its contact (UpdateConversationDto has no assignedTo).
 */
export async function updateConversation(ctx: GatewayContext, id: string, update: ConversationUpdate): Promise<{ conversationId: string }> {
  const conversationId = ghlIdOf(id, 'Conversation', 'id');
  const ownFields = presentOnly({ unreadCount: update.read == null ? null : update.read ? 0 : 1, starred: update.starred });
  if (Object.keys(ownFields).length === 0 && update.assignedTo === undefined) {
    throw gatewayError('BAD_USER_INPUT', 'Nothing to change: set read, starred or assignedTo');
  }
  if (update.assignedTo !== undefined) {
    const assignedTo = update.assignedTo === null ? null : ghlIdOf(update.assignedTo, 'User', 'assignedTo');
    const { contactId } = await ctx.loaders.conversation.load(conversationId);
    await ctx.ghl.call('updateContact', { path: { contactId }, body: { assignedTo } });
    ctx.loaders.contact.clear(contactId);
  }
  if (Object.keys(ownFields).length > 0) {
    const location = locationIdOf(update.locationId, ctx.defaultLocationId);
    await ctx.ghl.call('updateConversation', { path: { conversationId }, location, body: ownFields });
  }
  ctx.loaders.conversation.clear(conversationId);
  return { conversationId };
}

export async function sendMessage(ctx: GatewayContext, input: SendMessageInput): Promise<{ conversationId: string; messageId: string }> {
  const type = outboundChannels[input.channel];
  requireContent(input, type === 'Email');
  const { contactId, channel, replyMessageId, scheduledAt, ...fields } = input;
  const result = await ctx.ghl.call('sendMessage', {
    body: presentOnly({
      ...fields,
      type,
      contactId: ghlIdOf(contactId, 'Contact', 'contactId'),
      replyMessageId: replyMessageId == null ? replyMessageId : ghlIdOf(replyMessageId, 'Message', 'replyMessageId'),
      // GHL takes whole seconds since the epoch.
      scheduledTimestamp: scheduledAt == null ? scheduledAt : Math.floor(scheduledAt.getTime() / 1000),
    }),
  });
  ctx.loaders.conversation.clear(result.conversationId);
  return { conversationId: result.conversationId, messageId: result.messageId };
}

export async function addInboundMessage(
  ctx: GatewayContext,
  input: InboundMessageInput,
): Promise<{ conversationId: string; messageId: string }> {
  const type = inboundChannels[input.channel];
  requireContent(input, type === 'Email');
  const conversationId = ghlIdOf(input.conversationId, 'Conversation', 'conversationId');
  // GHL wants the conversation's contact with the message; it is read from the conversation.
  const conversation = await ctx.loaders.conversation.load(conversationId);
  const { channel, date, ...fields } = input;
  const result = await ctx.ghl.call('addInboundMessage', {
    body: presentOnly({
      ...fields,
      type,
      conversationId,
      contactId: conversation.contactId,
      direction: 'inbound',
      date: date?.toISOString(),
    }),
  });
  ctx.loaders.conversation.clear(conversationId);
  return { conversationId: result.conversationId, messageId: result.messageId };
}

function requireContent(input: { message?: string | null; html?: string | null; subject?: string | null }, email: boolean): void {
  if (email) {
    if (!input.subject?.trim()) throw gatewayError('BAD_USER_INPUT', 'An email needs a subject');
    if (!input.html?.trim() && !input.message?.trim()) throw gatewayError('BAD_USER_INPUT', 'An email needs html or message');
  } else if (!input.message?.trim()) {
    throw gatewayError('BAD_USER_INPUT', 'message must not be empty');
  }
}

/** GHL keeps one conversation per contact: it refuses a second, naming the one there is. */
export async function createConversation(ctx: GatewayContext, input: { locationId?: string | null; contactId: string }): Promise<{ conversationId: string }> {
  const { conversation } = await ctx.ghl.call('createConversation', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    body: { contactId: ghlIdOf(input.contactId, 'Contact', 'contactId') },
  });
  return { conversationId: conversation.id };
}

/** Deletes the conversation and its messages. */
export async function deleteConversation(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const conversationId = ghlIdOf(id, 'Conversation', 'id');
  await ctx.ghl.call('deleteConversation', { path: { conversationId } });
  ctx.loaders.conversation.clear(conversationId);
  return { deletedGhlId: conversationId };
}

export type MessageDeliveryStatus = 'delivered' | 'failed' | 'pending' | 'read';

export async function updateMessageStatus(
  ctx: GatewayContext,
  id: string,
  status: MessageDeliveryStatus,
): Promise<{ conversationId: string; messageId: string }> {
  const messageId = ghlIdOf(id, 'Message', 'id');
  const result = await ctx.ghl.call('updateMessageStatus', { path: { messageId }, body: { status } });
  ctx.loaders.message.clear(messageId);
  ctx.loaders.conversation.clear(result.conversationId);
  return { conversationId: result.conversationId, messageId };
}

export interface Cancelled {
  typename: 'Message' | 'EmailMessage';
  cancelledGhlId: string;
}

/** A message sent for later is not sent: GHL drops it from its conversation. */
export async function cancelScheduledMessage(ctx: GatewayContext, id: string): Promise<Cancelled> {
  const messageId = ghlIdOf(id, 'Message', 'id');
  await ctx.ghl.call('cancelScheduledMessage', { path: { messageId } });
  ctx.loaders.message.clear(messageId);
  return { typename: 'Message', cancelledGhlId: messageId };
}

/** An email sent for later, cancelled by its email message id (`Message.email`). */
export async function cancelScheduledEmail(ctx: GatewayContext, id: string): Promise<Cancelled> {
  const emailMessageId = ghlIdOf(id, 'EmailMessage', 'id');
  await ctx.ghl.call('cancelScheduledEmail', { path: { emailMessageId } });
  ctx.loaders.emailMessage.clear(emailMessageId);
  return { typename: 'EmailMessage', cancelledGhlId: emailMessageId };
}

/** An email message's headers, for a message of the email channel: GHL names its email id in `meta.email.messageIds`. */
export function emailOfMessage(ctx: GatewayContext, message: GhlMessage): Promise<GhlEmailMessage> | null {
  const ids = (message.meta?.['email'] as { messageIds?: unknown } | undefined)?.messageIds;
  const id = Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : undefined;
  return id ? ctx.loaders.emailMessage.load(id) : null;
}

export type CallStatus = 'pending' | 'completed' | 'answered' | 'busy' | 'no-answer' | 'failed' | 'canceled' | 'voicemail';

export interface OutboundCallInput {
  conversationId: string;
  conversationProviderId: string;
  to?: string | null;
  from?: string | null;
  status?: CallStatus | null;
  date?: Date | null;
  attachments?: string[] | null;
}

/** A call the location placed through its custom conversation provider, recorded in the conversation. */
export async function addOutboundCall(ctx: GatewayContext, input: OutboundCallInput): Promise<{ conversationId: string; messageId: string }> {
  const conversationId = ghlIdOf(input.conversationId, 'Conversation', 'conversationId');
  const call = presentOnly({ to: input.to, from: input.from, status: input.status });
  const result = await ctx.ghl.call('addOutboundCall', {
    body: presentOnly({
      type: 'Call',
      conversationId,
      conversationProviderId: nonEmpty(input.conversationProviderId, 'conversationProviderId'),
      date: input.date?.toISOString(),
      attachments: input.attachments,
      call: Object.keys(call).length > 0 ? call : undefined,
    }),
  });
  ctx.loaders.conversation.clear(conversationId);
  return { conversationId: result.conversationId, messageId: result.messageId };
}

/** GHL's limit on a message's attachments. */
const MAX_ATTACHMENTS = 5;

/** The files of a call a provider carried, such as its recording, replacing the ones it had. */
export async function setMessageAttachments(ctx: GatewayContext, id: string, attachments: string[]): Promise<{ conversationId: string; messageId: string }> {
  const messageId = ghlIdOf(id, 'Message', 'id');
  if (attachments.length > MAX_ATTACHMENTS) throw gatewayError('BAD_USER_INPUT', `attachments: at most ${MAX_ATTACHMENTS} URLs`);
  await ctx.ghl.call('setMessageAttachments', { path: { messageId }, body: { attachments } });
  ctx.loaders.message.clear(messageId);
  // GHL answers without the message: it is read back, which names its conversation.
  const { conversationId } = await ctx.loaders.message.load(messageId);
  if (!conversationId) throw gatewayError('UPSTREAM_ERROR', 'getMessage answered without the message’s conversation');
  return { conversationId, messageId };
}

/** A reply to the Google review a review conversation (type REVIEW) holds; GHL posts it publicly. */
export async function replyToReview(
  ctx: GatewayContext,
  args: { locationId?: string | null; conversationId: string; message: string },
): Promise<{ conversationId: string; messageId: string }> {
  const conversationId = ghlIdOf(args.conversationId, 'Conversation', 'conversationId');
  const result = await ctx.ghl.call('sendReviewReply', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    body: { conversationId, message: nonEmpty(args.message, 'message') },
  });
  ctx.loaders.conversation.clear(conversationId);
  return { conversationId: result.conversationId, messageId: result.messageId };
}

/** An agent typing, or no longer typing, in a live chat: the widget shows it to the visitor. */
export async function setLiveChatTyping(
  ctx: GatewayContext,
  args: { locationId?: string | null; conversationId: string; visitorId: string; isTyping: boolean },
): Promise<{ conversationId: string; isTyping: boolean }> {
  const conversationId = ghlIdOf(args.conversationId, 'Conversation', 'conversationId');
  await ctx.ghl.call('setLiveChatTyping', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    body: { isTyping: args.isTyping, visitorId: nonEmpty(args.visitorId, 'visitorId'), conversationId },
  });
  return { conversationId, isTyping: args.isTyping };
}

/** A call's transcription, in sentence order; null for another message, or a call GHL transcribed nothing of. */
export async function transcriptOfMessage(ctx: GatewayContext, message: GhlMessage): Promise<GhlTranscriptSentence[] | null> {
  if (message.messageType !== 'TYPE_CALL' || !message.locationId) return null;
  try {
    const sentences = await ctx.loaders.transcriptOfMessage.load({ locationId: message.locationId, messageId: message.id });
    return [...sentences].sort((a, b) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
  } catch (error) {
    if (codeOf(error) === 'NOT_FOUND') return null;
    throw error;
  }
}

export const exportChannels = { CALL: 'Call', SMS: 'SMS', EMAIL: 'Email', WHATSAPP: 'WhatsApp', INSTAGRAM: 'Instagram', FACEBOOK: 'Facebook' } as const;
export type ExportChannel = keyof typeof exportChannels;

export interface LocationMessagesFilter {
  locationId?: string | null;
  conversationId?: string | null;
  contactId?: string | null;
  channel?: ExportChannel | null;
  createdAt?: { from?: Date | null; to?: Date | null } | null;
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'asc' | 'desc' } | null;
}

/**
 * A position in a location's messages: GHL's cursor of the page read, and how many of that page
 * come before. GHL pages at least 10 messages, so a smaller page is cut from a GHL page and the
 * next one reads that page again past what was shown.
 */
interface ExportPosition {
  cursor: string | null;
  skip: number;
  order: string;
}

const isExportPosition = (value: unknown): value is ExportPosition =>
  typeof (value as ExportPosition).skip === 'number' && typeof (value as ExportPosition).order === 'string';

/** GHL's smallest export page. */
const MIN_EXPORT_PAGE = 10;

/** GET /conversations/messages/export: every message of a location, whatever its conversation. */
export async function locationMessages(ctx: GatewayContext, args: ConnectionArgs & LocationMessagesFilter): Promise<Connection<GhlMessage>> {
  const page = forwardPage(args);
  const sortBy = args.orderBy?.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
  const sortOrder = args.orderBy?.direction ?? 'desc';
  const order = `${sortBy}:${sortOrder}`;
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isExportPosition);
  if (after && after.order !== order) throw gatewayError('BAD_USER_INPUT', 'after is a cursor from another order of this list');
  const { from, to } = args.createdAt ?? {};
  if (from != null && to != null && from > to) throw gatewayError('BAD_USER_INPUT', 'a date range must not end before it starts');
  const skip = after?.skip ?? 0;
  const limit = Math.max(MIN_EXPORT_PAGE, skip + page.size);
  const result = await ctx.ghl.call('exportMessages', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    query: definedOnly({
      limit,
      cursor: after?.cursor ?? undefined,
      sortBy,
      sortOrder,
      conversationId: args.conversationId ? ghlIdOf(args.conversationId, 'Conversation', 'conversationId') : undefined,
      contactId: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      channel: args.channel ? exportChannels[args.channel] : undefined,
      startDate: from?.toISOString(),
      endDate: to?.toISOString(),
    }),
  });
  const shown = result.messages.slice(skip, skip + page.size);
  for (const message of shown) ctx.loaders.message.prime(message.id, message);
  const cursor = after?.cursor ?? null;
  const positionAfter = (index: number): ExportPosition => {
    const seen = skip + index + 1;
    // The end of GHL's page: the next page starts at GHL's next cursor.
    return seen === result.messages.length && result.nextCursor ? { cursor: result.nextCursor, skip: 0, order } : { cursor, skip: seen, order };
  };
  return toConnection(shown, (_, index) => encodeCursor({ ...positionAfter(index) }), {
    hasNextPage: shown.length === page.size && (skip + shown.length < result.messages.length || Boolean(result.nextCursor)),
    hasPreviousPage: after !== undefined,
    totalCount: result.total,
  });
}
