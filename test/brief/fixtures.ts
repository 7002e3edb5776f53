/** Records the brief's rows act on: made fresh through the gateway, or read from the seeded sandbox. */
import { graphql } from '../generated/gql.ts';
import type { BriefContext } from './row.ts';

let made = 0;

/** A new contact of the default location, so a row can change or delete it freely. */
export async function newContact(brief: BriefContext): Promise<{ id: string; ghlId: string }> {
  made += 1;
  const data = await brief.gql(
    graphql(`mutation BriefNewContact($input: CreateContactInput!) { createContact(input: $input) { contact { id ghlId } } }`),
    { input: { firstName: 'Brief', lastName: `Row ${made}`, email: `brief.row.${made}.${Date.now()}@example.com` } },
  );
  return data.createContact.contact;
}

/** The default location's first active calendar that has team members, as the sandbox seeds it. */
export async function activeCalendar(brief: BriefContext): Promise<{ id: string; slotDuration: number; teamMembers: ({ ghlId: string } | null)[] }> {
  const data = await brief.gql(graphql(`query BriefActiveCalendar { calendars { id isActive slotDuration teamMembers { ghlId } } }`));
  const calendar = data.calendars.find((calendar) => calendar.isActive && calendar.teamMembers.length > 0);
  if (!calendar?.slotDuration) throw new Error('the sandbox seeds no active calendar with team members and a slot length');
  return { ...calendar, slotDuration: calendar.slotDuration };
}

/** A free slot of a calendar's first team member in the coming days: a booking there is accepted. */
export async function freeSlot(brief: BriefContext, calendar: { id: string; teamMembers: ({ ghlId: string } | null)[] }): Promise<string> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const data = await brief.gql(
    graphql(`query BriefFreeSlots($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { slots } }`),
    { id: calendar.id, from: day(2), to: day(9), u: calendar.teamMembers[0]?.ghlId },
  );
  const [slot] = data.freeSlots.flatMap((d) => d.slots);
  if (!slot) throw new Error(`no free slot on calendar ${calendar.id} in the coming week`);
  return slot;
}

export const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
