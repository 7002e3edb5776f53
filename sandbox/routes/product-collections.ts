/**
 * Product collections (products.json /products/collections): products of a location gathered
 * under one slug in its store, the location named as `altId` with `altType: location`. A slug is
 * one path segment, unique in the location. Deleting a collection takes it off its products.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { collectionBody, type ProductCollection } from '../model/products.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { readShape, rule, type Shape } from '../http/shape.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const PRODUCTS = { versions: V2021_07_28, tokens: 'any' } as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

/** UpdateProductCollectionsDto; CreateProductCollectionsDto adds `collectionId` and requires name and slug. */
const COLLECTION: Shape = {
  altId: rule.required(rule.string),
  altType: rule.required(rule.oneOf(['location'])),
  name: rule.string,
  slug: rule.string,
  image: rule.string,
  seo: rule.shape({ title: rule.string, description: rule.string }),
};

export const productCollectionRoutes: Route[] = [
  route('GET', '/products/collections', PRODUCTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const altId = readAlt(v);
    const limit = v.number('limit', { min: 1 }) ?? 10;
    const offset = v.number('offset', { min: 0 }) ?? 0;
    const ids = v.string('collectionIds')?.split(',');
    const name = v.string('name')?.toLowerCase();
    v.check();
    requireLocation(store, principal, altId);
    const matching = store
      .collectionsOfLocation(altId)
      .filter((collection) => ids === undefined || ids.includes(collection.id))
      .filter((collection) => name === undefined || collection.name.toLowerCase().includes(name))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
    return ok({ data: matching.slice(offset, offset + limit).map(collectionBody), total: matching.length });
  }),
  route('POST', '/products/collections', PRODUCTS, ({ store, principal, body }) => {
    const v = Validator.body(body);
    const fields = definedOnly(readShape(v, { ...COLLECTION, collectionId: rule.string, name: rule.required(rule.string), slug: rule.required(rule.string) })) as CollectionFields & {
      collectionId?: string;
      name: string;
      slug: string;
    };
    v.check();
    requireLocation(store, principal, fields.altId);
    if (fields.collectionId !== undefined && store.productCollections.has(fields.collectionId)) throw ghlErrors.unprocessable(['collectionId is already taken']);
    requireFreeSlug(store, fields.altId, fields.slug);
    const collection = store.productCollections.insert({
      id: fields.collectionId ?? randomId(),
      altId: fields.altId,
      name: fields.name,
      slug: fields.slug,
      image: fields.image ?? '',
      seo: fields.seo ?? {},
      createdAt: new Date().toISOString(),
    });
    return created({ data: collectionBody(collection) });
  }),
  route('GET', '/products/collections/{collectionId}', PRODUCTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = v.string('altId', { required: true });
    v.check();
    return ok({ data: collectionBody(requireCollection(store, principal, params.collectionId, altId)), status: true });
  }),
  route('PUT', '/products/collections/{collectionId}', PRODUCTS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const fields = definedOnly(readShape(v, COLLECTION)) as CollectionFields;
    v.check();
    const collection = requireCollection(store, principal, params.collectionId, fields.altId);
    if (fields.slug !== undefined) requireFreeSlug(store, collection.altId, fields.slug, collection.id);
    const { altType: _altType, ...changes } = fields;
    store.productCollections.insert({ ...collection, ...changes });
    return ok({ status: true, message: 'Successfully updated' });
  }),
  route('DELETE', '/products/collections/{collectionId}', PRODUCTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const altId = readAlt(v);
    v.check();
    const collection = requireCollection(store, principal, params.collectionId, altId);
    for (const product of store.productsOfLocation(altId)) {
      if (!product.collectionIds?.includes(collection.id)) continue;
      store.products.insert({ ...product, collectionIds: product.collectionIds.filter((id) => id !== collection.id) });
    }
    store.productCollections.delete(collection.id);
    return ok({ status: true, message: 'Successfully deleted' });
  }),
];

type CollectionFields = Partial<Omit<ProductCollection, 'id' | 'createdAt'>> & { altId: string; altType: 'location' };

function readAlt(v: Validator): string {
  const altId = v.string('altId', { required: true });
  v.oneOf('altType', ['location'], { required: true });
  return altId;
}

function requireCollection(store: SandboxStore, principal: Principal, collectionId: string, altId: string): ProductCollection {
  requireLocation(store, principal, altId);
  const collection = store.productCollections.get(collectionId);
  if (collection?.altId !== altId) throw new GhlError(404, 'Collection not found');
  return collection;
}

function requireFreeSlug(store: SandboxStore, altId: string, slug: string, exceptId?: string): void {
  if (!SLUG.test(slug)) throw ghlErrors.unprocessable(['slug must be letters, digits and single hyphens, without spaces or special characters']);
  if (store.collectionsOfLocation(altId).some((collection) => collection.slug === slug && collection.id !== exceptId)) {
    throw ghlErrors.unprocessable(['slug is already taken by another collection']);
  }
}
