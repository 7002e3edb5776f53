/**
 * The conversations API (conversations.json, Version 2021-04-15): one thread per contact and
 * channel family, and the messages in it.
 */
import { define, fromSpec, type DownloadedFile } from '../operation.ts';

/** `messageType` values of the official spec, as GHL sends them. */
export const messageTypes = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_SMS_REVIEW_REQUEST', 'TYPE_WEBCHAT', 'TYPE_SMS_NO_SHOW_REQUEST',
  'TYPE_CAMPAIGN_SMS', 'TYPE_CAMPAIGN_CALL', 'TYPE_CAMPAIGN_EMAIL', 'TYPE_CAMPAIGN_VOICEMAIL', 'TYPE_FACEBOOK',
  'TYPE_CAMPAIGN_FACEBOOK', 'TYPE_CAMPAIGN_MANUAL_CALL', 'TYPE_CAMPAIGN_MANUAL_SMS', 'TYPE_GMB', 'TYPE_CAMPAIGN_GMB',
  'TYPE_REVIEW', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP', 'TYPE_CUSTOM_SMS', 'TYPE_CUSTOM_EMAIL', 'TYPE_CUSTOM_PROVIDER_SMS',
  'TYPE_CUSTOM_PROVIDER_EMAIL', 'TYPE_IVR_CALL', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT',
  'TYPE_ACTIVITY_OPPORTUNITY', 'TYPE_LIVE_CHAT', 'TYPE_LIVE_CHAT_INFO_MESSAGE', 'TYPE_ACTIVITY_APPOINTMENT',
  'TYPE_FACEBOOK_COMMENT', 'TYPE_INSTAGRAM_COMMENT', 'TYPE_CUSTOM_CALL', 'TYPE_INTERNAL_COMMENT',
  'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG', 'TYPE_TIKTOK', 'TYPE_TIKTOK_COMMENT', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION',
  'TYPE_SMS_REACTION',
] as const;

/** Conversation `type` values of the official spec. */
export const conversationTypes = ['TYPE_PHONE', 'TYPE_EMAIL', 'TYPE_FB_MESSENGER', 'TYPE_REVIEW', 'TYPE_GROUP_SMS'] as const;


export interface GhlConversation {
  id: string;
  contactId: string;
  /** Real search results sometimes leave it out: the resolvers fill in the location searched. */
  locationId?: string;
  /** Search results embed these contact fields. */
  fullName?: string | null;
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  companyName?: string | null;
  tags?: string[];
  lastMessageBody?: string | null;
  lastMessageType?: string | null;
  lastMessageDate?: number | string | null;
  lastMessageDirection?: string | null;
  type?: string | number | null;
  unreadCount?: number | null;
  assignedTo?: string | null;
  starred?: boolean;
  inbox?: boolean;
  deleted?: boolean;
  dateAdded?: number | string | null;
  dateUpdated?: number | string | null;
}

export interface GhlMessage {
  id: string;
  type?: number;
  messageType?: string | null;
  locationId?: string;
  contactId?: string | null;
  /** Real message pages sometimes leave it out: the resolvers fill in the conversation listed. */
  conversationId?: string;
  dateAdded?: string | null;
  body?: string | null;
  direction?: string | null;
  status?: string | null;
  contentType?: string | null;
  attachments?: string[];
  meta?: Record<string, unknown>;
  source?: string | null;
  userId?: string | null;
}

/** GetEmailMessageResponseDto: an email message with its headers; its message is `threadId`. */
export interface GhlEmailMessage {
  id: string;
  threadId?: string | null;
  locationId?: string | null;
  contactId?: string | null;
  conversationId?: string | null;
  dateAdded?: string | null;
  subject?: string | null;
  body?: string | null;
  direction?: string | null;
  status?: string | null;
  contentType?: string | null;
  attachments?: string[];
  provider?: string | null;
  from?: string | null;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  replyToMessageId?: string | null;
  source?: string | null;
}

/** One sentence of a call's transcription (GetMessageTranscriptionResponseDto): times in seconds from its start. */
export interface GhlTranscriptSentence {
  mediaChannel?: number | null;
  sentenceIndex?: number | null;
  startTime?: number | null;
  endTime?: number | null;
  transcript?: string | null;
  confidence?: number | null;
}

export interface GhlMessagesPage {
  lastMessageId?: string | null;
  nextPage?: boolean;
  messages: GhlMessage[];
}

/**
 * A location's custom message subtype (Preference Management), such as a newsletter a contact can
 * leave on its own. The file declares no answer schema: every field but the id is optional.
 */
export interface GhlCustomSubtype {
  id: string;
  locationId?: string | null;
  name?: string | null;
  description?: string | null;
  channel?: string | null;
  language?: string | null;
  archived?: boolean | null;
  dateAdded?: string | null;
  dateUpdated?: string | null;
}

/** One email's subscription to one subtype: the default "One on One" emails by name, a custom subtype by id. */
export interface GhlEmailSubscription {
  email?: string | null;
  type?: string | null;
  subtypeId?: string | null;
  subtypeName?: string | null;
  status?: string | null;
  dateUpdated?: string | null;
}

/** UploadFilesResponseDto and CompleteFileUploadResponseDto: each file's name and the URL GHL serves it at. */
export interface GhlUploadedFiles {
  uploadedFiles?: Record<string, unknown> | null;
}

/** InitiateFileUploadResponseDto: where to PUT the file, and what to complete it with. */
export interface GhlFileUploadStarted {
  uploadUrl: string;
  uploadId: string;
  filePath: string;
  /** Unix milliseconds. */
  expiresAt?: number | null;
  maxFileSize?: number | null;
}

export const conversationOperations = {
  searchConversations: define<{ conversations: GhlConversation[]; total?: number }>()({
    lists: { conversations: 'records' },
    ...fromSpec('conversationsSearchConversation'),
    location: { in: 'query', name: 'locationId' },
  }),
  getConversation: define<GhlConversation & { conversation?: GhlConversation }>()({
    ...fromSpec('conversationsGetConversation'),
    location: 'none',
  }),
  updateConversation: define<{ success: boolean; conversation: GhlConversation }>()({
    ...fromSpec('conversationsUpdateConversation'),
    location: { in: 'body', name: 'locationId' },
  }),
  // The spec puts the page at the top level; GHL itself nests it under `messages`.
  listMessages: define<GhlMessagesPage | { messages: GhlMessagesPage }>()({
    lists: { 'messages.messages': 'records' },
    ...fromSpec('conversationsGetMessages'),
    location: 'none',
  }),
  getMessage: define<GhlMessage & { message?: GhlMessage }>()({
    ...fromSpec('conversationsGetMessage'),
    location: 'none',
  }),
  sendMessage: define<{ conversationId: string; messageId: string; status?: string; msg?: string }>()({
    ...fromSpec('conversationsSendANewMessage'),
    location: 'none',
  }),
  addInboundMessage: define<{ success: boolean; conversationId: string; messageId: string; message?: string }>()({
    ...fromSpec('conversationsAddAnInboundMessage'),
    location: 'none',
  }),
  /** A call placed through a custom conversation provider, recorded in its conversation. */
  addOutboundCall: define<{ success: boolean; conversationId: string; messageId: string; message?: string }>()({
    ...fromSpec('conversationsAddAnOutboundMessage'),
    location: 'none',
  }),
  /** The location's public answer to a Google review, posted in the review's conversation. */
  sendReviewReply: define<{ conversationId: string; messageId: string; status?: string }>()({
    ...fromSpec('conversationsSendReviewReply'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** Replaces the files of a call a provider carried (its recording); GHL answers no body worth keeping. */
  setMessageAttachments: define<unknown>()({
    ...fromSpec('conversationsAddMessageAttachments'),
    location: 'none',
  }),
  /** Shows the visitor of a live chat that an agent is typing; GHL keeps nothing. */
  setLiveChatTyping: define<{ success: boolean }>()({
    ...fromSpec('conversationsLiveChatAgentTyping'),
    location: { in: 'body', name: 'locationId' },
    // Saying it twice shows the same indicator.
    idempotent: true,
  }),
  createConversation: define<{ success: boolean; conversation: { id: string } }>()({
    ...fromSpec('conversationsCreateConversation'),
    location: { in: 'body', name: 'locationId' },
  }),
  deleteConversation: define<{ success: boolean }>()({
    ...fromSpec('conversationsDeleteConversation'),
    location: 'none',
  }),
  /** What a custom conversation provider reports of a message it carried. */
  updateMessageStatus: define<{ conversationId: string; messageId: string; status?: string }>()({
    ...fromSpec('conversationsUpdateMessageStatus'),
    location: 'none',
  }),
  getEmailMessage: define<GhlEmailMessage>()({
    lists: { to: 'strings', cc: 'strings', bcc: 'strings', attachments: 'strings' },
    ...fromSpec('conversationsGetEmailById'),
    location: 'none',
  }),
  /** Every message of a location, paged by GHL's own cursor. */
  exportMessages: define<{ messages: GhlMessage[]; nextCursor?: string | null; total?: number }>()({
    lists: { messages: 'records', 'messages[].attachments': 'strings' },
    ...fromSpec('conversationsExportMessagesByLocation'),
    location: { in: 'query', name: 'locationId' },
  }),
  getMessageTranscription: define<GhlTranscriptSentence[]>()({
    lists: { '': 'records' },
    ...fromSpec('conversationsGetMessageTranscription'),
    location: { in: 'path', name: 'locationId' },
  }),
  /** A call's recording: GHL answers the audio itself (audio/x-wav), relayed by the gateway's /files/ route. */
  getMessageRecording: define<DownloadedFile>()({
    ...fromSpec('conversationsGetMessageRecording'),
    location: { in: 'path', name: 'locationId' },
  }),
  /** A call's transcription as a text file (text/plain): the same sentences getMessageTranscription answers as JSON. */
  downloadMessageTranscription: define<DownloadedFile>()({
    ...fromSpec('conversationsDownloadMessageTranscription'),
    location: { in: 'path', name: 'locationId' },
  }),
  cancelScheduledEmail: define<{ status?: number; message?: string }>()({
    ...fromSpec('conversationsCancelScheduledEmailMessage'),
    location: 'none',
  }),
  cancelScheduledMessage: define<{ status?: number; message?: string }>()({
    ...fromSpec('conversationsCancelScheduledMessage'),
    location: 'none',
  }),
  /** The file declares no answer schema; GHL answers the list under `subtypes`. */
  listCustomSubtypes: define<{ subtypes?: GhlCustomSubtype[] }>()({
    lists: { subtypes: 'records' },
    ...fromSpec('conversationsGetAllCustomSubtypes'),
    location: { in: 'query', name: 'locationId' },
  }),
  createCustomSubtype: define<{ subtype?: GhlCustomSubtype }>()({
    ...fromSpec('conversationsCreateCustomSubtype'),
    location: { in: 'query', name: 'locationId' },
  }),
  updateCustomSubtype: define<{ subtype?: GhlCustomSubtype }>()({
    ...fromSpec('conversationsUpdateCustomSubtype'),
    location: { in: 'query', name: 'locationId' },
  }),
  getEmailSubscriptions: define<{ contactId?: string; subscriptions?: GhlEmailSubscription[] }>()({
    lists: { subscriptions: 'records' },
    ...fromSpec('conversationsGetContactUnsubscriptionStatus'),
    location: { in: 'query', name: 'locationId' },
  }),
  changeEmailSubscription: define<{ success?: boolean }>()({
    ...fromSpec('conversationsUserSubscriptionChange'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** Files from URLs, re-hosted by GHL for a conversation's messages (multipart/form-data). */
  uploadConversationAttachments: define<GhlUploadedFiles & { twilioMediaSids?: string[] }>()({
    lists: { twilioMediaSids: 'strings' },
    ...fromSpec('conversationsUploadFileAttachments'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** A signed URL to PUT one large file to, valid 15 minutes. */
  startConversationFileUpload: define<GhlFileUploadStarted>()({
    ...fromSpec('conversationsInitiateFileUpload'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** The file PUT to its signed URL, checked and published. */
  completeConversationFileUpload: define<GhlUploadedFiles & { metadata?: { size?: number | null; contentType?: string | null } | null }>()({
    ...fromSpec('conversationsCompleteFileUpload'),
    location: { in: 'body', name: 'locationId' },
  }),
};
