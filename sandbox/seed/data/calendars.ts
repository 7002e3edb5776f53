/**
 * The calendars each seeded location books on, by location name (index.ts), with the words
 * its block slots and appointment notes use.
 */
import type { Calendar } from '../../model/calendars.ts';

export interface CalendarProfile {
  name: string;
  description: string;
  calendarType: Calendar['calendarType'];
  slotMinutes: number;
  intervalMinutes: number;
  teamSize: number;
  eventColor: string;
  /** Open 9 to 12 on Saturdays too. */
  saturdayMorning?: boolean;
  /** A draft: listed only with showDrafted, and never booked. */
  drafted?: boolean;
}

export interface CalendarSiteProfile {
  calendars: CalendarProfile[];
  blockTitles: string[];
  appointmentNotes: string[];
}

export const CALENDAR_PROFILES: Record<string, CalendarSiteProfile> = {
  'Summit Dental Care': {
    calendars: [
      { name: 'Cleaning & Checkup', description: 'Routine hygiene visit with exam.', calendarType: 'round_robin', slotMinutes: 60, intervalMinutes: 60, teamSize: 3, eventColor: '#039be5' },
      { name: 'New Patient Exam', description: 'Comprehensive exam, x-rays and treatment plan.', calendarType: 'round_robin', slotMinutes: 30, intervalMinutes: 30, teamSize: 2, eventColor: '#33b679' },
      { name: 'Emergency Visit', description: 'Same-week appointments for pain or a broken tooth.', calendarType: 'personal', slotMinutes: 30, intervalMinutes: 30, teamSize: 1, eventColor: '#d50000', saturdayMorning: true },
      { name: 'Whitening Consultation', description: 'Coming soon: in-office whitening.', calendarType: 'event', slotMinutes: 30, intervalMinutes: 30, teamSize: 1, eventColor: '#f6bf26', drafted: true },
    ],
    blockTitles: ['Staff meeting', 'Equipment maintenance', 'Lunch and learn', 'Sterilization audit'],
    appointmentNotes: [
      'Patient prefers the morning hygienist.',
      'Bring insurance card; coverage changed this year.',
      'Sensitive teeth, use numbing gel.',
      'Wants to discuss Invisalign at the end of the visit.',
    ],
  },
  'Harbor Realty Group': {
    calendars: [
      { name: 'Buyer Consultation', description: 'Meet an agent to plan your home search.', calendarType: 'round_robin', slotMinutes: 60, intervalMinutes: 60, teamSize: 3, eventColor: '#039be5' },
      { name: 'Home Valuation Call', description: 'A 30-minute call about what your home could sell for.', calendarType: 'round_robin', slotMinutes: 30, intervalMinutes: 30, teamSize: 2, eventColor: '#8e24aa' },
      { name: 'Showing Tour', description: 'Tour listed homes with an agent, Saturday mornings included.', calendarType: 'personal', slotMinutes: 60, intervalMinutes: 60, teamSize: 1, eventColor: '#f4511e', saturdayMorning: true },
    ],
    blockTitles: ['Closing appointment', 'Broker open house', 'Team meeting', 'Listing photo shoot'],
    appointmentNotes: [
      'Pre-approved up to $900k, wants a yard.',
      'Relocating from Phoenix in the spring.',
      'Asked about schools near North Park.',
      'Selling a condo first; needs a contingent offer.',
    ],
  },
  'Lakeside Fitness Studio': {
    calendars: [
      { name: 'Free Intro Session', description: 'Tour the studio and try a 45-minute workout.', calendarType: 'round_robin', slotMinutes: 45, intervalMinutes: 60, teamSize: 3, eventColor: '#039be5' },
      { name: 'Personal Training', description: 'One-on-one session with your coach.', calendarType: 'personal', slotMinutes: 60, intervalMinutes: 60, teamSize: 1, eventColor: '#0b8043', saturdayMorning: true },
      { name: 'Nutrition Coaching', description: 'Meal planning check-in.', calendarType: 'round_robin', slotMinutes: 30, intervalMinutes: 30, teamSize: 2, eventColor: '#7986cb' },
    ],
    blockTitles: ['Studio deep clean', 'Coach certification', 'Equipment delivery', 'Team huddle'],
    appointmentNotes: [
      'Recovering from a knee injury, no jumping.',
      'Training for the Chicago marathon.',
      'Prefers early sessions before work.',
      'Interested in the Premium membership.',
    ],
  },
};
