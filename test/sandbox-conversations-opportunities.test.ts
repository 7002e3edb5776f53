/** The sandbox's conversations and opportunities answer as GoHighLevel does, per the official OpenAPI files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Appointment, type Contact, type Conversation, type Message, type Note, type Opportunity, type Pipeline, type Sandbox, type Task } from '../sandbox/index.ts';
import { SandboxStore } from '../sandbox/model/store.ts';
import { seedStore } from '../sandbox/seed/index.ts';
import { seedConversations } from '../sandbox/seed/conversations.ts';
import { seedOpportunities } from '../sandbox/seed/opportunities.ts';


const CONVERSATIONS = '2021-04-15';
const OPPORTUNITIES = '2021-07-28';

let sandbox: Sandbox;
let locationId: string;
let token: string;
let otherLocationId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { max: 10_000, intervalMs: 10_000 } });
  [[locationId, token], [otherLocationId]] = Object.entries(sandbox.tokens.locations) as [[string, string], [string, string]];
});
afterAll(() => sandbox.close());

type Init = { method?: string; version?: string; body?: unknown };
/** Sends one request; `T` names the parts of GHL's body that the caller reads. */
const call = async <T = unknown>(path: string, init: Init = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      version: init.version ?? (path.startsWith('/conversations') ? CONVERSATIONS : OPPORTUNITIES),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
};

/** GHL's error body. */
interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  /** The existing conversation, when one is created twice. */
  conversationId?: string;
}
/** ConversationSchema of a search: the conversation with its contact copied in, dated in epoch ms. */
interface SearchedConversation extends Omit<Conversation, 'lastMessageDate'> {
  lastMessageDate: number;
  fullName?: string;
  contactName?: string;
  email?: string;
  phone?: string;
  companyName?: string;
  tags?: string[];
}
interface ConversationSearch {
  conversations: SearchedConversation[];
  total: number;
}
interface MessagesPage {
  messages: { messages: Message[]; lastMessageId?: string; nextPage: boolean };
}
interface SentMessage {
  conversationId: string;
  messageId: string;
  emailMessageId?: string;
}
interface ConversationWritten {
  success: boolean;
  conversation: Conversation;
}
/** An opportunity of a search, with its contact and, when asked, the contact's tasks, notes and appointments. */
interface SearchedOpportunity extends Opportunity {
  contact: unknown;
  tasks?: Task[];
  notes?: Note[];
  calendarEvents?: Appointment[];
}
interface OpportunitySearch {
  opportunities: SearchedOpportunity[];
  meta: { total: number; currentPage: number; startAfter: number; startAfterId: string; nextPageUrl: string | null };
}
interface OpportunityWritten {
  opportunity: Opportunity;
}

/** What a conversation search item and an opportunity's `contact` copy from the contact. */
const embedded = (contact: Contact) => ({ name: contact.name, email: contact.email, phone: contact.phone, companyName: contact.companyName, tags: contact.tags });

/** A contact of the test location that can be texted and emailed, with no conversation yet. */
const reachableContactWithoutConversation = () =>
  sandbox.store
    .contactsOfLocation(locationId)
    .find((c) => c.phone && c.email?.endsWith('.com') && !c.dnd && !c.dndSettings && !sandbox.store.conversationOfContact(c.id))!;

describe('routes', () => {
  it('refuses the other domain’s Version with 400', async () => {
    expect((await call(`/conversations/search?locationId=${locationId}`, { version: OPPORTUNITIES })).status).toBe(400);
    expect((await call(`/opportunities/pipelines?locationId=${locationId}`, { version: CONVERSATIONS })).status).toBe(400);
  });
});

describe('seed data', () => {
  it('gives every location pipelines with a busy first one, each deal pointing at real records of its location', () => {
    const { store } = sandbox;
    for (const location of store.locations.values()) {
      const pipelines = store.pipelinesOfLocation(location.id);
      expect(pipelines.length).toBeGreaterThanOrEqual(2);
      expect(pipelines.length).toBeLessThanOrEqual(3);
      for (const pipeline of pipelines) {
        expect(pipeline.stages.length).toBeGreaterThanOrEqual(4);
        expect(pipeline.stages.length).toBeLessThanOrEqual(7);
        expect(store.opportunities.where((o) => o.pipelineId === pipeline.id).length).toBeGreaterThan(0);
      }
      const first = store.opportunities.where((o) => o.pipelineId === pipelines[0]!.id);
      expect(first.length).toBeGreaterThanOrEqual(150);
      expect(first.filter((o) => o.status === 'open').length).toBeGreaterThanOrEqual(50);

      const opportunities = store.opportunitiesOfLocation(location.id);
      expect(new Set(opportunities.map((o) => o.status))).toEqual(new Set(['open', 'won', 'lost', 'abandoned']));
      expect(opportunities.filter((o) => o.assignedTo).length / opportunities.length).toBeGreaterThan(0.8);
      for (const opportunity of opportunities) {
        expect(store.contacts.get(opportunity.contactId)?.locationId).toBe(location.id);
        const pipeline = store.pipelines.get(opportunity.pipelineId)!;
        expect(pipeline.locationId).toBe(location.id);
        expect(pipeline.stages.map((stage) => stage.id)).toContain(opportunity.pipelineStageId);
        if (opportunity.assignedTo) expect(store.users.get(opportunity.assignedTo)?.roles.locationIds).toContain(location.id);
        expect(opportunity.monetaryValue).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives about 40% of contacts one conversation, its summary matching its newest message', () => {
    const { store } = sandbox;
    const threads = new Map<string, Message[]>();
    for (const message of store.messages.values()) threads.set(message.conversationId, [...(threads.get(message.conversationId) ?? []), message]);
    for (const location of store.locations.values()) {
      const conversations = store.conversationsOfLocation(location.id);
      expect(conversations.length).toBeGreaterThanOrEqual(60);
      expect(new Set(conversations.map((c) => c.contactId)).size).toBe(conversations.length);
      expect(conversations.some((c) => c.unreadCount > 0)).toBe(true);
      expect(conversations.some((c) => c.starred)).toBe(true);
      expect(conversations.some((c) => c.assignedTo)).toBe(true);
      const types = new Set<string>();
      for (const conversation of conversations) {
        expect(store.contacts.get(conversation.contactId)?.locationId).toBe(location.id);
        const messages = threads.get(conversation.id) ?? [];
        // A review thread holds its one review until someone replies.
        expect(messages.length).toBeGreaterThanOrEqual(conversation.type === 'TYPE_REVIEW' ? 1 : 3);
        expect(messages.length).toBeLessThanOrEqual(25);
        const times = messages.map((m) => Date.parse(m.dateAdded));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const newest = messages.at(-1)!;
        expect(conversation).toMatchObject({
          lastMessageDate: newest.dateAdded,
          lastMessageType: newest.messageType,
          lastMessageDirection: newest.direction,
          lastMessageBody: newest.body ?? '',
        });
        if (conversation.unreadCount > 0) expect(newest.direction).toBe('inbound');
        for (const message of messages) types.add(message.messageType);
      }
      expect([...types]).toEqual(expect.arrayContaining(['TYPE_SMS', 'TYPE_EMAIL', 'TYPE_CALL', 'TYPE_WHATSAPP', 'TYPE_FACEBOOK']));
    }
  });

  it('seeds both domains on streams of their own: the same whatever runs around them', () => {
    const a = new SandboxStore();
    seedStore(a, 1);
    const b = new SandboxStore();
    seedStore(b, 1);
    for (const collection of [b.conversations, b.messages, b.pipelines, b.opportunities]) collection.clear();
    seedConversations(b, 1);
    seedOpportunities(b, 1);
    for (const name of ['contacts', 'users', 'conversations', 'messages', 'pipelines', 'opportunities'] as const) {
      expect([...b[name].values()], name).toEqual([...a[name].values()]);
    }
    const other = new SandboxStore();
    seedStore(other, 2);
    expect([...other.opportunities.keys()]).not.toEqual([...a.opportunities.keys()]);
  });
});

describe('conversations', () => {
  it('pages the search newest first with startAfterDate, without gaps or repeats', async () => {
    const seen: SearchedConversation[] = [];
    let startAfterDate: number | undefined;
    for (;;) {
      const { status, body } = await call<ConversationSearch>(
        `/conversations/search?locationId=${locationId}&limit=50${startAfterDate === undefined ? '' : `&startAfterDate=${startAfterDate}`}`,
      );
      expect(status).toBe(200);
      expect(body.total).toBe(sandbox.store.conversationsOfLocation(locationId).length);
      seen.push(...body.conversations);
      if (body.conversations.length < 50) break;
      startAfterDate = body.conversations.at(-1)!.lastMessageDate;
    }
    expect(seen.map((c) => c.id).sort()).toEqual(sandbox.store.conversationsOfLocation(locationId).map((c) => c.id).sort());
    const dates = seen.map((c) => c.lastMessageDate);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('embeds the contact in each search result and fills in every field of ConversationSchema', async () => {
    const { body } = await call<ConversationSearch>(`/conversations/search?locationId=${locationId}&limit=100&sort=asc`);
    for (const item of body.conversations) {
      const contact = sandbox.store.contacts.get(item.contactId)!;
      expect({ name: item.fullName, email: item.email, phone: item.phone, companyName: item.companyName, tags: item.tags }).toEqual(embedded(contact));
      expect(item).toMatchObject({ locationId, type: expect.stringMatching(/^TYPE_/), unreadCount: expect.any(Number), starred: expect.any(Boolean) });
      for (const field of ['id', 'lastMessageBody', 'lastMessageType', 'lastMessageDirection', 'dateAdded', 'dateUpdated']) expect(item).toHaveProperty(field);
      expect(typeof item.lastMessageDate).toBe('number');
      expect(item.contactName).toBeTruthy();
    }
  });

  it('filters by contact, read state, star, assignee and query', async () => {
    const conversations = sandbox.store.conversationsOfLocation(locationId);
    const sample = conversations.find((c) => c.assignedTo)!;
    const contact = sandbox.store.contacts.get(sample.contactId)!;
    const search = (query: string) => call<ConversationSearch>(`/conversations/search?locationId=${locationId}&limit=100&${query}`);

    expect((await search(`contactId=${contact.id}`)).body.conversations.map((c) => c.id)).toEqual([sample.id]);
    expect((await search('status=unread')).body.total).toBe(conversations.filter((c) => c.unreadCount > 0).length);
    expect((await search('status=starred')).body.total).toBe(conversations.filter((c) => c.starred).length);
    expect((await search(`assignedTo=${sample.assignedTo}`)).body.total).toBe(conversations.filter((c) => c.assignedTo === sample.assignedTo).length);
    expect((await search('assignedTo=unassigned')).body.total).toBe(conversations.filter((c) => !c.assignedTo).length);
    const byName = await search(`query=${encodeURIComponent(contact.name!.toUpperCase())}`);
    expect(byName.body.conversations.map((c) => c.contactId)).toContain(contact.id);
    expect((await search('sort=sideways')).status).toBe(422);
  });

  it('answers one conversation by id as GetConversationByIdResponse, with a numeric type', async () => {
    const conversation = sandbox.store.conversationsOfLocation(locationId)[0]!;
    const { status, body } = await call<Conversation>(`/conversations/${conversation.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: conversation.id, contactId: conversation.contactId, locationId, deleted: false, inbox: true, unreadCount: conversation.unreadCount });
    expect([1, 2, 3]).toContain(body.type);
  });

  it('lists messages newest first, nested under `messages`, paged by lastMessageId', async () => {
    const conversation = sandbox.store.conversationsOfLocation(locationId).find((c) => sandbox.store.messagesOfConversation(c.id).length >= 7)!;
    const expected = sandbox.store.messagesOfConversation(conversation.id).map((m) => m.id).reverse();
    const ids: string[] = [];
    let lastMessageId: string | undefined;
    for (;;) {
      const { status, body } = await call<MessagesPage>(`/conversations/${conversation.id}/messages?limit=3${lastMessageId ? `&lastMessageId=${lastMessageId}` : ''}`);
      expect(status).toBe(200);
      ids.push(...body.messages.messages.map((m) => m.id));
      lastMessageId = body.messages.lastMessageId;
      if (!body.messages.nextPage) break;
    }
    expect(ids).toEqual(expected);

    const first = sandbox.store.messagesOfConversation(conversation.id)[0]!;
    const byType = await call<MessagesPage>(`/conversations/${conversation.id}/messages?type=${first.messageType}`);
    expect(byType.body.messages.messages.every((m) => m.messageType === first.messageType)).toBe(true);
    expect((await call(`/conversations/${conversation.id}/messages?type=TYPE_NOPE`)).status).toBe(422);

    const one = await call(`/conversations/messages/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: first.id, conversationId: conversation.id, messageType: first.messageType, type: expect.any(Number) });
  });

  it('sends an SMS into the contact’s conversation, newest in its messages and first in the inbox', async () => {
    const conversation = sandbox.store
      .conversationsOfLocation(locationId)
      .find((c) => {
        const contact = sandbox.store.contacts.get(c.contactId)!;
        return contact.phone && !contact.dnd && !contact.dndSettings;
      })!;
    const sent = await call<SentMessage>('/conversations/messages', { method: 'POST', body: { type: 'SMS', contactId: conversation.contactId, message: 'See you at 3pm!' } });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ conversationId: conversation.id, messageId: expect.any(String), status: 'delivered' });

    const messages = (await call<MessagesPage>(`/conversations/${conversation.id}/messages?limit=2`)).body.messages.messages;
    expect(messages[0]).toMatchObject({ id: sent.body.messageId, body: 'See you at 3pm!', direction: 'outbound', messageType: 'TYPE_SMS', type: 2 });
    const inbox = (await call<ConversationSearch>(`/conversations/search?locationId=${locationId}&limit=1`)).body.conversations;
    expect(inbox[0]).toMatchObject({ id: conversation.id, lastMessageBody: 'See you at 3pm!', lastMessageDirection: 'outbound', lastMessageType: 'TYPE_SMS' });
  });

  it('sends an Email to a contact without a conversation by starting one', async () => {
    const contact = reachableContactWithoutConversation();
    const sent = await call<SentMessage>('/conversations/messages', {
      method: 'POST',
      body: { type: 'Email', contactId: contact.id, subject: 'Your visit', html: '<p>Thanks for coming in!</p>', emailFrom: 'front@summitdentalcare.com' },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.emailMessageId).toEqual(expect.any(String));
    const conversation = sandbox.store.conversationOfContact(contact.id)!;
    expect(sent.body.conversationId).toBe(conversation.id);
    const [message] = (await call<MessagesPage>(`/conversations/${conversation.id}/messages`)).body.messages.messages;
    expect(message).toMatchObject({ id: sent.body.messageId, messageType: 'TYPE_EMAIL', contentType: 'text/html', meta: { email: { messageIds: [sent.body.emailMessageId] } } });
  });

  it('adds an inbound message as one more unread, and PUT marks it read and starred', async () => {
    const conversation = sandbox.store.conversationsOfLocation(locationId).find((c) => c.unreadCount === 0)!;
    const added = await call<SentMessage>('/conversations/messages/inbound', {
      method: 'POST',
      body: { type: 'SMS', conversationId: conversation.id, contactId: conversation.contactId, message: 'Running 10 minutes late' },
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ success: true, conversationId: conversation.id, messageId: expect.any(String) });
    const [newest] = (await call<MessagesPage>(`/conversations/${conversation.id}/messages`)).body.messages.messages;
    expect(newest).toMatchObject({ id: added.body.messageId, direction: 'inbound', body: 'Running 10 minutes late' });
    expect((await call<Conversation>(`/conversations/${conversation.id}`)).body.unreadCount).toBe(1);

    const unread = await call<ConversationSearch>(`/conversations/search?locationId=${locationId}&status=unread&limit=100`);
    expect(unread.body.conversations.map((c) => c.id)).toContain(conversation.id);

    const updated = await call<ConversationWritten>(`/conversations/${conversation.id}`, { method: 'PUT', body: { locationId, unreadCount: 0, starred: true } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ success: true, conversation: { id: conversation.id, unreadCount: 0, starred: true, lastMessageBody: 'Running 10 minutes late' } });
    expect(typeof updated.body.conversation.lastMessageDate).toBe('string');

    const missingProvider = await call('/conversations/messages/inbound', {
      method: 'POST',
      body: { type: 'WhatsApp', conversationId: conversation.id, contactId: conversation.contactId, message: 'hi' },
    });
    expect(missingProvider.status).toBe(422);
  });

  it('creates a conversation once per contact, and deletes one with its messages', async () => {
    const contact = reachableContactWithoutConversation();
    const created = await call<ConversationWritten>('/conversations/', { method: 'POST', body: { locationId, contactId: contact.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, conversation: { contactId: contact.id, locationId, deleted: false } });
    const again = await call<ErrorBody>('/conversations/', { method: 'POST', body: { locationId, contactId: contact.id } });
    expect(again.status).toBe(400);
    expect(again.body.conversationId).toBe(created.body.conversation.id);

    const id = created.body.conversation.id;
    expect((await call(`/conversations/${id}`, { method: 'DELETE' })).body).toEqual({ success: true });
    expect((await call(`/conversations/${id}`)).body).toEqual({ statusCode: 404, message: 'Conversation not found', error: 'Not Found' });
  });

  it('refuses other locations (403), unknown ids (404), bad bodies (422) and opted-out contacts (400)', async () => {
    const other = sandbox.store.conversationsOfLocation(otherLocationId)[0]!;
    for (const path of [`/conversations/${other.id}`, `/conversations/${other.id}/messages`, `/conversations/search?locationId=${otherLocationId}`]) {
      const { status, body } = await call(path);
      expect(status, path).toBe(403);
      expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
    const otherMessage = sandbox.store.messagesOfConversation(other.id)[0]!;
    expect((await call(`/conversations/messages/${otherMessage.id}`)).status).toBe(403);
    expect((await call('/conversations/messages', { method: 'POST', body: { type: 'SMS', contactId: other.contactId, message: 'hi' } })).status).toBe(403);

    expect((await call('/conversations/nope0000000000000000')).status).toBe(404);
    expect((await call('/conversations/messages/nope0000000000000000')).body).toEqual({ statusCode: 404, message: 'Message not found', error: 'Not Found' });

    const invalid = await call<ErrorBody>('/conversations/messages', { method: 'POST', body: { type: 'Pigeon', message: 'hi', color: 'red' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^type must be one of/), 'contactId should not be empty', 'property color should not exist']),
    );
    const conversation = sandbox.store.conversationsOfLocation(locationId)[0]!;
    const assign = await call<ErrorBody>(`/conversations/${conversation.id}`, { method: 'PUT', body: { locationId, assignedTo: 'someone' } });
    expect(assign.status).toBe(422);
    expect(assign.body.message).toEqual(['property assignedTo should not exist']);

    const optedOut = sandbox.store.contactsOfLocation(locationId).find((c) => c.dnd && c.phone)!;
    const refused = await call<ErrorBody>('/conversations/messages', { method: 'POST', body: { type: 'SMS', contactId: optedOut.id, message: 'Sale!' } });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/DND/);
  });
});

describe('opportunities', () => {
  const firstPipeline = () => sandbox.store.pipelinesOfLocation(locationId)[0]!;

  it('lists the location’s pipelines with their stages in board order', async () => {
    const { status, body } = await call<{ pipelines: Pipeline[] }>(`/opportunities/pipelines?locationId=${locationId}`);
    expect(status).toBe(200);
    expect(body.pipelines.map((p) => p.id)).toEqual(sandbox.store.pipelinesOfLocation(locationId).map((p) => p.id));
    for (const pipeline of body.pipelines) {
      expect(pipeline.locationId).toBe(locationId);
      expect(pipeline.stages.map((s) => s.position)).toEqual(pipeline.stages.map((_, i) => i));
      for (const stage of pipeline.stages) expect(stage.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('fills a board of 50 open deals from the first pipeline, each with its real contact embedded', async () => {
    const { status, body } = await call<OpportunitySearch>(`/opportunities/search?location_id=${locationId}&pipeline_id=${firstPipeline().id}&status=open&limit=50`);
    expect(status).toBe(200);
    expect(body.opportunities).toHaveLength(50);
    expect(body.meta).toMatchObject({ currentPage: 1, nextPage: 2, prevPage: null, startAfterId: body.opportunities[49]!.id });
    const stageIds = firstPipeline().stages.map((s) => s.id);
    for (const opportunity of body.opportunities) {
      expect(opportunity).toMatchObject({ pipelineId: firstPipeline().id, status: 'open', locationId });
      expect(stageIds).toContain(opportunity.pipelineStageId);
      const contact = sandbox.store.contacts.get(opportunity.contactId)!;
      const { name, email, phone, companyName, tags } = embedded(contact);
      expect(opportunity.contact).toEqual(JSON.parse(JSON.stringify({ id: contact.id, name, companyName, email, phone, tags })));
    }
  });

  it('pages with meta.startAfter/startAfterId and with page, both without gaps or repeats', async () => {
    const expected = sandbox.store.opportunities.where((o) => o.pipelineId === firstPipeline().id).length;
    const base = `/opportunities/search?location_id=${locationId}&pipeline_id=${firstPipeline().id}&limit=40`;
    const byCursor: string[] = [];
    let url: string | null = `${base}`;
    while (url) {
      const { body }: { body: OpportunitySearch } = await call<OpportunitySearch>(url);
      expect(body.meta.total).toBe(expected);
      byCursor.push(...body.opportunities.map((o) => o.id));
      url = body.meta.nextPageUrl && `${base}&startAfter=${body.meta.startAfter}&startAfterId=${body.meta.startAfterId}`;
      if (body.meta.nextPageUrl) expect(body.meta.nextPageUrl).toContain(`startAfterId=${body.meta.startAfterId}`);
    }
    expect(new Set(byCursor).size).toBe(expected);
    expect(byCursor).toHaveLength(expected);

    const byPage: string[] = [];
    for (let page = 1; byPage.length < expected; page++) {
      const { body } = await call<OpportunitySearch>(`${base}&page=${page}`);
      expect(body.opportunities.length).toBeGreaterThan(0);
      byPage.push(...body.opportunities.map((o) => o.id));
    }
    expect(byPage).toEqual(byCursor);

    const created = byCursor.map((id) => Date.parse(sandbox.store.opportunities.get(id)!.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const ascending = (await call<OpportunitySearch>(`${base}&order=added_asc&limit=5`)).body.opportunities.map((o) => o.id);
    expect(ascending).toEqual(byCursor.slice(-5).reverse());
  });

  it('filters by stage, assignee, contact and q', async () => {
    const sample = sandbox.store.opportunitiesOfLocation(locationId).find((o) => o.assignedTo)!;
    const mine = (predicate: (o: Opportunity) => boolean) => sandbox.store.opportunitiesOfLocation(locationId).filter(predicate).length;
    const search = (query: string) => call<OpportunitySearch>(`/opportunities/search?location_id=${locationId}&limit=100&${query}`);
    expect((await search(`pipeline_stage_id=${sample.pipelineStageId}`)).body.meta.total).toBe(mine((o) => o.pipelineStageId === sample.pipelineStageId));
    expect((await search(`assigned_to=${sample.assignedTo}`)).body.meta.total).toBe(mine((o) => o.assignedTo === sample.assignedTo));
    expect((await search(`contact_id=${sample.contactId}`)).body.opportunities.map((o) => o.id)).toContain(sample.id);
    expect((await search(`q=${encodeURIComponent(sample.name.toUpperCase())}`)).body.opportunities.map((o) => o.id)).toContain(sample.id);
    expect((await search('status=won')).body.opportunities.every((o) => o.status === 'won')).toBe(true);
    expect((await search('limit=101')).status).toBe(422);
  });

  it('joins the contact’s tasks, notes and appointments in only when asked', async () => {
    const { store } = sandbox;
    const sample = store.opportunitiesOfLocation(locationId).find((o) => store.tasksOfContact(o.contactId).length && store.notesOfContact(o.contactId).length)!;
    const found = async (query: string) =>
      (await call<OpportunitySearch>(`/opportunities/search?location_id=${locationId}&contact_id=${sample.contactId}${query}`)).body.opportunities.find((o) => o.id === sample.id);
    expect(await found('')).toMatchObject({ tasks: [], notes: [], calendarEvents: [] });
    const joined = (await found('&getTasks=true&getNotes=true&getCalendarEvents=true'))!;
    expect(joined.tasks!.map((t) => t.id)).toEqual(store.tasksOfContact(sample.contactId).map((t) => t.id));
    expect(joined.notes!.map((n) => n.id)).toEqual(store.notesOfContact(sample.contactId).map((n) => n.id));
    expect(joined.calendarEvents!.map((e) => e.id)).toEqual(store.appointmentsOfContact(sample.contactId).map((e) => e.id));
  });

  it('creates, reads, updates, moves to a status and deletes a deal', async () => {
    const pipeline = firstPipeline();
    const taken = new Set(sandbox.store.opportunities.where((o) => o.pipelineId === pipeline.id).map((o) => o.contactId));
    const contact = sandbox.store.contactsOfLocation(locationId).find((c) => !taken.has(c.id))!;
    const user = sandbox.store.usersOfLocation(locationId)[1]!;
    const created = await call<OpportunityWritten>('/opportunities/', {
      method: 'POST',
      body: { pipelineId: pipeline.id, locationId, name: 'Implant consult', status: 'open', contactId: contact.id, monetaryValue: 4200, assignedTo: user.id },
    });
    expect(created.status).toBe(201);
    const id = created.body.opportunity.id;
    expect(created.body.opportunity).toMatchObject({
      name: 'Implant consult',
      pipelineStageId: pipeline.stages[0]!.id,
      monetaryValue: 4200,
      assignedTo: user.id,
      contact: { id: contact.id, name: contact.name },
    });

    const duplicate = await call('/opportunities/', { method: 'POST', body: { pipelineId: pipeline.id, locationId, name: 'Again', status: 'open', contactId: contact.id } });
    expect(duplicate.status).toBe(400);

    const stage = pipeline.stages[2]!;
    const updated = await call<OpportunityWritten>(`/opportunities/${id}`, { method: 'PUT', body: { pipelineStageId: stage.id, monetaryValue: 5000, assignedTo: null } });
    expect(updated.status).toBe(200);
    expect(updated.body.opportunity).toMatchObject({ pipelineStageId: stage.id, monetaryValue: 5000 });
    expect(updated.body.opportunity.assignedTo).toBeUndefined();

    const won = await call(`/opportunities/${id}/status`, { method: 'PUT', body: { status: 'won' } });
    expect(won.body).toEqual({ succeded: true });
    expect((await call<OpportunityWritten>(`/opportunities/${id}`)).body.opportunity.status).toBe('won');

    expect((await call(`/opportunities/${id}`, { method: 'DELETE' })).body).toEqual({ succeded: true });
    expect((await call(`/opportunities/${id}`)).body).toEqual({ statusCode: 404, message: 'Opportunity not found', error: 'Not Found' });
  });

  it('refuses references outside the location (400), bad bodies (422), other locations (403) and unknown ids (404)', async () => {
    const pipeline = firstPipeline();
    const contact = sandbox.store.contactsOfLocation(locationId)[0]!;
    const otherContact = sandbox.store.contactsOfLocation(otherLocationId)[0]!;
    const otherPipeline = sandbox.store.pipelinesOfLocation(otherLocationId)[0]!;
    const otherUser = sandbox.store.usersOfLocation(otherLocationId).find((u) => !u.roles.locationIds.includes(locationId))!;
    const create = (body: Record<string, unknown>) =>
      call('/opportunities/', { method: 'POST', body: { pipelineId: pipeline.id, locationId, name: 'Deal', status: 'open', contactId: contact.id, ...body } });

    expect((await create({ contactId: otherContact.id })).body).toMatchObject({ statusCode: 400, message: 'Contact not found' });
    expect((await create({ pipelineId: otherPipeline.id })).body).toMatchObject({ statusCode: 400, message: 'Pipeline not found' });
    expect((await create({ pipelineStageId: otherPipeline.stages[0]!.id })).body).toMatchObject({ statusCode: 400, message: 'Pipeline stage not found' });
    expect((await create({ assignedTo: otherUser.id })).body).toMatchObject({ statusCode: 400, message: 'User not found' });

    const invalid = await call<ErrorBody>('/opportunities/', { method: 'POST', body: { locationId, status: 'all', monetaryValue: '10' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.message).toEqual(
      expect.arrayContaining([
        'pipelineId should not be empty',
        'name should not be empty',
        'contactId should not be empty',
        'status must be one of the following values: open, won, lost, abandoned',
        expect.stringMatching(/^monetaryValue must be a number/),
      ]),
    );
    const opportunity = sandbox.store.opportunitiesOfLocation(locationId)[0]!;
    expect((await call(`/opportunities/${opportunity.id}/status`, { method: 'PUT', body: {} })).status).toBe(422);

    const other = sandbox.store.opportunitiesOfLocation(otherLocationId)[0]!;
    for (const path of [`/opportunities/${other.id}`, `/opportunities/search?location_id=${otherLocationId}`, `/opportunities/pipelines?locationId=${otherLocationId}`]) {
      const { status, body } = await call(path);
      expect(status, path).toBe(403);
      expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
    expect((await create({ locationId: otherLocationId })).status).toBe(403);
    expect((await call('/opportunities/nope0000000000000000', { method: 'PUT', body: { name: 'x' } })).status).toBe(404);
  });
});
