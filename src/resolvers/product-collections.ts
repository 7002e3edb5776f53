/**
 * Product collections: a location's products under one slug in its store. GHL names the location
 * `altId`; a collection is read through it as well as its id. A change is answered with `status`
 * alone, so the collection is read back.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlProduct, GhlProductCollection } from '../ghl/api/products.ts';
import { gatewayError } from '../errors.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedCollection = GhlProductCollection & { locationId: string };

export interface ProductCollectionInput {
  name?: string | null;
  slug?: string | null;
  image?: string | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
}

export interface CreateProductCollectionInput extends ProductCollectionInput {
  locationId?: string | null;
  name: string;
  slug: string;
}

export type CollectionRef = { id: string; locationId: string };

/** A slug is letters, digits and single hyphens: GHL allows no spaces or special characters. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

export function collectionRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): CollectionRef {
  return locatedIdOf(id, 'ProductCollection', locationId, ctx.defaultLocationId);
}

const located = (collection: GhlProductCollection, locationId: string): LocatedCollection => ({ ...collection, locationId: collection.altId ?? locationId });

export async function getProductCollection(ctx: GatewayContext, ref: CollectionRef): Promise<LocatedCollection> {
  return located(await ctx.loaders.productCollection.load(ref), ref.locationId);
}

export async function listProductCollections(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null; query?: string | null },
): Promise<Connection<LocatedCollection>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  const { data = [], total } = await ctx.ghl.call('listProductCollections', {
    location: locationId,
    query: { limit: page.size, offset: page.offset, name: args.query?.trim() || undefined },
  });
  for (const collection of data) ctx.loaders.productCollection.prime({ locationId, id: collection._id }, collection);
  return offsetConnection(
    data.map((collection) => located(collection, locationId)),
    page,
    total,
  );
}

/** The collections a product is in, from its location's collections (one call per location and request). */
export async function collectionsOfProduct(ctx: GatewayContext, product: GhlProduct): Promise<LocatedCollection[]> {
  if (!product.collectionIds?.length) return [];
  const collections = await ctx.loaders.collectionsOfLocation.load(product.locationId);
  return collections.filter((collection) => product.collectionIds!.includes(collection._id)).map((collection) => located(collection, product.locationId));
}

export async function createProductCollection(ctx: GatewayContext, input: CreateProductCollectionInput): Promise<LocatedCollection> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const { data } = await ctx.ghl.call('createProductCollection', {
    location: locationId,
    body: { ...collectionBody(input), name: nonEmpty(input.name, 'name'), slug: slugOf(input.slug) },
  });
  ctx.loaders.collectionsOfLocation.clear(locationId);
  return located(data, locationId);
}

export async function updateProductCollection(ctx: GatewayContext, ref: CollectionRef, input: ProductCollectionInput): Promise<LocatedCollection> {
  const body = collectionBody(input);
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  // GHL replaces the SEO preview as a whole: a change to one of its two texts keeps the other.
  if (body.seo) body.seo = { ...definedOnly({ ...(await ctx.loaders.productCollection.load(ref)).seo }), ...(body.seo as object) };
  await ctx.ghl.call('updateProductCollection', { path: { collectionId: ref.id }, location: ref.locationId, body });
  ctx.loaders.productCollection.clear(ref);
  ctx.loaders.collectionsOfLocation.clear(ref.locationId);
  return getProductCollection(ctx, ref);
}

export async function deleteProductCollection(ctx: GatewayContext, ref: CollectionRef): Promise<{ deletedGhlId: string }> {
  await ctx.ghl.call('deleteProductCollection', { path: { collectionId: ref.id }, location: ref.locationId });
  ctx.loaders.productCollection.clear(ref);
  ctx.loaders.collectionsOfLocation.clear(ref.locationId);
  return { deletedGhlId: ref.id };
}

function collectionBody(input: ProductCollectionInput): Record<string, unknown> {
  if (input.image != null && !URL.canParse(input.image)) throw gatewayError('BAD_USER_INPUT', 'image must be a URL');
  const seo = definedOnly({ title: input.seoTitle ?? undefined, description: input.seoDescription ?? undefined });
  return definedOnly({
    name: input.name == null ? undefined : nonEmpty(input.name, 'name'),
    slug: input.slug == null ? undefined : slugOf(input.slug),
    image: input.image ?? undefined,
    seo: Object.keys(seo).length > 0 ? seo : undefined,
  });
}

function slugOf(value: string): string {
  const slug = nonEmpty(value, 'slug');
  if (!SLUG.test(slug)) throw gatewayError('BAD_USER_INPUT', 'slug must be letters, digits and single hyphens, such as "best-sellers"');
  return slug;
}
