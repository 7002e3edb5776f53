/** Conversations (one thread per contact and channel family) and the messages in them. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { conversationTypes, messageTypes, type GhlEmailMessage, type GhlMessage, type GhlTranscriptSentence } from '../ghl/api/conversations.ts';
import * as conversations from '../resolvers/conversations.ts';
import { inboundChannels, outboundChannels, type ConversationSource } from '../resolvers/conversations.ts';
import { dateOf } from '../resolvers/dates.ts';
import { ghlIdOf } from '../resolvers/ids.ts';
import type { ArgBuilder } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.ts';
import { connectionOf } from './connections.ts';
import { DateTimeRangeInput, OrderDirection } from './ordering.ts';
import { ContactRef } from './contacts.ts';
import { known } from './enums.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { UserRef } from './users.ts';
import { cost, embeddedContactFields, sharedLists } from './cost.ts';

export const ConversationRef = builder.objectRef<ConversationSource>('Conversation');
export const MessageRef = builder.objectRef<GhlMessage>('Message');
export const EmailMessageRef = builder.objectRef<GhlEmailMessage>('EmailMessage');
const MessageConnection = connectionOf(MessageRef, { noun: 'message' });
const ConversationConnection = connectionOf(ConversationRef, { noun: 'conversation' });

/** `TYPE_SMS` reads as `SMS`: the prefix says nothing in GraphQL. */
const enumValues = (values: readonly string[], describe: (name: string) => string) =>
  Object.fromEntries(values.map((value) => [value.replace(/^TYPE_/, ''), { value, description: describe(value) }]));

const MessageType = builder.enumType('MessageType', {
  description: 'The channel or kind of a message, as the official GHL spec lists them.',
  values: enumValues(messageTypes, (value) => `GHL \`${value}\`.`),
});

const ConversationType = builder.enumType('ConversationType', {
  description: 'The channel family of a conversation.',
  values: enumValues(conversationTypes, (value) => `GHL \`${value}\`.`),
});

const MessageDirection = builder.enumType('MessageDirection', {
  description: 'Who sent a message.',
  values: {
    INBOUND: { value: 'inbound', description: 'The contact wrote to the location.' },
    OUTBOUND: { value: 'outbound', description: 'The location wrote to the contact.' },
  } as const,
});

const ConversationStatus = builder.enumType('ConversationStatus', {
  description: 'Which conversations an inbox shows.',
  values: {
    ALL: { value: 'all', description: 'Every conversation.' },
    READ: { value: 'read', description: 'Read ones.' },
    UNREAD: { value: 'unread', description: 'Ones with unread messages.' },
    STARRED: { value: 'starred', description: 'Starred ones.' },
    RECENTS: { value: 'recents', description: 'Recently active ones.' },
  } as const,
});

const SortOrder = builder.enumType('SortOrder', {
  description: 'Oldest or newest first.',
  values: { ASC: { value: 'asc', description: 'Oldest first.' }, DESC: { value: 'desc', description: 'Newest first.' } } as const,
});

const ConversationOrderField = builder.enumType('ConversationOrderField', {
  description: 'What a list of conversations is sorted by.',
  values: { LAST_MESSAGE_DATE: { value: 'last_message_date', description: 'When its latest message came or went.' } } as const,
});

const ConversationOrderInput = builder.inputType('ConversationOrder', {
  description: 'The order of a list of conversations.',
  fields: (t) => ({
    field: t.field({ type: ConversationOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

export const OutboundChannel = builder.enumType('OutboundChannel', {
  description: 'Channels a message can be sent on.',
  values: Object.fromEntries(Object.keys(outboundChannels).map((name) => [name, { description: `Send as ${name}.` }])) as Record<
    conversations.OutboundChannel,
    { description: string }
  >,
});

const InboundChannel = builder.enumType('InboundChannel', {
  description: 'Channels an inbound message can be recorded from.',
  values: Object.fromEntries(Object.keys(inboundChannels).map((name) => [name, { description: `Received by ${name}.` }])) as Record<
    conversations.InboundChannel,
    { description: string }
  >,
});

locatedNode(ConversationRef, {
  description: 'The thread between a location and one contact on one channel family.',
  loadById: (id, ctx) => ctx.loaders.conversation.load(id),
  ghlIdOf: (conversation) => conversation.id,
  locationIdOf: (conversation) => conversation.locationId,
  // Filled in from the location searched when a listed conversation leaves it out; a conversation
  // read by id that leaves it out has none to give.
  locationId: { nullable: true },
  fields: (t) => ({
    contactId: t.exposeString('contactId', { nullable: false, description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact. From a search, name, email, phone, company and tags come at no extra cost.',
      extensions: { cost: cost.embedded(embeddedContactFields, cost.byId()) },
      resolve: (conversation, _, ctx) => conversations.contactOfConversation(ctx, conversation),
    }),
    type: t.field({
      type: ConversationType,
      description: 'Channel family.',
      resolve: (conversation) => known(conversationTypes, conversation.type),
    }),
    unreadCount: t.exposeInt('unreadCount', { description: 'Messages not read yet.' }),
    read: t.boolean({ description: 'No unread messages.', resolve: (c) => (c.unreadCount == null ? null : c.unreadCount === 0) }),
    starred: t.exposeBoolean('starred', { description: 'Starred in the inbox.' }),
    inbox: t.exposeBoolean('inbox', { description: 'Shown in the inbox (not archived).' }),
    assignedTo: t.exposeString('assignedTo', { description: 'GHL id of the assigned user.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user handling the conversation.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (c, _, ctx) => (c.assignedTo ? ctx.loaders.user.load({ id: c.assignedTo, locationId: c.locationId }) : null),
    }),
    lastMessageBody: t.exposeString('lastMessageBody', { description: 'Text of the newest message.' }),
    lastMessageType: t.field({
      type: MessageType,
      description: 'Kind of the newest message.',
      resolve: (c) => known(messageTypes, c.lastMessageType),
    }),
    lastMessageDirection: t.field({
      type: MessageDirection,
      description: 'Direction of the newest message.',
      resolve: (c) => known(['inbound', 'outbound'] as const, c.lastMessageDirection),
    }),
    lastMessageDate: t.field({ type: 'DateTime', description: 'When the newest message came.', resolve: (c) => dateOf(c.lastMessageDate) }),
    createdAt: t.field({ type: 'DateTime', description: 'When the conversation started.', resolve: (c) => dateOf(c.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (c) => dateOf(c.dateUpdated) }),
    messages: t.connection({
      type: MessageRef,
      description: 'Messages, newest first.',
      args: { types: t.arg({ type: [MessageType], description: 'Only these kinds of message.' }) },
      extensions: { cost: cost.listPage() },
      resolve: (conversation, args, ctx) => conversations.messagesOf(ctx, conversation.id, args),
    }, MessageConnection),
  }),
});

builder.node(MessageRef, {
  description: 'One message of a conversation: an SMS, an email, a call, a chat line, ...',
  id: { resolve: (message) => message.id },
  loadOne: (id, ctx) => ctx.loaders.message.load(id),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    type: t.field({ type: MessageType, description: 'Channel or kind.', resolve: (m) => known(messageTypes, m.messageType) }),
    direction: t.field({
      type: MessageDirection,
      description: 'Who sent it.',
      resolve: (m) => known(['inbound', 'outbound'] as const, m.direction),
    }),
    status: t.exposeString('status', { description: 'Delivery status: `delivered`, `read`, `failed`, ...' }),
    body: t.exposeString('body', { description: 'Text (for an email, its plain text).' }),
    contentType: t.exposeString('contentType', { description: 'MIME type of the body.' }),
    attachments: t.stringList({ nullable: false, description: 'URLs of attached files.', resolve: (m) => m.attachments ?? [] }),
    source: t.exposeString('source', { description: 'What sent it: `app`, `api`, `workflow`, `campaign`, ...' }),
    meta: t.field({ type: 'JSON', description: 'Channel details (call duration and status, email ids, ...).', resolve: (m) => m.meta ?? null }),
    transcript: t.field({
      type: [TranscriptSentenceRef],
      description: 'For a call: what was said, sentence by sentence; null when GHL transcribed nothing (one call per call message).',
      extensions: { cost: cost.list(50, cost.byId()) },
      resolve: (m, _, ctx) => conversations.transcriptOfMessage(ctx, m),
    }),
    email: t.field({
      type: EmailMessageRef,
      description: 'For an email: its subject, sender and recipients (one call per email, repeats shared).',
      extensions: { cost: cost.byId() },
      resolve: (m, _, ctx) => conversations.emailOfMessage(ctx, m),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was sent or received.', resolve: (m) => dateOf(m.dateAdded) }),
    dateAdded: t.field({
      type: 'DateTime',
      description: 'When it was sent or received: `createdAt`.',
      deprecationReason: 'Use `createdAt` (docs/schema-guide.md).',
      resolve: (m) => dateOf(m.dateAdded),
    }),
    // Filled in from the conversation listed when a message of its page leaves it out; a message read
    // by id that leaves it out has none to give.
    conversationId: t.exposeString('conversationId', { description: 'GHL id of the conversation.' }),
    conversation: t.field({
      type: ConversationRef,
      description: 'The conversation.',
      extensions: { cost: cost.byId('owners') },
      resolve: (m, _, ctx) => (m.conversationId ? ctx.loaders.conversation.load(m.conversationId) : null),
    }),
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact.',
      extensions: { cost: cost.byId('owners') },
      resolve: (m, _, ctx) => (m.contactId ? ctx.loaders.contact.load(m.contactId) : null),
    }),
    userId: t.exposeString('userId', { description: 'GHL id of the user who sent it, for outbound messages.' }),
    user: t.field({
      type: UserRef,
      description: 'The user who sent it.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: (m, _, ctx) => (m.userId ? ctx.loaders.user.load({ id: m.userId, locationId: m.locationId }) : null),
    }),
  }),
});

const conversationFilterArgs = {
  contactId: 'Only conversations with this contact (Contact id or GHL id).',
  assignedTo: 'Only conversations assigned to this user (User id or GHL id).',
} as const;

builder.objectField(ContactRef, 'conversations', (t) =>
  t.connection({
    type: ConversationRef,
    description: 'Conversations with this contact, latest activity first.',
    extensions: { cost: cost.listPage() },
    resolve: (contact, args, ctx) =>
      conversations.searchConversations(ctx, { ...args, locationId: contact.locationId, contactId: contact.id }),
  }, ConversationConnection),
);

builder.objectField(LocationRef, 'conversations', (t) =>
  t.connection({
    type: ConversationRef,
    description: 'The inbox of the location, latest activity first.',
    args: {
      contactId: t.arg.id({ description: conversationFilterArgs.contactId }),
      assignedTo: t.arg.id({ description: conversationFilterArgs.assignedTo }),
      status: t.arg({ type: ConversationStatus, description: 'Which conversations.' }),
      query: t.arg.string({ description: 'Matches the contact’s name, email or phone.' }),
      orderBy: t.arg({ type: ConversationOrderInput, description: 'The order; latest activity first (LAST_MESSAGE_DATE, DESC) by default.' }),
      sort: t.arg({
        type: SortOrder,
        description: 'By latest activity; newest first by default.',
        deprecationReason: 'Use `orderBy` (docs/schema-guide.md).',
      }),
      lastMessageDirection: t.arg({ type: MessageDirection, description: 'Only conversations whose last message went this way.' }),
      createdAt: t.arg({ type: DateTimeRangeInput, description: 'Only conversations started within this range.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => conversations.searchConversations(ctx, { ...args, locationId: location.id }),
  }, ConversationConnection),
);

builder.queryFields((t) => ({
  conversation: t.field({
    type: ConversationRef,
    description: 'One conversation.',
    args: { id: t.arg.id({ required: true, description: 'Conversation id or GHL conversation id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.conversation.load(ghlIdOf(args.id, 'Conversation', 'id')),
  }),
  conversations: t.connection({
    type: ConversationRef,
    description: 'Search the inbox of a location, latest activity first.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      contactId: t.arg.id({ description: conversationFilterArgs.contactId }),
      assignedTo: t.arg.id({ description: conversationFilterArgs.assignedTo }),
      status: t.arg({ type: ConversationStatus, description: 'Which conversations.' }),
      query: t.arg.string({ description: 'Matches the contact’s name, email or phone.' }),
      orderBy: t.arg({ type: ConversationOrderInput, description: 'The order; latest activity first (LAST_MESSAGE_DATE, DESC) by default.' }),
      sort: t.arg({
        type: SortOrder,
        description: 'By latest activity; newest first by default.',
        deprecationReason: 'Use `orderBy` (docs/schema-guide.md).',
      }),
      lastMessageDirection: t.arg({ type: MessageDirection, description: 'Only conversations whose last message went this way.' }),
      createdAt: t.arg({ type: DateTimeRangeInput, description: 'Only conversations started within this range.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => conversations.searchConversations(ctx, args),
  }, ConversationConnection),
  message: t.field({
    type: MessageRef,
    description: 'One message.',
    args: { id: t.arg.id({ required: true, description: 'Message id or GHL message id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.message.load(ghlIdOf(args.id, 'Message', 'id')),
  }),
}));

// Mutations

const UpdateConversationInput = builder.inputType('UpdateConversationInput', {
  description: 'Changes to a conversation; fields left out stay as they are.',
  fields: (t) => ({
    locationId: t.id({ description: 'Its location; defaults to the configured location.' }),
    read: t.boolean({ description: 'Mark read (true) or unread (false).' }),
    starred: t.boolean({ description: 'Star or unstar.' }),
    assignedTo: t.id({ description: 'Assign to this user (User id or GHL id), through the contact as GHL does; null unassigns.' }),
  }),
});

const EmailReplyMode = builder.enumType('EmailReplyMode', {
  description: 'Whom an email reply goes to.',
  values: {
    REPLY: { value: 'reply', description: 'The sender only.' },
    REPLY_ALL: { value: 'reply_all', description: 'The sender and every other recipient.' },
  } as const,
});

const SendMessageInput = builder.inputType('SendMessageInput', {
  description: 'A message to send to a contact. An email needs a subject and html or message; anything else a message.',
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'The contact (Contact id or GHL contact id).' }),
    channel: t.field({ type: OutboundChannel, required: true, description: 'The channel.' }),
    message: t.string({ description: 'Text.' }),
    subject: t.string({ description: 'Email subject.' }),
    html: t.string({ description: 'Email body as HTML.' }),
    emailFrom: t.field({ type: 'EmailAddress', description: 'Email sender, where the location has several.' }),
    emailTo: t.field({ type: 'EmailAddress', description: 'Email recipient, when not the contact’s address.' }),
    emailCc: t.field({ type: ['EmailAddress'], description: 'Email copies.' }),
    emailBcc: t.field({ type: ['EmailAddress'], description: 'Email blind copies.' }),
    fromNumber: t.field({ type: 'PhoneNumber', description: 'SMS sender number, where the location has several.' }),
    toNumber: t.field({ type: 'PhoneNumber', description: 'SMS recipient, when not the contact’s number.' }),
    attachments: t.field({ type: ['URL'], description: 'URLs of files to attach.' }),
    replyMessageId: t.id({ description: 'The message this one answers (Message id or GHL id).' }),
    threadId: t.string({ description: 'The email thread: the GHL id of the message that holds its headers.' }),
    emailReplyMode: t.field({ type: EmailReplyMode, description: 'Whom an email reply goes to.' }),
    templateId: t.string({ description: 'GHL id of the message template to send.' }),
    scheduledAt: t.field({ type: 'DateTime', description: 'Send it then rather than now.' }),
  }),
});

const InboundMessageInput = builder.inputType('InboundMessageInput', {
  description: 'A message the contact sent on another system, recorded in a conversation.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation (Conversation id or GHL id).' }),
    channel: t.field({ type: InboundChannel, required: true, description: 'Where it came from.' }),
    message: t.string({ description: 'Text.' }),
    subject: t.string({ description: 'Email subject.' }),
    html: t.string({ description: 'Email body as HTML.' }),
    emailFrom: t.field({ type: 'EmailAddress', description: 'Email sender.' }),
    emailTo: t.field({ type: 'EmailAddress', description: 'Email recipient.' }),
    emailCc: t.field({ type: ['EmailAddress'], description: 'Email copies.' }),
    emailBcc: t.field({ type: ['EmailAddress'], description: 'Email blind copies.' }),
    emailMessageId: t.string({ description: 'The email’s Message-ID header, which replies thread on.' }),
    attachments: t.field({ type: ['URL'], description: 'URLs of attached files.' }),
    conversationProviderId: t.id({ description: 'The custom conversation provider it came through, if any.' }),
    date: t.field({ type: 'DateTime', description: 'When it was received; now when left out.' }),
  }),
});

const TranscriptSentenceRef = builder.objectRef<GhlTranscriptSentence>('TranscriptSentence').implement({
  description: 'One sentence of a call, as GoHighLevel transcribed it.',
  fields: (t) => ({
    index: t.exposeInt('sentenceIndex', { description: 'Its place in the call, from 0.' }),
    channel: t.exposeInt('mediaChannel', { description: 'The audio channel it was heard on: one per side of the call.' }),
    startSecond: t.exposeFloat('startTime', { description: 'When it starts, in seconds from the start of the call.' }),
    endSecond: t.exposeFloat('endTime', { description: 'When it ends, in seconds from the start of the call.' }),
    text: t.exposeString('transcript', { description: 'What was said.' }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the transcription is, from 0 to 1.' }),
  }),
});

builder.node(EmailMessageRef, {
  description: 'An email of a conversation with its headers: what its Message shows, plus subject, sender and recipients.',
  id: { resolve: (email) => email.id },
  loadOne: (id, ctx) => ctx.loaders.emailMessage.load(id),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel email message id.' }),
    subject: t.exposeString('subject', { description: 'Subject.' }),
    from: t.exposeString('from', { description: 'Sender, as name and address.' }),
    to: t.stringList({ nullable: false, description: 'Recipients.', resolve: (email) => email.to ?? [] }),
    cc: t.stringList({ nullable: false, description: 'Copies.', resolve: (email) => email.cc ?? [] }),
    bcc: t.stringList({ nullable: false, description: 'Blind copies.', resolve: (email) => email.bcc ?? [] }),
    body: t.exposeString('body', { description: 'Body, as its content type says (HTML or text).' }),
    contentType: t.exposeString('contentType', { description: 'MIME type of the body.' }),
    status: t.exposeString('status', { description: 'Delivery status: `scheduled`, `sent`, `delivered`, `opened`, `failed`, ...' }),
    provider: t.exposeString('provider', { description: 'The mail service that carried it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was sent or received.', resolve: (email) => dateOf(email.dateAdded) }),
    message: t.field({
      type: MessageRef,
      description: 'The conversation message it is (one more call).',
      extensions: { cost: cost.byId() },
      resolve: (email, _, ctx) => (email.threadId ? ctx.loaders.message.load(email.threadId) : null),
    }),
  }),
});

const MessageChannel = builder.enumType('MessageChannel', {
  description: 'The channels a location’s messages can be listed by.',
  values: Object.fromEntries(
    Object.entries(conversations.exportChannels).map(([name, channel]) => [name, { description: `${channel} messages.` }]),
  ) as Record<conversations.ExportChannel, { description: string }>,
});

const MessageOrderField = builder.enumType('MessageOrderField', {
  description: 'What a location’s messages are sorted by.',
  values: {
    CREATED_AT: { description: 'When the message was sent or received.' },
    UPDATED_AT: { description: 'When the message last changed (its status, say).' },
  } as const,
});

const MessageOrderInput = builder.inputType('MessageOrder', {
  description: 'The order of a location’s messages.',
  fields: (t) => ({
    field: t.field({ type: MessageOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

/** The filters of a location's messages (Query.messages, Location.messages). */
function messageListArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    conversationId: arg.id({ description: 'Only this conversation (Conversation id or GHL id).' }),
    contactId: arg.id({ description: 'Only messages with this contact (Contact id or GHL id).' }),
    channel: arg({ type: MessageChannel, description: 'Only this channel.' }),
    createdAt: arg({ type: DateTimeRangeInput, description: 'Only messages sent or received within this range.' }),
    orderBy: arg({ type: MessageOrderInput, description: 'The order; newest first (CREATED_AT, DESC) by default.' }),
  };
}

builder.objectField(LocationRef, 'messages', (t) =>
  t.connection({
    type: MessageRef,
    description: 'Every message of the location, whatever its conversation.',
    args: messageListArgs(t.arg),
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => conversations.locationMessages(ctx, { ...args, locationId: location.id }),
  }, MessageConnection),
);

builder.queryField('messages', (t) =>
  t.connection({
    type: MessageRef,
    description: 'Every message of a location, whatever its conversation.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      ...messageListArgs(t.arg),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => conversations.locationMessages(ctx, args),
  }, MessageConnection),
);

const CreateConversationInput = builder.inputType('CreateConversationInput', {
  description: 'A contact’s conversation; GoHighLevel keeps one per contact.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    contactId: t.id({ required: true, description: 'The contact (Contact id or GHL contact id).' }),
  }),
});

const MessageDeliveryStatus = builder.enumType('MessageDeliveryStatus', {
  description: 'What became of a message, as the provider that carried it reports it.',
  values: {
    PENDING: { value: 'pending', description: 'On its way.' },
    DELIVERED: { value: 'delivered', description: 'Delivered.' },
    READ: { value: 'read', description: 'Read by the contact.' },
    FAILED: { value: 'failed', description: 'Not delivered.' },
  } as const,
});

const CallStatus = builder.enumType('CallStatus', {
  description: 'How a call ended, or where it stands.',
  values: {
    PENDING: { value: 'pending', description: 'Not yet connected.' },
    ANSWERED: { value: 'answered', description: 'Picked up.' },
    COMPLETED: { value: 'completed', description: 'Connected and ended.' },
    BUSY: { value: 'busy', description: 'The line was busy.' },
    NO_ANSWER: { value: 'no-answer', description: 'Nobody picked up.' },
    VOICEMAIL: { value: 'voicemail', description: 'Went to voicemail.' },
    CANCELED: { value: 'canceled', description: 'Hung up before it connected.' },
    FAILED: { value: 'failed', description: 'Could not be placed.' },
  } as const satisfies Record<string, { value: conversations.CallStatus; description: string }>,
});

const OutboundCallInput = builder.inputType('OutboundCallInput', {
  description: 'A call the location placed through its custom conversation provider.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation (Conversation id or GHL id).' }),
    conversationProviderId: t.id({ required: true, description: 'The custom conversation provider that placed it.' }),
    to: t.field({ type: 'PhoneNumber', description: 'The number called.' }),
    from: t.field({ type: 'PhoneNumber', description: 'The number it was placed from.' }),
    status: t.field({ type: CallStatus, description: 'How it ended.' }),
    date: t.field({ type: 'DateTime', description: 'When it was placed; now when left out.' }),
    attachments: t.field({ type: ['URL'], description: 'URLs of files, such as its recording.' }),
  }),
});

const DeleteConversationPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteConversationPayload').implement({
  description: 'What was deleted.',
  fields: (t) => ({
    deletedId: t.id({
      nullable: false,
      description: 'Global id of the deleted conversation, to evict from client caches.',
      resolve: (payload) => encodeGlobalID('Conversation', payload.deletedGhlId),
    }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

const CancelScheduledMessagePayload = builder.objectRef<conversations.Cancelled>('CancelScheduledMessagePayload').implement({
  description: 'The scheduled message or email that will not be sent.',
  fields: (t) => ({
    cancelledId: t.id({
      nullable: false,
      description: 'Global id of what was cancelled, to evict from client caches.',
      resolve: (payload) => encodeGlobalID(payload.typename, payload.cancelledGhlId),
    }),
    cancelledGhlId: t.exposeString('cancelledGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

const LiveChatTypingPayload = builder.objectRef<{ conversationId: string; isTyping: boolean }>('LiveChatTypingPayload').implement({
  description: 'What the live chat visitor is shown.',
  fields: (t) => ({
    isTyping: t.exposeBoolean('isTyping', { nullable: false, description: 'Whether the visitor sees the agent typing.' }),
    conversation: t.field({
      type: ConversationRef,
      description: 'The conversation (one more call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.conversation.load(payload.conversationId),
    }),
  }),
});

const ConversationPayload = builder.objectRef<{ conversationId: string }>('ConversationPayload').implement({
  description: 'The conversation after the change.',
  fields: (t) => ({
    conversation: t.field({
      type: ConversationRef,
      nullable: false,
      description: 'The conversation.',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.conversation.load(payload.conversationId),
    }),
  }),
});

const MessagePayload = builder.objectRef<{ conversationId: string; messageId: string }>('MessagePayload').implement({
  description: 'The message sent or recorded.',
  fields: (t) => ({
    messageGhlId: t.exposeString('messageId', { nullable: false, description: 'GHL id of the message.' }),
    message: t.field({
      type: MessageRef,
      description: 'The message, read back (one more call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.message.load(payload.messageId),
    }),
    conversation: t.field({
      type: ConversationRef,
      description: 'Its conversation (one more call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.conversation.load(payload.conversationId),
    }),
  }),
});

builder.mutationFields((t) => ({
  updateConversation: t.field({
    type: ConversationPayload,
    nullable: false,
    description: 'Mark a conversation read or unread, star it, or assign it.',
    args: {
      id: t.arg.id({ required: true, description: 'Conversation id or GHL conversation id.' }),
      input: t.arg({ type: UpdateConversationInput, required: true, description: 'The changes.' }),
    },
    extensions: { cost: cost.perParent(3) },
    resolve: (_, { id, input }, ctx) => conversations.updateConversation(ctx, id, input),
  }),
  sendMessage: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Send an SMS, email or other message to a contact; GHL files it in the right conversation.',
    args: { input: t.arg({ type: SendMessageInput, required: true, description: 'The message.' }) },
    resolve: (_, { input }, ctx) =>
      conversations.sendMessage(ctx, { ...input, contactId: input.contactId, attachments: input.attachments?.map(String) }),
  }),
  addInboundMessage: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Record a message the contact sent, as if it had arrived in GHL.',
    args: { input: t.arg({ type: InboundMessageInput, required: true, description: 'The message.' }) },
    extensions: { cost: cost.perParent(2) },
    resolve: (_, { input }, ctx) =>
      conversations.addInboundMessage(ctx, {
        ...input,
        conversationId: input.conversationId,
        attachments: input.attachments?.map(String),
      }),
  }),
  addOutboundCall: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Record a call placed through a custom conversation provider in its conversation.',
    args: { input: t.arg({ type: OutboundCallInput, required: true, description: 'The call.' }) },
    resolve: (_, { input }, ctx) => conversations.addOutboundCall(ctx, { ...input, attachments: input.attachments?.map(String) }),
  }),
  setMessageAttachments: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Replace the files of a call a custom provider carried, such as its recording (at most 5).',
    args: {
      id: t.arg.id({ required: true, description: 'Message id or GHL message id of the call.' }),
      attachments: t.arg({ type: ['URL'], required: true, description: 'URLs of the files; an empty list removes them.' }),
    },
    extensions: { cost: cost.perParent(2) },
    resolve: (_, { id, attachments }, ctx) => conversations.setMessageAttachments(ctx, id, attachments.map(String)),
  }),
  replyToReview: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Answer the Google review of a review conversation (type REVIEW) publicly, on the location’s Google Business profile.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      conversationId: t.arg.id({ required: true, description: 'The review conversation (Conversation id or GHL id).' }),
      message: t.arg.string({ required: true, description: 'The reply.' }),
    },
    resolve: (_, args, ctx) => conversations.replyToReview(ctx, args),
  }),
  setLiveChatTyping: t.field({
    type: LiveChatTypingPayload,
    nullable: false,
    description: 'Show the visitor of a live chat that an agent is typing, or stop showing it.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      conversationId: t.arg.id({ required: true, description: 'The live chat conversation (Conversation id or GHL id).' }),
      visitorId: t.arg.string({ required: true, description: 'The chat widget visitor (Contact.visitorId).' }),
      isTyping: t.arg.boolean({ required: true, description: 'Typing now, or stopped.' }),
    },
    resolve: (_, args, ctx) => conversations.setLiveChatTyping(ctx, args),
  }),
  createConversation: t.field({
    type: ConversationPayload,
    nullable: false,
    description: 'Start a contact’s conversation; GoHighLevel refuses a second one for the same contact.',
    args: { input: t.arg({ type: CreateConversationInput, required: true, description: 'The conversation.' }) },
    resolve: (_, { input }, ctx) => conversations.createConversation(ctx, input),
  }),
  deleteConversation: t.field({
    type: DeleteConversationPayload,
    nullable: false,
    description: 'Delete a conversation with its messages.',
    args: { id: t.arg.id({ required: true, description: 'Conversation id or GHL conversation id.' }) },
    resolve: (_, { id }, ctx) => conversations.deleteConversation(ctx, id),
  }),
  updateMessageStatus: t.field({
    type: MessagePayload,
    nullable: false,
    description: 'Report what became of an outbound message, as its custom conversation provider.',
    args: {
      id: t.arg.id({ required: true, description: 'Message id or GHL message id.' }),
      status: t.arg({ type: MessageDeliveryStatus, required: true, description: 'The new status.' }),
    },
    resolve: (_, { id, status }, ctx) => conversations.updateMessageStatus(ctx, id, status),
  }),
  cancelScheduledMessage: t.field({
    type: CancelScheduledMessagePayload,
    nullable: false,
    description: 'Cancel a message sent with `scheduledAt` before it goes out.',
    args: { id: t.arg.id({ required: true, description: 'Message id or GHL message id.' }) },
    resolve: (_, { id }, ctx) => conversations.cancelScheduledMessage(ctx, id),
  }),
  cancelScheduledEmail: t.field({
    type: CancelScheduledMessagePayload,
    nullable: false,
    description: 'Cancel an email sent with `scheduledAt` before it goes out, by its email (`Message.email`).',
    args: { id: t.arg.id({ required: true, description: 'EmailMessage id or GHL email message id.' }) },
    resolve: (_, { id }, ctx) => conversations.cancelScheduledEmail(ctx, id),
  }),
}));
