/**
 * Coupons (payments.json), shaped like CouponDto: a discount code of a location, for some of its
 * products or all of them. The file's answer leaves out the products and the usage limit that its
 * create body sends; they are kept under those names. `status` follows the dates.
 */

export interface Coupon {
  id: string;
  altId: string;
  altType: 'location';
  name: string;
  code: string;
  discountType: 'percentage' | 'amount';
  discountValue: number;
  startDate: string;
  endDate?: string;
  usageCount: number;
  usageLimit?: number;
  /** A number in answers; the create body's boolean, as 1 or 0. */
  limitPerCustomer: number;
  /** Empty: every product. */
  productIds: string[];
  applyToFuturePayments: boolean;
  applyToFuturePaymentsConfig: { type: 'forever' | 'fixed'; duration?: number; durationType?: 'months' };
  userId?: string;
  createdAt: string;
  updatedAt: string;
}

export function couponStatus(coupon: Coupon, now = new Date().toISOString()): 'scheduled' | 'active' | 'expired' {
  if (coupon.startDate > now) return 'scheduled';
  return coupon.endDate !== undefined && coupon.endDate < now ? 'expired' : 'active';
}

/** The coupon as GHL lists it: `_id`, and the status of the moment. */
export function couponBody(coupon: Coupon) {
  const { id, ...rest } = coupon;
  return { _id: id, ...rest, status: couponStatus(coupon) };
}
