/**
 * What each change evicts from the read cache, declared once beside the event catalog
 * (src/subscriptions/events.ts): a verified webhook of a family, or a mutation sent through the
 * gateway to the same part of GHL, evicts the records it names and the location's lists that may
 * show them. Lists are named by the path template of the operation that reads them.
 *
 * The same table says which live queries re-run (src/live). Anything a family does not name here
 * is only bounded by CACHE_TTL_MS (docs/cache.md).
 */
import type { EventFamily, WebhookEvent } from '../events/events.ts';
import { operations, type OperationName } from '../ghl/catalog.ts';
import { entityTag, isRead, listTag, type Tag } from './tags.ts';

interface Evicts {
  /**
   * Records the event changes: where each id sits in its payload (it evicts every read of that id),
   * and the GraphQL type a live query knows that record by (`Contact:<id>`), where the event says.
   */
  ids: readonly { at: readonly string[]; type?: string }[];
  /** The location's list reads whose answer may change with it, by path template. */
  lists: readonly string[];
  /** The root Query fields whose live queries re-run: they list what the event changes. */
  fields: readonly string[];
}

const contactLists = ['/contacts/search', '/opportunities/search', '/conversations/search', '/locations/{locationId}/tags'];

export const evictions = {
  contact: { ids: [{ at: ['id'], type: 'Contact' }], lists: contactLists, fields: ['contacts'] },
  opportunity: { ids: [{ at: ['id'], type: 'Opportunity' }], lists: ['/opportunities/search'], fields: ['opportunities'] },
  appointment: {
    ids: [
      { at: ['appointment', 'id'], type: 'Appointment' },
      { at: ['appointment', 'calendarId'], type: 'Calendar' },
      { at: ['appointment', 'contactId'], type: 'Contact' },
    ],
    lists: ['/calendars/events'],
    fields: ['freeSlots'],
  },
  // A contact's tasks and notes are read through the contact's id.
  task: { ids: [{ at: ['id'], type: 'Task' }, { at: ['contactId'], type: 'Contact' }], lists: [], fields: [] },
  note: { ids: [{ at: ['id'], type: 'Note' }, { at: ['contactId'], type: 'Contact' }], lists: [], fields: [] },
  message: {
    ids: [{ at: ['messageId'], type: 'Message' }, { at: ['conversationId'], type: 'Conversation' }],
    lists: ['/conversations/search'],
    fields: ['conversations'],
  },
  conversation: { ids: [{ at: ['id'], type: 'Conversation' }], lists: ['/conversations/search'], fields: ['conversations'] },
  campaign: { ids: [], lists: ['/campaigns/'], fields: ['campaigns'] },
  // Delivery statistics of an email: nothing the gateway reads shows them.
  email: { ids: [], lists: [], fields: [] },
  invoice: { ids: [{ at: ['_id'], type: 'Invoice' }], lists: ['/invoices/'], fields: ['invoices'] },
  order: {
    ids: [{ at: ['_id'], type: 'Order' }],
    lists: ['/payments/orders', '/payments/transactions', '/payments/subscriptions'],
    fields: ['orders', 'transactions', 'paymentSubscriptions'],
  },
  product: { ids: [{ at: ['_id'], type: 'Product' }], lists: ['/products/'], fields: ['products'] },
  // A product's prices are read through the product's id.
  price: { ids: [{ at: ['_id'], type: 'Price' }, { at: ['product'], type: 'Product' }], lists: ['/products/'], fields: ['products'] },
  location: {
    ids: [{ at: ['id'], type: 'Location' }],
    lists: ['/locations/{locationId}', '/locations/{locationId}/timezones', '/locations/{locationId}/customFields', '/locations/{locationId}/customValues', '/locations/{locationId}/tags', '/locations/search'],
    fields: ['locations'],
  },
  user: { ids: [{ at: ['id'], type: 'User' }], lists: ['/users/', '/users/search'], fields: ['users'] },
  // Installs change who may read, not what: access checks handle that (src/subscriptions/authorize.ts).
  app: { ids: [], lists: [], fields: [] },
  association: { ids: [{ at: ['id'], type: 'Association' }], lists: ['/associations/'], fields: [] },
  objectSchema: { ids: [{ at: ['key'], type: 'CustomObjectSchema' }], lists: ['/objects/'], fields: [] },
  // A record's searches are read through its object's key, which GHL's documented payload does not
  // carry: evicted when the webhook names it, else only CACHE_TTL_MS bounds them.
  record: { ids: [{ at: ['id'], type: 'CustomObjectRecord' }, { at: ['objectKey'] }], lists: [], fields: [] },
  // Relations are read through either end's record id; an end may be a contact, an opportunity or a record.
  relation: { ids: [{ at: ['firstRecordId'] }, { at: ['secondRecordId'] }], lists: [], fields: [] },
} as const satisfies Record<EventFamily, Evicts>;

/** The part of GHL a mutation's path starts with, and the family whose webhooks cover it. */
const familyOfPath: Record<string, EventFamily> = {
  contacts: 'contact',
  opportunities: 'opportunity',
  calendars: 'appointment',
  conversations: 'message',
  invoices: 'invoice',
  payments: 'order',
  products: 'product',
  locations: 'location',
  campaigns: 'campaign',
  users: 'user',
  objects: 'record',
  associations: 'association',
};

/** What a verified webhook evicts. */
export function evictedByEvent(event: WebhookEvent): Tag[] {
  const { ids, lists }: Evicts = evictions[event.family];
  return [...idsIn(event, ids).map(({ id }) => entityTag(id)), ...lists.map((list) => listTag(event.locationId, list))];
}

/** The resources of live queries a verified webhook invalidates (src/live): its records, and the root lists that show them. */
export function invalidatedByEvent(event: WebhookEvent): string[] {
  const { ids, fields }: Evicts = evictions[event.family];
  const typed = idsIn(event, ids).flatMap(({ id, type }) => (type ? [`${type}:${id}`] : []));
  return [...typed, ...fields.map((field) => `Query.${field}`)];
}

function idsIn(event: WebhookEvent, ids: Evicts['ids']): { id: string; type?: string | undefined }[] {
  return ids.flatMap(({ at: path, type }) => {
    const id = at(event.payload, path);
    return id ? [{ id, type }] : [];
  });
}

/** Its static start, up to the first parameter: `/calendars/groups/{groupId}/status` → `/calendars/groups`. */
const collectionOf = (path: string) => path.split('/{')[0]!.replace(/\/$/, '');

/** The list reads of each collection: what a write under that collection may add to or change. */
const listsByCollection = new Map<string, string[]>();
for (const name of Object.keys(operations) as OperationName[]) {
  const { path } = operations[name];
  if (!isRead(name) || path.includes('{')) continue;
  listsByCollection.set(collectionOf(path), [...(listsByCollection.get(collectionOf(path)) ?? []), path]);
}

/**
 * What a mutation evicts: every id it names (in its path, or its body's `...Id` fields, as a
 * relation names its two records) and the one its answer created or changed, and, in
 * its location (named by the call, else by the record it answered with), the lists of its family
 * and those read from the collection it writes to (a calendar group created shows in the groups).
 */
export function evictedByMutation(path: string, namedIds: string[], location: string | undefined, answered: { id?: string; locationId?: string } | undefined): Tag[] {
  const family = familyOfPath[path.split('/')[1] ?? ''];
  const where = location ?? answered?.locationId;
  const lists = [...(family ? evictions[family].lists : []), ...(listsByCollection.get(collectionOf(path)) ?? [])];
  return [
    ...namedIds.map(entityTag),
    ...(answered?.id ? [entityTag(answered.id)] : []),
    ...(where ? lists.map((list) => listTag(where, list)) : []),
  ];
}

function at(payload: unknown, path: readonly string[]): string | undefined {
  let value = payload;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
