/**
 * The query parameters invoices.json's operations (invoices, schedules, templates, estimates) read
 * alike. Each reader takes the operation's Validator and reads in the order the routes always did,
 * since the 422 names problems in the order they were found; the route reads its own parameters
 * around them and calls `check()` once.
 */
import { isDay } from '../http/shape.ts';
import { Validator } from '../http/validate.ts';

export interface DayRange {
  startAt?: string;
  endAt?: string;
}

/** The owner, named the invoices.json way: `altId` with `altType=location`. */
export function readAlt(v: Validator): string {
  const altId = v.string('altId', { required: true });
  v.oneOf('altType', ['location'], { required: true });
  return altId;
}

/** A read that names nothing but its owner. */
export function readAltQuery(query: Record<string, string>): string {
  const v = Validator.query(query);
  const altId = readAlt(v);
  v.check();
  return altId;
}

/** `startAt`/`endAt`, each a YYYY-MM-DD day. */
export function readDayRange(v: Validator): DayRange {
  const dayProblems = (name: string) => (value: unknown) => (isDay(value) ? [] : [`${name} must be a date in YYYY-MM-DD format`]);
  return { startAt: v.custom<string>('startAt', dayProblems('startAt')), endAt: v.custom<string>('endAt', dayProblems('endAt')) };
}

/** Both bounds included; `day` is YYYY-MM-DD, so text order is day order. */
export function inDayRange(day: string, { startAt, endAt }: DayRange): boolean {
  return (startAt === undefined || day >= startAt) && (endAt === undefined || day <= endAt);
}

/** `limit` and `offset`, both required by these lists (the payment lists default them instead). */
export function readPage(v: Validator): { limit: number; offset: number } {
  return { limit: v.number('limit', { required: true, min: 1 }), offset: v.number('offset', { required: true, min: 0 }) };
}

/**
 * The filters the invoice, schedule and invoice-template lists open with, in this order; a
 * template list reads `status` and `paymentMode` only to refuse a malformed one.
 */
export function readInvoiceListFilters(v: Validator) {
  const altId = readAlt(v);
  const status = v.string('status');
  const days = readDayRange(v);
  const search = v.string('search')?.toLowerCase();
  const paymentMode = v.oneOf('paymentMode', ['default', 'live', 'test']);
  return { altId, status, days, search, paymentMode };
}

/** Newest first, the id breaking ties so that pages do not overlap. */
export function newestFirst(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}
