/**
 * Seeds each location's calendars (data/calendars.ts), their block slots and appointments.
 * Calendars are open weekly, so any future range has slots. Unlike the rest of the seed, block
 * slots and appointments are laid around today rather than the seed epoch: free slots exist only
 * in the future, and a test asking for next week's must find some of them taken. They come out
 * the same all day long for a seed (what is past is judged at the location's midnight), from a
 * stream of their own, so nothing else moves. The calendars of a location share one group; an
 * appointment's seeded notes text is also its one appointment note.
 */
import { busyTimes } from '../model/calendar-busy.ts';
import { freeMember, slotDurationMs, slotStarts } from '../model/free-slots.ts';
import { BLOCKING_STATUSES, type Appointment, type AppointmentStatus, type BlockSlot, type Calendar, type CalendarGroup, type OpenHour } from '../model/calendars.ts';
import type { Contact, Location, User } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { CALENDAR_PROFILES, type CalendarProfile, type CalendarSiteProfile } from './data/calendars.ts';
import { DAY_MS, randomDate } from './time.ts';
import type { SandboxStore } from '../model/store.ts';
import { addDays, formatInZone, instantAt, wallClock, weekday } from '../model/zoned-time.ts';

const PAST_DAYS = 42;
const UPCOMING_DAYS = 28;
/** Block slots fall in the next two weeks, so next week has some. */
const BLOCK_HORIZON_DAYS = 14;
/** The chance that a team member is booked in a given slot. */
const BOOKING_CHANCE = 0.2;
const HOUR_MS = 3_600_000;

const blocking = new Set<string>(BLOCKING_STATUSES);

interface Site {
  location: Location;
  profile: CalendarSiteProfile;
  /** The location's local dates from PAST_DAYS ago to UPCOMING_DAYS ahead; index PAST_DAYS is today. */
  days: string[];
  /** From the first day's midnight to the end of the last day. */
  from: number;
  to: number;
  /** Today's midnight: appointments over by then are history, the rest are ahead. */
  asOf: number;
}

export function seedCalendars(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'calendars');
  for (const location of store.locations.values()) {
    const profile = CALENDAR_PROFILES[location.name];
    if (!profile) continue;
    const { timezone } = location;
    const today = wallClock(Date.now(), timezone).date;
    const days = Array.from({ length: PAST_DAYS + UPCOMING_DAYS + 1 }, (_, i) => addDays(today, i - PAST_DAYS));
    const from = instantAt(addDays(today, -PAST_DAYS), 0, timezone);
    const to = instantAt(addDays(today, UPCOMING_DAYS + 1), 0, timezone);
    const site: Site = { location, profile, days, from, to, asOf: instantAt(today, 0, timezone) };

    const users = store.usersOfLocation(location.id);
    const groupId = random.id();
    store.calendarGroups.insert(makeGroup(location, groupId));
    const active = profile.calendars
      .map((calendar) => store.calendars.insert(makeCalendar(random, location, groupId, users, calendar)))
      .filter((calendar) => calendar.isActive);
    for (const calendar of active) seedBlockSlots(store, random, site, calendar);
    const someone = random.pick(active.flatMap((calendar) => calendar.teamMembers));
    store.blockSlots.insert(outOfOffice(random, site, someone.userId));

    const contacts = store.contactsOfLocation(location.id);
    for (const calendar of active) seedAppointments(store, random, site, calendar, contacts);
  }
  seedAppointmentNotes(store, domainRandom(seed, 'appointment-notes'));
  seedNotifications(store, domainRandom(seed, 'calendar-notifications'));
  seedResources(store, domainRandom(seed, 'calendar-resources'));
  seedSchedules(store, domainRandom(seed, 'availability-schedules'));
}

/** Every active calendar confirms a booking to its contact by email, and reminds them by SMS a day before. */
function seedNotifications(store: SandboxStore, random: Random): void {
  for (const calendar of store.calendars.values()) {
    if (!calendar.isActive) continue;
    const common = { calendarId: calendar.id, receiverType: 'contact', isActive: true, deleted: false } as const;
    store.calendarNotifications.insert({ ...common, id: random.id(), channel: 'email', notificationType: 'confirmation', subject: `Your ${calendar.name} is booked`, body: 'See you then.' });
    store.calendarNotifications.insert({ ...common, id: random.id(), channel: 'sms', notificationType: 'reminder', body: 'Reminder: your appointment is tomorrow.', beforeTime: [{ timeOffset: 1, unit: 'days' }] });
  }
}

/** Each location has a room its active calendars meet in, and a piece of equipment the first of them books. */
function seedResources(store: SandboxStore, random: Random): void {
  for (const location of store.locations.values()) {
    const active = store.calendarsOfLocation(location.id).filter((calendar) => calendar.isActive);
    if (active.length === 0) continue;
    const common = { locationId: location.id, isActive: true, outOfService: 0 } as const;
    store.calendarResources.insert({
      ...common,
      id: random.id(),
      resourceType: 'rooms',
      name: 'Main room',
      description: `The room of ${location.name}.`,
      quantity: 1,
      capacity: 4 + random.int(0, 8),
      calendarIds: active.map((calendar) => calendar.id),
    });
    store.calendarResources.insert({
      ...common,
      id: random.id(),
      resourceType: 'equipments',
      name: 'Projector',
      description: 'A portable projector.',
      quantity: 1 + random.int(0, 3),
      capacity: 0,
      calendarIds: [active[0]!.id],
    });
  }
}

/** Each team member of an active calendar works weekdays, applied to the calendars they staff. */
function seedSchedules(store: SandboxStore, random: Random): void {
  for (const location of store.locations.values()) {
    const active = store.calendarsOfLocation(location.id).filter((calendar) => calendar.isActive);
    const members = [...new Set(active.flatMap((calendar) => calendar.teamMembers.map((member) => member.userId)))];
    for (const userId of members) {
      const start = `0${8 + random.int(0, 1)}:00`;
      const dateAdded = new Date(Date.UTC(2025, 0, 1 + random.int(0, 300))).toISOString();
      store.availabilitySchedules.insert({
        id: random.id(),
        locationId: location.id,
        userId,
        name: 'Working hours',
        timezone: location.timezone,
        rules: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({ type: 'wday', day, intervals: [{ from: start, to: '17:00' }] })),
        calendarIds: active.filter((calendar) => calendar.teamMembers.some((member) => member.userId === userId)).map((calendar) => calendar.id),
        dateAdded,
        dateUpdated: dateAdded,
        deleted: false,
      });
    }
  }
}

function makeGroup(location: Location, id: string): CalendarGroup {
  const slug = location.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id, locationId: location.id, name: location.name, description: `Every calendar of ${location.name}.`, slug, isActive: true };
}

/** Written by the appointment's owner when it was booked. */
function seedAppointmentNotes(store: SandboxStore, random: Random): void {
  for (const appointment of store.appointments.values()) {
    if (!appointment.notes) continue;
    const author = appointment.assignedUserId === undefined ? undefined : store.users.get(appointment.assignedUserId);
    store.appointmentNotes.insert({
      id: random.id(),
      appointmentId: appointment.id,
      body: appointment.notes,
      contactId: appointment.contactId,
      dateAdded: appointment.dateAdded,
      ...(author && { userId: author.id, createdBy: { id: author.id, name: author.name } }),
    });
  }
}

function makeCalendar(random: Random, location: Location, groupId: string, users: User[], profile: CalendarProfile): Calendar {
  const slug = `${location.name} ${profile.name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: random.id(),
    locationId: location.id,
    groupId,
    name: profile.name,
    description: profile.description,
    slug,
    widgetSlug: slug,
    calendarType: profile.calendarType,
    eventType: 'RoundRobin_OptimizeForAvailability',
    widgetType: 'default',
    eventTitle: '{{contact.name}}',
    eventColor: profile.eventColor,
    isActive: !profile.drafted,
    teamMembers: random.sample(users, profile.teamSize).map((user) => ({ userId: user.id, priority: 0.5 })),
    openHours: profile.saturdayMorning ? [weekdays(), saturdayMorning()] : [weekdays()],
    slotDuration: profile.slotMinutes,
    slotDurationUnit: 'mins',
    slotInterval: profile.intervalMinutes,
    slotIntervalUnit: 'mins',
    appoinmentPerSlot: 1,
    enableRecurring: false,
    autoConfirm: true,
    allowReschedule: true,
    allowCancellation: true,
    googleInvitationEmails: false,
    formSubmitType: 'ThankYouMessage',
    locationConfigurations: [{ kind: 'physical', location: `${location.address}, ${location.city}, ${location.state}` }],
  };
}

function weekdays(): OpenHour {
  return { daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] };
}

function saturdayMorning(): OpenHour {
  return { daysOfTheWeek: [6], hours: [{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 }] };
}

/** Two blocks in the coming two weeks and one in the past, an hour or two within a weekday. */
function seedBlockSlots(store: SandboxStore, random: Random, site: Site, calendar: Calendar): void {
  const upcoming = weekdaysBetween(site, 1, BLOCK_HORIZON_DAYS);
  const past = weekdaysBetween(site, -PAST_DAYS, -1);
  for (const date of [random.pick(upcoming), random.pick(upcoming), random.pick(past)]) {
    const start = instantAt(date, random.int(9, 15) * 60, site.location.timezone);
    const end = start + random.int(1, 2) * HOUR_MS;
    store.blockSlots.insert(makeBlockSlot(random, site, start, end, random.pick(site.profile.blockTitles), { calendarId: calendar.id }));
  }
}

/** A team member away for a whole weekday: blocked on every calendar they are on. */
function outOfOffice(random: Random, site: Site, userId: string): BlockSlot {
  const date = random.pick(weekdaysBetween(site, 1, BLOCK_HORIZON_DAYS));
  const { timezone } = site.location;
  return makeBlockSlot(random, site, instantAt(date, 9 * 60, timezone), instantAt(date, 17 * 60, timezone), 'Out of office', {
    assignedUserId: userId,
  });
}

function makeBlockSlot(
  random: Random,
  site: Site,
  start: number,
  end: number,
  title: string,
  target: { calendarId: string } | { assignedUserId: string },
): BlockSlot {
  const dateAdded = createdBefore(random, start, site.asOf);
  return {
    id: random.id(),
    locationId: site.location.id,
    title,
    ...target,
    startTime: formatInZone(start, site.location.timezone),
    endTime: formatInZone(end, site.location.timezone),
    dateAdded,
    dateUpdated: dateAdded,
  };
}

/** In each slot of the seeded days, each team member is booked by chance if still free. */
function seedAppointments(store: SandboxStore, random: Random, site: Site, calendar: Calendar, contacts: Contact[]): void {
  const { timezone } = site.location;
  const duration = slotDurationMs(calendar);
  const team = calendar.teamMembers.map((member) => member.userId);
  const busy = busyTimes(store, calendar, site.from, site.to);
  for (const start of slotStarts(calendar, timezone, site.from, site.to - 1)) {
    const end = start + duration;
    for (const userId of random.sample(team, team.length)) {
      if (!random.chance(BOOKING_CHANCE) || freeMember(calendar, busy, start, end, [userId]) === undefined) continue;
      const appointment = store.appointments.insert(makeAppointment(random, site, calendar, random.pick(contacts), userId, start, end));
      if (blocking.has(appointment.appointmentStatus)) busy.push({ start, end, userId });
    }
  }
}

function makeAppointment(
  random: Random,
  site: Site,
  calendar: Calendar,
  contact: Contact,
  userId: string,
  start: number,
  end: number,
): Appointment {
  const status = appointmentStatus(random, end <= site.asOf);
  const dateAdded = createdBefore(random, start, site.asOf);
  const added = Date.parse(dateAdded);
  const { timezone } = site.location;
  return {
    id: random.id(),
    // The calendar's eventTitle, '{{contact.name}}'.
    title: contact.name ?? calendar.name,
    calendarId: calendar.id,
    locationId: site.location.id,
    contactId: contact.id,
    ...(calendar.groupId !== undefined && { groupId: calendar.groupId }),
    appointmentStatus: status,
    assignedUserId: userId,
    users: [],
    ...(random.chance(0.25) && { notes: random.pick(site.profile.appointmentNotes) }),
    isRecurring: false,
    startTime: formatInZone(start, timezone),
    endTime: formatInZone(end, timezone),
    dateAdded,
    // Anything but a fresh booking was touched again: confirmed, cancelled, or marked after the visit.
    dateUpdated: status === 'new' ? dateAdded : randomDate(random, added, Math.max(added + 1, Math.min(end, site.asOf))),
  };
}

function appointmentStatus(random: Random, over: boolean): AppointmentStatus {
  const roll = random.next();
  if (over) return roll < 0.7 ? 'showed' : roll < 0.8 ? 'noshow' : roll < 0.92 ? 'cancelled' : 'confirmed';
  return roll < 0.6 ? 'confirmed' : roll < 0.9 ? 'new' : 'cancelled';
}

/** Booked up to three weeks ahead, and never after the seed's today. */
function createdBefore(random: Random, start: number, asOf: number): string {
  const latest = Math.min(start, asOf);
  return randomDate(random, latest - 21 * DAY_MS, latest);
}

/** The Monday-to-Friday dates between `from` and `to` days from today, both included. */
function weekdaysBetween(site: Site, from: number, to: number): string[] {
  return site.days.slice(PAST_DAYS + from, PAST_DAYS + to + 1).filter((date) => weekday(date) >= 1 && weekday(date) <= 5);
}
