/**
 * Estimates (invoices.json), shaped like EstimateResponseDto: a priced offer to a contact that,
 * once accepted, becomes an invoice. The file leaves out the number and the status that GHL's
 * estimates carry (`estimateNumber`, `estimateStatus`, the list's filter values); they are kept
 * here under those names. Dates are date-times, amounts in currency units rounded to the cent.
 */
import type { Invoice, InvoiceDiscount, InvoiceItem } from './invoices.ts';

export type EstimateStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'invoiced' | 'viewed';

export interface Estimate {
  id: string;
  altId: string;
  altType: 'location';
  companyId: string;
  liveMode: boolean;
  deleted: boolean;
  name: string;
  title: string;
  currency: string;
  businessDetails: Invoice['businessDetails'];
  items: InvoiceItem[];
  discount: InvoiceDiscount;
  total: number;
  termsNotes?: string;
  contactDetails: Invoice['contactDetails'];
  estimateNumber: number;
  estimateNumberPrefix: string;
  estimateStatus: EstimateStatus;
  issueDate: string;
  expiryDate: string;
  sentTo: Invoice['sentTo'];
  sentBy?: string;
  /** FrequencySettingsDto: the sandbox makes no recurring estimates. */
  frequencySettings: { enabled: boolean; schedule: Record<string, unknown> };
  automaticTaxesEnabled: boolean;
  automaticTaxesCalculated: boolean;
  meta: Record<string, unknown>;
  estimateActionHistory: string[];
  /** The invoice made from it, once invoiced. */
  invoiceId?: string;
  lastVisitedAt: string;
  totalamountInUSD: number;
  createdAt: string;
  updatedAt: string;
}

/** GHL numbers a location's estimates from 1. */
export const FIRST_ESTIMATE_NUMBER = 1;

/** The estimate as GHL lists it: `_id` and the document version (an estimate template's too). */
export function estimateBody<T extends Pick<Estimate, 'id'>>(estimate: T) {
  const { id, ...rest } = estimate;
  return { _id: id, ...rest, __v: 0 };
}

/** The estimate as GHL answers a call about it: with the answer's trace id. */
export function estimateAnswer(estimate: Estimate, traceId: string) {
  return { ...estimateBody(estimate), traceId };
}
