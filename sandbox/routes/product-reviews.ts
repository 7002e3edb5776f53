/**
 * Product reviews (products.json /products/reviews): buyers' reviews of a location's products,
 * the location named as `altId` with `altType: location`. A review is changed or deleted through
 * its product as well as its id; a bulk update gives several reviews one status. A limit of 0 (the
 * file's default) lists every match.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import { reviewBody, type ProductReview } from '../model/products.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;

export const productReviewRoutes: Route[] = [
  route('GET', '/products/reviews', PRODUCTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const filter = readFilter(v);
    const limit = v.number('limit', { min: 0 }) ?? 0;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const sortField = v.oneOf('sortField', ['createdAt', 'rating']) ?? 'createdAt';
    const sortOrder = v.oneOf('sortOrder', ['asc', 'desc']) ?? 'desc';
    v.check();
    requireLocation(store, principal, filter.altId);
    const direction = sortOrder === 'asc' ? 1 : -1;
    const matching = matchingReviews(store, filter).sort(
      (a, b) => direction * (sortField === 'rating' ? a.rating - b.rating : a.createdAt.localeCompare(b.createdAt)) || a.id.localeCompare(b.id),
    );
    const page = limit === 0 ? matching.slice(offset) : matching.slice(offset, offset + limit);
    return ok({ data: page.map(reviewBody), total: matching.length });
  }),
  route('GET', '/products/reviews/count', PRODUCTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const filter = readFilter(v);
    v.check();
    requireLocation(store, principal, filter.altId);
    const counts = new Map<string, number>();
    for (const review of matchingReviews(store, filter)) counts.set(review.status, (counts.get(review.status) ?? 0) + 1);
    return ok({ data: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([status, count]) => ({ status, count })) });
  }),
  route('PUT', '/products/reviews/{reviewId}', PRODUCTS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const fields = definedOnly(
      readShape(v, {
        altId: rule.required(rule.string),
        altType: rule.required(rule.oneOf(['location'])),
        productId: rule.required(rule.string),
        status: rule.required(rule.string),
        reply: rule.objects,
        rating: rule.number({ min: 1, max: 5 }),
        headline: rule.string,
        detail: rule.string,
      }),
    ) as Partial<ProductReview> & { altId: string; altType: 'location'; productId: string; status: string };
    v.check();
    const review = requireReview(store, principal, params.reviewId, fields.altId, fields.productId);
    const { altType: _altType, ...changes } = fields;
    store.productReviews.insert({ ...review, ...changes, updatedAt: new Date().toISOString() });
    return ok({ status: true, message: 'Successfully updated' });
  }),
  route('DELETE', '/products/reviews/{reviewId}', PRODUCTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const productId = v.string('productId', { required: true });
    v.check();
    store.productReviews.delete(requireReview(store, principal, params.reviewId, altId, productId).id);
    return ok({ status: true, message: 'Successfully deleted' });
  }),
  route('POST', '/products/reviews/bulk-update', PRODUCTS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const fields = readShape(v, {
      altId: rule.required(rule.string),
      altType: rule.required(rule.oneOf(['location'])),
      reviews: rule.required(rule.shapes({ reviewId: rule.required(rule.string), productId: rule.required(rule.string), storeId: rule.required(rule.string) })),
      status: rule.required(rule.string),
    }) as { altId: string; reviews: Array<{ reviewId: string; productId: string; storeId: string }>; status: string };
    v.check();
    const reviews = fields.reviews.map((named) => {
      const review = requireReview(store, principal, named.reviewId, fields.altId, named.productId);
      if (review.storeId !== named.storeId) throw new GhlError(404, 'Review not found');
      return review;
    });
    const updatedAt = new Date().toISOString();
    for (const review of reviews) store.productReviews.insert({ ...review, status: fields.status, updatedAt });
    return created({ status: true, message: 'Successfully updated' });
  }),
];

interface ReviewFilter {
  altId: string;
  rating?: number;
  startDate?: string;
  endDate?: string;
  productIds?: string[];
  storeIds?: string[];
}

function readFilter(v: Validator): ReviewFilter {
  const altId = v.string('altId', { required: true });
  v.oneOf('altType', ['location'], { required: true });
  return {
    altId,
    rating: v.number('rating', { min: 0, max: 5 }),
    startDate: v.isoDate('startDate'),
    endDate: v.isoDate('endDate'),
    productIds: v.string('productId')?.split(','),
    storeIds: v.string('storeId')?.split(','),
  };
}

function matchingReviews(store: SandboxStore, filter: ReviewFilter): ProductReview[] {
  const from = filter.startDate === undefined ? undefined : Date.parse(filter.startDate);
  const to = filter.endDate === undefined ? undefined : Date.parse(filter.endDate);
  return store
    .reviewsOfLocation(filter.altId)
    .filter((review) => filter.productIds === undefined || filter.productIds.includes(review.productId))
    .filter((review) => filter.storeIds === undefined || filter.storeIds.includes(review.storeId))
    .filter((review) => filter.rating === undefined || review.rating === filter.rating)
    .filter((review) => from === undefined || Date.parse(review.createdAt) >= from)
    .filter((review) => to === undefined || Date.parse(review.createdAt) <= to);
}

function requireReview(store: SandboxStore, principal: Principal, reviewId: string, altId: string, productId: string): ProductReview {
  requireLocation(store, principal, altId);
  const review = store.productReviews.get(reviewId);
  if (review?.altId !== altId || review.productId !== productId) throw new GhlError(404, 'Review not found');
  return review;
}
