/**
 * Reads CalendarCreateDTO (calendars.json) into a calendar, and CalendarUpdateDTO into changes, with the spec's defaults filled in.
 * Every field of the DTO is accepted and kept; the sandbox acts on the team, the open hours and
 * the slot settings. Without openHours a calendar has no free slots, as in GHL.
 */
import type { Calendar } from '../model/index.ts';
import { randomId } from '../random.ts';
import { readShape, readShapedBody, rule, type Shape } from '../http/shape.ts';
import { definedOnly, Validator } from '../http/validate.ts';

const UNITS = ['mins', 'hours'] as const;

const HOUR: Shape = {
  openHour: rule.required(rule.number({ min: 0, max: 23 })),
  openMinute: rule.required(rule.number({ min: 0, max: 60 })),
  closeHour: rule.required(rule.number({ min: 0, max: 23 })),
  closeMinute: rule.required(rule.number({ min: 0, max: 60 })),
};

const LOCATION_CONFIGURATION: Shape = {
  kind: rule.required(
    rule.oneOf(['custom', 'zoom_conference', 'google_conference', 'inbound_call', 'outbound_call', 'physical', 'booker', 'ms_teams_conference']),
  ),
  location: rule.string,
};

const AVAILABILITY: Shape = { date: rule.required(rule.string), hours: rule.required(rule.shapes(HOUR)), deleted: rule.boolean };

const CALENDAR_CREATE: Shape = {
  isActive: rule.boolean,
  notifications: rule.objects,
  locationId: rule.required(rule.string),
  groupId: rule.string,
  teamMembers: rule.shapes({
    userId: rule.required(rule.string),
    priority: rule.oneOf([0, 0.5, 1]),
    meetingLocationType: rule.oneOf(['custom', 'zoom', 'gmeet', 'phone', 'address', 'teams', 'booker']),
    meetingLocation: rule.string,
    isPrimary: rule.boolean,
    locationConfigurations: rule.shapes(LOCATION_CONFIGURATION),
  }),
  eventType: rule.oneOf(['RoundRobin_OptimizeForAvailability', 'RoundRobin_OptimizeForEqualDistribution']),
  name: rule.required(rule.string),
  description: rule.string,
  slug: rule.string,
  widgetSlug: rule.string,
  calendarType: rule.oneOf(['round_robin', 'event', 'class_booking', 'collective', 'service_booking', 'personal']),
  widgetType: rule.oneOf(['default', 'classic']),
  eventTitle: rule.string,
  eventColor: rule.string,
  meetingLocation: rule.string,
  locationConfigurations: rule.shapes(LOCATION_CONFIGURATION),
  slotDuration: rule.number({ min: 1 }),
  slotDurationUnit: rule.oneOf(UNITS),
  slotInterval: rule.number({ min: 1 }),
  slotIntervalUnit: rule.oneOf(UNITS),
  slotBuffer: rule.number({ min: 0 }),
  slotBufferUnit: rule.oneOf(UNITS),
  preBuffer: rule.number({ min: 0 }),
  preBufferUnit: rule.oneOf(UNITS),
  appoinmentPerSlot: rule.number({ min: 1 }),
  appoinmentPerDay: rule.number({ min: 0 }),
  allowBookingAfter: rule.number({ min: 0 }),
  allowBookingAfterUnit: rule.oneOf(['hours', 'days', 'weeks', 'months']),
  allowBookingFor: rule.number({ min: 0 }),
  allowBookingForUnit: rule.oneOf(['days', 'weeks', 'months']),
  openHours: rule.shapes({
    daysOfTheWeek: rule.required(rule.numbers({ min: 0, max: 6 })),
    hours: rule.required(rule.shapes(HOUR)),
  }),
  enableRecurring: rule.boolean,
  recurring: rule.shape({
    freq: rule.oneOf(['DAILY', 'WEEKLY', 'MONTHLY']),
    count: rule.number({ min: 1, max: 24 }),
    bookingOption: rule.oneOf(['skip', 'continue', 'book_next']),
    bookingOverlapDefaultStatus: rule.oneOf(['confirmed', 'new']),
  }),
  formId: rule.string,
  stickyContact: rule.boolean,
  isLivePaymentMode: rule.boolean,
  autoConfirm: rule.boolean,
  shouldSendAlertEmailsToAssignedMember: rule.boolean,
  alertEmail: rule.string,
  googleInvitationEmails: rule.boolean,
  allowReschedule: rule.boolean,
  allowCancellation: rule.boolean,
  shouldAssignContactToTeamMember: rule.boolean,
  shouldSkipAssigningContactForExisting: rule.boolean,
  notes: rule.string,
  pixelId: rule.string,
  formSubmitType: rule.oneOf(['RedirectURL', 'ThankYouMessage']),
  formSubmitRedirectURL: rule.string,
  formSubmitThanksMessage: rule.string,
  availabilityType: rule.oneOf([0, 1]),
  availabilities: rule.shapes(AVAILABILITY),
  guestType: rule.oneOf(['count_only', 'collect_detail']),
  consentLabel: rule.string,
  calendarCoverImage: rule.string,
  lookBusyConfig: rule.shape({ enabled: rule.required(rule.boolean), LookBusyPercentage: rule.required(rule.number({ min: 0, max: 100 })) }),
};

/** The `default`s CalendarDTO declares, which GHL fills in on create. */
const DEFAULTS = {
  isActive: true,
  eventType: 'RoundRobin_OptimizeForAvailability',
  calendarType: 'event',
  widgetType: 'classic',
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  appoinmentPerSlot: 1,
  enableRecurring: false,
  autoConfirm: true,
  googleInvitationEmails: false,
  allowReschedule: true,
  allowCancellation: true,
  formSubmitType: 'ThankYouMessage',
} as const satisfies Partial<Calendar>;

/**
 * CalendarUpdateDTO: the create's fields but the location, the type and the buffer's unit, none
 * required; a custom availability names its id when it changes one.
 */
const CALENDAR_UPDATE: Shape = {
  ...Object.fromEntries(Object.entries(CALENDAR_CREATE).filter(([name]) => !['locationId', 'calendarType', 'slotBufferUnit'].includes(name))),
  name: rule.string,
  availabilities: rule.shapes({ ...AVAILABILITY, id: rule.string }),
};

export function readUpdateCalendar(body: unknown): Partial<Calendar> {
  return readShapedBody<Partial<Calendar>>(body, CALENDAR_UPDATE);
}

export function readCreateCalendar(body: unknown): Calendar {
  const v = Validator.body(body);
  // The shape has checked every field's type, so the fields are a calendar's.
  const fields = definedOnly(readShape(v, CALENDAR_CREATE)) as Partial<Calendar> & Pick<Calendar, 'locationId' | 'name'>;
  v.check();
  const teamMembers = (fields.teamMembers ?? []).map((member) => ({ ...member, priority: member.priority ?? 0.5 }));
  return { ...DEFAULTS, ...fields, id: randomId(), teamMembers, openHours: fields.openHours ?? [] };
}
