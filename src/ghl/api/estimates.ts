/**
 * Estimates (invoices.json): priced offers to a contact that become invoices once accepted. GHL
 * reaches them through their owner (`altId`, `altType=location`), in the query or the body (a
 * DELETE's too), and offers no read of one estimate by id. The file's answer leaves out the number
 * and status GHL's estimates carry; they are read here, optional, as every field GHL may omit.
 */
import { define, fromSpec } from '../operation.ts';
import type { GhlInvoice, GhlInvoiceContactDetails, GhlInvoiceDocument } from './invoices.ts';

/** The list filter's values, `all` aside. */
export const estimateStatuses = ['draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'] as const;
export type GhlEstimateStatus = (typeof estimateStatuses)[number];

export interface GhlEstimate extends GhlInvoiceDocument {
  liveMode?: boolean;
  estimateNumber?: number | string;
  estimateNumberPrefix?: string;
  estimateStatus?: string;
  contactDetails?: GhlInvoiceContactDetails;
  issueDate?: string;
  expiryDate?: string;
  sentBy?: string;
  invoiceId?: string;
  lastVisitedAt?: string;
}

export const estimateOperations = {
  listEstimates: define<{ estimates: GhlEstimate[]; total?: number }>()({
    lists: { estimates: 'records', 'estimates[].items': 'records' },
    ...fromSpec('invoicesListEstimates'),
    location: { in: 'query', name: 'altId' },
  }),
  createEstimate: define<GhlEstimate>()({
    ...fromSpec('invoicesCreateNewEstimate'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole estimate, not a patch. */
  updateEstimate: define<GhlEstimate>()({
    ...fromSpec('invoicesUpdateEstimate'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteEstimate: define<GhlEstimate>()({
    ...fromSpec('invoicesDeleteEstimate'),
    location: { in: 'body', name: 'altId' },
  }),
  generateEstimateNumber: define<{ estimateNumber?: number | string }>()({
    ...fromSpec('invoicesGenerateEstimateNumber'),
    location: { in: 'query', name: 'altId' },
  }),
  sendEstimate: define<GhlEstimate>()({
    ...fromSpec('invoicesSendEstimate'),
    location: { in: 'body', name: 'altId' },
  }),
  /** The file names no owner: GHL finds the estimate by its id. Answers nothing. */
  recordEstimateVisit: define<unknown>()({
    ...fromSpec('invoicesUpdateEstimateLastVisitedAt'),
    location: 'none',
  }),
  createInvoiceFromEstimate: define<{ estimate?: GhlEstimate; invoice: GhlInvoice }>()({
    ...fromSpec('invoicesCreateInvoiceFromEstimate'),
    location: { in: 'body', name: 'altId' },
  }),
};
