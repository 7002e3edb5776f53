/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an appointment stands. */
export type AppointmentStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Confirmed. */
  | 'CONFIRMED'
  /** Not a real booking. */
  | 'INVALID'
  /** Booked, not confirmed yet. */
  | 'NEW'
  /** The contact did not come. */
  | 'NOSHOW'
  /** The contact came. */
  | 'SHOWED';

/** One opening range within a day. */
export type CalendarHoursInput = {
  /** Hour it closes (0-23); after it opens. */
  closeHour: number;
  /** Minute it closes (0-59). */
  closeMinute: number;
  /** Hour it opens (0-23). */
  openHour: number;
  /** Minute it opens (0-59). */
  openMinute: number;
};

/** Weekly availability on some days of the week. */
export type CalendarOpenHoursInput = {
  /** Days: 0 (Sunday) to 6 (Saturday). */
  daysOfTheWeek: Array<number>;
  /** Opening ranges on those days. */
  hours: Array<CalendarHoursInput>;
};

/** A user who takes bookings on a new calendar. */
export type CalendarTeamMemberInput = {
  /** The primary member (collective calendars need exactly one). */
  isPrimary?: boolean | null | undefined;
  /** Round-robin priority: 0, 0.5 (default) or 1. */
  priority?: number | null | undefined;
  /** User id or GHL user id. */
  userId: string | number;
};

/** What kind of calendar it is. */
export type CalendarType =
  /** Many contacts book seats in one slot. */
  | 'CLASS_BOOKING'
  /** Every member attends; one is primary. */
  | 'COLLECTIVE'
  /** An event calendar. */
  | 'EVENT'
  /** One user’s own calendar. */
  | 'PERSONAL'
  /** Bookings shared out among a team. */
  | 'ROUND_ROBIN'
  /** Services booked with staff. */
  | 'SERVICE_BOOKING';

/** A new appointment. */
export type CreateAppointmentInput = {
  /** Where it takes place (address or meeting link). */
  address?: string | null | undefined;
  /** Status. */
  appointmentStatus?: AppointmentStatus | null | undefined;
  /** The user who owns it (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** The calendar (Calendar id or GHL calendar id). */
  calendarId: string | number;
  /** The contact it is with (Contact id or GHL contact id). */
  contactId: string | number;
  /** Description. */
  description?: string | null | undefined;
  /** When it ends; after startTime. GHL uses the slot length when left out. */
  endTime?: string | null | undefined;
  /** Book even outside the calendar’s minimum notice and date range. */
  ignoreDateRange?: boolean | null | undefined;
  /** Book even outside the free slots. */
  ignoreFreeSlotValidation?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Which of the calendar’s meeting locations (`locationConfigurations`), by its id. */
  meetingLocationId?: string | null | undefined;
  /** How it takes place. */
  meetingLocationType?: MeetingLocationType | null | undefined;
  /** Use meetingLocationType rather than the calendar’s configured location. */
  overrideLocationConfig?: boolean | null | undefined;
  /** When it starts. */
  startTime: string;
  /** Title. */
  title?: string | null | undefined;
  /** Run the calendar’s automations (default true). */
  toNotify?: boolean | null | undefined;
};

/** Time to block, on a calendar or for a user (one of them). */
export type CreateBlockSlotInput = {
  /** The user to block (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** The calendar to block (Calendar id or GHL calendar id). */
  calendarId?: string | number | null | undefined;
  /** When it ends; after startTime. */
  endTime: string;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** When it starts. */
  startTime: string;
  /** Title. */
  title?: string | null | undefined;
};

/** A new calendar. Durations are in minutes. */
export type CreateCalendarInput = {
  /** Contacts may cancel. */
  allowCancellation?: boolean | null | undefined;
  /** Contacts may reschedule. */
  allowReschedule?: boolean | null | undefined;
  /** Bookings a day takes (at least 1). */
  appointmentsPerDay?: number | null | undefined;
  /** Bookings a slot takes per user (at least 1). */
  appointmentsPerSlot?: number | null | undefined;
  /** Confirm bookings without review. */
  autoConfirm?: boolean | null | undefined;
  /** Kind of calendar. */
  calendarType?: CalendarType | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Colour of booked events, as a hex code like "#039be5". */
  eventColor?: string | null | undefined;
  /** Title template of booked events, e.g. "{{contact.name}}". */
  eventTitle?: string | null | undefined;
  /** GHL id of a calendar group to put it in. */
  groupId?: string | number | null | undefined;
  /** Active (default) or draft. */
  isActive?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Name. */
  name: string;
  /** Standard weekly availability. */
  openHours?: Array<CalendarOpenHoursInput> | null | undefined;
  /** Minutes kept free before a meeting. */
  preBuffer?: number | null | undefined;
  /** Minutes kept free after a meeting. */
  slotBuffer?: number | null | undefined;
  /** Length of a meeting, in minutes (at least 1). */
  slotDuration?: number | null | undefined;
  /** Minutes between the starts of two slots (at least 1). */
  slotInterval?: number | null | undefined;
  /** URL slug of the booking page. */
  slug?: string | null | undefined;
  /** The users who take bookings. */
  teamMembers?: Array<CalendarTeamMemberInput> | null | undefined;
};

/** How a meeting takes place. */
export type MeetingLocationType =
  /** An address. */
  | 'ADDRESS'
  /** A place or link of its own. */
  | 'CUSTOM'
  /** Google Meet. */
  | 'GMEET'
  /** Google Calendar’s own meeting. */
  | 'GOOGLE'
  /** Microsoft Teams. */
  | 'MS_TEAMS'
  /** A phone call. */
  | 'PHONE'
  /** Zoom. */
  | 'ZOOM';

/** Changes to an appointment; fields left out stay as they are. */
export type UpdateAppointmentInput = {
  /** Where it takes place (address or meeting link). */
  address?: string | null | undefined;
  /** Status. */
  appointmentStatus?: AppointmentStatus | null | undefined;
  /** The user who owns it (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** Move it to this calendar (Calendar id or GHL calendar id). */
  calendarId?: string | number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** When it ends; after startTime. */
  endTime?: string | null | undefined;
  /** Book even outside the calendar’s minimum notice and date range. */
  ignoreDateRange?: boolean | null | undefined;
  /** Move it even outside the free slots. */
  ignoreFreeSlotValidation?: boolean | null | undefined;
  /** Which of the calendar’s meeting locations (`locationConfigurations`), by its id. */
  meetingLocationId?: string | null | undefined;
  /** How it takes place. */
  meetingLocationType?: MeetingLocationType | null | undefined;
  /** Use meetingLocationType rather than the calendar’s configured location. */
  overrideLocationConfig?: boolean | null | undefined;
  /** When it starts. */
  startTime?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Run the calendar’s automations (default true). */
  toNotify?: boolean | null | undefined;
};

export type CalendarsWithSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarsWithSettingsQuery = { calendars: Array<{ id: string, ghlId: string, locationId: string | null, name: string | null, slug: string | null, calendarType: string | null, isActive: boolean | null, slotDuration: number | null, slotDurationUnit: string | null, slotInterval: number | null, appointmentsPerSlot: number | null, eventColor: string | null, openHours: Array<{ daysOfTheWeek: Array<number>, hours: Array<{ openHour: number | null, openMinute: number | null, closeHour: number | null, closeMinute: number | null }> }>, teamMembers: Array<{ ghlId: string, name: string | null } | null>, teamMemberSettings: Array<{ userId: string, priority: number | null, user: { ghlId: string } | null }> }> };

export type CalendarTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarTeamsQuery = { calendars: Array<{ teamMembers: Array<{ name: string | null, email: string | null } | null>, teamMemberSettings: Array<{ user: { name: string | null } | null }> }>, location: { users: Array<{ ghlId: string }>, calendars: Array<{ teamMembers: Array<{ ghlId: string } | null> }> } | null };

export type CalendarByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarByIdQuery = { calendar: { id: string, ghlId: string, name: string | null, location: { ghlId: string } | null } | null };

export type CalendarByGlobalIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarByGlobalIdQuery = { calendar: { ghlId: string } | null, node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type CalendarAppointmentsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CalendarAppointmentsQuery = { calendar: { appointments: Array<{ id: string, ghlId: string, title: string | null, appointmentStatus: string | null, startTime: string | null, endTime: string | null, calendarId: string | null, contactId: string | null, assignedUserId: string | null, calendar: { ghlId: string } | null, contact: { ghlId: string } | null, assignedUser: { ghlId: string } | null }> } | null };

export type AppointmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentByIdQuery = { appointment: { id: string, ghlId: string, title: string | null, startTime: string | null, contact: { ghlId: string } | null } | null };

export type AppointmentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentNodeQuery = { node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type ContactAppointmentsTimedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentsTimedQuery = { contact: { appointments: Array<{ ghlId: string, contactId: string | null, appointmentStatus: string | null, startTime: string | null, endTime: string | null, calendar: { ghlId: string } | null }> } | null };

export type ContactAppointmentsUntimedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentsUntimedQuery = { contact: { appointments: Array<{ ghlId: string, title: string | null, appointmentStatus: string | null }> } | null };

export type FreeSlotsInZoneQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  tz?: string | null | undefined;
}>;


export type FreeSlotsInZoneQuery = { freeSlots: Array<{ date: string, slots: Array<string> }> };

export type CreateCalendarMutationVariables = Exact<{
  input: CreateCalendarInput;
}>;


export type CreateCalendarMutation = { createCalendar: { calendar: { ghlId: string, name: string | null, calendarType: string | null, slotDuration: number | null, slotDurationUnit: string | null, eventColor: string | null, openHours: Array<{ daysOfTheWeek: Array<number>, hours: Array<{ openHour: number | null, closeHour: number | null }> }>, teamMembers: Array<{ ghlId: string } | null> } } };

export type FreeSlotsOfUserQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  u?: string | number | null | undefined;
}>;


export type FreeSlotsOfUserQuery = { freeSlots: Array<{ date: string, slots: Array<string> }> };

export type CreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type CreateAppointmentMutation = { createAppointment: { appointment: { id: string, ghlId: string, title: string | null, appointmentStatus: string | null, meetingLocationType: MeetingLocationType | null, startTime: string | null, endTime: string | null, calendar: { ghlId: string } | null, contact: { ghlId: string } | null, assignedUser: { ghlId: string } | null } } };

export type MoveAppointmentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAppointmentInput;
}>;


export type MoveAppointmentMutation = { updateAppointment: { appointment: { ghlId: string, startTime: string | null, endTime: string | null, appointmentStatus: string | null, meetingLocationType: MeetingLocationType | null } } };

export type ContactAppointmentIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentIdsQuery = { contact: { appointments: Array<{ ghlId: string }> } | null };

export type CreateBlockSlotMutationVariables = Exact<{
  input: CreateBlockSlotInput;
}>;


export type CreateBlockSlotMutation = { createBlockSlot: { blockSlot: { ghlId: string, title: string | null, startTime: string | null, endTime: string | null, calendarId: string | null, calendar: { ghlId: string } | null } } };

export type UnknownCalendarAndAppointmentQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownCalendarAndAppointmentQuery = { calendar: { ghlId: string } | null, appointment: { ghlId: string } | null, location: { ghlId: string } | null };

export type CalendarsOfLocationQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type CalendarsOfLocationQuery = { calendars: Array<{ ghlId: string }> };

export type CalendarGhlIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarGhlIdQuery = { calendar: { ghlId: string } | null };

export type LocationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type LocationQuery = { location: { ghlId: string, name: string | null } | null };


export const CalendarsWithSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarsWithSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"calendarType"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"slotDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"slotInterval"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsPerSlot"}},{"kind":"Field","name":{"kind":"Name","value":"eventColor"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfTheWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHour"}},{"kind":"Field","name":{"kind":"Name","value":"openMinute"}},{"kind":"Field","name":{"kind":"Name","value":"closeHour"}},{"kind":"Field","name":{"kind":"Name","value":"closeMinute"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarsWithSettingsQuery, CalendarsWithSettingsQueryVariables>;
export const CalendarTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarTeamsQuery, CalendarTeamsQueryVariables>;
export const CalendarByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarByIdQuery, CalendarByIdQueryVariables>;
export const CalendarByGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarByGlobalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarByGlobalIdQuery, CalendarByGlobalIdQueryVariables>;
export const CalendarAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarAppointmentsQuery, CalendarAppointmentsQueryVariables>;
export const AppointmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentByIdQuery, AppointmentByIdQueryVariables>;
export const AppointmentNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentNodeQuery, AppointmentNodeQueryVariables>;
export const ContactAppointmentsTimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentsTimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentsTimedQuery, ContactAppointmentsTimedQueryVariables>;
export const ContactAppointmentsUntimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentsUntimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentsUntimedQuery, ContactAppointmentsUntimedQueryVariables>;
export const FreeSlotsInZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlotsInZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tz"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tz"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsInZoneQuery, FreeSlotsInZoneQueryVariables>;
export const CreateCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calendarType"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"slotDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"eventColor"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfTheWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHour"}},{"kind":"Field","name":{"kind":"Name","value":"closeHour"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarMutation, CreateCalendarMutationVariables>;
export const FreeSlotsOfUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlotsOfUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsOfUserQuery, FreeSlotsOfUserQueryVariables>;
export const CreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLocationType"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAppointmentMutation, CreateAppointmentMutationVariables>;
export const MoveAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLocationType"}}]}}]}}]}}]} as unknown as DocumentNode<MoveAppointmentMutation, MoveAppointmentMutationVariables>;
export const ContactAppointmentIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentIdsQuery, ContactAppointmentIdsQueryVariables>;
export const CreateBlockSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBlockSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBlockSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBlockSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBlockSlotMutation, CreateBlockSlotMutationVariables>;
export const UnknownCalendarAndAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownCalendarAndAppointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"cal000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"apt000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UnknownCalendarAndAppointmentQuery, UnknownCalendarAndAppointmentQueryVariables>;
export const CalendarsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CalendarsOfLocationQuery, CalendarsOfLocationQueryVariables>;
export const CalendarGhlIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarGhlId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CalendarGhlIdQuery, CalendarGhlIdQueryVariables>;
export const LocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Location"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocationQuery, LocationQueryVariables>;