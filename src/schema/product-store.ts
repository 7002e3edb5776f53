/**
 * A location's online store: how many of its products it lists, listing or unlisting some at
 * once (a product's `availableInStore`), and their order in its listing. GHL names a store by its own id.
 */
import { listProducts } from '../resolvers/products.ts';
import * as store from '../resolvers/product-store.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { LocationRef } from './locations.ts';
import { ProductConnection, ProductRef } from './products.ts';

const ProductStoreStatsRef = builder.objectRef<store.ProductStoreStats>('ProductStoreStats').implement({
  description: 'How many of a location’s products a store lists.',
  fields: (t) => ({
    totalProducts: t.exposeInt('totalProducts', { nullable: false, description: 'Products that match.' }),
    includedInStore: t.exposeInt('includedInStore', { nullable: false, description: 'Of those, listed in the store.' }),
    excludedFromStore: t.exposeInt('excludedFromStore', { nullable: false, description: 'Of those, not listed.' }),
  }),
});

export const ProductsPayload = builder.objectRef<{ products: Awaited<ReturnType<typeof store.setProductsInStore>> }>('ProductsPayload').implement({
  description: 'The products after the change.',
  fields: (t) => ({ products: t.expose('products', { type: [ProductRef], nullable: false, description: 'The products, in the order named.' }) }),
});

const StoreProductPriorityInput = builder.inputType('StoreProductPriorityInput', {
  description: 'Where a product goes in a store’s listing.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product (Product id or GHL product id).' }),
    priority: t.int({ required: true, description: 'Its place: lowest first, from 0.' }),
  }),
});

const SetStoreProductPrioritiesInput = builder.inputType('SetStoreProductPrioritiesInput', {
  description: 'Products to place in a store’s listing; products left out keep their place.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    storeId: t.id({ required: true, description: 'GHL store id.' }),
    products: t.field({ type: [StoreProductPriorityInput], required: true, description: 'The products and their places; each product once.' }),
  }),
});

const StoreProductPrioritiesPayload = builder.objectRef<{ locationId: string; storeId: string }>('StoreProductPrioritiesPayload').implement({
  description: 'A store’s listing after the change.',
  fields: (t) => ({
    products: t.connection({
      type: ProductRef,
      nullable: false,
      description: 'The store’s products in their new order, read again: placed products first, lowest first, then the rest newest first.',
      extensions: { cost: cost.listPage() },
      resolve: (payload, args, ctx) => listProducts(ctx, { ...args, locationId: payload.locationId, storeId: payload.storeId }),
    }, ProductConnection),
  }),
});

builder.objectField(LocationRef, 'productStoreStats', (t) =>
  t.field({
    type: ProductStoreStatsRef,
    nullable: false,
    description: 'How many of the location’s products one of its stores lists.',
    extensions: { cost: cost.perParent(1) },
    args: {
      storeId: t.arg.id({ required: true, description: 'GHL store id.' }),
      query: t.arg.string({ description: 'Only products whose name matches.' }),
      collectionIds: t.arg.idList({ description: 'Only products in these collections (ProductCollection ids or GHL collection ids).' }),
    },
    resolve: (location, args, ctx) => store.productStoreStats(ctx, { ...args, locationId: location.id }),
  }),
);

builder.mutationFields((t) => ({
  setProductsInStore: t.field({
    type: ProductsPayload,
    nullable: false,
    description: 'List products in a store, or take them out of it.',
    // One change, then each product read back.
    extensions: { cost: cost.sum(cost.perParent(1), cost.byIds('productIds')) },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      storeId: t.arg.id({ required: true, description: 'GHL store id.' }),
      productIds: t.arg.idList({ required: true, description: 'The products (Product ids or GHL product ids).' }),
      included: t.arg.boolean({ required: true, description: 'true lists them in the store; false takes them out.' }),
    },
    resolve: async (_, args, ctx) => ({ products: await store.setProductsInStore(ctx, args) }),
  }),
  setStoreProductPriorities: t.field({
    type: StoreProductPrioritiesPayload,
    nullable: false,
    description: 'Place products in a store’s listing.',
    extensions: { cost: cost.perParent(1) },
    args: { input: t.arg({ type: SetStoreProductPrioritiesInput, required: true, description: 'The products and their places.' }) },
    resolve: (_, { input }, ctx) => store.setStoreProductPriorities(ctx, input),
  }),
}));
