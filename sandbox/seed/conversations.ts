/**
 * Seeds conversations: about 40% of each location's contacts (never fewer than 60) have one,
 * with 3 to 25 messages over the channels the contact can be reached on. Runs after the contacts
 * are seeded, on a PRNG stream of its own, so it changes nothing seeded before it.
 */
import { summarizeThread } from '../model/conversation-thread.ts';
import type { CallStatus, Contact, Conversation, Message, MessageSource, MessageStatus, MessageType, User } from '../model/index.ts';
import { messageTypeNumber } from '../model/conversations.ts';
import { domainRandom, type Random } from '../random.ts';
import { ATTACHMENT_URLS, COMMON_SCRIPT, CONVERSATION_SCRIPTS, type ConversationScript } from './data/conversations.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const SHARE_OF_CONTACTS = 0.4;
const MIN_PER_LOCATION = 60;
const MINUTE_MS = 60_000;

interface Channel {
  messageType: MessageType;
  /** How often a thread runs mainly on this channel, relative to the others. */
  weight: number;
  reachedBy?: 'phone' | 'email';
}

const CHANNELS: Channel[] = [
  { messageType: 'TYPE_SMS', weight: 45, reachedBy: 'phone' },
  { messageType: 'TYPE_EMAIL', weight: 20, reachedBy: 'email' },
  { messageType: 'TYPE_CALL', weight: 12, reachedBy: 'phone' },
  { messageType: 'TYPE_WHATSAPP', weight: 6, reachedBy: 'phone' },
  { messageType: 'TYPE_FACEBOOK', weight: 5 },
  { messageType: 'TYPE_LIVE_CHAT', weight: 5 },
  { messageType: 'TYPE_INSTAGRAM', weight: 4 },
  { messageType: 'TYPE_GMB', weight: 3 },
];

/** Channels workflows and campaigns send on; calls and social replies come from a person. */
const AUTOMATABLE: ReadonlySet<MessageType> = new Set(['TYPE_SMS', 'TYPE_EMAIL', 'TYPE_WHATSAPP']);

/** Chat-like channels a contact may send a photo over. */
const PHOTO_CHANNELS: ReadonlySet<MessageType> = new Set(['TYPE_SMS', 'TYPE_WHATSAPP', 'TYPE_FACEBOOK', 'TYPE_INSTAGRAM']);

interface Thread {
  contact: Contact;
  users: User[];
  script: ConversationScript;
  conversationId: string;
  /** The channels the contact can be reached on, and the one the thread mostly runs on. */
  channels: Channel[];
  primary: Channel;
}

export function seedConversations(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'conversations');
  for (const location of store.locations.values()) {
    const contacts = store.contactsOfLocation(location.id);
    const users = store.usersOfLocation(location.id);
    const script = CONVERSATION_SCRIPTS[location.name] ?? COMMON_SCRIPT;
    const count = Math.min(contacts.length, Math.max(MIN_PER_LOCATION, Math.round(contacts.length * SHARE_OF_CONTACTS)));
    // Searches page on lastMessageDate alone, as GHL's startAfterDate does: keep it unique.
    const lastMessageTimes = new Set<number>();
    for (const contact of random.sample(contacts, count)) {
      const channels = CHANNELS.filter(({ reachedBy }) => reachedBy === undefined || contact[reachedBy] !== undefined);
      const thread: Thread = { contact, users, script, conversationId: random.id(), channels, primary: pickWeighted(random, channels) };
      const messages = makeMessages(random, thread, lastMessageTimes);
      for (const message of messages) store.messages.insert(message);
      store.conversations.insert(summarizeThread(makeConversation(random, thread, messages), messages));
    }
  }
  seedReviews(store, seed);
  for (const location of store.locations.values()) carryByProvider(store, location.id);
}

/** The custom voice provider that carried some of each location's calls: GHL sets recordings only on such calls. */
const SEED_CALL_PROVIDER_ID = 'sandbox-voice-provider';

/** The first outbound calls of a location went through its custom provider, which attached their recordings. */
function carryByProvider(store: SandboxStore, locationId: string): void {
  const calls = store.messages
    .where((message) => message.locationId === locationId && message.messageType === 'TYPE_CALL' && message.direction === 'outbound')
    .slice(0, 2);
  for (const call of calls) {
    store.messages.insert({ ...call, conversationProviderId: SEED_CALL_PROVIDER_ID, attachments: [`https://recordings.example.com/${call.id}.mp3`] });
  }
}

function makeConversation(random: Random, { contact, conversationId, primary }: Thread, messages: Message[]): Conversation {
  const first = messages[0];
  const last = messages.at(-1);
  if (!first || !last) throw new Error('a seeded conversation has messages');
  const trailingInbound = messages.length - 1 - messages.findLastIndex((message) => message.direction === 'outbound');
  const social = primary.messageType === 'TYPE_FACEBOOK' || primary.messageType === 'TYPE_INSTAGRAM';
  return {
    id: conversationId,
    locationId: contact.locationId,
    contactId: contact.id,
    type: social ? 'TYPE_FB_MESSENGER' : contact.phone || !contact.email ? 'TYPE_PHONE' : 'TYPE_EMAIL',
    ...(contact.assignedTo && random.chance(0.75) && { assignedTo: contact.assignedTo }),
    // Unread means the contact wrote last and nobody has opened the thread since.
    unreadCount: trailingInbound > 0 && random.chance(0.6) ? trailingInbound : 0,
    starred: random.chance(0.1),
    inbox: true,
    deleted: false,
    dateAdded: first.dateAdded,
    dateUpdated: last.dateAdded,
    lastMessageDate: last.dateAdded,
  };
}

function makeMessages(random: Random, thread: Thread, lastMessageTimes: Set<number>): Message[] {
  const times = messageTimes(random, Date.parse(thread.contact.dateAdded), random.int(3, 25));
  let newest = Math.max(...times);
  while (lastMessageTimes.has(newest)) newest++;
  lastMessageTimes.add(newest);
  times.splice(-1, 1, newest);

  let direction: Message['direction'] = random.chance(0.6) ? 'inbound' : 'outbound';
  return times.map((time, index) => {
    if (index > 0 && random.chance(0.55)) direction = direction === 'inbound' ? 'outbound' : 'inbound';
    const channel = random.chance(0.85) ? thread.primary : random.pick(thread.channels);
    // A thread the business opens on a channel workflows use starts with a workflow's text.
    const automated = AUTOMATABLE.has(channel.messageType) && (index === 0 || random.chance(0.35));
    const source = direction === 'inbound' ? undefined : automated ? automatedSource(random) : 'app';
    return makeMessage(random, thread, channel.messageType, direction, source, new Date(time).toISOString());
  });
}

/**
 * Ascending times from just after the contact was added. A thread that would run past the seed's
 * "now" is squeezed into a random share of the time left, so threads do not all end together.
 */
function messageTimes(random: Random, contactAdded: number, count: number): number[] {
  const start = contactAdded + random.int(1, 120) * MINUTE_MS;
  const gaps = Array.from({ length: count - 1 }, () =>
    random.chance(0.6) ? random.int(1, 120) * MINUTE_MS : random.int(2 * 60, 4 * 24 * 60) * MINUTE_MS,
  );
  const span = gaps.reduce((sum, gap) => sum + gap, 0);
  const room = Math.max(count * 1000, (SEED_EPOCH - DAY_MS - start) * (0.2 + 0.8 * random.next()));
  const scale = Math.min(1, room / Math.max(1, span));
  const times = [start];
  for (const gap of gaps) times.push((times.at(-1) ?? start) + Math.max(1000, Math.floor(gap * scale)));
  return times;
}

function automatedSource(random: Random): MessageSource {
  const roll = random.next();
  return roll < 0.8 ? 'workflow' : roll < 0.9 ? 'campaign' : 'bulk_actions';
}

function makeMessage(
  random: Random,
  { contact, users, script, conversationId }: Thread,
  messageType: MessageType,
  direction: Message['direction'],
  source: MessageSource | undefined,
  dateAdded: string,
): Message {
  const base = {
    id: random.id(),
    type: messageTypeNumber(messageType),
    messageType,
    locationId: contact.locationId,
    contactId: contact.id,
    conversationId,
    dateAdded,
    direction,
    contentType: 'text/plain',
    attachments: [] as string[],
    ...(source && { source }),
    ...(source === 'app' && { userId: contact.assignedTo ?? random.pick(users).id }),
  };
  if (messageType === 'TYPE_CALL') return { ...base, meta: callMeta(random, direction) };

  const lines =
    direction === 'inbound'
      ? [...script.inbound, ...COMMON_SCRIPT.inbound]
      : source === 'app'
        ? [...script.replies, ...COMMON_SCRIPT.replies]
        : [...script.automated, ...COMMON_SCRIPT.automated];
  const photo = direction === 'inbound' && PHOTO_CHANNELS.has(messageType) && random.chance(0.08);
  const brochure = direction === 'outbound' && messageType === 'TYPE_EMAIL' && random.chance(0.1);
  return {
    ...base,
    body: random.pick(lines).replaceAll('{first}', contact.firstName ?? 'there'),
    status: messageStatus(random, messageType, direction),
    ...((photo || brochure) && { attachments: [random.pick(ATTACHMENT_URLS)] }),
    ...(messageType === 'TYPE_EMAIL' && { meta: { email: { messageIds: [random.id()] } } }),
  };
}

function callMeta(random: Random, direction: Message['direction']): NonNullable<Message['meta']> {
  const roll = random.next();
  const callStatus: CallStatus =
    roll < 0.58 ? 'completed' : roll < 0.8 ? 'no-answer' : roll < 0.95 ? 'voicemail' : direction === 'outbound' ? 'busy' : 'no-answer';
  const callDuration = callStatus === 'completed' ? random.int(30, 900) : callStatus === 'voicemail' ? random.int(10, 60) : 0;
  return { callDuration, callStatus };
}

function messageStatus(random: Random, messageType: MessageType, direction: Message['direction']): MessageStatus {
  if (direction === 'inbound') return 'delivered';
  const roll = random.next();
  if (messageType === 'TYPE_EMAIL') return roll < 0.5 ? 'delivered' : roll < 0.85 ? 'opened' : roll < 0.95 ? 'clicked' : 'failed';
  if (roll < 0.05) return 'failed';
  if (roll < 0.08) return 'undelivered';
  return messageType === 'TYPE_WHATSAPP' && roll < 0.5 ? 'read' : 'delivered';
}

function pickWeighted(random: Random, channels: Channel[]): Channel {
  let roll = random.next() * channels.reduce((sum, channel) => sum + channel.weight, 0);
  // The last channel also takes whatever float rounding leaves over.
  const picked = channels.find((channel) => (roll -= channel.weight) < 0) ?? channels.at(-1);
  if (!picked) throw new Error('no channel to pick from');
  return picked;
}

/** Reviews a location's Google Business profile shows, each its contact's one conversation. */
const REVIEWS = [
  'Friendly team and quick answers. Would recommend.',
  'Booking was easy, but I waited twenty minutes past my time.',
];

/**
 * A review thread per review (TYPE_REVIEW), for contacts with no conversation yet: the review is
 * its one inbound message, and its `reviewId` what a reply answers. A stream of its own, after
 * the other conversations, so it changes none of them.
 */
function seedReviews(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'reviews');
  for (const location of store.locations.values()) {
    const quiet = store.contactsOfLocation(location.id).filter((contact) => !store.conversationOfContact(contact.id));
    REVIEWS.forEach((review, index) => {
      const contact = quiet.at(-1 - index);
      if (!contact) return;
      const conversationId = random.id();
      const dateAdded = randomDate(random, Date.parse(contact.dateAdded), SEED_EPOCH - DAY_MS);
      const message: Message = {
        id: random.id(), type: messageTypeNumber('TYPE_REVIEW'), messageType: 'TYPE_REVIEW', locationId: location.id, contactId: contact.id,
        conversationId, dateAdded, direction: 'inbound', body: review, contentType: 'text/plain', attachments: [],
      };
      store.messages.insert(message);
      store.conversations.insert(
        summarizeThread(
          {
            id: conversationId, locationId: location.id, contactId: contact.id, type: 'TYPE_REVIEW', unreadCount: 1, starred: false, inbox: true,
            deleted: false, dateAdded, dateUpdated: dateAdded, lastMessageDate: dateAdded, reviewId: random.id(),
          },
          [message],
        ),
      );
    });
  }
}
