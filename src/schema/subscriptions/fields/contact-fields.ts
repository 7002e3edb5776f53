/**
 * `contactId` and `contact`, which every event about something of a contact's (a deal, a task, a
 * message, an invoice, ...) has: the id as the payload gives it, and the contact read by that id.
 * The payload never carries the contact itself, so the record is always read, also after a delete.
 */
import type { ObjectFieldBuilder } from '@pothos/core';
import { ContactRef } from '../../contacts.ts';
import type { EventFamily, WebhookEvent } from '../../../events/events.ts';
import type { Types } from './ghl-event.ts';
import { asId } from './read.ts';

/** The two fields, for a family whose payload names its contact where `contactIdOf` reads. */
export function contactFields<F extends EventFamily>(
  t: ObjectFieldBuilder<Types, WebhookEvent<F>>,
  contactIdOf: (event: WebhookEvent<F>) => unknown,
) {
  return {
    contactId: t.string({ description: 'GHL id of the contact.', resolve: (event) => asId(contactIdOf(event)) }),
    contact: t.field({
      type: ContactRef,
      description: 'The contact `contactId` names, read from GoHighLevel as it is now (one call per event), also when the event is a delete.',
      resolve: (event, _, ctx) => {
        const contactId = asId(contactIdOf(event));
        return contactId ? ctx.loaders.contact.load(contactId) : null;
      },
    }),
  };
}
