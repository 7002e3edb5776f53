/**
 * Calendars, appointments and block slots (calendars.json), shaped like the objects GHL returns.
 * Event times are stored as GHL writes them, in the location's zone with the offset
 * ("2025-11-03T09:00:00-07:00"); Date.parse reads them back to instants.
 */

/** OpenHour: on these days (0 = Sunday), open in these windows, in the location's zone. */
export interface OpenHour {
  daysOfTheWeek: number[];
  hours: Array<{ openHour: number; openMinute: number; closeHour: number; closeMinute: number }>;
}

export type DurationUnit = 'mins' | 'hours';

/** TeamMemberResponse. */
export interface TeamMember {
  userId: string;
  priority: 0 | 0.5 | 1;
  isPrimary?: boolean;
  locationConfigurations?: Array<Record<string, unknown>>;
}

/**
 * CalendarDTO. The fields the sandbox acts on are typed; the rest of CalendarCreateDTO (widget,
 * form and notification settings) is kept as sent and returned as is.
 */
export interface Calendar {
  id: string;
  locationId: string;
  groupId?: string;
  name: string;
  description?: string;
  slug?: string;
  widgetSlug?: string;
  calendarType: 'round_robin' | 'event' | 'class_booking' | 'collective' | 'service_booking' | 'personal';
  eventType: 'RoundRobin_OptimizeForAvailability' | 'RoundRobin_OptimizeForEqualDistribution';
  isActive: boolean;
  teamMembers: TeamMember[];
  openHours: OpenHour[];
  slotDuration: number;
  slotDurationUnit: DurationUnit;
  slotInterval: number;
  slotIntervalUnit: DurationUnit;
  /** Spelt as in the spec. */
  appoinmentPerSlot: number;
  [setting: string]: unknown;
}

/** Statuses that hold their slot: a cancelled or invalid appointment frees it. */
export const BLOCKING_STATUSES = ['new', 'confirmed', 'showed', 'noshow'] as const;

export type AppointmentStatus = (typeof BLOCKING_STATUSES)[number] | 'cancelled' | 'invalid';

/** CalendarEventDTO, for an appointment. */
export interface Appointment {
  id: string;
  title: string;
  calendarId: string;
  locationId: string;
  contactId: string;
  groupId?: string;
  appointmentStatus: AppointmentStatus;
  assignedUserId?: string;
  /** Secondary owners. */
  users: string[];
  notes?: string;
  description?: string;
  address?: string;
  meetingLocationType?: string;
  isRecurring: false;
  startTime: string;
  endTime: string;
  dateAdded: string;
  dateUpdated: string;
}

/** A block slot: time taken off a whole calendar, or off one user on every calendar. */
export interface BlockSlot {
  id: string;
  locationId: string;
  title: string;
  calendarId?: string;
  assignedUserId?: string;
  startTime: string;
  endTime: string;
  dateAdded: string;
  dateUpdated: string;
}

/** GroupDTO: calendars of a location grouped under one booking page. */
export interface CalendarGroup {
  id: string;
  locationId: string;
  name: string;
  description: string;
  slug: string;
  isActive: boolean;
}

/** GetNoteSchema, as get-appointment-notes answers it; kept with its appointment. */
export interface AppointmentNote {
  id: string;
  appointmentId: string;
  body: string;
  userId?: string;
  contactId: string;
  dateAdded: string;
  createdBy?: { id: string; name: string };
}

/** CalendarNotificationResponseDTO, kept with its calendar; `deleted` is GHL's soft delete. */
export interface CalendarNotification {
  id: string;
  calendarId: string;
  receiverType: 'contact' | 'guest' | 'assignedUser' | 'emails' | 'phoneNumbers' | 'business';
  channel: 'email' | 'inApp' | 'sms' | 'whatsapp';
  notificationType: 'booked' | 'confirmation' | 'cancellation' | 'reminder' | 'followup' | 'reschedule';
  isActive: boolean;
  deleted: boolean;
  templateId?: string;
  body?: string;
  subject?: string;
  afterTime?: Array<{ timeOffset?: number; unit?: string }>;
  beforeTime?: Array<{ timeOffset?: number; unit?: string }>;
  selectedUsers?: string[];
  additionalEmailIds?: string[];
  additionalPhoneNumbers?: string[];
  fromAddress?: string;
  fromName?: string;
  fromNumber?: string;
}

/** CalendarResourceByIdResponseDTO (with its id): a room or equipment booked with service calendars. */
export interface CalendarResource {
  id: string;
  locationId: string;
  resourceType: 'equipments' | 'rooms';
  name: string;
  description: string;
  isActive: boolean;
  quantity: number;
  outOfService: number;
  capacity: number;
  calendarIds: string[];
}

/** ScheduleObjectResponseDTO: a user's availability, applied to some calendars; `deleted` is GHL's soft delete. */
export interface AvailabilitySchedule {
  id: string;
  locationId: string;
  userId: string;
  name: string;
  timezone: string;
  rules: Array<{ type: 'wday' | 'date'; day?: string; date?: string; intervals: Array<{ from: string; to: string }> }>;
  calendarIds: string[];
  dateAdded: string;
  dateUpdated: string;
  deleted: boolean;
}
