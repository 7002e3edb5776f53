/**
 * The contacts API (contacts.json): contacts, their tags, tasks and notes. Everything is optional
 * that GHL may omit: real CRM records are sparse and messy.
 */
import { define, fromSpec } from '../operation.ts';
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

/** The users following a record after a change (CreateAddFollowersSuccessfulResponseDto and its remove twin). */
export interface GhlFollowers {
  followers: string[];
}

/** One contact's outcome of a bulk tag change (UpdateTagsResponseDTO's responses, as its example shows them). */
export interface GhlBulkTagsOutcome {
  contactId: string;
  message?: string | null;
  type?: string | null;
  oldTags?: string[];
  tagsAdded?: string[];
  tagsRemoved?: string[];
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
    ...fromSpec('contactsSearchContactsAdvanced'),
    idempotent: true,
    location: { in: 'body', name: 'locationId' },
  }),
  /** GET /contacts/: deprecated by GHL in favour of the search; pages by (dateAdded, id). */
  listContacts: define<{ contacts: GhlContact[]; count?: number; meta?: { total?: number; startAfter?: number | null; startAfterId?: string | null } }>()({
    lists: { contacts: 'records', 'contacts[].customFields': 'records', 'contacts[].tags': 'strings' },
    ...fromSpec('contactsGetContacts'),
    location: { in: 'query', name: 'locationId' },
  }),
  getContact: define<{ contact: GhlContact }>()({
    lists: { 'contact.customFields': 'records', 'contact.tags': 'strings' },
    ...fromSpec('contactsGetContact'),
    location: 'none',
  }),
  createContact: define<{ contact: GhlContact }>()({
    ...fromSpec('contactsCreateContact'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateContact: define<{ succeded: boolean; contact: GhlContact }>()({
    ...fromSpec('contactsUpdateContact'),
    location: 'none',
  }),
  deleteContact: define<GhlDeleted>()({
    ...fromSpec('contactsDeleteContact'),
    location: 'none',
  }),
  // Adding a tag that is already there changes nothing, so a repeat is harmless.
  addContactTags: define<{ tags: string[] }>()({
    lists: { tags: 'strings' },
    ...fromSpec('contactsAddTags'),
    location: 'none',
    idempotent: true,
  }),
  removeContactTags: define<{ tags: string[] }>()({
    lists: { tags: 'strings' },
    ...fromSpec('contactsRemoveTags'),
    location: 'none',
  }),
  /** Adds or removes tags on many contacts at once (`{type}`: add or remove); each contact's outcome comes back. */
  bulkUpdateContactTags: define<{ succeded?: boolean; errorCount?: number; responses: GhlBulkTagsOutcome[] }>()({
    lists: { responses: 'records' },
    ...fromSpec('contactsCreateAssociation'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** Puts contacts in a business, or takes them out (`businessId: null`): the ids changed come back. */
  setContactsBusiness: define<{ success?: boolean; ids: string[] }>()({
    lists: { ids: 'strings' },
    ...fromSpec('contactsAddRemoveContactFromBusiness'),
    location: { in: 'body', name: 'locationId' },
  }),
  listBusinessContacts: define<{ contacts: GhlContact[]; count?: number }>()({
    lists: { contacts: 'records', 'contacts[].customFields': 'records', 'contacts[].tags': 'strings' },
    ...fromSpec('contactsGetContactsByBusinessId'),
    location: { in: 'query', name: 'locationId' },
  }),
  // Following twice is following: a repeat changes nothing.
  addContactFollowers: define<GhlFollowers>()({
    lists: { followers: 'strings' },
    ...fromSpec('contactsAddFollowersContact'),
    location: 'none',
    idempotent: true,
  }),
  removeContactFollowers: define<GhlFollowers>()({
    lists: { followers: 'strings' },
    ...fromSpec('contactsRemoveFollowersContact'),
    location: 'none',
  }),
  /** Creates the contact, or updates the one the location's duplicate rules match (email, phone). */
  upsertContact: define<{ new: boolean; contact: GhlContact }>()({
    lists: { 'contact.customFields': 'records', 'contact.tags': 'strings' },
    ...fromSpec('contactsUpsertContact'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** The contact the location's duplicate rules match for an email or a phone; GHL answers `contact: null` for none. */
  findDuplicateContact: define<{ contact?: GhlContact | null }>()({
    ...fromSpec('contactsGetDuplicateContact'),
    location: { in: 'query', name: 'locationId' },
  }),

  // Contact tasks
  listContactTasks: define<{ tasks: GhlTask[] }>()({
    lists: { tasks: 'records' },
    ...fromSpec('contactsGetAllTasks'),
    location: 'none',
  }),
  getContactTask: define<{ task: GhlTask }>()({
    ...fromSpec('contactsGetTask'),
    location: 'none',
  }),
  createContactTask: define<{ task: GhlTask }>()({
    ...fromSpec('contactsCreateTask'),
    location: 'none',
  }),
  updateContactTask: define<{ task: GhlTask }>()({
    ...fromSpec('contactsUpdateTask'),
    location: 'none',
  }),
  completeContactTask: define<{ task: GhlTask }>()({
    ...fromSpec('contactsUpdateTaskCompleted'),
    location: 'none',
  }),
  deleteContactTask: define<GhlDeleted>()({
    ...fromSpec('contactsDeleteTask'),
    location: 'none',
  }),

  // Contact notes
  listContactNotes: define<{ notes: GhlNote[] }>()({
    lists: { notes: 'records' },
    ...fromSpec('contactsGetAllNotes'),
    location: 'none',
  }),
  getContactNote: define<{ note: GhlNote }>()({
    ...fromSpec('contactsGetNote'),
    location: 'none',
  }),
  createContactNote: define<{ note: GhlNote }>()({
    ...fromSpec('contactsCreateNote'),
    location: 'none',
  }),
  updateContactNote: define<{ note: GhlNote }>()({
    ...fromSpec('contactsUpdateNote'),
    location: 'none',
  }),
  deleteContactNote: define<GhlDeleted>()({
    ...fromSpec('contactsDeleteNote'),
    location: 'none',
  }),
};
