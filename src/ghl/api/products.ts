/**
 * The products API (products.json): a location's products, the prices each is sold at, the
 * collections its store groups them in, and the reviews buyers leave. GHL
 * names ids `_id`, and reads a product or its prices through the location (`locationId`). A
 * product list reports its size as `total: [{ total }]`, an array of one, as the spec declares.
 */
import { define, fromSpec } from '../operation.ts';

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

/** CollectionSchema: products of a location under one slug in its store. */
export interface GhlProductCollection {
  _id: string;
  altId?: string;
  name?: string;
  slug?: string;
  image?: string;
  seo?: { title?: string; description?: string } | null;
  createdAt?: string;
}

/** InventoryItemDto: a price whose stock is tracked, with its product's name and image. */
export interface GhlInventoryItem {
  _id: string;
  name?: string;
  availableQuantity?: number;
  sku?: string;
  allowOutOfStockPurchases?: boolean;
  /** GHL id of the product. */
  product?: string;
  productName?: string;
  image?: string;
  updatedAt?: string;
}

/** ProductReviewDto: a reply to a review, and who wrote it. */
export interface GhlReviewReply {
  headline?: string;
  comment?: string;
  user?: { name?: string; email?: string; phone?: string; isCustomer?: boolean } | null;
}

/** A product review (openapi/overrides.ts: the file declares none). */
export interface GhlProductReview {
  _id: string;
  altId?: string;
  productId: string;
  storeId?: string;
  status: string;
  rating?: number;
  headline?: string;
  detail?: string;
  reply?: GhlReviewReply[];
  user?: GhlReviewReply['user'];
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
    ...fromSpec('productsListInvoices'),
    location: { in: 'query', name: 'locationId' },
  }),
  getProduct: define<GhlProduct>()({
    ...fromSpec('productsGetProductById'),
    location: { in: 'query', name: 'locationId' },
  }),
  createProduct: define<GhlProduct>()({
    ...fromSpec('productsCreateProduct'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateProduct: define<GhlProduct>()({
    ...fromSpec('productsUpdateProductById'),
    location: { in: 'body', name: 'locationId' },
  }),
  deleteProduct: define<{ status: boolean }>()({
    ...fromSpec('productsDeleteProductById'),
    location: { in: 'query', name: 'locationId' },
  }),
  listProductPrices: define<GhlPricesPage>()({
    lists: { prices: 'records' },
    ...fromSpec('productsListPricesForProduct'),
    location: { in: 'query', name: 'locationId' },
  }),
  createProductPrice: define<GhlPrice>()({
    ...fromSpec('productsCreatePriceForProduct'),
    location: { in: 'body', name: 'locationId' },
  }),
  getProductPrice: define<GhlPrice>()({
    ...fromSpec('productsGetPriceByIdForProduct'),
    location: { in: 'query', name: 'locationId' },
  }),
  /** UpdatePriceDto requires what a new price does: GHL replaces the price. */
  updateProductPrice: define<GhlPrice>()({
    ...fromSpec('productsUpdatePriceByIdForProduct'),
    location: { in: 'body', name: 'locationId' },
  }),
  listInventory: define<{ inventory: GhlInventoryItem[]; total?: { total?: number } | number }>()({
    lists: { inventory: 'records' },
    ...fromSpec('productsGetListInventory'),
    location: { in: 'query', name: 'altId' },
  }),
  updateInventory: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsUpdateInventory'),
    location: { in: 'body', name: 'altId' },
  }),
  listProductCollections: define<{ data: GhlProductCollection[]; total?: number }>()({
    lists: { data: 'records' },
    ...fromSpec('productsGetProductCollection'),
    location: { in: 'query', name: 'altId' },
  }),
  /** The file declares altId alone here, without the altType every other collection call takes. */
  getProductCollection: define<{ data: GhlProductCollection; status?: boolean }>()({
    ...fromSpec('productsGetProductCollectionId'),
    location: { in: 'query', name: 'altId', altType: false },
  }),
  createProductCollection: define<{ data: GhlProductCollection }>()({
    ...fromSpec('productsCreateProductCollection'),
    location: { in: 'body', name: 'altId' },
  }),
  updateProductCollection: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsUpdateProductCollection'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteProductCollection: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsDeleteProductCollection'),
    location: { in: 'query', name: 'altId' },
  }),
  listProductReviews: define<{ data: GhlProductReview[]; total?: number }>()({
    lists: { data: 'records' },
    ...fromSpec('productsGetProductReviews'),
    location: { in: 'query', name: 'altId' },
  }),
  countProductReviews: define<{ data: { status: string; count: number }[] }>()({
    lists: { data: 'records' },
    ...fromSpec('productsGetReviewsCount'),
    location: { in: 'query', name: 'altId' },
  }),
  updateProductReview: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsUpdateProductReview'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteProductReview: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsDeleteProductReview'),
    location: { in: 'query', name: 'altId' },
  }),
  bulkUpdateProductReviews: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsBulkUpdateProductReview'),
    location: { in: 'body', name: 'altId' },
  }),
  productStoreStats: define<{ totalProducts: number; includedInStore: number; excludedFromStore: number }>()({
    ...fromSpec('productsGetProductStoreStats'),
    location: { in: 'query', name: 'altId' },
  }),
  updateProductStoreStatus: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsUpdateStoreStatus'),
    location: { in: 'body', name: 'altId' },
  }),
  /** Places products in a store's listing; GHL answers with a bare success. */
  setStoreProductPriorities: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsUpdateDisplayPriority'),
    location: { in: 'body', name: 'altId' },
  }),
  bulkUpdateProducts: define<{ status?: boolean; message?: string }>()({
    ...fromSpec('productsBulkUpdate'),
    location: { in: 'body', name: 'altId' },
  }),
  editProducts: define<{ status?: boolean; message?: string; updatedCount?: number }>()({
    ...fromSpec('productsBulkEdit'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteProductPrice: define<{ status?: boolean }>()({
    ...fromSpec('productsDeletePriceByIdForProduct'),
    location: { in: 'query', name: 'locationId' },
  }),
};
