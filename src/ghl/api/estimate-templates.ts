/**
 * Estimate templates (invoices.json): the lines, discount and texts a location starts its
 * estimates from. GHL reaches them through their owner (`altId`, `altType=location`), in the query
 * or the body (a DELETE's too), names the id `_id`, and reads one by id through its preview.
 */
import { define, fromSpec } from '../operation.ts';
import type { GhlInvoiceDocument } from './invoices.ts';

export interface GhlEstimateTemplate extends GhlInvoiceDocument {
  liveMode?: boolean;
  estimateNumberPrefix?: string;
  automaticTaxesEnabled?: boolean;
}

const lists = { items: 'records' } as const;

export const estimateTemplateOperations = {
  listEstimateTemplates: define<{ data: GhlEstimateTemplate[]; totalCount?: number }>()({
    lists: { data: 'records', 'data[].items': 'records' },
    ...fromSpec('invoicesListEstimateTemplates'),
    location: { in: 'query', name: 'altId' },
  }),
  /** The read of one template by id. */
  previewEstimateTemplate: define<GhlEstimateTemplate>()({
    lists,
    ...fromSpec('invoicesPreviewEstimateTemplate'),
    location: { in: 'query', name: 'altId' },
  }),
  createEstimateTemplate: define<GhlEstimateTemplate>()({
    lists,
    ...fromSpec('invoicesCreateEstimateTemplate'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole template, not a patch. */
  updateEstimateTemplate: define<GhlEstimateTemplate>()({
    lists,
    ...fromSpec('invoicesUpdateEstimateTemplate'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteEstimateTemplate: define<GhlEstimateTemplate>()({
    ...fromSpec('invoicesDeleteEstimateTemplate'),
    location: { in: 'body', name: 'altId' },
  }),
};
