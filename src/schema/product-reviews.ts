/**
 * Product reviews: what buyers say of a location's products, and their moderation. GHL reads a
 * review only through the review list, so a review is named by its product and its id. A product's
 * reviews come from one review list per location, however many products ask.
 */
import * as reviews from '../resolvers/product-reviews.ts';
import * as products from '../resolvers/products.ts';
import { dateOf } from '../resolvers/dates.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost, sharedLists } from './cost.ts';
import { LocationRef } from './locations.ts';
import { OrderDirection } from './ordering.ts';
import { ProductRef } from './products.ts';

export const ProductReviewRef = builder.objectRef<reviews.LocatedReview>('ProductReview');

const ReviewAuthorRef = builder.objectRef<{ name?: string; email?: string; phone?: string; isCustomer?: boolean }>('ProductReviewAuthor').implement({
  description: 'Who wrote a review or a reply.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    email: t.exposeString('email', { description: 'Email address.' }),
    phone: t.exposeString('phone', { description: 'Phone number.' }),
    isCustomer: t.exposeBoolean('isCustomer', { description: 'A customer, rather than someone of the business.' }),
  }),
});

const ReviewReplyRef = builder.objectRef<NonNullable<reviews.LocatedReview['reply']>[number]>('ProductReviewReply').implement({
  description: 'A reply to a product review.',
  fields: (t) => ({
    headline: t.exposeString('headline', { description: 'Headline.' }),
    comment: t.exposeString('comment', { description: 'The reply.' }),
    author: t.field({ type: ReviewAuthorRef, description: 'Who wrote it.', resolve: (reply) => reply.user ?? null }),
  }),
});

ProductReviewRef.implement({
  description: 'A buyer’s review of a product.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    locationId: t.exposeString('locationId', { nullable: false, description: 'GHL id of the location.' }),
    productId: t.exposeString('productId', { nullable: false, description: 'GHL id of the product.' }),
    product: t.field({
      type: ProductRef,
      nullable: false,
      description: 'The product reviewed.',
      extensions: { cost: cost.byId() },
      resolve: (review, _, ctx) => products.getProduct(ctx, review.productId, review.locationId),
    }),
    storeId: t.exposeString('storeId', { description: 'GHL id of the store it was left in.' }),
    status: t.exposeString('status', { nullable: false, description: 'Moderation status as GHL names it, such as `approved`.' }),
    rating: t.exposeFloat('rating', { description: 'Rating, 1 to 5.' }),
    headline: t.exposeString('headline', { description: 'Headline.' }),
    detail: t.exposeString('detail', { description: 'The review.' }),
    author: t.field({ type: ReviewAuthorRef, description: 'Who wrote it.', resolve: (review) => review.user ?? null }),
    replies: t.field({ type: [ReviewReplyRef], nullable: false, description: 'Replies to it, oldest first.', resolve: (review) => review.reply ?? [] }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (review) => dateOf(review.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (review) => dateOf(review.updatedAt) }),
  }),
});

const ProductReviewStatusCountRef = builder.objectRef<{ status: string; count: number }>('ProductReviewStatusCount').implement({
  description: 'How many reviews have one status.',
  fields: (t) => ({
    status: t.exposeString('status', { nullable: false, description: 'Moderation status as GHL names it.' }),
    count: t.exposeInt('count', { nullable: false, description: 'How many.' }),
  }),
});

const ProductReviewConnection = connectionOf(ProductReviewRef, { noun: 'product review' });

const ProductReviewOrderField = builder.enumType('ProductReviewOrderField', {
  description: 'What a review list is sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When it was written.' },
    RATING: { value: 'rating', description: 'Its rating.' },
  } as const,
});

const ProductReviewOrderInput = builder.inputType('ProductReviewOrder', {
  description: 'The order of a review list.',
  fields: (t) => ({
    field: t.field({ type: ProductReviewOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

const UpdateProductReviewInput = builder.inputType('UpdateProductReviewInput', {
  description: 'Changes to a product review; fields left out keep their values.',
  fields: (t) => ({
    status: t.string({ description: 'Moderation status as GHL names it, such as `approved`.' }),
    rating: t.float({ description: 'Rating, 1 to 5.' }),
    headline: t.string({ description: 'Headline.' }),
    detail: t.string({ description: 'The review.' }),
  }),
});

const ProductReviewTargetInput = builder.inputType('ProductReviewTarget', {
  description: 'A review, named by its product and its id.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'Product id or GHL product id.' }),
    reviewId: t.id({ required: true, description: 'GHL review id.' }),
  }),
});

const ProductReviewPayload = builder.objectRef<{ productReview: reviews.LocatedReview }>('ProductReviewPayload').implement({
  description: 'The product review after the change.',
  fields: (t) => ({ productReview: t.expose('productReview', { type: ProductReviewRef, nullable: false, description: 'The review.' }) }),
});

const ProductReviewsPayload = builder.objectRef<{ productReviews: reviews.LocatedReview[] }>('ProductReviewsPayload').implement({
  description: 'The product reviews after the change.',
  fields: (t) => ({ productReviews: t.expose('productReviews', { type: [ProductReviewRef], nullable: false, description: 'The reviews, in the order named.' }) }),
});

const DeleteProductReviewPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteProductReviewPayload').implement({
  description: 'The product review deleted.',
  fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted review.' }) }),
});

builder.objectField(ProductRef, 'reviews', (t) =>
  t.field({
    type: [ProductReviewRef],
    nullable: false,
    description: 'Its reviews (one GHL call per location in a request, however many products ask).',
    extensions: { cost: cost.batchedPerRequest(sharedLists.productReviews) },
    resolve: (product, _, ctx) => reviews.reviewsOfProduct(ctx, product),
  }),
);

builder.objectField(LocationRef, 'productReviews', (t) =>
  t.connection(
    {
      type: ProductReviewRef,
      description: 'Reviews of the location’s products.',
      extensions: { cost: cost.listPage() },
      args: {
        productIds: t.arg.idList({ description: 'Only reviews of these products (Product ids or GHL product ids).' }),
        rating: t.arg.int({ description: 'Only reviews with this rating, 1 to 5.' }),
        createdAfter: t.arg({ type: 'DateTime', description: 'Only reviews written on or after this instant.' }),
        createdBefore: t.arg({ type: 'DateTime', description: 'Only reviews written on or before this instant.' }),
        orderBy: t.arg({ type: ProductReviewOrderInput, description: 'The order; GHL’s own by default.' }),
      },
      resolve: (location, args, ctx) => reviews.listProductReviews(ctx, { ...args, locationId: location.id }),
    },
    ProductReviewConnection,
  ),
);

builder.objectField(LocationRef, 'productReviewCounts', (t) =>
  t.field({
    type: [ProductReviewStatusCountRef],
    nullable: false,
    description: 'How many reviews of the location’s products have each status.',
    extensions: { cost: cost.perParent(1) },
    args: {
      productIds: t.arg.idList({ description: 'Only reviews of these products (Product ids or GHL product ids).' }),
      rating: t.arg.int({ description: 'Only reviews with this rating, 1 to 5.' }),
    },
    resolve: (location, args, ctx) => reviews.countProductReviews(ctx, { ...args, locationId: location.id }),
  }),
);

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    productId: t.arg.id({ required: true, description: 'Product id or GHL product id.' }),
    reviewId: t.arg.id({ required: true, description: 'GHL review id.' }),
    locationId: t.arg.id({ description: 'The product’s location, for a GHL product id; defaults to the configured location.' }),
  });
  return {
    updateProductReview: t.field({
      type: ProductReviewPayload,
      nullable: false,
      description: 'Change a product review: moderate it, or correct its text or rating.',
      // The review is read first (GHL wants its status) and read back.
      extensions: { cost: cost.perParent(3) },
      args: { ...target(), input: t.arg({ type: UpdateProductReviewInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({
        productReview: await reviews.updateProductReview(ctx, products.productRefOf(ctx, args.productId, args.locationId), args.reviewId, args.input),
      }),
    }),
    setProductReviewsStatus: t.field({
      type: ProductReviewsPayload,
      nullable: false,
      description: 'Give reviews of one location the same status at once, such as approving them.',
      extensions: { cost: cost.perParent(3) },
      args: {
        locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
        reviews: t.arg({ type: [ProductReviewTargetInput], required: true, description: 'The reviews.' }),
        status: t.arg.string({ required: true, description: 'Moderation status as GHL names it, such as `approved`.' }),
      },
      resolve: async (_, args, ctx) => ({ productReviews: await reviews.setProductReviewsStatus(ctx, args) }),
    }),
    deleteProductReview: t.field({
      type: DeleteProductReviewPayload,
      nullable: false,
      description: 'Delete a product review.',
      args: target(),
      resolve: (_, args, ctx) => reviews.deleteProductReview(ctx, products.productRefOf(ctx, args.productId, args.locationId), args.reviewId),
    }),
  };
});
