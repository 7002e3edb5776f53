/**
 * The payments API (payments.json): a location's orders, their fulfillments, transactions and
 * subscriptions. GHL reaches each through its owner (`altId`, `altType=location`) and names ids
 * `_id`. Lists page by `limit`/`offset` under `data` with a `totalCount`. A list item embeds its
 * contact's id, name and email; a single order or transaction carries a `contactSnapshot` instead.
 * Amounts are in currency units (100.5 is $100.50), in the record's `currency`.
 */
import { define, fromSpec } from '../operation.ts';

/** ListOrders' `paymentStatus` filter. */
export const orderPaymentStatuses = ['paid', 'unpaid', 'refunded', 'partially_paid'] as const;
export type GhlOrderPaymentStatus = (typeof orderPaymentStatuses)[number];

/**
 * Order and transaction statuses, as GHL's examples and webhook docs show them; the spec types
 * them as bare strings.
 */
export const orderStatuses = ['pending', 'completed', 'cancelled', 'refunded', 'partially_refunded'] as const;

export const fulfillmentStatuses = ['unfulfilled', 'partially_fulfilled', 'fulfilled'] as const;

export const transactionStatuses = ['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded'] as const;

export const subscriptionStatuses = [
  'incomplete_expired', 'incomplete', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused',
] as const;

/** Payment modes GHL filters by. */
export const paymentModes = ['live', 'test'] as const;
export type GhlPaymentMode = (typeof paymentModes)[number];

/** Contact details copied onto an order or transaction: snake_case in GHL's example, camelCase in its webhooks. */
export type GhlContactSnapshot = Record<string, unknown>;

export interface GhlOrderSource {
  type?: string;
  subType?: string;
  id?: string;
  name?: string;
  meta?: Record<string, unknown>;
}

/** An order line: the spec types it as a string; GHL's example and webhooks show an object. */
export interface GhlOrderItem {
  _id?: string;
  name?: string;
  qty?: number;
  product?: { _id?: string; name?: string; productType?: string };
  price?: { _id?: string; name?: string; amount?: number; currency?: string; type?: string };
}

export interface GhlOrder {
  _id: string;
  altId: string;
  altType?: string;
  contactId?: string;
  /** List items only. */
  contactName?: string;
  contactEmail?: string;
  /** Single orders only. */
  contactSnapshot?: GhlContactSnapshot;
  currency?: string;
  amount?: number;
  subtotal?: number;
  discount?: number;
  amountSummary?: { subtotal?: number; discount?: number; tax?: number; shipping?: number };
  status?: string;
  fulfillmentStatus?: string;
  liveMode?: boolean;
  totalProducts?: number;
  sourceType?: string;
  sourceSubType?: string;
  sourceName?: string;
  sourceId?: string;
  source?: GhlOrderSource;
  items?: GhlOrderItem[];
  couponCode?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlFulfillmentTracking {
  trackingNumber?: string;
  shippingCarrier?: string;
  trackingUrl?: string;
}

export interface GhlFulfillment {
  _id: string;
  altId: string;
  altType?: string;
  trackings: GhlFulfillmentTracking[];
  items: { _id: string; name?: string; qty?: number; price?: { _id?: string }; product?: { _id?: string } }[];
  createdAt?: string;
  updatedAt?: string;
}

/** An order's note, as openapi/overrides.ts declares it (the file declares no answer). */
export interface GhlOrderNote {
  _id: string;
  text?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

export interface GhlTransaction {
  _id: string;
  altId: string;
  altType?: string;
  contactId?: string;
  contactName?: string;
  contactEmail?: string;
  contactSnapshot?: GhlContactSnapshot;
  currency?: string;
  amount?: number;
  amountRefunded?: number;
  status?: string;
  liveMode?: boolean;
  entityType?: string;
  entityId?: string;
  entitySourceType?: string;
  entitySourceSubType?: string;
  entitySourceName?: string;
  entitySourceId?: string;
  entitySource?: { type?: string; subType?: string; id?: string; name?: string };
  invoiceId?: string;
  subscriptionId?: string;
  chargeId?: string;
  paymentProviderType?: string;
  paymentProvider?: { type?: string };
  paymentMethod?: { card?: { brand?: string; last4?: string } } & Record<string, unknown>;
  fulfilledAt?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlSubscription {
  _id: string;
  altId: string;
  altType?: string;
  contactId?: string;
  /** List items only. */
  contactName?: string;
  contactEmail?: string;
  /** A single subscription only. */
  contactSnapshot?: GhlContactSnapshot;
  entitySource?: { type?: string; subType?: string; id?: string; name?: string };
  paymentProvider?: { type?: string };
  currency?: string;
  amount?: number;
  status?: string;
  liveMode?: boolean;
  entityType?: string;
  entityId?: string;
  entitySourceType?: string;
  entitySourceName?: string;
  entitySourceId?: string;
  subscriptionId?: string;
  paymentProviderType?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GhlPage<T> {
  data: T[];
  totalCount?: number;
}

/** CreateCustomProvidersResponseSchema: a location's custom payment provider (a marketplace app's integration). */
export interface GhlCustomProvider {
  _id: string;
  locationId: string;
  name: string;
  description?: string;
  paymentsUrl?: string;
  queryUrl?: string;
  imageUrl?: string;
  marketplaceAppId?: string;
  deleted?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** IntegrationProviderSchema: a white-label payment provider (Authorize.net or NMI) under a location's own title. */
export interface GhlIntegrationProvider {
  _id: string;
  altId: string;
  title?: string;
  /** Its unique name in the location. */
  route?: string;
  provider?: string;
  description?: string;
  imageUrl?: string;
  createdAt?: string;
  updatedAt?: string;
}

export const paymentOperations = {
  listIntegrationProviders: define<{ providers: GhlIntegrationProvider[] }>()({
    lists: { providers: 'records' },
    ...fromSpec('paymentsListIntegrationProviders'),
    location: { in: 'query', name: 'altId' },
  }),
  createIntegrationProvider: define<GhlIntegrationProvider>()({
    ...fromSpec('paymentsCreateIntegrationProvider'),
    location: { in: 'body', name: 'altId' },
  }),
  createCustomProvider: define<GhlCustomProvider>()({
    ...fromSpec('paymentsCreateIntegration'),
    location: { in: 'query', name: 'locationId' },
  }),
  deleteCustomProvider: define<{ success: boolean }>()({
    ...fromSpec('paymentsDeleteIntegration'),
    location: { in: 'query', name: 'locationId' },
  }),
  connectCustomProvider: define<GhlCustomProvider>()({
    ...fromSpec('paymentsCreateConfig'),
    location: { in: 'query', name: 'locationId' },
  }),
  disconnectCustomProvider: define<{ success: boolean }>()({
    ...fromSpec('paymentsDisconnectConfig'),
    location: { in: 'query', name: 'locationId' },
  }),
  /** The file names the location (or company) in the body, both optional: the app may update its capabilities for all. */
  updateCustomProviderCapabilities: define<{ success: boolean }>()({
    ...fromSpec('paymentsCustomProviderMarketplaceAppUpdateCapabilities'),
    location: { in: 'body', name: 'locationId', optional: true },
  }),
  getCustomProvider: define<GhlCustomProvider>()({
    ...fromSpec('paymentsFetchConfig'),
    location: { in: 'query', name: 'locationId' },
  }),
  listOrders: define<GhlPage<GhlOrder>>()({
    lists: { data: 'records' },
    ...fromSpec('paymentsListOrders'),
    location: { in: 'query', name: 'altId' },
  }),
  getOrder: define<GhlOrder>()({
    ...fromSpec('paymentsGetOrderById'),
    location: { in: 'query', name: 'altId' },
  }),
  createOrderFulfillment: define<{ status: boolean; data: GhlFulfillment }>()({
    ...fromSpec('paymentsCreateOrderFulfillment'),
    location: { in: 'body', name: 'altId' },
  }),
  listTransactions: define<GhlPage<GhlTransaction>>()({
    lists: { data: 'records' },
    ...fromSpec('paymentsListTransactions'),
    location: { in: 'query', name: 'altId' },
  }),
  getTransaction: define<GhlTransaction>()({
    ...fromSpec('paymentsGetTransactionById'),
    location: { in: 'query', name: 'altId' },
  }),
  recordOrderPayment: define<{ success?: boolean }>()({
    ...fromSpec('paymentsRecordOrderPayment'),
    location: { in: 'body', name: 'altId' },
  }),
  listOrderFulfillments: define<{ status?: boolean; data: GhlFulfillment[] }>()({
    lists: { data: 'records', 'data[].trackings': 'records', 'data[].items': 'records' },
    ...fromSpec('paymentsListOrderFulfillment'),
    location: { in: 'query', name: 'altId' },
  }),
  listOrderNotes: define<{ status?: boolean; data: GhlOrderNote[] }>()({
    lists: { data: 'records' },
    ...fromSpec('paymentsListOrderNotes'),
    location: { in: 'query', name: 'altId' },
  }),
  getSubscription: define<GhlSubscription>()({
    ...fromSpec('paymentsGetSubscriptionById'),
    location: { in: 'query', name: 'altId' },
  }),
  listSubscriptions: define<GhlPage<GhlSubscription>>()({
    lists: { data: 'records' },
    ...fromSpec('paymentsListSubscriptions'),
    location: { in: 'query', name: 'altId' },
  }),
};
