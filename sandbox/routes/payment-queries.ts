/**
 * The query parameters GHL's payments lists share: the owner (`altId`), a day range on
 * `createdAt`, the live/test mode, free-text search and `limit`/`offset` (10 and 0 by default,
 * as the spec declares). Each list reads its own filters beside these.
 */
import type { Principal } from '../auth/tokens.ts';
import type { ContactSnapshot } from '../model/index.ts';
import { isDay } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import type { Validator } from '../http/validate.ts';
import { requireLocation } from './common.ts';

const DEFAULT_LIMIT = 10;

export interface PaymentListQuery {
  altId: string;
  startAt?: string;
  endAt?: string;
  paymentMode?: string;
  search?: string;
  contactId?: string;
  limit: number;
  offset: number;
}

/** Reads the shared parameters; the caller checks `v` once it has read its own. */
export function readPaymentListQuery(v: Validator): PaymentListQuery {
  const day = (name: string) => (value: unknown) => (isDay(value) ? [] : [`${name} must be a date in YYYY-MM-DD format`]);
  return {
    altId: v.string('altId', { required: true }),
    startAt: v.custom<string>('startAt', day('startAt')),
    endAt: v.custom<string>('endAt', day('endAt')),
    paymentMode: v.oneOf('paymentMode', ['live', 'test']),
    search: v.string('search')?.toLowerCase(),
    contactId: v.string('contactId'),
    limit: v.number('limit', { min: 1 }) ?? DEFAULT_LIMIT,
    offset: v.number('offset', { min: 0 }) ?? 0,
  };
}

interface PaymentRecord {
  id: string;
  contactId: string;
  contactSnapshot: ContactSnapshot;
  liveMode: boolean;
  createdAt: string;
}

/** The records of `altId` the shared filters keep, newest first; the token must reach `altId`. */
export function filterPaymentRecords<T extends PaymentRecord>(
  store: SandboxStore,
  principal: Principal,
  query: PaymentListQuery,
  recordsOf: (altId: string) => T[],
): T[] {
  requireLocation(store, principal, query.altId);
  const { startAt, endAt, paymentMode, search, contactId } = query;
  return recordsOf(query.altId)
    .filter((record) => contactId === undefined || record.contactId === contactId)
    .filter((record) => paymentMode === undefined || record.liveMode === (paymentMode === 'live'))
    .filter((record) => startAt === undefined || record.createdAt.slice(0, 10) >= startAt)
    .filter((record) => endAt === undefined || record.createdAt.slice(0, 10) <= endAt)
    .filter((record) => search === undefined || matchesSearch(record, search))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

export function pageOf<T>(records: T[], query: PaymentListQuery): T[] {
  return records.slice(query.offset, query.offset + query.limit);
}

function matchesSearch(record: PaymentRecord, search: string): boolean {
  const { name, email } = record.contactSnapshot;
  return [record.id, name, email].some((field) => field?.toLowerCase().includes(search));
}
