/**
 * The typed subscription fields (`contactEvents`, `opportunityEvents`, ...) and the `GhlEvent`
 * interface, over real transports: signed webhooks built from the sandbox's own records are POSTed
 * to the gateway, and what subscribers get is checked against the sandbox, field by field, with
 * the REST calls each event cost counted where they leave the gateway.
 */
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, getNamedType, type GraphQLNamedType } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { eventCatalog } from '../src/events/events.ts';
import { familyNames } from '../src/schema/subscriptions/fields/names.ts';
import type { Appointment, Contact, Conversation, Invoice, Message, Note, Opportunity, Pipeline, Task } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { useStack } from './support/stack.ts';
import { subscribeSse, subscribeWs, type SubscribeOptions, type Subscriber } from './support/subscriber.ts';
import { deliver, webhookKeys } from './support/webhooks.ts';

const keys = webhookKeys();
const stack = useStack({ env: keys.env });
const open: Subscriber<unknown>[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscriber) => subscriber.close()));
});

const post = async (payload: object) => expect((await deliver(stack.gateway.webhookUrl, keys, payload)).body).toMatchObject({ emitted: true });
const stamp = () => ({ webhookId: randomUUID(), timestamp: new Date().toISOString() });
const calls = (operation?: string) => stack.gateway.client.stats.count(operation);

// Records of the gateway's default location, straight from the sandbox.

const store = () => stack.sandbox.store;
const here = <T extends { locationId: string }>(records: Map<string, T>) => [...records.values()].filter((r) => r.locationId === stack.locationId);
const first = <T>(records: T[], what: string): T => {
  if (!records[0]) throw new Error(`the sandbox has no ${what}`);
  return records[0];
};

// Webhooks as GHL's docs show them, for sandbox records.

const contactWebhook = (type: string, c: Contact) => ({
  type, locationId: c.locationId, id: c.id, address1: c.address1, city: c.city, state: c.state, companyName: c.companyName,
  country: c.country, source: c.source, dateAdded: c.dateAdded, dnd: c.dnd, email: c.email, name: c.name, firstName: c.firstName,
  lastName: c.lastName, phone: c.phone, postalCode: c.postalCode, tags: c.tags, website: c.website, attachments: [],
  assignedTo: c.assignedTo, customFields: c.customFields, ...stamp(),
});

const opportunityWebhook = (type: string, o: Opportunity, changes: Partial<Opportunity> = {}) => {
  const x = { ...o, ...changes };
  return {
    type, locationId: x.locationId, id: x.id, assignedTo: x.assignedTo, contactId: x.contactId, monetaryValue: x.monetaryValue,
    name: x.name, pipelineId: x.pipelineId, pipelineStageId: x.pipelineStageId, source: x.source, status: x.status,
    dateAdded: x.createdAt, ...stamp(),
  };
};

const taskWebhook = (type: string, t: Task) => ({
  type, locationId: stack.locationId, id: t.id, assignedTo: t.assignedTo, body: t.body, contactId: t.contactId, title: t.title,
  dueDate: t.dueDate, ...stamp(),
});

const noteWebhook = (type: string, n: Note) => ({
  type, locationId: stack.locationId, id: n.id, body: n.body, contactId: n.contactId, dateAdded: n.dateAdded, ...stamp(),
});

const appointmentWebhook = (type: string, a: Appointment) => ({
  type, locationId: a.locationId,
  appointment: {
    id: a.id, address: a.address, title: a.title, calendarId: a.calendarId, contactId: a.contactId, groupId: a.groupId,
    appointmentStatus: a.appointmentStatus, assignedUserId: a.assignedUserId, users: a.users, notes: a.notes, source: 'booking_widget',
    startTime: a.startTime, endTime: a.endTime, dateAdded: a.dateAdded, dateUpdated: a.dateUpdated,
  },
  ...stamp(),
});

/** GHL's webhook names the channel as the send API does: `SMS`, `Email`, `CALL`. */
const channelOf = (messageType: string) => ({ TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_CALL: 'CALL' })[messageType] ?? messageType;

const messageWebhook = (type: string, m: Message, changes: Partial<Message> = {}) => {
  const x = { ...m, ...changes };
  return {
    type, locationId: x.locationId, attachments: x.attachments, body: x.body, contactId: x.contactId, contentType: x.contentType,
    conversationId: x.conversationId, dateAdded: x.dateAdded, direction: x.direction, messageType: channelOf(x.messageType),
    messageId: x.id, status: x.status, ...stamp(),
  };
};

/** An invoice webhook is the invoice itself, as the invoices API serves it. */
const invoiceWebhook = (type: string, i: Invoice) => {
  const { id, ...rest } = i;
  return { type, _id: id, ...rest, ...stamp() };
};

/**
 * A subscriber known to be listening, and quiet: probes matching its filters are POSTed until one
 * arrives, then the last one is awaited, so nothing of the probes is still resolving afterwards.
 * Its `until()` gives the events of `field` that arrived since, probes left out. Documents select `webhookId`.
 */
async function live<F extends string, R extends Record<F, { webhookId: string }>, V>(
  field: F,
  document: TypedDocumentNode<R, V>,
  variables: V,
  probe: () => { webhookId: string },
  { subscribe = subscribeWs, ...options }: SubscribeOptions & { subscribe?: typeof subscribeWs } = { token: stack.token },
) {
  const subscriber = subscribe(stack.gateway.url, document, variables, options);
  open.push(subscriber);
  const probes = new Set<string>();
  let last = '';
  for (let tries = 0; subscriber.received.length === 0; tries++) {
    if (subscriber.errors.length > 0 || tries > 100) throw new Error(`not live: ${JSON.stringify(subscriber.errors)}`);
    const payload = probe();
    probes.add((last = payload.webhookId));
    await post(payload);
    await new Promise((done) => setTimeout(done, 50));
  }
  await subscriber.waitFor((data) => data[field].webhookId === last);
  const mark = subscriber.received.length;
  return {
    subscriber,
    /** Events after the probes, once the one with this webhookId has come. */
    async until(webhookId: string): Promise<R[F][]> {
      await subscriber.waitFor((data) => data[field].webhookId === webhookId);
      return subscriber.received.slice(mark).map((data) => data[field]).filter((event) => !probes.has(event.webhookId));
    },
  };
}

/** The errors a subscription is refused with; it sends text, as only its errors are read. */
async function refusal(query: string, variables: Record<string, unknown>, options: SubscribeOptions = { token: stack.token }) {
  const subscriber = subscribeWs(stack.gateway.url, query, variables, options);
  open.push(subscriber);
  await expect(subscriber.waitFor(() => false, 1, 3_000)).rejects.toThrow(/subscription failed/);
  return subscriber.errors;
}

describe('opportunityEvents', () => {
  const QUERY = graphql(`subscription SubFieldsOpportunityEvents($pipelineId: ID, $types: [OpportunityEventType!]) {
    opportunityEvents(pipelineId: $pipelineId, types: $types) {
      webhookId type opportunityEventType family locationId opportunityId nodeId name opportunityStatus monetaryValue pipelineId pipelineStageId
      stage { name } assignedUser { ghlId }
      opportunity { id ghlId name status monetaryValue stage { name } pipeline { name } contact { email } }
    }
  }`);

  it('types the event, resolves the deal through the loaders, and delivers only its pipeline and types', async () => {
    const [pipeline, otherPipeline] = here(store().pipelines) as [Pipeline, Pipeline];
    const deals = here(store().opportunities);
    const deal = first(deals.filter((o) => o.pipelineId === pipeline.id && store().contacts.get(o.contactId)?.email), 'deal with an emailed contact');
    const elsewhere = first(deals.filter((o) => o.pipelineId === otherPipeline.id), 'deal in a second pipeline');
    const [stage] = pipeline.stages.filter((s) => s.id !== deal.pipelineStageId) as [Pipeline['stages'][number]];
    const moved = { pipelineStageId: stage.id };

    const subscriber = await live(
      'opportunityEvents',
      QUERY,
      // A Pipeline's global id works as well as its GHL id.
      { pipelineId: encodeGlobalID('Pipeline', `${stack.locationId}/${pipeline.id}`), types: ['STAGE_UPDATE', 'DELETE'] },
      () => opportunityWebhook('OpportunityStageUpdate', deal, moved),
    );
    const stageUpdate = opportunityWebhook('OpportunityStageUpdate', deal, moved);
    await post(opportunityWebhook('OpportunityStageUpdate', elsewhere)); // another pipeline
    await post(opportunityWebhook('OpportunityUpdate', deal)); // another type
    await post(stageUpdate);
    const deleted = opportunityWebhook('OpportunityDelete', deal);
    await post(deleted);

    const [event, gone, ...rest] = await subscriber.until(deleted.webhookId);
    expect(rest).toEqual([]);
    const contact = store().contacts.get(deal.contactId)!;
    expect(event).toEqual({
      webhookId: stageUpdate.webhookId,
      type: 'OpportunityStageUpdate',
      opportunityEventType: 'STAGE_UPDATE',
      family: 'OPPORTUNITY',
      locationId: stack.locationId,
      opportunityId: deal.id,
      nodeId: encodeGlobalID('Opportunity', deal.id),
      name: deal.name,
      opportunityStatus: deal.status.toUpperCase(),
      monetaryValue: deal.monetaryValue,
      pipelineId: pipeline.id,
      pipelineStageId: stage.id,
      stage: { name: stage.name },
      assignedUser: deal.assignedTo ? { ghlId: deal.assignedTo } : null,
      opportunity: {
        id: encodeGlobalID('Opportunity', deal.id),
        ghlId: deal.id,
        name: deal.name,
        status: deal.status.toUpperCase(),
        monetaryValue: deal.monetaryValue,
        stage: { name: stage.name },
        pipeline: { name: pipeline.name },
        contact: { email: contact.email },
      },
    });
    // A delete: the deal is gone, its id and what it was stay.
    expect(gone).toMatchObject({ opportunityEventType: 'DELETE', opportunityId: deal.id, nodeId: encodeGlobalID('Opportunity', deal.id), opportunity: null });
    expect(gone?.stage).toEqual({ name: pipeline.stages.find((s) => s.id === deal.pipelineStageId)!.name });
  });

  it('serves what the webhook carries at no cost, and reads the deal from GHL for anything more', async () => {
    const deal = first(here(store().opportunities), 'deal');
    const probe = () => opportunityWebhook('OpportunityUpdate', deal);
    const carried = await live('opportunityEvents', graphql(`subscription SubFieldsOpportunityCarried { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name monetaryValue stageId } } }`), {}, probe);
    const more = await live('opportunityEvents', graphql(`subscription SubFieldsOpportunityLoaded { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt lastStageChangeAt } } }`), {}, probe);

    stack.gateway.client.stats.reset();
    const update = opportunityWebhook('OpportunityUpdate', deal);
    await post(update);
    const [served] = await carried.until(update.webhookId);
    const [loaded] = await more.until(update.webhookId);
    expect(served?.opportunity).toEqual({ name: deal.name, monetaryValue: deal.monetaryValue, stageId: deal.pipelineStageId });
    expect(loaded?.opportunity).toEqual({ name: deal.name, createdAt: deal.createdAt, lastStageChangeAt: deal.lastStageChangeAt });
    // One subscriber's event cost one call, the other's none.
    expect(calls('getOpportunity')).toBe(1);
    expect(calls()).toBe(1);
  });

  it('runs one execution per event for all subscribers of one operation and token, also once the first has gone', async () => {
    const deal = first(here(store().opportunities), 'deal');
    const probe = () => opportunityWebhook('OpportunityUpdate', deal);
    const query = graphql(`subscription SubFieldsOpportunityShared { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt } } }`);
    const founder = await live('opportunityEvents', query, {}, probe);
    const others = [await live('opportunityEvents', query, {}, probe), await live('opportunityEvents', query, {}, probe)];
    // The same operation on the server's token (no Authorization): other credentials, its own execution.
    const serverSide = await live('opportunityEvents', query, {}, probe, {});
    const everyone = [founder, ...others, serverSide];
    const copies = async (each: typeof founder, webhookId: string) => (await each.until(webhookId)).filter((event) => event.webhookId === webhookId);
    const settled = probe();
    await post(settled);
    await Promise.all(everyone.map((each) => each.until(settled.webhookId)));

    stack.gateway.client.stats.reset();
    const update = probe();
    await post(update);
    for (const each of everyone) {
      expect(await copies(each, update.webhookId)).toEqual([{ webhookId: update.webhookId, opportunity: { name: deal.name, createdAt: deal.createdAt } }]);
    }
    expect(calls('getOpportunity')).toBe(2);

    // The execution the others share was the founder's: it goes on without it, its calls to GHL too.
    await founder.subscriber.close();
    stack.gateway.client.stats.reset();
    const next = probe();
    await post(next);
    for (const each of [...others, serverSide]) {
      expect(await copies(each, next.webhookId)).toEqual([{ webhookId: next.webhookId, opportunity: { name: deal.name, createdAt: deal.createdAt } }]);
      expect(each.subscriber.errors).toEqual([]);
    }
    expect(calls('getOpportunity')).toBe(2);
  });
});

describe('contactEvents, taskEvents, noteEvents', () => {
  const contactWith = (what: 'tasks' | 'notes') => {
    const records = [...store()[what].values()] as (Task | Note)[];
    return first(
      here(store().contacts).filter((c) => c.email && records.some((r) => r.contactId === c.id)),
      `contact with ${what}`,
    );
  };

  it('contactEvents: one contact, some types; the contact with its tasks through the loaders; a delete keeps the id', async () => {
    const contact = contactWith('tasks');
    const other = first(here(store().contacts).filter((c) => c.id !== contact.id), 'second contact');
    const subscriber = await live(
      'contactEvents',
      graphql(`subscription SubFieldsContactEvents($contactId: ID) {
        contactEvents(contactId: $contactId, types: [TAG_UPDATE, DELETE]) {
          webhookId contactEventType contactId nodeId name email tags dnd
          contact { id email tags tasks { title } }
        }
      }`),
      { contactId: encodeGlobalID('Contact', contact.id) },
      () => contactWebhook('ContactTagUpdate', contact),
    );
    await post(contactWebhook('ContactTagUpdate', other));
    await post(contactWebhook('ContactUpdate', contact));
    const tagged = contactWebhook('ContactTagUpdate', contact);
    await post(tagged);
    const deleted = contactWebhook('ContactDelete', contact);
    await post(deleted);

    const events = await subscriber.until(deleted.webhookId);
    expect(events.map((event) => event.webhookId)).toEqual([tagged.webhookId, deleted.webhookId]);
    const tasks = [...store().tasks.values()].filter((t) => t.contactId === contact.id).map((t) => t.title);
    expect(events[0]).toEqual({
      webhookId: tagged.webhookId,
      contactEventType: 'TAG_UPDATE',
      contactId: contact.id,
      nodeId: encodeGlobalID('Contact', contact.id),
      name: contact.name,
      email: contact.email,
      tags: contact.tags,
      dnd: contact.dnd,
      contact: { id: encodeGlobalID('Contact', contact.id), email: contact.email, tags: contact.tags, tasks: expect.any(Array) },
    });
    expect(events[0]?.contact?.tasks.map((t) => t.title).sort()).toEqual(tasks.sort());
    expect(events[1]).toMatchObject({ contactEventType: 'DELETE', contactId: contact.id, nodeId: encodeGlobalID('Contact', contact.id), contact: null });
  });

  it('an event about a record GHL no longer has still arrives: NOT_FOUND on that field only, and the subscription goes on', async () => {
    const contact = contactWith('tasks');
    const subscriber = subscribeWs(
      stack.gateway.url,
      graphql(`subscription SubFieldsContactGhost { contactEvents(types: [UPDATE]) { webhookId contactId email contact { timezone } } }`),
      {},
      { token: stack.token },
    );
    open.push(subscriber);
    // A contact the sandbox never had; the webhook carries no timezone, so GHL is asked for it.
    const ghost = () => ({ ...contactWebhook('ContactUpdate', contact), id: 'ghostContact0000001' });
    for (let tries = 0; subscriber.errors.length === 0; tries++) {
      if (tries > 100) throw new Error('no event came');
      await post(ghost());
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(subscriber.errors[0]).toMatchObject({ path: ['contactEvents', 'contact'], extensions: { code: 'NOT_FOUND' } });
    expect(subscriber.received[0]?.contactEvents).toMatchObject({ contactId: 'ghostContact0000001', email: contact.email, contact: null });
    const real = contactWebhook('ContactUpdate', contact);
    await post(real);
    for (let tries = 0; !subscriber.received.some((data) => data.contactEvents.webhookId === real.webhookId); tries++) {
      if (tries > 100) throw new Error('the subscription stopped');
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(subscriber.received.at(-1)?.contactEvents.contact).toEqual({ timezone: contact.timezone ?? null });
  });

  it('taskEvents: what the webhook lacks (completed) is read from GHL; a delete gives a null task', async () => {
    const contact = contactWith('tasks');
    const task = first([...store().tasks.values()].filter((t) => t.contactId === contact.id), 'task');
    const subscriber = await live(
      'taskEvents',
      graphql(`subscription SubFieldsTaskEvents($contactId: ID) {
        taskEvents(contactId: $contactId) {
          webhookId taskEventType taskId nodeId title dueDate contact { email }
          task { id title completed dueDate contact { email } }
        }
      }`),
      { contactId: contact.id },
      () => taskWebhook('TaskCreate', task),
    );
    stack.gateway.client.stats.reset();
    const completed = taskWebhook('TaskComplete', task);
    await post(completed);
    const deleted = taskWebhook('TaskDelete', task);
    await post(deleted);

    const [complete, gone] = await subscriber.until(deleted.webhookId);
    const nodeId = encodeGlobalID('Task', `${contact.id}/${task.id}`);
    expect(complete).toEqual({
      webhookId: completed.webhookId,
      taskEventType: 'COMPLETE',
      taskId: task.id,
      nodeId,
      title: task.title,
      dueDate: new Date(task.dueDate).toISOString(),
      contact: { email: contact.email },
      task: { id: nodeId, title: task.title, completed: task.completed, dueDate: new Date(task.dueDate).toISOString(), contact: { email: contact.email } },
    });
    expect(calls('getContactTask')).toBe(1);
    expect(gone).toMatchObject({ taskEventType: 'DELETE', taskId: task.id, nodeId, task: null, contact: { email: contact.email } });
  });

  it('noteEvents: the note served from the webhook, its author read from GHL', async () => {
    const contact = contactWith('notes');
    const note = first([...store().notes.values()].filter((n) => n.contactId === contact.id && n.userId), 'note with an author');
    const other = contactWith('tasks');
    const subscriber = await live(
      'noteEvents',
      graphql(`subscription SubFieldsNoteEvents($contactId: ID) {
        noteEvents(contactId: $contactId, types: [CREATE]) { webhookId noteEventType noteId note { ghlId body createdAt user { ghlId } } }
      }`),
      { contactId: contact.id },
      () => noteWebhook('NoteCreate', note),
    );
    await post(noteWebhook('NoteCreate', { ...note, contactId: other.id }));
    await post(noteWebhook('NoteDelete', note));
    const created = noteWebhook('NoteCreate', note);
    await post(created);
    const events = await subscriber.until(created.webhookId);
    expect(events).toEqual([
      {
        webhookId: created.webhookId,
        noteEventType: 'CREATE',
        noteId: note.id,
        // `user` is more than the webhook carries (it has no userId): the note is read from GHL.
        note: { ghlId: note.id, body: note.body, createdAt: new Date(note.dateAdded).toISOString(), user: { ghlId: note.userId } },
      },
    ]);
  });
});

describe('appointmentEvents', () => {
  it('one calendar, some types; the appointment with its calendar and contact; a delete keeps the id', async () => {
    const appointments = here(store().appointments);
    const appointment = first(appointments.filter((a) => store().contacts.get(a.contactId)?.email), 'appointment');
    const other = first(appointments.filter((a) => a.calendarId !== appointment.calendarId), 'appointment on another calendar');
    const calendar = store().calendars.get(appointment.calendarId)!;
    const subscriber = await live(
      'appointmentEvents',
      graphql(`subscription SubFieldsAppointmentEvents($calendarId: ID) {
        appointmentEvents(calendarId: $calendarId, types: [CREATE, DELETE]) {
          webhookId appointmentEventType appointmentId title startTime calendar { name }
          appointment { ghlId title status startAt endAt calendar { name } contact { email } }
        }
      }`),
      { calendarId: calendar.id },
      () => appointmentWebhook('AppointmentCreate', appointment),
    );
    await post(appointmentWebhook('AppointmentCreate', other));
    await post(appointmentWebhook('AppointmentUpdate', appointment));
    stack.gateway.client.stats.reset();
    const created = appointmentWebhook('AppointmentCreate', appointment);
    await post(created);
    const deleted = appointmentWebhook('AppointmentDelete', appointment);
    await post(deleted);

    const [booked, gone, ...rest] = await subscriber.until(deleted.webhookId);
    expect(rest).toEqual([]);
    // The webhook answers the appointment's own fields, under their schema-guide names too.
    expect(calls('getAppointment')).toBe(0);
    const startTime = new Date(appointment.startTime).toISOString();
    expect(booked).toEqual({
      webhookId: created.webhookId,
      appointmentEventType: 'CREATE',
      appointmentId: appointment.id,
      title: appointment.title,
      startTime,
      calendar: { name: calendar.name },
      appointment: {
        ghlId: appointment.id,
        title: appointment.title,
        status: appointment.appointmentStatus.toUpperCase(),
        startAt: startTime,
        endAt: new Date(appointment.endTime).toISOString(),
        calendar: { name: calendar.name },
        contact: { email: store().contacts.get(appointment.contactId)!.email },
      },
    });
    expect(gone).toMatchObject({ appointmentEventType: 'DELETE', appointmentId: appointment.id, appointment: null, calendar: { name: calendar.name } });
  });
});

describe('messageEvents', () => {
  const QUERY = graphql(`subscription SubFieldsMessageEvents($conversationId: ID, $direction: MessageDirection) {
    messageEvents(conversationId: $conversationId, direction: $direction) {
      webhookId messageEventType direction messageId body messageType
      message { id body direction type status }
      conversation { ghlId contactId }
      contact { email }
    }
  }`);

  it('one conversation, one direction; the message built from the webhook, its conversation and contact through the loaders', async () => {
    const messages = here(store().messages);
    const inbound = first(messages.filter((m) => m.messageType === 'TYPE_SMS' && m.direction === 'inbound' && m.body), 'inbound SMS');
    const outbound = messages.find((m) => m.conversationId === inbound.conversationId && m.direction === 'outbound') ?? { ...inbound, direction: 'outbound' as const };
    const elsewhere = first(messages.filter((m) => m.conversationId !== inbound.conversationId && m.direction === 'inbound'), 'other conversation');
    const contact = store().contacts.get(inbound.contactId)!;

    const subscriber = await live(
      'messageEvents',
      QUERY,
      { conversationId: encodeGlobalID('Conversation', inbound.conversationId), direction: 'INBOUND' },
      () => messageWebhook('InboundMessage', inbound),
    );
    stack.gateway.client.stats.reset();
    await post(messageWebhook('OutboundMessage', outbound));
    await post(messageWebhook('InboundMessage', elsewhere));
    const received = messageWebhook('InboundMessage', inbound);
    await post(received);

    const [event, ...rest] = await subscriber.until(received.webhookId);
    expect(rest).toEqual([]);
    expect(event).toEqual({
      webhookId: received.webhookId,
      messageEventType: 'INBOUND',
      direction: 'INBOUND',
      messageId: inbound.id,
      body: inbound.body,
      messageType: 'SMS',
      message: {
        id: encodeGlobalID('Message', inbound.id),
        body: inbound.body,
        direction: 'INBOUND',
        type: 'SMS',
        status: inbound.status ?? null,
      },
      conversation: { ghlId: inbound.conversationId, contactId: inbound.contactId },
      contact: { email: contact.email },
    });
    // The message and its conversation came from the webhook; only the contact was read.
    expect(calls('getMessage') + calls('getConversation')).toBe(0);
    expect(calls('getContact')).toBe(1);
  });

  it('an Email OutboundMessage with emailMessageId and threadId but no messageId keeps them all', async () => {
    const email = first(here(store().messages).filter((m) => m.direction === 'outbound' && m.body), 'outbound message');
    // The shape of GHL's own Email example (reference/ghl-webhook-events/OutboundMessage.md): no messageId.
    const webhook = () => {
      const { messageId: _, ...withoutId } = messageWebhook('OutboundMessage', email);
      return {
        ...withoutId, messageType: 'Email', emailMessageId: 'em-sddfDSF3G56GHG', threadId: 'th-sddfDSF3G56GHG',
        from: 'Internal Notify <sample@email.service>', to: ['example@email.com'], cc: 'copy@example.com', subject: 'Order Confirmed',
        provider: 'Leadconnector Gmail', ...stamp(),
      };
    };
    const subscriber = await live(
      'messageEvents',
      graphql(`subscription SubFieldsMessageEmail { messageEvents(types: [OUTBOUND]) {
        webhookId messageId emailMessageId threadId emailFrom emailTo emailCc emailBcc emailProvider subject body conversationId message { id }
      } }`),
      {},
      webhook,
    );
    const sent = webhook();
    await post(sent);
    const [event] = await subscriber.until(sent.webhookId);
    expect(event).toEqual({
      webhookId: sent.webhookId,
      messageId: null,
      emailMessageId: 'em-sddfDSF3G56GHG',
      threadId: 'th-sddfDSF3G56GHG',
      emailFrom: 'Internal Notify <sample@email.service>',
      emailTo: ['example@email.com'],
      emailCc: ['copy@example.com'],
      emailBcc: [],
      emailProvider: 'Leadconnector Gmail',
      subject: 'Order Confirmed',
      body: email.body,
      conversationId: email.conversationId,
      message: null,
    });
  });

  it('a custom provider’s delivery request: what it does not carry is read from GHL', async () => {
    const message = first(here(store().messages).filter((m) => m.direction === 'outbound' && m.body), 'outbound message');
    const request = () => ({
      type: 'SMS', locationId: message.locationId, contactId: message.contactId, messageId: message.id, phone: '+15555550123',
      message: message.body, attachments: [], ...stamp(),
    });
    const subscriber = await live(
      'messageEvents',
      graphql(`subscription SubFieldsMessageProvider { messageEvents(types: [PROVIDER_OUTBOUND]) { webhookId type messageEventType direction messageType phone body message { conversationId } } }`),
      {},
      request,
    );
    const sent = request();
    await post(sent);
    const [event] = await subscriber.until(sent.webhookId);
    expect(event).toEqual({
      webhookId: sent.webhookId,
      type: 'ProviderOutboundMessage',
      messageEventType: 'PROVIDER_OUTBOUND',
      direction: 'OUTBOUND',
      messageType: 'SMS',
      phone: '+15555550123',
      body: message.body,
      message: { conversationId: message.conversationId },
    });
  });
});

describe('invoiceEvents', () => {
  it('serves the invoice the webhook carries whole, without a call; a delete gives a null invoice', async () => {
    const invoice = first([...store().invoices.values()].filter((i) => i.altId === stack.locationId && store().contacts.get(i.contactDetails.id)), 'invoice');
    const subscriber = await live(
      'invoiceEvents',
      graphql(`subscription SubFieldsInvoiceEvents {
        invoiceEvents(types: [PAID, DELETE]) {
          webhookId invoiceEventType invoiceId nodeId invoiceStatus total amountDue contactId
          invoice { id ghlId number status total amountPaid currency items { name qty amount } totalSummary { subTotal } contactDetails { email } }
        }
      }`),
      {},
      () => invoiceWebhook('InvoicePaid', invoice),
    );
    stack.gateway.client.stats.reset();
    await post(invoiceWebhook('InvoiceSent', invoice));
    const paid = invoiceWebhook('InvoicePaid', invoice);
    await post(paid);
    const deleted = { ...invoiceWebhook('InvoiceDelete', invoice), status: 'delete' };
    await post(deleted);

    const [event, gone, ...rest] = await subscriber.until(deleted.webhookId);
    expect(rest).toEqual([]);
    const nodeId = encodeGlobalID('Invoice', `${stack.locationId}/${invoice.id}`);
    expect(event).toEqual({
      webhookId: paid.webhookId,
      invoiceEventType: 'PAID',
      invoiceId: invoice.id,
      nodeId,
      invoiceStatus: invoice.status.toUpperCase(),
      total: invoice.total,
      amountDue: invoice.amountDue,
      contactId: invoice.contactDetails.id,
      invoice: {
        id: nodeId,
        ghlId: invoice.id,
        number: String(invoice.invoiceNumber),
        status: invoice.status.toUpperCase(),
        total: invoice.total,
        amountPaid: invoice.amountPaid,
        currency: invoice.currency,
        items: invoice.invoiceItems.map(({ name, qty, amount }) => ({ name, qty, amount })),
        totalSummary: { subTotal: invoice.totalSummary.subTotal },
        contactDetails: { email: invoice.contactDetails.email },
      },
    });
    expect(gone).toMatchObject({ invoiceEventType: 'DELETE', invoiceId: invoice.id, nodeId, invoiceStatus: null, invoice: null });
    expect(calls()).toBe(0);
  });
});

describe('events: every family through the GhlEvent interface', () => {
  it('types each event by its family, reached with inline fragments', async () => {
    const deal = first(here(store().opportunities), 'deal');
    const contact = store().contacts.get(deal.contactId)!;
    const conversation = first(here(store().conversations), 'conversation') as Conversation;
    const subscriber = await live(
      'events',
      graphql(`subscription SubFieldsGhlEvents {
        events(types: ["OpportunityStageUpdate", "ContactTagUpdate", "ConversationUnreadUpdate", "OrderCreate"]) {
          __typename webhookId type family entityId
          ... on OpportunityEvent { opportunityEventType name opportunity { name contact { email } } }
          ... on ContactEvent { contactEventType name tags contact { email } }
          ... on ConversationEvent { conversationEventType unreadCount conversation { ghlId unreadCount read } }
          ... on OrderEvent { orderEventType status orderId amount items { name quantity productName unitAmount } }
        }
      }`),
      {},
      () => opportunityWebhook('OpportunityStageUpdate', deal),
    );
    const moved = opportunityWebhook('OpportunityStageUpdate', deal);
    const tagged = contactWebhook('ContactTagUpdate', contact);
    const read = {
      type: 'ConversationUnreadUpdate', locationId: stack.locationId, id: conversation.id, contactId: conversation.contactId,
      deleted: false, inbox: true, starred: false, unreadCount: 0, ...stamp(),
    };
    const order = {
      type: 'OrderCreate', locationId: stack.locationId, _id: 'order1', altId: stack.locationId, altType: 'location', status: 'pending',
      contactId: contact.id, currency: 'USD', amount: 17, items: [{ name: 'Tee - XL', qty: 1, product: { _id: 'p1', name: 'Tee' }, price: { _id: 'pr1', amount: 17 } }],
      ...stamp(),
    };
    for (const payload of [moved, tagged, read, order]) await post(payload);

    const events = await subscriber.until(order.webhookId);
    expect(events).toEqual([
      {
        __typename: 'OpportunityEvent', webhookId: moved.webhookId, type: 'OpportunityStageUpdate', family: 'OPPORTUNITY', entityId: deal.id,
        opportunityEventType: 'STAGE_UPDATE', name: deal.name, opportunity: { name: deal.name, contact: { email: contact.email } },
      },
      {
        __typename: 'ContactEvent', webhookId: tagged.webhookId, type: 'ContactTagUpdate', family: 'CONTACT', entityId: contact.id,
        contactEventType: 'TAG_UPDATE', name: contact.name, tags: contact.tags, contact: { email: contact.email },
      },
      {
        __typename: 'ConversationEvent', webhookId: read.webhookId, type: 'ConversationUnreadUpdate', family: 'CONVERSATION',
        entityId: conversation.id, conversationEventType: 'UNREAD_UPDATE', unreadCount: 0, conversation: { ghlId: conversation.id, unreadCount: 0, read: true },
      },
      {
        __typename: 'OrderEvent', webhookId: order.webhookId, type: 'OrderCreate', family: 'ORDER', entityId: 'order1',
        orderEventType: 'CREATE', status: 'pending', orderId: 'order1', amount: 17, items: [{ name: 'Tee - XL', quantity: 1, productName: 'Tee', unitAmount: 17 }],
      },
    ]);
  });
});

describe('over Server-Sent Events', () => {
  it('delivers a typed field to an SSE subscriber', async () => {
    const note = first([...store().notes.values()].filter((n) => store().contacts.get(n.contactId)?.locationId === stack.locationId), 'note');
    const subscriber = await live(
      'noteEvents',
      graphql(`subscription SubFieldsNoteEventsSse { noteEvents(types: [UPDATE]) { webhookId noteEventType noteId body note { body contact { ghlId } } } }`),
      {},
      () => noteWebhook('NoteUpdate', note),
      { subscribe: subscribeSse, token: stack.token },
    );
    const updated = noteWebhook('NoteUpdate', note);
    await post(updated);
    const [event] = await subscriber.until(updated.webhookId);
    expect(event).toEqual({
      webhookId: updated.webhookId, noteEventType: 'UPDATE', noteId: note.id, body: note.body,
      note: { body: note.body, contact: { ghlId: note.contactId } },
    });
  });
});

describe('arguments', () => {
  it('refuses a filter naming no record of the location: BAD_USER_INPUT, with what was not found', async () => {
    const otherContact = first([...store().contacts.values()].filter((c) => c.locationId === stack.otherLocationId), 'contact elsewhere');
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['subscription ($id: ID) { opportunityEvents(pipelineId: $id) { webhookId } }', { id: 'noSuchPipeline' }, /pipelineId: no pipeline noSuchPipeline in location/],
      ['subscription ($id: ID) { contactEvents(contactId: $id) { webhookId } }', { id: 'noSuchContact' }, /contactId: no contact noSuchContact in location/],
      ['subscription ($id: ID) { appointmentEvents(calendarId: $id) { webhookId } }', { id: 'noSuchCalendar' }, /calendarId: no calendar noSuchCalendar in location/],
      ['subscription ($id: ID) { messageEvents(conversationId: $id) { webhookId } }', { id: 'noSuchConversation' }, /conversationId: no conversation/],
    ];
    for (const [query, variables, message] of cases) {
      const [error] = await refusal(query, variables);
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(error?.message).toMatch(message);
    }
    // A contact of a location the token does not reach: GHL's own answer.
    const [error] = await refusal('subscription ($id: ID) { taskEvents(contactId: $id) { webhookId } }', { id: otherContact.id });
    expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses a malformed id before asking GHL anything', async () => {
    stack.gateway.client.stats.reset();
    const [error] = await refusal('subscription ($id: ID) { opportunityEvents(pipelineId: $id) { webhookId } }', {
      id: encodeGlobalID('Contact', 'abc'),
    });
    expect(error).toMatchObject({ message: 'pipelineId must be a Pipeline id, not a Contact id', extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls()).toBe(0);
  });

  it('refuses an event type the family does not have', async () => {
    const errors = await refusal('subscription ($types: [ContactEventType!]) { contactEvents(types: $types) { webhookId } }', {
      types: ['STAGE_UPDATE'],
    });
    expect(errors[0]?.message).toMatch(/Value "STAGE_UPDATE" does not exist in "ContactEventType" enum/);
  });

  it("refuses a location the subscriber's token cannot read (FORBIDDEN) before looking at its filters", async () => {
    const [error] = await refusal('subscription ($id: ID) { contactEvents(contactId: $id) { webhookId } }', { id: 'anyContact' }, { token: stack.otherToken });
    expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('the schema', () => {
  const ghlEvent = schema.getType('GhlEvent') as GraphQLInterfaceType;
  const eventTypes = schema.getImplementations(ghlEvent).objects;

  it('has a type and a subscription field per family, and an enum value for every event of the catalog', () => {
    expect(eventTypes.map((type) => type.name).sort()).toEqual(Object.values(familyNames).map((names) => names.typeName).sort());
    const subscription = schema.getSubscriptionType()!.getFields();
    for (const { typeName, field } of Object.values(familyNames)) expect(String(subscription[field]?.type)).toBe(`${typeName}!`);
    for (const [type, { family }] of Object.entries(eventCatalog)) {
      const values = (schema.getType(`${familyNames[family].typeName}Type`) as GraphQLEnumType).getValues();
      expect(values.map((value) => value.value)).toContain(type);
    }
  });

  it('never gives two event types a field of one name and different types (fragments on `events` would conflict)', () => {
    const typeOf = new Map<string, string>();
    for (const type of eventTypes) {
      for (const field of Object.values(type.getFields())) {
        const first = typeOf.get(field.name) ?? String(field.type);
        typeOf.set(field.name, first);
        expect(`${type.name}.${field.name}: ${String(field.type)}`).toBe(`${type.name}.${field.name}: ${first}`);
      }
    }
  });

  it('describes every type, field, argument and enum value of the subscriptions', () => {
    const missing: string[] = [];
    const seen = new Set<GraphQLNamedType>();
    const visit = (type: GraphQLNamedType) => {
      // The entity types (Contact, Opportunity, ...) belong to the query side of the graph.
      if (seen.has(type) || !(type.name.includes('Event') || type.name === 'Subscription')) return;
      seen.add(type);
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          visit(getNamedType(field.type));
          for (const arg of field.args) visit(getNamedType(arg.type));
        }
      }
    };
    visit(schema.getSubscriptionType()!);
    for (const type of eventTypes) visit(type);
    expect(seen.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
