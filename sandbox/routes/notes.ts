/**
 * A contact's notes (contacts.json, /contacts/{contactId}/notes): GetNoteSchema records reached
 * through their contact, listed newest first as GHL's contact timeline shows them.
 */
import { ghlErrors } from '../http/errors.ts';
import type { Contact, Note } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { applyUpdate, definedOnly, Validator } from '../http/validate.ts';
import { noteEvent } from '../webhooks/events.ts';
import { created, ok, requireContact, V2021_07_28 } from './common.ts';

const NOTES = { versions: V2021_07_28, tokens: 'location' } as const;

export const noteRoutes: Route[] = [
  route('GET', '/contacts/{contactId}/notes', NOTES, ({ store, principal, params }) => {
    const notes = store.notesOfContact(requireContact(store, principal, params.contactId).id);
    return ok({ notes: notes.sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded)) });
  }),
  route('POST', '/contacts/{contactId}/notes', NOTES, ({ store, principal, params, body, emit }) => {
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
    const note = store.notes.insert(definedOnly<Note>({ id: randomId(), ...fields, dateAdded: new Date().toISOString(), contactId: contact.id }));
    emit(noteEvent('NoteCreate', note, contact.locationId));
    return created({ note });
  }),
  route('GET', '/contacts/{contactId}/notes/{id}', NOTES, (context) => ok({ note: requireNote(context).note })),
  route('PUT', '/contacts/{contactId}/notes/{id}', NOTES, (context) => {
    const { contact, note } = requireNote(context);
    const v = Validator.body(context.body);
    const fields = {
      body: v.string('body'),
      userId: v.string('userId'),
      title: v.string('title'),
      color: v.string('color'),
      pinned: v.boolean('pinned'),
    };
    v.check();
    const updated = context.store.notes.insert(applyUpdate(note, fields, v.clearedAmong(['userId', 'title', 'color'])));
    context.emit(noteEvent('NoteUpdate', updated, contact.locationId));
    return ok({ note: updated });
  }),
  route('DELETE', '/contacts/{contactId}/notes/{id}', NOTES, (context) => {
    const { contact, note } = requireNote(context);
    context.store.notes.delete(note.id);
    context.emit(noteEvent('NoteDelete', note, contact.locationId));
    return ok({ succeded: true });
  }),
];

/** With its contact, whose location is the note's. */
function requireNote({ store, principal, params }: RequestContext<{ contactId: string; id: string }>): { contact: Contact; note: Note } {
  const contact = requireContact(store, principal, params.contactId);
  const note = store.notes.get(params.id);
  if (note?.contactId !== contact.id) throw ghlErrors.notFound('Note');
  return { contact, note };
}
