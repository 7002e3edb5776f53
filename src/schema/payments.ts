/**
 * Orders, their fulfillments, transactions and subscriptions of a location. Amounts are served as
 * GHL stores them, in currency units beside their currency. A record's contact comes from what the
 * list embedded (name, email) when that is all a query asks, else from the contacts API, once per
 * contact per request.
 */
import type { GatewayContext } from '../context.ts';
import {
  fulfillmentStatuses,
  orderStatuses,
  subscriptionStatuses,
  transactionStatuses,
  type GhlFulfillment,
  type GhlFulfillmentTracking,
  type GhlOrderNote,
  type GhlOrder,
  type GhlOrderItem,
  type GhlSubscription,
  type GhlTransaction,
} from '../ghl/api/payments.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as payments from '../resolvers/payments.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { ContactRef } from './contacts.ts';
import { cost } from './cost.ts';
import { known } from './enums.ts';
import { PaymentChequeInput, PaymentMode as ManualPaymentMode } from './invoices.ts';
import { locatedNode } from './located-node.ts';

export const OrderStatus = builder.enumType('OrderStatus', {
  description: 'Where an order is in its life.',
  values: {
    PENDING: { value: 'pending', description: 'Placed, not paid yet.' },
    COMPLETED: { value: 'completed', description: 'Paid.' },
    CANCELLED: { value: 'cancelled', description: 'Cancelled.' },
    REFUNDED: { value: 'refunded', description: 'Refunded in full.' },
    PARTIALLY_REFUNDED: { value: 'partially_refunded', description: 'Refunded in part.' },
  } as const,
});

export const OrderPaymentStatus = builder.enumType('OrderPaymentStatus', {
  description: 'How much of an order is paid.',
  values: {
    PAID: { value: 'paid', description: 'Paid in full.' },
    UNPAID: { value: 'unpaid', description: 'Nothing paid yet.' },
    REFUNDED: { value: 'refunded', description: 'Paid, then refunded.' },
    PARTIALLY_PAID: { value: 'partially_paid', description: 'Some of it is paid.' },
  } as const,
});

const FulfillmentStatus = builder.enumType('FulfillmentStatus', {
  description: 'How much of an order has shipped.',
  values: {
    UNFULFILLED: { value: 'unfulfilled', description: 'Nothing shipped yet.' },
    PARTIALLY_FULFILLED: { value: 'partially_fulfilled', description: 'Some lines shipped.' },
    FULFILLED: { value: 'fulfilled', description: 'Everything shipped.' },
  } as const,
});

const TransactionStatus = builder.enumType('TransactionStatus', {
  description: 'The outcome of a charge.',
  values: {
    PENDING: { value: 'pending', description: 'Being processed.' },
    SUCCEEDED: { value: 'succeeded', description: 'Charged.' },
    FAILED: { value: 'failed', description: 'The charge failed.' },
    REFUNDED: { value: 'refunded', description: 'Refunded in full.' },
    PARTIALLY_REFUNDED: { value: 'partially_refunded', description: 'Refunded in part.' },
  } as const,
});

const PaymentSubscriptionStatus = builder.enumType('PaymentSubscriptionStatus', {
  description: 'Where a subscription is in its life (the payment provider’s statuses).',
  values: {
    INCOMPLETE: { value: 'incomplete', description: 'The first charge has not gone through yet.' },
    INCOMPLETE_EXPIRED: { value: 'incomplete_expired', description: 'The first charge never went through.' },
    TRIALING: { value: 'trialing', description: 'In its free trial.' },
    ACTIVE: { value: 'active', description: 'Charging as agreed.' },
    PAST_DUE: { value: 'past_due', description: 'The latest charge failed.' },
    UNPAID: { value: 'unpaid', description: 'Charges failed and stopped being retried.' },
    CANCELED: { value: 'canceled', description: 'Cancelled.' },
    PAUSED: { value: 'paused', description: 'Paused.' },
  } as const,
});

const PaymentMode = builder.enumType('PaymentMode', {
  description: 'Live payments or test-mode ones.',
  values: {
    LIVE: { value: 'live', description: 'Live payments.' },
    TEST: { value: 'test', description: 'Test-mode payments.' },
  } as const,
});

/** The contact a record names, from what it embeds when that suffices. */
const contactOf = (record: Pick<GhlOrder, 'altId' | 'contactId' | 'contactName' | 'contactEmail'>, _: unknown, ctx: GatewayContext) =>
  payments.contactOfPayment(ctx, record);
const CONTACT_DESCRIPTION = 'The contact who paid. Its name and email cost no extra call when read from a list.';
/** What a payment list item embeds of its contact (see contactOfPayment); anything else reads the contact. */
const contactCost = cost.embedded(['id', 'ghlId', 'locationId', 'name', 'email'], cost.byId());

const OrderItemRef = builder.objectRef<GhlOrderItem>('OrderItem').implement({
  description: 'One line of an order.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { description: 'GHL id of the line.' }),
    name: t.exposeString('name', { description: 'What was ordered.' }),
    qty: t.exposeFloat('qty', { description: 'Quantity.' }),
    productId: t.string({ description: 'GHL id of the product.', resolve: (item) => item.product?._id ?? null }),
    productName: t.string({ description: 'Name of the product.', resolve: (item) => item.product?.name ?? null }),
    priceId: t.string({ description: 'GHL id of the price; what a fulfillment names.', resolve: (item) => item.price?._id ?? null }),
    priceName: t.string({ description: 'Name of the price.', resolve: (item) => item.price?.name ?? null }),
    unitAmount: t.float({ description: 'Price of one unit, in currency units.', resolve: (item) => item.price?.amount ?? null }),
    currency: t.string({ description: 'Currency code of the unit amount.', resolve: (item) => item.price?.currency ?? null }),
  }),
});

const OrderSourceRef = builder.objectRef<NonNullable<GhlOrder['source']>>('OrderSource').implement({
  description: 'Where an order came from (a funnel, the store, an invoice, ...).',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'Kind of source, e.g. `funnel`, `website`, `invoice`.' }),
    subType: t.exposeString('subType', { description: 'Finer kind, e.g. `store`, `one_step_order_form`.' }),
    ghlId: t.exposeString('id', { description: 'GHL id of the source (the invoice id, for an invoice).' }),
    name: t.exposeString('name', { description: 'Name of the source.' }),
  }),
});

/** A list item flattens its source and sums; a single order nests them. Both read the same. */
const sourceOf = (order: GhlOrder) =>
  order.source ??
  (order.sourceType || order.sourceId
    ? { type: order.sourceType, subType: order.sourceSubType, id: order.sourceId, name: order.sourceName }
    : null);

export const OrderRef = builder.objectRef<GhlOrder>('Order');

locatedNode(OrderRef, {
  description: 'An order placed with a location: through a funnel, its store, an invoice, ...',
  loadInLocation: (key, ctx) => ctx.loaders.order.load(key),
  ghlIdOf: (order) => order._id,
  locationIdOf: (order) => order.altId,
  locationId: { nullable: true },
  location: { description: 'The location it belongs to.' },
  fields: (t) => ({
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact who ordered.' }),
    contact: t.field({ type: ContactRef, description: CONTACT_DESCRIPTION, extensions: { cost: contactCost }, resolve: contactOf }),
    status: t.field({
      type: OrderStatus,
      description: 'Where it is in its life; null for a status this gateway does not know.',
      resolve: (order) => known(orderStatuses, order.status),
    }),
    fulfillmentStatus: t.field({
      type: FulfillmentStatus,
      description: 'How much has shipped; null for a status this gateway does not know.',
      resolve: (order) => known(fulfillmentStatuses, order.fulfillmentStatus),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payment.' }),
    currency: t.exposeString('currency', { description: 'Currency code of the amounts.' }),
    amount: t.exposeFloat('amount', { description: 'Total, in currency units.' }),
    subtotal: t.float({
      description: 'Sum of the lines before the discount.',
      resolve: (order) => order.amountSummary?.subtotal ?? order.subtotal ?? null,
    }),
    discount: t.float({
      description: 'Discount taken off.',
      resolve: (order) => order.amountSummary?.discount ?? order.discount ?? null,
    }),
    source: t.field({ type: OrderSourceRef, description: 'Where it came from.', resolve: sourceOf }),
    items: t.field({
      type: [OrderItemRef],
      description: 'The lines. A list leaves them out: null there, read through `order(id:)`.',
      resolve: (order) => order.items ?? null,
    }),
    totalProducts: t.int({
      description: 'How many lines it has.',
      resolve: (order) => order.totalProducts ?? order.items?.length ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was placed.', resolve: (order) => dateOf(order.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (order) => dateOf(order.updatedAt) }),
  }),
});

const TrackingRef = builder.objectRef<GhlFulfillmentTracking>('FulfillmentTracking').implement({
  description: 'How a shipment can be followed.',
  fields: (t) => ({
    trackingNumber: t.exposeString('trackingNumber', { description: 'The carrier’s tracking number.' }),
    shippingCarrier: t.exposeString('shippingCarrier', { description: 'The carrier.' }),
    trackingUrl: t.exposeString('trackingUrl', { description: 'Where to follow it.' }),
  }),
});

const FulfilledItemRef = builder.objectRef<GhlFulfillment['items'][number]>('FulfilledItem').implement({
  description: 'A line shipped by a fulfillment.',
  fields: (t) => ({
    priceId: t.exposeString('_id', { description: 'GHL id of the price shipped.' }),
    name: t.exposeString('name', { description: 'What was shipped.' }),
    qty: t.exposeFloat('qty', { description: 'How many.' }),
  }),
});

const FulfillmentRef = builder.objectRef<GhlFulfillment>('Fulfillment').implement({
  description: 'A shipment of some or all of an order’s lines.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    trackings: t.field({
      type: [TrackingRef],
      nullable: false,
      description: 'How to follow it.',
      resolve: (fulfillment) => fulfillment.trackings ?? [],
    }),
    items: t.field({
      type: [FulfilledItemRef],
      nullable: false,
      description: 'The lines shipped.',
      resolve: (fulfillment) => fulfillment.items ?? [],
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was recorded.', resolve: (fulfillment) => dateOf(fulfillment.createdAt) }),
  }),
});

export const TransactionRef = builder.objectRef<GhlTransaction>('Transaction');

locatedNode(TransactionRef, {
  description: 'A charge (or its refund) taken by a location.',
  loadInLocation: (key, ctx) => ctx.loaders.transaction.load(key),
  ghlIdOf: (transaction) => transaction._id,
  locationIdOf: (transaction) => transaction.altId,
  locationId: { nullable: true },
  location: { description: 'The location it belongs to.' },
  fields: (t) => ({
    contactId: t.exposeString('contactId', { description: 'GHL id of the contact charged.' }),
    contact: t.field({ type: ContactRef, description: CONTACT_DESCRIPTION, extensions: { cost: contactCost }, resolve: contactOf }),
    status: t.field({
      type: TransactionStatus,
      description: 'The outcome; null for a status this gateway does not know.',
      resolve: (transaction) => known(transactionStatuses, transaction.status),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payment.' }),
    currency: t.exposeString('currency', { description: 'Currency code of the amounts.' }),
    amount: t.exposeFloat('amount', { description: 'Amount charged, in currency units.' }),
    amountRefunded: t.exposeFloat('amountRefunded', { description: 'Amount refunded since.' }),
    entityType: t.exposeString('entityType', { description: 'What it pays for, e.g. `order`.' }),
    entityId: t.exposeString('entityId', { description: 'GHL id of what it pays for (the order id, for an order).' }),
    order: t.field({
      type: OrderRef,
      description: 'The order it pays for, when it pays for one.',
      extensions: { cost: cost.byId() },
      resolve: (transaction, _, ctx) =>
        transaction.entityType === 'order' && transaction.entityId
          ? ctx.loaders.order.load({ locationId: transaction.altId, id: transaction.entityId })
          : null,
    }),
    sourceType: t.string({
      description: 'Kind of source it came from, e.g. `funnel`, `invoice`.',
      resolve: (transaction) => transaction.entitySource?.type ?? transaction.entitySourceType ?? null,
    }),
    sourceName: t.string({
      description: 'Name of the source.',
      resolve: (transaction) => transaction.entitySource?.name ?? transaction.entitySourceName ?? null,
    }),
    invoiceId: t.exposeString('invoiceId', { description: 'GHL id of the invoice it settled, where GHL gives it.' }),
    subscriptionId: t.exposeString('subscriptionId', { description: 'The payment provider’s id of the subscription it charged for.' }),
    chargeId: t.exposeString('chargeId', { description: 'The payment provider’s id of the charge.' }),
    paymentProvider: t.string({
      description: 'The payment provider, e.g. `stripe`.',
      resolve: (transaction) => transaction.paymentProvider?.type ?? transaction.paymentProviderType ?? null,
    }),
    cardBrand: t.string({ description: 'Brand of the card charged.', resolve: (transaction) => transaction.paymentMethod?.card?.brand ?? null }),
    cardLast4: t.string({ description: 'Last four digits of the card charged.', resolve: (transaction) => transaction.paymentMethod?.card?.last4 ?? null }),
    fulfilledAt: t.field({ type: 'DateTime', description: 'When it was charged.', resolve: (transaction) => dateOf(transaction.fulfilledAt) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (transaction) => dateOf(transaction.createdAt) }),
  }),
});

export const PaymentSubscriptionRef = builder.objectRef<GhlSubscription>('PaymentSubscription');

locatedNode(PaymentSubscriptionRef, {
  description: 'A contact’s recurring payment to a location.',
  loadInLocation: (key, ctx) => ctx.loaders.subscription.load(key),
  ghlIdOf: (subscription) => subscription._id,
  locationIdOf: (subscription) => subscription.altId,
  locationId: { nullable: true },
  location: { description: 'The location it pays.' },
  fields: (t) => ({
    contactId: t.exposeString('contactId', { description: 'GHL id of the subscriber.' }),
    contact: t.field({ type: ContactRef, description: CONTACT_DESCRIPTION, extensions: { cost: contactCost }, resolve: contactOf }),
    status: t.field({
      type: PaymentSubscriptionStatus,
      description: 'Where it is in its life; null for a status this gateway does not know.',
      resolve: (subscription) => known(subscriptionStatuses, subscription.status),
    }),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payments.' }),
    currency: t.exposeString('currency', { description: 'Currency code of the amount.' }),
    amount: t.exposeFloat('amount', { description: 'Amount charged each period, in currency units.' }),
    providerSubscriptionId: t.exposeString('subscriptionId', {
      description: 'The payment provider’s id; what `transactions(subscriptionId:)` filters by.',
    }),
    paymentProvider: t.string({
      description: 'The payment provider, e.g. `stripe`.',
      resolve: (subscription) => subscription.paymentProvider?.type ?? subscription.paymentProviderType ?? null,
    }),
    entityId: t.exposeString('entityId', { description: 'GHL id of what started it (the order id, for an order).' }),
    order: t.field({
      type: OrderRef,
      description: 'The order that started it, when an order did.',
      extensions: { cost: cost.byId() },
      resolve: (subscription, _, ctx) =>
        subscription.entityType === 'order' && subscription.entityId
          ? ctx.loaders.order.load({ locationId: subscription.altId, id: subscription.entityId })
          : null,
    }),
    sourceType: t.string({
      description: 'Kind of source it came from, e.g. `funnel`.',
      resolve: (subscription) => subscription.entitySource?.type ?? subscription.entitySourceType ?? null,
    }),
    sourceName: t.string({
      description: 'Name of the source.',
      resolve: (subscription) => subscription.entitySource?.name ?? subscription.entitySourceName ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it started.', resolve: (subscription) => dateOf(subscription.createdAt) }),
  }),
});

const OrderNoteRef = builder.objectRef<GhlOrderNote>('OrderNote').implement({
  description: 'A note written on an order (a payment recorded with notes adds one).',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    text: t.exposeString('text', { description: 'What it says.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (note) => dateOf(note.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (note) => dateOf(note.updatedAt) }),
  }),
});

builder.objectFields(OrderRef, (t) => ({
  fulfillments: t.field({
    type: [FulfillmentRef],
    nullable: false,
    description: 'Its shipments, oldest first: one call per order, however often it is asked for.',
    extensions: { cost: cost.byId() },
    resolve: (order, _, ctx) => ctx.loaders.orderFulfillments.load({ locationId: order.altId, id: order._id }),
  }),
  notes: t.field({
    type: [OrderNoteRef],
    nullable: false,
    description: 'Notes written on it, oldest first: one call per order, however often it is asked for.',
    extensions: { cost: cost.byId() },
    resolve: (order, _, ctx) => ctx.loaders.orderNotes.load({ locationId: order.altId, id: order._id }),
  }),
}));

// Inputs

const FulfillmentTrackingInput = builder.inputType('FulfillmentTrackingInput', {
  description: 'How a shipment can be followed.',
  fields: (t) => ({
    trackingNumber: t.string({ description: 'The carrier’s tracking number.' }),
    shippingCarrier: t.string({ description: 'The carrier, e.g. "FedEx".' }),
    trackingUrl: t.field({ type: 'URL', description: 'Where to follow it.' }),
  }),
});

const FulfillmentItemInput = builder.inputType('FulfillmentItemInput', {
  description: 'A line of the order being shipped, by its price.',
  fields: (t) => ({
    priceId: t.id({ required: true, description: 'GHL id of the line’s price (`OrderItem.priceId`).' }),
    qty: t.int({ required: true, description: 'How many ship; at least 1, at most what is left of the line.' }),
  }),
});

const CreateFulfillmentInput = builder.inputType('CreateFulfillmentInput', {
  description: 'A shipment of some or all of an order’s lines.',
  fields: (t) => ({
    trackings: t.field({ type: [FulfillmentTrackingInput], required: true, description: 'How to follow it; may be empty.' }),
    items: t.field({ type: [FulfillmentItemInput], required: true, description: 'The lines shipped; at least one.' }),
    notifyCustomer: t.boolean({ description: 'Tell the contact it shipped (default false).' }),
  }),
});

const CreateFulfillmentPayload = builder
  .objectRef<{ fulfillment: GhlFulfillment; order: payments.PaymentRef }>('CreateOrderFulfillmentPayload')
  .implement({
    description: 'The fulfillment recorded, and its order after it.',
    fields: (t) => ({
      fulfillment: t.expose('fulfillment', { type: FulfillmentRef, nullable: false, description: 'The fulfillment.' }),
      order: t.field({
        type: OrderRef,
        nullable: false,
        description: 'The order, its fulfillment status as it is now.',
        // The write cleared it: read again.
        extensions: { cost: cost.byId() },
        resolve: (payload, _, ctx) => ctx.loaders.order.load(payload.order),
      }),
    }),
  });

// Fields

const OrderConnection = connectionOf(OrderRef, { noun: 'order' });
const TransactionConnection = connectionOf(TransactionRef, { noun: 'transaction' });
const PaymentSubscriptionConnection = connectionOf(PaymentSubscriptionRef, { noun: 'subscription' });

builder.queryFields((t) => {
  // A fresh set per field: Pothos binds each argument to the field it is declared on.
  const listArgs = () => ({
    locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    contactId: t.arg.id({ description: 'Only those of this contact (Contact id or GHL contact id).' }),
    paymentMode: t.arg({ type: PaymentMode, description: 'Only live or only test-mode payments.' }),
    startAt: t.arg({ type: 'Date', description: 'Only those created on or after this day.' }),
    endAt: t.arg({ type: 'Date', description: 'Only those created on or before this day.' }),
    query: t.arg.string({ description: 'Matches the id, or the contact’s name or email.' }),
  });
  return {
    order: t.field({
      type: OrderRef,
      description: 'One order, with its lines.',
      extensions: { cost: cost.byId() },
      args: {
        id: t.arg.id({ required: true, description: 'Order id or GHL order id.' }),
        locationId: t.arg.id({ description: 'Its location, for a GHL order id; defaults to the configured location.' }),
      },
      resolve: (_, args, ctx) => payments.getOrder(ctx, args.id, args.locationId ?? null),
    }),
    orders: t.connection({
      type: OrderRef,
      description: 'Orders of a location, newest first, optionally filtered.',
      extensions: { cost: cost.listPage() },
      args: {
        ...listArgs(),
        status: t.arg({ type: OrderStatus, description: 'Only orders in this status.' }),
        paymentStatus: t.arg({ type: OrderPaymentStatus, description: 'Only orders paid this much.' }),
      },
      resolve: (_, args, ctx) => payments.listOrders(ctx, args),
    }, OrderConnection),
    transaction: t.field({
      type: TransactionRef,
      description: 'One transaction.',
      extensions: { cost: cost.byId() },
      args: {
        id: t.arg.id({ required: true, description: 'Transaction id or GHL transaction id.' }),
        locationId: t.arg.id({ description: 'Its location, for a GHL transaction id; defaults to the configured location.' }),
      },
      resolve: (_, args, ctx) => payments.getTransaction(ctx, args.id, args.locationId ?? null),
    }),
    transactions: t.connection({
      type: TransactionRef,
      description: 'Transactions of a location, newest first, optionally filtered.',
      extensions: { cost: cost.listPage() },
      args: {
        ...listArgs(),
        entityId: t.arg.string({ description: 'Only those paying for this GHL record (an order id, ...).' }),
        subscriptionId: t.arg.string({ description: 'Only charges of this subscription (its `providerSubscriptionId`).' }),
      },
      resolve: (_, args, ctx) => payments.listTransactions(ctx, args),
    }, TransactionConnection),
    paymentSubscription: t.field({
      type: PaymentSubscriptionRef,
      description: 'One subscription (recurring payment).',
      extensions: { cost: cost.byId() },
      args: {
        id: t.arg.id({ required: true, description: 'PaymentSubscription id or GHL subscription id.' }),
        locationId: t.arg.id({ description: 'Its location, for a GHL subscription id; defaults to the configured location.' }),
      },
      resolve: (_, args, ctx) => payments.getSubscription(ctx, args.id, args.locationId ?? null),
    }),
    paymentSubscriptions: t.connection({
      type: PaymentSubscriptionRef,
      description: 'Subscriptions (recurring payments) of a location, newest first, optionally filtered.',
      extensions: { cost: cost.listPage() },
      args: listArgs(),
      resolve: (_, args, ctx) => payments.listSubscriptions(ctx, args),
    }, PaymentSubscriptionConnection),
  };
});

const OrderCardBrand = builder.enumType('OrderCardBrand', {
  description: 'The brand of a card an order was paid with, as GHL records it.',
  values: {
    VISA: { value: 'visa', description: 'Visa.' },
    MASTERCARD: { value: 'mastercard', description: 'Mastercard.' },
    OTHER: { value: 'other', description: 'Any other brand.' },
  } as const,
});

const OrderPaymentCardInput = builder.inputType('OrderPaymentCardInput', {
  description: 'The card an order was paid with.',
  fields: (t) => ({
    brand: t.field({ type: OrderCardBrand, required: true, description: 'Card brand.' }),
    last4: t.string({ required: true, description: 'Last four digits.' }),
  }),
});

const RecordOrderPaymentInput = builder.inputType('RecordOrderPaymentInput', {
  description: 'A payment of an order received outside GHL’s checkout.',
  fields: (t) => ({
    mode: t.field({ type: ManualPaymentMode, required: true, description: 'How it was paid.' }),
    amount: t.float({ description: 'Amount paid; greater than 0, at most the order’s amount.' }),
    partial: t.boolean({ description: 'It pays part of the order (the order stays open); in full when left out.' }),
    notes: t.string({ description: 'Note kept with the payment.' }),
    card: t.field({ type: OrderPaymentCardInput, description: 'The card, for mode CARD.' }),
    cheque: t.field({ type: PaymentChequeInput, description: 'The cheque, for mode CHEQUE.' }),
  }),
});

const RecordOrderPaymentPayload = builder.objectRef<{ success: boolean; order: payments.PaymentRef }>('RecordOrderPaymentPayload').implement({
  description: 'The payment recorded, and the order after it.',
  fields: (t) => ({
    success: t.exposeBoolean('success', { nullable: false, description: 'GHL recorded the payment.' }),
    order: t.field({
      type: OrderRef,
      nullable: false,
      description: 'The order, read again after the payment.',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.order.load(payload.order),
    }),
  }),
});

builder.mutationFields((t) => ({
  recordOrderPayment: t.field({
    type: RecordOrderPaymentPayload,
    nullable: false,
    description: 'Record a payment of an order made outside GHL’s checkout (cash, cheque, ...).',
    args: {
      id: t.arg.id({ required: true, description: 'Order id or GHL order id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL order id; defaults to the configured location.' }),
      input: t.arg({ type: RecordOrderPaymentInput, required: true, description: 'The payment.' }),
    },
    extensions: { cost: cost.perParent(1) },
    resolve: async (_, args, ctx) => {
      const order = payments.paymentRefOf(ctx, 'Order', args.id, args.locationId ?? null);
      return { ...(await payments.recordOrderPayment(ctx, order, args.input)), order };
    },
  }),
  createOrderFulfillment: t.field({
    type: CreateFulfillmentPayload,
    nullable: false,
    description: 'Record the shipment of some or all of an order’s lines.',
    args: {
      id: t.arg.id({ required: true, description: 'Order id or GHL order id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL order id; defaults to the configured location.' }),
      input: t.arg({ type: CreateFulfillmentInput, required: true, description: 'The shipment.' }),
    },
    resolve: async (_, args, ctx) => {
      const order = payments.paymentRefOf(ctx, 'Order', args.id, args.locationId ?? null);
      return { fulfillment: await payments.createOrderFulfillment(ctx, order, args.input), order };
    },
  }),
}));
