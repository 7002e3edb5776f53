/**
 * The records the sandbox stores, shaped like the objects GHL returns (field names and nesting
 * follow the OpenAPI schemas named on each type), so routes can serve them without mapping.
 * Optional fields are left out rather than set to null, as GHL does.
 */

// Larger domains keep their records in a file of their own.
export type * from './conversations.ts';
export type * from './opportunities.ts';
export type * from './calendars.ts';
export type * from './invoices.ts';
export type * from './estimates.ts';
export type * from './estimate-templates.ts';
export type * from './invoice-schedules.ts';
export type * from './invoice-templates.ts';
export type * from './automations.ts';
export type * from './forms.ts';
export type * from './marketing.ts';
export type * from './products.ts';
export type * from './payments.ts';
export type * from './coupons.ts';
export type * from './locations.ts';
export type * from './message-preferences.ts';
export type * from './custom-objects.ts';
export type * from './conversation-uploads.ts';

export interface Company {
  id: string;
  name: string;
  email: string;
  phone: string;
  website: string;
}

/** GetLocationByIdSchema (locations.json). */
export interface Location {
  id: string;
  companyId: string;
  name: string;
  domain: string;
  address: string;
  city: string;
  state: string;
  logoUrl: string;
  country: string;
  postalCode: string;
  website: string;
  timezone: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  business: {
    name: string;
    address: string;
    city: string;
    state: string;
    country: string;
    postalCode: string;
    website: string;
    timezone: string;
    logoUrl: string;
  };
  social: Partial<
    Record<
      | 'facebookUrl'
      | 'googlePlus'
      | 'linkedIn'
      | 'foursquare'
      | 'twitter'
      | 'yelp'
      | 'instagram'
      | 'youtube'
      | 'pinterest'
      | 'blogRss'
      | 'googlePlacesId',
      string
    >
  >;
  settings: {
    allowDuplicateContact: boolean;
    allowDuplicateOpportunity: boolean;
    allowFacebookNameMerge: boolean;
    disableContactTimezone: boolean;
  };
  reseller: Record<string, never>;
}

/** UserSchema (users.json). `scopes` is an array: the response schema's plain `string` is a spec slip. */
export interface User {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  extension: string;
  permissions: Record<string, boolean>;
  scopes: string[];
  roles: {
    type: 'account' | 'agency';
    role: 'admin' | 'user';
    locationIds: string[];
    restrictSubAccount: boolean;
  };
  deleted: boolean;
  /** LC Phone inbound number per location id. */
  lcPhone: Record<string, string>;
  platformLanguage: string;
}

/** CustomFieldSchema (locations.json): a location's definition of a contact custom field. */
export interface CustomFieldDefinition {
  id: string;
  locationId: string;
  name: string;
  fieldKey: string;
  placeholder: string;
  /** One of the types GHL's field editor offers (ghl/api/locations.ts `customFieldDataTypes`). */
  dataType: string;
  position: number;
  picklistOptions?: string[];
  model: 'contact' | 'opportunity';
}

export type DndChannel = 'Call' | 'Email' | 'SMS' | 'WhatsApp' | 'GMB' | 'FB';
export type DndSettings = Partial<
  Record<DndChannel, { status: 'active' | 'inactive' | 'permanent'; message?: string; code?: string }>
>;
export interface InboundDndSettings {
  all?: { status: 'active' | 'inactive'; message?: string };
}

/** GetContectByIdSchema (contacts.json), plus the create-only fields GHL also keeps (gender). */
export interface Contact {
  id: string;
  locationId: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  firstNameLowerCase?: string;
  lastNameLowerCase?: string;
  fullNameLowerCase?: string;
  email?: string;
  emailLowerCase?: string;
  phone?: string;
  companyName?: string;
  gender?: string;
  timezone?: string;
  dnd: boolean;
  dndSettings?: DndSettings;
  inboundDndSettings?: InboundDndSettings;
  type: 'lead' | 'customer';
  source?: string;
  assignedTo?: string;
  address1?: string;
  city?: string;
  state?: string;
  country?: string;
  postalCode?: string;
  website?: string;
  tags: string[];
  dateOfBirth?: string;
  dateAdded: string;
  dateUpdated: string;
  lastActivity?: string;
  /** `value` keeps the type it was written with: GHL stores numbers, strings and option lists. */
  customFields: Array<{ id: string; value: unknown }>;
  /** Users following the contact; GHL leaves the list out until one follows. */
  followers?: string[];
  /** The business (businesses.json) the contact works for. */
  businessId?: string;
}

/** TaskSchema (contacts.json). */
export interface Task {
  id: string;
  title: string;
  body?: string;
  assignedTo?: string;
  dueDate: string;
  completed: boolean;
  contactId: string;
}

/** GetNoteSchema (contacts.json). */
export interface Note {
  id: string;
  body: string;
  userId?: string;
  dateAdded: string;
  contactId: string;
  title?: string;
  color?: string;
  pinned: boolean;
}

const DERIVED_FIELDS = [
  'name',
  'firstNameLowerCase',
  'lastNameLowerCase',
  'fullNameLowerCase',
  'emailLowerCase',
] as const satisfies ReadonlyArray<keyof Contact>;

export type ContactFields = Omit<Contact, (typeof DERIVED_FIELDS)[number]>;

/**
 * GHL keeps lower-cased copies of the name and email for its own search and returns them; they
 * are recomputed on every write so they never drift from the fields they copy.
 */
export function withDerivedFields(fields: ContactFields): Contact {
  const contact: Contact = { ...fields };
  for (const key of DERIVED_FIELDS) delete contact[key];
  const full = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  if (full) {
    contact.name = full;
    contact.fullNameLowerCase = full.toLowerCase();
  }
  if (contact.firstName) contact.firstNameLowerCase = contact.firstName.toLowerCase();
  if (contact.lastName) contact.lastNameLowerCase = contact.lastName.toLowerCase();
  if (contact.email) contact.emailLowerCase = contact.email.toLowerCase();
  return contact;
}
