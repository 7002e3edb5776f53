/**
 * Contacts (contacts.json): the deprecated but still served list with cursor pagination, CRUD,
 * and tags. Location tokens only: the spec's `bearer` security means a sub-account token.
 */
import { ghlErrors, GhlError } from '../http/errors.ts';
import type { Contact } from '../model/index.ts';
import { withDerivedFields } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { applyUpdate, Validator } from '../http/validate.ts';
import { contactChanges, contactEvent } from '../webhooks/events.ts';
import { created, ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';
import { normalizePhone, normalizeTags, readCreateContact, readUpdateContact, readUpsertContact } from './contact-input.ts';
import { addFollowers, readFollowers, removeFollowers, type FollowersChange } from './followers.ts';
import { addLocationTags } from './location-tags.ts';

const CONTACTS = { versions: V2021_07_28, tokens: 'location' } as const;

export const contactRoutes: Route[] = [
  route('GET', '/contacts/', CONTACTS, listContacts),
  route('POST', '/contacts/', CONTACTS, createContact),
  route('POST', '/contacts/upsert', CONTACTS, upsertContact),
  route('GET', '/contacts/search/duplicate', CONTACTS, findDuplicate),
  route('GET', '/contacts/{contactId}', CONTACTS, ({ store, principal, params }) =>
    ok({ contact: requireContact(store, principal, params.contactId) }),
  ),
  route('PUT', '/contacts/{contactId}', CONTACTS, updateContact),
  route('DELETE', '/contacts/{contactId}', CONTACTS, ({ store, principal, params, emit }) => {
    const contact = requireContact(store, principal, params.contactId);
    store.deleteContact(contact.id);
    emit(contactEvent('ContactDelete', contact));
    return ok({ succeded: true });
  }),
  route('POST', '/contacts/{contactId}/tags', CONTACTS, (context) =>
    created({ tags: changeTags(context, (current, tags) => normalizeTags([...current, ...tags])) }),
  ),
  route('DELETE', '/contacts/{contactId}/tags', CONTACTS, (context) =>
    ok({
      tags: changeTags(context, (current, tags) => {
        const removed = new Set(normalizeTags(tags));
        return current.filter((tag) => !removed.has(tag));
      }),
    }),
  ),
  route('POST', '/contacts/bulk/tags/update/{type}', CONTACTS, bulkUpdateTags),
  route('POST', '/contacts/bulk/business', CONTACTS, setBusiness),
  route('GET', '/contacts/business/{businessId}', CONTACTS, businessContacts),
  route('POST', '/contacts/{contactId}/followers', CONTACTS, (context) => {
    const { followers, changed } = changeFollowers(context, addFollowers);
    return created({ followers, followersAdded: changed });
  }),
  route('DELETE', '/contacts/{contactId}/followers', CONTACTS, (context) => {
    const { followers, changed } = changeFollowers(context, removeFollowers);
    return ok({ followers, followersRemoved: changed });
  }),
];

/**
 * Tags added to (`add`) or removed from (`remove`) each contact named: a contact that cannot be
 * changed is an error in its own outcome, not a failure of the request (UpdateTagsResponseDTO).
 */
function bulkUpdateTags({ body, store, principal, params, emit }: RequestContext<{ type: string }>): ApiResult {
  if (params.type !== 'add' && params.type !== 'remove') throw ghlErrors.unprocessable(['type must be one of the following values: add, remove']);
  const v = Validator.body(body);
  const contactIds = v.stringArray('contacts', { required: true });
  const tags = normalizeTags(v.stringArray('tags', { required: true }) ?? []);
  const locationId = v.string('locationId', { required: true });
  const removeAll = v.boolean('removeAllTags') ?? false;
  v.check();
  if (removeAll && params.type !== 'remove') throw ghlErrors.badRequest('removeAllTags can only be used with remove');
  requireLocation(store, principal, locationId);
  const responses = contactIds.map((contactId) => {
    const contact = store.contacts.get(contactId);
    if (!contact) return { contactId, message: 'contact not found', type: 'error' };
    if (contact.locationId !== locationId) return { contactId, message: 'contact does not belong to location', type: 'error' };
    const removed = new Set(removeAll ? contact.tags : tags);
    const next = params.type === 'add' ? normalizeTags([...contact.tags, ...tags]) : contact.tags.filter((tag) => !removed.has(tag));
    const updated = store.contacts.insert({ ...contact, tags: next, dateUpdated: new Date().toISOString() });
    addLocationTags(store, locationId, updated.tags);
    emit(...contactChanges(contact, updated));
    return {
      contactId,
      message: 'Tags updated',
      type: 'success',
      oldTags: contact.tags,
      tagsAdded: next.filter((tag) => !contact.tags.includes(tag)),
      tagsRemoved: contact.tags.filter((tag) => !next.includes(tag)),
    };
  });
  const errorCount = responses.filter((response) => response.type === 'error').length;
  return created({ succeded: errorCount === 0, errorCount, responses });
}

/** Puts contacts of the location in a business, or takes them out of theirs (`businessId: null`); answers the ids it changed. */
function setBusiness({ body, store, principal }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const ids = v.stringArray('ids', { required: true });
  // Required, but null takes the contacts out of their business.
  const businessId = v.string('businessId');
  const leaving = v.clearedAmong(['businessId']).length > 0;
  v.check();
  if (businessId === undefined && !leaving) throw ghlErrors.unprocessable(['businessId must be a string or null']);
  requireLocation(store, principal, locationId);
  const now = new Date().toISOString();
  const changed = ids.flatMap((id) => {
    const contact = store.contacts.get(id);
    if (contact?.locationId !== locationId) return [];
    const { businessId: _previous, ...rest } = contact;
    store.contacts.insert({ ...rest, ...(businessId && { businessId }), dateUpdated: now });
    return [id];
  });
  return ok({ success: true, ids: changed });
}

/** A business's contacts by name, paged by `skip` and `limit` (strings in the file); `query` matches as the contact list's does. */
function businessContacts({ query, store, principal, params }: RequestContext<{ businessId: string }>): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const limit = v.number('limit', { min: 1, max: 100 }) ?? 25;
  const skip = v.number('skip', { min: 0 }) ?? 0;
  const search = v.string('query')?.toLowerCase();
  v.check();
  requireLocation(store, principal, locationId);
  const matching = store
    .contactsOfLocation(locationId)
    .filter((contact) => contact.businessId === params.businessId && (search === undefined || matchesSearch(contact, search)))
    .sort(compareByDateAdded);
  return ok({ contacts: matching.slice(skip, skip + limit), count: matching.length });
}

function changeFollowers(
  { store, principal, params, body }: RequestContext<{ contactId: string }>,
  change: (current: readonly string[], named: readonly string[]) => FollowersChange,
): FollowersChange {
  const contact = requireContact(store, principal, params.contactId);
  const result = change(contact.followers ?? [], readFollowers(body, store, contact.locationId));
  if (result.changed.length > 0) store.contacts.insert({ ...contact, followers: result.followers, dateUpdated: new Date().toISOString() });
  return result;
}

/**
 * Ordered by (dateAdded, id); `startAfter` (epoch ms) with `startAfterId` resumes strictly after
 * that pair, which is what the previous page's `meta` hands back.
 */
function listContacts({ query, store, principal, baseUrl }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const limit = v.number('limit', { min: 1, max: 100 }) ?? 20;
  const startAfter = v.number('startAfter', { min: 0 });
  const startAfterId = v.string('startAfterId');
  const search = v.string('query')?.toLowerCase();
  v.check();
  requireLocation(store, principal, locationId);

  const matching = store
    .contactsOfLocation(locationId)
    .filter((contact) => search === undefined || matchesSearch(contact, search))
    .sort(compareByDateAdded);
  const cursor = resolveCursor(store, locationId, startAfter, startAfterId);
  const firstIndex = cursor ? matching.findIndex((contact) => compareByDateAdded(contact, cursor) > 0) : 0;
  const start = firstIndex === -1 ? matching.length : firstIndex;
  const contacts = matching.slice(start, start + limit);
  const last = contacts.at(-1);
  const next = start + contacts.length < matching.length && last ? last : undefined;
  const currentPage = Math.floor(start / limit) + 1;

  return ok({
    contacts,
    count: matching.length,
    meta: {
      total: matching.length,
      nextPageUrl: next ? nextPageUrl(baseUrl, { ...query, startAfter: String(Date.parse(next.dateAdded)), startAfterId: next.id }) : null,
      startAfterId: next?.id ?? null,
      startAfter: next ? Date.parse(next.dateAdded) : null,
      currentPage,
      nextPage: next ? currentPage + 1 : null,
      prevPage: currentPage > 1 ? currentPage - 1 : null,
    },
  });
}

type Cursor = Pick<Contact, 'dateAdded' | 'id'>;

/**
 * `startAfter` alone resumes after that instant; `startAfterId` alone, after that contact.
 * An empty id sorts before every id, and a time 1 ms later makes "at startAfter" excluded.
 */
function resolveCursor(
  store: SandboxStore,
  locationId: string,
  startAfter: number | undefined,
  startAfterId: string | undefined,
): Cursor | undefined {
  if (startAfter !== undefined) {
    return startAfterId === undefined
      ? { dateAdded: new Date(startAfter + 1).toISOString(), id: '' }
      : { dateAdded: new Date(startAfter).toISOString(), id: startAfterId };
  }
  if (startAfterId === undefined) return undefined;
  const contact = store.contacts.get(startAfterId);
  if (contact?.locationId !== locationId) {
    throw ghlErrors.unprocessable(['startAfterId must be the id of a contact of this location']);
  }
  return contact;
}

function compareByDateAdded(a: Cursor, b: Cursor): number {
  return Date.parse(a.dateAdded) - Date.parse(b.dateAdded) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** GHL's `query`: a case-insensitive substring of the name, email, phone or company name. */
export function matchesSearch(contact: Contact, search: string): boolean {
  return [contact.fullNameLowerCase, contact.emailLowerCase, contact.phone, contact.companyName?.toLowerCase()].some(
    (field) => field?.includes(search),
  );
}

function nextPageUrl(baseUrl: string, query: Record<string, string>): string {
  return `${baseUrl}/contacts/?${new URLSearchParams(query).toString()}`;
}

function createContact({ body, store, principal, emit }: RequestContext): ApiResult {
  const { locationId, fields } = readCreateContact(body);
  requireLocation(store, principal, locationId);
  rejectDuplicate(store, locationId, fields);
  return created({ contact: insertContact(store, locationId, fields, emit) });
}

/**
 * The contact the location's duplicate rules match (email first, then phone) is updated, as
 * PUT /contacts/{id} would; without one, or when asked for a new one where duplicates are
 * allowed, a contact is created. Answered 200 either way, with `new` telling which.
 */
function upsertContact({ body, store, principal, emit }: RequestContext): ApiResult {
  const { locationId, fields, createNewIfDuplicateAllowed } = readUpsertContact(body);
  const location = requireLocation(store, principal, locationId);
  const existing = duplicateOf(store, locationId, fields.email, fields.phone);
  if (!existing || (createNewIfDuplicateAllowed && location.settings.allowDuplicateContact)) {
    return ok({ new: true, contact: insertContact(store, locationId, fields, emit) });
  }
  const { gender: _createOnly, ...changes } = fields;
  const next = applyUpdate(existing, { ...changes, dateUpdated: new Date().toISOString() }, []);
  if (fields.customFields) {
    const changed = new Set(fields.customFields.map((field) => field.id));
    next.customFields = [...existing.customFields.filter((field) => !changed.has(field.id)), ...fields.customFields];
  }
  const contact = store.contacts.insert(withDerivedFields(next));
  addLocationTags(store, locationId, contact.tags);
  emit(contactEvent('ContactUpdate', contact), ...contactChanges(existing, contact));
  return ok({ new: false, contact });
}

/** `contact: null` when nothing matches; the email wins over the number when both are sent. */
function findDuplicate({ query, store, principal }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const email = v.string('email');
  const number = v.string('number');
  v.check();
  requireLocation(store, principal, locationId);
  return ok({ contact: duplicateOf(store, locationId, email, number === undefined ? undefined : normalizePhone(number)) ?? null });
}

function duplicateOf(store: SandboxStore, locationId: string, email: string | undefined, phone: string | undefined): Contact | undefined {
  const contacts = store.contactsOfLocation(locationId);
  const lower = email?.toLowerCase();
  return (
    (lower === undefined ? undefined : contacts.find((contact) => contact.emailLowerCase === lower)) ??
    (phone === undefined ? undefined : contacts.find((contact) => contact.phone === phone))
  );
}

function insertContact(store: SandboxStore, locationId: string, fields: ReturnType<typeof readCreateContact>['fields'], emit: RequestContext['emit']): Contact {
  const now = new Date().toISOString();
  const contact = withDerivedFields({
    id: randomId(),
    locationId,
    dnd: false,
    type: 'lead',
    tags: [],
    customFields: [],
    ...fields,
    dateAdded: now,
    dateUpdated: now,
  });
  store.contacts.insert(contact);
  addLocationTags(store, locationId, contact.tags);
  emit(contactEvent('ContactCreate', contact));
  return contact;
}

function updateContact({ body, store, principal, params, emit }: RequestContext<{ contactId: string }>): ApiResult {
  const existing = requireContact(store, principal, params.contactId);
  const { fields, cleared } = readUpdateContact(body);
  rejectDuplicate(store, existing.locationId, fields, existing.id);
  const next = applyUpdate(existing, { ...fields, dateUpdated: new Date().toISOString() }, cleared);
  // Custom fields are merged by id: an update names only the fields it changes.
  if (fields.customFields) {
    const changed = new Set(fields.customFields.map((field) => field.id));
    next.customFields = [...existing.customFields.filter((field) => !changed.has(field.id)), ...fields.customFields];
  }
  const contact = store.contacts.insert(withDerivedFields(next));
  addLocationTags(store, contact.locationId, contact.tags);
  // GHL assigns a conversation through its contact: reassigning the contact moves the thread too.
  const conversation = 'assignedTo' in fields || cleared.includes('assignedTo') ? store.conversationOfContact(contact.id) : undefined;
  if (conversation) store.conversations.insert({ ...conversation, assignedTo: contact.assignedTo });
  emit(contactEvent('ContactUpdate', contact), ...contactChanges(existing, contact));
  return ok({ succeded: true, contact });
}

function changeTags(
  { body, store, principal, params, emit }: RequestContext<{ contactId: string }>,
  change: (current: string[], tags: string[]) => string[],
): string[] {
  const contact = requireContact(store, principal, params.contactId);
  const v = Validator.body(body);
  const tags = v.stringArray('tags', { required: true });
  v.check();
  const updated = store.contacts.insert({ ...contact, tags: change(contact.tags, tags), dateUpdated: new Date().toISOString() });
  // Only an addition can name a tag the location lacks; after a removal this finds nothing new.
  addLocationTags(store, updated.locationId, updated.tags);
  emit(...contactChanges(contact, updated));
  return updated.tags;
}

/** With allowDuplicateContact off, GHL refuses a second contact with the same email or phone. */
function rejectDuplicate(
  store: SandboxStore,
  locationId: string,
  fields: Pick<Contact, 'email' | 'phone'>,
  selfId?: string,
): void {
  if (store.locations.get(locationId)?.settings.allowDuplicateContact !== false) return;
  const email = fields.email?.toLowerCase();
  for (const other of store.contactsOfLocation(locationId)) {
    if (other.id === selfId) continue;
    const matchingField =
      email !== undefined && other.emailLowerCase === email
        ? 'email'
        : fields.phone !== undefined && other.phone === fields.phone
          ? 'phone'
          : undefined;
    if (matchingField) {
      throw new GhlError(
        400,
        'This location does not allow duplicated contacts.',
        { meta: { contactName: other.name ?? '', contactId: other.id, matchingField } },
        null,
      );
    }
  }
}
