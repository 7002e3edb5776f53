/**
 * Coupons (payments.json): list, read, create, edit, delete, for location tokens. GHL names the
 * location as `altId` with `altType=location`, and the coupon by `id` in the query or the body
 * (every route is /payments/coupon). A code is unique in its location; a percentage is at most
 * 100; a coupon is for products of its own location. GHL sends no webhook for coupons.
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type Route } from '../http/router.ts';
import { readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { couponBody, couponStatus, type Coupon } from '../model/coupons.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const COUPONS = { versions: V2021_07_28, tokens: 'location' } as const;

const ALT: Shape = { altId: rule.required(rule.string), altType: rule.required(rule.oneOf(['location'])) };

/** CreateCouponParams; UpdateCouponParams adds the id. */
const COUPON: Shape = {
  ...ALT,
  name: rule.required(rule.string),
  code: rule.required(rule.string),
  discountType: rule.required(rule.oneOf(['percentage', 'amount'])),
  discountValue: rule.required(rule.number({ min: 0 })),
  startDate: rule.required(rule.string),
  endDate: rule.string,
  usageLimit: rule.number({ min: 1 }),
  productIds: rule.strings,
  applyToFuturePayments: rule.boolean,
  applyToFuturePaymentsConfig: rule.shape({
    type: rule.required(rule.oneOf(['forever', 'fixed'])),
    duration: rule.number({ min: 1 }),
    durationType: rule.oneOf(['months']),
  }),
  limitPerCustomer: rule.boolean,
};

interface CouponInput
  extends Pick<Coupon, 'altId' | 'name' | 'code' | 'discountType' | 'discountValue' | 'startDate'>,
    Partial<Pick<Coupon, 'endDate' | 'usageLimit' | 'productIds' | 'applyToFuturePayments' | 'applyToFuturePaymentsConfig'>> {
  id?: string;
  limitPerCustomer?: boolean;
}

export const couponRoutes: Route[] = [
  route('GET', '/payments/coupon/list', COUPONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const limit = v.number('limit', { min: 1 }) ?? 100;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const status = v.oneOf('status', ['scheduled', 'active', 'expired']);
    const search = v.string('search')?.toLowerCase();
    v.check();
    requireLocation(store, principal, altId);
    const matching = store
      .couponsOfLocation(altId)
      .filter((coupon) => status === undefined || couponStatus(coupon) === status)
      .filter((coupon) => search === undefined || [coupon.name, coupon.code].some((text) => text.toLowerCase().includes(search)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    return ok({ data: matching.slice(offset, offset + limit).map(couponBody), totalCount: matching.length, traceId: randomId() });
  }),
  route('GET', '/payments/coupon', COUPONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    const id = v.string('id', { required: true });
    const code = v.string('code', { required: true });
    v.check();
    const coupon = requireCoupon(store, principal, altId, id);
    // GHL asks for both; they must name the same coupon.
    if (coupon.code.toLowerCase() !== code.toLowerCase()) throw new GhlError(404, 'Coupon not found');
    return ok({ ...couponBody(coupon), traceId: randomId() });
  }),
  route('POST', '/payments/coupon', COUPONS, ({ store, principal, body }) => {
    const input = readShapedBody<CouponInput>(body, COUPON);
    requireLocation(store, principal, input.altId);
    const now = new Date().toISOString();
    const coupon = writeCoupon(store, input, { id: randomId(), usageCount: 0, createdAt: now });
    return created({ ...couponBody(coupon), traceId: randomId() });
  }),
  route('PUT', '/payments/coupon', COUPONS, ({ store, principal, body }) => {
    const input = readShapedBody<CouponInput & { id: string }>(body, { ...COUPON, id: rule.required(rule.string) });
    const current = requireCoupon(store, principal, input.altId, input.id);
    const coupon = writeCoupon(store, input, current);
    return ok({ ...couponBody(coupon), traceId: randomId() });
  }),
  route('DELETE', '/payments/coupon', COUPONS, ({ store, principal, body }) => {
    const input = readShapedBody<{ altId: string; id: string }>(body, { ...ALT, id: rule.required(rule.string) });
    const coupon = requireCoupon(store, principal, input.altId, input.id);
    store.coupons.delete(coupon.id);
    return ok({ success: true, traceId: randomId() });
  }),
];

/** The coupon as the body says it, over `base` (a new one's bookkeeping, or the stored coupon). */
function writeCoupon(store: SandboxStore, input: CouponInput, base: Pick<Coupon, 'id' | 'usageCount' | 'createdAt'> & Partial<Coupon>): Coupon {
  const startDate = dateTimeOf(input.startDate, 'startDate');
  const endDate = input.endDate === undefined ? undefined : dateTimeOf(input.endDate, 'endDate');
  if (endDate !== undefined && endDate <= startDate) throw ghlErrors.badRequest('endDate must be after startDate');
  if (input.discountType === 'percentage' && input.discountValue > 100) throw ghlErrors.badRequest('A percentage discount cannot exceed 100');
  if (input.discountValue <= 0) throw ghlErrors.badRequest('discountValue must be greater than 0');
  const code = input.code.trim().toUpperCase();
  if (store.couponsOfLocation(input.altId).some((other) => other.id !== base.id && other.code === code)) {
    throw ghlErrors.badRequest('Coupon code already exists');
  }
  const productIds = input.productIds ?? [];
  const strangers = productIds.filter((id) => store.products.get(id)?.locationId !== input.altId);
  if (strangers.length > 0) throw ghlErrors.unprocessable(strangers.map((id) => `productIds: ${id} is not a product of this location`));
  const config = input.applyToFuturePaymentsConfig ?? base.applyToFuturePaymentsConfig ?? { type: 'forever' as const };
  const coupon: Coupon = definedOnly({
    ...base,
    altId: input.altId,
    altType: 'location' as const,
    name: input.name,
    code,
    discountType: input.discountType,
    discountValue: input.discountValue,
    startDate,
    endDate,
    usageLimit: input.usageLimit,
    limitPerCustomer: input.limitPerCustomer ? 1 : 0,
    productIds,
    applyToFuturePayments: input.applyToFuturePayments ?? true,
    applyToFuturePaymentsConfig: config,
    updatedAt: new Date().toISOString(),
  });
  return store.coupons.insert(coupon);
}

function dateTimeOf(value: string, name: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw ghlErrors.unprocessable([`${name} must be an ISO 8601 date-time`]);
  return new Date(time).toISOString();
}

/** The token must reach `altId` (403), and the coupon must be one of its (404). */
function requireCoupon(store: SandboxStore, principal: Parameters<typeof requireLocation>[1], altId: string, id: string): Coupon {
  requireLocation(store, principal, altId);
  const coupon = store.coupons.get(id);
  if (coupon?.altId !== altId) throw new GhlError(404, 'Coupon not found');
  return coupon;
}
