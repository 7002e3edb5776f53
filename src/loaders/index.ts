/**
 * Per-request DataLoaders over the REST edge. GHL has no endpoint that fetches many records by id,
 * so a "batch" here is the distinct ids a request asked for, fetched in parallel under one
 * concurrency cap; DataLoader's cache makes every repeat of an id in the same request free.
 * List results are primed into the by-id loaders, so an entity a list returned is never fetched
 * again in that request.
 */
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { GhlSession } from '../ghl/client.ts';
import type { GhlContact, GhlLocation, GhlNote, GhlTask, GhlUser } from '../ghl/types.ts';

/** A record nested under a contact: GHL addresses tasks and notes by both ids. */
export interface ContactChildKey {
  contactId: string;
  id: string;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(ghl: GhlSession, maxConcurrency: number) {
  const limit = pLimit(maxConcurrency);

  function each<K, V>(fetch: (key: K) => Promise<V>, cacheKeyFn?: (key: K) => string) {
    return new DataLoader<K, V, string>(
      // One failed id fails its own field only: the error goes in its slot, not the batch.
      (keys) => Promise.all(keys.map((key) => limit(() => fetch(key)).catch((error: Error) => error))),
      cacheKeyFn ? { cacheKeyFn } : undefined,
    );
  }
  const childKey = (key: ContactChildKey) => `${key.contactId}/${key.id}`;

  return {
    contact: each<string, GhlContact>(async (contactId) => (await ghl.call('getContact', { path: { contactId } })).contact),
    location: each<string, GhlLocation>(
      async (locationId) => (await ghl.call('getLocation', { path: { locationId } })).location,
    ),
    user: each<string, GhlUser>((userId) => ghl.call('getUser', { path: { userId } })),
    tasksOfContact: each<string, GhlTask[]>(
      async (contactId) => (await ghl.call('listContactTasks', { path: { contactId } })).tasks,
    ),
    notesOfContact: each<string, GhlNote[]>(
      async (contactId) => (await ghl.call('listContactNotes', { path: { contactId } })).notes,
    ),
    task: each<ContactChildKey, GhlTask>(
      async ({ contactId, id }) => (await ghl.call('getContactTask', { path: { contactId, taskId: id } })).task,
      childKey,
    ),
    note: each<ContactChildKey, GhlNote>(
      async ({ contactId, id }) => (await ghl.call('getContactNote', { path: { contactId, id } })).note,
      childKey,
    ),
  };
}
