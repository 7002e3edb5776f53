/**
 * Invoice templates (invoices.json), shaped like GetTemplateResponseDto: the lines, discount and
 * texts a location starts its invoices from. Totals as an invoice's, rounded to the cent.
 */
import type { Invoice, InvoiceDiscount, InvoiceItem } from './invoices.ts';

export interface InvoiceTemplate {
  id: string;
  altId: string;
  altType: 'location';
  /** Kept out of the location's template picker. */
  internal: boolean;
  name: string;
  title: string;
  businessDetails: Invoice['businessDetails'];
  currency: string;
  discount: InvoiceDiscount;
  items: InvoiceItem[];
  total: number;
  termsNotes?: string;
  invoiceNumberPrefix: string;
  /** The configuration objects GHL keeps as sent. */
  lateFeesConfiguration?: Record<string, unknown>;
  paymentMethods?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export function invoiceTemplateBody(template: InvoiceTemplate) {
  const { id, ...rest } = template;
  return { _id: id, ...rest };
}
