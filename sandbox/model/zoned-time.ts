/**
 * Wall-clock arithmetic in IANA time zones with nothing but Intl: GHL's calendars keep their open
 * hours in the location's zone and answer free slots in whatever zone the caller asks for, with
 * the offset written out ("2024-10-28T10:00:00-05:00"), DST included.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `timeZone` at that instant, e.g. -300 for 2024-10-28 in Chicago. */
function offsetMinutes(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  // "GMT-05:00", or plain "GMT" at offset zero.
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm:ss */
  time: string;
  /** ±HH:mm */
  offset: string;
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const offset = offsetMinutes(instant, timeZone);
  const iso = new Date(instant + offset * MINUTE_MS).toISOString();
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), offset: `${sign}${hours}:${minutes}` };
}

/** The instant as GHL's calendars write it: local time with its offset, to the second. */
export function formatInZone(instant: number, timeZone: string): string {
  const { date, time, offset } = wallClock(instant, timeZone);
  return `${date}T${time}${offset}`;
}

/**
 * The instant at which the clocks of `timeZone` show `minutes` past midnight on `date`, read
 * with the offsets in force a day before and a day after. Across a DST change, a time shown twice
 * is its first occurrence, and a time skipped is read with the old offset, which lands where the
 * clocks jumped to (02:30 on a spring-forward night is 03:30).
 */
export function instantAt(date: string, minutes: number, timeZone: string): number {
  const asIfUtc = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  const before = offsetMinutes(asIfUtc - DAY_MS, timeZone);
  const after = offsetMinutes(asIfUtc + DAY_MS, timeZone);
  const withBefore = asIfUtc - before * MINUTE_MS;
  if (before === after) return withBefore;
  const withAfter = asIfUtc - after * MINUTE_MS;
  const shown = [
    ...(offsetMinutes(withBefore, timeZone) === before ? [withBefore] : []),
    ...(offsetMinutes(withAfter, timeZone) === after ? [withAfter] : []),
  ];
  return shown.length > 0 ? Math.min(...shown) : withBefore;
}

/** The calendar day after (or, with a negative `days`, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday, GHL's daysOfTheWeek numbering. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
