/**
 * A contact's notes (contacts.json, /contacts/{contactId}/notes): GetNoteSchema records reached
 * through their contact, listed newest first as GHL's contact timeline shows them.
 */
import { ghlErrors } from '../errors.ts';
import type { Note } from '../model.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../router.ts';
import { applyUpdate, definedOnly, Validator } from '../validate.ts';
import { created, ok, requireContact, V2021_07_28 } from './common.ts';

const NOTES = { versions: V2021_07_28, tokens: 'location' } as const;

export const noteRoutes: Route[] = [
  route('GET', '/contacts/{contactId}/notes', NOTES, ({ store, principal, params }) => {
    const notes = store.notesOfContact(requireContact(store, principal, params.contactId).id);
    return ok({ notes: notes.sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded)) });
  }),
  route('POST', '/contacts/{contactId}/notes', NOTES, ({ store, principal, params, body }) => {
    const contact = requireContact(store, principal, params.contactId);
    const v = Validator.body(body);
    const fields = {
      body: v.string('body', { required: true }),
      userId: v.string('userId'),
      title: v.string('title'),
      color: v.string('color'),
      pinned: v.boolean('pinned') ?? false,
    };
    v.check();
    const note: Note = { id: randomId(), ...fields, dateAdded: new Date().toISOString(), contactId: contact.id };
    return created({ note: store.notes.insert(definedOnly(note)) });
  }),
  route('GET', '/contacts/{contactId}/notes/{id}', NOTES, (context) => ok({ note: requireNote(context) })),
  route('PUT', '/contacts/{contactId}/notes/{id}', NOTES, (context) => {
    const note = requireNote(context);
    const v = Validator.body(context.body);
    const fields = {
      body: v.string('body'),
      userId: v.string('userId'),
      title: v.string('title'),
      color: v.string('color'),
      pinned: v.boolean('pinned'),
    };
    v.check();
    const updated = applyUpdate(note, fields, v.clearedAmong(['userId', 'title', 'color']));
    return ok({ note: context.store.notes.insert(updated) });
  }),
  route('DELETE', '/contacts/{contactId}/notes/{id}', NOTES, (context) => {
    context.store.notes.delete(requireNote(context).id);
    return ok({ succeded: true });
  }),
];

function requireNote({ store, principal, params }: RequestContext<{ contactId: string; id: string }>): Note {
  const contact = requireContact(store, principal, params.contactId);
  const note = store.notes.get(params.id);
  if (note?.contactId !== contact.id) throw ghlErrors.notFound('Note');
  return note;
}
