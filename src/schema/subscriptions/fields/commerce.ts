/**
 * Invoices, orders, products and prices as GHL's webhooks report them: `invoiceEvents`,
 * `orderEvents`, `productEvents`, `priceEvents`. An invoice webhook carries the whole invoice, in
 * the shape the invoices API serves it; orders, products and prices have no type of their own in
 * the graph yet, so their events carry typed fields only.
 */
import { invoiceStatuses, type GhlInvoice, type GhlInvoiceStatus } from '../../../ghl/api/invoices.ts';
import { builder } from '../../builder.ts';
import { InvoiceRef, InvoiceStatus } from '../../invoices.ts';
import type { OrderPayload } from '../../../events/payloads.ts';
import type { WebhookEvent } from '../../../events/events.ts';
import { contactFields } from './contact-fields.ts';
import { contactFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { deletes, familyNames } from './names.ts';
import { asBoolean, asDate, asId, asInt, asNumber, asObject, asString, asStrings, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

// Invoices

const invoiceKeys = [
  '_id', 'status', 'liveMode', 'amountPaid', 'name', 'title', 'businessDetails', 'invoiceNumber', 'currency', 'contactDetails',
  'issueDate', 'dueDate', 'discount', 'invoiceItems', 'total', 'invoiceTotal', 'amountDue', 'totalSummary', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof GhlInvoice)[];

const invoiceAnswers: Answers<GhlInvoice> = {
  id: ['_id', 'altId'],
  ghlId: ['_id'],
  locationId: ['altId'],
  location: ['altId'],
  name: ['name'],
  title: ['title'],
  number: ['invoiceNumber'],
  status: ['status'],
  liveMode: ['liveMode'],
  currency: ['currency'],
  issueDate: ['issueDate'],
  dueDate: ['dueDate'],
  // GHL's webhook docs give the lines without a description, and the summary without tax.
  items: { from: ['invoiceItems'], only: ['ghlId', 'name', 'qty', 'amount', 'currency', 'productId', 'priceId'] },
  discount: ['discount'],
  totalSummary: { from: ['totalSummary'], only: ['subTotal', 'discount'] },
  total: ['total'],
  invoiceTotal: ['invoiceTotal'],
  amountPaid: ['amountPaid'],
  amountDue: ['amountDue'],
  contactDetails: ['contactDetails'],
  businessDetails: ['businessDetails'],
  contact: ['contactDetails'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
};

/** The invoice as the invoices API serves it; its owner is the location the event was emitted for. */
const invoiceOf = (event: WebhookEvent<'invoice'>): Partial<GhlInvoice> => ({
  ...pick<GhlInvoice>(event.payload, invoiceKeys),
  altId: event.locationId,
  altType: 'location',
});

const contactOfInvoice = (event: WebhookEvent<'invoice'>) => asId(event.payload.contactDetails?.id);

export const InvoiceEvent = familyEventType(
  'invoice',
  `A change to an invoice. ${familyNames.invoice.about} The payload is the whole invoice after the change.`,
  (t) => ({
    invoiceId: t.string({ description: 'GHL id of the invoice.', resolve: (event) => asId(event.payload._id) }),
    nodeId: t.id({
      description: 'Global id of the invoice (its `Invoice.id`), also after a delete: to update or evict it in client caches.',
      resolve: (event) => nodeIdOf('Invoice', event.locationId, event.payload._id),
    }),
    invoice: t.field({
      type: InvoiceRef,
      description: recordDescription('invoice'),
      resolve: (event, _, ctx, info) => {
        const invoice = invoiceOf(event);
        const id = invoice._id;
        if (deletes(event.type) || !id) return null;
        return servedOrLoaded(info, invoice, invoiceAnswers, () => ctx.loaders.invoice.load({ locationId: event.locationId, id }));
      },
    }),
    invoiceStatus: t.field({
      type: InvoiceStatus,
      description: 'Where the invoice is in its life after the change; null for a status this gateway does not know (`delete`, ...).',
      resolve: (event) =>
        invoiceStatuses.includes(event.payload.status as GhlInvoiceStatus) ? (event.payload.status as GhlInvoiceStatus) : null,
    }),
    name: t.string({ description: 'Name of the invoice.', resolve: (event) => asString(event.payload.name) }),
    invoiceNumber: t.string({ description: 'Invoice number.', resolve: (event) => asString(event.payload.invoiceNumber) }),
    currency: t.string({ description: 'Currency code.', resolve: (event) => asString(event.payload.currency) }),
    total: t.float({ description: 'Total amount.', resolve: (event) => asNumber(event.payload.total) }),
    amountPaid: t.float({ description: 'Paid so far.', resolve: (event) => asNumber(event.payload.amountPaid) }),
    amountDue: t.float({ description: 'Still owed.', resolve: (event) => asNumber(event.payload.amountDue) }),
    liveMode: t.boolean({ description: 'Live (true) or test-mode (false) payments.', resolve: (event) => asBoolean(event.payload.liveMode) }),
    ...contactFields(t, contactOfInvoice),
  }),
);

builder.subscriptionField('invoiceEvents', (t) =>
  t.field({
    type: InvoiceEvent.ref,
    nullable: false,
    description: familyFieldDescription('invoice', 'optionally of one contact'),
    args: {
      ...familyArgs(t.arg, InvoiceEvent.types),
      contactId: t.arg.id({ description: 'Only invoices billed to this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) => familyEvents(ctx, 'invoice', args, [contactFilter(args.contactId, contactOfInvoice)]),
    resolve: (event) => event,
  }),
);

// Orders

type OrderItem = NonNullable<OrderPayload['items']>[number];

const OrderEventItemRef = builder.objectRef<OrderItem>('OrderEventItem').implement({
  description: 'One line of an order, as the order webhook gives it.',
  fields: (t) => ({
    name: t.string({ description: 'What was ordered (product and variant).', resolve: (item) => asString(item.name) }),
    quantity: t.float({ description: 'Quantity.', resolve: (item) => asNumber(item.qty) }),
    productId: t.string({ description: 'GHL id of the product.', resolve: (item) => asId(item.product?.['_id']) }),
    productName: t.string({ description: 'Name of the product.', resolve: (item) => asString(item.product?.['name']) }),
    priceId: t.string({ description: 'GHL id of the price.', resolve: (item) => asId(item.price?.['_id']) }),
    priceName: t.string({ description: 'Name of the price (the variant: `XL / Charcoal`).', resolve: (item) => asString(item.price?.['name']) }),
    unitAmount: t.float({ description: 'Price of one unit.', resolve: (item) => asNumber(item.price?.['amount']) }),
    currency: t.string({ description: 'Currency code of the price.', resolve: (item) => asString(item.price?.['currency']) }),
  }),
});

const OrderEventAmountSummaryRef = builder.objectRef<NonNullable<OrderPayload['amountSummary']>>('OrderEventAmountSummary').implement({
  description: 'How an order’s amount is made up.',
  fields: (t) => ({
    subtotal: t.float({ description: 'Sum of the lines.', resolve: (summary) => asNumber(summary.subtotal) }),
    discount: t.float({ description: 'Discount taken off.', resolve: (summary) => asNumber(summary.discount) }),
    tax: t.float({ description: 'Tax added.', resolve: (summary) => asNumber(summary.tax) }),
    shipping: t.float({ description: 'Shipping added.', resolve: (summary) => asNumber(summary.shipping) }),
  }),
});

const contactOfOrder = (event: WebhookEvent<'order'>) => asId(event.payload.contactId) ?? asId(event.payload.contactSnapshot?.id);

export const OrderEvent = familyEventType('order', `A change to an order. ${familyNames.order.about}`, (t) => ({
  orderId: t.string({ description: 'GHL id of the order.', resolve: (event) => asId(event.payload._id) }),
  status: t.string({ description: 'Status of the order after the change: `pending`, `completed`, ...', resolve: (event) => asString(event.payload.status) }),
  fulfillmentStatus: t.string({ description: '`unfulfilled`, `fulfilled`, ...', resolve: (event) => asString(event.payload.fulfillmentStatus) }),
  currency: t.string({ description: 'Currency code.', resolve: (event) => asString(event.payload.currency) }),
  amount: t.float({ description: 'Amount charged.', resolve: (event) => asNumber(event.payload.amount) }),
  amountSummary: t.field({
    type: OrderEventAmountSummaryRef,
    description: 'How the amount is made up.',
    resolve: (event) => asObject(event.payload.amountSummary),
  }),
  liveMode: t.boolean({ description: 'Live (true) or test-mode (false) payment.', resolve: (event) => asBoolean(event.payload.liveMode) }),
  items: t.field({
    type: [OrderEventItemRef],
    nullable: false,
    description: 'The lines ordered.',
    resolve: (event) => (Array.isArray(event.payload.items) ? event.payload.items.filter((item) => asObject(item) !== null) : []),
  }),
  sourceType: t.string({ description: 'Where it was placed: `website`, `funnel`, ...', resolve: (event) => asString(event.payload.source?.type) }),
  sourceName: t.string({ description: 'Name of the store or funnel it was placed in.', resolve: (event) => asString(event.payload.source?.name) }),
  ...contactFields(t, contactOfOrder),
  createdAt: t.field({ type: 'DateTime', description: 'When it was placed.', resolve: (event) => asDate(event.payload.createdAt) }),
  updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (event) => asDate(event.payload.updatedAt) }),
}));

builder.subscriptionField('orderEvents', (t) =>
  t.field({
    type: OrderEvent.ref,
    nullable: false,
    description: familyFieldDescription('order', 'optionally of one contact'),
    args: {
      ...familyArgs(t.arg, OrderEvent.types),
      contactId: t.arg.id({ description: 'Only orders of this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) => familyEvents(ctx, 'order', args, [contactFilter(args.contactId, contactOfOrder)]),
    resolve: (event) => event,
  }),
);

// Products and prices

export const ProductEvent = familyEventType('product', `A change to a product. ${familyNames.product.about}`, (t) => ({
  productId: t.string({ description: 'GHL id of the product.', resolve: (event) => asId(event.payload._id) }),
  name: t.string({ description: 'Name.', resolve: (event) => asString(event.payload.name) }),
  description: t.string({ description: 'Description (HTML).', resolve: (event) => asString(event.payload.description) }),
  productType: t.string({ description: '`PHYSICAL`, `DIGITAL`, `SERVICE`, ...', resolve: (event) => asString(event.payload.productType) }),
  availableInStore: t.boolean({ description: 'Sold in the online store.', resolve: (event) => asBoolean(event.payload.availableInStore) }),
  image: t.string({ description: 'URL of its image.', resolve: (event) => asString(event.payload.image) }),
  statementDescriptor: t.string({
    description: 'What card statements show for it.',
    resolve: (event) => asString(event.payload.statementDescriptor),
  }),
  userId: t.string({ description: 'GHL id of the user who made the change.', resolve: (event) => asId(event.payload.userId) }),
  createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (event) => asDate(event.payload.createdAt) }),
  updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (event) => asDate(event.payload.updatedAt) }),
}));

builder.subscriptionField('productEvents', (t) =>
  t.field({
    type: ProductEvent.ref,
    nullable: false,
    description: familyFieldDescription('product'),
    args: familyArgs(t.arg, ProductEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'product', args),
    resolve: (event) => event,
  }),
);

export const PriceEvent = familyEventType('price', `A change to a price of a product. ${familyNames.price.about}`, (t) => ({
  priceId: t.string({ description: 'GHL id of the price.', resolve: (event) => asId(event.payload._id) }),
  productId: t.string({ description: 'GHL id of its product.', resolve: (event) => asId(event.payload.product) }),
  name: t.string({ description: 'Name (the variant: `Red / S`).', resolve: (event) => asString(event.payload.name) }),
  priceType: t.string({ description: '`one_time` or `recurring`.', resolve: (event) => asString(event.payload.priceType) }),
  currency: t.string({ description: 'Currency code.', resolve: (event) => asString(event.payload.currency) }),
  amount: t.float({ description: 'Amount.', resolve: (event) => asNumber(event.payload.amount) }),
  compareAtPrice: t.float({ description: 'The price shown struck through beside it.', resolve: (event) => asNumber(event.payload.compareAtPrice) }),
  recurringInterval: t.string({
    description: 'For a recurring price: `day`, `week`, `month` or `year`.',
    resolve: (event) => asString(event.payload.recurring?.interval),
  }),
  recurringIntervalCount: t.int({
    description: 'For a recurring price: how many intervals between charges.',
    resolve: (event) => asInt(event.payload.recurring?.intervalCount),
  }),
  variantOptionIds: t.stringList({
    nullable: false,
    description: 'Ids of the product’s variant options this price is for.',
    resolve: (event) => asStrings(event.payload.variantOptionIds),
  }),
  trackInventory: t.boolean({ description: 'Stock is counted.', resolve: (event) => asBoolean(event.payload.trackInventory) }),
  availableQuantity: t.float({ description: 'Units in stock.', resolve: (event) => asNumber(event.payload.availableQuantity) }),
  allowOutOfStockPurchases: t.boolean({
    description: 'May be bought when out of stock.',
    resolve: (event) => asBoolean(event.payload.allowOutOfStockPurchases),
  }),
  userId: t.string({ description: 'GHL id of the user who made the change.', resolve: (event) => asId(event.payload.userId) }),
  createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (event) => asDate(event.payload.createdAt) }),
  updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (event) => asDate(event.payload.updatedAt) }),
}));

builder.subscriptionField('priceEvents', (t) =>
  t.field({
    type: PriceEvent.ref,
    nullable: false,
    description: familyFieldDescription('price'),
    args: familyArgs(t.arg, PriceEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'price', args),
    resolve: (event) => event,
  }),
);
