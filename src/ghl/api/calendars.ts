/**
 * The calendars API (calendars.json, Version 2021-04-15): calendars and their groups, resources
 * (rooms and equipment), users' availability schedules, appointments and their notes, blocked slots, and free slots. A contact's appointments come from the contacts API
 * (contacts.json, Version 2021-07-28), in a slightly different shape (GetEventSchema).
 */
import { define, fromSpec } from '../operation.ts';

export interface GhlCalendarHour {
  openHour?: number;
  openMinute?: number;
  closeHour?: number;
  closeMinute?: number;
}

export interface GhlCalendarOpenHour {
  daysOfTheWeek?: number[];
  hours?: GhlCalendarHour[];
}

export interface GhlCalendarTeamMember {
  userId: string;
  priority?: number;
  isPrimary?: boolean;
}

/** CalendarDTO; `appoinmentPerSlot` and `appoinmentPerDay` are spelled as GHL spells them. */
export interface GhlCalendar {
  id: string;
  locationId: string;
  name?: string;
  description?: string;
  slug?: string;
  widgetSlug?: string;
  calendarType?: string;
  eventType?: string;
  widgetType?: string;
  groupId?: string;
  isActive?: boolean;
  eventTitle?: string;
  eventColor?: string;
  teamMembers?: GhlCalendarTeamMember[];
  openHours?: GhlCalendarOpenHour[];
  slotDuration?: number;
  slotDurationUnit?: string;
  slotInterval?: number;
  slotIntervalUnit?: string;
  slotBuffer?: number;
  slotBufferUnit?: string;
  preBuffer?: number;
  preBufferUnit?: string;
  appoinmentPerSlot?: number;
  appoinmentPerDay?: number;
  autoConfirm?: boolean;
  allowReschedule?: boolean;
  allowCancellation?: boolean;
}

/**
 * An appointment as the calendars API returns it (CalendarEventDTO, AppointmentSchemaResponse) or
 * the contacts API does (GetEventSchema, which adds `status`). Times are ISO strings in practice,
 * though CalendarEventDTO types them as `object`.
 */
export interface GhlAppointment {
  id: string;
  calendarId: string;
  locationId: string;
  contactId?: string;
  groupId?: string;
  title?: string;
  status?: string;
  appointmentStatus?: string;
  assignedUserId?: string;
  users?: string[];
  address?: string;
  meetingLocationType?: string;
  notes?: string;
  description?: string;
  isRecurring?: boolean;
  rrule?: string;
  masterEventId?: string;
  startTime?: string;
  endTime?: string;
  dateAdded?: string;
  dateUpdated?: string;
}

/** BlockedSlotSuccessfulResponseDto */
export interface GhlBlockSlot {
  id: string;
  locationId: string;
  title?: string;
  calendarId?: string;
  assignedUserId?: string;
  startTime?: string;
  endTime?: string;
}

/** GroupDTO: calendars of a location under one booking page. */
export interface GhlCalendarGroup {
  id: string;
  locationId: string;
  name?: string;
  description?: string;
  slug?: string;
  isActive?: boolean;
}

/** GetNoteSchema of the calendars API: a note on an appointment. */
export interface GhlAppointmentNote {
  id: string;
  body?: string;
  userId?: string;
  contactId?: string;
  dateAdded?: string;
  createdBy?: { id?: string; name?: string };
}

/** CalendarNotificationResponseDTO: who is told what, on which channel, at an appointment's turn. */
export interface GhlCalendarNotification {
  _id: string;
  receiverType?: string;
  channel?: string;
  notificationType?: string;
  isActive?: boolean;
  deleted?: boolean;
  templateId?: string;
  subject?: string;
  body?: string;
  beforeTime?: { timeOffset?: number; unit?: string }[];
  afterTime?: { timeOffset?: number; unit?: string }[];
  selectedUsers?: string[];
  additionalEmailIds?: string[];
  additionalPhoneNumbers?: string[];
}

/** A room or equipment booked with a service calendar (CalendarResourceByIdResponseDTO, with its id: openapi/overrides.ts). */
export interface GhlCalendarResource {
  id: string;
  locationId: string;
  name?: string;
  resourceType?: 'equipments' | 'rooms';
  isActive?: boolean;
  description?: string;
  quantity?: number;
  outOfService?: number;
  capacity?: number;
  calendarIds?: string[];
}

/** ScheduleRuleDTO: open intervals on a weekday (`wday`, recurring) or on one date (`date`). */
export interface GhlScheduleRule {
  type?: 'wday' | 'date';
  day?: string;
  date?: string;
  intervals?: { from?: string; to?: string }[];
}

/** ScheduleObjectResponseDTO: when a user is available, for the calendars that take it. */
export interface GhlAvailabilitySchedule {
  id: string;
  locationId: string;
  userId?: string;
  name?: string;
  timezone?: string;
  rules?: GhlScheduleRule[];
  calendarIds?: string[];
  dateAdded?: string;
  dateUpdated?: string;
  deleted?: boolean;
}

/** Free slots by day (`YYYY-MM-DD`); GHL may add other keys (a `traceId`) beside the days. */
export type GhlFreeSlots = Record<string, { slots?: string[] } | unknown>;

export const calendarOperations = {
  listCalendars: define<{ calendars: GhlCalendar[] }>()({
    lists: { calendars: 'records', 'calendars[].teamMembers': 'records', 'calendars[].openHours': 'records', 'calendars[].openHours[].hours': 'records' },
    ...fromSpec('calendarsGetCalendars'),
    location: { in: 'query', name: 'locationId' },
  }),
  getCalendar: define<{ calendar: GhlCalendar }>()({
    lists: { 'calendar.teamMembers': 'records', 'calendar.openHours': 'records', 'calendar.openHours[].hours': 'records' },
    ...fromSpec('calendarsGetCalendar'),
    location: 'none',
  }),
  createCalendar: define<{ calendar: GhlCalendar }>()({
    ...fromSpec('calendarsCreateCalendar'),
    location: { in: 'body', name: 'locationId' },
  }),
  getFreeSlots: define<GhlFreeSlots>()({
    ...fromSpec('calendarsGetSlots'),
    location: 'none',
  }),
  listCalendarEvents: define<{ events: GhlAppointment[] }>()({
    lists: { events: 'records' },
    ...fromSpec('calendarsGetCalendarEvents'),
    location: { in: 'query', name: 'locationId' },
  }),
  getAppointment: define<{ event: GhlAppointment }>()({
    ...fromSpec('calendarsGetAppointment'),
    location: 'none',
  }),
  createAppointment: define<GhlAppointment>()({
    ...fromSpec('calendarsCreateAppointment'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateAppointment: define<GhlAppointment>()({
    ...fromSpec('calendarsEditAppointment'),
    location: 'none',
  }),
  createBlockSlot: define<GhlBlockSlot>()({
    ...fromSpec('calendarsCreateBlockSlot'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateCalendar: define<{ calendar: GhlCalendar }>()({
    lists: { 'calendar.teamMembers': 'records', 'calendar.openHours': 'records', 'calendar.openHours[].hours': 'records' },
    ...fromSpec('calendarsUpdateCalendar'),
    location: 'none',
  }),
  deleteCalendar: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDeleteCalendar'),
    location: 'none',
  }),
  /** An appointment or a block slot: GHL calls both events. */
  deleteEvent: define<{ succeeded?: boolean }>()({
    ...fromSpec('calendarsDeleteEvent'),
    location: 'none',
  }),
  listCalendarGroups: define<{ groups: GhlCalendarGroup[] }>()({
    lists: { groups: 'records' },
    ...fromSpec('calendarsGetGroups'),
    location: { in: 'query', name: 'locationId' },
  }),
  createCalendarGroup: define<{ group: GhlCalendarGroup }>()({
    ...fromSpec('calendarsCreateCalendarGroup'),
    location: { in: 'body', name: 'locationId' },
  }),
  // A POST that only asks: safe to send again.
  validateCalendarGroupSlug: define<{ available: boolean }>()({
    ...fromSpec('calendarsValidateGroupsSlug'),
    location: { in: 'body', name: 'locationId' },
    idempotent: true,
  }),
  updateCalendarGroup: define<{ group: GhlCalendarGroup }>()({
    ...fromSpec('calendarsEditGroup'),
    location: 'none',
  }),
  setCalendarGroupStatus: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDisableGroup'),
    location: 'none',
  }),
  deleteCalendarGroup: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDeleteGroup'),
    location: 'none',
  }),
  listAppointmentNotes: define<{ notes: GhlAppointmentNote[]; hasMore?: boolean }>()({
    lists: { notes: 'records' },
    ...fromSpec('calendarsGetAppointmentNotes'),
    location: 'none',
  }),
  createAppointmentNote: define<{ note: GhlAppointmentNote }>()({
    ...fromSpec('calendarsCreateAppointmentNote'),
    location: 'none',
  }),
  updateAppointmentNote: define<{ note: GhlAppointmentNote }>()({
    ...fromSpec('calendarsUpdateAppointmentNote'),
    location: 'none',
  }),
  deleteAppointmentNote: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDeleteAppointmentNote'),
    location: 'none',
  }),
  listBlockedSlots: define<{ events: GhlBlockSlot[] }>()({
    lists: { events: 'records' },
    ...fromSpec('calendarsGetBlockedSlots'),
    location: { in: 'query', name: 'locationId' },
  }),
  updateBlockSlot: define<GhlBlockSlot>()({
    ...fromSpec('calendarsEditBlockSlot'),
    location: { in: 'body', name: 'locationId' },
  }),
  listCalendarNotifications: define<GhlCalendarNotification[]>()({
    lists: { '': 'records' },
    ...fromSpec('calendarsGetEventNotification'),
    location: 'none',
  }),
  getCalendarNotification: define<GhlCalendarNotification>()({
    ...fromSpec('calendarsFindEventNotification'),
    location: 'none',
  }),
  /** GHL creates several at once: the body and the answer are lists. */
  createCalendarNotifications: define<GhlCalendarNotification[]>()({
    lists: { '': 'records' },
    ...fromSpec('calendarsCreateEventNotification'),
    location: 'none',
  }),
  updateCalendarNotification: define<{ message?: string }>()({
    ...fromSpec('calendarsUpdateEventNotification'),
    location: 'none',
  }),
  deleteCalendarNotification: define<{ message?: string }>()({
    ...fromSpec('calendarsDeleteEventNotification'),
    location: 'none',
  }),
  listCalendarResources: define<GhlCalendarResource[]>()({
    lists: { '': 'records' },
    ...fromSpec('calendarsFetchCalendarResources'),
    location: { in: 'query', name: 'locationId' },
  }),
  getCalendarResource: define<GhlCalendarResource>()({
    lists: { calendarIds: 'strings' },
    ...fromSpec('calendarsGetCalendarResource'),
    location: 'none',
  }),
  createCalendarResource: define<GhlCalendarResource>()({
    lists: { calendarIds: 'strings' },
    ...fromSpec('calendarsCreateCalendarResource'),
    location: { in: 'body', name: 'locationId' },
  }),
  /** Answered without its calendars (CalendarResourceResponseDTO). */
  updateCalendarResource: define<Omit<GhlCalendarResource, 'calendarIds'>>()({
    ...fromSpec('calendarsUpdateCalendarResource'),
    location: { in: 'body', name: 'locationId', optional: true },
  }),
  deleteCalendarResource: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDeleteCalendarResource'),
    location: 'none',
  }),
  listAvailabilitySchedules: define<{ schedules: GhlAvailabilitySchedule[] }>()({
    lists: { schedules: 'records', 'schedules[].rules': 'records', 'schedules[].calendarIds': 'strings' },
    ...fromSpec('calendarsGetAllSchedules'),
    location: { in: 'query', name: 'locationId' },
  }),
  getAvailabilitySchedule: define<{ schedule: GhlAvailabilitySchedule }>()({
    lists: { 'schedule.rules': 'records', 'schedule.calendarIds': 'strings' },
    ...fromSpec('calendarsGetScheduleById'),
    location: 'none',
  }),
  createAvailabilitySchedule: define<{ schedule: GhlAvailabilitySchedule }>()({
    lists: { 'schedule.rules': 'records', 'schedule.calendarIds': 'strings' },
    ...fromSpec('calendarsCreateSchedule'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateAvailabilitySchedule: define<{ schedule: GhlAvailabilitySchedule }>()({
    lists: { 'schedule.rules': 'records', 'schedule.calendarIds': 'strings' },
    ...fromSpec('calendarsUpdateSchedule'),
    location: 'none',
  }),
  deleteAvailabilitySchedule: define<{ success?: boolean }>()({
    ...fromSpec('calendarsDeleteSchedule'),
    location: 'none',
  }),
  addCalendarToAvailabilitySchedule: define<{ success?: boolean }>()({
    ...fromSpec('calendarsAddCalendarToSchedule'),
    location: 'none',
  }),
  removeCalendarFromAvailabilitySchedule: define<{ success?: boolean }>()({
    ...fromSpec('calendarsRemoveCalendarFromSchedule'),
    location: 'none',
  }),
  listContactAppointments: define<{ events: GhlAppointment[] }>()({
    lists: { events: 'records' },
    ...fromSpec('contactsGetAppointmentsForContact'),
    location: 'none',
  }),
};
