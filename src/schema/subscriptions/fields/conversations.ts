/** Messages and conversations as GHL's webhooks report them: `messageEvents`, `conversationEvents`. */
import type { EnumRef } from '@pothos/core';
import { messageTypes, type GhlConversation, type GhlMessage } from '../../../ghl/api/conversations.ts';
import { builder } from '../../builder.ts';
import { ConversationRef, MessageRef } from '../../conversations.ts';
import { UserRef } from '../../users.ts';
import type { WebhookEvent } from '../../../events/events.ts';
import { contactFields } from './contact-fields.ts';
import { contactFilter, conversationFilter, valueFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription, type Types } from './ghl-event.ts';
import { familyNames } from './names.ts';
import { asBoolean, asDate, asId, asInt, asString, asStrings, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

type Direction = 'inbound' | 'outbound';

/**
 * `Message.direction`'s enum, which src/schema/conversations.ts declares without exporting it.
 * Pothos finds a type by its name when it builds the schema, and fails the build if there is none.
 */
const MessageDirection = 'MessageDirection' as unknown as EnumRef<Types, Direction>;

/** Who sent it: the message's own `direction` where GHL gives one, else what the event says. */
function directionOf(event: WebhookEvent<'message'>): Direction {
  const sent = event.payload.direction;
  if (sent === 'inbound' || sent === 'outbound') return sent;
  return event.type === 'InboundMessage' ? 'inbound' : 'outbound';
}

/** Webhooks name the channel as the send API does (`SMS`, `Email`, `CALL`); messages read back as `TYPE_SMS`, ... */
const channelTypes: Record<string, string> = { FB: 'TYPE_FACEBOOK', IG: 'TYPE_INSTAGRAM' };

function messageTypeOf(channel: unknown): string | undefined {
  if (typeof channel !== 'string') return undefined;
  const type = channelTypes[channel] ?? (channel.startsWith('TYPE_') ? channel : `TYPE_${channel.toUpperCase()}`);
  return (messageTypes as readonly string[]).includes(type) ? type : undefined;
}

const messageKeys = [
  'conversationId', 'contactId', 'status', 'contentType', 'attachments', 'source', 'userId', 'dateAdded',
] as const satisfies readonly (keyof GhlMessage)[];

const messageAnswers: Answers<GhlMessage> = {
  id: ['id'],
  ghlId: ['id'],
  type: ['messageType'],
  direction: ['direction'],
  status: ['status'],
  body: ['body'],
  contentType: ['contentType'],
  attachments: ['attachments'],
  source: ['source'],
  createdAt: ['dateAdded'],
  dateAdded: ['dateAdded'],
  conversationId: ['conversationId'],
  conversation: ['conversationId'],
  contactId: ['contactId'],
  contact: ['contactId'],
  userId: ['userId'],
  user: ['userId'],
};

/**
 * The message as the webhook describes it. A provider's delivery request is shaped apart (the
 * channel as its `type`, the text as `message`, no conversation): what it lacks is read from GHL.
 */
function messageOf(event: WebhookEvent<'message'>): Partial<GhlMessage> {
  const p = event.payload;
  const forProvider = event.type === 'ProviderOutboundMessage';
  const message: Partial<GhlMessage> = { ...pick<GhlMessage>(p, messageKeys), locationId: event.locationId, direction: directionOf(event) };
  const id = asId(p.messageId);
  if (id) message.id = id;
  const body = p.body ?? (forProvider ? p.message : undefined);
  if (body !== undefined) message.body = body;
  // A provider's channel (`SMS`) is not the type its message is stored as (`TYPE_CUSTOM_PROVIDER_SMS`).
  const type = forProvider ? undefined : messageTypeOf(p.messageType);
  if (type) message.messageType = type;
  return message;
}

const conversationAnswers: Answers<GhlConversation> = {
  id: ['id'],
  ghlId: ['id'],
  locationId: ['locationId'],
  contactId: ['contactId'],
  // No embedded contact: `contact` reads the contact by its id.
  contact: ['contactId'],
  unreadCount: ['unreadCount'],
  read: ['unreadCount'],
  starred: ['starred'],
  inbox: ['inbox'],
  messages: ['id'],
};

export const MessageEvent = familyEventType(
  'message',
  `A message of a conversation. ${familyNames.message.about}`,
  (t) => ({
    messageId: t.string({
      description: 'GHL id of the message (some inbound SMS deliveries carry none, and an email may carry only `emailMessageId`).',
      resolve: (event) => asId(event.payload.messageId),
    }),
    emailMessageId: t.string({
      description: 'GHL id of an email, as its email messages API names it; an email event may carry this and no `messageId`.',
      resolve: (event) => asId(event.payload.emailMessageId),
    }),
    threadId: t.string({ description: 'GHL id of the email thread it belongs to.', resolve: (event) => asId(event.payload.threadId) }),
    nodeId: t.id({
      description: 'Global id of the message (its `Message.id`), to update client caches.',
      resolve: (event) => nodeIdOf('Message', event.payload.messageId),
    }),
    message: t.field({
      type: MessageRef,
      description:
        'The message, through the same type as queries, built from the webhook at no cost; selecting more than it carries reads the ' +
        'message from GoHighLevel (one call per event). Null when the webhook names no message id.',
      resolve: (event, _, ctx, info) => {
        const message = messageOf(event);
        return message.id ? servedOrLoaded(info, message, messageAnswers, () => ctx.loaders.message.load(message.id!)) : null;
      },
    }),
    conversationId: t.string({ description: 'GHL id of the conversation.', resolve: (event) => asId(event.payload.conversationId) }),
    conversation: t.field({
      type: ConversationRef,
      description: recordDescription('conversation', { deletable: false }),
      resolve: (event, _, ctx, info) => {
        const id = asId(event.payload.conversationId);
        if (!id) return null;
        const conversation: Partial<GhlConversation> = { id, locationId: event.locationId, ...pick<GhlConversation>(event.payload, ['contactId']) };
        return servedOrLoaded(info, conversation, conversationAnswers, () => ctx.loaders.conversation.load(id));
      },
    }),
    ...contactFields(t, (event) => event.payload.contactId),
    userId: t.string({ description: 'GHL id of the user who sent it, for outbound messages.', resolve: (event) => asId(event.payload.userId) }),
    user: t.field({
      type: UserRef,
      description: 'The user who sent it, for outbound messages.',
      resolve: (event, _, ctx) => {
        const userId = asId(event.payload.userId);
        return userId ? ctx.loaders.user.load({ id: userId, locationId: event.locationId }) : null;
      },
    }),
    direction: t.field({
      type: MessageDirection,
      nullable: false,
      description: 'Who sent it: the message’s own `direction` where the webhook gives one, else INBOUND for an INBOUND event and OUTBOUND otherwise.',
      resolve: directionOf,
    }),
    messageType: t.string({
      description: 'The channel as the webhook names it: `SMS`, `Email`, `CALL`, `VoiceMail`, `WhatsApp`, ... (for PROVIDER_OUTBOUND, `SMS` or `Email`).',
      resolve: (event) => asString(event.type === 'ProviderOutboundMessage' ? event.payload.type : event.payload.messageType),
    }),
    body: t.string({
      description: 'Text of the message (an email’s may be HTML; a provider email’s HTML is in `html`).',
      resolve: (event) => asString(event.payload.body ?? event.payload.message),
    }),
    html: t.string({ description: 'HTML body of an email handed to a custom provider.', resolve: (event) => asString(event.payload.html) }),
    subject: t.string({ description: 'Email subject.', resolve: (event) => asString(event.payload.subject) }),
    emailFrom: t.string({ description: 'Email sender, as GHL writes it (`Name <address>`).', resolve: (event) => asString(event.payload.from ?? event.payload.emailFrom) }),
    emailTo: t.stringList({
      nullable: false,
      description: 'Email recipients.',
      resolve: (event) => asStrings(event.payload.to ?? event.payload.emailTo),
    }),
    emailCc: t.stringList({ nullable: false, description: 'Email copy recipients.', resolve: (event) => asStrings(event.payload.cc) }),
    emailBcc: t.stringList({ nullable: false, description: 'Email blind copy recipients.', resolve: (event) => asStrings(event.payload.bcc) }),
    emailProvider: t.string({ description: 'What sent an email (GHL’s own service or a connected mailbox).', resolve: (event) => asString(event.payload.provider) }),
    phone: t.string({ description: 'Number an SMS handed to a custom provider goes to.', resolve: (event) => asString(event.payload.phone) }),
    status: t.string({
      description: 'Delivery status: `delivered`, `read`, `failed`, ...; for calls `completed`, `voicemail`, ...',
      resolve: (event) => asString(event.payload.status),
    }),
    attachments: t.stringList({ nullable: false, description: 'URLs of attached files (a call’s recording, ...).', resolve: (event) => asStrings(event.payload.attachments) }),
    callDuration: t.int({ description: 'Length of a call, in seconds.', resolve: (event) => asInt(event.payload.callDuration) }),
    callStatus: t.string({ description: 'How a call ended: `completed`, `voicemail`, ...', resolve: (event) => asString(event.payload.callStatus) }),
    conversationProviderId: t.string({
      description: 'GHL id of the conversation provider it went through, if not GHL’s own.',
      resolve: (event) => asId(event.payload.conversationProviderId),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was sent or received.', resolve: (event) => asDate(event.payload.dateAdded) }),
  }),
);

builder.subscriptionField('messageEvents', (t) =>
  t.field({
    type: MessageEvent.ref,
    nullable: false,
    description: familyFieldDescription('message', 'optionally of one conversation or one contact, or one direction'),
    args: {
      ...familyArgs(t.arg, MessageEvent.types),
      conversationId: t.arg.id({ description: 'Only messages of this conversation (Conversation id or GHL id); it must be in the location.' }),
      contactId: t.arg.id({ description: 'Only messages with this contact (Contact id or GHL contact id); it must be in the location.' }),
      direction: t.arg({ type: MessageDirection, description: 'Only messages sent this way (see `MessageEvent.direction`).' }),
    },
    subscribe: (_, args, ctx) =>
      familyEvents(ctx, 'message', args, [
        conversationFilter(args.conversationId, (event) => event.payload.conversationId),
        contactFilter(args.contactId, (event) => event.payload.contactId),
        valueFilter(args.direction, directionOf),
      ]),
    resolve: (event) => event,
  }),
);

export const ConversationEvent = familyEventType(
  'conversation',
  `A change to a conversation. ${familyNames.conversation.about}`,
  (t) => ({
    conversationId: t.string({ description: 'GHL id of the conversation.', resolve: (event) => asId(event.payload.id) }),
    nodeId: t.id({
      description: 'Global id of the conversation (its `Conversation.id`), to update client caches.',
      resolve: (event) => nodeIdOf('Conversation', event.payload.id),
    }),
    conversation: t.field({
      type: ConversationRef,
      description: recordDescription('conversation', { deletable: false }),
      resolve: (event, _, ctx, info) => {
        const id = asId(event.payload.id);
        if (!id) return null;
        const conversation: Partial<GhlConversation> = {
          ...pick<GhlConversation>(event.payload, ['contactId', 'unreadCount', 'starred', 'inbox', 'deleted']),
          id,
          locationId: event.locationId,
        };
        return servedOrLoaded(info, conversation, conversationAnswers, () => ctx.loaders.conversation.load(id));
      },
    }),
    ...contactFields(t, (event) => event.payload.contactId),
    unreadCount: t.int({ description: 'Messages not read yet (0: read).', resolve: (event) => asInt(event.payload.unreadCount) }),
    starred: t.boolean({ description: 'Starred in the inbox.', resolve: (event) => asBoolean(event.payload.starred) }),
    inbox: t.boolean({ description: 'Shown in the inbox (not archived).', resolve: (event) => asBoolean(event.payload.inbox) }),
    deleted: t.boolean({ description: 'Deleted.', resolve: (event) => asBoolean(event.payload.deleted) }),
  }),
);

builder.subscriptionField('conversationEvents', (t) =>
  t.field({
    type: ConversationEvent.ref,
    nullable: false,
    description: familyFieldDescription('conversation', 'optionally of one conversation or one contact'),
    args: {
      ...familyArgs(t.arg, ConversationEvent.types),
      conversationId: t.arg.id({ description: 'Only this conversation (Conversation id or GHL id); it must be in the location.' }),
      contactId: t.arg.id({ description: 'Only conversations with this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) =>
      familyEvents(ctx, 'conversation', args, [
        conversationFilter(args.conversationId, (event) => event.payload.id),
        contactFilter(args.contactId, (event) => event.payload.contactId),
      ]),
    resolve: (event) => event,
  }),
);
