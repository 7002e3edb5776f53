import type { LimitFunction } from 'p-limit';
import type { GhlContact, GhlNote, GhlTask } from '../ghl/api/contacts.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

/** A record nested under a contact: GHL addresses tasks and notes by both ids. */
export interface ContactChildKey {
  contactId: string;
  id: string;
}

const childKey = (key: ContactChildKey) => `${key.contactId}/${key.id}`;

export function contactLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    contact: perKey<string, GhlContact>(limit, async (contactId) => (await ghl.call('getContact', { path: { contactId } })).contact),
    tasksOfContact: perKey<string, GhlTask[]>(
      limit,
      async (contactId) => (await ghl.call('listContactTasks', { path: { contactId } })).tasks,
    ),
    notesOfContact: perKey<string, GhlNote[]>(
      limit,
      async (contactId) => (await ghl.call('listContactNotes', { path: { contactId } })).notes,
    ),
    task: perKey<ContactChildKey, GhlTask>(
      limit,
      async ({ contactId, id }) => (await ghl.call('getContactTask', { path: { contactId, taskId: id } })).task,
      childKey,
    ),
    note: perKey<ContactChildKey, GhlNote>(
      limit,
      async ({ contactId, id }) => (await ghl.call('getContactNote', { path: { contactId, id } })).note,
      childKey,
    ),
  };
}
