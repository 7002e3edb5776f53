/** Contacts, their tasks and their notes, as GHL's webhooks report them: `contactEvents`, `taskEvents`, `noteEvents`. */
import type { GhlContact, GhlNote, GhlTask } from '../../../ghl/api/contacts.ts';
import { builder } from '../../builder.ts';
import { ContactRef, NoteRef, TaskRef } from '../../contacts.ts';
import { UserRef } from '../../users.ts';
import type { WebhookEvent } from '../../../events/events.ts';
import { contactFields } from './contact-fields.ts';
import { contactFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { deletes, familyNames } from './names.ts';
import { asBoolean, asDate, asId, asString, asStrings, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

// Contacts

/** Keys a contact webhook shares with GHL's contact record, read the same way. */
const contactKeys = [
  'id', 'name', 'firstName', 'lastName', 'email', 'phone', 'companyName', 'source', 'address1', 'city', 'state', 'postalCode',
  'country', 'website', 'dnd', 'dndSettings', 'tags', 'customFields', 'assignedTo', 'dateAdded',
] as const satisfies readonly (keyof GhlContact)[];

const contactAnswers: Answers<GhlContact> = {
  id: ['id'],
  ghlId: ['id'],
  locationId: ['locationId'],
  location: ['locationId'],
  name: ['name'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  email: ['email'],
  phone: ['phone'],
  companyName: ['companyName'],
  source: ['source'],
  address1: ['address1'],
  city: ['city'],
  state: ['state'],
  postalCode: ['postalCode'],
  country: ['country'],
  website: ['website'],
  dnd: ['dnd'],
  dndSettings: ['dndSettings'],
  tags: ['tags'],
  customFields: ['customFields'],
  assignedTo: ['assignedTo'],
  assignedUser: ['assignedTo'],
  createdAt: ['dateAdded'],
  // Records of the contact, read by its id.
  tasks: ['id'],
  notes: ['id'],
  opportunities: ['id', 'locationId'],
  conversations: ['id', 'locationId'],
  invoices: ['id', 'locationId'],
  appointments: ['id', 'locationId'],
};

const contactOf = (event: WebhookEvent<'contact'>): Partial<GhlContact> => ({
  ...pick<GhlContact>(event.payload, contactKeys),
  locationId: event.locationId,
});

export const ContactEvent = familyEventType('contact', `A change to a contact. ${familyNames.contact.about}`, (t) => ({
  contactId: t.string({ description: 'GHL id of the contact.', resolve: (event) => asId(event.payload.id) }),
  nodeId: t.id({
    description: 'Global id of the contact (its `Contact.id`), also after a delete: to update or evict it in client caches.',
    resolve: (event) => nodeIdOf('Contact', event.payload.id),
  }),
  contact: t.field({
    type: ContactRef,
    description: recordDescription('contact'),
    resolve: (event, _, ctx, info) => {
      const contact = contactOf(event);
      if (deletes(event.type) || !contact.id) return null;
      return servedOrLoaded(info, contact, contactAnswers, () => ctx.loaders.contact.load(contact.id!));
    },
  }),
  name: t.string({
    description: 'Full name, as the webhook gives it (or made of first and last name).',
    resolve: ({ payload: p }) => asString(p.name) ?? ([asString(p.firstName), asString(p.lastName)].filter(Boolean).join(' ') || null),
  }),
  email: t.string({ description: 'Email, as the webhook gives it.', resolve: (event) => asString(event.payload.email) }),
  phone: t.string({ description: 'Phone, as the webhook gives it.', resolve: (event) => asString(event.payload.phone) }),
  tags: t.stringList({
    nullable: false,
    description: 'Tags on the contact, as the webhook gives them (all of them after a TAG_UPDATE).',
    resolve: (event) => asStrings(event.payload.tags),
  }),
  dnd: t.boolean({
    description: 'Do not disturb on every channel (per channel: `contact { dndSettings }`).',
    resolve: (event) => asBoolean(event.payload.dnd),
  }),
  assignedTo: t.string({ description: 'GHL id of the user the contact is assigned to.', resolve: (event) => asId(event.payload.assignedTo) }),
  createdAt: t.field({ type: 'DateTime', description: 'When the contact was created.', resolve: (event) => asDate(event.payload.dateAdded) }),
}));

builder.subscriptionField('contactEvents', (t) =>
  t.field({
    type: ContactEvent.ref,
    nullable: false,
    description: familyFieldDescription('contact', 'optionally of one contact'),
    args: {
      ...familyArgs(t.arg, ContactEvent.types),
      contactId: t.arg.id({ description: 'Only this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) => familyEvents(ctx, 'contact', args, [contactFilter(args.contactId, (event) => event.payload.id)]),
    resolve: (event) => event,
  }),
);

// Tasks

const taskKeys = ['id', 'contactId', 'title', 'body', 'assignedTo', 'dueDate'] as const satisfies readonly (keyof GhlTask)[];

const taskAnswers: Answers<GhlTask> = {
  id: ['id', 'contactId'],
  ghlId: ['id'],
  title: ['title'],
  body: ['body'],
  dueDate: ['dueDate'],
  contactId: ['contactId'],
  contact: ['contactId'],
  assignedTo: ['assignedTo'],
  assignedUser: ['assignedTo'],
};

export const TaskEvent = familyEventType('task', `A change to a task on a contact. ${familyNames.task.about}`, (t) => ({
  taskId: t.string({ description: 'GHL id of the task.', resolve: (event) => asId(event.payload.id) }),
  nodeId: t.id({
    description: 'Global id of the task (its `Task.id`), also after a delete: to update or evict it in client caches.',
    resolve: (event) => nodeIdOf('Task', event.payload.contactId, event.payload.id),
  }),
  task: t.field({
    type: TaskRef,
    description: recordDescription('task'),
    resolve: (event, _, ctx, info) => {
      const task = pick<GhlTask>(event.payload, taskKeys);
      const { id, contactId } = task;
      if (deletes(event.type) || !id || !contactId) return null;
      return servedOrLoaded(info, task, taskAnswers, () => ctx.loaders.task.load({ contactId, id }));
    },
  }),
  ...contactFields(t, (event) => event.payload.contactId),
  title: t.string({ description: 'Title.', resolve: (event) => asString(event.payload.title) }),
  body: t.string({ description: 'Details.', resolve: (event) => asString(event.payload.body) }),
  dueDate: t.field({ type: 'DateTime', description: 'When it is due.', resolve: (event) => asDate(event.payload.dueDate) }),
  assignedTo: t.string({ description: 'GHL id of the user the task is assigned to.', resolve: (event) => asId(event.payload.assignedTo) }),
  assignedUser: t.field({
    type: UserRef,
    description: 'The user the task is assigned to.',
    resolve: (event, _, ctx) => {
      const userId = asId(event.payload.assignedTo);
      return userId ? ctx.loaders.user.load({ id: userId, locationId: event.locationId }) : null;
    },
  }),
  createdAt: t.field({ type: 'DateTime', description: 'When the task was created.', resolve: (event) => asDate(event.payload.dateAdded) }),
}));

builder.subscriptionField('taskEvents', (t) =>
  t.field({
    type: TaskEvent.ref,
    nullable: false,
    description: familyFieldDescription('task', 'optionally on one contact'),
    args: {
      ...familyArgs(t.arg, TaskEvent.types),
      contactId: t.arg.id({ description: 'Only tasks on this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) => familyEvents(ctx, 'task', args, [contactFilter(args.contactId, (event) => event.payload.contactId)]),
    resolve: (event) => event,
  }),
);

// Notes

const noteKeys = ['id', 'contactId', 'body', 'dateAdded', 'userId'] as const satisfies readonly (keyof GhlNote)[];

const noteAnswers: Answers<GhlNote> = {
  id: ['id', 'contactId'],
  ghlId: ['id'],
  body: ['body'],
  createdAt: ['dateAdded'],
  dateAdded: ['dateAdded'],
  contactId: ['contactId'],
  contact: ['contactId'],
  userId: ['userId'],
  user: ['userId'],
};

export const NoteEvent = familyEventType('note', `A change to a note on a contact. ${familyNames.note.about}`, (t) => ({
  noteId: t.string({ description: 'GHL id of the note.', resolve: (event) => asId(event.payload.id) }),
  nodeId: t.id({
    description: 'Global id of the note (its `Note.id`), also after a delete: to update or evict it in client caches.',
    resolve: (event) => nodeIdOf('Note', event.payload.contactId, event.payload.id),
  }),
  note: t.field({
    type: NoteRef,
    description: recordDescription('note'),
    resolve: (event, _, ctx, info) => {
      const note = pick<GhlNote>(event.payload, noteKeys);
      const { id, contactId } = note;
      if (deletes(event.type) || !id || !contactId) return null;
      return servedOrLoaded(info, note, noteAnswers, () => ctx.loaders.note.load({ contactId, id }));
    },
  }),
  ...contactFields(t, (event) => event.payload.contactId),
  body: t.string({ description: 'Text of the note.', resolve: (event) => asString(event.payload.body) }),
  createdAt: t.field({ type: 'DateTime', description: 'When the note was written.', resolve: (event) => asDate(event.payload.dateAdded) }),
}));

builder.subscriptionField('noteEvents', (t) =>
  t.field({
    type: NoteEvent.ref,
    nullable: false,
    description: familyFieldDescription('note', 'optionally on one contact'),
    args: {
      ...familyArgs(t.arg, NoteEvent.types),
      contactId: t.arg.id({ description: 'Only notes on this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) => familyEvents(ctx, 'note', args, [contactFilter(args.contactId, (event) => event.payload.contactId)]),
    resolve: (event) => event,
  }),
);
