/**
 * An appointment's notes. GHL pages them by offset, at most 20 a page, and says whether more
 * follow (`hasMore`) rather than how many there are. A note is known by its appointment and its
 * own id: no endpoint reads one note alone.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlAppointmentNote } from '../ghl/api/calendars.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf } from './ids.ts';
import { offsetPage, toConnection, encodeCursor, type Connection, type ConnectionArgs } from './pagination.ts';

/** A note with the appointment it belongs to (GHL's answer does not say). */
export type AppointmentNote = GhlAppointmentNote & { appointmentId: string };

export interface AppointmentNoteInput {
  body: string;
  userId?: string | null;
}

/** get-appointment-notes: `limit` at most 20. */
export const MAX_NOTES_PAGE = 20;
/** NotesDTO.body: maxLength 5000. */
const MAX_NOTE_LENGTH = 5000;

export async function appointmentNotes(ctx: GatewayContext, appointmentId: string, args: ConnectionArgs): Promise<Connection<AppointmentNote>> {
  const page = offsetPage({ ...args, first: args.first ?? MAX_NOTES_PAGE });
  if (page.size > MAX_NOTES_PAGE) throw gatewayError('BAD_USER_INPUT', `first must be between 1 and ${MAX_NOTES_PAGE}`);
  const { notes, hasMore } = await ctx.loaders.appointmentNotes.load({ appointmentId, offset: page.offset, limit: page.size });
  return toConnection(
    notes.map((note) => ({ ...note, appointmentId })),
    (_, index) => encodeCursor({ offset: page.offset + index + 1 }),
    { hasNextPage: hasMore, hasPreviousPage: page.offset > 0 },
  );
}

/** One note, found by paging through its appointment's notes. */
export async function findAppointmentNote(ctx: GatewayContext, appointmentId: string, noteId: string): Promise<AppointmentNote> {
  for (let offset = 0; ; offset += MAX_NOTES_PAGE) {
    const { notes, hasMore } = await ctx.loaders.appointmentNotes.load({ appointmentId, offset, limit: MAX_NOTES_PAGE });
    const note = notes.find((candidate) => candidate.id === noteId);
    if (note) return { ...note, appointmentId };
    if (!hasMore || notes.length === 0) throw gatewayError('NOT_FOUND', `No note ${noteId} on appointment ${appointmentId}`);
  }
}

export async function createAppointmentNote(ctx: GatewayContext, appointment: string, input: AppointmentNoteInput): Promise<AppointmentNote> {
  const appointmentId = ghlIdOf(appointment, 'Appointment', 'appointmentId');
  const { note } = await ctx.ghl.call('createAppointmentNote', { path: { appointmentId }, body: noteBody(input) });
  ctx.loaders.appointmentNotes.clearAll();
  return { ...note, appointmentId };
}

export async function updateAppointmentNote(ctx: GatewayContext, appointment: string, noteRef: string, input: AppointmentNoteInput): Promise<AppointmentNote> {
  const appointmentId = ghlIdOf(appointment, 'Appointment', 'appointmentId');
  const noteId = ghlIdOf(noteRef, 'AppointmentNote', 'noteId');
  const { note } = await ctx.ghl.call('updateAppointmentNote', { path: { appointmentId, noteId }, body: noteBody(input) });
  ctx.loaders.appointmentNotes.clearAll();
  return { ...note, appointmentId };
}

export async function deleteAppointmentNote(ctx: GatewayContext, appointment: string, noteRef: string): Promise<{ appointmentId: string; deletedGhlId: string }> {
  const appointmentId = ghlIdOf(appointment, 'Appointment', 'appointmentId');
  const noteId = ghlIdOf(noteRef, 'AppointmentNote', 'noteId');
  await ctx.ghl.call('deleteAppointmentNote', { path: { appointmentId, noteId } });
  ctx.loaders.appointmentNotes.clearAll();
  return { appointmentId, deletedGhlId: noteId };
}

function noteBody(input: AppointmentNoteInput) {
  const body = nonEmpty(input.body, 'body');
  if (body.length > MAX_NOTE_LENGTH) throw gatewayError('BAD_USER_INPUT', `body must be at most ${MAX_NOTE_LENGTH} characters`);
  return definedOnly({ body, userId: input.userId ? ghlIdOf(input.userId, 'User', 'userId') : undefined });
}
