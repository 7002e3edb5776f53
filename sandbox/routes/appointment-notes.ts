/**
 * An appointment's notes (calendars.json /calendars/appointments/{appointmentId}/notes): newest
 * first, a page of at most 20 at a time (`limit` and `offset` are both required), with `hasMore`.
 */
import { ghlErrors } from '../http/errors.ts';
import type { AppointmentNote } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { CALENDARS, requireAppointment } from './calendar-access.ts';
import { created, ok } from './common.ts';

/** NotesDTO.body's maxLength. */
const MAX_BODY = 5000;

export const appointmentNoteRoutes: Route[] = [
  route('GET', '/calendars/appointments/{appointmentId}/notes', CALENDARS, ({ store, principal, params, query }) => {
    const appointment = requireAppointment(store, principal, params.appointmentId);
    const v = Validator.query(query);
    const limit = v.number('limit', { required: true, min: 1, max: 20 });
    const offset = v.number('offset', { required: true, min: 0 });
    v.check();
    const notes = store.notesOfAppointment(appointment.id).sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || a.id.localeCompare(b.id));
    return ok({ notes: notes.slice(offset, offset + limit).map(noteBody), hasMore: offset + limit < notes.length });
  }),
  route('POST', '/calendars/appointments/{appointmentId}/notes', CALENDARS, ({ store, principal, params, body }) => {
    const appointment = requireAppointment(store, principal, params.appointmentId);
    const fields = readNote(body);
    const author = fields.userId === undefined ? undefined : store.users.get(fields.userId);
    if (fields.userId !== undefined && !store.usersOfLocation(appointment.locationId).some((user) => user.id === fields.userId)) {
      throw ghlErrors.unprocessable(['userId must be a user of this location']);
    }
    const note = store.appointmentNotes.insert(
      definedOnly<AppointmentNote>({
        id: randomId(),
        appointmentId: appointment.id,
        ...fields,
        contactId: appointment.contactId,
        dateAdded: new Date().toISOString(),
        createdBy: author && { id: author.id, name: author.name },
      }),
    );
    return created({ note: noteBody(note) });
  }),
  route('PUT', '/calendars/appointments/{appointmentId}/notes/{noteId}', CALENDARS, (context) => {
    const note = requireNote(context);
    const fields = readNote(context.body);
    return ok({ note: noteBody(context.store.appointmentNotes.insert({ ...note, ...definedOnly(fields) })) });
  }),
  route('DELETE', '/calendars/appointments/{appointmentId}/notes/{noteId}', CALENDARS, (context) => {
    context.store.appointmentNotes.delete(requireNote(context).id);
    return ok({ success: true });
  }),
];

function readNote(body: unknown): { body: string; userId?: string } {
  const v = Validator.body(body);
  const text = v.custom<string, true>(
    'body',
    (value) => (typeof value !== 'string' ? ['body must be a string'] : value.length > MAX_BODY ? [`body must be shorter than or equal to ${MAX_BODY} characters`] : []),
    { required: true },
  );
  const userId = v.string('userId');
  v.check();
  return definedOnly({ body: text, userId });
}

function requireNote({ store, principal, params }: RequestContext<{ appointmentId: string; noteId: string }>): AppointmentNote {
  const appointment = requireAppointment(store, principal, params.appointmentId);
  const note = store.appointmentNotes.get(params.noteId);
  if (!note || note.appointmentId !== appointment.id) throw ghlErrors.notFound('Note');
  return note;
}

/** GetNoteSchema: the note without the appointment it is kept under. */
function noteBody({ appointmentId: _appointment, ...note }: AppointmentNote) {
  return note;
}
