/**
 * A location's inventory: the prices whose stock is tracked, and stock changes to several at
 * once. A product's stock comes from its location's inventory, one call however many products ask.
 */
import * as inventory from '../resolvers/inventory.ts';
import { dateOf } from '../resolvers/dates.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost, sharedLists } from './cost.ts';
import { PriceRef, ProductRef } from './products.ts';

const InventoryItemRef = builder.objectRef<inventory.LocatedInventoryItem>('InventoryItem').implement({
  description: 'A price whose stock is tracked, as the location’s inventory shows it.',
  fields: (t) => ({
    priceId: t.exposeString('_id', { nullable: false, description: 'GHL id of the price.' }),
    price: t.field({
      type: PriceRef,
      description: 'The price.',
      extensions: { cost: cost.byId() },
      resolve: (item, _, ctx) =>
        item.product ? ctx.loaders.price.load({ locationId: item.locationId, productId: item.product, id: item._id }) : null,
    }),
    name: t.exposeString('name', { description: 'Name of the price or variant.' }),
    sku: t.string({ description: 'Stock-keeping unit.', resolve: (item) => item.sku || null }),
    availableQuantity: t.exposeInt('availableQuantity', { description: 'Stock left.' }),
    allowOutOfStockPurchases: t.exposeBoolean('allowOutOfStockPurchases', { description: 'It sells on when out of stock.' }),
    productId: t.exposeString('product', { description: 'GHL id of the product.' }),
    product: t.field({
      type: ProductRef,
      description: 'The product.',
      extensions: { cost: cost.byId() },
      resolve: (item, _, ctx) => (item.product ? ctx.loaders.product.load({ locationId: item.locationId, id: item.product }) : null),
    }),
    productName: t.exposeString('productName', { description: 'Name of the product.' }),
    image: t.exposeString('image', { description: 'Image URL of the product.' }),
    updatedAt: t.field({ type: 'DateTime', description: 'When its stock last changed.', resolve: (item) => dateOf(item.updatedAt) }),
  }),
});

const InventoryItemConnection = connectionOf(InventoryItemRef, { noun: 'inventory item' });

builder.objectField(ProductRef, 'inventory', (t) =>
  t.field({
    type: [InventoryItemRef],
    nullable: false,
    description: 'Its prices whose stock is tracked, with their stock.',
    extensions: { cost: cost.batchedPerRequest(sharedLists.inventory) },
    resolve: (product, _, ctx) => inventory.inventoryOfProduct(ctx, product),
  }),
);

builder.queryField('inventory', (t) =>
  t.connection(
    {
      type: InventoryItemRef,
      description: 'A location’s inventory: the prices whose stock is tracked, by product name.',
      extensions: { cost: cost.listPage() },
      args: {
        locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
        query: t.arg.string({ description: 'Matches the product or price name.' }),
      },
      resolve: (_, args, ctx) => inventory.listInventory(ctx, args),
    },
    InventoryItemConnection,
  ),
);

const InventoryChangeInput = builder.inputType('InventoryChangeInput', {
  description: 'A stock change to one price; at least one of its two fields.',
  fields: (t) => ({
    priceId: t.id({ required: true, description: 'GHL price id.' }),
    availableQuantity: t.int({ description: 'Stock left, not negative; setting it starts tracking the price’s stock.' }),
    allowOutOfStockPurchases: t.boolean({ description: 'Sell on when out of stock.' }),
  }),
});

const UpdateInventoryPayload = builder.objectRef<{ items: inventory.LocatedInventoryItem[] }>('UpdateInventoryPayload').implement({
  description: 'The inventory items after the change.',
  fields: (t) => ({
    items: t.expose('items', { type: [InventoryItemRef], nullable: false, description: 'The items changed, as the inventory now shows them.' }),
  }),
});

builder.mutationField('updateInventory', (t) =>
  t.field({
    type: UpdateInventoryPayload,
    nullable: false,
    description: 'Change the stock of several prices at once.',
    // GHL answers without the items: the inventory is read back.
    extensions: { cost: cost.perParent(2) },
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
      items: t.arg({ type: [InventoryChangeInput], required: true, description: 'The changes, one per price.' }),
    },
    resolve: async (_, args, ctx) => ({ items: await inventory.updateInventory(ctx, args.locationId, args.items) }),
  }),
);
