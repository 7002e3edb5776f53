/**
 * Notes on an appointment, newest first, paged as GHL pages them (at most 20 at a time). Each
 * appointment's page costs one call; asking for it twice in a request costs nothing more.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import * as notes from '../resolvers/appointment-notes.ts';
import { dateOf } from '../resolvers/dates.ts';
import { locatedKeyOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';
import { AppointmentRef } from './calendars.ts';
import { connectionOf } from './connections.ts';
import { ContactRef, DeletePayload } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { UserRef } from './users.ts';

export const AppointmentNoteRef = builder.objectRef<notes.AppointmentNote>('AppointmentNote');

/** The user a note names lives in its appointment's location. */
async function authorOf(ctx: GatewayContext, note: notes.AppointmentNote) {
  const userId = note.userId ?? note.createdBy?.id;
  if (!userId) return null;
  const appointment = await ctx.loaders.appointment.load(note.appointmentId);
  return ctx.loaders.user.load({ id: userId, locationId: appointment.locationId });
}

builder.node(AppointmentNoteRef, {
  description: 'A note on an appointment.',
  id: { resolve: (note) => `${note.appointmentId}/${note.id}` },
  loadOne: (key, ctx) => {
    const { locationId: appointmentId, id } = locatedKeyOf(key);
    return notes.findAppointmentNote(ctx, appointmentId, id);
  },
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    body: t.exposeString('body', { description: 'Text of the note.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (note) => dateOf(note.dateAdded) }),
    appointmentId: t.exposeString('appointmentId', { nullable: false, description: 'GHL id of the appointment.' }),
    appointment: t.field({
      type: AppointmentRef,
      description: 'The appointment it is on.',
      extensions: { cost: cost.byId('owners') },
      resolve: (note, _, ctx) => ctx.loaders.appointment.load(note.appointmentId),
    }),
    contactId: t.exposeString('contactId', { description: 'GHL id of the appointment’s contact.' }),
    contact: t.field({
      type: ContactRef,
      description: 'The appointment’s contact.',
      extensions: { cost: cost.byId() },
      resolve: (note, _, ctx) => (note.contactId ? ctx.loaders.contact.load(note.contactId) : null),
    }),
    userId: t.string({ description: 'GHL id of the user who wrote it.', resolve: (note) => note.userId ?? note.createdBy?.id ?? null }),
    user: t.field({
      type: UserRef,
      description: 'The user who wrote it.',
      extensions: { cost: cost.sum(cost.byId('owners'), cost.batchedPerRequest(sharedLists.users)) },
      resolve: (note, _, ctx) => authorOf(ctx, note),
    }),
  }),
});

const AppointmentNoteConnection = connectionOf(AppointmentNoteRef, { noun: 'appointment note' });

builder.objectField(AppointmentRef, 'appointmentNotes', (t) =>
  t.connection(
    {
      type: AppointmentNoteRef,
      description: `Notes written on the appointment, newest first (\`first\` at most ${notes.MAX_NOTES_PAGE}).`,
      extensions: { cost: cost.listPage(notes.MAX_NOTES_PAGE) },
      resolve: (appointment, args, ctx) => notes.appointmentNotes(ctx, appointment.id, args),
    },
    AppointmentNoteConnection,
  ),
);

const AppointmentNoteInput = builder.inputType('AppointmentNoteInput', {
  description: 'A note on an appointment.',
  fields: (t) => ({
    body: t.string({ required: true, description: 'Text of the note, at most 5000 characters.' }),
    userId: t.id({ description: 'The user writing it (User id or GHL user id).' }),
  }),
});

const AppointmentNotePayload = builder.objectRef<{ appointmentNote: notes.AppointmentNote }>('AppointmentNotePayload').implement({
  description: 'The appointment note after the change.',
  fields: (t) => ({
    appointmentNote: t.expose('appointmentNote', { type: AppointmentNoteRef, nullable: false, description: 'The note.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const appointmentId = () => t.arg.id({ required: true, description: 'Appointment id or GHL appointment (event) id.' });
  const noteId = () => t.arg.id({ required: true, description: 'AppointmentNote id or GHL note id.' });
  return {
    createAppointmentNote: t.field({
      type: AppointmentNotePayload,
      nullable: false,
      description: 'Write a note on an appointment.',
      args: { appointmentId: appointmentId(), input: t.arg({ type: AppointmentNoteInput, required: true, description: 'The note.' }) },
      resolve: async (_, args, ctx) => ({ appointmentNote: await notes.createAppointmentNote(ctx, args.appointmentId, args.input) }),
    }),
    updateAppointmentNote: t.field({
      type: AppointmentNotePayload,
      nullable: false,
      description: 'Rewrite a note on an appointment.',
      args: {
        appointmentId: appointmentId(),
        noteId: noteId(),
        input: t.arg({ type: AppointmentNoteInput, required: true, description: 'The note as it is to read.' }),
      },
      resolve: async (_, args, ctx) => ({
        appointmentNote: await notes.updateAppointmentNote(ctx, args.appointmentId, args.noteId, args.input),
      }),
    }),
    deleteAppointmentNote: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete a note from an appointment.',
      args: { appointmentId: appointmentId(), noteId: noteId() },
      resolve: async (_, args, ctx) => {
        const deleted = await notes.deleteAppointmentNote(ctx, args.appointmentId, args.noteId);
        return { deletedId: encodeGlobalID('AppointmentNote', `${deleted.appointmentId}/${deleted.deletedGhlId}`), deletedGhlId: deleted.deletedGhlId };
      },
    }),
  };
});
