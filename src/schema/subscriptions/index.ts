/**
 * The Subscription root: `events`, every verified event of a location as the GhlEvent interface,
 * and one typed field per family (`contactEvents`, `opportunityEvents`, ...) from ./fields.
 */
import { builder } from '../builder.ts';
import { GhlEventFamilyRef, GhlEventRef, SINCE_DESCRIPTION } from './fields/ghl-event.ts';
import { locationEvents } from './location-events.ts';
import './fields/index.ts';

builder.subscriptionType({ description: 'Live changes, as GoHighLevel pushes them by webhook.' });

builder.subscriptionField('events', (t) =>
  t.field({
    type: GhlEventRef,
    nullable: false,
    description:
      'Every verified event of a location from now on, whatever its family. Only for credentials that can read the location in GHL; ' +
      'optionally narrowed to some families and event types. Typed fields per family come through inline fragments ' +
      '(`... on OpportunityEvent { opportunity { name } }`); the family fields (`opportunityEvents`, ...) filter further.',
    args: {
      locationId: t.arg.id({ description: 'Location id or GHL location id; the default location when omitted.' }),
      families: t.arg({ type: [GhlEventFamilyRef], description: 'Only events of these families.' }),
      types: t.arg.stringList({ description: 'Only these event types, named as `GhlEvent.type` reads them.' }),
      since: t.arg.id({ description: SINCE_DESCRIPTION }),
    },
    // The type names are checked there, before any call to GHL.
    subscribe: (_, args, ctx) => locationEvents(ctx, args),
    resolve: (event) => event,
  }),
);
