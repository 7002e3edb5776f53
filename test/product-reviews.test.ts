/**
 * Product reviews end to end against the sandbox: a product's reviews (batched: one review list per
 * location), a location's reviews filtered and ordered, their counts by status, a review's product,
 * a change and a bulk status change read back, a delete, and bad input refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const storedReviews = () => stack.sandbox.store.reviewsOfLocation(stack.locationId);

/** A product of the location with at least `atLeast` reviews, and those reviews. */
function reviewedProduct(atLeast: number) {
  const product = stack.sandbox.store
    .productsOfLocation(stack.locationId)
    .find((candidate) => storedReviews().filter((review) => review.productId === candidate.id).length >= atLeast);
  expect(product, `a product with ${atLeast} reviews`).toBeDefined();
  return { product: product!, reviews: storedReviews().filter((review) => review.productId === product!.id) };
}

describe('product reviews', () => {
  it('reads every product’s reviews from one review list', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query ProductsWithReviews { products(first: 50) { edges { node { ghlId reviews { ghlId productId status rating headline detail author { name } replies { comment } } } } } }`),
    );
    expect(errors).toBeUndefined();
    const nodes = data.products!.edges.map((e) => e.node);
    expect(nodes.some((node) => node.reviews.length > 1)).toBe(true);
    for (const node of nodes) {
      const stored = storedReviews().filter((review) => review.productId === node.ghlId);
      expect(node.reviews.map((r) => r.ghlId).sort()).toEqual(stored.map((r) => r.id).sort());
      for (const review of node.reviews) {
        const truth = stored.find((r) => r.id === review.ghlId)!;
        expect(review).toEqual({
          ghlId: truth.id,
          productId: node.ghlId,
          status: truth.status,
          rating: truth.rating,
          headline: truth.headline,
          detail: truth.detail,
          author: { name: truth.user.name },
          replies: truth.reply.map((reply) => ({ comment: reply.comment })),
        });
      }
    }
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listProducts: { 200: 1 }, listProductReviews: { 200: 1 } });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsListInvoices', 'productsGetProductReviews']);
  });

  it('lists a location’s reviews by rating, with their products, and counts them by status', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query ProductsReviewsOfLocation { location { productReviews(first: 20, orderBy: { field: RATING, direction: DESC }) { totalCount edges { node { ghlId rating product { ghlId name } } } } productReviewCounts { status count } } }`),
    );
    expect(errors).toBeUndefined();
    const stored = storedReviews();
    const page = data.location!.productReviews!;
    expect(page.totalCount).toBe(stored.length);
    const ratings = page.edges.map((e) => e.node.rating!);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    for (const { node } of page.edges) {
      const truth = stack.sandbox.store.productReviews.get(node.ghlId)!;
      expect(node.product).toEqual({ ghlId: truth.productId, name: stack.sandbox.store.products.get(truth.productId)!.name });
    }
    const byStatus = new Map<string, number>();
    for (const review of stored) byStatus.set(review.status, (byStatus.get(review.status) ?? 0) + 1);
    expect(new Map(data.location!.productReviewCounts.map((c) => [c.status, c.count]))).toEqual(byStatus);
    // A review's product: one read per distinct product, however many of its reviews ask.
    const products = new Set(page.edges.map((e) => e.node.product.ghlId));
    expect(stack.gateway.client.stats.snapshot()).toMatchObject({ listProductReviews: { 200: 1 }, countProductReviews: { 200: 1 }, getProduct: { 200: products.size } });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsGetProductReviews', 'productsGetReviewsCount', 'productsGetProductById']);
  });

  it('filters a location’s reviews by product and rating', async () => {
    const { product, reviews } = reviewedProduct(1);
    const rating = reviews[0]!.rating;
    const { data, errors } = await stack.gql(
      graphql(`query ProductsReviewsFiltered($products: [ID!], $rating: Int) { location { productReviews(first: 20, productIds: $products, rating: $rating) { edges { node { ghlId } } } } }`),
      { products: [product.id], rating },
    );
    expect(errors).toBeUndefined();
    expect(data.location!.productReviews!.edges.map((e) => e.node.ghlId).sort()).toEqual(reviews.filter((r) => r.rating === rating).map((r) => r.id).sort());
  });

  it('changes a review, keeping its status, and reads it back', async () => {
    const { product, reviews } = reviewedProduct(1);
    const review = reviews[0]!;
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsUpdateReview($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId status headline rating } } }`),
      { productId: product.id, reviewId: review.id, input: { headline: 'Changed my mind', rating: 4 } },
    );
    expect(errors).toBeUndefined();
    expect(data.updateProductReview.productReview).toEqual({ ghlId: review.id, status: review.status, headline: 'Changed my mind', rating: 4 });
    expect(stack.sandbox.store.productReviews.get(review.id)).toMatchObject({ headline: 'Changed my mind', rating: 4, status: review.status });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsUpdateProductReview']);
  });

  it('gives several reviews one status at once', async () => {
    const pending = storedReviews().slice(0, 3);
    for (const review of pending) stack.sandbox.store.productReviews.insert({ ...review, status: 'pending' });
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsApproveReviews($reviews: [ProductReviewTarget!]!) { setProductReviewsStatus(reviews: $reviews, status: "approved") { productReviews { ghlId status } } }`),
      { reviews: pending.map((review) => ({ productId: review.productId, reviewId: review.id })) },
    );
    expect(errors).toBeUndefined();
    expect(data.setProductReviewsStatus.productReviews).toEqual(pending.map((review) => ({ ghlId: review.id, status: 'approved' })));
    for (const review of pending) expect(stack.sandbox.store.productReviews.get(review.id)!.status).toBe('approved');
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsBulkUpdateProductReview']);
  });

  it('deletes a review', async () => {
    const { product, reviews } = reviewedProduct(1);
    const review = reviews[0]!;
    const { data, errors } = await stack.gql(
      graphql(`mutation ProductsDeleteReview($productId: ID!, $reviewId: ID!) { deleteProductReview(productId: $productId, reviewId: $reviewId) { deletedGhlId } }`),
      { productId: product.id, reviewId: review.id },
    );
    expect(errors).toBeUndefined();
    expect(data.deleteProductReview.deletedGhlId).toBe(review.id);
    expect(stack.sandbox.store.productReviews.has(review.id)).toBe(false);
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsDeleteProductReview']);
  });

  it('refuses bad input before any call, and an unknown review as not found', async () => {
    const { product, reviews } = reviewedProduct(1);
    const UPDATE = graphql(`mutation ProductsUpdateReviewBad($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId } } }`);
    expectError(await stack.gql(UPDATE, { productId: product.id, reviewId: reviews[0]!.id, input: { rating: 9 } }), 'BAD_USER_INPUT', ['updateProductReview']);
    expectError(await stack.gql(UPDATE, { productId: product.id, reviewId: reviews[0]!.id, input: {} }), 'BAD_USER_INPUT', ['updateProductReview']);
    const APPROVE = graphql(`mutation ProductsApproveNoReviews($reviews: [ProductReviewTarget!]!, $status: String!) { setProductReviewsStatus(reviews: $reviews, status: $status) { productReviews { ghlId } } }`);
    expectError(await stack.gql(APPROVE, { reviews: [], status: 'approved' }), 'BAD_USER_INPUT', ['setProductReviewsStatus']);
    expectError(await stack.gql(APPROVE, { reviews: [{ productId: product.id, reviewId: reviews[0]!.id }], status: ' ' }), 'BAD_USER_INPUT', ['setProductReviewsStatus']);
    expectError(
      await stack.gql(graphql(`query ProductsReviewsBadRange { location { productReviews(first: 5, createdAfter: "2025-02-01T00:00:00Z", createdBefore: "2025-01-01T00:00:00Z") { totalCount } } }`)),
      'BAD_USER_INPUT',
    );
    expect(stack.sandbox.requests.entries.filter((entry) => entry.path.startsWith('/products'))).toEqual([]);

    expectError(await stack.gql(UPDATE, { productId: product.id, reviewId: 'no-such-review', input: { headline: 'x' } }), 'NOT_FOUND', ['updateProductReview']);
  });
});
