/**
 * What invoice templates and estimate templates do alike: each is read through its location
 * (`altId`) as well as its id, listed by offset with a name search, written whole (GHL's edit is a
 * PUT) and deleted, and every read and write keeps this request's loader current. One factory does
 * that once; each kind hands in its GHL calls (so each stays a typed call of its own operation at
 * the one REST edge), its loader and its body, and keeps its own names and types.
 */
import type DataLoader from 'dataloader';
import type { GatewayContext } from '../context.ts';
import type { LocatedKey } from '../loaders/per-key.ts';
import { locatedIdOf, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

interface Template {
  _id: string;
  altId?: string;
}

export interface TemplateKind<T extends Template, Input> {
  /** The GraphQL type its global ids name. */
  typename: string;
  loader: (ctx: GatewayContext) => DataLoader<LocatedKey, T, string>;
  /** The whole template as GHL takes it, checked in full before any call. */
  body: (input: Input) => object;
  list: (
    ctx: GatewayContext,
    location: string,
    query: { search: string | undefined; limit: string; offset: string },
  ) => Promise<{ data?: T[]; totalCount?: number }>;
  create: (ctx: GatewayContext, location: string, body: object) => Promise<T>;
  update: (ctx: GatewayContext, ref: LocatedKey, body: object) => Promise<T>;
  remove: (ctx: GatewayContext, ref: LocatedKey) => Promise<unknown>;
}

export function templateResolvers<T extends Template, Input>(kind: TemplateKind<T, Input>) {
  const refOf = (ctx: GatewayContext, id: string, locationId: string | null | undefined): LocatedKey =>
    locatedIdOf(id, kind.typename, locationId, ctx.defaultLocationId);
  return {
    refOf,

    get: (ctx: GatewayContext, id: string, locationId?: string | null): Promise<T> => kind.loader(ctx).load(refOf(ctx, id, locationId)),

    async list(ctx: GatewayContext, args: ConnectionArgs & { locationId?: string | null; query?: string | null }): Promise<Connection<T>> {
      const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
      const page = offsetPage(args);
      const result = await kind.list(ctx, locationId, { search: args.query?.trim() || undefined, limit: String(page.size), offset: String(page.offset) });
      const templates = result.data ?? [];
      for (const template of templates) kind.loader(ctx).prime({ locationId: template.altId ?? locationId, id: template._id }, template);
      return offsetConnection(templates, page, result.totalCount);
    },

    async create(ctx: GatewayContext, locationId: string | null | undefined, input: Input): Promise<T> {
      const location = locationIdOf(locationId, ctx.defaultLocationId);
      const template = await kind.create(ctx, location, kind.body(input));
      kind.loader(ctx).prime({ locationId: template.altId ?? location, id: template._id }, template);
      return template;
    },

    async update(ctx: GatewayContext, ref: LocatedKey, input: Input): Promise<T> {
      const template = await kind.update(ctx, ref, kind.body(input));
      kind.loader(ctx).clear(ref).prime(ref, template);
      return template;
    },

    async remove(ctx: GatewayContext, ref: LocatedKey): Promise<{ deletedGhlId: string }> {
      await kind.remove(ctx, ref);
      kind.loader(ctx).clear(ref);
      return { deletedGhlId: ref.id };
    },
  };
}
