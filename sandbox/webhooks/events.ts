/**
 * The webhooks a change sends, shaped as GHL's webhook docs (reference/ghl-webhook-events) show
 * each event: its `type`, the `locationId`, and the record's fields under the names the docs use,
 * which are not always the REST API's (an opportunity's `createdAt` is its `dateAdded`, a message's
 * id is its `messageId`, an SMS is `messageType: "SMS"`). The sender adds `timestamp` and
 * `webhookId`. Routes call these right after a write, through their context's `emit`.
 */
import type { Appointment, Contact, Conversation, Invoice, Location, Message, Note, Opportunity, Task, User } from '../model/index.ts';
import { invoiceBody } from '../model/invoices.ts';
import { orderBody, type Order } from '../model/payments.ts';
import { priceBody, productBody, type Price, type Product } from '../model/products.ts';
import { channelOf } from '../routes/message-input.ts';
import { definedOnly } from '../http/validate.ts';

export type SandboxEventType =
  | 'ContactCreate' | 'ContactUpdate' | 'ContactDelete' | 'ContactTagUpdate' | 'ContactDndUpdate'
  | 'TaskCreate' | 'TaskComplete' | 'TaskDelete'
  | 'NoteCreate' | 'NoteUpdate' | 'NoteDelete'
  | 'OpportunityCreate' | 'OpportunityUpdate' | 'OpportunityDelete' | 'OpportunityStageUpdate' | 'OpportunityStatusUpdate'
  | 'OpportunityMonetaryValueUpdate' | 'OpportunityAssignedToUpdate'
  | 'InboundMessage' | 'OutboundMessage' | 'ConversationUnreadUpdate'
  | 'AppointmentCreate' | 'AppointmentUpdate' | 'AppointmentDelete'
  | 'InvoiceCreate' | 'InvoiceUpdate' | 'InvoiceDelete' | 'InvoiceSent' | 'InvoicePaid' | 'InvoicePartiallyPaid' | 'InvoiceVoid'
  | 'ProductCreate' | 'ProductUpdate' | 'ProductDelete' | 'PriceCreate' | 'PriceUpdate' | 'PriceDelete' | 'OrderStatusUpdate'
  | 'LocationCreate' | 'LocationUpdate' | 'UserCreate'
  | 'ObjectSchemaCreate' | 'ObjectSchemaUpdate' | 'RecordCreate' | 'RecordUpdate' | 'RecordDelete'
  | 'AssociationCreate' | 'AssociationUpdate' | 'AssociationDelete' | 'RelationCreate' | 'RelationDelete'
  // AppInstall and AppUninstall, under the names GHL sends them with (../auth/oauth.ts).
  | 'INSTALL' | 'UNINSTALL';

export interface SandboxEvent {
  type: SandboxEventType;
  /** Agency-level events (a location created, an agency user) name a company instead of a location. */
  payload: ({ locationId: string } | { companyId: string }) & Record<string, unknown>;
}

export function contactEvent(type: 'ContactCreate' | 'ContactUpdate' | 'ContactDelete', contact: Contact): SandboxEvent {
  return { type, payload: contactPayload(contact) };
}

/** What a contact update sends besides ContactUpdate: the tag and DND events, when those changed. */
export function contactChanges(before: Contact, after: Contact): SandboxEvent[] {
  const tagsChanged = before.tags.join('\n') !== after.tags.join('\n');
  const dndChanged = before.dnd !== after.dnd || JSON.stringify(before.dndSettings) !== JSON.stringify(after.dndSettings);
  return [
    ...(tagsChanged ? [{ type: 'ContactTagUpdate' as const, payload: contactPayload(after) }] : []),
    // Only this event carries the per-channel settings.
    ...(dndChanged ? [{ type: 'ContactDndUpdate' as const, payload: { ...contactPayload(after), dndSettings: after.dndSettings ?? {} } }] : []),
  ];
}

function contactPayload(contact: Contact) {
  return definedOnly({
    locationId: contact.locationId,
    id: contact.id,
    address1: contact.address1,
    city: contact.city,
    state: contact.state,
    companyName: contact.companyName,
    country: contact.country,
    source: contact.source,
    dateAdded: contact.dateAdded,
    // The docs show a birth date as an instant; GHL's REST API keeps the day.
    dateOfBirth: contact.dateOfBirth && `${contact.dateOfBirth}T00:00:00.000Z`,
    dnd: contact.dnd,
    email: contact.email,
    name: contact.name,
    firstName: contact.firstName,
    lastName: contact.lastName,
    phone: contact.phone,
    postalCode: contact.postalCode,
    tags: contact.tags,
    website: contact.website,
    attachments: [],
    assignedTo: contact.assignedTo,
    customFields: contact.customFields,
  });
}

/** Tasks and notes carry no location of their own: it is their contact's. */
export function taskEvent(type: 'TaskCreate' | 'TaskComplete' | 'TaskDelete', task: Task, locationId: string): SandboxEvent {
  const { id, assignedTo, body, contactId, title, dueDate } = task;
  return { type, payload: definedOnly({ locationId, id, assignedTo, body, contactId, title, dueDate }) };
}

/** GHL has no event for other task edits: only completing one is sent. */
export function taskChanges(before: Task, after: Task, locationId: string): SandboxEvent[] {
  return !before.completed && after.completed ? [taskEvent('TaskComplete', after, locationId)] : [];
}

export function noteEvent(type: 'NoteCreate' | 'NoteUpdate' | 'NoteDelete', note: Note, locationId: string): SandboxEvent {
  const { id, body, contactId, dateAdded } = note;
  return { type, payload: { locationId, id, body, contactId, dateAdded } };
}

export function opportunityEvent(type: 'OpportunityCreate' | 'OpportunityUpdate' | 'OpportunityDelete', opportunity: Opportunity): SandboxEvent {
  return { type, payload: opportunityPayload(opportunity) };
}

/** The events of what an update changed: the stage (a new pipeline is a new stage), status, value, owner. */
export function opportunityChanges(before: Opportunity, after: Opportunity): SandboxEvent[] {
  const changed = [
    before.pipelineStageId !== after.pipelineStageId && 'OpportunityStageUpdate',
    before.status !== after.status && 'OpportunityStatusUpdate',
    before.monetaryValue !== after.monetaryValue && 'OpportunityMonetaryValueUpdate',
    before.assignedTo !== after.assignedTo && 'OpportunityAssignedToUpdate',
  ] as const;
  return changed.filter((type) => type !== false).map((type) => ({ type, payload: opportunityPayload(after) }));
}

function opportunityPayload(opportunity: Opportunity) {
  const { locationId, id, assignedTo, contactId, monetaryValue, name, pipelineId, pipelineStageId, source, status } = opportunity;
  return definedOnly({ locationId, id, assignedTo, contactId, monetaryValue, name, pipelineId, pipelineStageId, source, status, dateAdded: opportunity.createdAt });
}

/** InboundMessage or OutboundMessage, by the message's direction. */
export function messageEvent(message: Message): SandboxEvent {
  const emailMessageId = message.meta?.email?.messageIds[0];
  return {
    type: message.direction === 'inbound' ? 'InboundMessage' : 'OutboundMessage',
    payload: definedOnly({
      locationId: message.locationId,
      messageId: message.id,
      conversationId: message.conversationId,
      contactId: message.contactId,
      attachments: message.attachments,
      body: message.body,
      contentType: message.contentType,
      dateAdded: message.dateAdded,
      direction: message.direction,
      // The docs name channels as the message DTOs do ("SMS", "Email"), but a call "CALL".
      messageType: message.messageType === 'TYPE_CALL' ? 'CALL' : (channelOf(message.messageType) ?? message.messageType),
      // A call's status is how it ended.
      status: message.status ?? message.meta?.callStatus,
      source: message.source,
      userId: message.userId,
      conversationProviderId: message.conversationProviderId,
      callStatus: message.meta?.callStatus,
      callDuration: message.meta?.callDuration,
      emailMessageId,
      threadId: emailMessageId,
    }),
  };
}

/** Reading a conversation, or a new inbound message, changes its unread count. */
export function conversationChanges(before: Conversation, after: Conversation): SandboxEvent[] {
  if (before.unreadCount === after.unreadCount) return [];
  const { locationId, id, contactId, deleted, inbox, starred, unreadCount } = after;
  return [{ type: 'ConversationUnreadUpdate', payload: { locationId, id, contactId, deleted, inbox, starred, unreadCount } }];
}

export function appointmentEvent(type: 'AppointmentCreate' | 'AppointmentUpdate' | 'AppointmentDelete', appointment: Appointment): SandboxEvent {
  const { id, address, title, calendarId, contactId, groupId, appointmentStatus, assignedUserId, users, notes, startTime, endTime, dateAdded, dateUpdated } =
    appointment;
  const record = { id, address, title, calendarId, contactId, groupId, appointmentStatus, assignedUserId, users, notes, startTime, endTime, dateAdded, dateUpdated };
  return { type, payload: { locationId: appointment.locationId, appointment: definedOnly(record) } };
}

/** The invoice as its REST answer shows it, its number a string as in the docs, and its location named as every other event's is. */
export function invoiceEvent(
  type: 'InvoiceCreate' | 'InvoiceUpdate' | 'InvoiceDelete' | 'InvoiceSent' | 'InvoicePaid' | 'InvoicePartiallyPaid' | 'InvoiceVoid',
  invoice: Invoice): SandboxEvent {
  return { type, payload: { locationId: invoice.altId, ...invoiceBody(invoice), invoiceNumber: String(invoice.invoiceNumber) } };
}

/** The docs' location events carry the location as `id`, beside its company. */
export function locationEvent(type: 'LocationCreate' | 'LocationUpdate', location: Location): SandboxEvent {
  const { id, companyId, name, email } = location;
  return { type, payload: { id, companyId, name, email } };
}

/**
 * A location user's event names its location (the first it works in); an agency user's names its
 * company and lists its locations.
 */
export function userCreateEvent(user: User, companyId: string): SandboxEvent {
  const { id, firstName, lastName, email, phone, extension, permissions } = user;
  const fields = { id, firstName, lastName, email, phone, extension, role: user.roles.role, permissions };
  const [locationId] = user.roles.locationIds;
  return user.roles.type === 'account' && locationId
    ? { type: 'UserCreate', payload: { locationId, ...fields } }
    : { type: 'UserCreate', payload: { companyId, ...fields, locations: user.roles.locationIds } };
}

export function productEvent(type: 'ProductCreate' | 'ProductUpdate' | 'ProductDelete', product: Product): SandboxEvent {
  return { type, payload: productBody(product) };
}

/** The docs name a price's type `priceType`. */
export function priceEvent(type: 'PriceCreate' | 'PriceUpdate' | 'PriceDelete', price: Price): SandboxEvent {
  const { type: priceType, ...rest } = priceBody(price);
  return { type, payload: { ...rest, priceType } };
}

/** Sent when an order's status or fulfillment status changes; the docs show the whole order. */
export function orderEvent(type: 'OrderStatusUpdate', order: Order): SandboxEvent {
  return { type, payload: { locationId: order.altId, ...orderBody(order) } };
}
