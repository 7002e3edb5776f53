/**
 * An invoice's totals from its lines, the way GHL's invoice editor adds them up: the discount
 * comes off the eligible lines in proportion to their amounts, then each line is taxed on what is
 * left of it. A tax-inclusive line's tax is part of its amount already, so only exclusive taxes
 * raise the total. Every figure is rounded to the cent.
 */
import type { Invoice, InvoiceDiscount, InvoiceItem } from './invoices.ts';

export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function invoiceTotals(items: InvoiceItem[], discount: InvoiceDiscount): Pick<Invoice, 'totalSummary' | 'total'> {
  const lines = items.map((item) => ({ item, amount: item.qty * item.amount }));
  const eligible = (item: InvoiceItem) =>
    discount.validOnProductIds === undefined || (item.productId !== undefined && discount.validOnProductIds.includes(item.productId));
  const subTotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const eligibleTotal = lines.reduce((sum, line) => sum + (eligible(line.item) ? line.amount : 0), 0);
  const discountAmount =
    discount.type === 'percentage' ? (eligibleTotal * discount.value) / 100 : Math.min(discount.value, eligibleTotal);

  let tax = 0;
  let addedTax = 0;
  for (const { item, amount } of lines) {
    const share = eligible(item) && eligibleTotal > 0 ? (discountAmount * amount) / eligibleTotal : 0;
    const taxable = amount - share;
    const rate = item.taxes.reduce((sum, itemTax) => sum + itemTax.rate, 0) / 100;
    const lineTax = item.taxInclusive ? taxable - taxable / (1 + rate) : taxable * rate;
    tax += lineTax;
    if (!item.taxInclusive) addedTax += lineTax;
  }

  const totalSummary = { subTotal: cents(subTotal), discount: cents(discountAmount), tax: cents(tax) };
  return { totalSummary, total: cents(totalSummary.subTotal - totalSummary.discount + cents(addedTax)) };
}
