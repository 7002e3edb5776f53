/**
 * The products API (products.json): a location's products and the prices each is sold at. GHL
 * names ids `_id`, and reads a product or its prices through the location (`locationId`). A
 * product list reports its size as `total: [{ total }]`, an array of one, as the spec declares.
 */
import { define, V2021_07_28 } from '../operation.ts';

/** CreateProductDto.productType */
export const productTypes = ['DIGITAL', 'PHYSICAL', 'SERVICE', 'PHYSICAL/DIGITAL'] as const;
export type GhlProductType = (typeof productTypes)[number];

/** CreatePriceDto.type */
export const priceTypes = ['one_time', 'recurring'] as const;
export type GhlPriceType = (typeof priceTypes)[number];

/** RecurringDto.interval */
export const recurringIntervals = ['day', 'week', 'month', 'year'] as const;
export type GhlRecurringInterval = (typeof recurringIntervals)[number];

export interface GhlProductVariant {
  id: string;
  name: string;
  options: { id: string; name: string }[];
}

export interface GhlProductMedia {
  id: string;
  title?: string;
  url: string;
  type: string;
  isFeatured?: boolean;
}

export interface GhlProduct {
  _id: string;
  locationId: string;
  name: string;
  description?: string;
  productType?: string;
  availableInStore?: boolean;
  statementDescriptor?: string;
  image?: string;
  medias?: GhlProductMedia[];
  variants?: GhlProductVariant[];
  collectionIds?: string[];
  isTaxesEnabled?: boolean;
  slug?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlPrice {
  _id: string;
  name: string;
  type?: string;
  currency?: string;
  amount?: number;
  recurring?: { interval?: string; intervalCount?: number } | null;
  description?: string;
  locationId?: string;
  /** GHL id of the product the price belongs to. */
  product?: string;
  compareAtPrice?: number;
  trialPeriod?: number;
  totalCycles?: number;
  setupFee?: number;
  trackInventory?: boolean | null;
  availableQuantity?: number;
  allowOutOfStockPurchases?: boolean;
  sku?: string;
  variantOptionIds?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlProductsPage {
  products: GhlProduct[];
  /** ListProductsResponseDto: an array of ListProductsStats; a plain number is read as well. */
  total?: { total?: number }[] | number;
}

export interface GhlPricesPage {
  prices: GhlPrice[];
  total?: number;
}

export const productOperations = {
  listProducts: define<GhlProductsPage>()({
    lists: { products: 'records' },
    // The spec's operationId for listing products really is `list-invoices`.
    spec: 'products', operationId: 'list-invoices', method: 'GET', path: '/products/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  getProduct: define<GhlProduct>()({
    spec: 'products', operationId: 'get-product-by-id', method: 'GET', path: '/products/{productId}', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  createProduct: define<GhlProduct>()({
    spec: 'products', operationId: 'create-product', method: 'POST', path: '/products/', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateProduct: define<GhlProduct>()({
    spec: 'products', operationId: 'update-product-by-id', method: 'PUT', path: '/products/{productId}', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  deleteProduct: define<{ status: boolean }>()({
    spec: 'products', operationId: 'delete-product-by-id', method: 'DELETE', path: '/products/{productId}', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  listProductPrices: define<GhlPricesPage>()({
    lists: { prices: 'records' },
    spec: 'products', operationId: 'list-prices-for-product', method: 'GET', path: '/products/{productId}/price',
    version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  createProductPrice: define<GhlPrice>()({
    spec: 'products', operationId: 'create-price-for-product', method: 'POST', path: '/products/{productId}/price',
    version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
};
