/**
 * A node that belongs to a location: its header (global id, `ghlId`, `locationId` and, where the
 * type offers it, `location` with its cost) declared once, so that a domain file declares only the
 * fields that make its type what it is. The `location` field reads through the per-request location
 * loader, shared by every record of a location.
 */
import type { FieldMap, ObjectFieldBuilder, ObjectRef } from '@pothos/core';
import type { GatewayContext } from '../context.ts';
import { locatedKeyOf } from '../resolvers/ids.ts';
import { builder, type BuilderTypes } from './builder.ts';
import { cost, sharedLists } from './cost.ts';
import { LocationRef } from './locations.ts';

type Loaded<Shape> = Promise<Shape | null | undefined> | Shape | null | undefined;

/**
 * How `node(id:)` reads a record again: by its GHL id, or, where GHL finds it only within its
 * location, by both (the node key is then `locationId/id`), or by a key of its own where GHL
 * addresses it by something else beside its id (a calendar resource by its type: `rooms/id`).
 */
type Reader<Shape> =
  | { loadById: (id: string, ctx: GatewayContext) => Loaded<Shape> }
  | { loadInLocation: (key: { locationId: string; id: string }, ctx: GatewayContext) => Loaded<Shape> }
  | { keyOf: (record: Shape) => string; loadByKey: (key: string, ctx: GatewayContext) => Loaded<Shape> };

export type LocatedNodeOptions<Shape> = Reader<Shape> & {
  description: string;
  ghlIdOf: (record: Shape) => string;
  locationIdOf: (record: Shape) => string | null | undefined;
  /** `nullable`: some GHL payloads of this type leave the location out. Non-null by default. */
  locationId?: { nullable?: boolean; description?: string };
  /** The `location` field, nullable by default; a type without it offers `locationId` only. */
  location?: { description: string; nullable?: boolean };
  /** The fields that make the type what it is. */
  fields: (t: ObjectFieldBuilder<BuilderTypes, Shape>) => FieldMap;
};

export function locatedNode<Shape>(ref: ObjectRef<BuilderTypes, Shape>, options: LocatedNodeOptions<Shape>) {
  const { ghlIdOf, locationIdOf, location } = options;
  return builder.node(ref, {
    description: options.description,
    ...('loadInLocation' in options
      ? {
          id: { resolve: (record: Shape) => `${locationIdOf(record)}/${ghlIdOf(record)}` },
          loadOne: (key: string, ctx: GatewayContext) => options.loadInLocation(locatedKeyOf(key), ctx),
        }
      : 'loadByKey' in options
        ? { id: { resolve: options.keyOf }, loadOne: options.loadByKey }
        : { id: { resolve: ghlIdOf }, loadOne: options.loadById }),
    fields: (t) => ({
      ghlId: t.string({ nullable: false, description: 'The GoHighLevel id.', resolve: ghlIdOf }),
      locationId: t.string({
        nullable: options.locationId?.nullable ?? false,
        description: options.locationId?.description ?? 'GHL id of the location.',
        resolve: locationIdOf,
      }),
      ...(location && {
        location: t.field({
          type: LocationRef,
          nullable: location.nullable ?? true,
          description: location.description,
          extensions: { cost: cost.batchedPerRequest(sharedLists.location) },
          resolve: (record, _, ctx) => {
            // A record GHL sent without its location has none to read.
            const locationId = locationIdOf(record);
            return locationId ? ctx.loaders.location.load(locationId) : null;
          },
        }),
      }),
      ...options.fields(t),
    }),
  });
}
