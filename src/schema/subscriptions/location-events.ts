/**
 * The source of every subscription field: the verified events of one location the caller may
 * read, narrowed to some families and types. A typed field names its family,
 *   subscribe: (_, args, ctx) => locationEvents(ctx, { ...args, families: ['opportunity'] }),
 * and gets events whose `payload` is that family's (an OpportunityPayload).
 */
import type { GatewayContext } from '../../context.ts';
import { gatewayError } from '../../errors.ts';
import { locationIdOf } from '../../resolvers/ids.ts';
import { eventCatalog, isEventType, type EventFamily, type EventType, type WebhookEvent } from '../../events/events.ts';
import { ResumeRefused } from '../../events/history.ts';

export interface EventSelection<F extends EventFamily> {
  /** A global or GHL location id; the default location when unset. */
  locationId?: string | null | undefined;
  /** Only events of these families; all families when unset. */
  families?: readonly F[] | null | undefined;
  /** Only these event types (catalog names); they must belong to `families`. */
  types?: readonly string[] | null | undefined;
  /** Only the events this accepts (a field's own filters). */
  matches?: ((event: WebhookEvent<F>) => boolean) | undefined;
  /** The webhookId of the last event the subscriber got: the events after it come first (src/events/history.ts). */
  since?: string | null | undefined;
  /** Checks of the records the filters name: run once GHL has said these credentials read the location. */
  checkRecords?: ((locationId: string) => Promise<void>) | undefined;
}

export async function locationEvents<F extends EventFamily = EventFamily>(
  ctx: GatewayContext,
  selection: EventSelection<F>,
): Promise<AsyncIterable<WebhookEvent<F>>> {
  const locationId = locationIdOf(selection.locationId, ctx.defaultLocationId);
  // Families are GhlEventFamily values, which GraphQL has checked already.
  const families: Set<EventFamily> | undefined = selection.families ? new Set(selection.families) : undefined;
  const types = checkedTypes(selection.types, families);
  await assertReadable(ctx, locationId);
  await selection.checkRecords?.(locationId);
  // The access check is done: an idle subscriber holds no loaders until an event needs them.
  ctx.dropLoaders();

  // Tested as the event is offered, before it is queued for this subscriber or any GraphQL runs.
  const { matches } = selection;
  const wanted = (event: WebhookEvent) =>
    (!families || families.has(event.family)) && (!types || types.has(event.type)) && (!matches || matches(event as WebhookEvent<F>));
  const { since } = selection;
  const events = (since ? await resume(ctx, locationId, since, wanted) : ctx.events.subscribe(locationId, wanted)) as AsyncIterableIterator<WebhookEvent<F>>;
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        // One context serves every event of a subscription: without this, its loaders would
        // answer the record an event is about as it was when the subscription first loaded it.
        ctx.dropLoaders();
        // A resume the history's trim overtook while it caught up ends as one refused at the start.
        const next = await events.next().catch(refusedResume);
        // Kept for a while and shared (src/credentials/access-checks.ts): once it lapses, the next event asks GHL
        // again, and a revoked credential's subscription ends with GHL's refusal.
        if (!next.done) await assertReadable(ctx, locationId);
        return next;
      },
      return: () => events.return!(),
    }),
  };
}

function resume(ctx: GatewayContext, locationId: string, since: string, wanted: (event: WebhookEvent) => boolean) {
  return ctx.events.resume(locationId, since, wanted).catch(refusedResume);
}

function refusedResume(error: unknown): never {
  throw error instanceof ResumeRefused ? gatewayError('BAD_USER_INPUT', error.message) : error;
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

function assertReadable(ctx: GatewayContext, locationId: string): Promise<void> {
  return ctx.accessChecks.readable(ctx.principal, locationId, () => ctx.readLocation(locationId));
}
