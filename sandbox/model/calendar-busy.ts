/**
 * What keeps a calendar's slots from being free, as GHL sees it: a team member is busy with an
 * appointment on any calendar or with a block slot of their own; a block slot on the calendar,
 * or an appointment on it with no team member assigned, takes the time from everyone.
 * Cancelled and invalid appointments hold nothing.
 */
import type { Busy } from './free-slots.ts';
import { BLOCKING_STATUSES, type Calendar } from './calendars.ts';
import type { SandboxStore } from './store.ts';

const blocking = new Set<string>(BLOCKING_STATUSES);

/** Busy times overlapping [from, to); `exceptAppointmentId` leaves out one being moved. */
export function busyTimes(store: SandboxStore, calendar: Calendar, from: number, to: number, exceptAppointmentId?: string): Busy[] {
  const team = new Set(calendar.teamMembers.map((member) => member.userId));
  const busy: Busy[] = [];
  const add = (record: { startTime: string; endTime: string }, userId?: string) => {
    const start = Date.parse(record.startTime);
    const end = Date.parse(record.endTime);
    if (start < to && from < end) busy.push(userId === undefined ? { start, end } : { start, end, userId });
  };

  for (const appointment of store.appointments.values()) {
    if (appointment.id === exceptAppointmentId || !blocking.has(appointment.appointmentStatus)) continue;
    const { assignedUserId } = appointment;
    if (assignedUserId !== undefined && team.has(assignedUserId)) add(appointment, assignedUserId);
    else if (appointment.calendarId === calendar.id) add(appointment);
  }
  for (const block of store.blockSlots.values()) {
    if (block.calendarId === calendar.id) add(block);
    else if (block.assignedUserId !== undefined && team.has(block.assignedUserId)) add(block, block.assignedUserId);
  }
  return busy;
}
