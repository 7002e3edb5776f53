/**
 * The source of every subscription field: the verified events of one location the caller may
 * read, narrowed to some families and types. A typed field names its family,
 *   subscribe: (_, args, ctx) => locationEvents(ctx, { ...args, families: ['opportunity'] }),
 * and gets events whose `payload` is that family's (an OpportunityPayload).
 */
import { filter, map, pipe } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import { gatewayError } from '../ghl/errors.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import { assertReadable } from './authorize.ts';
import { eventCatalog, isEventFamily, isEventType, type EventFamily, type EventType, type WebhookEvent } from './events.ts';

export interface EventSelection<F extends EventFamily> {
  /** A global or GHL location id; the default location when unset. */
  locationId?: string | null | undefined;
  /** Only events of these families; all families when unset. */
  families?: readonly F[] | null | undefined;
  /** Only these event types (catalog names); they must belong to `families`. */
  types?: readonly string[] | null | undefined;
}

export async function locationEvents<F extends EventFamily = EventFamily>(
  ctx: GatewayContext,
  selection: EventSelection<F>,
): Promise<AsyncIterable<WebhookEvent<F>>> {
  const locationId = locationIdOf(selection.locationId, ctx.defaultLocationId);
  const families = checkedFamilies(selection.families);
  const types = checkedTypes(selection.types, families);
  await assertReadable(ctx, locationId);
  // The access check is done: an idle subscriber holds no loaders until an event needs them.
  ctx.dropLoaders();

  // The topic holds this location's events only; checking again costs nothing.
  const wanted = (event: WebhookEvent) =>
    event.locationId === locationId && (!families || families.has(event.family)) && (!types || types.has(event.type));
  return pipe(
    ctx.events.subscribe(locationId),
    filter(wanted),
    map((event) => {
      // One context serves every event of a subscription: without this, its loaders would
      // answer the record an event is about as it was when the subscription first loaded it.
      ctx.dropLoaders();
      return event;
    }),
    // Only events of F's families pass the filter.
  ) as AsyncIterable<WebhookEvent<F>>;
}

function checkedFamilies(families: readonly string[] | null | undefined): Set<EventFamily> | undefined {
  if (!families) return undefined;
  const unknown = families.filter((family) => !isEventFamily(family));
  if (unknown.length > 0) throw gatewayError('BAD_USER_INPUT', `Unknown event families: ${unknown.join(', ')}`);
  return new Set(families as EventFamily[]);
}

function checkedTypes(types: readonly string[] | null | undefined, families: Set<EventFamily> | undefined): Set<EventType> | undefined {
  if (!types) return undefined;
  const unknown = types.filter((type) => !isEventType(type));
  if (unknown.length > 0) throw gatewayError('BAD_USER_INPUT', `Unknown event types: ${unknown.join(', ')}`);
  if (families) {
    const outside = types.filter((type) => !families.has(eventCatalog[type as EventType].family));
    if (outside.length > 0) throw gatewayError('BAD_USER_INPUT', `Not events of ${[...families].join(', ')}: ${outside.join(', ')}`);
  }
  return new Set(types as EventType[]);
}
