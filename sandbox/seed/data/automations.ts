/**
 * The workflows and campaigns each seeded location runs, by location name (index.ts). The
 * last of each list is still a draft.
 */

export interface AutomationSiteProfile {
  workflows: string[];
  campaigns: string[];
}

export const AUTOMATION_PROFILES: Record<string, AutomationSiteProfile> = {
  'Summit Dental Care': {
    workflows: ['New Patient Welcome', 'Appointment Confirmation', 'Six-Month Recall', 'Review Request After Visit', 'Invisalign Lead Nurture', 'Insurance Renewal Reminder'],
    campaigns: ['Spring Whitening Promo', 'Lapsed Patient Reactivation', 'Holiday Hours Notice', 'Referral Rewards Launch'],
  },
  'Harbor Realty Group': {
    workflows: ['Buyer Lead Drip', 'Open House Follow-Up', 'Listing Appointment Confirmation', 'Past Client Anniversary', 'Zillow Lead Intake'],
    campaigns: ['Quarterly Market Report', 'First-Time Buyer Seminar', 'Just Sold Postcards', 'Spring Seller Campaign', 'Rate Drop Alert'],
  },
  'Lakeside Fitness Studio': {
    workflows: ['Free Trial Onboarding', 'Class Reminder', 'Missed Workout Check-In', 'Membership Renewal', 'Birthday Reward'],
    campaigns: ['New Year Challenge', 'Summer Bootcamp', 'Bring a Friend Week'],
  },
};
