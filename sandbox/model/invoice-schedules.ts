/**
 * Invoice schedules (invoices.json), shaped like GetScheduleResponseDto: an invoice to a contact
 * that recurs by a rule. A draft is scheduled (active) and may be cancelled; the sandbox issues no
 * invoices on the rule's dates, so `invoices` holds none it did not make.
 */
import type { Invoice, InvoiceDiscount, InvoiceItem } from './invoices.ts';

export type InvoiceScheduleStatus = 'draft' | 'active' | 'cancelled' | 'completed';

/** CustomRRuleOptionsDto, as sent. */
export interface RecurrenceRule {
  intervalType: 'yearly' | 'monthly' | 'weekly' | 'daily' | 'hourly' | 'minutely' | 'secondly';
  interval: number;
  startDate: string;
  startTime?: string;
  endDate?: string;
  endTime?: string;
  dayOfMonth?: number;
  dayOfWeek?: string;
  numOfWeek?: number;
  monthOfYear?: string;
  count?: number;
  daysBefore?: number;
  useStartAsPrimaryUserAccepted?: boolean;
  endType?: string;
}

export interface InvoiceSchedule {
  id: string;
  status: InvoiceScheduleStatus;
  liveMode: boolean;
  altId: string;
  altType: 'location';
  name: string;
  schedule: { executeAt?: string; rrule?: RecurrenceRule };
  invoices: Invoice[];
  businessDetails: Invoice['businessDetails'];
  currency: string;
  contactDetails: Invoice['contactDetails'];
  discount: InvoiceDiscount;
  items: InvoiceItem[];
  total: number;
  title: string;
  termsNotes: string;
  compiledTermsNotes: string;
  /** AutoPaymentDetailsDto, kept as sent. */
  autoPayment?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** The schedule as GHL returns it: `_id`, and its invoices as GHL returns invoices. */
export function invoiceScheduleBody(schedule: InvoiceSchedule) {
  const { id, invoices, ...rest } = schedule;
  return { _id: id, ...rest, invoices: invoices.map(({ id: invoiceId, ...invoice }) => ({ _id: invoiceId, ...invoice })) };
}
