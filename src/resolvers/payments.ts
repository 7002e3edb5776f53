/**
 * Orders, their fulfillments, transactions and subscriptions: GraphQL arguments in, GHL calls
 * out, GHL payloads back. GHL reaches each through its location (`altId`, `altType=location`):
 * the owner a global id carries, else the `locationId` argument, else the configured location.
 * A list item embeds its contact's name and email, so a list card costs no contact call.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlContact } from '../ghl/api/contacts.ts';
import type {
  GhlFulfillment,
  GhlOrder,
  GhlOrderPaymentStatus,
  GhlPaymentMode,
  GhlSubscription,
  GhlTransaction,
} from '../ghl/api/payments.ts';
import { gatewayError } from '../errors.ts';
import { embeddedContact, type ContactSource } from './contacts.ts';
import { dayOf } from './dates.ts';
import { ghlIdOf, locatedIdOf, locationIdOf } from './ids.ts';
import { definedOnly } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

interface PaymentListFilter {
  locationId?: string | null;
  contactId?: string | null;
  paymentMode?: GhlPaymentMode | null;
  startAt?: Date | null;
  endAt?: Date | null;
  query?: string | null;
}

export interface OrderFilter extends PaymentListFilter {
  status?: string | null;
  paymentStatus?: GhlOrderPaymentStatus | null;
}

export interface TransactionFilter extends PaymentListFilter {
  entityId?: string | null;
  subscriptionId?: string | null;
}

export interface FulfillmentInput {
  trackings: { trackingNumber?: string | null; shippingCarrier?: string | null; trackingUrl?: URL | null }[];
  items: { priceId: string; qty: number }[];
  notifyCustomer?: boolean | null;
}

/** An order, a transaction or a subscription a GraphQL id names, and the location GHL must be told it belongs to. */
export interface PaymentRef {
  locationId: string;
  id: string;
}

export function paymentRefOf(
  ctx: GatewayContext,
  typename: 'Order' | 'Transaction' | 'PaymentSubscription',
  id: string,
  locationId: string | null | undefined,
): PaymentRef {
  return locatedIdOf(id, typename, locationId, ctx.defaultLocationId);
}

export function getOrder(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlOrder> {
  return ctx.loaders.order.load(paymentRefOf(ctx, 'Order', id, locationId));
}

export function getTransaction(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlTransaction> {
  return ctx.loaders.transaction.load(paymentRefOf(ctx, 'Transaction', id, locationId));
}

export function getSubscription(ctx: GatewayContext, id: string, locationId?: string | null): Promise<GhlSubscription> {
  return ctx.loaders.subscription.load(paymentRefOf(ctx, 'PaymentSubscription', id, locationId));
}

/** GET /payments/orders pages by limit/offset under `data`, with a `totalCount`. */
export async function listOrders(ctx: GatewayContext, args: ConnectionArgs & OrderFilter): Promise<Connection<GhlOrder>> {
  const { locationId, page, query } = listQuery(ctx, args);
  const result = await ctx.ghl.call('listOrders', {
    location: locationId,
    query: { ...query, status: args.status ?? undefined, paymentStatus: args.paymentStatus ?? undefined },
  });
  // A list item is not the whole order (no items, no snapshot): it primes nothing.
  return offsetConnection(result.data ?? [], page, result.totalCount);
}

export async function listTransactions(
  ctx: GatewayContext,
  args: ConnectionArgs & TransactionFilter,
): Promise<Connection<GhlTransaction>> {
  const { locationId, page, query } = listQuery(ctx, args);
  const result = await ctx.ghl.call('listTransactions', {
    location: locationId,
    query: { ...query, entityId: args.entityId ?? undefined, subscriptionId: args.subscriptionId ?? undefined },
  });
  return offsetConnection(result.data ?? [], page, result.totalCount);
}

export async function listSubscriptions(
  ctx: GatewayContext,
  args: ConnectionArgs & PaymentListFilter,
): Promise<Connection<GhlSubscription>> {
  const { locationId, page, query } = listQuery(ctx, args);
  const result = await ctx.ghl.call('listSubscriptions', { location: locationId, query });
  return offsetConnection(result.data ?? [], page, result.totalCount);
}

export async function createOrderFulfillment(
  ctx: GatewayContext,
  ref: PaymentRef,
  input: FulfillmentInput,
): Promise<GhlFulfillment> {
  if (input.items.length === 0) throw gatewayError('BAD_USER_INPUT', 'items must hold at least one item');
  const items = input.items.map((item, index) => {
    if (!Number.isInteger(item.qty) || item.qty < 1) {
      throw gatewayError('BAD_USER_INPUT', `items[${index}].qty must be a whole number of at least 1`);
    }
    return { priceId: ghlIdOf(item.priceId, 'Price', `items[${index}].priceId`), qty: item.qty };
  });
  const trackings = input.trackings.map((tracking) =>
    definedOnly({
      trackingNumber: tracking.trackingNumber?.trim() || undefined,
      shippingCarrier: tracking.shippingCarrier?.trim() || undefined,
      trackingUrl: tracking.trackingUrl?.href,
    }),
  );
  const { data } = await ctx.ghl.call('createOrderFulfillment', {
    path: { orderId: ref.id },
    location: ref.locationId,
    body: { trackings, items, notifyCustomer: input.notifyCustomer ?? false },
  });
  // Its fulfillment status and fulfillments moved: the next read of either asks GHL again.
  ctx.loaders.order.clear(ref);
  ctx.loaders.orderFulfillments.clear(ref);
  return data;
}

export interface OrderPaymentInput {
  mode: 'cash' | 'card' | 'cheque' | 'bank_transfer' | 'other';
  amount?: number | null;
  partial?: boolean | null;
  notes?: string | null;
  card?: { brand: 'visa' | 'mastercard' | 'other'; last4: string } | null;
  cheque?: { number: string } | null;
}

/**
 * A payment made outside GHL's checkout; the order is read again after it (its payment status
 * moved), and so are its notes (the payment's `notes` are one).
 */
export async function recordOrderPayment(ctx: GatewayContext, ref: PaymentRef, input: OrderPaymentInput): Promise<{ success: boolean }> {
  if (input.amount != null && (!Number.isFinite(input.amount) || input.amount <= 0)) throw gatewayError('BAD_USER_INPUT', 'amount must be greater than 0');
  if (input.mode === 'card' && !input.card) throw gatewayError('BAD_USER_INPUT', 'card is required when mode is CARD');
  if (input.mode !== 'card' && input.card) throw gatewayError('BAD_USER_INPUT', 'card is only for mode CARD');
  if (input.mode === 'cheque' && !input.cheque) throw gatewayError('BAD_USER_INPUT', 'cheque is required when mode is CHEQUE');
  if (input.mode !== 'cheque' && input.cheque) throw gatewayError('BAD_USER_INPUT', 'cheque is only for mode CHEQUE');
  if (input.card && !/^\d{4}$/.test(input.card.last4)) throw gatewayError('BAD_USER_INPUT', 'card.last4 must be four digits');
  if (input.cheque && input.cheque.number.trim() === '') throw gatewayError('BAD_USER_INPUT', 'cheque.number must not be empty');
  const result = await ctx.ghl.call('recordOrderPayment', {
    path: { orderId: ref.id },
    location: ref.locationId,
    body: definedOnly({
      mode: input.mode,
      amount: input.amount ?? undefined,
      isPartialPayment: input.partial ?? undefined,
      notes: input.notes?.trim() || undefined,
      card: input.card ? { type: input.card.brand, last4: input.card.last4 } : undefined,
      cheque: input.cheque ?? undefined,
    }),
  });
  ctx.loaders.order.clear(ref);
  ctx.loaders.orderNotes.clear(ref);
  return { success: result.success ?? true };
}

type WithContact = Pick<GhlOrder, 'altId' | 'contactId' | 'contactName' | 'contactEmail'>;

/**
 * The contact a list item names with its name and email: those two cost nothing, any other field
 * fetches the contact (once per request, however many records name it). A record that embeds no
 * name (a single order or transaction) reads the contact, since a contact's name is read as given.
 */
export function contactOfPayment(ctx: GatewayContext, record: WithContact): ContactSource | Promise<GhlContact> | null {
  if (!record.contactId) return null;
  if (record.contactName === undefined) return ctx.loaders.contact.load(record.contactId);
  // Only what the record embeds stands in for the contact: the rest is read from the contacts API.
  return embeddedContact(
    { id: record.contactId, name: record.contactName, email: record.contactEmail },
    record.altId,
    record.contactEmail === undefined ? ['name'] : ['name', 'email'],
  );
}

function listQuery(ctx: GatewayContext, args: ConnectionArgs & PaymentListFilter) {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  if (args.startAt && args.endAt && args.startAt > args.endAt) {
    throw gatewayError('BAD_USER_INPUT', 'startAt must not be after endAt');
  }
  return {
    locationId,
    page,
    query: {
      contactId: args.contactId ? ghlIdOf(args.contactId, 'Contact', 'contactId') : undefined,
      paymentMode: args.paymentMode ?? undefined,
      startAt: args.startAt ? dayOf(args.startAt) : undefined,
      endAt: args.endAt ? dayOf(args.endAt) : undefined,
      search: args.query?.trim() || undefined,
      limit: page.size,
      offset: page.offset,
    },
  };
}
