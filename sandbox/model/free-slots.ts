/**
 * Free slots, as GHL computes them for a calendar: starts laid out every slotInterval through
 * each open-hours window (in the location's zone) for as long as a whole slotDuration still fits,
 * kept when a team member has nothing else then. A calendar without a team is one resource.
 */
import type { Calendar, DurationUnit } from './calendars.ts';
import { addDays, formatInZone, instantAt, wallClock, weekday } from './zoned-time.ts';

const MINUTE_MS = 60_000;

/** Time that cannot be booked: one user's, or, without a userId, the whole calendar's. */
export interface Busy {
  start: number;
  end: number;
  userId?: string;
}

function minutesOf(value: number, unit: DurationUnit): number {
  return unit === 'hours' ? value * 60 : value;
}

export function slotDurationMs(calendar: Calendar): number {
  return minutesOf(calendar.slotDuration, calendar.slotDurationUnit) * MINUTE_MS;
}

/** Every slot start from the open hours in [from, to], free or not, in order. */
export function slotStarts(calendar: Calendar, timeZone: string, from: number, to: number): number[] {
  const duration = minutesOf(calendar.slotDuration, calendar.slotDurationUnit);
  const interval = minutesOf(calendar.slotInterval, calendar.slotIntervalUnit);
  const starts = new Set<number>();
  const lastDate = wallClock(to, timeZone).date;
  for (let date = wallClock(from, timeZone).date; date <= lastDate; date = addDays(date, 1)) {
    const day = weekday(date);
    for (const { daysOfTheWeek, hours } of calendar.openHours) {
      if (!daysOfTheWeek.includes(day)) continue;
      for (const window of hours) {
        const close = window.closeHour * 60 + window.closeMinute;
        for (let minute = window.openHour * 60 + window.openMinute; minute + duration <= close; minute += interval) {
          const start = instantAt(date, minute, timeZone);
          if (start >= from && start <= to) starts.add(start);
        }
      }
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Who can take [start, end): the first of `candidates` with no busy time then, '' for a free
 * calendar without a team, undefined when nobody can.
 */
export function freeMember(calendar: Calendar, busy: Busy[], start: number, end: number, candidates: string[]): string | undefined {
  const freeFor = (userId: string | undefined) =>
    !busy.some((time) => time.start < end && start < time.end && (time.userId === undefined || time.userId === userId));
  if (calendar.teamMembers.length === 0) return freeFor(undefined) ? '' : undefined;
  return candidates.find(freeFor);
}

export interface SlotQuery {
  calendar: Calendar;
  /** The location's zone, which the open hours are in. */
  timeZone: string;
  from: number;
  to: number;
  busy: Busy[];
  /** Team members who may take the slots. */
  candidates: string[];
  /** Slots starting earlier are gone. */
  now: number;
}

export function freeSlotStarts({ calendar, timeZone, from, to, busy, candidates, now }: SlotQuery): number[] {
  const duration = slotDurationMs(calendar);
  return slotStarts(calendar, timeZone, Math.max(from, now), to).filter(
    (start) => freeMember(calendar, busy, start, start + duration, candidates) !== undefined,
  );
}

/** GHL's answer: `{ "2024-10-28": { slots: ["2024-10-28T10:00:00-05:00", ...] } }`, days in `timeZone`. */
export function slotsByDay(starts: number[], timeZone: string): Record<string, { slots: string[] }> {
  const days: Record<string, { slots: string[] }> = {};
  for (const start of starts) {
    const slot = formatInZone(start, timeZone);
    const day = slot.slice(0, 10);
    (days[day] ??= { slots: [] }).slots.push(slot);
  }
  return days;
}
