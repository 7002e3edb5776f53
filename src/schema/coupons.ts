/**
 * Coupons: a location's discount codes, listed, read, written and deleted, each linked to the
 * products it is for. GHL reads one coupon by its id and code together, so a coupon is no Node:
 * it is named by its GHL id (and, to read it, its code) and location.
 */
import type { GhlCoupon } from '../ghl/api/coupons.ts';
import { couponDiscountTypes, couponStatuses } from '../ghl/api/coupons.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as coupons from '../resolvers/coupons.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost, RELATED_ASSUMED, sharedLists } from './cost.ts';
import { known } from './enums.ts';
import { LocationRef } from './locations.ts';
import { ProductRef } from './products.ts';

const CouponStatus = builder.enumType('CouponStatus', {
  description: 'Whether a coupon can be used now: it follows its dates.',
  values: {
    SCHEDULED: { value: 'scheduled', description: 'Starts later.' },
    ACTIVE: { value: 'active', description: 'Can be used.' },
    EXPIRED: { value: 'expired', description: 'Ended.' },
  } as const,
});

const CouponDiscountType = builder.enumType('CouponDiscountType', {
  description: 'How a coupon’s discount is counted.',
  values: {
    PERCENTAGE: { value: 'percentage', description: 'Percent off (0 to 100).' },
    AMOUNT: { value: 'amount', description: 'An amount off, in the price’s currency.' },
  } as const,
});

export const CouponRef = builder.objectRef<GhlCoupon>('Coupon').implement({
  description: 'A discount code of a location, for some of its products or all of them.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id, which coupon writes take as id.' }),
    locationId: t.exposeString('altId', { nullable: false, description: 'GHL id of the location.' }),
    location: t.field({
      type: LocationRef,
      description: 'The location it belongs to.',
      extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
      resolve: (coupon, _, ctx) => ctx.loaders.location.load(coupon.altId),
    }),
    name: t.exposeString('name', { description: 'Name.' }),
    code: t.exposeString('code', { description: 'What a customer types.' }),
    discountType: t.field({
      type: CouponDiscountType,
      description: 'How the discount is counted; null for a type this gateway does not know.',
      resolve: (coupon) => known(couponDiscountTypes, coupon.discountType),
    }),
    discountValue: t.exposeFloat('discountValue', { description: 'Percent or amount off.' }),
    status: t.field({
      type: CouponStatus,
      description: 'Whether it can be used now; null for a status this gateway does not know.',
      resolve: (coupon) => known(couponStatuses, coupon.status),
    }),
    startAt: t.field({ type: 'DateTime', description: 'When it starts.', resolve: (coupon) => dateOf(coupon.startDate) }),
    endAt: t.field({ type: 'DateTime', description: 'When it ends; null for never.', resolve: (coupon) => dateOf(coupon.endDate) }),
    usageCount: t.exposeInt('usageCount', { description: 'How often it was used.' }),
    usageLimit: t.exposeInt('usageLimit', { description: 'How often it may be used in all; null for no limit.' }),
    limitedToOnePerCustomer: t.boolean({
      description: 'Each customer may use it once.',
      resolve: (coupon) => (coupon.limitPerCustomer == null ? null : coupon.limitPerCustomer > 0),
    }),
    productIds: t.stringList({ nullable: false, description: 'GHL ids of the products it is for; empty for every product.', resolve: (coupon) => coupon.productIds ?? [] }),
    products: t.field({
      type: [ProductRef],
      nullable: false,
      description: 'The products it is for, read through the product loader (each product once per request); empty for every product.',
      extensions: { cost: cost.list(RELATED_ASSUMED, cost.byId()) },
      resolve: (coupon, _, ctx) => Promise.all((coupon.productIds ?? []).map((id) => ctx.loaders.product.load({ locationId: coupon.altId, id }))),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (coupon) => dateOf(coupon.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (coupon) => dateOf(coupon.updatedAt) }),
  }),
});

const CouponInput = builder.inputType('CouponInput', {
  description: 'A coupon as it is to be (GoHighLevel replaces the whole coupon on an edit).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name.' }),
    code: t.string({ required: true, description: 'What a customer types: letters, digits, - and _; unique in the location.' }),
    discountType: t.field({ type: CouponDiscountType, required: true, description: 'How the discount is counted.' }),
    discountValue: t.float({ required: true, description: 'Percent (at most 100) or amount off; greater than 0.' }),
    startAt: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endAt: t.field({ type: 'DateTime', description: 'When it ends, after startAt; never when left out.' }),
    usageLimit: t.int({ description: 'How often it may be used in all; no limit when left out.' }),
    limitedToOnePerCustomer: t.boolean({ description: 'Each customer may use it once.' }),
    productIds: t.idList({ description: 'The products it is for (Product ids or GHL product ids); every product when left out.' }),
  }),
});

const CouponPayload = builder.objectRef<{ coupon: GhlCoupon }>('CouponPayload').implement({
  description: 'The coupon after the change.',
  fields: (t) => ({ coupon: t.expose('coupon', { type: CouponRef, nullable: false, description: 'The coupon.' }) }),
});

const DeleteCouponPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteCouponPayload').implement({
  description: 'The coupon deleted.',
  fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted coupon.' }) }),
});

const CouponConnection = connectionOf(CouponRef, { noun: 'coupon' });

const locationArg = { description: 'Location id or GHL location id; defaults to the configured location.' };

builder.queryFields((t) => ({
  coupons: t.connection({
    type: CouponRef,
    description: 'Coupons of a location, newest first, optionally filtered.',
    args: {
      locationId: t.arg.id(locationArg),
      status: t.arg({ type: CouponStatus, description: 'Only coupons in this status.' }),
      query: t.arg.string({ description: 'Matches the name or the code.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => coupons.listCoupons(ctx, args),
  }, CouponConnection),
  coupon: t.field({
    type: CouponRef,
    description: 'One coupon, by its id and code together (as GoHighLevel reads it).',
    args: {
      id: t.arg.id({ required: true, description: 'GHL id of the coupon.' }),
      code: t.arg.string({ required: true, description: 'Its code.' }),
      locationId: t.arg.id(locationArg),
    },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => coupons.getCoupon(ctx, coupons.couponRefOf(ctx, args.id, args.locationId), args.code),
  }),
}));

const couponInputOf = (input: typeof CouponInput.$inferInput): coupons.CouponInput => ({
  ...input,
  productIds: input.productIds?.map(String) ?? null,
});

builder.mutationFields((t) => ({
  createCoupon: t.field({
    type: CouponPayload,
    nullable: false,
    description: 'Create a coupon.',
    args: { locationId: t.arg.id(locationArg), input: t.arg({ type: CouponInput, required: true, description: 'The coupon.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: async (_, args, ctx) => ({ coupon: await coupons.createCoupon(ctx, args.locationId, couponInputOf(args.input)) }),
  }),
  updateCoupon: t.field({
    type: CouponPayload,
    nullable: false,
    description: 'Replace a coupon.',
    args: {
      id: t.arg.id({ required: true, description: 'GHL id of the coupon.' }),
      locationId: t.arg.id(locationArg),
      input: t.arg({ type: CouponInput, required: true, description: 'The coupon as it is to be.' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: async (_, args, ctx) => ({
      coupon: await coupons.updateCoupon(ctx, coupons.couponRefOf(ctx, args.id, args.locationId), couponInputOf(args.input)),
    }),
  }),
  deleteCoupon: t.field({
    type: DeleteCouponPayload,
    nullable: false,
    description: 'Delete a coupon.',
    args: { id: t.arg.id({ required: true, description: 'GHL id of the coupon.' }), locationId: t.arg.id(locationArg) },
    extensions: { cost: cost.perParent(1) },
    resolve: (_, args, ctx) => coupons.deleteCoupon(ctx, coupons.couponRefOf(ctx, args.id, args.locationId)),
  }),
}));
