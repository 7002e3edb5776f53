/**
 * Coupons: GraphQL arguments in, GHL calls out, GHL payloads back. A coupon is named by its GHL
 * id and location (GHL reads one by its id and code together). Create and edit send the whole
 * coupon (GHL's edit is a PUT), checked in full before the call.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlCoupon, GhlCouponStatus } from '../ghl/api/coupons.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty, positive } from './input.ts';
import { ghlIdOf, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface CouponInput {
  name: string;
  code: string;
  discountType: 'percentage' | 'amount';
  discountValue: number;
  startAt: Date;
  endAt?: Date | null;
  usageLimit?: number | null;
  limitedToOnePerCustomer?: boolean | null;
  productIds?: string[] | null;
}

export interface CouponRef {
  locationId: string;
  id: string;
}

export function couponRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): CouponRef {
  return { id: nonEmpty(id, 'id'), locationId: locationIdOf(locationId, ctx.defaultLocationId) };
}

export async function listCoupons(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; status?: GhlCouponStatus | null; query?: string | null },
): Promise<Connection<GhlCoupon>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const result = await ctx.ghl.call('listCoupons', {
    location: locationId,
    query: { limit: page.size, offset: page.offset, status: args.status ?? undefined, search: args.query?.trim() || undefined },
  });
  return offsetConnection(result.data ?? [], page, result.totalCount);
}

export function getCoupon(ctx: GatewayContext, ref: CouponRef, code: string): Promise<GhlCoupon> {
  return ctx.ghl.call('getCoupon', { location: ref.locationId, query: { id: ref.id, code: nonEmpty(code, 'code') } });
}

export async function createCoupon(ctx: GatewayContext, locationId: string | null | undefined, input: CouponInput): Promise<GhlCoupon> {
  const body = couponBody(input);
  return ctx.ghl.call('createCoupon', { location: locationIdOf(locationId, ctx.defaultLocationId), body });
}

export async function updateCoupon(ctx: GatewayContext, ref: CouponRef, input: CouponInput): Promise<GhlCoupon> {
  const body = couponBody(input);
  return ctx.ghl.call('updateCoupon', { location: ref.locationId, body: { ...body, id: ref.id } });
}

export async function deleteCoupon(ctx: GatewayContext, ref: CouponRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteCoupon', { location: ref.locationId, body: { id: ref.id } });
  return { deletedGhlId: ref.id };
}

function couponBody(input: CouponInput) {
  const code = nonEmpty(input.code, 'code');
  if (!/^[A-Za-z0-9_-]+$/.test(code)) throw gatewayError('BAD_USER_INPUT', 'code must be letters, digits, - and _ only');
  positive(input.discountValue, 'discountValue');
  if (input.discountType === 'percentage' && input.discountValue > 100) {
    throw gatewayError('BAD_USER_INPUT', 'a percentage discountValue must not exceed 100');
  }
  if (input.endAt && input.endAt <= input.startAt) throw gatewayError('BAD_USER_INPUT', 'endAt must be after startAt');
  if (input.usageLimit != null && (!Number.isInteger(input.usageLimit) || input.usageLimit < 1)) {
    throw gatewayError('BAD_USER_INPUT', 'usageLimit must be a whole number of at least 1');
  }
  return definedOnly({
    name: nonEmpty(input.name, 'name'),
    code,
    discountType: input.discountType,
    discountValue: input.discountValue,
    startDate: input.startAt.toISOString(),
    endDate: input.endAt?.toISOString(),
    usageLimit: input.usageLimit ?? undefined,
    limitPerCustomer: input.limitedToOnePerCustomer ?? undefined,
    productIds: input.productIds?.map((id, index) => ghlIdOf(id, 'Product', `productIds[${index}]`)),
  });
}
