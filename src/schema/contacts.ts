/**
 * Contacts with their tags, tasks and notes. Output fields serve what GHL stores (an email that is
 * not an email still reads as a String); inputs are strict scalars, checked before any REST call.
 */
import type { ArgBuilder } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GhlAttributionSource, GhlBulkTagsOutcome, GhlContact, GhlDndChannel, GhlNote, GhlTask } from '../ghl/api/contacts.ts';
import type { GatewayContext } from '../context.ts';
import * as contacts from '../resolvers/contacts.ts';
import { readContactField, type ContactSource } from '../resolvers/contacts.ts';
import { dateOf } from '../resolvers/dates.ts';
import { usersFollowing } from '../resolvers/followers.ts';
import { ghlIdOf } from '../resolvers/ids.ts';
import { builder, type BuilderTypes } from './builder.ts';
import { connectionOf } from './connections.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { DateTimeRangeInput, OrderDirection } from './ordering.ts';
import { UserRef } from './users.ts';
import { cost, sharedLists, USERS_ASSUMED } from './cost.ts';

export const ContactRef = builder.objectRef<ContactSource>('Contact');
export const TaskRef = builder.objectRef<GhlTask>('Task');
export const NoteRef = builder.objectRef<GhlNote>('Note');
const ContactConnection = connectionOf(ContactRef, { noun: 'contact' });

const DndChannelSettingRef = builder.objectRef<GhlDndChannel>('DndChannelSetting').implement({
  description: 'Do-not-disturb state of one channel.',
  fields: (t) => ({
    status: t.exposeString('status', { description: '`active`, `inactive` or `permanent`.' }),
    message: t.exposeString('message', { description: 'Why the channel is blocked, as GHL recorded it.' }),
    code: t.exposeString('code', { description: 'GHL code for the reason.' }),
  }),
});

const DndSettingsRef = builder.objectRef<NonNullable<GhlContact['dndSettings']>>('DndSettings').implement({
  description: 'Do-not-disturb state per channel.',
  fields: (t) => ({
    call: t.expose('Call', { type: DndChannelSettingRef, description: 'Calls.' }),
    email: t.expose('Email', { type: DndChannelSettingRef, description: 'Email.' }),
    sms: t.expose('SMS', { type: DndChannelSettingRef, description: 'SMS.' }),
    whatsApp: t.expose('WhatsApp', { type: DndChannelSettingRef, description: 'WhatsApp.' }),
    gmb: t.expose('GMB', { type: DndChannelSettingRef, description: 'Google Business Messages.' }),
    fb: t.expose('FB', { type: DndChannelSettingRef, description: 'Facebook Messenger.' }),
    rcs: t.expose('RCS', { type: DndChannelSettingRef, description: 'RCS (Rich Communication Services) messages.' }),
  }),
});

const AttributionRef = builder.objectRef<GhlAttributionSource>('Attribution').implement({
  description: 'Where a contact came from: one touch (first, latest, or any in `attributions`).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Page or trigger link.' }),
    campaign: t.exposeString('campaign', { description: 'Campaign name.' }),
    campaignId: t.exposeString('campaignId', { description: 'Campaign id.' }),
    utmSource: t.exposeString('utmSource', { description: 'The `utm_source` of the visit.' }),
    utmMedium: t.exposeString('utmMedium', { description: 'The `utm_medium` of the visit.' }),
    utmContent: t.exposeString('utmContent', { description: 'The `utm_content` of the visit.' }),
    referrer: t.exposeString('referrer', { description: 'HTTP referrer.' }),
    medium: t.exposeString('medium', { description: 'GHL medium (form, survey, ...).' }),
    mediumId: t.exposeString('mediumId', { description: 'Id of the medium.' }),
    fbclid: t.exposeString('fbclid', { description: 'Facebook click id.' }),
    gclid: t.exposeString('gclid', { description: 'Google click id.' }),
    msclikid: t.exposeString('msclikid', { description: 'Microsoft click id.' }),
    dclid: t.exposeString('dclid', { description: 'DoubleClick click id.' }),
    fbc: t.exposeString('fbc', { description: 'Facebook browser cookie fbc.' }),
    fbp: t.exposeString('fbp', { description: 'Facebook browser cookie fbp.' }),
    fbEventId: t.exposeString('fbEventId', { description: 'Facebook event id.' }),
    userAgent: t.exposeString('userAgent', { description: 'Browser user agent.' }),
    ip: t.exposeString('ip', { description: 'Visitor IP address.' }),
  }),
});

/** A value with the location of its record: its field's definition is the location's (schema/location-settings.ts). */
export const CustomFieldValueRef = builder
  .objectRef<NonNullable<GhlContact['customFields']>[number] & { locationId: string }>('CustomFieldValue')
  .implement({
    description: 'A custom field value stored on a record.',
    fields: (t) => ({
      fieldId: t.exposeString('id', { nullable: false, description: 'Id of the custom field definition.' }),
      value: t.field({ type: 'JSON', description: 'The value as GHL stores it.', resolve: (field) => field.value }),
    }),
  });

/** A resolver for one field of a contact that may be only the part another record embeds. */
const read =
  <K extends keyof GhlContact>(key: K) =>
  (contact: ContactSource, _: unknown, ctx: GatewayContext) =>
    readContactField(ctx, contact, key);
const readList =
  <K extends 'tags' | 'customFields' | 'followers'>(key: K) =>
  (contact: ContactSource, _: unknown, ctx: GatewayContext) =>
    then(readContactField(ctx, contact, key), (list) => list ?? []);
const readDate =
  (key: 'dateAdded' | 'dateUpdated' | 'lastActivity') => (contact: ContactSource, _: unknown, ctx: GatewayContext) =>
    then(readContactField(ctx, contact, key), dateOf);

/** Stays synchronous when the value is at hand: most reads are, and lists of contacts are long. */
function then<T, U>(value: T | Promise<T>, map: (value: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(map) : map(value);
}

// Even an embedded contact carries its id and location (see embeddedContact).
locatedNode(ContactRef, {
  description: 'A person or business in a location (sub-account) of GoHighLevel.',
  loadById: (id, ctx) => ctx.loaders.contact.load(id),
  ghlIdOf: (contact) => contact.id,
  locationIdOf: (contact) => contact.locationId,
  location: { description: 'The location (sub-account) the contact belongs to.' },
  fields: (t) => ({
    name: t.string({
      description: 'Full name, as GHL stores it or made of first and last name.',
      // An embedded contact always carries GHL's own `name`, itself made of first and last name.
      resolve: (c) => c.name ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || null),
    }),
    firstName: t.string({ resolve: read('firstName'), description: 'First name.' }),
    lastName: t.string({ resolve: read('lastName'), description: 'Last name.' }),
    email: t.string({ resolve: read('email'), description: 'Email as stored; not guaranteed to be a valid address.' }),
    phone: t.string({ resolve: read('phone'), description: 'Phone as stored; not guaranteed to be E.164.' }),
    companyName: t.string({ resolve: read('companyName'), description: 'Company name.' }),
    gender: t.string({ resolve: read('gender'), description: 'Gender.' }),
    type: t.string({ resolve: read('type'), description: '`lead` or `customer`, where set.' }),
    source: t.string({ resolve: read('source'), description: 'Where the contact was created from.' }),
    timezone: t.string({ resolve: read('timezone'), description: 'IANA time zone.' }),
    address1: t.string({ resolve: read('address1'), description: 'Street address.' }),
    city: t.string({ resolve: read('city'), description: 'City.' }),
    state: t.string({ resolve: read('state'), description: 'State or region.' }),
    postalCode: t.string({ resolve: read('postalCode'), description: 'Postal code.' }),
    country: t.string({ resolve: read('country'), description: 'Two-letter country code.' }),
    website: t.string({ resolve: read('website'), description: 'Website.' }),
    dateOfBirth: t.string({ resolve: read('dateOfBirth'), description: 'Date of birth as stored (usually YYYY-MM-DD).' }),
    keyword: t.string({ resolve: read('keyword'), description: 'Keyword.' }),
    businessId: t.string({ resolve: read('businessId'), description: 'GHL id of the business the contact belongs to.' }),
    visitorId: t.string({ resolve: read('visitorId'), description: 'Chat widget visitor id.' }),
    dnd: t.boolean({ resolve: read('dnd'), description: 'Do not disturb on every channel.' }),
    dndSettings: t.field({ type: DndSettingsRef, resolve: read('dndSettings'), description: 'Do-not-disturb state per channel.' }),
    bounceEmail: t.boolean({ resolve: read('bounceEmail'), description: 'Email to this contact bounced.' }),
    unsubscribeEmail: t.boolean({ resolve: read('unsubscribeEmail'), description: 'The contact unsubscribed from email.' }),
    tags: t.stringList({
      nullable: false,
      description: 'Tags on the contact.',
      resolve: readList('tags'),
    }),
    customFields: t.field({
      type: [CustomFieldValueRef],
      nullable: false,
      description: 'Custom field values on the contact, each with its field’s definition.',
      resolve: (contact, _, ctx) =>
        then(readList('customFields')(contact, _, ctx), (values) => values.map((value) => ({ ...value, locationId: contact.locationId }))),
    }),
    followers: t.stringList({
      nullable: false,
      description: 'GHL ids of the users following the contact.',
      resolve: readList('followers'),
    }),
    followerUsers: t.field({
      type: [UserRef],
      nullable: false,
      description: 'The users following the contact.',
      extensions: { cost: cost.list(10, cost.batchedPerRequest(sharedLists.users)) },
      resolve: async (contact, _, ctx) => usersFollowing(ctx, await readContactField(ctx, contact, 'followers'), contact.locationId),
    }),
    attributionSource: t.field({ type: AttributionRef, resolve: read('attributionSource'), description: 'First touch.' }),
    lastAttributionSource: t.field({ type: AttributionRef, resolve: read('lastAttributionSource'), description: 'Latest touch.' }),
    attributions: t.field({
      type: [AttributionRef],
      nullable: { list: false, items: false },
      description: 'Every touch GHL recorded, in its order.',
      // Null and non-object items are real GHL data; they are no touch.
      resolve: (contact, _, ctx) =>
        then(readContactField(ctx, contact, 'attributions'), (list) =>
          (Array.isArray(list) ? list : []).filter((item): item is GhlAttributionSource => typeof item === 'object' && item !== null),
        ),
    }),
    assignedTo: t.string({ resolve: read('assignedTo'), description: 'GHL id of the assigned user.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user the contact is assigned to.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.users) },
      resolve: async (contact, _, ctx) => {
        const assignedTo = await read('assignedTo')(contact, _, ctx);
        return assignedTo ? ctx.loaders.user.load({ id: assignedTo, locationId: contact.locationId }) : null;
      },
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the contact was created.', resolve: readDate('dateAdded') }),
    updatedAt: t.field({ type: 'DateTime', description: 'When the contact last changed.', resolve: readDate('dateUpdated') }),
    lastActivity: t.field({ type: 'DateTime', description: 'Last activity.', resolve: readDate('lastActivity') }),
    tasks: t.field({
      type: [TaskRef],
      nullable: false,
      description: 'Tasks on the contact.',
      extensions: { cost: cost.perParent(1) },
      resolve: (contact, _, ctx) => ctx.loaders.tasksOfContact.load(contact.id),
    }),
    notes: t.field({
      type: [NoteRef],
      nullable: false,
      description: 'Notes on the contact.',
      extensions: { cost: cost.perParent(1) },
      resolve: (contact, _, ctx) => ctx.loaders.notesOfContact.load(contact.id),
    }),
  }),
});

/** Tasks and notes live under a contact: their node key is `contactId/id`. */
const childKey = (key: string) => {
  const [contactId = '', id = ''] = key.split('/');
  return { contactId, id };
};

builder.node(TaskRef, {
  description: 'A to-do on a contact.',
  id: { resolve: (task) => `${task.contactId}/${task.id}` },
  loadOne: (key, ctx) => ctx.loaders.task.load(childKey(key)),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    body: t.exposeString('body', { description: 'Details.' }),
    dueDate: t.field({ type: 'DateTime', description: 'When it is due.', resolve: (task) => dateOf(task.dueDate) }),
    completed: t.exposeBoolean('completed', { nullable: false, description: 'Done or not.' }),
    contactId: t.exposeString('contactId', { nullable: false, description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact the task is on.',
      extensions: { cost: cost.byId('owners') },
      resolve: (task, _, ctx) => ctx.loaders.contact.load(task.contactId),
    }),
    assignedTo: t.exposeString('assignedTo', { description: 'GHL id of the assigned user.' }),
    assignedUser: t.field({
      type: UserRef,
      description: 'The user the task is assigned to.',
      extensions: { cost: cost.byId(USERS_ASSUMED) },
      resolve: (task, _, ctx) => (task.assignedTo ? ctx.loaders.user.load({ id: task.assignedTo }) : null),
    }),
  }),
});

builder.node(NoteRef, {
  description: 'A note on a contact.',
  id: { resolve: (note) => `${note.contactId}/${note.id}` },
  loadOne: (key, ctx) => ctx.loaders.note.load(childKey(key)),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    body: t.exposeString('body', { description: 'Text of the note.' }),
    color: t.exposeString('color', { description: 'Colour, as a hex code.' }),
    pinned: t.exposeBoolean('pinned', { description: 'Pinned to the top of the contact.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (note) => dateOf(note.dateAdded) }),
    dateAdded: t.field({
      type: 'DateTime',
      description: 'When it was written: `createdAt`.',
      deprecationReason: 'Use `createdAt` (docs/schema-guide.md).',
      resolve: (note) => dateOf(note.dateAdded),
    }),
    contactId: t.exposeString('contactId', { nullable: false, description: 'GHL id of the contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact the note is on.',
      extensions: { cost: cost.byId('owners') },
      resolve: (note, _, ctx) => ctx.loaders.contact.load(note.contactId),
    }),
    userId: t.exposeString('userId', { description: 'GHL id of the author.' }),
    user: t.field({
      type: UserRef,
      description: 'The author.',
      extensions: { cost: cost.byId(USERS_ASSUMED) },
      resolve: (note, _, ctx) => (note.userId ? ctx.loaders.user.load({ id: note.userId }) : null),
    }),
  }),
});

// Inputs

const DndStatus = builder.enumType('DndStatus', {
  description: 'Do-not-disturb state of a channel.',
  values: {
    ACTIVE: { value: 'active', description: 'Messages on this channel are blocked.' },
    INACTIVE: { value: 'inactive', description: 'Messages on this channel are allowed.' },
    PERMANENT: { value: 'permanent', description: 'Blocked for good (e.g. the contact replied STOP).' },
  },
});

const DndChannelInput = builder.inputType('DndChannelInput', {
  description: 'Do-not-disturb state of one channel.',
  fields: (t) => ({
    status: t.field({ type: DndStatus, required: true, description: 'The state.' }),
    message: t.string({ description: 'Why.' }),
    code: t.string({ description: 'Reason code.' }),
  }),
});

const DndSettingsInput = builder.inputType('DndSettingsInput', {
  description: 'Do-not-disturb state per channel; channels left out stay as they are.',
  fields: (t) => ({
    call: t.field({ type: DndChannelInput, description: 'Calls.' }),
    email: t.field({ type: DndChannelInput, description: 'Email.' }),
    sms: t.field({ type: DndChannelInput, description: 'SMS.' }),
    whatsApp: t.field({ type: DndChannelInput, description: 'WhatsApp.' }),
    gmb: t.field({ type: DndChannelInput, description: 'Google Business Messages.' }),
    fb: t.field({ type: DndChannelInput, description: 'Facebook Messenger.' }),
  }),
});

const InboundDndStatus = builder.enumType('InboundDndStatus', {
  description: 'Do-not-disturb state of the messages a contact sends.',
  values: {
    ACTIVE: { value: 'active', description: 'Messages from the contact are blocked.' },
    INACTIVE: { value: 'inactive', description: 'Messages from the contact come through.' },
  },
});

const InboundDndInput = builder.inputType('InboundDndInput', {
  description: 'Do-not-disturb state of the messages a contact sends.',
  fields: (t) => ({
    status: t.field({ type: InboundDndStatus, required: true, description: 'The state.' }),
    message: t.string({ description: 'Why.' }),
  }),
});

const InboundDndSettingsInput = builder.inputType('InboundDndSettingsInput', {
  description: 'Do-not-disturb state of the messages a contact sends, as GHL takes it.',
  fields: (t) => ({
    all: t.field({ type: InboundDndInput, description: 'On every channel.' }),
  }),
});

export const CustomFieldValueInput = builder.inputType('CustomFieldValueInput', {
  description: 'A value for one custom field.',
  fields: (t) => ({
    fieldId: t.string({ required: true, description: 'Id of the custom field definition.' }),
    value: t.field({ type: 'JSON', description: 'The value: text, number, list of options, ...' }),
  }),
});

const ContactInputFields = {
  firstName: 'First name.',
  lastName: 'Last name.',
  name: 'Full name.',
  address1: 'Street address.',
  city: 'City.',
  state: 'State or region.',
  postalCode: 'Postal code.',
  website: 'Website.',
  timezone: 'IANA time zone.',
  source: 'Where the contact comes from.',
} as const;

/**
 * GHL's UpdateContactDto has no locationId or gender: those are set at creation only. It has no
 * companyName either, but GHL's update takes it (openapi/overrides.ts).
 */
function contactInput(name: string, description: string, kind: 'create' | 'update' | 'upsert') {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      ...(kind !== 'update'
        ? {
            locationId: t.id({ description: 'Location to create it in; defaults to the configured location.' }),
            gender: t.string({ description: 'Gender.' }),
          }
        : {}),
      ...(kind === 'upsert'
        ? {
            createNewIfDuplicateAllowed: t.boolean({
              description: 'Create a new contact even when one matches, where the location allows duplicate contacts; false by default.',
            }),
          }
        : {}),
      companyName: t.string({ description: 'Company name.' }),
      ...Object.fromEntries(Object.entries(ContactInputFields).map(([field, text]) => [field, t.string({ description: text })])),
      email: t.field({ type: 'EmailAddress', description: 'Email address (validated).' }),
      phone: t.field({ type: 'PhoneNumber', description: 'Phone number, ideally E.164 such as +14155551234.' }),
      country: t.string({ description: 'Two-letter ISO 3166 country code, e.g. US.' }),
      dateOfBirth: t.field({ type: 'Date', description: 'Date of birth.' }),
      dnd: t.boolean({ description: 'Do not disturb on every channel.' }),
      dndSettings: t.field({ type: DndSettingsInput, description: 'Do-not-disturb state per channel.' }),
      inboundDndSettings: t.field({ type: InboundDndSettingsInput, description: 'Do-not-disturb state of the messages the contact sends.' }),
      tags: t.stringList({ description: 'Tags; replaces the contact’s tags.' }),
      customFields: t.field({ type: [CustomFieldValueInput], description: 'Custom field values.' }),
      assignedTo: t.id({ description: 'User to assign the contact to (User id or GHL user id).' }),
    }),
  });
}

const CreateContactInput = contactInput('CreateContactInput', 'A new contact.', 'create');
const UpdateContactInput = contactInput('UpdateContactInput', 'Changes to a contact; fields left out stay as they are.', 'update');
const UpsertContactInput = contactInput(
  'UpsertContactInput',
  'A contact to create, or to update where the location’s duplicate rules match one by email or phone.',
  'upsert',
);

const TaskInputFields = (required: boolean) =>
  builder.inputType(required ? 'CreateTaskInput' : 'UpdateTaskInput', {
    description: required ? 'A new task.' : 'Changes to a task; fields left out stay as they are.',
    fields: (t) => ({
      title: t.string({ required, description: 'Title.' }),
      body: t.string({ description: 'Details.' }),
      dueDate: t.field({ type: 'DateTime', required, description: 'When it is due.' }),
      completed: t.boolean({ description: 'Done or not (new tasks default to not done).' }),
      assignedTo: t.id({ description: 'User to assign it to (User id or GHL user id).' }),
    }),
  });
const CreateTaskInput = TaskInputFields(true);
const UpdateTaskInput = TaskInputFields(false);

const NoteInputFields = (required: boolean) =>
  builder.inputType(required ? 'CreateNoteInput' : 'UpdateNoteInput', {
    description: required ? 'A new note.' : 'Changes to a note; fields left out stay as they are.',
    fields: (t) => ({
      body: t.string({ required, description: 'Text of the note.' }),
      title: t.string({ description: 'Title.' }),
      color: t.string({ description: 'Colour, as a hex code.' }),
      pinned: t.boolean({ description: 'Pin to the top of the contact.' }),
      userId: t.id({ description: 'Author (User id or GHL user id).' }),
    }),
  });
const CreateNoteInput = NoteInputFields(true);
const UpdateNoteInput = NoteInputFields(false);

// Payloads

const ContactPayload = builder.objectRef<{ contact: GhlContact }>('ContactPayload').implement({
  description: 'The contact after the change.',
  fields: (t) => ({ contact: t.expose('contact', { type: ContactRef, nullable: false, description: 'The contact.' }) }),
});

const ContactTagsPayload = builder.objectRef<contacts.ContactTags>('ContactTagsPayload').implement({
  description: 'The contact’s tags after the change.',
  fields: (t) => ({
    tags: t.exposeStringList('tags', { nullable: false, description: 'All tags on the contact now.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact, read again (one more REST call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.contact.load(payload.contactId),
    }),
  }),
});

const UpsertContactPayload = builder.objectRef<{ contact: GhlContact; created: boolean }>('UpsertContactPayload').implement({
  description: 'The contact after the upsert.',
  fields: (t) => ({
    contact: t.expose('contact', { type: ContactRef, nullable: false, description: 'The contact.' }),
    created: t.exposeBoolean('created', { nullable: false, description: 'True when a new contact was created, false when one was updated.' }),
  }),
});

const ContactTagsAction = builder.enumType('ContactTagsAction', {
  description: 'What a bulk tag change does to each contact.',
  values: { ADD: { value: 'add', description: 'Adds the tags.' }, REMOVE: { value: 'remove', description: 'Removes the tags.' } } as const,
});

const BulkContactTagsInput = builder.inputType('BulkContactTagsInput', {
  description: 'Tags to add to or remove from many contacts at once.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    contactIds: t.idList({ required: true, description: 'The contacts (Contact ids or GHL contact ids).' }),
    tags: t.stringList({ required: true, description: 'The tags; may be empty with removeAllTags.' }),
    action: t.field({ type: ContactTagsAction, required: true, description: 'Add or remove.' }),
    removeAllTags: t.boolean({ description: 'With REMOVE: remove every tag of each contact, whatever `tags` names.' }),
  }),
});

const ContactTagsOutcomeRef = builder.objectRef<GhlBulkTagsOutcome>('ContactTagsOutcome').implement({
  description: 'What a bulk tag change did to one contact.',
  fields: (t) => ({
    contactId: t.exposeString('contactId', { nullable: false, description: 'GHL id of the contact.' }),
    succeeded: t.boolean({ nullable: false, description: 'Whether its tags were changed.', resolve: (outcome) => outcome.type === 'success' }),
    message: t.exposeString('message', { description: 'GHL’s word on it: why it failed, say.' }),
    tagsAdded: t.stringList({ nullable: false, description: 'Tags it gained.', resolve: (outcome) => outcome.tagsAdded ?? [] }),
    tagsRemoved: t.stringList({ nullable: false, description: 'Tags it lost.', resolve: (outcome) => outcome.tagsRemoved ?? [] }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact, read again (one call per contact).',
      extensions: { cost: cost.byId() },
      resolve: (outcome, _, ctx) => (outcome.type === 'success' ? ctx.loaders.contact.load(outcome.contactId) : null),
    }),
  }),
});

const BulkContactTagsPayload = builder.objectRef<{ errorCount: number; results: GhlBulkTagsOutcome[] }>('BulkContactTagsPayload').implement({
  description: 'Each contact’s outcome of a bulk tag change.',
  fields: (t) => ({
    errorCount: t.exposeInt('errorCount', { nullable: false, description: 'Contacts that could not be changed.' }),
    results: t.expose('results', { type: [ContactTagsOutcomeRef], nullable: false, description: 'One outcome per contact, in the order named.' }),
  }),
});

const SetContactsBusinessInput = builder.inputType('SetContactsBusinessInput', {
  description: 'Contacts to put in a business, or to take out of theirs.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    contactIds: t.idList({ required: true, description: 'The contacts (Contact ids or GHL contact ids).' }),
    businessId: t.string({ description: 'GHL id of the business; null takes the contacts out of theirs.' }),
  }),
});

const SetContactsBusinessPayload = builder.objectRef<{ contactIds: string[] }>('SetContactsBusinessPayload').implement({
  description: 'The contacts whose business changed.',
  fields: (t) => ({
    contactIds: t.exposeStringList('contactIds', { nullable: false, description: 'GHL ids of the contacts changed.' }),
    contacts: t.field({
      type: [ContactRef],
      nullable: false,
      description: 'The contacts, read again (one call per contact).',
      extensions: { cost: cost.list(100, cost.byId()) },
      resolve: (payload, _, ctx) => Promise.all(payload.contactIds.map((id) => ctx.loaders.contact.load(id))),
    }),
  }),
});

const ContactFollowersPayload = builder.objectRef<{ contactId: string; followers: string[] }>('ContactFollowersPayload').implement({
  description: 'The users following a contact after the change.',
  fields: (t) => ({
    followers: t.exposeStringList('followers', { nullable: false, description: 'GHL ids of every user following the contact now.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact, read again (one more REST call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.contact.load(payload.contactId),
    }),
  }),
});

const TaskPayload = builder.objectRef<{ task: GhlTask }>('TaskPayload').implement({
  description: 'The task after the change.',
  fields: (t) => ({ task: t.expose('task', { type: TaskRef, nullable: false, description: 'The task.' }) }),
});

const NotePayload = builder.objectRef<{ note: GhlNote }>('NotePayload').implement({
  description: 'The note after the change.',
  fields: (t) => ({ note: t.expose('note', { type: NoteRef, nullable: false, description: 'The note.' }) }),
});

export const DeletePayload = builder.objectRef<{ deletedId: string; deletedGhlId: string }>('DeletePayload').implement({
  description: 'What was deleted.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { nullable: false, description: 'Global id of the deleted entity, to evict from client caches.' }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

const childDeleted = (typename: string, deleted: contacts.DeletedChild) => ({
  deletedId: encodeGlobalID(typename, `${deleted.contactId}/${deleted.deletedGhlId}`),
  deletedGhlId: deleted.deletedGhlId,
});

const ContactOrderField = builder.enumType('ContactOrderField', {
  description: 'What a contact list is sorted by.',
  values: {
    CREATED_AT: { description: 'When the contact was added.' },
    NAME: { description: 'First name, then last name, ignoring case.' },
    LAST_ACTIVITY: { description: 'The contact’s latest activity; contacts without any come last.' },
  } as const,
});

const ContactOrderInput = builder.inputType('ContactOrder', {
  description: 'The order of a contact list.',
  fields: (t) => ({
    field: t.field({ type: ContactOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

const CustomFieldFilterInput = builder.inputType('CustomFieldFilter', {
  description: 'Contacts whose custom field holds a value (for an options field: has that option).',
  fields: (t) => ({
    fieldId: t.string({ required: true, description: 'Id of the custom field definition.' }),
    equals: t.string({ required: true, description: 'The value, ignoring case.' }),
  }),
});

const ContactFilterInput = builder.inputType('ContactFilter', {
  description: 'Conditions GoHighLevel applies to a contact search; every condition given must hold.',
  fields: (t) => ({
    tags: t.stringList({ description: 'Has every one of these tags (tags ignore case).' }),
    assignedTo: t.id({ description: 'Assigned to this user (User id or GHL user id).' }),
    createdAt: t.field({ type: DateTimeRangeInput, description: 'Added within this range.' }),
    lastActivityAt: t.field({ type: DateTimeRangeInput, description: 'Last active within this range.' }),
    dnd: t.boolean({ description: 'Do not disturb on every channel (true) or not (false).' }),
    customFields: t.field({ type: [CustomFieldFilterInput], description: 'Custom field values it holds.' }),
  }),
});

const contactListDescription =
  'newest first unless `orderBy` says otherwise; `filter` and `query` narrow it server-side.';

/** The arguments every contact list takes (Query.contacts, Location.contacts). */
function contactListArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    query: arg.string({ description: 'Matches name, email, phone or company.' }),
    filter: arg({ type: ContactFilterInput, description: 'Only contacts meeting these conditions.' }),
    orderBy: arg({ type: ContactOrderInput, description: 'The order; newest first (CREATED_AT, DESC) by default.' }),
  };
}

// Fields

builder.objectField(LocationRef, 'contacts', (t) =>
  t.connection({
    type: ContactRef,
    description: `Contacts of the location, searched by GoHighLevel: ${contactListDescription}`,
    args: contactListArgs(t.arg),
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => contacts.searchContacts(ctx, { ...args, locationId: location.id }),
  }, ContactConnection),
);

builder.objectField(LocationRef, 'contactsList', (t) =>
  t.connection({
    type: ContactRef,
    description: 'Contacts of the location through GoHighLevel’s older list (GET /contacts/), oldest first.',
    deprecationReason: 'Use `contacts`: GoHighLevel deprecates its contact list (GET /contacts/) in favour of the contact search.',
    args: { query: t.arg.string({ description: 'Matches name, email, phone or company.' }) },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => contacts.listContacts(ctx, { ...args, locationId: location.id }),
  }, ContactConnection),
);

builder.queryFields((t) => ({
  contact: t.field({
    type: ContactRef,
    description: 'One contact.',
    args: { id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.contact.load(ghlIdOf(args.id, 'Contact', 'id')),
  }),
  contacts: t.connection({
    type: ContactRef,
    description: `Contacts of a location, searched by GoHighLevel: ${contactListDescription}`,
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      ...contactListArgs(t.arg),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, { locationId, ...args }, ctx) => contacts.searchContacts(ctx, { ...args, locationId: locationId ?? null }),
  }, ContactConnection),
  businessContacts: t.connection({
    type: ContactRef,
    description: 'The contacts of a business, oldest first.',
    args: {
      businessId: t.arg.string({ required: true, description: 'GHL id of the business (Contact.businessId).' }),
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      query: t.arg.string({ description: 'Matches name, email, phone or company.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => contacts.businessContacts(ctx, args),
  }, ContactConnection),
  duplicateContact: t.field({
    type: ContactRef,
    description: 'The contact an email or a phone already belongs to, by the location’s duplicate rules (the email wins when both match); null when none.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      email: t.arg({ type: 'EmailAddress', description: 'Email to look for.' }),
      phone: t.arg({ type: 'PhoneNumber', description: 'Phone to look for, E.164.' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => contacts.duplicateContact(ctx, args),
  }),
}));

builder.mutationFields((t) => ({
  createContact: t.field({
    type: ContactPayload,
    nullable: false,
    description: 'Create a contact.',
    args: { input: t.arg({ type: CreateContactInput, required: true, description: 'The contact.' }) },
    resolve: async (_, { input }, ctx) => ({ contact: await contacts.createContact(ctx, fromContactInput(input)) }),
  }),
  updateContact: t.field({
    type: ContactPayload,
    nullable: false,
    description: 'Change a contact.',
    args: {
      id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      input: t.arg({ type: UpdateContactInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({
      contact: await contacts.updateContact(ctx, id, fromContactInput(input)),
    }),
  }),
  deleteContact: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Delete a contact.',
    args: { id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }) },
    resolve: async (_, { id }, ctx) => {
      const { deletedGhlId } = await contacts.deleteContact(ctx, id);
      return { deletedId: encodeGlobalID('Contact', deletedGhlId), deletedGhlId };
    },
  }),
  upsertContact: t.field({
    type: UpsertContactPayload,
    nullable: false,
    description: 'Create a contact, or update the one the location’s duplicate rules match by email or phone.',
    args: { input: t.arg({ type: UpsertContactInput, required: true, description: 'The contact.' }) },
    resolve: (_, { input }, ctx) => contacts.upsertContact(ctx, fromContactInput(input)),
  }),
  setContactsBusiness: t.field({
    type: SetContactsBusinessPayload,
    nullable: false,
    description: 'Put contacts in a business, or take them out of theirs.',
    args: { input: t.arg({ type: SetContactsBusinessInput, required: true, description: 'The contacts and the business.' }) },
    resolve: (_, { input }, ctx) => contacts.setContactsBusiness(ctx, input),
  }),
  bulkUpdateContactTags: t.field({
    type: BulkContactTagsPayload,
    nullable: false,
    description: 'Add tags to, or remove them from, many contacts in one call.',
    args: { input: t.arg({ type: BulkContactTagsInput, required: true, description: 'The contacts and tags.' }) },
    resolve: (_, { input }, ctx) => contacts.bulkUpdateContactTags(ctx, input),
  }),
  addContactFollowers: t.field({
    type: ContactFollowersPayload,
    nullable: false,
    description: 'Make users followers of a contact.',
    args: {
      id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      followers: t.arg.idList({ required: true, description: 'Users to add (User ids or GHL user ids).' }),
    },
    resolve: (_, { id, followers }, ctx) => contacts.changeContactFollowers(ctx, id, 'add', followers),
  }),
  removeContactFollowers: t.field({
    type: ContactFollowersPayload,
    nullable: false,
    description: 'Stop users following a contact.',
    args: {
      id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      followers: t.arg.idList({ required: true, description: 'Users to remove (User ids or GHL user ids).' }),
    },
    resolve: (_, { id, followers }, ctx) => contacts.changeContactFollowers(ctx, id, 'remove', followers),
  }),
  addContactTags: t.field({
    type: ContactTagsPayload,
    nullable: false,
    description: 'Add tags to a contact.',
    args: {
      id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      tags: t.arg.stringList({ required: true, description: 'Tags to add.' }),
    },
    resolve: (_, { id, tags }, ctx) => contacts.addContactTags(ctx, id, tags),
  }),
  removeContactTags: t.field({
    type: ContactTagsPayload,
    nullable: false,
    description: 'Remove tags from a contact.',
    args: {
      id: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      tags: t.arg.stringList({ required: true, description: 'Tags to remove.' }),
    },
    resolve: (_, { id, tags }, ctx) => contacts.removeContactTags(ctx, id, tags),
  }),

  createContactTask: t.field({
    type: TaskPayload,
    nullable: false,
    description: 'Add a task to a contact.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      input: t.arg({ type: CreateTaskInput, required: true, description: 'The task.' }),
    },
    resolve: async (_, { contactId, input }, ctx) => ({
      task: await contacts.createContactTask(ctx, contactId, input),
    }),
  }),
  updateContactTask: t.field({
    type: TaskPayload,
    nullable: false,
    description: 'Change a task.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      taskId: t.arg.id({ required: true, description: 'Task id or GHL task id.' }),
      input: t.arg({ type: UpdateTaskInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { contactId, taskId, input }, ctx) => ({
      task: await contacts.updateContactTask(ctx, contactId, taskId, input),
    }),
  }),
  completeContactTask: t.field({
    type: TaskPayload,
    nullable: false,
    description: 'Mark a task done (or not done again).',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      taskId: t.arg.id({ required: true, description: 'Task id or GHL task id.' }),
      completed: t.arg.boolean({ defaultValue: true, description: 'Done (default) or not done.' }),
    },
    resolve: async (_, { contactId, taskId, completed }, ctx) => ({
      task: await contacts.setContactTaskCompleted(ctx, contactId, taskId, completed ?? true),
    }),
  }),
  deleteContactTask: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Delete a task.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      taskId: t.arg.id({ required: true, description: 'Task id or GHL task id.' }),
    },
    resolve: async (_, { contactId, taskId }, ctx) =>
      childDeleted('Task', await contacts.deleteContactTask(ctx, contactId, taskId)),
  }),

  createContactNote: t.field({
    type: NotePayload,
    nullable: false,
    description: 'Add a note to a contact.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      input: t.arg({ type: CreateNoteInput, required: true, description: 'The note.' }),
    },
    resolve: async (_, { contactId, input }, ctx) => ({
      note: await contacts.createContactNote(ctx, contactId, input),
    }),
  }),
  updateContactNote: t.field({
    type: NotePayload,
    nullable: false,
    description: 'Change a note.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      noteId: t.arg.id({ required: true, description: 'Note id or GHL note id.' }),
      input: t.arg({ type: UpdateNoteInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { contactId, noteId, input }, ctx) => ({
      note: await contacts.updateContactNote(ctx, contactId, noteId, input),
    }),
  }),
  deleteContactNote: t.field({
    type: DeletePayload,
    nullable: false,
    description: 'Delete a note.',
    args: {
      contactId: t.arg.id({ required: true, description: 'Contact id or GHL contact id.' }),
      noteId: t.arg.id({ required: true, description: 'Note id or GHL note id.' }),
    },
    resolve: async (_, { contactId, noteId }, ctx) =>
      childDeleted('Note', await contacts.deleteContactNote(ctx, contactId, noteId)),
  }),
}));

/** GraphQL names a custom field `fieldId`, GHL `id`. */
function fromContactInput<T extends { customFields?: { fieldId: string; value?: unknown }[] | null }>(input: T) {
  const { customFields, ...rest } = input;
  return { ...rest, customFields: customFields && customFields.map(({ fieldId, value }) => ({ id: fieldId, value })) };
}
