/**
 * Invoice templates (invoices.json): the lines, discount and texts a location starts its invoices
 * from. GHL reaches them through their owner (`altId`, `altType=location`), in the query or the
 * body, and names the id `_id`. The file types the lines as strings; GHL sends line objects.
 */
import { define, fromSpec } from '../operation.ts';
import type { GhlInvoiceDocument, GhlLateFees } from './invoices.ts';

export interface GhlInvoiceTemplate extends GhlInvoiceDocument {
  invoiceNumberPrefix?: string;
  internal?: boolean;
  lateFeesConfiguration?: GhlLateFees;
  /** PaymentMethodDto: how its invoices may be paid (not in the file's answer). */
  paymentMethods?: { stripe?: { enableBankDebitOnly?: boolean } };
}

export const invoiceTemplateOperations = {
  listInvoiceTemplates: define<{ data: GhlInvoiceTemplate[]; totalCount?: number }>()({
    lists: { data: 'records', 'data[].items': 'records' },
    ...fromSpec('invoicesListInvoiceTemplates'),
    location: { in: 'query', name: 'altId' },
  }),
  getInvoiceTemplate: define<GhlInvoiceTemplate>()({
    lists: { items: 'records' },
    ...fromSpec('invoicesGetInvoiceTemplate'),
    location: { in: 'query', name: 'altId' },
  }),
  createInvoiceTemplate: define<GhlInvoiceTemplate>()({
    lists: { items: 'records' },
    ...fromSpec('invoicesCreateInvoiceTemplate'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole template, not a patch. */
  updateInvoiceTemplate: define<GhlInvoiceTemplate>()({
    lists: { items: 'records' },
    ...fromSpec('invoicesUpdateInvoiceTemplate'),
    location: { in: 'body', name: 'altId' },
  }),
  updateInvoiceTemplateLateFees: define<GhlInvoiceTemplate>()({
    lists: { items: 'records' },
    ...fromSpec('invoicesUpdateInvoiceTemplateLateFeesConfiguration'),
    location: { in: 'body', name: 'altId' },
  }),
  updateInvoiceTemplatePaymentMethods: define<GhlInvoiceTemplate>()({
    lists: { items: 'records' },
    ...fromSpec('invoicesUpdateInvoicePaymentMethodsConfiguration'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteInvoiceTemplate: define<{ success?: boolean }>()({
    ...fromSpec('invoicesDeleteInvoiceTemplate'),
    location: { in: 'query', name: 'altId' },
  }),
};
