import type { LimitFunction } from 'p-limit';
import type { GhlConversation, GhlCustomSubtype, GhlEmailMessage, GhlEmailSubscription, GhlMessage, GhlMessagesPage, GhlTranscriptSentence } from '../ghl/api/conversations.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** One page of one conversation's messages, newest first. */
export interface MessagesPageKey {
  conversationId: string;
  limit: number;
  /** Messages older than this one. */
  lastMessageId?: string | undefined;
  /** GHL's comma-separated `TYPE_*` filter. */
  type?: string | undefined;
}

export function conversationLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    conversation: perKey<string, GhlConversation>(limit, async (conversationId) => {
      const result = await ghl.call('getConversation', { path: { conversationId } });
      return result.conversation ?? result;
    }),
    messagesPage: perKey<MessagesPageKey, GhlMessagesPage>(
      limit,
      async ({ conversationId, ...query }) => {
        const result = await ghl.call('listMessages', { path: { conversationId }, query });
        // The spec puts the page at the top level; GHL itself nests it under `messages`.
        const page = Array.isArray(result.messages) ? (result as GhlMessagesPage) : (result.messages ?? { messages: [] });
        // Real pages hold the odd message without its conversation: it is the one listed. Only those
        // are copied; the others are used as parsed.
        const messages = (page.messages ?? []).map((message) => (message.conversationId ? message : { ...message, conversationId }));
        return { ...page, messages };
      },
      (key) => JSON.stringify([key.conversationId, key.limit, key.lastMessageId ?? '', key.type ?? '']),
    ),
    message: perKey<string, GhlMessage>(limit, async (id) => {
      const result = await ghl.call('getMessage', { path: { id } });
      return result.message ?? result;
    }),
    // GHL reads an email's headers by its email message id, one at a time: repeats share the call.
    emailMessage: perKey<string, GhlEmailMessage>(limit, (id) => ghl.call('getEmailMessage', { path: { id } })),
    // One call per call message: GHL reads a transcription by its message within its location.
    transcriptOfMessage: perKey<{ locationId: string; messageId: string }, GhlTranscriptSentence[]>(
      limit,
      ({ locationId, messageId }) => ghl.call('getMessageTranscription', { location: locationId, path: { messageId } }),
      (key) => `${key.locationId}/${key.messageId}`,
    ),
    // A location's custom message subtypes, one call per location however many records ask.
    customSubtypesOfLocation: perKey<string, Array<GhlCustomSubtype & { locationId: string }>>(limit, async (locationId) => {
      const { subtypes } = await ghl.call('listCustomSubtypes', { location: locationId });
      return (subtypes ?? []).map((subtype) => ({ ...subtype, locationId: subtype.locationId ?? locationId }));
    }),
    // Every email subscription of a contact; GHL reads them one contact at a time.
    emailSubscriptionsOfContact: perKey<{ locationId: string; contactId: string }, GhlEmailSubscription[]>(
      limit,
      async ({ locationId, contactId }) => (await ghl.call('getEmailSubscriptions', { location: locationId, query: { contactId } })).subscriptions ?? [],
      (key) => `${key.locationId}/${key.contactId}`,
    ),
  };
}
