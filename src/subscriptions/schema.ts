/** The Subscription root and its first field: every verified event of a location, as JSON. */
import { builder } from '../schema/builder.ts';
import { eventCatalog, families, type EventFamily, type WebhookEvent } from './events.ts';
import { locationEvents } from './location-events.ts';

const typeNames = Object.keys(eventCatalog).join(', ');
const familyNames = Object.keys(families).join(', ');

export const WebhookEventRef = builder.objectRef<WebhookEvent>('WebhookEvent').implement({
  description: 'A change GoHighLevel reported by webhook, verified and de-duplicated by the gateway.',
  fields: (t) => ({
    type: t.exposeString('type', {
      nullable: false,
      description: `The event, as GHL's webhook docs name it (AppInstall for GHL's INSTALL, ...): ${typeNames}.`,
    }),
    family: t.exposeString('family', { nullable: false, description: `What the event is about: ${familyNames}.` }),
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

builder.subscriptionType({ description: 'Live changes, as GoHighLevel pushes them by webhook.' });

builder.subscriptionField('events', (t) =>
  t.field({
    type: WebhookEventRef,
    nullable: false,
    description:
      'Every verified event of a location from now on. Only for credentials that can read the location in GHL; ' +
      'optionally narrowed to some families and event types.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; the default location when omitted.' }),
      families: t.arg.stringList({ description: `Only these families: ${familyNames}.` }),
      types: t.arg.stringList({ description: 'Only these event types (see `WebhookEvent.type`).' }),
    },
    // The names are checked there, before any call to GHL.
    subscribe: (_, args, ctx) => locationEvents(ctx, { ...args, families: args.families as EventFamily[] | null | undefined }),
    resolve: (event) => event,
  }),
);
