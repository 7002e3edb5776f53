/**
 * The pipelines of each location (keyed by location name, see LOCATIONS in index.ts), in the
 * order GHL lists them, with what their deals are for and worth. The first pipeline of every
 * location is the busy one: a board of 50 open deals fills from it.
 */

export interface PipelineProfile {
  name: string;
  /** In board order, left to right. */
  stages: string[];
  /** What a deal is for: its name is the contact's name, a dash, and one of these. */
  offers: string[];
  /** Inclusive bounds of a deal's monetary value, in dollars. */
  value: [number, number];
  /** Inclusive bounds of how many deals to seed; each contact has at most one per pipeline. */
  count: [number, number];
}

export const PIPELINES: Record<string, PipelineProfile[]> = {
  'Summit Dental Care': [
    {
      name: 'New Patient Pipeline',
      stages: ['New Inquiry', 'Contacted', 'Exam Scheduled', 'Treatment Plan Presented', 'Treatment Accepted', 'Treatment Completed'],
      offers: ['New Patient Exam', 'Crown', 'Implant Consult', 'Whitening', 'Deep Cleaning', 'Veneers'],
      value: [150, 6500],
      count: [160, 180],
    },
    {
      name: 'Invisalign Cases',
      stages: ['Lead', 'Consult Booked', 'Scan Done', 'Aligners Ordered', 'In Treatment'],
      offers: ['Invisalign Full', 'Invisalign Express', 'Retainers'],
      value: [1800, 7000],
      count: [40, 60],
    },
    {
      name: 'Recall & Reactivation',
      stages: ['Overdue', 'Reminder Sent', 'Booked', 'Completed'],
      offers: ['6-Month Recall', 'Lapsed Patient Reactivation'],
      value: [120, 400],
      count: [30, 45],
    },
  ],
  'Harbor Realty Group': [
    {
      name: 'Buyer Pipeline',
      stages: ['New Lead', 'Contacted', 'Pre-Approved', 'Showing Scheduled', 'Offer Submitted', 'Under Contract', 'Closed'],
      offers: ['Buyer Representation', 'First Home Purchase', 'Investment Property', 'Relocation Purchase'],
      value: [9000, 48000],
      count: [160, 180],
    },
    {
      name: 'Seller Pipeline',
      stages: ['Valuation Request', 'Listing Appointment', 'Listing Signed', 'Active Listing', 'Under Contract', 'Closed'],
      offers: ['Home Sale', 'Condo Sale', 'Estate Sale'],
      value: [12000, 60000],
      count: [45, 70],
    },
  ],
  'Lakeside Fitness Studio': [
    {
      name: 'Membership Sales',
      stages: ['Trial Requested', 'Trial Booked', 'Trial Attended', 'Offer Made', 'Member Joined'],
      offers: ['Annual Membership', 'Monthly Membership', 'Class Pack', 'Student Membership'],
      value: [99, 1400],
      count: [160, 180],
    },
    {
      name: 'Personal Training',
      stages: ['Interested', 'Assessment Booked', 'Package Proposed', 'Package Purchased'],
      offers: ['10-Session Package', '20-Session Package', 'Online Coaching'],
      value: [400, 2400],
      count: [40, 60],
    },
    {
      name: 'Corporate Wellness',
      stages: ['Prospect', 'Discovery Call', 'Proposal Sent', 'Negotiation', 'Signed'],
      offers: ['Corporate Wellness Program', 'Team Challenge', 'Onsite Yoga'],
      value: [2500, 24000],
      count: [20, 35],
    },
  ],
};
