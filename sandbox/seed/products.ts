/**
 * Seeds each location's products: the ones its invoices bill for, under the very product and
 * price ids those invoice lines carry, plus a monthly plan (data/products.ts) with a one-off
 * and a recurring price. Taxable goods are PHYSICAL, the rest SERVICE. From a stream of its own.
 * Each location's store has two collections, its goods and its services, from a stream of theirs,
 * and most products a few buyer reviews (some still pending, some answered), from another.
 */
import type { Price, Product } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { INVOICE_PROFILES } from './data/invoices.ts';
import { PLAN_PROFILES } from './data/products.ts';
import { DAY_MS, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

/** Products are older than the invoices that bill for them. */
const CATALOG_DAY = SEED_EPOCH - 300 * DAY_MS;

export function seedProducts(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'products');
  for (const location of store.locations.values()) {
    const profile = INVOICE_PROFILES[location.name];
    if (!profile) continue;
    const billed = new Map<string, { productId: string; priceId: string }>();
    for (const invoice of store.invoicesOfLocation(location.id)) {
      for (const item of invoice.invoiceItems) {
        if (item.productId && item.priceId) billed.set(item.name, { productId: item.productId, priceId: item.priceId });
      }
    }
    profile.products.forEach((item, position) => {
      const ids = billed.get(item.name) ?? { productId: random.id(), priceId: random.id() };
      const createdAt = new Date(CATALOG_DAY + position * DAY_MS).toISOString();
      const product = store.products.insert({
        id: ids.productId,
        locationId: location.id,
        name: item.name,
        description: item.description,
        productType: item.taxable ? 'PHYSICAL' : 'SERVICE',
        availableInStore: Boolean(item.taxable),
        isTaxesEnabled: Boolean(item.taxable),
        statementDescriptor: location.name.slice(0, 22).toUpperCase(),
        createdAt,
        updatedAt: createdAt,
      });
      store.prices.insert(makePrice(ids.priceId, product, { name: item.name, amount: item.amount, type: 'one_time' }, random));
    });

    const plan = PLAN_PROFILES[location.name];
    if (!plan) continue;
    const createdAt = new Date(CATALOG_DAY + profile.products.length * DAY_MS).toISOString();
    const product = store.products.insert({
      id: random.id(),
      locationId: location.id,
      name: plan.name,
      description: plan.description,
      productType: 'SERVICE',
      availableInStore: false,
      statementDescriptor: location.name.slice(0, 22).toUpperCase(),
      createdAt,
      updatedAt: createdAt,
    });
    store.prices.insert(
      makePrice(random.id(), product, { name: 'Monthly', amount: plan.amount, type: 'recurring', recurring: { interval: 'month', intervalCount: 1 } }, random),
    );
    store.prices.insert(makePrice(random.id(), product, { name: 'Pay for a year', amount: plan.amount * 10, type: 'one_time' }, random));
  }
  seedCollections(store, domainRandom(seed, 'product-collections'));
  seedReviews(store, domainRandom(seed, 'product-reviews'));
}

const REVIEWERS = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  { name: 'Marcus Lee', email: 'marcus.lee@example.com' },
  { name: 'Priya Raman', email: 'priya.raman@example.com' },
  { name: 'Tom Okafor', email: 'tom.okafor@example.com' },
];

const REVIEW_TEXTS: Array<[rating: number, headline: string, detail: string]> = [
  [5, 'Exactly what we needed', 'Arrived on time and works as described. Would buy again.'],
  [4, 'Good value', 'Does the job well; the setup took a little longer than expected.'],
  [3, 'Fine, not great', 'It works, but the instructions could be clearer.'],
  [2, 'Disappointed', 'Not what the description led me to expect.'],
];

function seedReviews(store: SandboxStore, random: Random): void {
  for (const location of store.locations.values()) {
    for (const product of store.productsOfLocation(location.id)) {
      const count = random.int(0, 3);
      for (let n = 0; n < count; n++) {
        const [rating, headline, detail] = random.pick(REVIEW_TEXTS);
        const createdAt = new Date(Date.parse(product.createdAt) + (n + 1) * 7 * DAY_MS).toISOString();
        const answered = rating <= 3 && random.int(0, 1) === 1;
        store.productReviews.insert({
          id: random.id(),
          altId: location.id,
          productId: product.id,
          storeId: location.id,
          status: n === count - 1 && random.int(0, 2) === 0 ? 'pending' : 'approved',
          rating,
          headline,
          detail,
          user: { ...random.pick(REVIEWERS), isCustomer: true },
          reply: answered
            ? [{ headline: 'Thank you for the feedback', comment: 'We are sorry to hear that; our team will reach out.', user: { name: location.name, email: `support@${location.id.toLowerCase()}.example.com`, isCustomer: false } }]
            : [],
          createdAt,
          updatedAt: createdAt,
        });
      }
    }
  }
}

function seedCollections(store: SandboxStore, random: Random): void {
  for (const location of store.locations.values()) {
    const products = store.productsOfLocation(location.id);
    if (products.length === 0) continue;
    const createdAt = new Date(CATALOG_DAY).toISOString();
    for (const [name, slug, productType] of [['Goods', 'goods', 'PHYSICAL'], ['Services', 'services', 'SERVICE']] as const) {
      const collection = store.productCollections.insert({
        id: random.id(),
        altId: location.id,
        name,
        slug,
        image: '',
        seo: { title: `${name} of ${location.name}` },
        createdAt,
      });
      for (const product of products.filter((p) => p.productType === productType)) {
        store.products.insert({ ...product, collectionIds: [...(product.collectionIds ?? []), collection.id] });
      }
    }
  }
}

function makePrice(id: string, product: Product, fields: Pick<Price, 'name' | 'amount' | 'type' | 'recurring'>, random: Random): Price {
  return {
    id,
    locationId: product.locationId,
    product: product.id,
    currency: 'USD',
    membershipOffers: [],
    variantOptionIds: [],
    ...(fields.recurring ? fields : { name: fields.name, amount: fields.amount, type: fields.type }),
    ...(product.productType === 'PHYSICAL' && {
      trackInventory: true,
      availableQuantity: random.int(5, 60),
      allowOutOfStockPurchases: false,
    }),
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}
