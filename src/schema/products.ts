/**
 * Products of a location and the prices each is sold at: reading them, creating, updating and
 * deleting products, and adding prices. Amounts are served as GHL stores them, in currency units
 * beside their currency; inputs are strict (ISO 4217 codes, no negative amounts).
 */
import { priceTypes, productTypes, recurringIntervals, type GhlPrice, type GhlProduct } from '../ghl/api/products.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as products from '../resolvers/products.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';
import { known } from './enums.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

export const ProductRef = builder.objectRef<GhlProduct>('Product');
export const PriceRef = builder.objectRef<GhlPrice>('Price');

export const ProductType = builder.enumType('ProductType', {
  description: 'What kind of thing a product is.',
  values: {
    DIGITAL: { value: 'DIGITAL', description: 'Delivered digitally.' },
    PHYSICAL: { value: 'PHYSICAL', description: 'Shipped.' },
    SERVICE: { value: 'SERVICE', description: 'A service.' },
    PHYSICAL_DIGITAL: { value: 'PHYSICAL/DIGITAL', description: 'Shipped, with a digital part.' },
  } as const,
});

export const PriceType = builder.enumType('PriceType', {
  description: 'How a price is charged.',
  values: {
    ONE_TIME: { value: 'one_time', description: 'Once.' },
    RECURRING: { value: 'recurring', description: 'Every interval (see `recurring`).' },
  } as const,
});

const RecurringInterval = builder.enumType('RecurringInterval', {
  description: 'The unit of a recurring price’s interval.',
  values: {
    DAY: { value: 'day', description: 'Days.' },
    WEEK: { value: 'week', description: 'Weeks.' },
    MONTH: { value: 'month', description: 'Months.' },
    YEAR: { value: 'year', description: 'Years.' },
  } as const,
});

const PriceRecurringRef = builder.objectRef<NonNullable<GhlPrice['recurring']>>('PriceRecurring').implement({
  description: 'How often a recurring price is charged.',
  fields: (t) => ({
    interval: t.field({
      type: RecurringInterval,
      description: 'The unit; null for one this gateway does not know.',
      resolve: (recurring) => known(recurringIntervals, recurring.interval),
    }),
    intervalCount: t.exposeInt('intervalCount', { description: 'How many units between charges.' }),
  }),
});

PriceRef.implement({
  description: 'A price a product is sold at.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    productId: t.exposeString('product', { description: 'GHL id of the product.' }),
    name: t.exposeString('name', { description: 'Name of the price (e.g. "Monthly").' }),
    type: t.field({
      type: PriceType,
      description: 'One-time or recurring; null for a type this gateway does not know.',
      resolve: (price) => known(priceTypes, price.type),
    }),
    amount: t.exposeFloat('amount', { description: 'Amount, in currency units (99.5 is 99.50).' }),
    currency: t.exposeString('currency', { description: 'Currency code of the amount.' }),
    recurring: t.expose('recurring', { type: PriceRecurringRef, nullable: true, description: 'How often it is charged, when recurring.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    compareAtPrice: t.exposeFloat('compareAtPrice', { description: 'A higher price shown struck through beside it.' }),
    setupFee: t.exposeFloat('setupFee', { description: 'One-off fee charged with the first payment.' }),
    trialPeriod: t.exposeInt('trialPeriod', { description: 'Free trial, in days.' }),
    totalCycles: t.exposeInt('totalCycles', { description: 'How many times a recurring price is charged; null for until cancelled.' }),
    trackInventory: t.boolean({ description: 'Stock is tracked.', resolve: (price) => price.trackInventory ?? null }),
    availableQuantity: t.exposeInt('availableQuantity', { description: 'Stock left, when tracked.' }),
    sku: t.exposeString('sku', { description: 'Stock-keeping unit.' }),
    product: t.field({
      type: ProductRef,
      description: 'The product it is a price of.',
      extensions: { cost: cost.byId('owners') },
      resolve: (price, _, ctx) => products.productOfPrice(ctx, price),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (price) => dateOf(price.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (price) => dateOf(price.updatedAt) }),
  }),
});

locatedNode(ProductRef, {
  description: 'A product a location sells.',
  loadInLocation: (key, ctx) => ctx.loaders.product.load(key),
  ghlIdOf: (product) => product._id,
  locationIdOf: (product) => product.locationId,
  locationId: { nullable: true },
  location: { description: 'The location that sells it.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    productType: t.field({
      type: ProductType,
      description: 'What kind of thing it is; null for a type this gateway does not know.',
      resolve: (product) => known(productTypes, product.productType),
    }),
    image: t.exposeString('image', { description: 'Image URL.' }),
    statementDescriptor: t.exposeString('statementDescriptor', { description: 'Text on the buyer’s card statement.' }),
    availableInStore: t.exposeBoolean('availableInStore', { description: 'Listed in the location’s online store.' }),
    isTaxesEnabled: t.exposeBoolean('isTaxesEnabled', { description: 'Taxes apply to it.' }),
    slug: t.exposeString('slug', { description: 'URL slug in the store.' }),
    prices: t.field({
      type: [PriceRef],
      nullable: false,
      description: 'The prices it is sold at (one GHL call per product in a request, however often asked).',
      extensions: { cost: cost.perParent(1) },
      resolve: (product, _, ctx) => products.pricesOfProduct(ctx, product),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (product) => dateOf(product.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (product) => dateOf(product.updatedAt) }),
  }),
});

// Inputs

const CreateProductInput = builder.inputType('CreateProductInput', {
  description: 'A new product.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    productType: t.field({ type: ProductType, required: true, description: 'What kind of thing it is.' }),
    image: t.string({ description: 'Image URL.' }),
    statementDescriptor: t.string({ description: 'Text on the buyer’s card statement.' }),
    availableInStore: t.boolean({ description: 'List it in the location’s online store.' }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  description: 'Changes to a product; fields left out keep their values.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    productType: t.field({ type: ProductType, description: 'What kind of thing it is.' }),
    image: t.string({ description: 'Image URL.' }),
    statementDescriptor: t.string({ description: 'Text on the buyer’s card statement.' }),
    availableInStore: t.boolean({ description: 'List it in the location’s online store.' }),
  }),
});

const PriceRecurringInput = builder.inputType('PriceRecurringInput', {
  description: 'How often a recurring price is charged.',
  fields: (t) => ({
    interval: t.field({ type: RecurringInterval, required: true, description: 'The unit.' }),
    intervalCount: t.int({ required: true, description: 'How many units between charges; at least 1.' }),
  }),
});

const CreatePriceInput = builder.inputType('CreatePriceInput', {
  description: 'A new price for a product.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name of the price (e.g. "Monthly").' }),
    type: t.field({ type: PriceType, required: true, description: 'One-time or recurring.' }),
    currency: t.string({ required: true, description: 'ISO 4217 currency code, e.g. "USD".' }),
    amount: t.float({ required: true, description: 'Amount in currency units; not negative.' }),
    recurring: t.field({ type: PriceRecurringInput, description: 'How often it is charged; required for RECURRING, refused otherwise.' }),
    description: t.string({ description: 'Description.' }),
    compareAtPrice: t.float({ description: 'A higher price shown struck through beside it; not negative.' }),
    setupFee: t.float({ description: 'One-off fee charged with the first payment; not negative.' }),
    trialPeriod: t.int({ description: 'Free trial, in days.' }),
    totalCycles: t.int({ description: 'How many times a recurring price is charged; at least 1.' }),
  }),
});

const UpdatePriceInput = builder.inputType('UpdatePriceInput', {
  description: 'Changes to a price; fields left out keep their values.',
  fields: (t) => ({
    name: t.string({ description: 'Name of the price (e.g. "Monthly").' }),
    type: t.field({ type: PriceType, description: 'One-time or recurring; a price made one-time stops recurring.' }),
    currency: t.string({ description: 'ISO 4217 currency code, e.g. "USD".' }),
    amount: t.float({ description: 'Amount in currency units; not negative.' }),
    recurring: t.field({ type: PriceRecurringInput, description: 'How often it is charged; only for a RECURRING price.' }),
    description: t.string({ description: 'Description.' }),
    compareAtPrice: t.float({ description: 'A higher price shown struck through beside it; not negative.' }),
    setupFee: t.float({ description: 'One-off fee charged with the first payment; not negative.' }),
    trialPeriod: t.int({ description: 'Free trial, in days.' }),
    totalCycles: t.int({ description: 'How many times a recurring price is charged; at least 1.' }),
  }),
});

// Payloads

const ProductPayload = builder.objectRef<{ product: GhlProduct }>('ProductPayload').implement({
  description: 'The product after the change.',
  fields: (t) => ({ product: t.expose('product', { type: ProductRef, nullable: false, description: 'The product.' }) }),
});

const DeleteProductPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteProductPayload').implement({
  description: 'The product deleted.',
  fields: (t) => ({ deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted product.' }) }),
});

const CreatePricePayload = builder.objectRef<{ price: GhlPrice; product: products.ProductRef }>('CreatePricePayload').implement({
  description: 'The price created, and its product.',
  fields: (t) => ({
    price: t.expose('price', { type: PriceRef, nullable: false, description: 'The new price.' }),
    product: t.field({
      type: ProductRef,
      nullable: false,
      description: 'The product, with its prices as they are now.',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.product.load(payload.product),
    }),
  }),
});

const PricePayload = builder.objectRef<{ price: GhlPrice }>('PricePayload').implement({
  description: 'The price after the change.',
  fields: (t) => ({ price: t.expose('price', { type: PriceRef, nullable: false, description: 'The price, with its product.' }) }),
});

const DeletePricePayload = builder.objectRef<{ deletedGhlId: string; product: products.ProductRef }>('DeletePricePayload').implement({
  description: 'The price deleted, and its product.',
  fields: (t) => ({
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'GHL id of the deleted price.' }),
    product: t.field({
      type: ProductRef,
      nullable: false,
      description: 'The product, with its prices as they are now.',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.product.load(payload.product),
    }),
  }),
});

// Fields

export const ProductConnection = connectionOf(ProductRef, { noun: 'product' });

builder.queryFields((t) => ({
  product: t.field({
    type: ProductRef,
    description: 'One product.',
    extensions: { cost: cost.byId() },
    args: {
      id: t.arg.id({ required: true, description: 'Product id or GHL product id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL product id; defaults to the configured location.' }),
    },
    resolve: (_, args, ctx) => products.getProduct(ctx, args.id, args.locationId ?? null),
  }),
  productPrice: t.field({
    type: PriceRef,
    description: 'One price of a product.',
    extensions: { cost: cost.byId() },
    args: {
      productId: t.arg.id({ required: true, description: 'Product id or GHL product id.' }),
      id: t.arg.id({ required: true, description: 'GHL price id.' }),
      locationId: t.arg.id({ description: 'The product’s location, for a GHL product id; defaults to the configured location.' }),
    },
    resolve: (_, args, ctx) => products.getProductPrice(ctx, products.productRefOf(ctx, args.productId, args.locationId), args.id),
  }),
  products: t.connection({
    type: ProductRef,
    description: 'Products of a location, newest first, or in a store’s display order.',
    extensions: { cost: cost.listPage() },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      query: t.arg.string({ description: 'Matches the product name.' }),
      storeId: t.arg.id({ description: 'In this store’s display order (GHL store id): placed products first, lowest priority first.' }),
    },
    resolve: (_, args, ctx) => products.listProducts(ctx, { ...args, locationId: args.locationId ?? null }),
  }, ProductConnection),
}));

builder.objectField(LocationRef, 'products', (t) =>
  t.connection({
    type: ProductRef,
    description: 'Products the location sells, newest first, or in a store’s display order.',
    extensions: { cost: cost.listPage() },
    args: {
      query: t.arg.string({ description: 'Matches the product name.' }),
      storeId: t.arg.id({ description: 'In this store’s display order (GHL store id): placed products first, lowest priority first.' }),
    },
    resolve: (location, args, ctx) => products.listProducts(ctx, { ...args, locationId: location.id }),
  }, ProductConnection),
);

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    id: t.arg.id({ required: true, description: 'Product id or GHL product id.' }),
    locationId: t.arg.id({ description: 'Its location, for a GHL product id; defaults to the configured location.' }),
  });
  const priceTarget = () => ({
    productId: t.arg.id({ required: true, description: 'Product id or GHL product id.' }),
    priceId: t.arg.id({ required: true, description: 'GHL price id.' }),
    locationId: t.arg.id({ description: 'The product’s location, for a GHL product id; defaults to the configured location.' }),
  });
  const refOf = (args: { id: string; locationId?: string | null | undefined }, ctx: Parameters<typeof products.productRefOf>[0]) =>
    products.productRefOf(ctx, args.id, args.locationId ?? null);
  return {
    createProduct: t.field({
      type: ProductPayload,
      nullable: false,
      description: 'Create a product (add its prices with createProductPrice).',
      args: { input: t.arg({ type: CreateProductInput, required: true, description: 'The product.' }) },
      resolve: async (_, { input }, ctx) => ({ product: await products.createProduct(ctx, input) }),
    }),
    updateProduct: t.field({
      type: ProductPayload,
      nullable: false,
      description: 'Change a product.',
      // GHL's update replaces the whole product: the fields kept are read first.
      extensions: { cost: cost.perParent(2) },
      args: { ...target(), input: t.arg({ type: UpdateProductInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({ product: await products.updateProduct(ctx, refOf(args, ctx), args.input) }),
    }),
    deleteProduct: t.field({
      type: DeleteProductPayload,
      nullable: false,
      description: 'Delete a product and its prices.',
      args: target(),
      resolve: (_, args, ctx) => products.deleteProduct(ctx, refOf(args, ctx)),
    }),
    createProductPrice: t.field({
      type: CreatePricePayload,
      nullable: false,
      description: 'Add a price to a product.',
      args: { ...target(), input: t.arg({ type: CreatePriceInput, required: true, description: 'The price.' }) },
      resolve: async (_, args, ctx) => {
        const ref = refOf(args, ctx);
        return { price: await products.createProductPrice(ctx, ref, args.input), product: ref };
      },
    }),
    updateProductPrice: t.field({
      type: PricePayload,
      nullable: false,
      description: 'Change a price of a product.',
      // GHL's update replaces the whole price: the fields kept are read first.
      extensions: { cost: cost.perParent(2) },
      args: { ...priceTarget(), input: t.arg({ type: UpdatePriceInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({
        price: await products.updateProductPrice(ctx, products.productRefOf(ctx, args.productId, args.locationId), args.priceId, args.input),
      }),
    }),
    deleteProductPrice: t.field({
      type: DeletePricePayload,
      nullable: false,
      description: 'Delete a price of a product.',
      args: priceTarget(),
      resolve: async (_, args, ctx) => {
        const product = products.productRefOf(ctx, args.productId, args.locationId);
        return { ...(await products.deleteProductPrice(ctx, product, args.priceId)), product };
      },
    }),
  };
});
