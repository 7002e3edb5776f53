/**
 * Orders, their fulfillments, transactions and subscriptions (payments.json). GHL names ids `_id`
 * and owners `altId`/`altType`; the store keys records by `id`. A record keeps the contact's
 * details as they were when it was made (`contactSnapshot`, camelCase as in the webhook docs):
 * a list answers with its name and email, a single record with the whole snapshot.
 * Amounts are in currency units, rounded to the cent.
 */

export interface ContactSnapshot {
  id: string;
  locationId: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  companyName?: string;
}

/** OrderSource */
export interface PaymentSource {
  type: string;
  subType?: string;
  id: string;
  name?: string;
}

export interface OrderItem {
  _id: string;
  name: string;
  qty: number;
  product: { _id: string; name: string; productType: string };
  price: { _id: string; name: string; amount: number; currency: string; type: 'one_time' | 'recurring' };
}

export type OrderStatus = 'pending' | 'completed' | 'cancelled' | 'refunded';
export type OrderPaymentStatus = 'paid' | 'unpaid' | 'refunded' | 'partially_paid';
export type FulfillmentStatus = 'unfulfilled' | 'partially_fulfilled' | 'fulfilled';

export interface Order {
  id: string;
  altId: string;
  altType: 'location';
  contactId: string;
  contactSnapshot: ContactSnapshot;
  currency: string;
  amount: number;
  amountSummary: { subtotal: number; discount: number };
  status: OrderStatus;
  paymentStatus: OrderPaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  liveMode: boolean;
  source: PaymentSource;
  items: OrderItem[];
  createdAt: string;
  updatedAt: string;
}

/** FulfillmentSchema; `orderId` is the sandbox's link to its order. */
export interface Fulfillment {
  id: string;
  orderId: string;
  altId: string;
  altType: 'location';
  trackings: Array<{ trackingNumber?: string; shippingCarrier?: string; trackingUrl?: string }>;
  items: Array<{ _id: string; name: string; qty: number; product: OrderItem['product']; price: OrderItem['price'] }>;
  notifyCustomer: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A note on an order (the shape openapi/overrides.ts declares for GET .../notes, whose answer the
 * file leaves out): what was written, when; `orderId` links it to its order.
 */
export interface OrderNote {
  id: string;
  orderId: string;
  altId: string;
  altType: 'location';
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface Transaction {
  id: string;
  altId: string;
  altType: 'location';
  contactId: string;
  contactSnapshot: ContactSnapshot;
  currency: string;
  amount: number;
  amountRefunded: number;
  status: 'succeeded' | 'failed' | 'refunded' | 'partially_refunded' | 'pending';
  liveMode: boolean;
  entityType: 'order';
  entityId: string;
  entitySource: PaymentSource;
  invoiceId?: string;
  subscriptionId?: string;
  chargeId: string;
  paymentProvider: { type: 'stripe' };
  paymentMethod: { card: { brand: string; last4: string } };
  fulfilledAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface Subscription {
  id: string;
  altId: string;
  altType: 'location';
  contactId: string;
  contactSnapshot: ContactSnapshot;
  currency: string;
  amount: number;
  status: 'active' | 'trialing' | 'past_due' | 'canceled';
  liveMode: boolean;
  entityType: 'order';
  entityId: string;
  entitySource: PaymentSource;
  /** The provider's id, as Stripe gives it. */
  subscriptionId: string;
  paymentProviderType: 'stripe';
  canceledAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** OrderResponseSchema: a list item, its contact and source flattened. */
export function orderListItem(order: Order) {
  return {
    _id: order.id,
    altId: order.altId,
    altType: order.altType,
    contactId: order.contactId,
    contactName: order.contactSnapshot.name,
    contactEmail: order.contactSnapshot.email,
    currency: order.currency,
    amount: order.amount,
    subtotal: order.amountSummary.subtotal,
    discount: order.amountSummary.discount,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    liveMode: order.liveMode,
    totalProducts: order.items.length,
    sourceType: order.source.type,
    sourceSubType: order.source.subType,
    sourceName: order.source.name,
    sourceId: order.source.id,
    onetimeProducts: order.items.filter((item) => item.price.type === 'one_time').length,
    recurringProducts: order.items.filter((item) => item.price.type === 'recurring').length,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

/** GetOrderResponseSchema */
export function orderBody(order: Order) {
  const { id, ...rest } = order;
  return { _id: id, ...rest };
}

/** TxnResponseSchema: a list item. */
export function transactionListItem(transaction: Transaction) {
  const { id, contactSnapshot, entitySource, paymentProvider, invoiceId, ...rest } = transaction;
  return {
    _id: id,
    ...rest,
    contactName: contactSnapshot.name,
    contactEmail: contactSnapshot.email,
    entitySourceType: entitySource.type,
    entitySourceSubType: entitySource.subType,
    entitySourceName: entitySource.name,
    entitySourceId: entitySource.id,
    paymentProviderType: paymentProvider.type,
  };
}

/** GetTxnResponseSchema */
export function transactionBody(transaction: Transaction) {
  const { id, paymentMethod, fulfilledAt, ...rest } = transaction;
  return { _id: id, ...rest };
}

/** GetSubscriptionResponseSchema: one subscription, its contact and source as GHL keeps them, the provider apart. */
export function subscriptionBody(subscription: Subscription) {
  const { id, paymentProviderType, ...rest } = subscription;
  return { _id: id, ...rest, paymentProvider: { type: paymentProviderType } };
}

/** FulfillmentSchema: the fulfillment without the sandbox's link to its order. */
export function fulfillmentBody(fulfillment: Fulfillment) {
  const { id, orderId: _orderId, notifyCustomer: _notify, ...rest } = fulfillment;
  return { _id: id, ...rest };
}

export function orderNoteBody(note: OrderNote) {
  const { id, ...rest } = note;
  return { _id: id, ...rest };
}

/** SubscriptionResponseSchema */
export function subscriptionListItem(subscription: Subscription) {
  const { id, contactSnapshot, entitySource, canceledAt, ...rest } = subscription;
  return {
    _id: id,
    ...rest,
    contactName: contactSnapshot.name,
    contactEmail: contactSnapshot.email,
    entitySourceType: entitySource.type,
    entitySourceName: entitySource.name,
    entitySourceId: entitySource.id,
  };
}

/** A location's custom payment provider (CreateCustomProvidersResponseSchema): where GHL sends its payments. */
export interface CustomProvider {
  id: string;
  locationId: string;
  name: string;
  description: string;
  paymentsUrl: string;
  queryUrl: string;
  imageUrl: string;
  supportsSubscriptionSchedule: boolean;
  /** The provider's keys for live and test payments, once connected; never answered back. */
  keys: { live?: ProviderKeys; test?: ProviderKeys };
  marketplaceAppId: string;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProviderKeys {
  apiKey: string;
  publishableKey: string;
}

export function customProviderBody(provider: CustomProvider): Omit<CustomProvider, 'id' | 'keys'> & { _id: string } {
  const { id, keys: _keys, ...rest } = provider;
  return { _id: id, ...rest };
}

/** IntegrationProviderSchema: a white-label payment provider (Authorize.net or NMI) under a location's own name. */
export interface IntegrationProvider {
  id: string;
  altId: string;
  altType: 'location';
  title: string;
  /** The provider's unique name in the location. */
  route: string;
  provider: 'authorize-net' | 'nmi';
  description: string;
  imageUrl: string;
  createdAt: string;
  updatedAt: string;
}

export function integrationProviderBody(provider: IntegrationProvider): Omit<IntegrationProvider, 'id'> & { _id: string } {
  const { id, ...rest } = provider;
  return { _id: id, ...rest };
}
