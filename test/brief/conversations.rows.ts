/** The brief's Conversations examples. */
import { graphql } from '../generated/gql.ts';
import type { BriefContext, BriefRow } from './row.ts';

const CONVERSATION = 'tDtDnQdgm2LXpyiqYvZ6';

export const rows: BriefRow[] = [
  {
    brief: 'GET /conversations/search',
    operation: 'searchConversations',
    run: (b) => b.gql(graphql(`query BriefConversationsUnread { conversations(first: 20, status: UNREAD, sort: DESC) { edges { node { lastMessageBody unreadCount } } } }`)),
  },
  {
    brief: `GET /conversations/${CONVERSATION}`,
    operation: 'getConversation',
    run: async (b) => b.gql(graphql(`query BriefConversationsGet($id: ID!) { conversation(id: $id) { unreadCount starred } }`), { id: (await someConversation(b)).id }),
  },
  {
    brief: `PUT /conversations/${CONVERSATION}`,
    operation: 'updateConversation',
    run: async (b) =>
      b.gql(graphql(`mutation BriefConversationsUpdate($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) { conversation { starred } } }`), {
        id: (await someConversation(b)).id,
      }),
  },
  {
    brief: 'POST /conversations/messages',
    operation: 'sendMessage',
    run: async (b) =>
      b.gql(graphql(`mutation BriefConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: "Hi John, just following up" }) { messageGhlId } }`), {
        c: (await someConversation(b)).contactId,
      }),
  },
  {
    brief: 'POST /conversations/messages/inbound',
    operation: 'addInboundMessage',
    run: async (b) =>
      b.gql(graphql(`mutation BriefConversationsInbound($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: "Customer reply" }) { message { body } } }`), {
        id: (await someConversation(b)).id,
      }),
  },
];

async function someConversation(b: BriefContext): Promise<{ id: string; contactId: string }> {
  const data = await b.gql(graphql(`query BriefConversationsFirst { conversations(first: 1) { edges { node { id contactId } } } }`));
  return data.conversations!.edges[0]!.node;
}
