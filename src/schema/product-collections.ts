/**
 * Product collections: a location's products under one slug in its store. A product's collections
 * come from its location's collection list, one call per location however many products ask.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as collections from '../resolvers/product-collections.ts';
import * as products from '../resolvers/products.ts';
import { dateOf } from '../resolvers/dates.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { DeletePayload } from './contacts.ts';
import { cost, sharedLists } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { ProductConnection, ProductRef } from './products.ts';

export const ProductCollectionRef = builder.objectRef<collections.LocatedCollection>('ProductCollection');

locatedNode(ProductCollectionRef, {
  description: 'Products of a location gathered under one slug in its store.',
  loadInLocation: (key, ctx) => collections.getProductCollection(ctx, key),
  ghlIdOf: (collection) => collection._id,
  locationIdOf: (collection) => collection.locationId,
  location: { description: 'The location whose store it is in.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    slug: t.exposeString('slug', { description: 'URL slug in the store.' }),
    image: t.string({ description: 'Thumbnail image URL.', resolve: (collection) => collection.image || null }),
    seoTitle: t.string({ description: 'Title shown in search previews.', resolve: (collection) => collection.seo?.title ?? null }),
    seoDescription: t.string({ description: 'Description shown in search previews.', resolve: (collection) => collection.seo?.description ?? null }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (collection) => dateOf(collection.createdAt) }),
    products: t.connection(
      {
        type: ProductRef,
        description: 'The products in it, newest first.',
        extensions: { cost: cost.listPage() },
        resolve: (collection, args, ctx) => products.listProducts(ctx, { ...args, locationId: collection.locationId, collectionId: collection._id }),
      },
      ProductConnection,
    ),
  }),
});

const ProductCollectionConnection = connectionOf(ProductCollectionRef, { noun: 'product collection' });

builder.objectField(ProductRef, 'collections', (t) =>
  t.field({
    type: [ProductCollectionRef],
    nullable: false,
    description: 'The store collections it is in.',
    extensions: { cost: cost.batchedPerRequest(sharedLists.productCollections) },
    resolve: (product, _, ctx) => collections.collectionsOfProduct(ctx, product),
  }),
);

builder.objectField(LocationRef, 'productCollections', (t) =>
  t.connection(
    {
      type: ProductCollectionRef,
      description: 'Collections of the location’s store.',
      extensions: { cost: cost.listPage() },
      args: { query: t.arg.string({ description: 'Matches the collection name.' }) },
      resolve: (location, args, ctx) => collections.listProductCollections(ctx, { ...args, locationId: location.id }),
    },
    ProductCollectionConnection,
  ),
);

builder.queryFields((t) => ({
  productCollection: t.field({
    type: ProductCollectionRef,
    description: 'One product collection.',
    extensions: { cost: cost.byId() },
    args: {
      id: t.arg.id({ required: true, description: 'ProductCollection id or GHL collection id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL collection id; defaults to the configured location.' }),
    },
    resolve: (_, args, ctx) => collections.getProductCollection(ctx, collections.collectionRefOf(ctx, args.id, args.locationId)),
  }),
  productCollections: t.connection(
    {
      type: ProductCollectionRef,
      description: 'Collections of a location’s store.',
      extensions: { cost: cost.listPage() },
      args: {
        locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
        query: t.arg.string({ description: 'Matches the collection name.' }),
      },
      resolve: (_, args, ctx) => collections.listProductCollections(ctx, args),
    },
    ProductCollectionConnection,
  ),
}));

const CreateProductCollectionInput = builder.inputType('CreateProductCollectionInput', {
  description: 'A new product collection.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name.' }),
    slug: t.string({ required: true, description: 'URL slug in the store, unique in the location: letters, digits and hyphens.' }),
    image: t.string({ description: 'Thumbnail image URL.' }),
    seoTitle: t.string({ description: 'Title shown in search previews.' }),
    seoDescription: t.string({ description: 'Description shown in search previews.' }),
  }),
});

const UpdateProductCollectionInput = builder.inputType('UpdateProductCollectionInput', {
  description: 'Changes to a product collection; fields left out keep their values.',
  fields: (t) => ({
    name: t.string({ description: 'Name.' }),
    slug: t.string({ description: 'URL slug in the store, unique in the location: letters, digits and hyphens.' }),
    image: t.string({ description: 'Thumbnail image URL.' }),
    seoTitle: t.string({ description: 'Title shown in search previews.' }),
    seoDescription: t.string({ description: 'Description shown in search previews.' }),
  }),
});

const ProductCollectionPayload = builder.objectRef<{ productCollection: collections.LocatedCollection }>('ProductCollectionPayload').implement({
  description: 'The product collection after the change.',
  fields: (t) => ({
    productCollection: t.expose('productCollection', { type: ProductCollectionRef, nullable: false, description: 'The collection.' }),
  }),
});

builder.mutationFields((t) => {
  // A fresh argument per field: Pothos binds each argument to the field it is declared on.
  const target = () => ({
    id: t.arg.id({ required: true, description: 'ProductCollection id or GHL collection id.' }),
    locationId: t.arg.id({ description: 'Its location, for a GHL collection id; defaults to the configured location.' }),
  });
  return {
    createProductCollection: t.field({
      type: ProductCollectionPayload,
      nullable: false,
      description: 'Create a collection in a location’s store.',
      args: { input: t.arg({ type: CreateProductCollectionInput, required: true, description: 'The collection.' }) },
      resolve: async (_, { input }, ctx) => ({ productCollection: await collections.createProductCollection(ctx, input) }),
    }),
    updateProductCollection: t.field({
      type: ProductCollectionPayload,
      nullable: false,
      description: 'Change a product collection.',
      // GHL answers without the collection: it is read back (and read first when its SEO texts change).
      extensions: { cost: cost.perParent(3) },
      args: { ...target(), input: t.arg({ type: UpdateProductCollectionInput, required: true, description: 'The changes.' }) },
      resolve: async (_, args, ctx) => ({
        productCollection: await collections.updateProductCollection(ctx, collections.collectionRefOf(ctx, args.id, args.locationId), args.input),
      }),
    }),
    deleteProductCollection: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete a product collection; its products stay, out of it.',
      args: target(),
      resolve: async (_, args, ctx) => {
        const ref = collections.collectionRefOf(ctx, args.id, args.locationId);
        const { deletedGhlId } = await collections.deleteProductCollection(ctx, ref);
        return { deletedId: encodeGlobalID('ProductCollection', `${ref.locationId}/${deletedGhlId}`), deletedGhlId };
      },
    }),
  };
});
