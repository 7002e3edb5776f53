/**
 * Estimate templates (invoices.json), shaped like EstimateTemplateResponseDTO: the lines, discount
 * and texts a location starts its estimates from. Totals as an estimate's, rounded to the cent.
 */
import { estimateBody, type Estimate } from './estimates.ts';

/**
 * An estimate's own fields minus everything about a contact, its number, status and dates: kept as
 * a Pick so that the two cannot drift apart, as EstimateTemplateResponseDTO is the estimate's DTO cut down.
 */
export type EstimateTemplate = Pick<
  Estimate,
  | 'id'
  | 'altId'
  | 'altType'
  | 'liveMode'
  | 'deleted'
  | 'name'
  | 'title'
  | 'currency'
  | 'businessDetails'
  | 'items'
  | 'discount'
  | 'total'
  | 'termsNotes'
  | 'estimateNumberPrefix'
  | 'automaticTaxesEnabled'
  | 'createdAt'
  | 'updatedAt'
>;

/** The same document as an estimate's: `_id` and the document version. */
export function estimateTemplateBody(template: EstimateTemplate) {
  return estimateBody(template);
}
