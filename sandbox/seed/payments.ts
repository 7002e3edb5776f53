/**
 * Seeds each location's orders, transactions and subscriptions over its seeded contacts and
 * products: an order and a charge for every invoice with money paid on it (linked by source and
 * `invoiceId`), online-store orders of its physical goods from a handful of repeat customers
 * (paid and shipped, paid and waiting to ship, unpaid, refunded), and subscribers to its monthly
 * plan, each with a charge per month billed. Runs after seedInvoices and seedProducts, from a
 * stream of its own.
 */
import { cents } from '../model/invoice-totals.ts';
import type { Contact, ContactSnapshot, Invoice, Location, Order, OrderItem, PaymentSource, Price, Product, Subscription, Transaction } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { PLAN_PROFILES } from './data/products.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const STORE_ORDERS_PER_LOCATION = 14;
const STORE_CUSTOMERS = 6;
const SUBSCRIBERS = 5;
const HISTORY_DAYS = 180;
const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover'] as const;

export function seedPayments(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'payments');
  for (const location of store.locations.values()) {
    const sellable = store.productsOfLocation(location.id);
    if (sellable.length === 0) continue;
    const customers = store.contactsOfLocation(location.id).filter((contact) => contact.name && contact.email);
    for (const invoice of store.invoicesOfLocation(location.id)) seedInvoiceOrder(store, random, invoice);
    seedStoreOrders(store, random, location, random.sample(customers, STORE_CUSTOMERS));
    seedSubscribers(store, random, location, random.sample(customers, SUBSCRIBERS));
  }
  seedOrderNotes(store, domainRandom(seed, 'order-notes'));
}

/** What a shop writes on an order it refunds or ships: one note each, when it happened. */
function seedOrderNotes(store: SandboxStore, random: Random): void {
  for (const order of store.orders.values()) {
    const text =
      order.status === 'refunded' ? 'Refunded at the customer’s request.'
      : order.source.subType === 'store' && order.fulfillmentStatus === 'fulfilled' ? 'Shipped in one parcel.'
      : undefined;
    if (text === undefined) continue;
    store.orderNotes.insert({ id: random.id(), orderId: order.id, altId: order.altId, altType: 'location', text, createdAt: order.updatedAt, updatedAt: order.updatedAt });
  }
}

function seedInvoiceOrder(store: SandboxStore, random: Random, invoice: Invoice): void {
  const contact = store.contacts.get(invoice.contactDetails.id);
  if (invoice.amountPaid <= 0 || !contact) return;
  const items = invoice.invoiceItems.flatMap((line) => {
    const price = line.priceId ? store.prices.get(line.priceId) : undefined;
    const product = price && store.products.get(price.product);
    return price && product ? [orderItem(random, product, price, line.qty)] : [];
  });
  const paid = invoice.status === 'paid';
  const source: PaymentSource = { type: 'invoice', id: invoice.id, name: invoice.name };
  const order = store.orders.insert({
    ...orderFields(random, invoice.altId, contact, items, source, invoice.createdAt),
    amount: invoice.total,
    amountSummary: { subtotal: invoice.totalSummary.subTotal, discount: invoice.totalSummary.discount },
    status: paid ? 'completed' : 'pending',
    paymentStatus: paid ? 'paid' : 'partially_paid',
    fulfillmentStatus: 'fulfilled',
    updatedAt: invoice.updatedAt,
  });
  store.transactions.insert({
    ...transactionFields(random, order, invoice.amountPaid, invoice.updatedAt),
    invoiceId: invoice.id,
  });
}

function seedStoreOrders(store: SandboxStore, random: Random, location: Location, customers: Contact[]): void {
  const goods = store.productsOfLocation(location.id).filter((product) => product.productType === 'PHYSICAL');
  if (goods.length === 0 || customers.length === 0) return;
  const source: PaymentSource = { type: 'website', subType: 'store', id: random.id(), name: `${location.name} Store` };
  for (let n = 0; n < STORE_ORDERS_PER_LOCATION; n++) {
    const items = random.sample(goods, random.int(1, 2)).map((product) => {
      const price = store.pricesOfProduct(product.id)[0]!;
      return orderItem(random, product, price, random.int(1, 2));
    });
    const subtotal = cents(items.reduce((sum, item) => sum + item.qty * item.price.amount, 0));
    const createdAt = randomDate(random, SEED_EPOCH - HISTORY_DAYS * DAY_MS, SEED_EPOCH);
    // The first orders cover every state, so each location has one of each; the rest are drawn.
    const roll = n < 4 ? n / 4 : random.next();
    const [status, paymentStatus, fulfillmentStatus] =
      roll < 0.25 ? (['completed', 'paid', 'unfulfilled'] as const)
      : roll < 0.5 ? (['pending', 'unpaid', 'unfulfilled'] as const)
      : roll < 0.75 ? (['refunded', 'refunded', 'unfulfilled'] as const)
      : (['completed', 'paid', 'fulfilled'] as const);
    const order = store.orders.insert({
      ...orderFields(random, location.id, random.pick(customers), items, source, createdAt),
      amount: subtotal,
      amountSummary: { subtotal, discount: 0 },
      status,
      paymentStatus,
      fulfillmentStatus,
      updatedAt: createdAt,
    });
    if (status === 'pending') continue;
    const transaction = transactionFields(random, order, order.amount, createdAt);
    store.transactions.insert(status === 'refunded' ? { ...transaction, status: 'refunded', amountRefunded: order.amount } : transaction);
  }
}

function seedSubscribers(store: SandboxStore, random: Random, location: Location, subscribers: Contact[]): void {
  const plan = store.productsOfLocation(location.id).find((product) => product.name === PLAN_PROFILES[location.name]?.name);
  const monthly = plan && store.pricesOfProduct(plan.id).find((price) => price.type === 'recurring');
  if (!plan || !monthly) return;
  const source: PaymentSource = { type: 'funnel', subType: 'one_step_order_form', id: random.id(), name: `${plan.name} Signup` };
  subscribers.forEach((contact, n) => {
    const months = random.int(1, 4);
    const startedAt = SEED_EPOCH - (months * 30 - random.int(1, 20)) * DAY_MS;
    const createdAt = new Date(startedAt).toISOString();
    const order = store.orders.insert({
      ...orderFields(random, location.id, contact, [orderItem(random, plan, monthly, 1)], source, createdAt),
      amount: monthly.amount,
      amountSummary: { subtotal: monthly.amount, discount: 0 },
      status: 'completed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      updatedAt: createdAt,
    });
    const status: Subscription['status'] = n === SUBSCRIBERS - 1 ? 'canceled' : n === SUBSCRIBERS - 2 ? 'past_due' : 'active';
    const subscription = store.subscriptions.insert({
      id: random.id(),
      altId: location.id,
      altType: 'location',
      contactId: contact.id,
      contactSnapshot: order.contactSnapshot,
      currency: 'USD',
      amount: monthly.amount,
      status,
      liveMode: true,
      entityType: 'order',
      entityId: order.id,
      entitySource: source,
      subscriptionId: `sub_${random.id()}`,
      paymentProviderType: 'stripe',
      ...(status === 'canceled' && { canceledAt: new Date(startedAt + (months - 1) * 30 * DAY_MS + DAY_MS).toISOString() }),
      createdAt,
      updatedAt: createdAt,
    });
    for (let month = 0; month < months; month++) {
      const chargedAt = new Date(startedAt + month * 30 * DAY_MS).toISOString();
      const charge = transactionFields(random, order, monthly.amount, chargedAt);
      // A past-due subscription's latest charge failed.
      const failed = status === 'past_due' && month === months - 1;
      store.transactions.insert({ ...charge, subscriptionId: subscription.subscriptionId, ...(failed && { status: 'failed' }) });
    }
  });
}

function orderItem(random: Random, product: Product, price: Price, qty: number): OrderItem {
  return {
    _id: random.id(),
    name: price.name === product.name ? product.name : `${product.name} - ${price.name}`,
    qty,
    product: { _id: product.id, name: product.name, productType: product.productType },
    price: { _id: price.id, name: price.name, amount: price.amount, currency: price.currency, type: price.type },
  };
}

type OrderFields = Omit<Order, 'amount' | 'amountSummary' | 'status' | 'paymentStatus' | 'fulfillmentStatus' | 'updatedAt'>;

function orderFields(random: Random, altId: string, contact: Contact, items: OrderItem[], source: PaymentSource, createdAt: string): OrderFields {
  return {
    id: random.id(),
    altId,
    altType: 'location',
    contactId: contact.id,
    contactSnapshot: snapshotOf(contact),
    currency: 'USD',
    liveMode: true,
    source,
    items,
    createdAt,
  };
}

function transactionFields(random: Random, order: Order, amount: number, at: string): Transaction {
  return {
    id: random.id(),
    altId: order.altId,
    altType: 'location',
    contactId: order.contactId,
    contactSnapshot: order.contactSnapshot,
    currency: order.currency,
    amount,
    amountRefunded: 0,
    status: 'succeeded',
    liveMode: order.liveMode,
    entityType: 'order',
    entityId: order.id,
    entitySource: order.source,
    chargeId: `ch_${random.id()}`,
    paymentProvider: { type: 'stripe' },
    paymentMethod: { card: { brand: random.pick(CARD_BRANDS), last4: random.digits(4) } },
    fulfilledAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

function snapshotOf(contact: Contact): ContactSnapshot {
  const { id, locationId, name, firstName, lastName, email, phone, companyName } = contact;
  return Object.fromEntries(
    Object.entries({ id, locationId, name, firstName, lastName, email, phone, companyName }).filter(([, value]) => value != null),
  ) as unknown as ContactSnapshot;
}
