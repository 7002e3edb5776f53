/**
 * What each seeded location bills for, by location name (index.ts): its products and prices,
 * the sales tax on the taxable ones, and the terms printed on its invoices.
 */

export interface ProductProfile {
  name: string;
  description: string;
  amount: number;
  taxable?: boolean;
}

export interface InvoiceSiteProfile {
  products: ProductProfile[];
  salesTax: { name: string; rate: number };
  termsNotes: string;
}

export const INVOICE_PROFILES: Record<string, InvoiceSiteProfile> = {
  'Summit Dental Care': {
    products: [
      { name: 'Adult Cleaning', description: 'Prophylaxis and polish', amount: 125 },
      { name: 'Full-Mouth X-Rays', description: 'FMX series', amount: 95 },
      { name: 'Composite Filling', description: 'One surface, posterior', amount: 210 },
      { name: 'Porcelain Crown', description: 'Crown, porcelain fused to high noble metal', amount: 1150 },
      { name: 'Take-Home Whitening Kit', description: 'Custom trays and gel', amount: 299, taxable: true },
      { name: 'Electric Toothbrush', description: 'Sonic toothbrush with two heads', amount: 89.99, taxable: true },
    ],
    salesTax: { name: 'Denver Sales Tax', rate: 8.81 },
    termsNotes: '<p>Payment is due by the due date. Insurance payments are applied when received.</p>',
  },
  'Harbor Realty Group': {
    products: [
      { name: 'Listing Photography', description: 'HDR photos, drone and floor plan', amount: 375 },
      { name: 'Home Staging Consultation', description: 'Two-hour walkthrough with a stager', amount: 450 },
      { name: 'Transaction Coordination Fee', description: 'Escrow and paperwork management', amount: 395 },
      { name: 'Broker Price Opinion', description: 'Written market valuation', amount: 150 },
      { name: 'Yard Sign and Lockbox', description: 'Installed for the listing period', amount: 85, taxable: true },
    ],
    salesTax: { name: 'San Diego Sales Tax', rate: 7.75 },
    termsNotes: '<p>Due on receipt. Fees are not contingent on closing.</p>',
  },
  'Lakeside Fitness Studio': {
    products: [
      { name: 'Monthly Membership - Plus', description: 'Unlimited classes', amount: 89 },
      { name: 'Personal Training Session', description: '60 minutes one-on-one', amount: 65 },
      { name: '10-Class Pack', description: 'Valid for six months', amount: 180 },
      { name: 'Nutrition Coaching', description: 'Monthly meal-planning check-ins', amount: 120 },
      { name: 'Studio T-Shirt', description: 'Tri-blend tee', amount: 28, taxable: true },
      { name: 'Protein Powder', description: '2 lb tub, whey', amount: 54.99, taxable: true },
    ],
    salesTax: { name: 'Chicago Sales Tax', rate: 10.25 },
    termsNotes: '<p>Memberships renew monthly. Cancel any time with 30 days notice.</p>',
  },
};
