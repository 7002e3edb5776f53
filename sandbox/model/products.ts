/**
 * Products and their prices (products.json), shaped like DefaultProductResponseDto and
 * DefaultPriceResponseDto. GHL names ids `_id`; the store keys records by `id`, so routes answer
 * through `productBody` and `priceBody`. Amounts are in currency units.
 */

export type ProductType = 'DIGITAL' | 'PHYSICAL' | 'SERVICE' | 'PHYSICAL/DIGITAL';

export interface Product {
  id: string;
  locationId: string;
  name: string;
  description?: string;
  productType: ProductType;
  availableInStore?: boolean;
  statementDescriptor?: string;
  image?: string;
  medias?: Array<Record<string, unknown>>;
  variants?: Array<{ id: string; name: string; options: Array<{ id: string; name: string }> }>;
  collectionIds?: string[];
  isTaxesEnabled?: boolean;
  taxes?: string[];
  automaticTaxCategoryId?: string;
  isLabelEnabled?: boolean;
  label?: Record<string, unknown>;
  slug?: string;
  seo?: Record<string, unknown>;
  taxInclusive?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Price {
  id: string;
  locationId: string;
  /** GHL id of the product the price belongs to. */
  product: string;
  name: string;
  type: 'one_time' | 'recurring';
  currency: string;
  amount: number;
  recurring?: { interval: 'day' | 'week' | 'month' | 'year'; intervalCount: number };
  description?: string;
  membershipOffers: Array<{ label: string; value: string; _id: string }>;
  variantOptionIds: string[];
  trialPeriod?: number;
  totalCycles?: number;
  setupFee?: number;
  compareAtPrice?: number;
  userId?: string;
  trackInventory?: boolean;
  availableQuantity?: number;
  allowOutOfStockPurchases?: boolean;
  sku?: string;
  isDigitalProduct?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** CollectionSchema: products of a location gathered under one slug in its store. */
/** A product's place in a store's listing (update-display-priority): lowest first. */
export interface DisplayPriority {
  /** `storeId/productId`: one place per product per store. */
  id: string;
  storeId: string;
  productId: string;
  priority: number;
}

export interface ProductCollection {
  id: string;
  /** The location. */
  altId: string;
  name: string;
  slug: string;
  image: string;
  seo: { title?: string; description?: string };
  createdAt: string;
}

/** A buyer's review of a product (the fields products.json's review update names; openapi/overrides.ts). */
export interface ProductReview {
  id: string;
  /** The location. */
  altId: string;
  productId: string;
  storeId: string;
  status: string;
  rating: number;
  headline: string;
  detail: string;
  reply: Array<{ headline: string; comment: string; user: { name: string; email: string; isCustomer?: boolean } }>;
  user: { name: string; email: string; isCustomer?: boolean };
  createdAt: string;
  updatedAt: string;
}

export function reviewBody(review: ProductReview): Omit<ProductReview, 'id'> & { _id: string; altType: 'location' } {
  const { id, ...rest } = review;
  return { _id: id, ...rest, altType: 'location' };
}

export function collectionBody(collection: ProductCollection): Omit<ProductCollection, 'id'> & { _id: string } {
  const { id, ...rest } = collection;
  return { _id: id, ...rest };
}

export function productBody(product: Product): Omit<Product, 'id'> & { _id: string } {
  const { id, ...rest } = product;
  return { _id: id, ...rest };
}

export function priceBody(price: Price): Omit<Price, 'id'> & { _id: string } {
  const { id, ...rest } = price;
  return { _id: id, ...rest };
}
