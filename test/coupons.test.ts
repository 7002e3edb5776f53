/**
 * Coupons end to end: the gateway over loopback HTTP to the sandbox, answers checked against the
 * sandbox's store, the products of every listed coupon read once each, every REST call checked
 * against GHL's file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { couponStatus } from '../sandbox/model/coupons.ts';
import { graphql } from './generated/gql.ts';
import type { CouponInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const ofLocation = () => stack.sandbox.store.couponsOfLocation(stack.locationId);
const someProducts = () => stack.sandbox.store.productsOfLocation(stack.locationId).slice(0, 2);
const expectCallsMatchFile = () => expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);

const CREATE = graphql(`
  mutation CouponsCreate($input: CouponInput!) {
    createCoupon(input: $input) { coupon { ghlId code name discountType discountValue status startAt endAt usageLimit limitedToOnePerCustomer productIds products { ghlId name } } }
  }
`);
const newCoupon = (fields: Partial<CouponInput> = {}): CouponInput => ({
  name: 'Summer sale',
  code: `SUMMER${Math.floor(Math.random() * 1e6)}`,
  discountType: 'PERCENTAGE',
  discountValue: 20,
  startAt: '2026-01-01T00:00:00.000Z',
  endAt: '2030-01-01T00:00:00.000Z',
  usageLimit: 50,
  limitedToOnePerCustomer: true,
  productIds: someProducts().map((p) => p.id),
  ...fields,
});

describe('reading coupons', () => {
  it('lists a location’s coupons with GHL’s total, filtered by status and text', async () => {
    const stored = [...ofLocation()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const { data, errors } = await stack.gql(graphql(`query CouponsList { coupons(first: 50) { totalCount edges { node { ghlId code status discountType productIds } } } }`));
    expect(errors).toBeUndefined();
    expect(data.coupons!.totalCount).toBe(stored.length);
    expect(data.coupons!.edges.map((e) => e.node)).toEqual(
      stored.map((c) => ({ ghlId: c.id, code: c.code, status: couponStatus(c).toUpperCase(), discountType: c.discountType.toUpperCase(), productIds: c.productIds })),
    );
    const expired = await stack.gql(graphql(`query CouponsExpired { coupons(status: EXPIRED, first: 50) { edges { node { ghlId } } } }`));
    expect(expired.data.coupons!.edges.map((e) => e.node.ghlId)).toEqual(stored.filter((c) => couponStatus(c) === 'expired').map((c) => c.id));
    const found = await stack.gql(graphql(`query CouponsSearch($q: String) { coupons(query: $q, first: 50) { edges { node { code } } } }`), { q: 'vip' });
    expect(found.data.coupons!.edges.map((e) => e.node.code)).toEqual(['VIP50']);
    expectCallsMatchFile();
  });

  it('reads each coupon’s products through the product loader, each product once', async () => {
    const { data, errors } = await stack.gql(graphql(`query CouponsProducts { coupons(first: 50) { edges { node { productIds products { ghlId name } } } } }`));
    expect(errors).toBeUndefined();
    const nodes = data.coupons!.edges.map((e) => e.node);
    for (const node of nodes) {
      expect(node.products.map((p) => p.ghlId)).toEqual(node.productIds);
      for (const product of node.products) expect(product.name).toBe(stack.sandbox.store.products.get(product.ghlId)!.name);
    }
    const distinct = new Set(nodes.flatMap((node) => node.productIds));
    expect(distinct.size).toBeGreaterThan(0);
    const productReads = stack.sandbox.requests.entries.filter((call) => call.path.startsWith('/products/'));
    expect(productReads).toHaveLength(distinct.size);
  });

  it('reads one coupon by its id and code, and answers NOT_FOUND when they do not go together', async () => {
    const stored = ofLocation()[0]!;
    const READ = graphql(`query CouponsOne($id: ID!, $code: String!) { coupon(id: $id, code: $code) { ghlId code name discountValue usageCount } }`);
    const { data, errors } = await stack.gql(READ, { id: stored.id, code: stored.code });
    expect(errors).toBeUndefined();
    expect(data.coupon).toEqual({ ghlId: stored.id, code: stored.code, name: stored.name, discountValue: stored.discountValue, usageCount: stored.usageCount });
    expectCallsMatchFile();
    expectError(await stack.gql(READ, { id: stored.id, code: 'NOT-ITS-CODE' }), 'NOT_FOUND', ['coupon']);
  });
});

describe('writing coupons', () => {
  it('creates a coupon for some products, as the sandbox stores it', async () => {
    const input = newCoupon();
    const { data, errors } = await stack.gql(CREATE, { input });
    expect(errors).toBeUndefined();
    const coupon = data.createCoupon.coupon;
    const stored = stack.sandbox.store.coupons.get(coupon.ghlId)!;
    expect(stored).toMatchObject({ altId: stack.locationId, code: input.code, discountType: 'percentage', discountValue: 20, usageLimit: 50, limitPerCustomer: 1 });
    expect(coupon).toMatchObject({
      code: input.code,
      status: 'ACTIVE',
      startAt: '2026-01-01T00:00:00.000Z',
      endAt: '2030-01-01T00:00:00.000Z',
      limitedToOnePerCustomer: true,
      productIds: input.productIds,
      products: someProducts().map((p) => ({ ghlId: p.id, name: p.name })),
    });
    expectCallsMatchFile();
  });

  it('replaces a coupon, and deletes it', async () => {
    const { data } = await stack.gql(CREATE, { input: newCoupon() });
    const id = data.createCoupon.coupon.ghlId;
    stack.sandbox.requests.clear();
    const updated = await stack.gql(
      graphql(`mutation CouponsUpdate($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { coupon { ghlId discountType discountValue productIds usageLimit } } }`),
      { id, input: newCoupon({ code: 'FLAT5', discountType: 'AMOUNT', discountValue: 5, productIds: null, usageLimit: null }) },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCoupon.coupon).toEqual({ ghlId: id, discountType: 'AMOUNT', discountValue: 5, productIds: [], usageLimit: null });
    expect(stack.sandbox.store.coupons.get(id)).toMatchObject({ code: 'FLAT5', discountType: 'amount', productIds: [] });

    const deleted = await stack.gql(graphql(`mutation CouponsDelete($id: ID!) { deleteCoupon(id: $id) { deletedGhlId } }`), { id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteCoupon.deletedGhlId).toBe(id);
    expect(stack.sandbox.store.coupons.get(id)).toBeUndefined();
    expectCallsMatchFile();
  });

  it('refuses bad input before any call, and passes on GHL’s refusal of a taken code', async () => {
    const refusals: Partial<CouponInput>[] = [
      { name: ' ' },
      { code: 'has space' },
      { discountValue: 0 },
      { discountType: 'PERCENTAGE', discountValue: 101 },
      { startAt: '2026-02-01T00:00:00.000Z', endAt: '2026-01-01T00:00:00.000Z' },
      { usageLimit: 0 },
    ];
    for (const fields of refusals) expectError(await stack.gql(CREATE, { input: newCoupon(fields) }), 'BAD_USER_INPUT', ['createCoupon']);
    expect(stack.sandbox.requests.entries).toEqual([]);
    expectError(await stack.gql(CREATE, { input: newCoupon({ code: ofLocation()[0]!.code }) }), 'BAD_USER_INPUT', ['createCoupon']);
  });
});
