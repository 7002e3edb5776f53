/**
 * Seeds each location's estimate templates: a few made from the lines its estimates offer.
 * From a stream of its own.
 */
import { invoiceTotals } from '../model/invoice-totals.ts';
import type { EstimateTemplate } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS } from './time.ts';

const TEMPLATES_PER_LOCATION = 3;

export function seedEstimateTemplates(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'estimate-templates');
  for (const location of store.locations.values()) {
    const estimates = store.estimatesOfLocation(location.id);
    random.sample(estimates, Math.min(TEMPLATES_PER_LOCATION, estimates.length)).forEach((estimate) => {
      const created = new Date(Date.parse(estimate.createdAt) - random.int(30, 90) * DAY_MS).toISOString();
      const items = estimate.items.map((item) => ({ ...item, _id: random.id() }));
      const template: EstimateTemplate = {
        id: random.id(),
        altId: location.id,
        altType: 'location',
        liveMode: true,
        deleted: false,
        name: `${estimate.name} estimate template`,
        title: 'ESTIMATE',
        currency: estimate.currency,
        businessDetails: estimate.businessDetails,
        items,
        discount: estimate.discount,
        total: invoiceTotals(items, estimate.discount).total,
        ...(estimate.termsNotes && { termsNotes: estimate.termsNotes }),
        estimateNumberPrefix: 'EST-',
        automaticTaxesEnabled: false,
        createdAt: created,
        updatedAt: created,
      };
      store.estimateTemplates.insert(template);
    });
  }
}
