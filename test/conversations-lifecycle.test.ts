/**
 * A conversation started and deleted, a message's delivery status reported, a scheduled message
 * cancelled, a custom provider's outbound call recorded, a Google review answered, emails read and cancelled, call transcripts, a location's messages, and a live chat typing indicator, end to end against the sandbox: each answer is the sandbox's truth, writes
 * read back, bad input is refused before any call, and every call validates against the file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack, type GqlResponse } from './support/stack.ts';
import type { ConversationsLocationMessagesQuery } from './generated/graphql.ts';

const stack = useStack();
beforeEach(() => stack.gateway.client.stats.reset());

const calls = () => stack.gateway.client.stats.count();
const store = () => stack.sandbox.store;
const contactsWithoutConversation = (): Contact[] =>
  store().contactsOfLocation(stack.locationId).filter((contact) => !store().conversationOfContact(contact.id) && contact.phone);

const CREATE = graphql(`
  mutation ConversationsCreate($contactId: ID!) {
    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }
  }
`);
const DELETE = graphql(`mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }`);
const SEND = graphql(`
  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {
    sendMessage(input: { contactId: $contactId, channel: SMS, message: "Reminder: see you tomorrow", scheduledAt: $at }) {
      messageGhlId message { status }
    }
  }
`);
const CANCEL = graphql(`mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }`);
const SET_STATUS = graphql(`
  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {
    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }
  }
`);

describe('conversations', () => {
  it('starts a contact’s conversation, and refuses a second one', async () => {
    const contact = contactsWithoutConversation()[0]!;
    const { data, errors } = await stack.gql(CREATE, { contactId: contact.id });
    expect(errors).toBeUndefined();
    const stored = store().conversationOfContact(contact.id)!;
    expect(data.createConversation.conversation).toEqual({ ghlId: stored.id, contact: { ghlId: contact.id } });
    const again = await stack.gql(CREATE, { contactId: contact.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes a conversation with its messages', async () => {
    const contact = contactsWithoutConversation()[1]!;
    await stack.gql(SEND, { contactId: contact.id });
    const conversation = store().conversationOfContact(contact.id)!;
    expect(store().messagesOfConversation(conversation.id)).toHaveLength(1);
    const { data, errors } = await stack.gql(DELETE, { id: conversation.id });
    expect(errors).toBeUndefined();
    expect(data.deleteConversation.deletedGhlId).toBe(conversation.id);
    expect(Buffer.from(data.deleteConversation.deletedId, 'base64').toString()).toBe(`Conversation:${conversation.id}`);
    expect(store().conversations.get(conversation.id)).toBeUndefined();
    expect(store().messagesOfConversation(conversation.id)).toEqual([]);
  });

  it('refuses another type’s id before any call', async () => {
    const contact = store().contactsOfLocation(stack.locationId)[0]!;
    expectError(await stack.gql(DELETE, { id: Buffer.from(`Contact:${contact.id}`).toString('base64') }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

describe('messages', () => {
  it('holds a message sent for later, and cancels it before it goes out', async () => {
    const contact = contactsWithoutConversation()[2]!;
    const sent = await stack.gql(SEND, { contactId: contact.id, at: new Date(Date.now() + 3_600_000).toISOString() });
    expect(sent.errors).toBeUndefined();
    const id = sent.data.sendMessage.messageGhlId;
    expect(sent.data.sendMessage.message?.status).toBe('scheduled');

    const { data, errors } = await stack.gql(CANCEL, { id });
    expect(errors).toBeUndefined();
    expect(data.cancelScheduledMessage.cancelledGhlId).toBe(id);
    expect(store().messages.get(id)).toBeUndefined();
    const twice = await stack.gql(CANCEL, { id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to cancel a message already sent', async () => {
    const contact = contactsWithoutConversation()[3]!;
    const sent = await stack.gql(SEND, { contactId: contact.id });
    const response = await stack.gql(CANCEL, { id: sent.data.sendMessage.messageGhlId });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(store().messages.get(sent.data.sendMessage.messageGhlId)?.status).toBe('delivered');
  });

  it('records the delivery status a provider reports, and reads it back', async () => {
    const contact = contactsWithoutConversation()[4]!;
    const sent = await stack.gql(SEND, { contactId: contact.id });
    const id = sent.data.sendMessage.messageGhlId;
    const { data, errors } = await stack.gql(SET_STATUS, { id, status: 'READ' });
    expect(errors).toBeUndefined();
    expect(data.updateMessageStatus).toEqual({ messageGhlId: id, message: { status: 'read' } });
    expect(store().messages.get(id)?.status).toBe('read');
  });
});

const OUTBOUND_CALL = graphql(`
  mutation ConversationsOutboundCall($input: OutboundCallInput!) {
    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }
  }
`);

const SET_ATTACHMENTS = graphql(`
  mutation ConversationsSetAttachments($id: ID!, $attachments: [URL!]!) {
    setMessageAttachments(id: $id, attachments: $attachments) { messageGhlId message { attachments } conversation { ghlId } }
  }
`);

describe('outbound calls', () => {
  it('sets the recording of a call a provider carried, and refuses it on another message', async () => {
    const isText = (message: { messageType: string }) => message.messageType === 'TYPE_SMS' || message.messageType === 'TYPE_EMAIL';
    const conversation = store().conversationsOfLocation(stack.locationId).find((candidate) => store().messagesOfConversation(candidate.id).some(isText))!;
    const call = await stack.gql(OUTBOUND_CALL, { input: { conversationId: conversation.id, conversationProviderId: 'provider-1', status: 'COMPLETED' } });
    const id = call.data.addOutboundCall.messageGhlId;
    const recording = 'https://provider.example.com/recordings/call-1.mp3';
    const { data, errors } = await stack.gql(SET_ATTACHMENTS, { id, attachments: [recording] });
    expect(errors).toBeUndefined();
    expect(data.setMessageAttachments).toEqual({ messageGhlId: id, message: { attachments: [recording] }, conversation: { ghlId: conversation.id } });
    expect(store().messages.get(id)?.attachments).toEqual([recording]);

    const sms = store().messagesOfConversation(conversation.id).find(isText)!;
    const refused = await stack.gql(SET_ATTACHMENTS, { id: sms.id, attachments: [recording] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(store().messages.get(sms.id)?.attachments).toEqual(sms.attachments);
    stack.gateway.client.stats.reset();
    const tooMany = Array.from({ length: 6 }, (_, index) => `https://provider.example.com/recordings/${index}.mp3`);
    expectError(await stack.gql(SET_ATTACHMENTS, { id, attachments: tooMany }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });

  it('records a call placed through a custom provider in its conversation', async () => {
    const conversation = store().conversationsOfLocation(stack.locationId)[0]!;
    const input = { conversationId: conversation.id, conversationProviderId: 'provider-1', to: '+14155550142', from: '+14155550143', status: 'NO_ANSWER' as const };
    const { data, errors } = await stack.gql(OUTBOUND_CALL, { input });
    expect(errors).toBeUndefined();
    const stored = store().messages.get(data.addOutboundCall.messageGhlId)!;
    expect(stored).toMatchObject({ conversationId: conversation.id, messageType: 'TYPE_CALL', direction: 'outbound', conversationProviderId: 'provider-1' });
    expect(data.addOutboundCall).toMatchObject({
      message: { type: 'CALL', direction: 'OUTBOUND', meta: { callStatus: 'no-answer' } },
      conversation: { ghlId: conversation.id },
    });
  });

  it('refuses an empty provider before any call', async () => {
    const conversation = store().conversationsOfLocation(stack.locationId)[0]!;
    expectError(await stack.gql(OUTBOUND_CALL, { input: { conversationId: conversation.id, conversationProviderId: ' ' } }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const SEND_EMAIL = graphql(`
  mutation LifecycleSendEmail($contactId: ID!, $at: DateTime) {
    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: "Your quote", html: "<p>Attached</p>", emailCc: ["cc@example.com"], scheduledAt: $at }) {
      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }
    }
  }
`);
const CANCEL_EMAIL = graphql(`mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }`);
const THREAD_EMAILS = graphql(`
  query ConversationsThreadEmails($id: ID!) {
    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }
  }
`);

describe('emails', () => {
  it('reads an email’s subject and recipients through its message, and cancels one sent for later', async () => {
    const reachable = (candidate: Contact) => !candidate.dnd && candidate.dndSettings?.Email?.status !== 'active';
    const contact = store()
      .contactsOfLocation(stack.locationId)
      .find((candidate) => candidate.email && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(candidate.email) && reachable(candidate) && !store().conversationOfContact(candidate.id))!;
    const sent = await stack.gql(SEND_EMAIL, { contactId: contact.id });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendMessage.message?.email).toMatchObject({
      subject: 'Your quote',
      to: [contact.email],
      cc: ['cc@example.com'],
      status: 'delivered',
      message: { ghlId: sent.data.sendMessage.messageGhlId },
    });

    const later = await stack.gql(SEND_EMAIL, { contactId: contact.id, at: new Date(Date.now() + 3_600_000).toISOString() });
    const email = later.data.sendMessage.message!.email!;
    expect(email.status).toBe('scheduled');
    const { data, errors } = await stack.gql(CANCEL_EMAIL, { id: email.ghlId });
    expect(errors).toBeUndefined();
    expect(Buffer.from(data.cancelScheduledEmail.cancelledId, 'base64').toString()).toBe(`EmailMessage:${email.ghlId}`);
    expect(store().messages.get(later.data.sendMessage.messageGhlId)).toBeUndefined();
  });

  it('reads the emails of a thread one call each, and nothing for other messages', async () => {
    const conversation = store()
      .conversationsOfLocation(stack.locationId)
      .find((candidate) => store().messagesOfConversation(candidate.id).filter((message) => message.messageType === 'TYPE_EMAIL').length >= 2)!;
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(THREAD_EMAILS, { id: conversation.id });
    expect(errors).toBeUndefined();
    const nodes = (data.conversation?.messages?.edges ?? []).map((edge) => edge.node);
    const emails = nodes.filter((node) => node.type === 'EMAIL');
    expect(emails.length).toBeGreaterThanOrEqual(2);
    for (const node of emails) expect(node.email?.ghlId).toBe((node.meta as { email: { messageIds: string[] } }).email.messageIds[0]);
    for (const node of nodes.filter((other) => other.type !== 'EMAIL')) expect(node.email).toBeNull();
    const contact = store().contacts.get(conversation.contactId)!;
    for (const node of emails) expect(node.email!.to.concat(node.email!.from ?? '')).toContain(contact.email);
    expect(stack.gateway.client.stats.count('getEmailMessage')).toBe(emails.length);
  });

  it('refuses another type’s id before any call', async () => {
    expectError(await stack.gql(CANCEL_EMAIL, { id: Buffer.from('Message:abc').toString('base64') }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const THREAD_CALLS = graphql(`
  query ConversationsThreadTranscripts($id: ID!) {
    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }
  }
`);

describe('call transcripts', () => {
  it('reads what was said on each connected call of a thread, null for the rest, one call per call message', async () => {
    const callsOf = (conversationId: string) => store().messagesOfConversation(conversationId).filter((message) => message.messageType === 'TYPE_CALL');
    const conversation = store()
      .conversationsOfLocation(stack.locationId)
      .find((candidate) => callsOf(candidate.id).some((call) => (call.meta?.callDuration ?? 0) > 0) && callsOf(candidate.id).length <= 10)!;
    stack.gateway.client.stats.reset();
    const { data, errors } = await stack.gql(THREAD_CALLS, { id: conversation.id });
    expect(errors).toBeUndefined();
    const nodes = (data.conversation?.messages?.edges ?? []).map((edge) => edge.node);
    const calls = nodes.filter((node) => node.type === 'CALL');
    for (const node of nodes.filter((other) => other.type !== 'CALL')) expect(node.transcript).toBeNull();
    for (const node of calls) {
      const duration = (node.meta as { callDuration?: number }).callDuration ?? 0;
      if (duration === 0) {
        expect(node.transcript).toBeNull();
        continue;
      }
      const sentences = node.transcript!;
      expect(sentences.map((sentence) => sentence.index)).toEqual(sentences.map((_, index) => index));
      expect(sentences.at(-1)!.endSecond).toBeCloseTo(duration, 1);
      expect(sentences.every((sentence) => sentence.text && sentence.confidence! > 0 && sentence.confidence! <= 1)).toBe(true);
    }
    expect(calls.some((node) => node.transcript)).toBe(true);
    expect(stack.gateway.client.stats.count('getMessageTranscription')).toBe(calls.length);
  });
});

const LOCATION_MESSAGES = graphql(`
  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {
    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }
    }
  }
`);

describe('a location’s messages', () => {
  it('pages through every SMS of the location, three at a time (below GHL’s smallest page), with no gap and no repeat', async () => {
    const truth = store()
      .messages.where((message) => message.locationId === stack.locationId && message.messageType === 'TYPE_SMS')
      .sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || (a.id < b.id ? 1 : -1))
      .slice(0, 25)
      .map((message) => message.id);
    const seen: string[] = [];
    let after: string | null = null;
    while (seen.length < truth.length) {
      const page: GqlResponse<ConversationsLocationMessagesQuery> = await stack.gql(LOCATION_MESSAGES, { first: 3, after, channel: 'SMS' });
      expect(page.errors).toBeUndefined();
      const connection = page.data.messages!;
      seen.push(...connection.edges.map((edge) => edge.node.ghlId));
      expect(connection.pageInfo.hasNextPage).toBe(true);
      after = connection.pageInfo.endCursor ?? null;
    }
    expect(seen.slice(0, truth.length)).toEqual(truth);
  });

  it('filters by contact, oldest first, with the total', async () => {
    const conversation = store().conversationsOfLocation(stack.locationId).find((candidate) => store().messagesOfConversation(candidate.id).length >= 3)!;
    const truth = store()
      .messages.where((message) => message.contactId === conversation.contactId)
      .sort((a, b) => Date.parse(a.dateAdded) - Date.parse(b.dateAdded) || (a.id < b.id ? -1 : 1));
    const { data, errors } = await stack.gql(LOCATION_MESSAGES, { first: 50, contactId: conversation.contactId, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(errors).toBeUndefined();
    expect(data.messages!.totalCount).toBe(truth.length);
    expect(data.messages!.edges.map((edge) => edge.node.ghlId)).toEqual(truth.map((message) => message.id).slice(0, 50));
  });

  it('refuses a cursor of another order before any call', async () => {
    const first = await stack.gql(LOCATION_MESSAGES, { first: 2 });
    stack.gateway.client.stats.reset();
    const response = await stack.gql(LOCATION_MESSAGES, { first: 2, after: first.data.messages!.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expectError(response, 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const TYPING = graphql(`
  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {
    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }
  }
`);

describe('live chat', () => {
  it('tells GHL an agent is typing, and refuses an empty visitor before any call', async () => {
    const conversation = store().conversationsOfLocation(stack.locationId)[0]!;
    const { data, errors } = await stack.gql(TYPING, { conversationId: conversation.id, visitorId: 'visitor-1', isTyping: true });
    expect(errors).toBeUndefined();
    expect(data.setLiveChatTyping).toEqual({ isTyping: true, conversation: { ghlId: conversation.id } });
    const logged = stack.sandbox.requests.entries.filter((entry) => entry.path === '/conversations/providers/live-chat/typing').at(-1);
    expect(logged?.body).toEqual({ locationId: stack.locationId, isTyping: true, visitorId: 'visitor-1', conversationId: conversation.id });
    stack.gateway.client.stats.reset();
    expectError(await stack.gql(TYPING, { conversationId: conversation.id, visitorId: ' ', isTyping: false }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

const REVIEW_REPLY = graphql(`
  mutation ConversationsReviewReply($conversationId: ID!, $message: String!) {
    replyToReview(conversationId: $conversationId, message: $message) { messageGhlId message { type direction body } conversation { ghlId } }
  }
`);

describe('review replies', () => {
  const reviewThread = () => store().conversationsOfLocation(stack.locationId).find((conversation) => conversation.type === 'TYPE_REVIEW' && conversation.reviewId)!;

  it('answers a Google review in its conversation, and reads the reply back', async () => {
    const conversation = reviewThread();
    const { data, errors } = await stack.gql(REVIEW_REPLY, { conversationId: conversation.id, message: 'Thank you for the kind words!' });
    expect(errors).toBeUndefined();
    const stored = store().messages.get(data.replyToReview.messageGhlId)!;
    expect(stored).toMatchObject({ conversationId: conversation.id, messageType: 'TYPE_REVIEW', direction: 'outbound', body: 'Thank you for the kind words!' });
    expect(data.replyToReview).toMatchObject({
      message: { type: 'REVIEW', direction: 'OUTBOUND', body: 'Thank you for the kind words!' },
      conversation: { ghlId: conversation.id },
    });
    expect(store().conversations.get(conversation.id)?.lastMessageBody).toBe('Thank you for the kind words!');
  });

  it('refuses a conversation without a review, and an empty reply before any call', async () => {
    const other = store().conversationsOfLocation(stack.locationId).find((conversation) => conversation.type !== 'TYPE_REVIEW')!;
    const before = store().messagesOfConversation(other.id).length;
    expectError(await stack.gql(REVIEW_REPLY, { conversationId: other.id, message: 'Thanks!' }), 'BAD_USER_INPUT');
    expect(store().messagesOfConversation(other.id)).toHaveLength(before);
    stack.gateway.client.stats.reset();
    expectError(await stack.gql(REVIEW_REPLY, { conversationId: reviewThread().id, message: '  ' }), 'BAD_USER_INPUT');
    expect(calls()).toBe(0);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expectSentAsDeclared(stack.sandbox.requests.entries, [
      'conversationsCreateConversation',
      'conversationsDeleteConversation',
      'conversationsCancelScheduledMessage',
      'conversationsUpdateMessageStatus',
      'conversationsAddAnOutboundMessage',
      'conversationsGetEmailById',
      'conversationsCancelScheduledEmailMessage',
      'conversationsLiveChatAgentTyping',
      'conversationsSendReviewReply',
      'conversationsAddMessageAttachments',
      'conversationsGetMessageTranscription',
      'conversationsExportMessagesByLocation',
    ]);
});
