/** Conversations and messages, end to end against the sandbox. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Conversation, Message, User } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { ConversationsInboxPageQuery, ConversationsMessagesPageQuery, SendMessageInput } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { type GqlResponse, useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.gateway.client.stats.reset());

const rest = <T>(method: string, path: string, body?: unknown) =>
  ghlRest<T>(stack.sandbox, stack.token, method, path, body);
/** GHL nests the page under `messages`; the spec does not. Either way, the list. */
const restMessages = async (conversationId: string, query = '') => {
  const { body } = await rest<{ messages: Message[] | { messages: Message[] } }>('GET', `/conversations/${conversationId}/messages?limit=100${query}`);
  return Array.isArray(body.messages) ? body.messages : body.messages.messages;
};
/** What these tests read of a conversation in GHL's inbox search. */
type ConversationItem = Pick<Conversation, 'id' | 'contactId' | 'assignedTo'>;
const searchConversations = async (limit: number) =>
  (await rest<{ conversations: ConversationItem[] }>('GET', `/conversations/search?locationId=${stack.locationId}&limit=${limit}`)).body.conversations;
const codes = (r: GqlResponse<unknown>) => r.errors?.map((e) => e.extensions?.['code']);
const firstConversation = async () => (await searchConversations(1))[0]!;
const SEND = graphql(`mutation ConversationsSend($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId } }`);

describe('reading', () => {
  it('searches the inbox with the embedded contact and no contact calls', async () => {
    const stored = await searchConversations(20);
    const { data, errors } = await stack.gql(graphql(`query ConversationsInboxWithContacts { conversations(first: 20) { totalCount edges { node {
      ghlId contactId unreadCount lastMessageBody lastMessageType contact { ghlId name email phone } } } } }`));
    expect(errors).toBeUndefined();
    const nodes = data.conversations!.edges.map((e) => e.node);
    expect(nodes.map((n) => n.ghlId)).toEqual(stored.map((c) => c.id));
    for (const node of nodes) expect(node.contact!.ghlId).toBe(node.contactId);
    expect(stack.gateway.client.stats.count('getContact')).toBe(0);
  });

  it('pages through the inbox with no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: GqlResponse<ConversationsInboxPageQuery> = await stack.gql(graphql(`query ConversationsInboxPage($after: String) { conversations(first: 25, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }`), { after });
      expect(r.errors).toBeUndefined();
      const conversations = r.data.conversations!;
      seen.push(...conversations.edges.map((e) => e.node.ghlId));
      if (!conversations.pageInfo.hasNextPage) break;
      after = conversations.pageInfo.endCursor ?? null;
    }
    expect(seen.length).toBeGreaterThan(25);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages through the messages of a conversation, newest first, as GHL stores them', async () => {
    const conversation = await firstConversation();
    const stored = await restMessages(conversation.id);
    type MessagesPage = NonNullable<NonNullable<ConversationsMessagesPageQuery['conversation']>['messages']>;
    const seen: MessagesPage['edges'][number]['node'][] = [];
    let after: string | null = null;
    do {
      const r: GqlResponse<ConversationsMessagesPageQuery> = await stack.gql(
        graphql(`query ConversationsMessagesPage($id: ID!, $after: String) { conversation(id: $id) { messages(first: 3, after: $after) {
           pageInfo { hasNextPage endCursor } edges { node { ghlId body direction type createdAt dateAdded conversationId } } } } }`),
        { id: conversation.id, after },
      );
      expect(r.errors).toBeUndefined();
      const messages: MessagesPage = r.data.conversation!.messages!;
      seen.push(...messages.edges.map((e) => e.node));
      after = messages.pageInfo.hasNextPage ? (messages.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(seen.map((m) => m.ghlId)).toEqual(stored.map((m) => m.id));
    expect(seen.map((m) => m.createdAt)).toEqual(stored.map((m) => new Date(m.dateAdded).toISOString()));
    // The deprecated alias reads the same date (docs/schema-guide.md).
    expect(seen.map((m) => m.dateAdded)).toEqual(seen.map((m) => m.createdAt));
    expect(seen.every((m) => m.conversationId === conversation.id && ['INBOUND', 'OUTBOUND'].includes(m.direction ?? ''))).toBe(true);
  });

  it('links a message to its conversation and contact, and a contact to its conversations', async () => {
    const conversation = await firstConversation();
    const message = (await restMessages(conversation.id))[0]!;
    const { data, errors } = await stack.gql(
      graphql(`query ConversationsMessageLinks($m: ID!, $c: ID!) {
        message(id: $m) { ghlId conversation { ghlId } contact { ghlId } }
        contact(id: $c) { conversations { edges { node { ghlId } } } }
      }`),
      { m: message.id, c: conversation.contactId },
    );
    expect(errors).toBeUndefined();
    expect(data.message).toEqual({ ghlId: message.id, conversation: { ghlId: conversation.id }, contact: { ghlId: conversation.contactId } });
    expect(data.contact!.conversations!.edges.map((e) => e.node.ghlId)).toContain(conversation.id);
  });
});

describe('writing', () => {
  it('marks a conversation read and unread and stars it; the sandbox follows', async () => {
    const conversation = await firstConversation();
    const read = await stack.gql(graphql(`mutation ConversationsMarkReadStarred($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) {
      conversation { read unreadCount starred } } }`), { id: conversation.id });
    expect(read.errors).toBeUndefined();
    expect(read.data.updateConversation.conversation).toEqual({ read: true, unreadCount: 0, starred: true });
    // The spec nests the conversation under `conversation`; GHL serves it flat.
    const stored = (await rest<Partial<Conversation> & { conversation?: Conversation }>('GET', `/conversations/${conversation.id}`)).body;
    expect(stored.conversation ?? stored).toMatchObject({ unreadCount: 0, starred: true });

    const unread = await stack.gql(graphql(`mutation ConversationsMarkUnread($id: ID!) { updateConversation(id: $id, input: { read: false }) { conversation { read } } }`), {
      id: conversation.id,
    });
    expect(unread.data.updateConversation.conversation!.read).toBe(false);
  });

  it('assigns a conversation through its contact, as GHL does', async () => {
    const conversation = await firstConversation();
    const users = (await rest<{ users: User[] }>('GET', `/users/?locationId=${stack.locationId}`)).body.users;
    const user = users.find((u) => u.id !== conversation.assignedTo)!;
    const assigned = await stack.gql(graphql(`mutation ConversationsAssign($id: ID!, $u: ID!) { updateConversation(id: $id, input: { assignedTo: $u }) {
      conversation { assignedTo assignedUser { ghlId } contact { assignedTo } } } }`), { id: conversation.id, u: user.id });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.updateConversation.conversation).toEqual({ assignedTo: user.id, assignedUser: { ghlId: user.id }, contact: { assignedTo: user.id } });
    expect((await rest<{ contact: Contact }>('GET', `/contacts/${conversation.contactId}`)).body.contact.assignedTo).toBe(user.id);
  });

  it('sends an SMS and an email that appear newest in the conversation', async () => {
    const conversation = await firstConversation();
    const sms = await stack.gql(
      graphql(`mutation ConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: "See you at 10" }) {
         messageGhlId message { body type direction } conversation { ghlId } } }`),
      { c: conversation.contactId },
    );
    expect(sms.errors).toBeUndefined();
    expect(sms.data.sendMessage.message).toEqual({ body: 'See you at 10', type: 'SMS', direction: 'OUTBOUND' });

    const email = await stack.gql(
      graphql(`mutation ConversationsSendEmail($c: ID!) { sendMessage(input: { contactId: $c, channel: EMAIL, subject: "Your quote", html: "<p>Attached</p>" }) {
         messageGhlId message { type } } }`),
      { c: conversation.contactId },
    );
    expect(email.errors).toBeUndefined();
    expect(email.data.sendMessage.message!.type).toBe('EMAIL');
    const ids = (await restMessages(sms.data.sendMessage.conversation!.ghlId)).map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual([email.data.sendMessage.messageGhlId, sms.data.sendMessage.messageGhlId]);
  });

  it('replies to a message in its email thread, scheduled, as GHL documents the send call', async () => {
    const conversation = await firstConversation();
    const last = (await restMessages(conversation.id))[0]!;
    const reply = await stack.gql(
      graphql(`mutation ConversationsSendReply($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId message { type } } }`),
      {
        input: {
          contactId: conversation.contactId, channel: 'EMAIL', subject: 'Re: your quote', html: '<p>Thanks</p>',
          replyMessageId: last.id, threadId: last.id, emailReplyMode: 'REPLY_ALL', templateId: 'tmpl1',
          scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    );
    // The sandbox checks the body as GHL documents it: scheduledTimestamp a number, emailReplyMode reply or reply_all.
    expect(reply.errors).toBeUndefined();
    expect(reply.data.sendMessage.message!.type).toBe('EMAIL');

    const wrongId = await stack.gql(
      SEND,
      { input: { contactId: conversation.contactId, channel: 'SMS', message: 'hi', replyMessageId: Buffer.from('Contact:abc').toString('base64') } },
    );
    expect(wrongId.errors?.[0]).toMatchObject({ message: 'replyMessageId must be a Message id, not a Contact id', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('records an inbound message, which makes the conversation unread', async () => {
    const conversation = await firstConversation();
    await stack.gql(graphql(`mutation ConversationsMarkRead($id: ID!) { updateConversation(id: $id, input: { read: true }) { conversation { read } } }`), {
      id: conversation.id,
    });
    const inbound = await stack.gql(
      graphql(`mutation ConversationsAddInboundSms($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: "Running late" }) {
         message { body direction } conversation { read unreadCount } } }`),
      { id: conversation.id },
    );
    expect(inbound.errors).toBeUndefined();
    expect(inbound.data.addInboundMessage.message).toEqual({ body: 'Running late', direction: 'INBOUND' });
    expect(inbound.data.addInboundMessage.conversation!.read).toBe(false);
    expect((await restMessages(conversation.id))[0]!.body).toBe('Running late');
  });

  it('records an inbound email with its copies and Message-ID, as GHL documents the inbound call', async () => {
    const conversation = await firstConversation();
    const inbound = await stack.gql(
      graphql(`mutation ConversationsAddInbound($input: InboundMessageInput!) { addInboundMessage(input: $input) { message { type direction } } }`),
      {
        input: {
          conversationId: conversation.id, channel: 'EMAIL', conversationProviderId: 'provider1', subject: 'Quote', html: '<p>Yes</p>',
          emailCc: ['office@example.com'], emailBcc: ['archive@example.com'], emailMessageId: '<abc@mail.example.com>',
        },
      },
    );
    // The sandbox checks the body as GHL documents it: emailCc and emailBcc lists of strings, emailMessageId a string.
    expect(inbound.errors).toBeUndefined();
    expect(inbound.data.addInboundMessage.message).toEqual({ type: 'EMAIL', direction: 'INBOUND' });
  });

  it('refuses an email without a subject, or an SMS without text, before any call', async () => {
    const conversation = await firstConversation();
    const sent = stack.sandbox.requests.count();
    const refused: Omit<SendMessageInput, 'contactId'>[] = [
      { channel: 'EMAIL', html: '<p>Hi</p>' },
      { channel: 'SMS', message: '  ' },
      { channel: 'EMAIL', subject: 'x', html: 'y', emailFrom: 'nope' },
      { channel: 'SMS', message: 'hi', toNumber: 'call me' },
    ];
    for (const input of refused) {
      const r = await stack.gql(SEND, { input: { contactId: conversation.contactId, ...input } });
      expect(codes(r), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
    }
    expect(stack.sandbox.requests.count()).toBe(sent);
  });
});
