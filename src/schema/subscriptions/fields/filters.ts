/**
 * Filter arguments of the typed subscription fields. Each takes either kind of id (global or GHL),
 * parsed at once; before subscribing, the record it names is looked up in the subscribed location,
 * so that a typo is a BAD_USER_INPUT rather than a subscription that never delivers anything.
 */
import type { GatewayContext } from '../../../context.ts';
import { codeOf, gatewayError } from '../../../errors.ts';
import { ghlIdOf, scopedIdOf } from '../../../resolvers/ids.ts';
import { pipelinesOf } from '../../../resolvers/opportunities.ts';
import { findCampaign } from '../../../resolvers/workflows.ts';
import type { EventFamily, WebhookEvent } from '../../../events/events.ts';
import type { EventFilter } from './ghl-event.ts';

type Read<F extends EventFamily> = (event: WebhookEvent<F>) => unknown;

/** A record GHL does not have is a bad argument here, not a missing result. */
async function mustExist<T>(lookup: Promise<T>, refusal: string): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (codeOf(error) === 'NOT_FOUND') throw gatewayError('BAD_USER_INPUT', refusal);
    throw error;
  }
}

function inLocation(recordLocationId: string | undefined, locationId: string, refusal: string): void {
  if (recordLocationId !== undefined && recordLocationId !== locationId) throw gatewayError('BAD_USER_INPUT', refusal);
}

export function contactFilter<F extends EventFamily>(value: string | null | undefined, contactIdOf: Read<F>): EventFilter<F> | undefined {
  if (value == null) return undefined;
  const contactId = ghlIdOf(value, 'Contact', 'contactId');
  const refusal = (locationId: string) => `contactId: no contact ${contactId} in location ${locationId}`;
  return {
    async check(ctx, locationId) {
      const contact = await mustExist(ctx.loaders.contact.load(contactId), refusal(locationId));
      inLocation(contact.locationId, locationId, refusal(locationId));
    },
    matches: (event) => contactIdOf(event) === contactId,
  };
}

export function pipelineFilter<F extends EventFamily>(value: string | null | undefined, pipelineIdOf: Read<F>): EventFilter<F> | undefined {
  if (value == null) return undefined;
  // A Pipeline's global id carries its location.
  const { id: pipelineId, ownerId } = scopedIdOf(value, 'Pipeline', 'pipelineId');
  return {
    async check(ctx, locationId) {
      const refusal = `pipelineId: no pipeline ${pipelineId} in location ${locationId}`;
      inLocation(ownerId, locationId, refusal);
      const pipelines = await pipelinesOf(ctx, locationId);
      if (!pipelines.some((pipeline) => pipeline.id === pipelineId)) throw gatewayError('BAD_USER_INPUT', refusal);
    },
    matches: (event) => pipelineIdOf(event) === pipelineId,
  };
}

export function calendarFilter<F extends EventFamily>(value: string | null | undefined, calendarIdOf: Read<F>): EventFilter<F> | undefined {
  if (value == null) return undefined;
  const calendarId = ghlIdOf(value, 'Calendar', 'calendarId');
  return {
    async check(ctx, locationId) {
      // One call lists them all, and proves the calendar is this location's.
      const calendars = await ctx.loaders.calendarsOfLocation.load(locationId);
      if (!calendars.some((calendar) => calendar.id === calendarId)) {
        throw gatewayError('BAD_USER_INPUT', `calendarId: no calendar ${calendarId} in location ${locationId}`);
      }
    },
    matches: (event) => calendarIdOf(event) === calendarId,
  };
}

export function conversationFilter<F extends EventFamily>(
  value: string | null | undefined,
  conversationIdOf: Read<F>,
): EventFilter<F> | undefined {
  if (value == null) return undefined;
  const conversationId = ghlIdOf(value, 'Conversation', 'conversationId');
  const refusal = (locationId: string) => `conversationId: no conversation ${conversationId} in location ${locationId}`;
  return {
    async check(ctx, locationId) {
      const conversation = await mustExist(ctx.loaders.conversation.load(conversationId), refusal(locationId));
      inLocation(conversation.locationId, locationId, refusal(locationId));
    },
    matches: (event) => conversationIdOf(event) === conversationId,
  };
}

export function campaignFilter<F extends EventFamily>(value: string | null | undefined, campaignIdOf: Read<F>): EventFilter<F> | undefined {
  if (value == null) return undefined;
  // A Campaign's global id carries its location.
  const { id: campaignId, ownerId } = scopedIdOf(value, 'Campaign', 'campaignId');
  return {
    async check(ctx: GatewayContext, locationId) {
      const refusal = `campaignId: no campaign ${campaignId} in location ${locationId}`;
      inLocation(ownerId, locationId, refusal);
      await mustExist(findCampaign(ctx, locationId, campaignId), refusal);
    },
    matches: (event) => campaignIdOf(event) === campaignId,
  };
}

/** A filter on a value the event carries, with nothing to look up. */
export function valueFilter<F extends EventFamily, V>(value: V | null | undefined, valueOf: (event: WebhookEvent<F>) => V | null): EventFilter<F> | undefined {
  return value == null ? undefined : { matches: (event) => valueOf(event) === value };
}
