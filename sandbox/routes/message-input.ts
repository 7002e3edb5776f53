/**
 * Reads SendMessageBodyDto and ProcessMessageBodyDto (conversations.json), and maps the channel
 * names they use ('SMS', 'IG', 'Call', ...) to the messageType a message is stored with, the
 * contact detail the channel needs, and the DND setting that blocks it.
 */
import type { CallStatus, DndChannel, MessageDirection, MessageType } from '../model/index.ts';
import { rule, shapeProblems } from '../http/shape.ts';
import { isRecord, Validator } from '../http/validate.ts';

export interface Channel {
  messageType: MessageType;
  reachedBy?: 'phone' | 'email';
  dnd?: DndChannel;
}

/** Every channel name either DTO takes. */
const CHANNELS = {
  SMS: { messageType: 'TYPE_SMS', reachedBy: 'phone', dnd: 'SMS' },
  RCS: { messageType: 'TYPE_RCS', reachedBy: 'phone', dnd: 'SMS' },
  Email: { messageType: 'TYPE_EMAIL', reachedBy: 'email', dnd: 'Email' },
  WhatsApp: { messageType: 'TYPE_WHATSAPP', reachedBy: 'phone', dnd: 'WhatsApp' },
  GMB: { messageType: 'TYPE_GMB', dnd: 'GMB' },
  // Instagram is a Meta channel: GHL's FB DND setting covers it.
  IG: { messageType: 'TYPE_INSTAGRAM', dnd: 'FB' },
  FB: { messageType: 'TYPE_FACEBOOK', dnd: 'FB' },
  Custom: { messageType: 'TYPE_CUSTOM_PROVIDER_SMS', reachedBy: 'phone', dnd: 'SMS' },
  WebChat: { messageType: 'TYPE_WEBCHAT' },
  Live_Chat: { messageType: 'TYPE_LIVE_CHAT' },
  Call: { messageType: 'TYPE_CALL', reachedBy: 'phone', dnd: 'Call' },
  IVR_Call: { messageType: 'TYPE_IVR_CALL', reachedBy: 'phone', dnd: 'Call' },
  Campaign_Call: { messageType: 'TYPE_CAMPAIGN_CALL', reachedBy: 'phone', dnd: 'Call' },
  Campaign_VoiceMail: { messageType: 'TYPE_CAMPAIGN_VOICEMAIL', reachedBy: 'phone', dnd: 'Call' },
  TIKTOK: { messageType: 'TYPE_TIKTOK' },
  // The messageType enum has nothing of its own for the all-in-one chat widget.
  ALL_IN_ONE_CHAT: { messageType: 'TYPE_LIVE_CHAT' },
  FORM_SUBMISSION: { messageType: 'TYPE_FORM_SUBMISSION' },
} as const satisfies Record<string, Channel>;

type ChannelName = keyof typeof CHANNELS;

/** The name the DTOs give the channel of a stored message type ('SMS' for TYPE_SMS). */
export function channelOf(messageType: MessageType): ChannelName | undefined {
  return (Object.keys(CHANNELS) as ChannelName[]).find((name) => CHANNELS[name].messageType === messageType);
}

const SEND_TYPES = [
  'SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK',
] as const satisfies readonly ChannelName[];
const INBOUND_TYPES = [
  'SMS', 'RCS', 'Email', 'WhatsApp', 'GMB', 'IG', 'FB', 'Custom', 'WebChat', 'Live_Chat', 'Call', 'IVR_Call',
  'Campaign_Call', 'Campaign_VoiceMail', 'TIKTOK', 'ALL_IN_ONE_CHAT', 'FORM_SUBMISSION',
] as const satisfies readonly ChannelName[];
const CALL_TYPES: ReadonlySet<ChannelName> = new Set(['Call', 'IVR_Call', 'Campaign_Call', 'Campaign_VoiceMail']);

const CALL_STATUSES: readonly CallStatus[] = ['pending', 'completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled', 'voicemail'];

export interface SendMessageInput {
  channel: Channel;
  contactId: string;
  message?: string;
  html?: string;
  attachments?: string[];
  emailTo?: string;
  toNumber?: string;
  conversationProviderId?: string;
  status?: 'delivered' | 'failed' | 'pending' | 'read';
  /** Seconds since the epoch: a message for later waits, `scheduled`, until then. */
  scheduledTimestamp?: number;
  /** An email's headers, kept for GET /conversations/messages/email/{id}. */
  subject?: string;
  emailFrom?: string;
  emailCc?: string[];
  emailBcc?: string[];
}

export interface InboundMessageInput {
  channel: Channel;
  isCall: boolean;
  conversationId: string;
  contactId: string;
  message?: string;
  html?: string;
  attachments?: string[];
  conversationProviderId?: string;
  direction?: MessageDirection;
  date?: string;
  call?: { to?: string; from?: string; status?: CallStatus };
}

/**
 * The spec lists subType and status as required, but GHL's own examples send a message with
 * neither, so the sandbox requires neither. Templates, threading and email headers are checked
 * and accepted; the sandbox delivers at once, or holds a message scheduled for later, and keeps
 * only what a message shows.
 */
export function readSendMessage(body: unknown): SendMessageInput {
  const v = Validator.body(body);
  const type = v.oneOf('type', SEND_TYPES, { required: true });
  v.custom('subType', () => []);
  const contactId = v.string('contactId', { required: true });
  const attachments = v.stringArray('attachments');
  const message = v.string('message', { required: type !== 'Email' && attachments === undefined });
  const html = v.string('html', { required: type === 'Email' && message === undefined });
  const fields = {
    contactId,
    message,
    html,
    attachments,
    emailTo: v.string('emailTo'),
    toNumber: v.string('toNumber'),
    // A custom provider is the only way a Custom message can go out.
    conversationProviderId: v.string('conversationProviderId', { required: type === 'Custom' }),
    status: v.oneOf('status', ['delivered', 'failed', 'pending', 'read'] as const),
    scheduledTimestamp: v.number('scheduledTimestamp', { min: 0 }),
    subject: v.string('subject'),
    emailFrom: v.string('emailFrom'),
    emailCc: v.stringArray('emailCc'),
    emailBcc: v.stringArray('emailBcc'),
  };
  const accepted = ['appointmentId', 'replyMessageId', 'templateId', 'threadId', 'customSubtypeId', 'fromNumber'];
  for (const name of accepted) v.string(name);
  v.oneOf('emailReplyMode', ['reply', 'reply_all']);
  v.custom('forward', (value) => (isRecord(value) ? [] : ['forward must be an object']));
  v.boolean('usesNativeSchedulingAi');
  v.oneOf('optimizationPeriod', ['24h', '48h', '72h']);
  v.check();
  return { channel: CHANNELS[type], ...fields };
}

/**
 * An SMS may leave out conversationProviderId: GHL's conversation-provider guide says the default
 * SMS provider needs none (declared in openapi/overrides.ts). Email addressing is accepted and not
 * kept, as for sent messages.
 */
/** ProcessOutboundMessageBodyDto: a call a custom provider placed, recorded in its conversation. */
export function readOutboundCall(body: unknown): {
  conversationId: string;
  conversationProviderId: string;
  attachments?: string[];
  date?: string;
  call?: { to?: string; from?: string; status?: CallStatus };
} {
  const v = Validator.body(body);
  v.oneOf('type', ['Call'] as const, { required: true });
  const fields = {
    attachments: v.stringArray('attachments'),
    conversationId: v.string('conversationId', { required: true }),
    conversationProviderId: v.string('conversationProviderId', { required: true }),
    date: v.isoDate('date'),
    call: v.custom<{ to?: string; from?: string; status?: CallStatus }>('call', (value) =>
      shapeProblems('call', value, { to: rule.string, from: rule.string, status: rule.oneOf(CALL_STATUSES) }),
    ),
  };
  v.string('altId');
  v.check();
  return fields;
}

/** UpdateMessageStatusDto: a custom provider reporting what became of a message it carried. */
export function readMessageStatus(body: unknown): { status: 'delivered' | 'failed' | 'pending' | 'read' } {
  const v = Validator.body(body);
  const status = v.oneOf('status', ['delivered', 'failed', 'pending', 'read'] as const, { required: true });
  v.custom('error', (value) => shapeProblems('error', value, { code: rule.string, type: rule.string, message: rule.string }));
  v.string('emailMessageId');
  v.stringArray('recipients');
  v.check();
  return { status };
}

export function readInboundMessage(body: unknown): InboundMessageInput {
  const v = Validator.body(body);
  const type = v.oneOf('type', INBOUND_TYPES, { required: true });
  const fields = {
    attachments: v.stringArray('attachments'),
    message: v.string('message'),
    conversationId: v.string('conversationId', { required: true }),
    contactId: v.string('contactId', { required: true }),
    conversationProviderId: v.string('conversationProviderId', { required: type !== 'SMS' }),
    html: v.string('html'),
  };
  for (const name of ['subject', 'emailFrom', 'emailTo', 'emailMessageId', 'altId']) v.string(name);
  v.stringArray('emailCc');
  v.stringArray('emailBcc');
  const direction = v.oneOf('direction', ['inbound', 'outbound'] as const);
  const date = v.isoDate('date');
  const call = v.custom<InboundMessageInput['call']>('call', (value) =>
    shapeProblems('call', value, { to: rule.string, from: rule.string, status: rule.oneOf(CALL_STATUSES) }),
  );
  v.check();
  return { channel: CHANNELS[type], isCall: CALL_TYPES.has(type), ...fields, direction, date, call };
}
