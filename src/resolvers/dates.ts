/** GHL dates arrive as ISO strings or epoch milliseconds, and sometimes as neither. */

/** A stored date GHL could not have meant (or none at all) reads as null, not as an error. */
export function dateOf(value: string | number | null | undefined): Date | null {
  const time = timestampOf(value);
  return time === null ? null : new Date(time);
}

export function timestampOf(value: string | number | null | undefined): number | null {
  const time = typeof value === 'number' ? value : value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : null;
}

/** A day as GHL's date-only parameters take it (list bounds, invoice dates, birthdays): YYYY-MM-DD, in UTC. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
