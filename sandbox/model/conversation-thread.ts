/**
 * A conversation's summary of its messages: GHL denormalises the newest message onto the
 * conversation (lastMessageBody, lastMessageDate, ...) and sorts and filters searches by it.
 * Seeding and every route that adds a message recompute it here from the messages themselves,
 * so it is right even for an inbound message back-dated with `date`. New threads start here too.
 */
import type { Contact, Conversation, Message, MessageSource } from './index.ts';
import { randomId } from '../random.ts';
import type { SandboxStore } from './store.ts';

const AUTOMATED_SOURCES: ReadonlySet<MessageSource | undefined> = new Set(['workflow', 'campaign', 'bulk_actions']);

/** Newest first, as get-messages lists them; messages of one instant by id, so pages are stable. */
export function compareNewestFirst(a: Message, b: Message): number {
  return Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function isAutomated(message: Message): boolean {
  return message.direction === 'outbound' && AUTOMATED_SOURCES.has(message.source);
}

/** The conversation with its last* fields taken from `messages` (all of its messages), sent ones only. */
export function summarizeThread(conversation: Conversation, messages: Message[]): Conversation {
  const {
    lastMessageBody: _body,
    lastMessageType: _type,
    lastMessageDirection: _direction,
    lastManualMessageDate: _manual,
    lastOutboundMessageAction: _action,
    ...rest
  } = conversation;
  // A message scheduled for later is in the thread, but not yet its last message.
  const sorted = messages.filter((message) => message.status !== 'scheduled').sort(compareNewestFirst);
  const newest = sorted[0];
  const lastManual = sorted.find((message) => !isAutomated(message));
  const lastOutbound = sorted.find((message) => message.direction === 'outbound');
  return {
    ...rest,
    lastMessageDate: newest?.dateAdded ?? conversation.dateAdded,
    ...(newest && {
      // A call has no body; GHL still sends the field, empty.
      lastMessageBody: newest.body ?? '',
      lastMessageType: newest.messageType,
      lastMessageDirection: newest.direction,
    }),
    ...(lastManual && { lastManualMessageDate: lastManual.dateAdded }),
    ...(lastOutbound && { lastOutboundMessageAction: isAutomated(lastOutbound) ? ('automated' as const) : ('manual' as const) }),
  };
}

/** Stores a message sent or received now and brings its conversation's summary up to date. */
export function addMessage(
  store: SandboxStore,
  conversation: Conversation,
  message: Message,
  changes: Partial<Conversation> = {},
): Conversation {
  store.messages.insert(message);
  const updated = { ...conversation, ...changes, dateUpdated: new Date().toISOString() };
  return store.conversations.insert(summarizeThread(updated, store.messagesOfConversation(conversation.id)));
}

/**
 * A contact's new, empty conversation: a phone thread unless email is the only way to reach them,
 * owned by whoever owns the contact.
 */
export function startConversation(store: SandboxStore, contact: Contact): Conversation {
  const now = new Date().toISOString();
  return store.conversations.insert({
    id: randomId(),
    locationId: contact.locationId,
    contactId: contact.id,
    type: contact.phone || !contact.email ? 'TYPE_PHONE' : 'TYPE_EMAIL',
    ...(contact.assignedTo && { assignedTo: contact.assignedTo }),
    unreadCount: 0,
    starred: false,
    inbox: true,
    deleted: false,
    dateAdded: now,
    dateUpdated: now,
    lastMessageDate: now,
  });
}
