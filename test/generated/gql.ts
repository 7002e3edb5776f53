/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }": typeof types.CalendarsWithSettingsDocument,
    "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }": typeof types.CalendarTeamsDocument,
    "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }": typeof types.CalendarByIdDocument,
    "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }": typeof types.CalendarByGlobalIdDocument,
    "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startTime: $from, endTime: $to) {\n         id ghlId title appointmentStatus startTime endTime calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }": typeof types.CalendarAppointmentsDocument,
    "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startTime contact { ghlId } } }": typeof types.AppointmentByIdDocument,
    "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }": typeof types.AppointmentNodeDocument,
    "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId appointmentStatus startTime endTime calendar { ghlId } } } }": typeof types.ContactAppointmentsTimedDocument,
    "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title appointmentStatus } } }": typeof types.ContactAppointmentsUntimedDocument,
    "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, timezone: $tz) { date slots } }": typeof types.FreeSlotsInZoneDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }": typeof types.CreateCalendarDocument,
    "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { date slots } }": typeof types.FreeSlotsOfUserDocument,
    "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title appointmentStatus meetingLocationType startTime endTime calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }": typeof types.CreateAppointmentDocument,
    "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startTime endTime appointmentStatus meetingLocationType } } }": typeof types.MoveAppointmentDocument,
    "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }": typeof types.ContactAppointmentIdsDocument,
    "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startTime endTime calendarId calendar { ghlId } } } }": typeof types.CreateBlockSlotDocument,
    "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }": typeof types.UnknownCalendarAndAppointmentDocument,
    "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }": typeof types.CalendarsOfLocationDocument,
    "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }": typeof types.CalendarGhlIdDocument,
    "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": typeof types.LocationDocument,
};
const documents: Documents = {
    "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }": types.CalendarsWithSettingsDocument,
    "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }": types.CalendarTeamsDocument,
    "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }": types.CalendarByIdDocument,
    "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }": types.CalendarByGlobalIdDocument,
    "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startTime: $from, endTime: $to) {\n         id ghlId title appointmentStatus startTime endTime calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }": types.CalendarAppointmentsDocument,
    "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startTime contact { ghlId } } }": types.AppointmentByIdDocument,
    "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }": types.AppointmentNodeDocument,
    "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId appointmentStatus startTime endTime calendar { ghlId } } } }": types.ContactAppointmentsTimedDocument,
    "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title appointmentStatus } } }": types.ContactAppointmentsUntimedDocument,
    "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, timezone: $tz) { date slots } }": types.FreeSlotsInZoneDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }": types.CreateCalendarDocument,
    "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { date slots } }": types.FreeSlotsOfUserDocument,
    "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title appointmentStatus meetingLocationType startTime endTime calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }": types.CreateAppointmentDocument,
    "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startTime endTime appointmentStatus meetingLocationType } } }": types.MoveAppointmentDocument,
    "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }": types.ContactAppointmentIdsDocument,
    "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startTime endTime calendarId calendar { ghlId } } } }": types.CreateBlockSlotDocument,
    "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }": types.UnknownCalendarAndAppointmentDocument,
    "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }": types.CalendarsOfLocationDocument,
    "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }": types.CalendarGhlIdDocument,
    "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": types.LocationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }"): (typeof documents)["query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }"): (typeof documents)["query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }"): (typeof documents)["query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }"): (typeof documents)["query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startTime: $from, endTime: $to) {\n         id ghlId title appointmentStatus startTime endTime calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }"): (typeof documents)["query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startTime: $from, endTime: $to) {\n         id ghlId title appointmentStatus startTime endTime calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startTime contact { ghlId } } }"): (typeof documents)["query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startTime contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }"): (typeof documents)["query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId appointmentStatus startTime endTime calendar { ghlId } } } }"): (typeof documents)["query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId appointmentStatus startTime endTime calendar { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title appointmentStatus } } }"): (typeof documents)["query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title appointmentStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, timezone: $tz) { date slots } }"): (typeof documents)["query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, timezone: $tz) { date slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }"): (typeof documents)["mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { date slots } }"): (typeof documents)["query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { date slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title appointmentStatus meetingLocationType startTime endTime calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }"): (typeof documents)["mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title appointmentStatus meetingLocationType startTime endTime calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startTime endTime appointmentStatus meetingLocationType } } }"): (typeof documents)["mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startTime endTime appointmentStatus meetingLocationType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }"): (typeof documents)["query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startTime endTime calendarId calendar { ghlId } } } }"): (typeof documents)["mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startTime endTime calendarId calendar { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }"): (typeof documents)["query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }"): (typeof documents)["query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }"): (typeof documents)["query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"): (typeof documents)["\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;