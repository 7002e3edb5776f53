/**
 * Invoice schedules (invoices.json): an invoice to a contact that recurs by a rule, from draft to
 * active to cancelled. GHL reaches them through their owner (`altId`, `altType=location`), in the
 * query or the body, and names the id `_id`. The file types the status as a bare object (GHL sends
 * a string) and the lines as strings (GHL sends line objects): read leniently here.
 */
import { define, fromSpec } from '../operation.ts';
import type { GhlInvoice, GhlInvoiceContactDetails, GhlInvoiceDocument } from './invoices.ts';

export const invoiceScheduleStatuses = ['draft', 'active', 'cancelled', 'completed'] as const;
export type GhlInvoiceScheduleStatus = (typeof invoiceScheduleStatuses)[number];

/** CustomRRuleOptionsDto */
export interface GhlRecurrenceRule {
  intervalType?: string;
  interval?: number;
  startDate?: string;
  endDate?: string;
  dayOfMonth?: number;
  dayOfWeek?: string;
  count?: number;
}

/** AutoPaymentDetailsDto: whether and how a schedule's invoices are charged when issued. */
export interface GhlAutoPayment {
  enable?: boolean;
  type?: string;
  paymentMethodId?: string;
  customerId?: string;
}

export interface GhlInvoiceSchedule extends GhlInvoiceDocument {
  status?: string;
  liveMode?: boolean;
  schedule?: { executeAt?: string; rrule?: GhlRecurrenceRule };
  invoices?: GhlInvoice[];
  contactDetails?: GhlInvoiceContactDetails;
  /** AutoPaymentDetailsDto, as set by the auto-payment call: not in the file's answer. */
  autoPayment?: GhlAutoPayment;
}

const lists = { items: 'records', invoices: 'records' } as const;

export const invoiceScheduleOperations = {
  listInvoiceSchedules: define<{ schedules: GhlInvoiceSchedule[]; total?: number }>()({
    lists: { schedules: 'records', 'schedules[].items': 'records', 'schedules[].invoices': 'records' },
    ...fromSpec('invoicesListInvoiceSchedules'),
    location: { in: 'query', name: 'altId' },
  }),
  getInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesGetInvoiceSchedule'),
    location: { in: 'query', name: 'altId' },
  }),
  createInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesCreateInvoiceSchedule'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole schedule, not a patch. */
  updateInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesUpdateInvoiceSchedule'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteInvoiceSchedule: define<{ success?: boolean }>()({
    ...fromSpec('invoicesDeleteInvoiceSchedule'),
    location: { in: 'query', name: 'altId' },
  }),
  scheduleInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesScheduleInvoiceSchedule'),
    location: { in: 'body', name: 'altId' },
  }),
  /**
   * Applies a schedule's edit and schedules it again. The file names neither a body nor the
   * owner: GHL finds the schedule by its id.
   */
  rescheduleInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesUpdateAndScheduleInvoiceSchedule'),
    location: 'none',
  }),
  setInvoiceScheduleAutoPayment: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesAutoPaymentInvoiceSchedule'),
    location: { in: 'body', name: 'altId' },
  }),
  cancelInvoiceSchedule: define<GhlInvoiceSchedule>()({
    lists,
    ...fromSpec('invoicesCancelInvoiceSchedule'),
    location: { in: 'body', name: 'altId' },
  }),
};
