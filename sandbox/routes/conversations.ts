/**
 * Conversations (conversations.json, Version 2021-04-15): the inbox search, and one conversation
 * by id to read, mark read or starred, delete or create. Location tokens only: the spec's
 * `bearer` security means a sub-account token. Messages are in messages.ts.
 */
import type { Principal } from '../auth/tokens.ts';
import { startConversation } from '../model/conversation-thread.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { Contact, Conversation } from '../model/index.ts';
import { MESSAGE_TYPES } from '../model/conversations.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { conversationChanges } from '../webhooks/events.ts';
import { created, ok, requireLocation, V2021_04_15 } from './common.ts';
import { byIdView, createdView, dtoView, searchItem } from './conversation-views.ts';

const CONVERSATIONS = { versions: V2021_04_15, tokens: 'location' } as const;

const SORT_BY = ['last_manual_message_date', 'last_message_date', 'score_profile', 'overdue_at', 'due_at'] as const;

export const conversationRoutes: Route[] = [
  route('GET', '/conversations/search', CONVERSATIONS, searchConversations),
  route('GET', '/conversations/{conversationId}', CONVERSATIONS, ({ store, principal, params }) =>
    ok(byIdView(requireConversation(store, principal, params.conversationId))),
  ),
  route('PUT', '/conversations/{conversationId}', CONVERSATIONS, updateConversation),
  route('DELETE', '/conversations/{conversationId}', CONVERSATIONS, ({ store, principal, params }) => {
    store.deleteConversation(requireConversation(store, principal, params.conversationId).id);
    return ok({ success: true });
  }),
  route('POST', '/conversations/', CONVERSATIONS, createConversation),
  // An agent typing in a live chat: the widget shows it to the visitor; nothing is stored.
  route('POST', '/conversations/providers/live-chat/typing', CONVERSATIONS, ({ body, store, principal }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    v.boolean('isTyping', { required: true });
    v.string('visitorId', { required: true });
    const conversationId = v.string('conversationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    if (store.conversations.get(conversationId)?.locationId !== locationId) throw ghlErrors.badRequest('Conversation not found');
    return created({ success: true });
  }),
];

/** Records are looked up first (404), then checked against the token's location (403). */
export function requireConversation(store: SandboxStore, principal: Principal, conversationId: string): Conversation {
  const conversation = store.conversations.get(conversationId);
  if (!conversation) throw ghlErrors.notFound('Conversation');
  requireLocation(store, principal, conversation.locationId);
  return conversation;
}

/**
 * Newest first by default. `startAfterDate` is the sort value (epoch ms) of the previous page's
 * last conversation, as GHL pages: a value alone, so the seed keeps lastMessageDate unique per
 * location. The sandbox keeps no scores or due dates: those sorts order by last message date.
 * `followers`, `mentions` and the score filters match nothing the sandbox stores and are ignored.
 */
function searchConversations({ query, store, principal }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId');
  const assignedTo = v.string('assignedTo')?.split(',');
  const search = v.string('query')?.toLowerCase();
  const direction = v.oneOf('sort', ['asc', 'desc']) === 'asc' ? 1 : -1;
  const sortBy = v.oneOf('sortBy', SORT_BY);
  const startAfterDate = v.number('startAfterDate', { min: 0 });
  const id = v.string('id');
  const limit = v.number('limit', { min: 1, max: 100 }) ?? 20;
  const lastMessageType = v.oneOf('lastMessageType', MESSAGE_TYPES);
  const lastMessageAction = v.oneOf('lastMessageAction', ['automated', 'manual']);
  const lastMessageDirection = v.oneOf('lastMessageDirection', ['inbound', 'outbound']);
  const status = v.oneOf('status', ['all', 'read', 'unread', 'starred', 'recents']);
  const startDate = v.number('startDate', { min: 0 });
  const endDate = v.number('endDate', { min: 0 });
  v.check();
  requireLocation(store, principal, locationId);

  const sortValue = ({ lastManualMessageDate, lastMessageDate }: Conversation) =>
    Date.parse(sortBy === 'last_manual_message_date' ? (lastManualMessageDate ?? lastMessageDate) : lastMessageDate);
  const matching = store
    .conversationsOfLocation(locationId)
    .filter((conversation) => {
      const added = Date.parse(conversation.dateAdded);
      return (
        (contactId === undefined || conversation.contactId === contactId) &&
        (id === undefined || conversation.id === id) &&
        (assignedTo === undefined || assignedTo.includes(conversation.assignedTo ?? 'unassigned')) &&
        (lastMessageType === undefined || conversation.lastMessageType === lastMessageType) &&
        (lastMessageAction === undefined || conversation.lastOutboundMessageAction === lastMessageAction) &&
        (lastMessageDirection === undefined || conversation.lastMessageDirection === lastMessageDirection) &&
        (startDate === undefined || added >= startDate) &&
        (endDate === undefined || added <= endDate) &&
        matchesStatus(conversation, status)
      );
    })
    .map((conversation) => ({ conversation, contact: store.contacts.get(conversation.contactId) }))
    .filter((found): found is { conversation: Conversation; contact: Contact } => found.contact !== undefined)
    .filter(({ contact }) => search === undefined || matchesSearch(contact, search))
    .sort(
      ({ conversation: a }, { conversation: b }) => direction * (sortValue(a) - sortValue(b)) || (a.id < b.id ? -1 : 1),
    );
  const page = matching
    .filter(({ conversation }) => startAfterDate === undefined || direction * (sortValue(conversation) - startAfterDate) > 0)
    .slice(0, limit);

  return ok({ conversations: page.map(({ conversation, contact }) => searchItem(conversation, contact)), total: matching.length });
}

/** "recents" is the web app's default tab: every conversation, newest first. */
function matchesStatus(conversation: Conversation, status: string | undefined): boolean {
  switch (status) {
    case 'read':
      return conversation.unreadCount === 0;
    case 'unread':
      return conversation.unreadCount > 0;
    case 'starred':
      return conversation.starred;
    default:
      return true;
  }
}

/** A case-insensitive substring of the contact's name, email or phone. */
function matchesSearch(contact: Contact, search: string): boolean {
  return [contact.fullNameLowerCase, contact.emailLowerCase, contact.phone].some((field) => field?.includes(search));
}

/**
 * UpdateConversationDto takes the read state (`unreadCount: 0` marks a conversation read) and the
 * star. It has no assignedTo: GHL assigns conversations through their contact.
 */
function updateConversation({ body, store, principal, params, emit }: RequestContext<{ conversationId: string }>): ApiResult {
  const conversation = requireConversation(store, principal, params.conversationId);
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const unreadCount = v.number('unreadCount', { min: 0 });
  const starred = v.boolean('starred');
  // Feedback on GHL's AI suggestions: accepted, with nothing in the sandbox to apply it to.
  v.custom('feedback', (value) => (isRecord(value) ? [] : ['feedback must be an object']));
  v.check();
  requireLocation(store, principal, locationId);

  const updated = store.conversations.insert({
    ...conversation,
    ...(unreadCount !== undefined && { unreadCount: Math.floor(unreadCount) }),
    ...(starred !== undefined && { starred }),
    dateUpdated: new Date().toISOString(),
  });
  emit(...conversationChanges(conversation, updated));
  return ok({ success: true, conversation: dtoView(updated) });
}

/** GHL keeps one conversation per contact, and answers a second with the one that exists. */
function createConversation({ body, store, principal }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  v.check();
  requireLocation(store, principal, locationId);
  const contact = store.contacts.get(contactId);
  if (contact?.locationId !== locationId) throw ghlErrors.badRequest('Contact not found');
  const existing = store.conversationOfContact(contact.id);
  if (existing) throw new GhlError(400, 'Conversation already exists', { conversationId: existing.id });
  return created({ success: true, conversation: createdView(startConversation(store, contact)) });
}
