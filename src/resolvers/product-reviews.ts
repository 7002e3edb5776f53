/**
 * Product reviews: what buyers say of a location's products, moderated by status. GHL names the
 * location `altId`; a review is changed or deleted through its product as well as its id, and read
 * only through the review list (by product), so a change is read back from there.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlProduct, GhlProductReview } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';
import type { ProductRef } from './products.ts';

export type LocatedReview = GhlProductReview & { locationId: string };

export interface ProductReviewFilter {
  locationId?: string | null;
  productIds?: readonly string[] | null;
  rating?: number | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export interface ProductReviewOrder {
  field: 'createdAt' | 'rating';
  direction: 'asc' | 'desc';
}

export interface UpdateProductReviewInput {
  status?: string | null;
  rating?: number | null;
  headline?: string | null;
  detail?: string | null;
}

const located = (review: GhlProductReview, locationId: string): LocatedReview => ({ ...review, locationId: review.altId ?? locationId });

/** The reviews of a product: one call per location however many products of it a request asks about. */
export async function reviewsOfProduct(ctx: GatewayContext, product: GhlProduct): Promise<LocatedReview[]> {
  const reviews = await ctx.loaders.reviewsOfProduct.load({ locationId: product.locationId, id: product._id });
  return reviews.map((review) => located(review, product.locationId));
}

export async function listProductReviews(
  ctx: GatewayContext,
  args: ConnectionArgs & ProductReviewFilter & { orderBy?: ProductReviewOrder | null },
): Promise<Connection<LocatedReview>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const { data = [], total } = await ctx.ghl.call('listProductReviews', {
    location: locationId,
    query: {
      ...reviewFilter(args),
      limit: page.size,
      offset: page.offset,
      sortField: args.orderBy?.field,
      sortOrder: args.orderBy?.direction,
    },
  });
  return offsetConnection(
    data.map((review) => located(review, locationId)),
    page,
    total,
  );
}

/** How many reviews of a location (or of some of its products) have each status. */
export async function countProductReviews(ctx: GatewayContext, args: ProductReviewFilter): Promise<{ status: string; count: number }[]> {
  const { data = [] } = await ctx.ghl.call('countProductReviews', {
    location: locationIdOf(args.locationId, ctx.defaultLocationId),
    query: reviewFilter(args),
  });
  return data;
}

/** GHL changes a review through its product and answers with `status` alone: it is read back. */
export async function updateProductReview(ctx: GatewayContext, product: ProductRef, reviewId: string, input: UpdateProductReviewInput): Promise<LocatedReview> {
  const id = ghlIdOf(reviewId, 'ProductReview', 'id');
  const changes = definedOnly({
    status: input.status == null ? undefined : nonEmpty(input.status, 'status'),
    rating: input.rating == null ? undefined : ratingOf(input.rating),
    headline: input.headline ?? undefined,
    detail: input.detail ?? undefined,
  });
  if (Object.keys(changes).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const current = await findReview(ctx, product, id);
  await ctx.ghl.call('updateProductReview', {
    path: { reviewId: id },
    location: product.locationId,
    // UpdateProductReviewDto requires the status: a change that keeps it sends the one it has.
    body: { productId: product.id, status: current.status, ...changes },
  });
  ctx.loaders.reviewsOfProduct.clear(product);
  return findReview(ctx, product, id);
}

export async function deleteProductReview(ctx: GatewayContext, product: ProductRef, reviewId: string): Promise<{ deletedGhlId: string }> {
  const id = ghlIdOf(reviewId, 'ProductReview', 'id');
  await ctx.ghl.call('deleteProductReview', { path: { reviewId: id }, location: product.locationId, query: { productId: product.id } });
  ctx.loaders.reviewsOfProduct.clear(product);
  return { deletedGhlId: id };
}

/**
 * Give several reviews of one location the same status (approve or reject them at once). GHL wants
 * each review's product and store: they are read from the reviews, which are read back after.
 */
export async function setProductReviewsStatus(
  ctx: GatewayContext,
  args: { locationId?: string | null; reviews: readonly { productId: string; reviewId: string }[]; status: string },
): Promise<LocatedReview[]> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const status = nonEmpty(args.status, 'status');
  if (args.reviews.length === 0) throw gatewayError('BAD_USER_INPUT', 'reviews must name at least one review');
  const targets = args.reviews.map(({ productId, reviewId }) => ({
    product: { locationId, id: ghlIdOf(productId, 'Product', 'productId') },
    id: ghlIdOf(reviewId, 'ProductReview', 'reviewId'),
  }));
  const current = await Promise.all(targets.map(({ product, id }) => findReview(ctx, product, id)));
  await ctx.ghl.call('bulkUpdateProductReviews', {
    location: locationId,
    body: {
      status,
      reviews: current.map((review) => ({ reviewId: review._id, productId: review.productId, storeId: review.storeId ?? locationId })),
    },
  });
  for (const { product } of targets) ctx.loaders.reviewsOfProduct.clear(product);
  return Promise.all(targets.map(({ product, id }) => findReview(ctx, product, id)));
}

async function findReview(ctx: GatewayContext, product: ProductRef, id: string): Promise<LocatedReview> {
  const review = (await ctx.loaders.reviewsOfProduct.load(product)).find((candidate) => candidate._id === id);
  if (!review) throw gatewayError('NOT_FOUND', `No review ${id} of product ${product.id} in location ${product.locationId}`);
  return located(review, product.locationId);
}

function reviewFilter(args: ProductReviewFilter): Record<string, string | number | undefined> {
  if (args.createdAfter && args.createdBefore && args.createdAfter > args.createdBefore) {
    throw gatewayError('BAD_USER_INPUT', 'createdAfter must not be later than createdBefore');
  }
  return {
    productId: args.productIds?.length ? args.productIds.map((id) => ghlIdOf(id, 'Product', 'productIds')).join(',') : undefined,
    rating: args.rating == null ? undefined : ratingOf(args.rating),
    startDate: args.createdAfter?.toISOString(),
    endDate: args.createdBefore?.toISOString(),
  };
}

function ratingOf(rating: number): number {
  if (!(rating >= 1 && rating <= 5)) throw gatewayError('BAD_USER_INPUT', 'rating must be between 1 and 5');
  return rating;
}
