/**
 * The vocabulary the seeder draws from: three sub-accounts of one agency, each a different kind
 * of business in a different US timezone, with tags, sources and custom fields that fit it.
 */

export const AGENCY = {
  name: 'Brightwave Marketing',
  email: 'hello@brightwavemarketing.com',
  phone: '+15125550143',
  website: 'https://brightwavemarketing.com',
};

export interface CustomFieldProfile {
  name: string;
  key: string;
  dataType: 'TEXT' | 'NUMERICAL' | 'SINGLE_OPTIONS' | 'DATE';
  /** Options for SINGLE_OPTIONS, example answers for TEXT. */
  values?: string[];
  /** Inclusive bounds for NUMERICAL. */
  range?: [number, number];
}

export interface LocationProfile {
  name: string;
  slug: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  timezone: string;
  areaCodes: string[];
  /** Nearby cities with a postal code, for contact addresses. */
  cities: Array<[city: string, postalCode: string]>;
  owner: [firstName: string, lastName: string];
  tags: string[];
  sources: string[];
  customFields: CustomFieldProfile[];
  taskTitles: string[];
  noteBodies: string[];
}

export const LOCATIONS: LocationProfile[] = [
  {
    name: 'Summit Dental Care',
    slug: 'summitdentalcare',
    address: '1550 Wynkoop St, Suite 200',
    city: 'Denver',
    state: 'CO',
    postalCode: '80202',
    timezone: 'America/Denver',
    areaCodes: ['303', '720'],
    cities: [
      ['Denver', '80205'],
      ['Aurora', '80012'],
      ['Lakewood', '80226'],
      ['Littleton', '80120'],
      ['Boulder', '80302'],
      ['Englewood', '80110'],
    ],
    owner: ['Priya', 'Raman'],
    tags: ['new patient', 'cleaning due', 'invisalign lead', 'whitening', 'insurance verified', 'emergency', 'recall'],
    sources: ['website form', 'google business profile', 'referral', 'facebook ad', 'walk-in', 'zocdoc'],
    customFields: [
      { name: 'Insurance Provider', key: 'insurance_provider', dataType: 'SINGLE_OPTIONS', values: ['Delta Dental', 'Cigna', 'Aetna', 'MetLife', 'Self-pay'] },
      { name: 'Last Visit', key: 'last_visit', dataType: 'DATE' },
    ],
    taskTitles: ['Confirm cleaning appointment', 'Verify insurance eligibility', 'Send treatment plan', 'Call about overdue recall', 'Follow up on Invisalign consult'],
    noteBodies: [
      'Patient prefers morning appointments before 10am.',
      'Asked about payment plans for crown work; sent financing info.',
      'Sensitive to cold on lower left molar, flag for next exam.',
      'Referred by a current patient, send thank-you card.',
      'Left voicemail about recall, no answer.',
    ],
  },
  {
    name: 'Harbor Realty Group',
    slug: 'harborrealtygroup',
    address: '750 B St, Suite 1800',
    city: 'San Diego',
    state: 'CA',
    postalCode: '92101',
    timezone: 'America/Los_Angeles',
    areaCodes: ['619', '858'],
    cities: [
      ['San Diego', '92103'],
      ['Chula Vista', '91910'],
      ['Carlsbad', '92008'],
      ['Escondido', '92025'],
      ['Oceanside', '92054'],
      ['La Mesa', '91942'],
    ],
    owner: ['Marcus', 'Delgado'],
    tags: ['buyer', 'seller', 'first-time buyer', 'pre-approved', 'open house', 'investor', 'relocation'],
    sources: ['zillow', 'realtor.com', 'open house sign-in', 'referral', 'instagram ad', 'website form'],
    customFields: [
      { name: 'Budget', key: 'budget', dataType: 'NUMERICAL', range: [350_000, 2_400_000] },
      { name: 'Preferred Neighborhood', key: 'preferred_neighborhood', dataType: 'TEXT', values: ['North Park', 'La Jolla', 'Pacific Beach', 'Hillcrest', 'Point Loma', 'Encinitas'] },
    ],
    taskTitles: ['Send new listings', 'Schedule showing', 'Call about pre-approval', 'Prepare comparative market analysis', 'Check in after open house'],
    noteBodies: [
      'Looking for 3 bed / 2 bath, needs a yard for the dog.',
      'Lease ends in June, wants to close before then.',
      'Pre-approved with lender up to $850k.',
      'Not ready to list until spring; follow up in February.',
      'Met at the Saturday open house, very interested in the neighborhood.',
    ],
  },
  {
    name: 'Lakeside Fitness Studio',
    slug: 'lakesidefitness',
    address: '401 N Michigan Ave',
    city: 'Chicago',
    state: 'IL',
    postalCode: '60611',
    timezone: 'America/Chicago',
    areaCodes: ['312', '773'],
    cities: [
      ['Chicago', '60614'],
      ['Evanston', '60201'],
      ['Oak Park', '60302'],
      ['Skokie', '60076'],
      ['Naperville', '60540'],
      ['Cicero', '60804'],
    ],
    owner: ['Dana', 'Kowalski'],
    tags: ['trial member', 'personal training', 'lapsed', 'yoga', 'annual plan', 'corporate wellness', 'class pack'],
    sources: ['website form', 'instagram ad', 'classpass', 'referral', 'walk-in', 'google ads'],
    customFields: [
      { name: 'Membership Tier', key: 'membership_tier', dataType: 'SINGLE_OPTIONS', values: ['Basic', 'Plus', 'Premium', 'Class Pack'] },
      { name: 'Fitness Goal', key: 'fitness_goal', dataType: 'TEXT', values: ['Lose weight', 'Build strength', 'Train for a marathon', 'Improve flexibility', 'Post-injury rehab'] },
    ],
    taskTitles: ['Book intro session', 'Follow up on trial visit', 'Renewal reminder call', 'Send class schedule', 'Win-back offer'],
    noteBodies: [
      'Interested in small-group training on weekday evenings.',
      'Knee injury last year, start with low-impact program.',
      'Trial pass used twice, liked the spin classes.',
      'Asked about corporate discount through employer.',
      'Paused membership while traveling, resume next month.',
    ],
  },
];

export const FIRST_NAMES = [
  'James', 'Maria', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Lisa',
  'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley', 'Andrew', 'Emily',
  'Joshua', 'Michelle', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'Jose', 'Stephanie', 'Wei', 'Aisha',
  'Hiroshi', 'Fatima', 'Carlos', 'Sofia', 'Dmitri', 'Olga', 'Kwame', 'Ngozi', 'Raj', 'Anjali',
  'Mohammed', 'Leila', 'Liam', 'Olivia', 'Noah', 'Emma', 'Ethan', 'Ava', 'Lucas', 'Mia',
  'Tyrone', 'Keisha', 'Diego', 'Camila', 'Minh', 'Linh', 'Sean', 'Siobhan', 'Mateo', 'Valentina',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Patel', 'Kim', 'Chen', 'Okafor', 'Mensah', 'Ivanova', 'Tanaka', 'Haddad', "O'Brien", 'Kowalczyk',
  'Schmidt', 'Rossi', 'Dubois', 'Andersson', 'Novak', 'Murphy', 'Reyes', 'Cruz', 'Shah', 'Ali',
];

export const COMPANY_NAMES = [
  'Acme Logistics', 'Blue Ridge Consulting', 'Cedar & Pine Design', 'Crescent Health Partners', 'Delta Freight Co',
  'Evergreen Landscaping', 'Frontier Software', 'Golden Gate Catering', 'Granite Peak Construction', 'Harborview Legal',
  'Ironwood Manufacturing', 'Juniper Analytics', 'Keystone Insurance', 'Lighthouse Media', 'Maple Street Bakery',
  'Northwind Traders', 'Oakridge Dental Lab', 'Pinnacle Financial', 'Quartz Creative', 'Redwood Realty',
  'Silverline Electric', 'Summit Outdoor Gear', 'Tidewater Marine', 'Union Square Coffee', 'Vertex Engineering',
  'Willow Creek Vet Clinic', 'Yellowstone Tours', 'Zenith Robotics', 'Brightside Pediatrics', 'Copper Kettle Brewing',
];

export const STREETS = [
  'Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Park Blvd', 'Washington St', 'Lake Shore Dr', 'Hillcrest Rd',
  'Sunset Blvd', 'Elm St', 'Pine St', 'River Rd', 'Highland Ave', 'Broadway', 'Franklin St', 'Lincoln Ave',
];

export const EMAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com'];

export const COMMON_TAGS = ['newsletter', 'hot lead', 'cold', 'vip', 'do not mail'];

export const NOTE_TITLES = ['Call summary', 'Follow-up', 'Preferences', 'Intake', 'Billing'];
export const NOTE_COLORS = ['#FFAA00', '#34C759', '#0A84FF', '#FF3B30'];

export const LANGUAGES = ['en_US', 'en_US', 'en_US', 'en_US', 'es', 'fr_CA'];

/** The scopes seeded users hold: a realistic sub-account staff set, not GHL's full list. */
export const USER_SCOPES = [
  'contacts.write',
  'conversations.readonly',
  'conversations.write',
  'conversations/message.readonly',
  'conversations/message.write',
  'calendars.readonly',
  'calendars/events.write',
  'opportunities.write',
  'invoices.readonly',
  'locations/tags.readonly',
  'locations/tags.write',
];

export const PERMISSION_NAMES = [
  'campaignsEnabled', 'campaignsReadOnly', 'contactsEnabled', 'workflowsEnabled', 'workflowsReadOnly',
  'triggersEnabled', 'funnelsEnabled', 'websitesEnabled', 'opportunitiesEnabled', 'dashboardStatsEnabled',
  'bulkRequestsEnabled', 'appointmentsEnabled', 'reviewsEnabled', 'onlineListingsEnabled', 'phoneCallEnabled',
  'conversationsEnabled', 'assignedDataOnly', 'adwordsReportingEnabled', 'membershipEnabled',
  'facebookAdsReportingEnabled', 'attributionsReportingEnabled', 'settingsEnabled', 'tagsEnabled',
  'leadValueEnabled', 'marketingEnabled', 'agentReportingEnabled', 'botService', 'socialPlanner',
  'bloggingEnabled', 'invoiceEnabled', 'affiliateManagerEnabled', 'contentAiEnabled', 'refundsEnabled',
  'recordPaymentEnabled', 'cancelSubscriptionEnabled', 'paymentsEnabled', 'communitiesEnabled',
  'exportPaymentsEnabled',
];

/** Off for admins as well: the "restricting" flags and the rarely-sold add-ons. */
export const PERMISSIONS_OFF_BY_DEFAULT = new Set([
  'campaignsReadOnly',
  'workflowsReadOnly',
  'assignedDataOnly',
  'adwordsReportingEnabled',
  'facebookAdsReportingEnabled',
  'membershipEnabled',
  'botService',
]);
