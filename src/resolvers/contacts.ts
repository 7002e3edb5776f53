/**
 * Contacts, their tags, tasks and notes: GraphQL arguments in, GHL calls out, GHL payloads back.
 * Every write drops or refreshes what this request's loaders hold for the record it changed, so a
 * payload that asks for the record again sees the new state.
 */
import type { GatewayContext } from '../context.ts';
import { gatewayError } from '../errors.ts';
import type { GhlContact, GhlNote, GhlTask } from '../ghl/api/contacts.ts';
import type { GhlEmbeddedContact } from '../ghl/api/opportunities.ts';
import { dayOf, timestampOf } from './dates.ts';
import { followerIdsOf } from './followers.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { decodeCursor, encodeCursor, forwardPage, offsetConnection, offsetPage, toConnection, type Connection, type ConnectionArgs } from './pagination.ts';

export interface ContactInput {
  firstName?: string | null;
  lastName?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  companyName?: string | null;
  gender?: string | null;
  address1?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  website?: string | null;
  timezone?: string | null;
  source?: string | null;
  dateOfBirth?: Date | null;
  dnd?: boolean | null;
  dndSettings?: Partial<Record<DndChannel, { status: string; message?: string | null; code?: string | null } | null>> | null;
  inboundDndSettings?: { all?: { status: string; message?: string | null } | null } | null;
  tags?: string[] | null;
  customFields?: { id: string; value?: unknown }[] | null;
  assignedTo?: string | null;
}

export interface CreateContactInput extends ContactInput {
  locationId?: string | null;
}

export interface TaskInput {
  title?: string | null;
  body?: string | null;
  dueDate?: Date | null;
  completed?: boolean | null;
  assignedTo?: string | null;
}

export interface NoteInput {
  body?: string | null;
  title?: string | null;
  color?: string | null;
  pinned?: boolean | null;
  userId?: string | null;
}

/**
 * A contact as GHL embeds it in another record (an opportunity or a conversation in a search
 * result): a few fields, enough for a list card. Reading a field it lacks fetches the full
 * contact once per request; reading only what it has costs nothing.
 */
const embedded = Symbol('embedded contact');
export type ContactSource = GhlContact & { [embedded]?: true };

type EmbeddedField = Exclude<keyof GhlEmbeddedContact, 'id'>;
const allEmbeddedFields: readonly EmbeddedField[] = ['name', 'companyName', 'email', 'phone', 'tags'];

/**
 * `knownFields`: what the embedding record really carries, where it carries less than a search
 * result (a payment list item: name and email); any other field reads the full contact.
 */
export function embeddedContact(
  contact: GhlEmbeddedContact,
  locationId: string,
  knownFields: readonly EmbeddedField[] = allEmbeddedFields,
): ContactSource {
  // Every known field is present, null when GHL had none: the full record would have none either.
  const known = {
    name: contact.name ?? null,
    companyName: contact.companyName ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    tags: contact.tags ?? [],
  };
  return {
    id: contact.id,
    locationId,
    ...Object.fromEntries(knownFields.map((field) => [field, known[field]])),
    [embedded]: true,
  };
}

export function readContactField<K extends keyof GhlContact>(
  ctx: GatewayContext,
  contact: ContactSource,
  key: K,
): GhlContact[K] | Promise<GhlContact[K]> {
  if (!contact[embedded] || key in contact) return contact[key];
  return ctx.loaders.contact.load(contact.id).then((full) => full[key]);
}

/** GraphQL's camelCase channel names, and the keys GHL uses for them in `dndSettings`. */
export const dndChannels = { call: 'Call', email: 'Email', sms: 'SMS', whatsApp: 'WhatsApp', gmb: 'GMB', fb: 'FB' } as const;
export type DndChannel = keyof typeof dndChannels;

export type ContactOrderField = 'CREATED_AT' | 'NAME' | 'LAST_ACTIVITY';
export type OrderDirection = 'asc' | 'desc';

export interface ContactOrder {
  field: ContactOrderField;
  direction: OrderDirection;
}

export interface DateTimeRange {
  from?: Date | null;
  to?: Date | null;
}

/** Each condition is one GHL search filter; they all apply together. */
export interface ContactFilter {
  tags?: string[] | null;
  assignedTo?: string | null;
  createdAt?: DateTimeRange | null;
  lastActivityAt?: DateTimeRange | null;
  dnd?: boolean | null;
  customFields?: { fieldId: string; equals: string }[] | null;
}

/** Newest first: in a CRM the contact added today is the one a user looks for. */
export const defaultContactOrder: ContactOrder = { field: 'CREATED_AT', direction: 'desc' };

/** GHL's sortable fields per order; a name sorts by first name, then last name. */
const sortFields: Record<ContactOrderField, string[]> = {
  CREATED_AT: ['dateAdded'],
  NAME: ['firstNameLowerCase', 'lastNameLowerCase'],
  LAST_ACTIVITY: ['lastActivity'],
};

/**
 * A position in one ordering: GHL's sort values of the item (`searchAfter`), how many items
 * precede the next page (for hasNextPage against the total), and the order they belong to.
 */
interface ContactPosition {
  order: string;
  searchAfter: unknown[];
  seen: number;
}

const isContactPosition = (value: unknown): value is ContactPosition =>
  typeof (value as ContactPosition).order === 'string' &&
  Array.isArray((value as ContactPosition).searchAfter) &&
  Number.isInteger((value as ContactPosition).seen);

/**
 * POST /contacts/search: filters and order are applied by GHL, and pages resume after the last
 * item's sort values, so deep pages are as cheap as the first.
 */
export async function searchContacts(
  ctx: GatewayContext,
  args: ConnectionArgs & {
    locationId?: string | null;
    query?: string | null;
    filter?: ContactFilter | null;
    orderBy?: ContactOrder | null;
  },
): Promise<Connection<GhlContact>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const order = args.orderBy ?? defaultContactOrder;
  const orderKey = `${order.field}:${order.direction}`;
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isContactPosition);
  if (after && after.order !== orderKey) throw gatewayError('BAD_USER_INPUT', 'after is a cursor from another order of this list');
  const result = await ctx.ghl.call('searchContacts', {
    location: locationId,
    body: definedOnly({
      pageLimit: page.size,
      searchAfter: after?.searchAfter,
      query: args.query || undefined,
      filters: searchFilters(args.filter),
      sort: sortFields[order.field].map((field) => ({ field, direction: order.direction })),
    }),
  });
  const seenBefore = after?.seen ?? 0;
  const total = result.total ?? null;
  const contacts = result.contacts.map(({ searchAfter, ...contact }) => {
    ctx.loaders.contact.prime(contact.id, contact);
    return { contact, searchAfter: searchAfter ?? [] };
  });
  return toConnection(
    contacts.map(({ contact }) => contact),
    (_, index) => encodeCursor({ order: orderKey, searchAfter: contacts[index]!.searchAfter, seen: seenBefore + index + 1 }),
    {
      // Without a total, a short page is the last.
      hasNextPage: total === null ? contacts.length === page.size : seenBefore + contacts.length < total,
      hasPreviousPage: after !== undefined,
      totalCount: total,
    },
  );
}

function searchFilters(filter: ContactFilter | null | undefined): Record<string, unknown>[] | undefined {
  if (!filter) return undefined;
  const filters = [
    ...(filter.tags ?? []).map((tag) => ({ field: 'tags', operator: 'eq', value: tag.trim().toLowerCase() })),
    ...(filter.assignedTo == null ? [] : [{ field: 'assignedTo', operator: 'eq', value: ghlIdOf(filter.assignedTo, 'User', 'assignedTo') }]),
    ...(filter.dnd == null ? [] : [{ field: 'dnd', operator: 'eq', value: filter.dnd }]),
    ...rangeFilter('dateAdded', filter.createdAt),
    ...rangeFilter('lastActivity', filter.lastActivityAt),
    ...(filter.customFields ?? []).map(({ fieldId, equals }) => ({ field: `customFields.${fieldId}`, operator: 'eq', value: equals })),
  ];
  return filters.length === 0 ? undefined : filters;
}

/** A search filter of GHL's (contacts', deals') for a date range: none when the range is open both ways. */
export function rangeFilter(field: string, range: DateTimeRange | null | undefined): Record<string, unknown>[] {
  if (!range || (range.from == null && range.to == null)) return [];
  if (range.from != null && range.to != null && range.from > range.to) {
    throw gatewayError('BAD_USER_INPUT', 'a date range must not end before it starts');
  }
  return [{ field, operator: 'range', value: definedOnly({ gte: range.from?.toISOString(), lte: range.to?.toISOString() }) }];
}

export async function createContact(ctx: GatewayContext, input: CreateContactInput): Promise<GhlContact> {
  const { locationId, ...fields } = input;
  const { contact } = await ctx.ghl.call('createContact', {
    location: locationIdOf(locationId, ctx.defaultLocationId),
    body: contactBody(fields),
  });
  ctx.loaders.contact.prime(contact.id, contact);
  return contact;
}

export async function updateContact(ctx: GatewayContext, id: string, input: ContactInput): Promise<GhlContact> {
  const contactId = ghlIdOf(id, 'Contact', 'id');
  const { contact } = await ctx.ghl.call('updateContact', { path: { contactId }, body: contactBody(input) });
  ctx.loaders.contact.clear(contactId).prime(contactId, contact);
  return contact;
}

export async function deleteContact(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const contactId = ghlIdOf(id, 'Contact', 'id');
  await ctx.ghl.call('deleteContact', { path: { contactId } });
  ctx.loaders.contact.clear(contactId);
  return { deletedGhlId: contactId };
}

export async function addContactTags(ctx: GatewayContext, id: string, tags: string[]): Promise<ContactTags> {
  const contactId = ghlIdOf(id, 'Contact', 'id');
  const result = await ctx.ghl.call('addContactTags', { path: { contactId }, body: { tags: someTagsOf(tags) } });
  ctx.loaders.contact.clear(contactId);
  return { contactId, tags: result.tags };
}

export async function removeContactTags(ctx: GatewayContext, id: string, tags: string[]): Promise<ContactTags> {
  const contactId = ghlIdOf(id, 'Contact', 'id');
  const result = await ctx.ghl.call('removeContactTags', { path: { contactId }, body: { tags: someTagsOf(tags) } });
  ctx.loaders.contact.clear(contactId);
  return { contactId, tags: result.tags };
}

/** Follow a contact, or stop following it: GHL answers with every follower after the change. */
export async function changeContactFollowers(
  ctx: GatewayContext,
  id: string,
  change: 'add' | 'remove',
  followers: readonly string[],
): Promise<{ contactId: string; followers: string[] }> {
  const contactId = ghlIdOf(id, 'Contact', 'id');
  const body = { followers: followerIdsOf(followers) };
  const result = await ctx.ghl.call(change === 'add' ? 'addContactFollowers' : 'removeContactFollowers', { path: { contactId }, body });
  ctx.loaders.contact.clear(contactId);
  return { contactId, followers: result.followers };
}

/**
 * Creates the contact, or updates the one the location's duplicate rules match by email or
 * phone; `createNewIfDuplicateAllowed` creates anew where the location allows duplicates.
 */
export async function upsertContact(
  ctx: GatewayContext,
  input: CreateContactInput & { createNewIfDuplicateAllowed?: boolean | null },
): Promise<{ contact: GhlContact; created: boolean }> {
  const { locationId, createNewIfDuplicateAllowed, ...fields } = input;
  const result = await ctx.ghl.call('upsertContact', {
    location: locationIdOf(locationId, ctx.defaultLocationId),
    body: { ...contactBody(fields), ...definedOnly({ createNewIfDuplicateAllowed: createNewIfDuplicateAllowed ?? undefined }) },
  });
  ctx.loaders.contact.clear(result.contact.id).prime(result.contact.id, result.contact);
  return { contact: result.contact, created: result.new };
}

/** The contact an email or a phone already belongs to in a location, by its duplicate rules; null for none. */
export async function duplicateContact(
  ctx: GatewayContext,
  args: { locationId?: string | null; email?: string | null; phone?: string | null },
): Promise<GhlContact | null> {
  if (!args.email && !args.phone) throw gatewayError('BAD_USER_INPUT', 'give an email or a phone to look for');
  const { contact } = await ctx.ghl.call('findDuplicateContact', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    query: definedOnly({ email: args.email ?? undefined, number: args.phone ?? undefined }),
  });
  if (!contact) return null;
  ctx.loaders.contact.prime(contact.id, contact);
  return contact;
}

export interface BulkTagsInput {
  locationId?: string | null;
  contactIds: readonly string[];
  tags: readonly string[];
  action: 'add' | 'remove';
  removeAllTags?: boolean | null;
}

/** Tags added to or removed from many contacts in one call: each contact's outcome comes back on its own. */
export async function bulkUpdateContactTags(ctx: GatewayContext, input: BulkTagsInput) {
  if (input.contactIds.length === 0) throw gatewayError('BAD_USER_INPUT', 'contactIds must name at least one contact');
  if (input.removeAllTags && input.action !== 'remove') throw gatewayError('BAD_USER_INPUT', 'removeAllTags goes with the action REMOVE only');
  const tags = input.removeAllTags ? tagsOf([...input.tags]) : someTagsOf([...input.tags]);
  const contacts = [...new Set(input.contactIds.map((id) => ghlIdOf(id, 'Contact', 'contactIds')))];
  const result = await ctx.ghl.call('bulkUpdateContactTags', {
    location: locationIdOf(input.locationId, ctx.defaultLocationId),
    path: { type: input.action },
    body: { contacts, tags, ...(input.removeAllTags && { removeAllTags: true }) },
  });
  for (const contactId of contacts) ctx.loaders.contact.clear(contactId);
  return { errorCount: result.errorCount ?? result.responses.filter((outcome) => outcome.type === 'error').length, results: result.responses };
}

/** Puts contacts in a business (`businessId`), or takes them out of theirs (null): the contacts changed. */
export async function setContactsBusiness(
  ctx: GatewayContext,
  input: { locationId?: string | null; contactIds: readonly string[]; businessId?: string | null },
): Promise<{ contactIds: string[] }> {
  if (input.contactIds.length === 0) throw gatewayError('BAD_USER_INPUT', 'contactIds must name at least one contact');
  const ids = [...new Set(input.contactIds.map((id) => ghlIdOf(id, 'Contact', 'contactIds')))];
  const businessId = input.businessId == null ? null : nonEmpty(input.businessId, 'businessId');
  const result = await ctx.ghl.call('setContactsBusiness', { location: locationIdOf(input.locationId, ctx.defaultLocationId), body: { ids, businessId } });
  for (const id of ids) ctx.loaders.contact.clear(id);
  return { contactIds: result.ids };
}

/** GET /contacts/business/{businessId}: a business's contacts, paged by offset. */
interface ListPosition {
  startAfter: number;
  id: string;
}

const isListPosition = (value: unknown): value is ListPosition =>
  typeof (value as ListPosition).startAfter === 'number' && typeof (value as ListPosition).id === 'string';

/**
 * GET /contacts/, GHL's older list (deprecated by GHL for the search): oldest first, each page
 * resuming after the last contact's (dateAdded, id), which a cursor carries.
 */
export async function listContacts(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId: string; query?: string | null },
): Promise<Connection<GhlContact>> {
  const page = forwardPage(args);
  const after = page.after === undefined ? undefined : decodeCursor(page.after, isListPosition);
  const result = await ctx.ghl.call('listContacts', {
    location: args.locationId,
    query: { query: args.query || undefined, limit: page.size, startAfter: after?.startAfter, startAfterId: after?.id },
  });
  for (const contact of result.contacts) ctx.loaders.contact.prime(contact.id, contact);
  const total = result.meta?.total ?? result.count ?? null;
  return toConnection(
    result.contacts,
    (contact) => encodeCursor({ startAfter: timestampOf(contact.dateAdded) ?? 0, id: contact.id }),
    {
      hasNextPage: result.meta ? result.meta.startAfterId != null : result.contacts.length === page.size,
      hasPreviousPage: after !== undefined,
      totalCount: total,
    },
  );
}

export async function businessContacts(
  ctx: GatewayContext,
  args: ConnectionArgs & { businessId: string; locationId?: string | null; query?: string | null },
): Promise<Connection<GhlContact>> {
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listBusinessContacts', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    path: { businessId: nonEmpty(args.businessId, 'businessId') },
    // The file types limit and skip as strings.
    query: definedOnly({ limit: String(page.size), skip: String(page.offset), query: args.query || undefined }),
  });
  for (const contact of result.contacts) ctx.loaders.contact.prime(contact.id, contact);
  return offsetConnection(result.contacts, page, result.count);
}

export interface DeletedChild {
  contactId: string;
  deletedGhlId: string;
}

export interface ContactTags {
  contactId: string;
  tags: string[];
}

export async function createContactTask(ctx: GatewayContext, contactRef: string, input: TaskInput): Promise<GhlTask> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const { task } = await ctx.ghl.call('createContactTask', {
    path: { contactId },
    body: { ...taskBody(input), completed: input.completed ?? false },
  });
  ctx.loaders.tasksOfContact.clear(contactId);
  return task;
}

export async function updateContactTask(
  ctx: GatewayContext,
  contactRef: string,
  taskRef: string,
  input: TaskInput,
): Promise<GhlTask> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const taskId = ghlIdOf(taskRef, 'Task', 'taskId');
  const { task } = await ctx.ghl.call('updateContactTask', { path: { contactId, taskId }, body: taskBody(input) });
  ctx.loaders.tasksOfContact.clear(contactId);
  return task;
}

export async function setContactTaskCompleted(
  ctx: GatewayContext,
  contactRef: string,
  taskRef: string,
  completed: boolean,
): Promise<GhlTask> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const taskId = ghlIdOf(taskRef, 'Task', 'taskId');
  const { task } = await ctx.ghl.call('completeContactTask', { path: { contactId, taskId }, body: { completed } });
  ctx.loaders.tasksOfContact.clear(contactId);
  return task;
}

export async function deleteContactTask(ctx: GatewayContext, contactRef: string, taskRef: string): Promise<DeletedChild> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const taskId = ghlIdOf(taskRef, 'Task', 'taskId');
  await ctx.ghl.call('deleteContactTask', { path: { contactId, taskId } });
  ctx.loaders.tasksOfContact.clear(contactId);
  return { contactId, deletedGhlId: taskId };
}

export async function createContactNote(ctx: GatewayContext, contactRef: string, input: NoteInput): Promise<GhlNote> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const { note } = await ctx.ghl.call('createContactNote', { path: { contactId }, body: noteBody(input) });
  ctx.loaders.notesOfContact.clear(contactId);
  return note;
}

export async function updateContactNote(
  ctx: GatewayContext,
  contactRef: string,
  noteRef: string,
  input: NoteInput,
): Promise<GhlNote> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const id = ghlIdOf(noteRef, 'Note', 'noteId');
  const { note } = await ctx.ghl.call('updateContactNote', { path: { contactId, id }, body: noteBody(input) });
  ctx.loaders.notesOfContact.clear(contactId);
  return note;
}

export async function deleteContactNote(ctx: GatewayContext, contactRef: string, noteRef: string): Promise<DeletedChild> {
  const contactId = ghlIdOf(contactRef, 'Contact', 'contactId');
  const id = ghlIdOf(noteRef, 'Note', 'noteId');
  await ctx.ghl.call('deleteContactNote', { path: { contactId, id } });
  ctx.loaders.notesOfContact.clear(contactId);
  return { contactId, deletedGhlId: id };
}

/** Only the fields the caller set: GHL treats a present null as "clear this field". */
function contactBody(input: ContactInput): Record<string, unknown> {
  const { dateOfBirth, assignedTo, tags, country, dndSettings, ...rest } = input;
  if (country != null && !/^[A-Z]{2}$/.test(country)) {
    throw gatewayError('BAD_USER_INPUT', 'country must be a two-letter ISO 3166 code such as "US"');
  }
  return definedOnly({
    ...rest,
    country,
    tags: tags == null ? tags : tagsOf(tags),
    dndSettings:
      dndSettings == null
        ? dndSettings
        : Object.fromEntries(
            Object.entries(dndSettings).map(([channel, setting]) => [dndChannels[channel as DndChannel], setting]),
          ),
    dateOfBirth: dateOfBirth == null ? dateOfBirth : dayOf(dateOfBirth),
    assignedTo: assignedTo == null ? assignedTo : ghlIdOf(assignedTo, 'User', 'assignedTo'),
  });
}

function taskBody(input: TaskInput): Record<string, unknown> {
  if (input.title != null && input.title.trim() === '') throw gatewayError('BAD_USER_INPUT', 'title must not be empty');
  return definedOnly({
    ...input,
    dueDate: input.dueDate == null ? input.dueDate : input.dueDate.toISOString(),
    assignedTo: input.assignedTo == null ? input.assignedTo : ghlIdOf(input.assignedTo, 'User', 'assignedTo'),
  });
}

function noteBody(input: NoteInput): Record<string, unknown> {
  if (input.body != null && input.body.trim() === '') throw gatewayError('BAD_USER_INPUT', 'body must not be empty');
  return definedOnly({ ...input, userId: input.userId == null ? input.userId : ghlIdOf(input.userId, 'User', 'userId') });
}

function tagsOf(tags: string[]): string[] {
  const trimmed = tags.map((tag) => tag.trim());
  if (trimmed.some((tag) => tag === '')) throw gatewayError('BAD_USER_INPUT', 'tags must not be empty strings');
  return [...new Set(trimmed)];
}

function someTagsOf(tags: string[]): string[] {
  if (tags.length === 0) throw gatewayError('BAD_USER_INPUT', 'tags must name at least one tag');
  return tagsOf(tags);
}

