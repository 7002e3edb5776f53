/**
 * A node that belongs to a location: its header (global id, `ghlId`, `locationId` and, where the
 * type offers it, `location` with its cost) declared once, so that a domain file declares only the
 * fields that make its type what it is. The `location` field reads through the per-request location
 * loader, shared by every record of a location.
 */
import type { FieldMap, ObjectFieldBuilder, ObjectRef } from '@pothos/core';
import type { GatewayContext } from '../context.ts';
import { builder, type BuilderTypes } from './builder.ts';
import { cost, sharedLists } from './cost.ts';
import { LocationRef } from './locations.ts';

export interface LocatedNodeOptions<Shape> {
  description: string;
  /** What `node(id:)` reads the record back by: its GHL id, or `locationId/id` where GHL finds it only within its location. */
  keyOf: (record: Shape) => string;
  load: (key: string, ctx: GatewayContext) => Promise<Shape | null | undefined> | Shape | null | undefined;
  ghlIdOf: (record: Shape) => string;
  locationIdOf: (record: Shape) => string | null | undefined;
  /** `nullable`: some GHL payloads of this type leave the location out. Non-null by default. */
  locationId?: { nullable?: boolean; description?: string };
  /** The `location` field, nullable by default; a type without it offers `locationId` only. */
  location?: { description: string; nullable?: boolean };
  /** The fields that make the type what it is. */
  fields: (t: ObjectFieldBuilder<BuilderTypes, Shape>) => FieldMap;
}

export function locatedNode<Shape>(ref: ObjectRef<BuilderTypes, Shape>, options: LocatedNodeOptions<Shape>) {
  const { locationIdOf, location } = options;
  return builder.node(ref, {
    description: options.description,
    id: { resolve: options.keyOf },
    loadOne: options.load,
    fields: (t) => ({
      ghlId: t.string({ nullable: false, description: 'The GoHighLevel id.', resolve: options.ghlIdOf }),
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
