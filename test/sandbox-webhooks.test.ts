/**
 * The sandbox sends GHL's webhooks for every change made through its REST API: to a real
 * node:http receiver here (payloads, signatures, retries, never holding up the REST answer), to a
 * real gateway that re-emits them to a subscriber, and from `npm start` and `npm run sandbox` as
 * a user runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID, verify, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import {
  loadSandboxConfig,
  SandboxConfigError,
  startSandbox,
  type Contact,
  type Note,
  type Opportunity,
  type Sandbox,
  type Task,
  type WebhookOptions,
} from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { SandboxWebhooksCreateContactMutation, SandboxWebhooksEventsSubscription } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack, type GqlResponse } from './support/stack.ts';
import { subscribeWs, type Subscriber } from './support/subscriber.ts';
import { contactCreate, deliver, webhookKeys } from './support/webhooks.ts';

const V2 = '2021-07-28';
const V1 = '2021-04-15';

/** The gateway's side: the events of a location (its own when none is named), and a contact written through it. */
const EVENTS = graphql(`subscription SandboxWebhooksEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId entityId payload } }`);
const CREATE_CONTACT = graphql(`mutation SandboxWebhooksCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }`);

/** A webhook as the sandbox sends it: these keys always, the rest by its type (read by the tests that name them). */
interface Payload {
  type: string;
  locationId: string;
  timestamp: string;
  webhookId: string;
  [field: string]: unknown;
}

interface Receipt {
  headers: IncomingHttpHeaders;
  body: string;
  payload: Payload;
}

interface Receiver {
  url: string;
  port: number;
  receipts: Receipt[];
  close(): Promise<void>;
}

/** A webhook endpoint: records every POST, answers what `answer` says (200 by default). */
async function startReceiver(answer: (receipt: Receipt, index: number) => number | Promise<number> = () => 200, port = 0): Promise<Receiver> {
  const receipts: Receipt[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const receipt = { headers: req.headers, body, payload: JSON.parse(body) as Payload };
    receipts.push(receipt);
    res.writeHead(await answer(receipt, receipts.length - 1)).end();
  });
  await listen(server, port);
  const bound = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${bound}/hooks`, port: bound, receipts, close: () => closeServer(server) };
}

const listen = (server: Server, port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const ed25519Verifies = (receipt: Receipt, publicKey: KeyObject) =>
  verify(null, Buffer.from(receipt.body), publicKey, Buffer.from(String(receipt.headers['x-ghl-signature']), 'base64'));

const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function sandboxSendingTo(urls: string[], webhooks: Partial<WebhookOptions> = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ rateLimit: { max: 10_000, intervalMs: 10_000 }, webhooks: { urls, retryBaseMs: 20, ...webhooks } });
  opened.push(sandbox);
  return sandbox;
}

function restClient(sandbox: Sandbox) {
  const [locationId, token] = Object.entries(sandbox.tokens.locations)[0]!;
  /** `T` names the part of GHL's answer the caller reads. */
  const call = <T = unknown>(method: string, path: string, body?: unknown, version = V2) => ghlRest<T>(sandbox, token, method, path, body, version);
  return { locationId: locationId!, call };
}

describe('to a receiver, for each change made through the REST API', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  let receiver: Receiver;
  let sandbox: Sandbox;
  let rest: ReturnType<typeof restClient>;
  const webhookIds = new Set<string>();

  beforeAll(async () => {
    receiver = await startReceiver();
    opened.push(receiver);
    sandbox = await sandboxSendingTo([receiver.url], { sign: { scheme: 'ed25519', privateKey } });
    rest = restClient(sandbox);
  });

  /**
   * The payloads of what `change` sent, in the order they arrived, each checked for what every
   * delivery must hold: a valid signature, this location, a timestamp of now, an id of its own.
   */
  async function sentBy<T extends Payload = Payload>(change: () => Promise<unknown>): Promise<T[]> {
    const from = receiver.receipts.length;
    const startedAt = Date.now();
    await change();
    await sandbox.webhooks.idle();
    const receipts = receiver.receipts.slice(from);
    for (const receipt of receipts) {
      expect(ed25519Verifies(receipt, publicKey)).toBe(true);
      expect(receipt.headers['content-type']).toBe('application/json');
      const { locationId, timestamp, webhookId } = receipt.payload;
      expect(locationId).toBe(rest.locationId);
      expect(timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(timestamp)).toBeGreaterThanOrEqual(startedAt);
      expect(Date.parse(timestamp)).toBeLessThanOrEqual(Date.now());
      expect(webhookIds.has(webhookId)).toBe(false);
      webhookIds.add(webhookId);
    }
    return receipts.map((receipt) => receipt.payload as T);
  }
  const types = (payloads: Payload[]) => payloads.map((payload) => payload.type);

  it('contacts: create, update (with the tag and DND events when those change), tags added and removed, delete', async () => {
    let id = '';
    const [created, ...none] = await sentBy(async () => {
      const { body } = await rest.call<{ contact: Contact }>('POST', '/contacts/', { locationId: rest.locationId, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', dateOfBirth: '1815-12-10', tags: ['Lead'] });
      id = body.contact.id;
    });
    expect(none).toEqual([]);
    expect(created).toEqual({
      type: 'ContactCreate',
      locationId: rest.locationId,
      id,
      dateAdded: sandbox.store.contacts.get(id)!.dateAdded,
      dateOfBirth: '1815-12-10T00:00:00.000Z',
      dnd: false,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      tags: ['lead'],
      attachments: [],
      customFields: [],
      timestamp: created!.timestamp,
      webhookId: created!.webhookId,
    });

    expect(types(await sentBy(() => rest.call('PUT', `/contacts/${id}`, { city: 'London' })))).toEqual(['ContactUpdate']);
    const updated = await sentBy(() => rest.call('PUT', `/contacts/${id}`, { tags: ['lead', 'vip'], dnd: true, dndSettings: { SMS: { status: 'active' } } }));
    expect(types(updated)).toEqual(['ContactUpdate', 'ContactTagUpdate', 'ContactDndUpdate']);
    expect(updated[0]).toMatchObject({ id, city: 'London', tags: ['lead', 'vip'], dnd: true });
    expect(updated[0]!.dndSettings).toBeUndefined();
    expect(updated[2]).toMatchObject({ id, dnd: true, dndSettings: { SMS: { status: 'active' } } });

    const added = await sentBy(() => rest.call('POST', `/contacts/${id}/tags`, { tags: ['Hot'] }));
    expect(added).toMatchObject([{ type: 'ContactTagUpdate', id, tags: ['lead', 'vip', 'hot'] }]);
    // Nothing changed, nothing sent.
    expect(await sentBy(() => rest.call('POST', `/contacts/${id}/tags`, { tags: ['hot'] }))).toEqual([]);
    const removed = await sentBy(() => rest.call('DELETE', `/contacts/${id}/tags`, { tags: ['vip'] }));
    expect(removed).toMatchObject([{ type: 'ContactTagUpdate', id, tags: ['lead', 'hot'] }]);

    const deleted = await sentBy(() => rest.call('DELETE', `/contacts/${id}`));
    expect(deleted).toMatchObject([{ type: 'ContactDelete', id, email: 'ada@example.com', tags: ['lead', 'hot'] }]);
  });

  it('sends nothing for a request that changed nothing: refused, or a read', async () => {
    const contact = sandbox.store.contactsOfLocation(rest.locationId)[0]!;
    const sent = await sentBy(async () => {
      expect((await rest.call('POST', '/contacts/', { locationId: rest.locationId, email: 'not an email' })).status).toBe(422);
      expect((await rest.call('DELETE', '/contacts/nope')).status).toBe(404);
      expect((await rest.call('GET', `/contacts/${contact.id}`)).status).toBe(200);
    });
    expect(sent).toEqual([]);
  });

  it('tasks and notes, under their contact’s location', async () => {
    const contact = sandbox.store.contactsOfLocation(rest.locationId)[1]!;
    const base = `/contacts/${contact.id}`;
    let taskId = '';
    const [created] = await sentBy(async () => {
      const { body } = await rest.call<{ task: Task }>('POST', `${base}/tasks`, { title: 'Call back', body: 'About the quote', dueDate: '2030-01-02T10:00:00.000Z', completed: false });
      taskId = body.task.id;
    });
    expect(created).toEqual({
      type: 'TaskCreate',
      locationId: rest.locationId,
      id: taskId,
      body: 'About the quote',
      contactId: contact.id,
      title: 'Call back',
      dueDate: '2030-01-02T10:00:00.000Z',
      timestamp: created!.timestamp,
      webhookId: created!.webhookId,
    });
    // GHL has no event for other edits of a task.
    expect(await sentBy(() => rest.call('PUT', `${base}/tasks/${taskId}`, { title: 'Call back today' }))).toEqual([]);
    expect(await sentBy(() => rest.call('PUT', `${base}/tasks/${taskId}/completed`, { completed: true }))).toMatchObject([
      { type: 'TaskComplete', id: taskId, title: 'Call back today' },
    ]);
    expect(await sentBy(() => rest.call('DELETE', `${base}/tasks/${taskId}`))).toMatchObject([{ type: 'TaskDelete', id: taskId }]);

    let noteId = '';
    const [note] = await sentBy(async () => {
      noteId = (await rest.call<{ note: Note }>('POST', `${base}/notes`, { body: 'Prefers email' })).body.note.id;
    });
    expect(note).toEqual({
      type: 'NoteCreate',
      locationId: rest.locationId,
      id: noteId,
      body: 'Prefers email',
      contactId: contact.id,
      dateAdded: sandbox.store.notes.get(noteId)!.dateAdded,
      timestamp: note!.timestamp,
      webhookId: note!.webhookId,
    });
    expect(await sentBy(() => rest.call('PUT', `${base}/notes/${noteId}`, { body: 'Prefers phone' }))).toMatchObject([
      { type: 'NoteUpdate', id: noteId, body: 'Prefers phone' },
    ]);
    expect(await sentBy(() => rest.call('DELETE', `${base}/notes/${noteId}`))).toMatchObject([{ type: 'NoteDelete', id: noteId }]);
  });

  it('opportunities: create, update with an event per kind of change, status, delete', async () => {
    const pipeline = sandbox.store.pipelinesOfLocation(rest.locationId)[0]!;
    const taken = new Set(sandbox.store.opportunitiesOfLocation(rest.locationId).map((o) => o.contactId));
    const contact = sandbox.store.contactsOfLocation(rest.locationId).find((c) => !taken.has(c.id))!;
    const [user] = sandbox.store.usersOfLocation(rest.locationId);
    let id = '';
    const [created] = await sentBy(async () => {
      const { body } = await rest.call<{ opportunity: Opportunity }>('POST', '/opportunities/', { pipelineId: pipeline.id, locationId: rest.locationId, name: 'Roof', status: 'open', contactId: contact.id, monetaryValue: 100 });
      id = body.opportunity.id;
    });
    expect(created).toEqual({
      type: 'OpportunityCreate',
      locationId: rest.locationId,
      id,
      contactId: contact.id,
      monetaryValue: 100,
      name: 'Roof',
      pipelineId: pipeline.id,
      pipelineStageId: pipeline.stages[0]!.id,
      status: 'open',
      dateAdded: sandbox.store.opportunities.get(id)!.createdAt,
      timestamp: created!.timestamp,
      webhookId: created!.webhookId,
    });

    expect(types(await sentBy(() => rest.call('PUT', `/opportunities/${id}`, { name: 'New roof' })))).toEqual(['OpportunityUpdate']);
    const changes = { pipelineStageId: pipeline.stages[1]!.id, monetaryValue: 250, assignedTo: user!.id, status: 'won' };
    const updated = await sentBy(() => rest.call('PUT', `/opportunities/${id}`, changes));
    expect(types(updated)).toEqual([
      'OpportunityUpdate',
      'OpportunityStageUpdate',
      'OpportunityStatusUpdate',
      'OpportunityMonetaryValueUpdate',
      'OpportunityAssignedToUpdate',
    ]);
    for (const payload of updated) expect(payload).toMatchObject({ id, name: 'New roof', ...changes });

    expect(await sentBy(() => rest.call('PUT', `/opportunities/${id}/status`, { status: 'lost' }))).toMatchObject([
      { type: 'OpportunityStatusUpdate', id, status: 'lost' },
    ]);
    expect(await sentBy(() => rest.call('PUT', `/opportunities/${id}/status`, { status: 'lost' }))).toEqual([]);
    expect(await sentBy(() => rest.call('DELETE', `/opportunities/${id}`))).toMatchObject([{ type: 'OpportunityDelete', id }]);
  });

  it('messages out and in, and the conversation’s unread count', async () => {
    const conversation = sandbox.store.conversationsOfLocation(rest.locationId).find((c) => {
      const contact = sandbox.store.contacts.get(c.contactId);
      return contact?.phone && !contact.dnd && !contact.dndSettings?.SMS;
    })!;
    const [outbound] = await sentBy<Payload & { messageId: string }>(() => rest.call('POST', '/conversations/messages', { type: 'SMS', contactId: conversation.contactId, message: 'See you at 3pm!' }, V1));
    const sent = sandbox.store.messages.get(outbound!.messageId)!;
    expect(outbound).toEqual({
      type: 'OutboundMessage',
      locationId: rest.locationId,
      messageId: sent.id,
      conversationId: conversation.id,
      contactId: conversation.contactId,
      attachments: [],
      body: 'See you at 3pm!',
      contentType: 'text/plain',
      dateAdded: sent.dateAdded,
      direction: 'outbound',
      messageType: 'SMS',
      status: 'delivered',
      source: 'api',
      timestamp: outbound!.timestamp,
      webhookId: outbound!.webhookId,
    });

    const unread = sandbox.store.conversations.get(conversation.id)!.unreadCount;
    const inbound = await sentBy(() =>
      rest.call('POST', '/conversations/messages/inbound', { type: 'SMS', conversationId: conversation.id, contactId: conversation.contactId, conversationProviderId: 'provider1', message: 'Running late' }, V1),
    );
    expect(inbound).toMatchObject([
      { type: 'InboundMessage', conversationId: conversation.id, direction: 'inbound', messageType: 'SMS', body: 'Running late', conversationProviderId: 'provider1' },
      { type: 'ConversationUnreadUpdate', id: conversation.id, contactId: conversation.contactId, unreadCount: unread + 1 },
    ]);
    const read = await sentBy(() => rest.call('PUT', `/conversations/${conversation.id}`, { locationId: rest.locationId, unreadCount: 0 }, V1));
    expect(read).toEqual([
      {
        type: 'ConversationUnreadUpdate',
        locationId: rest.locationId,
        id: conversation.id,
        contactId: conversation.contactId,
        deleted: false,
        inbox: conversation.inbox,
        starred: conversation.starred,
        unreadCount: 0,
        timestamp: read[0]!.timestamp,
        webhookId: read[0]!.webhookId,
      },
    ]);
    // Starring is not an unread change.
    expect(await sentBy(() => rest.call('PUT', `/conversations/${conversation.id}`, { locationId: rest.locationId, starred: true }, V1))).toEqual([]);
  });

  it('appointments booked, edited and deleted, the appointment nested as the docs show', async () => {
    const calendar = sandbox.store.calendarsOfLocation(rest.locationId).find((c) => c.isActive)!;
    const contact = sandbox.store.contactsOfLocation(rest.locationId)[2]!;
    const startTime = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const [created] = await sentBy<Payload & { appointment: { id: string } }>(() =>
      rest.call('POST', '/calendars/events/appointments', { calendarId: calendar.id, locationId: rest.locationId, contactId: contact.id, startTime, title: 'Consultation', ignoreFreeSlotValidation: true }, V1),
    );
    const stored = sandbox.store.appointments.get(created!.appointment.id)!;
    expect(created).toMatchObject({
      type: 'AppointmentCreate',
      locationId: rest.locationId,
      appointment: { id: stored.id, title: 'Consultation', calendarId: calendar.id, contactId: contact.id, appointmentStatus: stored.appointmentStatus, startTime: stored.startTime, endTime: stored.endTime },
    });
    expect(created!['id']).toBeUndefined();
    const edited = await sentBy(() => rest.call('PUT', `/calendars/events/appointments/${stored.id}`, { appointmentStatus: 'cancelled' }, V1));
    expect(edited).toMatchObject([{ type: 'AppointmentUpdate', appointment: { id: stored.id, appointmentStatus: 'cancelled' } }]);
    const deleted = await sentBy(() => rest.call('DELETE', `/calendars/events/${stored.id}`, {}, V1));
    expect(deleted).toMatchObject([{ type: 'AppointmentDelete', locationId: rest.locationId, appointment: { id: stored.id, calendarId: calendar.id, contactId: contact.id } }]);
  });

  it('a product’s price replaced and deleted, its type named priceType as the docs show', async () => {
    const product = sandbox.store.productsOfLocation(rest.locationId).find((p) => sandbox.store.pricesOfProduct(p.id).length > 0)!;
    const price = sandbox.store.pricesOfProduct(product.id)[0]!;
    const path = `/products/${product.id}/price/${price.id}`;
    const body = { name: 'Replaced', type: 'one_time', currency: 'usd', amount: 42, locationId: rest.locationId };
    expect(await sentBy(() => rest.call('PUT', path, body, V2))).toMatchObject([
      { type: 'PriceUpdate', locationId: rest.locationId, _id: price.id, product: product.id, name: 'Replaced', priceType: 'one_time', currency: 'USD', amount: 42 },
    ]);
    expect(await sentBy(() => rest.call('DELETE', `${path}?locationId=${rest.locationId}`, undefined, V2))).toMatchObject([
      { type: 'PriceDelete', locationId: rest.locationId, _id: price.id, product: product.id },
    ]);
  });

  it('invoices created, sent, paid in part and in full, voided, named by altId as the docs show', async () => {
    const contact = sandbox.store.contactsOfLocation(rest.locationId).find((c) => c.email && c.phone)!;
    const alt = { altId: rest.locationId, altType: 'location' };
    const invoice = {
      ...alt,
      name: 'Consultation',
      businessDetails: { name: 'Summit Dental Care' },
      currency: 'USD',
      items: [{ name: 'Visit', currency: 'USD', amount: 100, qty: 1 }],
      discount: { type: 'percentage', value: 0 },
      contactDetails: { id: contact.id, name: contact.name ?? 'Someone', phoneNo: contact.phone, email: contact.email },
      issueDate: '2025-11-03',
      sentTo: { email: [contact.email] },
      liveMode: false,
    };
    let id = '';
    const [created] = await sentBy(async () => {
      id = (await rest.call<{ _id: string }>('POST', '/invoices/', invoice)).body._id;
    });
    expect(created).toMatchObject({ type: 'InvoiceCreate', locationId: rest.locationId, _id: id, ...alt, status: 'draft', total: 100, amountDue: 100, contactDetails: { id: contact.id } });
    expect(created!['invoiceNumber']).toBe(String(sandbox.store.invoices.get(id)!.invoiceNumber));

    const userId = sandbox.store.usersOfLocation(rest.locationId)[0]!.id;
    expect(await sentBy(() => rest.call('POST', `/invoices/${id}/send`, { ...alt, userId, action: 'email', liveMode: false }))).toMatchObject([
      { type: 'InvoiceSent', _id: id, status: 'sent' },
    ]);
    const payment = { ...alt, mode: 'cash', card: { brand: '', last4: '' }, cheque: { number: '' }, notes: 'At the desk' };
    expect(await sentBy(() => rest.call('POST', `/invoices/${id}/record-payment`, { ...payment, amount: 40 }))).toMatchObject([
      { type: 'InvoicePartiallyPaid', _id: id, status: 'partially_paid', amountPaid: 40, amountDue: 60 },
    ]);
    expect(await sentBy(() => rest.call('POST', `/invoices/${id}/record-payment`, payment))).toMatchObject([
      { type: 'InvoicePaid', _id: id, status: 'paid', amountPaid: 100, amountDue: 0 },
    ]);

    const other = (await rest.call<{ _id: string }>('POST', '/invoices/', invoice)).body._id;
    await sandbox.webhooks.idle();
    expect(await sentBy(() => rest.call('POST', `/invoices/${other}/void`, alt))).toMatchObject([{ type: 'InvoiceVoid', _id: other, status: 'void' }]);
  });

  it('text to pay: the invoice created as a draft, then sent, in that order', async () => {
    const contact = sandbox.store.contactsOfLocation(rest.locationId).find((c) => c.email && c.phone)!;
    const userId = sandbox.store.usersOfLocation(rest.locationId)[0]!.id;
    const body = {
      altId: rest.locationId,
      altType: 'location',
      name: 'Text to pay',
      currency: 'USD',
      items: [{ name: 'Visit', currency: 'USD', amount: 75, qty: 1 }],
      contactDetails: { id: contact.id, name: contact.name ?? 'Someone', phoneNo: contact.phone, email: contact.email },
      issueDate: '2025-11-03',
      sentTo: { email: [contact.email], phoneNo: [contact.phone] },
      liveMode: false,
      action: 'send',
      userId,
    };
    let id = '';
    const events = await sentBy(async () => {
      const answer = await rest.call<{ invoice: { _id: string } }>('POST', '/invoices/text2pay', body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      id = answer.body.invoice._id;
    });
    expect(events).toMatchObject([
      { type: 'InvoiceCreate', locationId: rest.locationId, _id: id, status: 'draft', total: 75 },
      { type: 'InvoiceSent', locationId: rest.locationId, _id: id, status: 'sent', total: 75 },
    ]);
  });

  it('logs each delivery with its attempts', () => {
    const delivered = sandbox.webhooks.deliveries;
    expect(delivered.length).toBe(receiver.receipts.length);
    expect(delivered.every((delivery) => delivery.state === 'delivered' && delivery.attempts.join() === '200' && delivery.url === receiver.url)).toBe(true);
    expect(delivered.map((delivery) => delivery.body)).toEqual(receiver.receipts.map((receipt) => receipt.body));
  });
});

describe('delivery', () => {
  const contactBody = (locationId: string) => ({ locationId, firstName: 'Grace', email: `grace-${randomUUID()}@example.com` });

  it('signs with a shared secret as hex HMAC-SHA256, and sends the same delivery to every URL', async () => {
    const [first, second] = [await startReceiver(), await startReceiver()];
    opened.push(first, second);
    const secret = `whsec-${randomUUID()}`;
    const sandbox = await sandboxSendingTo([first.url, second.url], { sign: { scheme: 'hmac-sha256', secret } });
    const rest = restClient(sandbox);
    await rest.call('POST', '/contacts/', contactBody(rest.locationId));
    await sandbox.webhooks.idle();
    for (const receiver of [first, second]) {
      expect(receiver.receipts).toHaveLength(1);
      const [receipt] = receiver.receipts;
      expect(receipt!.headers['x-ghl-signature']).toBe(createHmac('sha256', secret).update(receipt!.body).digest('hex'));
    }
    expect(second.receipts[0]!.body).toBe(first.receipts[0]!.body);
  });

  it('tries again after a 500, twice, with the same bytes: one delivery answered 2xx', async () => {
    const receiver = await startReceiver((_, index) => (index < 2 ? 500 : 200));
    opened.push(receiver);
    const sandbox = await sandboxSendingTo([receiver.url]);
    const rest = restClient(sandbox);
    await rest.call('POST', '/contacts/', contactBody(rest.locationId));
    await sandbox.webhooks.idle();

    expect(receiver.receipts).toHaveLength(3);
    const [first] = receiver.receipts;
    for (const receipt of receiver.receipts) {
      expect(receipt.body).toBe(first!.body);
      expect(receipt.headers['x-ghl-signature']).toBe(first!.headers['x-ghl-signature']);
    }
    expect(sandbox.webhooks.deliveries).toMatchObject([{ webhookId: first!.payload.webhookId, attempts: [500, 500, 200], state: 'delivered' }]);
  });

  it('loses nothing while the receiver is briefly down, and keeps the order of the changes', async () => {
    // A port that was free: nothing listens there until the receiver comes back.
    const gone = await startReceiver();
    await gone.close();
    const sandbox = await sandboxSendingTo([gone.url], { retryBaseMs: 50 });
    const rest = restClient(sandbox);
    const { body } = await rest.call<{ contact: Contact }>('POST', '/contacts/', contactBody(rest.locationId));
    await rest.call('PUT', `/contacts/${body.contact.id}`, { city: 'Arlington' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The first change is being tried again; the second waits behind it, untried.
    const [created, updated] = sandbox.webhooks.deliveries;
    expect(created).toMatchObject({ type: 'ContactCreate', state: 'pending', attempts: expect.arrayContaining([0]) });
    expect(updated).toMatchObject({ type: 'ContactUpdate', state: 'pending', attempts: [] });

    const back = await startReceiver(undefined, gone.port);
    opened.push(back);
    await sandbox.webhooks.idle();
    expect(back.receipts.map((receipt) => receipt.payload.type)).toEqual(['ContactCreate', 'ContactUpdate']);
    expect(sandbox.webhooks.deliveries.map((delivery) => delivery.state)).toEqual(['delivered', 'delivered']);
  });

  it('gives up after the last attempt', async () => {
    const receiver = await startReceiver(() => 503);
    opened.push(receiver);
    const sandbox = await sandboxSendingTo([receiver.url], { maxAttempts: 3, retryBaseMs: 5 });
    const rest = restClient(sandbox);
    await rest.call('POST', '/contacts/', contactBody(rest.locationId));
    await sandbox.webhooks.idle();
    expect(receiver.receipts).toHaveLength(3);
    expect(sandbox.webhooks.deliveries).toMatchObject([{ attempts: [503, 503, 503], state: 'failed' }]);
  });

  it('never holds up the REST answer, however slow the receiver', async () => {
    const receiver = await startReceiver(() => new Promise((resolve) => setTimeout(() => resolve(200), 1_500)));
    opened.push(receiver);
    const sandbox = await sandboxSendingTo([receiver.url]);
    const rest = restClient(sandbox);
    const startedAt = Date.now();
    const { status } = await rest.call('POST', '/contacts/', contactBody(rest.locationId));
    expect(status).toBe(201);
    expect(Date.now() - startedAt).toBeLessThan(500);
    expect(sandbox.webhooks.deliveries).toMatchObject([{ state: 'pending' }]);
    await sandbox.webhooks.idle();
    expect(sandbox.webhooks.deliveries).toMatchObject([{ attempts: [200], state: 'delivered' }]);
  });
});

describe('through the gateway', () => {
  const keys = webhookKeys();
  const stack = useStack({
    sandbox: { webhooks: { urls: [], sign: { scheme: 'ed25519', privateKey: keys.ed25519 } } },
    env: { GHL_WEBHOOK_ED25519_PUBLIC_KEY: keys.env['GHL_WEBHOOK_ED25519_PUBLIC_KEY']! },
  });
  let subscriber: Subscriber<SandboxWebhooksEventsSubscription>;

  beforeAll(async () => {
    stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
    subscriber = subscribeWs(stack.gateway.url, EVENTS, { locationId: stack.locationId }, { token: stack.token });
    // Live once a probe, signed with the same key, has come through.
    for (let tries = 0; subscriber.received.length === 0; tries++) {
      if (tries > 100) throw new Error(`never live: ${JSON.stringify(subscriber.errors)}`);
      await deliver(stack.gateway.webhookUrl, keys, contactCreate(stack.locationId, { probe: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  // Registered after useStack's: the subscriber leaves before the gateway closes.
  afterAll(() => subscriber.close());

  it('a createContact mutation reaches an events subscriber as a ContactCreate, exactly once', async () => {
    const { data, errors } = await stack.gql(CREATE_CONTACT, { input: { firstName: 'Ada', email: `ada-${randomUUID()}@example.com` } });
    expect(errors).toBeUndefined();
    const ghlId = data.createContact.contact!.ghlId;
    const [event] = await subscriber.waitFor((d) => d.events.type === 'ContactCreate' && d.events.entityId === ghlId);
    expect(event!.events).toMatchObject({ type: 'ContactCreate', locationId: stack.locationId, payload: { id: ghlId, firstName: 'Ada' } });

    // Everything sent has been answered; a marker published after it arrives after any duplicate would.
    await stack.sandbox.webhooks.idle();
    const marker = contactCreate(stack.locationId, { probe: true });
    await deliver(stack.gateway.webhookUrl, keys, marker);
    await subscriber.waitFor((d) => d.events.webhookId === marker['webhookId']);
    expect(subscriber.received.filter((d) => d.events.entityId === ghlId)).toHaveLength(1);
    expect(stack.sandbox.webhooks.deliveries.find((delivery) => delivery.webhookId === event!.events.webhookId)).toMatchObject({ attempts: [200] });
  });
});

describe('configuration', () => {
  const pem = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('reads the URLs, and one signing scheme', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const config = loadSandboxConfig({
      SANDBOX_WEBHOOK_URLS: 'http://127.0.0.1:4000/webhooks/ghl, https://example.com/hooks',
      SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY: pem(privateKey).replaceAll('\n', '\\n'),
    });
    expect(config.webhooks.urls).toEqual(['http://127.0.0.1:4000/webhooks/ghl', 'https://example.com/hooks']);
    expect(config.webhooks.ed25519PrivateKey?.asymmetricKeyType).toBe('ed25519');
    expect(loadSandboxConfig({}).webhooks).toEqual({ urls: [], secret: undefined, ed25519PrivateKey: undefined });
  });

  it.each([
    ['SANDBOX_WEBHOOK_URLS', { SANDBOX_WEBHOOK_URLS: 'http://ok.example, not a url' }],
    ['SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY', { SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY: pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey) }],
    ['SANDBOX_WEBHOOK_SECRET', { SANDBOX_WEBHOOK_SECRET: 's3cret', SANDBOX_WEBHOOK_ED25519_PRIVATE_KEY: pem(generateKeyPairSync('ed25519').privateKey) }],
  ])('refuses a bad %s, naming it', (name, env) => {
    expect(() => loadSandboxConfig(env)).toThrow(SandboxConfigError);
    expect(() => loadSandboxConfig(env)).toThrow(new RegExp(`(: |; )${name}\\b`));
  });
});

describe('as a user runs it', () => {
  const running: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of running.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = once(child, 'exit');
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  });

  /** As test/start.test.ts runs the README's commands: its own process group, no GHL_* or SANDBOX_* from this shell. */
  function start(script: string, env: Record<string, string>) {
    const clean = Object.entries(process.env).filter(([key]) => !key.startsWith('GHL_') && !key.startsWith('SANDBOX_'));
    const child = spawn('npm', ['run', '--silent', script], { env: { ...Object.fromEntries(clean), ...env }, detached: true });
    running.push(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return async (pattern: RegExp) => {
      for (let waited = 0; waited < 20_000; waited += 50) {
        const match = output.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no ${pattern} in output:\n${output}`);
    };
  }

  it('`npm start`: a createContact mutation shows in an events subscription over WebSocket', async () => {
    const [, url] = await start('start', { PORT: '0' })(/"url":"(http:\/\/[^"]+\/graphql)"/);
    const subscriber = subscribeWs(url!, EVENTS);
    try {
      // The subscription is live once an event comes: until then, each mutation may be too early.
      const created: string[] = [];
      for (let tries = 0; subscriber.received.length === 0; tries++) {
        if (tries > 40) throw new Error(`no event: ${JSON.stringify(subscriber.errors)}`);
        const response = await fetch(url!, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: print(CREATE_CONTACT), variables: { input: { firstName: 'Live', email: `live-${randomUUID()}@example.com` } } }),
        });
        const { data, errors } = (await response.json()) as GqlResponse<SandboxWebhooksCreateContactMutation>;
        expect(errors).toBeUndefined();
        created.push(data.createContact.contact!.ghlId);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const [event] = subscriber.received;
      expect(event!.events).toMatchObject({ type: 'ContactCreate', payload: { firstName: 'Live' } });
      expect(created).toContain(event!.events.entityId);
    } finally {
      await subscriber.close();
    }
  });

  it('`npm run sandbox` sends to SANDBOX_WEBHOOK_URLS, signed with the key it prints', async () => {
    const receiver = await startReceiver();
    opened.push(receiver);
    const waitFor = start('sandbox', { SANDBOX_PORT: '0', SANDBOX_WEBHOOK_URLS: receiver.url });
    const [, url] = await waitFor(/listening on (http:\/\/\S+)/);
    const [, locationId, token] = await waitFor(/^\s+(\w{20})\s+.+?\s(sbx-loc-\S+)$/m);
    const [, printedKey] = await waitFor(/GHL_WEBHOOK_ED25519_PUBLIC_KEY="([^"]+)"/);
    const gatewayConfig = loadConfig({ GHL_WEBHOOK_ED25519_PUBLIC_KEY: printedKey! });

    const response = await fetch(`${url}/contacts/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, version: V2, 'content-type': 'application/json' },
      body: JSON.stringify({ locationId, firstName: 'Alone' }),
    });
    expect(response.status).toBe(201);
    for (let waited = 0; receiver.receipts.length === 0 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const [receipt] = receiver.receipts;
    expect(receipt?.payload).toMatchObject({ type: 'ContactCreate', locationId, firstName: 'Alone' });
    expect(ed25519Verifies(receipt!, gatewayConfig.webhooks.ed25519PublicKey!)).toBe(true);
  });
});
