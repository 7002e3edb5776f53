/**
 * How GHL's advanced searches (contacts, opportunities) page: `page` for standard paging, at most
 * 10,000 records deep, or `searchAfter`, the sort key of the last record seen, for deeper paging;
 * never both. Each search validates its own body (they accept different filters, sorts and
 * searchAfter forms); what is shared is this paging over records sorted by their keys.
 */
import { ghlErrors } from '../http/errors.ts';

const MAX_STANDARD_DEPTH = 10_000;

export type SortKey = Array<string | number | boolean | null>;
export type Direction = 'asc' | 'desc';

/** Checked after the body's own 422; `limitName` is the body's name for the page size. */
export function checkPaging(page: number | undefined, searchAfter: unknown, limit: number, limitName: string): void {
  if (page !== undefined && searchAfter !== undefined) throw ghlErrors.unprocessable(['page and searchAfter cannot be used together']);
  if ((page ?? 1) * limit > MAX_STANDARD_DEPTH) {
    throw ghlErrors.unprocessable([`page * ${limitName} must not exceed ${MAX_STANDARD_DEPTH}; use searchAfter to go deeper`]);
  }
}

/** Missing values sort last in either direction, as GHL's search engine puts them. */
export function compareKeys(a: SortKey, b: SortKey, directions: readonly Direction[]): number {
  for (const [index, direction] of directions.entries()) {
    const x = a[index] ?? null;
    const y = b[index] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return direction === 'asc' ? order : -order;
  }
  return 0;
}

/** One page of `sorted`: the records after `searchAfter`, or the `page`th page (from 1). */
export function pageOf<T extends { key: SortKey }>(
  sorted: T[],
  directions: readonly Direction[],
  limit: number,
  page: number | undefined,
  searchAfter: SortKey | undefined,
): T[] {
  const start = searchAfter ? sorted.findIndex(({ key }) => compareKeys(key, searchAfter, directions) > 0) : ((page ?? 1) - 1) * limit;
  return start === -1 ? [] : sorted.slice(start, start + limit);
}
