/**
 * The shapes conversations.json gives one stored conversation, per operation. They disagree on
 * more than fields: search answers dates as epoch ms and `type` as 'TYPE_PHONE'; get-by-id
 * answers `type` as a number; update answers `lastMessageDate` as an epoch-ms string; create
 * answers ISO dates. Each is served as its schema says.
 */
import type { Contact, Conversation } from '../model/index.ts';
import { CONVERSATION_TYPES } from '../model/conversations.ts';
import { definedOnly } from '../http/validate.ts';

const epochMs = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/**
 * ConversationSchema (search-conversation) and the other fields GHL's search returns beside it,
 * with the contact's name, points of contact, company and tags copied in.
 */
export function searchItem(conversation: Conversation, contact: Contact) {
  return definedOnly({
    id: conversation.id,
    contactId: conversation.contactId,
    locationId: conversation.locationId,
    lastMessageBody: conversation.lastMessageBody,
    lastMessageType: conversation.lastMessageType,
    type: conversation.type,
    unreadCount: conversation.unreadCount,
    fullName: contact.name,
    contactName: contactName(contact),
    email: contact.email,
    phone: contact.phone,
    companyName: contact.companyName,
    tags: contact.tags,
    lastMessageDate: epochMs(conversation.lastMessageDate),
    lastMessageDirection: conversation.lastMessageDirection,
    lastManualMessageDate: epochMs(conversation.lastManualMessageDate),
    lastOutboundMessageAction: conversation.lastOutboundMessageAction,
    assignedTo: conversation.assignedTo,
    starred: conversation.starred,
    inbox: conversation.inbox,
    deleted: conversation.deleted,
    dateAdded: epochMs(conversation.dateAdded),
    dateUpdated: epochMs(conversation.dateUpdated),
  });
}

/** GetConversationByIdResponse (get-conversation). */
export function byIdView(conversation: Conversation) {
  return definedOnly({
    id: conversation.id,
    contactId: conversation.contactId,
    locationId: conversation.locationId,
    deleted: conversation.deleted,
    inbox: conversation.inbox,
    type: conversationTypeNumber(conversation),
    unreadCount: conversation.unreadCount,
    assignedTo: conversation.assignedTo,
    starred: conversation.starred,
  });
}

/** ConversationDto (update-conversation). */
export function dtoView(conversation: Conversation) {
  return definedOnly({
    id: conversation.id,
    locationId: conversation.locationId,
    contactId: conversation.contactId,
    assignedTo: conversation.assignedTo,
    lastMessageBody: conversation.lastMessageBody,
    lastMessageDate: String(Date.parse(conversation.lastMessageDate)),
    lastMessageType: conversation.lastMessageType,
    unreadCount: conversation.unreadCount,
    inbox: conversation.inbox,
    starred: conversation.starred,
    deleted: conversation.deleted,
  });
}

/** ConversationCreateResponseDto (create-conversation). */
export function createdView(conversation: Conversation) {
  return definedOnly({
    id: conversation.id,
    dateUpdated: conversation.dateUpdated,
    dateAdded: conversation.dateAdded,
    deleted: conversation.deleted,
    contactId: conversation.contactId,
    locationId: conversation.locationId,
    lastMessageDate: conversation.lastMessageDate,
    assignedTo: conversation.assignedTo,
  });
}

/** "1 (Phone), 2 (Email), 3 (Facebook Messenger), 4 (Review), 5 (Group SMS)", per the spec. */
function conversationTypeNumber(conversation: Conversation): number {
  return CONVERSATION_TYPES.indexOf(conversation.type) + 1;
}

/** The name to show when there is no full name: the company, else the email or phone. */
function contactName(contact: Contact): string | undefined {
  return contact.name ?? contact.companyName ?? contact.email ?? contact.phone;
}
