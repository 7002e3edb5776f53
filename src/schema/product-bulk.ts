/** Bulk changes to a location's products: prices, store listing, collections, currency, deletion, and edits of several at once. */
import * as bulk from '../resolvers/product-bulk.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { ProductsPayload } from './product-store.ts';

const PriceChangeKind = builder.enumType('PriceChangeKind', {
  description: 'How a bulk price change applies its value.',
  values: {
    INCREASE_BY_AMOUNT: { description: 'Add the value, in currency units.' },
    REDUCE_BY_AMOUNT: { description: 'Subtract the value, in currency units.' },
    SET_NEW_PRICE: { description: 'The value becomes the price.' },
    INCREASE_BY_PERCENTAGE: { description: 'Add this percentage.' },
    REDUCE_BY_PERCENTAGE: { description: 'Subtract this percentage.' },
  } as const,
});

const PriceChangeInput = builder.inputType('PriceChangeInput', {
  description: 'A change to every price of the products named.',
  fields: (t) => ({
    kind: t.field({ type: PriceChangeKind, required: true, description: 'How the value applies.' }),
    value: t.float({ required: true, description: 'An amount in currency units, or a percentage; zero or more.' }),
    roundToWhole: t.boolean({ description: 'Round the new prices to whole currency units.' }),
  }),
});

const BulkProductChangeInput = builder.inputType('BulkProductChangeInput', {
  description: 'One kind of change to several products: exactly one of price (with or without compareAtPrice), availableInStore, collectionIds, currency.',
  fields: (t) => ({
    price: t.field({ type: PriceChangeInput, description: 'Change the price of every price of each product.' }),
    compareAtPrice: t.field({ type: PriceChangeInput, description: 'Change the compare-at price of every price of each product.' }),
    availableInStore: t.boolean({ description: 'List them in the online store, or take them out.' }),
    collectionIds: t.idList({ description: 'The collections they are in after the change (ProductCollection ids or GHL collection ids).' }),
    currency: t.string({ description: 'The currency of every price of each product: a three-letter ISO 4217 code.' }),
  }),
});

const PriceEditInput = builder.inputType('PriceEditInput', {
  description: 'Changes to one price of a product; fields left out keep their values.',
  fields: (t) => ({
    priceId: t.id({ required: true, description: 'GHL price id.' }),
    name: t.string({ description: 'Name.' }),
    amount: t.float({ description: 'Amount in currency units.' }),
    compareAtPrice: t.float({ description: 'The price shown struck through beside it, in currency units.' }),
    sku: t.string({ description: 'Stock keeping unit.' }),
    trackInventory: t.boolean({ description: 'Its stock is tracked.' }),
    availableQuantity: t.int({ description: 'Units in stock.' }),
    allowOutOfStockPurchases: t.boolean({ description: 'It may be bought when out of stock.' }),
  }),
});

const ProductEditInput = builder.inputType('ProductEditInput', {
  description: 'Changes to one product (and some of its prices); fields left out keep their values.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'Product id or GHL product id.' }),
    name: t.string({ description: 'Name.' }),
    description: t.string({ description: 'Description.' }),
    image: t.string({ description: 'Image URL.' }),
    availableInStore: t.boolean({ description: 'Listed in the location’s online store.' }),
    isTaxesEnabled: t.boolean({ description: 'Taxes apply to it.' }),
    slug: t.string({ description: 'URL slug in the store.' }),
    prices: t.field({ type: [PriceEditInput], description: 'Changes to its prices.' }),
  }),
});

const DeleteProductsPayload = builder.objectRef<{ deletedGhlIds: string[] }>('DeleteProductsPayload').implement({
  description: 'The products deleted.',
  fields: (t) => ({ deletedGhlIds: t.exposeStringList('deletedGhlIds', { nullable: false, description: 'GHL ids of the deleted products.' }) }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    productIds: t.arg.idList({ required: true, description: 'The products (Product ids or GHL product ids).' }),
  });
  return {
    bulkUpdateProducts: t.field({
      type: ProductsPayload,
      nullable: false,
      description: 'Change several products of a location at once: their prices, store listing, collections or currency.',
      // One change, then each product read back.
      extensions: { cost: cost.sum(cost.perParent(1), cost.byIds('productIds')) },
      args: { ...target(), change: t.arg({ type: BulkProductChangeInput, required: true, description: 'The change.' }) },
      resolve: async (_, args, ctx) => ({ products: await bulk.bulkUpdateProducts(ctx, args) }),
    }),
    editProducts: t.field({
      type: ProductsPayload,
      nullable: false,
      description: 'Edit several products of a location at once, each with its own changes (and its prices’).',
      extensions: { cost: cost.sum(cost.perParent(1), cost.byIds('products')) },
      args: {
        locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
        products: t.arg({ type: [ProductEditInput], required: true, description: 'The products and their changes.' }),
      },
      resolve: async (_, args, ctx) => ({ products: await bulk.editProducts(ctx, args) }),
    }),
    deleteProducts: t.field({
      type: DeleteProductsPayload,
      nullable: false,
      description: 'Delete several products of a location, and their prices.',
      args: target(),
      resolve: (_, args, ctx) => bulk.deleteProducts(ctx, args),
    }),
  };
});
