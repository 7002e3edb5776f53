/**
 * What each change evicts from the read cache, declared once beside the event catalog
 * (src/subscriptions/events.ts): a verified webhook of a family, or a mutation sent through the
 * gateway to the same part of GHL, evicts the records it names and the location's lists that may
 * show them. Lists are named by the path template of the operation that reads them.
 *
 * Anything a family does not name here is only bounded by CACHE_TTL_MS (docs/cache.md).
 */
import type { EventFamily, WebhookEvent } from '../subscriptions/events.ts';
import { entityTag, listTag, type Tag } from './tags.ts';

interface Evicts {
  /** Where ids of records the event changes sit in its payload: each evicts every read of that id. */
  ids: readonly (readonly string[])[];
  /** The location's list reads whose answer may change with it. */
  lists: readonly string[];
}

const contactLists = ['/contacts/search', '/opportunities/search', '/conversations/search', '/locations/{locationId}/tags'];

export const evictions = {
  contact: { ids: [['id']], lists: contactLists },
  opportunity: { ids: [['id']], lists: ['/opportunities/search'] },
  appointment: {
    ids: [['appointment', 'id'], ['appointment', 'calendarId'], ['appointment', 'contactId']],
    lists: ['/calendars/events'],
  },
  // A contact's tasks and notes are read through the contact's id.
  task: { ids: [['id'], ['contactId']], lists: [] },
  note: { ids: [['id'], ['contactId']], lists: [] },
  message: { ids: [['messageId'], ['conversationId']], lists: ['/conversations/search'] },
  conversation: { ids: [['id']], lists: ['/conversations/search'] },
  campaign: { ids: [], lists: ['/campaigns/'] },
  // Delivery statistics of an email: nothing the gateway reads shows them.
  email: { ids: [], lists: [] },
  invoice: { ids: [['_id']], lists: ['/invoices/'] },
  order: { ids: [['_id']], lists: ['/payments/orders', '/payments/transactions', '/payments/subscriptions'] },
  product: { ids: [['_id']], lists: ['/products/'] },
  // A product's prices are read through the product's id.
  price: { ids: [['_id'], ['product']], lists: ['/products/'] },
  location: {
    ids: [],
    lists: ['/locations/{locationId}', '/locations/{locationId}/timezones', '/locations/{locationId}/customFields', '/locations/{locationId}/customValues', '/locations/{locationId}/tags', '/locations/search'],
  },
  user: { ids: [['id']], lists: ['/users/', '/users/search'] },
  // Installs change who may read, not what: access checks handle that (src/subscriptions/authorize.ts).
  app: { ids: [], lists: [] },
  // Custom objects and associations: the gateway reads none of them yet.
  association: { ids: [], lists: [] },
  objectSchema: { ids: [], lists: [] },
  record: { ids: [], lists: [] },
  relation: { ids: [], lists: [] },
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
};

/** What a verified webhook evicts. */
export function evictedByEvent(event: WebhookEvent): Tag[] {
  const { ids, lists }: Evicts = evictions[event.family];
  return [
    ...ids.flatMap((path) => {
      const id = at(event.payload, path);
      return id ? [entityTag(id)] : [];
    }),
    ...lists.map((list) => listTag(event.locationId, list)),
  ];
}

/**
 * What a mutation evicts: every id in its path and the one its answer created or changed, and the
 * lists of its family in its location (named by the call, else by the record it answered with).
 */
export function evictedByMutation(path: string, pathIds: string[], location: string | undefined, answered: { id?: string; locationId?: string } | undefined): Tag[] {
  const family = familyOfPath[path.split('/')[1] ?? ''];
  const where = location ?? answered?.locationId;
  const lists: readonly string[] = family ? evictions[family].lists : [];
  return [
    ...pathIds.map(entityTag),
    ...(answered?.id ? [entityTag(answered.id)] : []),
    ...(where ? lists.map((list) => listTag(where, list)) : []),
  ];
}

function at(payload: unknown, path: readonly string[]): string | undefined {
  let value = payload;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
