/**
 * A location's online store: how many of its products it lists, and listing or unlisting some at
 * once (a product's `availableInStore`). GHL names a store by its own id.
 */
import * as store from '../resolvers/product-store.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { LocationRef } from './locations.ts';
import { ProductRef } from './products.ts';

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
}));
