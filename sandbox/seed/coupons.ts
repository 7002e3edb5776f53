/**
 * Seeds each location's coupons: a handful of codes, past, running and to come, some for a few of
 * its products and some for all of them. From a stream of its own.
 */
import type { Coupon } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS, SEED_EPOCH } from './time.ts';

const CODES = ['WELCOME10', 'SPRING25', 'VIP50', 'FREESHIP', 'LOYAL15', 'FLASH30'];

export function seedCoupons(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'coupons');
  for (const location of store.locations.values()) {
    const products = store.productsOfLocation(location.id);
    if (products.length === 0) continue;
    CODES.forEach((code, index) => {
      // Two ended, three running, one to come, around the seed epoch.
      const start = SEED_EPOCH + [-200, -120, -60, -30, -10, 800][index]! * DAY_MS;
      const end = index < 2 ? start + 30 * DAY_MS : index === 2 ? undefined : start + 900 * DAY_MS;
      const percentage = index % 3 !== 1;
      const created = new Date(start - random.int(1, 10) * DAY_MS).toISOString();
      const coupon: Coupon = {
        id: random.id(),
        altId: location.id,
        altType: 'location',
        name: `${code} offer`,
        code,
        discountType: percentage ? 'percentage' : 'amount',
        discountValue: percentage ? random.pick([10, 15, 25, 50]) : random.pick([5, 10, 20]),
        startDate: new Date(start).toISOString(),
        ...(end !== undefined && { endDate: new Date(end).toISOString() }),
        usageCount: random.int(0, 40),
        ...(index % 2 === 0 && { usageLimit: 100 }),
        limitPerCustomer: index % 2,
        productIds: index % 2 === 0 ? random.sample(products, Math.min(2, products.length)).map((product) => product.id) : [],
        applyToFuturePayments: true,
        applyToFuturePaymentsConfig: { type: 'forever' },
        createdAt: created,
        updatedAt: created,
      };
      store.coupons.insert(coupon);
    });
  }
}
