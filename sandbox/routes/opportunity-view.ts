/**
 * An opportunity as SearchOpportunitiesResponseSchema shows it, in search results and single
 * answers alike: with its contact embedded (id, name, company, email, phone, tags), read live,
 * so a board can draw its cards without fetching a contact per deal.
 */
import type { Contact, Opportunity } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly } from '../http/validate.ts';

/** What search's getTasks / getNotes / getCalendarEvents ask to have joined in: the contact's records. */
export interface Joined {
  tasks?: boolean;
  notes?: boolean;
  calendarEvents?: boolean;
}

export function opportunityView(store: SandboxStore, opportunity: Opportunity, joined: Joined = {}) {
  const contact = store.contacts.get(opportunity.contactId);
  return {
    ...opportunity,
    ...(contact && { contact: embeddedContact(contact) }),
    notes: joined.notes ? store.notesOfContact(opportunity.contactId) : [],
    tasks: joined.tasks ? store.tasksOfContact(opportunity.contactId) : [],
    calendarEvents: joined.calendarEvents ? store.appointmentsOfContact(opportunity.contactId) : [],
  };
}

/** SearchOpportunitiesContactResponseSchema. */
function embeddedContact(contact: Contact) {
  return definedOnly({
    id: contact.id,
    name: contact.name,
    companyName: contact.companyName,
    email: contact.email,
    phone: contact.phone,
    tags: contact.tags,
  });
}
