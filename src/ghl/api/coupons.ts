/**
 * Coupons (payments.json): a location's discount codes. GHL reaches them through their owner
 * (`altId`, `altType=location`) on one path, /payments/coupon, naming the coupon by `id` in the
 * query or the body; a read names its code as well. The file's answer leaves out the products and
 * usage limit the create body sends: they are read here, optional, as every field GHL may omit.
 */
import { define, fromSpec } from '../operation.ts';

export const couponStatuses = ['scheduled', 'active', 'expired'] as const;
export type GhlCouponStatus = (typeof couponStatuses)[number];

export const couponDiscountTypes = ['percentage', 'amount'] as const;

export interface GhlCoupon {
  _id: string;
  altId: string;
  altType?: string;
  name?: string;
  code?: string;
  discountType?: string;
  discountValue?: number;
  status?: string;
  startDate?: string;
  endDate?: string;
  usageCount?: number;
  usageLimit?: number;
  limitPerCustomer?: number;
  productIds?: string[];
  applyToFuturePayments?: boolean;
  applyToFuturePaymentsConfig?: { type?: string; duration?: number; durationType?: string };
  createdAt?: string;
  updatedAt?: string;
}

export const couponOperations = {
  listCoupons: define<{ data: GhlCoupon[]; totalCount?: number }>()({
    lists: { data: 'records' },
    ...fromSpec('paymentsListCoupons'),
    location: { in: 'query', name: 'altId' },
  }),
  getCoupon: define<GhlCoupon>()({
    ...fromSpec('paymentsGetCoupon'),
    location: { in: 'query', name: 'altId' },
  }),
  createCoupon: define<GhlCoupon>()({
    ...fromSpec('paymentsCreateCoupon'),
    location: { in: 'body', name: 'altId' },
  }),
  /** A PUT: the whole coupon, not a patch. */
  updateCoupon: define<GhlCoupon>()({
    ...fromSpec('paymentsUpdateCoupon'),
    location: { in: 'body', name: 'altId' },
  }),
  deleteCoupon: define<{ success?: boolean }>()({
    ...fromSpec('paymentsDeleteCoupon'),
    location: { in: 'body', name: 'altId' },
  }),
};
