/**
 * What every typed subscription field shares: the `GhlEvent` interface (what any webhook event
 * says), one object type and event-type enum per family implementing it, the `locationId` and
 * `types` arguments, and `familyEvents`, which every field subscribes through: arguments checked
 * before anything is asked of GHL, then the subscriber's access to the location (through
 * `locationEvents`), then the records the filters name, then the events.
 */
import type { ArgBuilder, FieldMap, ObjectFieldBuilder, SchemaTypes } from '@pothos/core';
import type { GatewayContext } from '../../../context.ts';
import { builder } from '../../builder.ts';
import { eventCatalog, families, type EventFamily, type EventType, type WebhookEvent } from '../../../events/events.ts';
import { locationEvents } from '../location-events.ts';
import { eventNames, familyNames } from './names.ts';

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/** A family's enum value: `objectSchema` reads as `OBJECT_SCHEMA`, as every enum value of the schema is spelled. */
const enumValueOf = (family: string): string => family.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

export const GhlEventFamilyRef = builder.enumType('GhlEventFamily', {
  description: 'What a webhook event is about: the values the `events` field’s `families` argument takes.',
  values: Object.fromEntries(
    Object.keys(families).map((family) => [enumValueOf(family), { value: family, description: familyNames[family as EventFamily].about }]),
  ) as Record<string, { value: EventFamily; description: string }>,
});

export const GhlEventRef = builder.interfaceRef<WebhookEvent>('GhlEvent').implement({
  description:
    'A change GoHighLevel reported by webhook, verified and de-duplicated by the gateway. Each family has its own type ' +
    '(`ContactEvent`, `OpportunityEvent`, ...) with typed fields and the record it is about: select them with inline fragments. ' +
    'Fields of one name mean the same on every type; a field of a family’s own type is named after it ' +
    '(`OpportunityEvent.opportunityEventType: OpportunityEventType!`), so fragments on several types never conflict.',
  resolveType: (event) => familyNames[event.family].typeName,
  fields: (t) => ({
    type: t.exposeString('type', {
      nullable: false,
      description: `The event, as GHL's webhook docs name it (\`OpportunityStageUpdate\`; \`AppInstall\` for GHL's INSTALL, ...): ${Object.keys(eventCatalog).join(', ')}.`,
    }),
    family: t.expose('family', { type: GhlEventFamilyRef, nullable: false, description: 'What the event is about.' }),
    locationId: t.exposeID('locationId', { nullable: false, description: 'GHL id of the location it happened in.' }),
    webhookId: t.exposeID('webhookId', { nullable: false, description: 'GHL’s id of the delivery; unique per event.' }),
    timestamp: t.field({
      type: 'DateTime',
      nullable: false,
      description: 'When GHL sent it.',
      resolve: (event) => new Date(event.timestamp),
    }),
    entityId: t.exposeID('entityId', { nullable: true, description: 'GHL id of the record it is about, when the payload names one.' }),
    payload: t.field({ type: 'JSON', nullable: false, description: 'The webhook’s body, as GHL sent it.', resolve: (event) => event.payload }),
  }),
});

/**
 * A field of a family-specific type is named after its type (`opportunityEventType:
 * OpportunityEventType!`): GraphQL refuses two fields of one name and different types in fragments
 * on the types of one interface, so `eventType` on every family would fail every `events` query
 * that asks for it in two fragments.
 */
function enumFieldName(typeName: string): string {
  return `${typeName[0]!.toLowerCase()}${typeName.slice(1)}`;
}

/** The enum of a family's event types: GraphQL `STAGE_UPDATE` is the catalog's `OpportunityStageUpdate`. */
function eventTypeEnum<F extends EventFamily>(family: F) {
  const names = familyNames[family];
  const values = Object.fromEntries(
    (Object.keys(eventCatalog) as EventType[])
      .filter((type) => eventCatalog[type].family === family)
      .map((type) => [eventNames[type].value, { value: type, description: eventNames[type].description }]),
  ) as Record<string, { value: EventType; description: string }>;
  return builder.enumType(`${names.typeName}Type`, { description: `What happened, for ${names.typeName}.`, values });
}

/**
 * A family's object type, implementing GhlEvent, with its enum of event types in a field named
 * after it (`opportunityEventType`); `fields` adds what the payload says and the records it is about.
 */
export function familyEventType<F extends EventFamily>(
  family: F,
  description: string,
  fields: (t: ObjectFieldBuilder<Types, WebhookEvent<F>>) => FieldMap,
) {
  const { typeName } = familyNames[family];
  const types = eventTypeEnum(family);
  const ref = builder.objectRef<WebhookEvent<F>>(typeName).implement({
    description,
    // Every WebhookEvent<F> is a WebhookEvent; TypeScript cannot see it through the generic.
    interfaces: [GhlEventRef as never],
    fields: (t) => ({
      [enumFieldName(`${typeName}Type`)]: t.field({
        type: types,
        nullable: false,
        description: 'What happened: the values this family’s subscription field takes in `types`.',
        resolve: (event): EventType => event.type,
      }),
      ...fields(t),
    }),
  });
  return { ref, types };
}

/** The `since` argument of every subscription field: where a subscriber that reconnects resumes. */
export const SINCE_DESCRIPTION =
  'Resume: the `webhookId` of the last event received. The events of the location after it that this field would send come first, in order, each once, then live ones. ' +
  'Kept for SUBSCRIPTION_RESUME_WINDOW_MS (5 minutes by default), across replicas when they share Redis; an older or unknown id is BAD_USER_INPUT.';

/** `locationId`, `types` and `since`, which every family's field takes. */
export function familyArgs<F extends EventFamily>(t: ArgBuilder<Types>, types: ReturnType<typeof familyEventType<F>>['types']) {
  return {
    locationId: t.id({ description: 'Location id or GHL location id; the default location when omitted.' }),
    types: t({ type: [types], description: 'Only these kinds of event; every kind when omitted.' }),
    since: t.id({ description: SINCE_DESCRIPTION }),
  };
}

/** A filter argument: the records it names are checked with GHL before subscribing. */
export interface EventFilter<F extends EventFamily> {
  /** Throws BAD_USER_INPUT when the record the filter names is not in the location. */
  check?(ctx: GatewayContext, locationId: string): Promise<void>;
  matches(event: WebhookEvent<F>): boolean;
}

/**
 * The events of one family in a location, from now on, narrowed by types and filters. Filters are
 * built (and their ids parsed) by the caller, before this runs: a malformed argument is refused
 * without any call to GHL.
 */
export async function familyEvents<F extends EventFamily>(
  ctx: GatewayContext,
  family: F,
  args: { locationId?: string | null | undefined; types?: readonly string[] | null | undefined; since?: string | null | undefined },
  filters: readonly (EventFilter<F> | undefined)[] = [],
): Promise<AsyncIterable<WebhookEvent<F>>> {
  const active = filters.filter((candidate): candidate is EventFilter<F> => candidate !== undefined);
  const matches = active.length === 0 ? undefined : (event: WebhookEvent<F>) => active.every((each) => each.matches(event));
  const checkRecords = async (locationId: string) => {
    await Promise.all(active.map((each) => each.check?.(ctx, locationId)));
  };
  return locationEvents(ctx, { locationId: args.locationId, families: [family], types: args.types, since: args.since, matches, checkRecords });
}

/** The description of a family's subscription field. */
export function familyFieldDescription(family: EventFamily, filters = ''): string {
  return (
    `${familyNames[family].about} The events of one location from now on, only for credentials that can read it in GHL` +
    `${filters ? `; ${filters}` : ''}.`
  );
}
