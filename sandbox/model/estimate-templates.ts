/**
 * Estimate templates (invoices.json), shaped like EstimateTemplateResponseDTO: the lines, discount
 * and texts a location starts its estimates from. Totals as an estimate's, rounded to the cent.
 */
import { estimateBody, type Estimate } from './estimates.ts';

/**
 * The estimate's fields that are not about a contact, a number, a status or dates: a Pick, so that
 * a field both carry cannot be typed two ways.
 */
export type EstimateTemplate = Pick<
  Estimate,
  'id' | 'altId' | 'altType' | 'liveMode' | 'deleted' | 'name' | 'title' | 'currency' | 'businessDetails' | 'items' | 'discount' | 'total'
  | 'termsNotes' | 'estimateNumberPrefix' | 'automaticTaxesEnabled' | 'createdAt' | 'updatedAt'
>;

/** The same document as an estimate's: `_id` and the document version. */
export function estimateTemplateBody(template: EstimateTemplate) {
  return estimateBody(template);
}
