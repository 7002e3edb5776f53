/**
 * Orders (payments.json): list, get, fulfil, list an order's fulfillments and its notes, and record
 * a payment made outside GHL's checkout (paid in full, or in part); the payment's `notes` become a
 * note on the order. A payment that settles an order completes it. Location tokens only, as the spec's security
 * says. A fulfillment ships some of an order's lines (by price id) with tracking details; an
 * order's fulfillment status follows what is shipped, and a change to it sends OrderStatusUpdate:
 *
 *   unfulfilled --some lines--> partially_fulfilled --the rest--> fulfilled
 *
 * A cancelled or refunded order ships nothing, and no line ships more than was ordered.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { fulfillmentBody, orderBody, orderListItem, orderNoteBody, type Fulfillment, type Order } from '../model/payments.ts';
import { productBody } from '../model/products.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { readShapedBody, rule, type Shape } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { orderEvent } from '../webhooks/events.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';
import { filterPaymentRecords, pageOf, readPaymentListQuery } from './payment-queries.ts';

const ORDERS = { versions: V2021_07_28, tokens: 'location' } as const;

/** CreateFulfillmentDto */
const CREATE_FULFILLMENT: Shape = {
  altId: rule.required(rule.string),
  altType: rule.required(rule.oneOf(['location'])),
  trackings: rule.required(rule.shapes({ trackingNumber: rule.string, shippingCarrier: rule.string, trackingUrl: rule.string })),
  items: rule.required(rule.shapes({ priceId: rule.required(rule.string), qty: rule.required(rule.number({ min: 1 })) })),
  notifyCustomer: rule.required(rule.boolean),
};

/** PostRecordOrderPaymentBody */
const RECORD_ORDER_PAYMENT: Shape = {
  altId: rule.required(rule.string),
  altType: rule.required(rule.oneOf(['location'])),
  mode: rule.required(rule.oneOf(['cash', 'card', 'cheque', 'bank_transfer', 'other'])),
  card: rule.shape({ type: rule.required(rule.oneOf(['visa', 'mastercard', 'other'])), last4: rule.required(rule.string) }),
  cheque: rule.shape({ number: rule.required(rule.string) }),
  notes: rule.string,
  amount: rule.number({ min: 0.01 }),
  meta: rule.object,
  isPartialPayment: rule.boolean,
};

interface FulfillmentInput {
  altId: string;
  trackings: Fulfillment['trackings'];
  items: Array<{ priceId: string; qty: number }>;
  notifyCustomer: boolean;
}

export const orderRoutes: Route[] = [
  route('GET', '/payments/orders', ORDERS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const list = readPaymentListQuery(v);
    const status = v.string('status');
    const paymentStatus = v.oneOf('paymentStatus', ['paid', 'unpaid', 'refunded', 'partially_paid']);
    const sourceId = v.string('sourceId');
    v.check();
    const matching = filterPaymentRecords(store, principal, list, store.ordersOfLocation)
      .filter((order) => status === undefined || order.status === status)
      .filter((order) => paymentStatus === undefined || order.paymentStatus === paymentStatus)
      .filter((order) => sourceId === undefined || order.source.id === sourceId);
    return ok({ data: pageOf(matching, list).map(orderListItem), totalCount: matching.length });
  }),
  route('GET', '/payments/orders/{orderId}', ORDERS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.check();
    return ok(orderBody(requireOrder(store, principal, params.orderId, altId)));
  }),
  route('POST', '/payments/orders/{orderId}/fulfillments', ORDERS, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<FulfillmentInput>(body, CREATE_FULFILLMENT);
    const order = requireOrder(store, principal, params.orderId, input.altId);
    if (order.status === 'cancelled' || order.status === 'refunded') throw ghlErrors.badRequest(`Order is ${order.status}`);
    if (input.items.length === 0) throw ghlErrors.unprocessable(['items should not be empty']);

    const shipped = shippedQuantities(store, order.id);
    const items = input.items.map(({ priceId, qty }) => {
      const line = order.items.find((item) => item.price._id === priceId);
      if (!line) throw ghlErrors.badRequest(`Price ${priceId} is not in this order`);
      const left = line.qty - (shipped.get(priceId) ?? 0);
      if (qty > left) throw ghlErrors.badRequest(`Only ${left} of ${line.name} left to fulfil`);
      shipped.set(priceId, (shipped.get(priceId) ?? 0) + qty);
      // A fulfilled item carries the whole product (FulfilledItem), where the order line keeps a summary.
      const product = store.products.get(line.product._id);
      return { _id: priceId, name: line.name, qty, product: product ? productBody(product) : line.product, price: line.price };
    });
    const now = new Date().toISOString();
    const fulfillment = store.fulfillments.insert({
      id: randomId(),
      orderId: order.id,
      altId: order.altId,
      altType: 'location',
      trackings: input.trackings,
      items,
      notifyCustomer: input.notifyCustomer,
      createdAt: now,
      updatedAt: now,
    });
    const complete = order.items.every((line) => (shipped.get(line.price._id) ?? 0) >= line.qty);
    const fulfillmentStatus = complete ? 'fulfilled' : 'partially_fulfilled';
    if (fulfillmentStatus !== order.fulfillmentStatus) {
      emit(orderEvent('OrderStatusUpdate', store.orders.insert({ ...order, fulfillmentStatus, updatedAt: now })));
    }
    return ok({ status: true, data: fulfillmentBody(fulfillment) });
  }),
  route('POST', '/payments/orders/{orderId}/record-payment', ORDERS, ({ store, principal, params, body, emit }) => {
    const input = readShapedBody<{ altId: string; mode: string; notes?: string; amount?: number; isPartialPayment?: boolean }>(body, RECORD_ORDER_PAYMENT);
    const order = requireOrder(store, principal, params.orderId, input.altId);
    if (order.status === 'cancelled' || order.status === 'refunded') throw ghlErrors.badRequest(`Order is ${order.status}`);
    if (order.paymentStatus === 'paid' || order.paymentStatus === 'refunded') throw ghlErrors.badRequest(`Order is already ${order.paymentStatus}`);
    if (input.amount !== undefined && input.amount > order.amount) throw ghlErrors.badRequest(`Amount cannot be more than the order amount (${order.amount})`);
    const partial = input.isPartialPayment === true;
    const status = partial ? order.status : 'completed';
    const now = new Date().toISOString();
    const paid = store.orders.insert({ ...order, paymentStatus: partial ? 'partially_paid' : 'paid', status, updatedAt: now });
    if (input.notes?.trim()) {
      store.orderNotes.insert({ id: randomId(), orderId: order.id, altId: order.altId, altType: 'location', text: input.notes.trim(), createdAt: now, updatedAt: now });
    }
    if (status !== order.status) emit(orderEvent('OrderStatusUpdate', paid));
    return ok({ success: true });
  }),
  route('GET', '/payments/orders/{orderId}/fulfillments', ORDERS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    v.check();
    const order = requireOrder(store, principal, params.orderId, altId);
    const shipments = store.fulfillmentsOfOrder(order.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return ok({ status: true, data: shipments.map(fulfillmentBody) });
  }),
  route('GET', '/payments/orders/{orderId}/notes', ORDERS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.oneOf('altType', ['location'], { required: true });
    v.check();
    const order = requireOrder(store, principal, params.orderId, altId);
    const notes = store.notesOfOrder(order.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return ok({ status: true, data: notes.map(orderNoteBody) });
  }),
];

function shippedQuantities(store: SandboxStore, orderId: string): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const fulfillment of store.fulfillmentsOfOrder(orderId)) {
    for (const item of fulfillment.items) shipped.set(item._id, (shipped.get(item._id) ?? 0) + item.qty);
  }
  return shipped;
}

/** The token must reach `altId` (403), and the order must be one of its (404). */
function requireOrder(store: SandboxStore, principal: Principal, orderId: string, altId: string): Order {
  requireLocation(store, principal, altId);
  const order = store.orders.get(orderId);
  if (order?.altId !== altId) throw new GhlError(404, 'Order not found');
  return order;
}
