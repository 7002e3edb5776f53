/**
 * Conversations and their messages (conversations.json). A conversation is stored once and each
 * operation renders the shape its response schema names (../routes/conversation-views.ts): the spec
 * gives the same conversation three shapes, with `type` a string in one and a number in another.
 */

/**
 * The messageType enum, in the order of GHL's numeric message `type`: the spec's own text pins
 * TYPE_CALL to 1, TYPE_EMAIL to 3 and TYPE_CAMPAIGN_VOICEMAIL to 10, which is this order.
 */
const NUMBERED_MESSAGE_TYPES = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_EMAIL', 'TYPE_SMS_REVIEW_REQUEST', 'TYPE_WEBCHAT', 'TYPE_SMS_NO_SHOW_REQUEST',
  'TYPE_CAMPAIGN_SMS', 'TYPE_CAMPAIGN_CALL', 'TYPE_CAMPAIGN_EMAIL', 'TYPE_CAMPAIGN_VOICEMAIL', 'TYPE_FACEBOOK',
  'TYPE_CAMPAIGN_FACEBOOK', 'TYPE_CAMPAIGN_MANUAL_CALL', 'TYPE_CAMPAIGN_MANUAL_SMS', 'TYPE_GMB', 'TYPE_CAMPAIGN_GMB',
  'TYPE_REVIEW', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP', 'TYPE_CUSTOM_SMS', 'TYPE_CUSTOM_EMAIL', 'TYPE_CUSTOM_PROVIDER_SMS',
  'TYPE_CUSTOM_PROVIDER_EMAIL', 'TYPE_IVR_CALL', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT',
  'TYPE_ACTIVITY_OPPORTUNITY', 'TYPE_LIVE_CHAT', 'TYPE_LIVE_CHAT_INFO_MESSAGE', 'TYPE_ACTIVITY_APPOINTMENT',
  'TYPE_FACEBOOK_COMMENT', 'TYPE_INSTAGRAM_COMMENT', 'TYPE_CUSTOM_CALL', 'TYPE_INTERNAL_COMMENT',
  'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG', 'TYPE_TIKTOK', 'TYPE_TIKTOK_COMMENT', 'TYPE_ACTIVITY_WHATSAPP',
  'TYPE_FORM_SUBMISSION', 'TYPE_SMS_REACTION',
] as const;

export type MessageType = (typeof NUMBERED_MESSAGE_TYPES)[number] | 'TYPE_RCS';

export const MESSAGE_TYPES: readonly MessageType[] = [...NUMBERED_MESSAGE_TYPES, 'TYPE_RCS'];

/**
 * GHL's numeric message `type`. RCS joined the enum after the numbered list and the spec gives
 * it no number, so the sandbox gives it the next free one.
 */
export function messageTypeNumber(messageType: MessageType): number {
  return messageType === 'TYPE_RCS' ? NUMBERED_MESSAGE_TYPES.length + 1 : NUMBERED_MESSAGE_TYPES.indexOf(messageType) + 1;
}

/** In this order for GHL's numeric conversation `type` (get-conversation): 1 Phone, 2 Email, ... */
export const CONVERSATION_TYPES = ['TYPE_PHONE', 'TYPE_EMAIL', 'TYPE_FB_MESSENGER', 'TYPE_REVIEW', 'TYPE_GROUP_SMS'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export type MessageDirection = 'inbound' | 'outbound';

/** Who sent an outbound message: a user in the app or an integration (manual), or automation. */
export type MessageSource = 'workflow' | 'bulk_actions' | 'campaign' | 'api' | 'app';

/**
 * One thread per contact, as GHL keeps it. The last* fields summarise the newest message and are
 * only ever written by recordMessage (conversation-thread.ts), so they cannot drift from it.
 */
export interface Conversation {
  id: string;
  locationId: string;
  contactId: string;
  type: ConversationType;
  assignedTo?: string;
  unreadCount: number;
  starred: boolean;
  inbox: boolean;
  deleted: boolean;
  dateAdded: string;
  dateUpdated: string;
  /** The newest message's date; the creation date while there is none, as GHL sorts new threads first. */
  lastMessageDate: string;
  lastMessageBody?: string;
  lastMessageType?: MessageType;
  lastMessageDirection?: MessageDirection;
  /** The newest message that is not automated: inbound, or outbound from the app or the API. */
  lastManualMessageDate?: string;
  lastOutboundMessageAction?: 'manual' | 'automated';
  /** A review thread's (TYPE_REVIEW) review on Google My Business: what a review reply answers. */
  reviewId?: string;
}

export type MessageStatus =
  | 'connected' | 'delivered' | 'failed' | 'opened' | 'pending' | 'read' | 'scheduled' | 'sent' | 'undelivered'
  | 'clicked' | 'opt_out' | 'queued';

export type CallStatus = 'pending' | 'completed' | 'answered' | 'busy' | 'no-answer' | 'failed' | 'canceled' | 'voicemail';

/** GetMessageResponseDto (conversations.json), stored as served. */
export interface Message {
  id: string;
  type: number;
  messageType: MessageType;
  locationId: string;
  contactId: string;
  conversationId: string;
  dateAdded: string;
  body?: string;
  direction: MessageDirection;
  status?: MessageStatus;
  contentType: string;
  attachments: string[];
  /** MessageMeta: call details for calls, the thread's email ids for emails. */
  meta?: {
    callDuration?: number;
    callStatus?: CallStatus;
    email?: { messageIds: string[] };
  };
  source?: MessageSource;
  userId?: string;
  conversationProviderId?: string;
}

/**
 * What an email message's GetEmailMessageResponseDto holds beyond its message: headers the send
 * named. An email without (a seeded one) reads as from the location to the contact.
 */
export interface EmailHeaders {
  /** The email message id, as the message's meta.email.messageIds holds it. */
  id: string;
  subject?: string;
  from?: string;
  to?: string[];
  cc: string[];
  bcc: string[];
}
