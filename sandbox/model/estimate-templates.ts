/**
 * Estimate templates (invoices.json), shaped like EstimateTemplateResponseDTO: the lines, discount
 * and texts a location starts its estimates from. Totals as an estimate's, rounded to the cent.
 */
import type { Invoice, InvoiceDiscount, InvoiceItem } from './invoices.ts';

export interface EstimateTemplate {
  id: string;
  altId: string;
  altType: 'location';
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
  estimateNumberPrefix: string;
  automaticTaxesEnabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export function estimateTemplateBody(template: EstimateTemplate) {
  const { id, ...rest } = template;
  return { _id: id, ...rest, __v: 0 };
}
