/**
 * What each seeded location sells by subscription, beside the products its invoices bill for
 * (invoices.ts), by location name.
 */

export interface PlanProfile {
  name: string;
  description: string;
  /** Charged every month. */
  amount: number;
}

export const PLAN_PROFILES: Record<string, PlanProfile> = {
  'Summit Dental Care': { name: 'Smile Club Membership', description: 'Two cleanings a year and 15% off treatments', amount: 29 },
  'Harbor Realty Group': { name: 'Premium Listing Boost', description: 'Featured placement on partner portals', amount: 149 },
  'Lakeside Fitness Studio': { name: 'Unlimited Membership', description: 'Every class, every day, billed monthly', amount: 119 },
};
