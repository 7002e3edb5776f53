/**
 * Product collections end to end against the sandbox: listed and read as the sandbox holds them,
 * a product's collections and a collection's products both ways, one read by id as its file declares it (batched: one collection list per
 * location), writes read back, bad input refused before any call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { expectError } from './support/expect-error.ts';
import { expectSentAsDeclared } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
});

const storedCollections = () => stack.sandbox.store.collectionsOfLocation(stack.locationId).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));

describe('product collections', () => {
  it('lists a store’s collections, each with its products', async () => {
    const stored = storedCollections();
    expect(stored.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(
      graphql(`query ProductsCollections { productCollections(first: 10) { totalCount edges { node { ghlId name slug seoTitle products(first: 50) { edges { node { ghlId } } } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data.productCollections!.totalCount).toBe(stored.length);
    expect(data.productCollections!.edges.map((e) => e.node)).toEqual(
      stored.map((collection) => ({
        ghlId: collection.id,
        name: collection.name,
        slug: collection.slug,
        seoTitle: collection.seo.title ?? null,
        products: {
          edges: stack.sandbox.store
            .productsOfLocation(stack.locationId)
            .filter((product) => product.collectionIds?.includes(collection.id))
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
            .map((product) => ({ node: { ghlId: product.id } })),
        },
      })),
    );
  });

  it('reads every product’s collections from one collection list', async () => {
    const { data, errors } = await stack.gql(graphql(`query ProductsWithCollections { products(first: 50) { edges { node { ghlId collections { ghlId name } } } } }`));
    expect(errors).toBeUndefined();
    const byId = new Map(storedCollections().map((c) => [c.id, c]));
    const nodes = data.products!.edges.map((e) => e.node);
    expect(nodes.some((node) => node.collections.length > 0)).toBe(true);
    for (const node of nodes) {
      const product = stack.sandbox.store.products.get(node.ghlId)!;
      expect(node.collections.map((c) => c.ghlId).sort()).toEqual([...(product.collectionIds ?? [])].sort());
      for (const collection of node.collections) expect(collection.name).toBe(byId.get(collection.ghlId)!.name);
    }
    expect(stack.gateway.client.stats.snapshot()).toEqual({ listProducts: { 200: 1 }, listProductCollections: { 200: 1 } });
  });

  it('creates a collection, changes it (keeping the SEO text it does not name), reads it by id, and deletes it', async () => {
    const created = await stack.gql(
      graphql(`mutation ProductsCreateCollection($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { productCollection { id ghlId name slug seoTitle seoDescription locationId } } }`),
      { input: { name: 'Gift ideas', slug: 'gift-ideas', seoTitle: 'Gifts', seoDescription: 'For every budget' } },
    );
    expect(created.errors).toBeUndefined();
    const collection = created.data.createProductCollection.productCollection;
    expect(collection).toMatchObject({ name: 'Gift ideas', slug: 'gift-ideas', seoTitle: 'Gifts', seoDescription: 'For every budget', locationId: stack.locationId });
    expect(stack.sandbox.store.productCollections.get(collection.ghlId)).toMatchObject({ altId: stack.locationId, name: 'Gift ideas', slug: 'gift-ideas' });

    const updated = await stack.gql(
      graphql(`mutation ProductsUpdateCollection($id: ID!, $input: UpdateProductCollectionInput!) { updateProductCollection(id: $id, input: $input) { productCollection { id name slug seoTitle seoDescription } } }`),
      { id: collection.id, input: { name: 'Gifts', seoTitle: 'Gifts for all' } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateProductCollection.productCollection).toEqual({
      id: collection.id,
      name: 'Gifts',
      slug: 'gift-ideas',
      seoTitle: 'Gifts for all',
      seoDescription: 'For every budget',
    });
    expect(stack.sandbox.store.productCollections.get(collection.ghlId)).toMatchObject({ name: 'Gifts', seo: { title: 'Gifts for all', description: 'For every budget' } });

    const read = await stack.gql(graphql(`query ProductsCollectionById($id: ID!) { productCollection(id: $id) { ghlId name } node(id: $id) { ... on ProductCollection { ghlId } } }`), {
      id: collection.id,
    });
    expect(read.data).toEqual({ productCollection: { ghlId: collection.ghlId, name: 'Gifts' }, node: { ghlId: collection.ghlId } });
    // Read by id as the file declares it: altId alone, without altType.
    const byId = stack.sandbox.requests.entries.filter((entry) => entry.method === 'GET' && entry.path === `/products/collections/${collection.ghlId}`);
    expect(byId.length).toBeGreaterThan(0);
    for (const entry of byId) expect(entry.query).toEqual({ altId: stack.locationId });
    expectSentAsDeclared(stack.sandbox.requests.entries, ['productsGetProductCollectionId']);

    const deleted = await stack.gql(graphql(`mutation ProductsDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId deletedGhlId } }`), { id: collection.id });
    expect(deleted.data.deleteProductCollection).toEqual({ deletedId: collection.id, deletedGhlId: collection.ghlId });
    expect(stack.sandbox.store.productCollections.has(collection.ghlId)).toBe(false);
    expectError(await stack.gql(graphql(`query ProductsCollectionGone($id: ID!) { productCollection(id: $id) { ghlId } }`), { id: collection.id }), 'NOT_FOUND', ['productCollection']);
  });

  it('refuses bad input before any call to GHL', async () => {
    const [collection] = storedCollections();
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation { createProductCollection(input: { name: "A", slug: "two words" }) { productCollection { ghlId } } }`, {}, 'createProductCollection'],
      [`mutation { createProductCollection(input: { name: " ", slug: "a" }) { productCollection { ghlId } } }`, {}, 'createProductCollection'],
      [`mutation { createProductCollection(input: { name: "A", slug: "a", image: "not a url" }) { productCollection { ghlId } } }`, {}, 'createProductCollection'],
      [`mutation ($id: ID!) { updateProductCollection(id: $id, input: {}) { productCollection { ghlId } } }`, { id: collection!.id }, 'updateProductCollection'],
      [`mutation ($id: ID!) { deleteProductCollection(id: $id) { deletedId } }`, { id: Buffer.from('Product:x').toString('base64') }, 'deleteProductCollection'],
    ];
    for (const [query, variables, field] of cases) expectError(await stack.gqlUntyped(query, variables), 'BAD_USER_INPUT', [field]);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
