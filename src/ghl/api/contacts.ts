/**
 * The contacts API (contacts.json): contacts, their tags, tasks and notes. Everything is optional
 * that GHL may omit: real CRM records are sparse and messy.
 */
import { define, V2021_07_28 } from '../operation.ts';
import type { GhlDeleted } from './common.ts';

export interface GhlDndChannel {
  status: string;
  message?: string;
  code?: string;
}

/** The spec lists six channels; real contacts carry RCS too. */
export type GhlDndSettings = Partial<Record<'Call' | 'Email' | 'SMS' | 'WhatsApp' | 'GMB' | 'FB' | 'RCS', GhlDndChannel>>;

export interface GhlCustomFieldValue {
  id: string;
  value?: unknown;
}

export interface GhlAttributionSource {
  url?: string;
  campaign?: string;
  utmSource?: string;
  utmMedium?: string;
  utmContent?: string;
  referrer?: string;
  campaignId?: string;
  fbclid?: string;
  gclid?: string;
  msclikid?: string;
  dclid?: string;
  fbc?: string;
  fbp?: string;
  fbEventId?: string;
  userAgent?: string;
  ip?: string;
  medium?: string;
  mediumId?: string;
}

export interface GhlContact {
  id: string;
  locationId: string;
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  timezone?: string | null;
  companyName?: string | null;
  phone?: string | null;
  gender?: string | null;
  dnd?: boolean;
  dndSettings?: GhlDndSettings;
  type?: string | null;
  source?: string | null;
  assignedTo?: string | null;
  address1?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  postalCode?: string | null;
  website?: string | null;
  tags?: string[];
  dateOfBirth?: string | null;
  dateAdded?: string;
  dateUpdated?: string;
  lastActivity?: string | null;
  keyword?: string | null;
  customFields?: GhlCustomFieldValue[];
  businessId?: string | null;
  attributionSource?: GhlAttributionSource;
  lastAttributionSource?: GhlAttributionSource;
  /** Every touch, in GHL's order (ContactsSearchSchema): real records hold null or odd items. */
  attributions?: (GhlAttributionSource | null)[] | null;
  followers?: string[];
  visitorId?: string | null;
  bounceEmail?: boolean;
  unsubscribeEmail?: boolean;
}

/** A search result carries its sort values: the next page starts after the last one's. */
export interface GhlContactsSearch {
  contacts: Array<GhlContact & { searchAfter?: unknown[] }>;
  total?: number;
}

export interface GhlTask {
  id: string;
  title: string;
  body?: string | null;
  assignedTo?: string | null;
  dueDate?: string | null;
  completed: boolean;
  contactId: string;
}

export interface GhlNote {
  id: string;
  body: string;
  userId?: string | null;
  dateAdded?: string;
  contactId: string;
  title?: string | null;
  color?: string | null;
  pinned?: boolean;
}

export const contactOperations = {
  // A search sent as a POST: it changes nothing, so it is as safe to retry as a GET.
  searchContacts: define<GhlContactsSearch>()({
    lists: { contacts: 'records', 'contacts[].customFields': 'records', 'contacts[].tags': 'strings' },
    spec: 'contacts', operationId: 'search-contacts-advanced', method: 'POST', path: '/contacts/search', version: V2021_07_28,
    idempotent: true,
    location: { in: 'body', name: 'locationId' },
  }),
  getContact: define<{ contact: GhlContact }>()({
    lists: { 'contact.customFields': 'records', 'contact.tags': 'strings' },
    spec: 'contacts', operationId: 'get-contact', method: 'GET', path: '/contacts/{contactId}', version: V2021_07_28,
    location: 'none',
  }),
  createContact: define<{ contact: GhlContact }>()({
    spec: 'contacts', operationId: 'create-contact', method: 'POST', path: '/contacts/', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateContact: define<{ succeded: boolean; contact: GhlContact }>()({
    spec: 'contacts', operationId: 'update-contact', method: 'PUT', path: '/contacts/{contactId}', version: V2021_07_28,
    location: 'none',
  }),
  deleteContact: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-contact', method: 'DELETE', path: '/contacts/{contactId}', version: V2021_07_28,
    location: 'none',
  }),
  // Adding a tag that is already there changes nothing, so a repeat is harmless.
  addContactTags: define<{ tags: string[] }>()({
    lists: { tags: 'strings' },
    spec: 'contacts', operationId: 'add-tags', method: 'POST', path: '/contacts/{contactId}/tags', version: V2021_07_28,
    location: 'none',
    idempotent: true,
  }),
  removeContactTags: define<{ tags: string[] }>()({
    lists: { tags: 'strings' },
    spec: 'contacts', operationId: 'remove-tags', method: 'DELETE', path: '/contacts/{contactId}/tags', version: V2021_07_28,
    location: 'none',
  }),

  // Contact tasks
  listContactTasks: define<{ tasks: GhlTask[] }>()({
    lists: { tasks: 'records' },
    spec: 'contacts', operationId: 'get-all-tasks', method: 'GET', path: '/contacts/{contactId}/tasks', version: V2021_07_28,
    location: 'none',
  }),
  getContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'get-task', method: 'GET', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
    location: 'none',
  }),
  createContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'create-task', method: 'POST', path: '/contacts/{contactId}/tasks', version: V2021_07_28,
    location: 'none',
  }),
  updateContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'update-task', method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
    location: 'none',
  }),
  completeContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'update-task-completed', method: 'PUT',
    path: '/contacts/{contactId}/tasks/{taskId}/completed', version: V2021_07_28,
    location: 'none',
  }),
  deleteContactTask: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-task', method: 'DELETE', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
    location: 'none',
  }),

  // Contact notes
  listContactNotes: define<{ notes: GhlNote[] }>()({
    lists: { notes: 'records' },
    spec: 'contacts', operationId: 'get-all-notes', method: 'GET', path: '/contacts/{contactId}/notes', version: V2021_07_28,
    location: 'none',
  }),
  getContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'get-note', method: 'GET', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
    location: 'none',
  }),
  createContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'create-note', method: 'POST', path: '/contacts/{contactId}/notes', version: V2021_07_28,
    location: 'none',
  }),
  updateContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'update-note', method: 'PUT', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
    location: 'none',
  }),
  deleteContactNote: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-note', method: 'DELETE', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
    location: 'none',
  }),
};
