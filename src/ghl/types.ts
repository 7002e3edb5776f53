/**
 * GHL payload shapes as the official OpenAPI files describe them (contacts.json, locations.json,
 * users.json). Everything is optional that GHL may omit: real CRM records are sparse and messy.
 */

export interface GhlDndChannel {
  status: string;
  message?: string;
  code?: string;
}

export type GhlDndSettings = Partial<Record<'Call' | 'Email' | 'SMS' | 'WhatsApp' | 'GMB' | 'FB', GhlDndChannel>>;

export interface GhlCustomFieldValue {
  id: string;
  value?: unknown;
}

export interface GhlAttributionSource {
  url?: string;
  campaign?: string;
  utmSource?: string;
  utmMedium?: string;
  utmContent?: string;
  referrer?: string;
  campaignId?: string;
  fbclid?: string;
  gclid?: string;
  msclikid?: string;
  dclid?: string;
  fbc?: string;
  fbp?: string;
  fbEventId?: string;
  userAgent?: string;
  ip?: string;
  medium?: string;
  mediumId?: string;
}

export interface GhlContact {
  id: string;
  locationId: string;
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  timezone?: string | null;
  companyName?: string | null;
  phone?: string | null;
  gender?: string | null;
  dnd?: boolean;
  dndSettings?: GhlDndSettings;
  type?: string | null;
  source?: string | null;
  assignedTo?: string | null;
  address1?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  postalCode?: string | null;
  website?: string | null;
  tags?: string[];
  dateOfBirth?: string | null;
  dateAdded?: string;
  dateUpdated?: string;
  lastActivity?: string | null;
  keyword?: string | null;
  customFields?: GhlCustomFieldValue[];
  businessId?: string | null;
  attributionSource?: GhlAttributionSource;
  lastAttributionSource?: GhlAttributionSource;
  attributions?: GhlAttributionSource[];
  followers?: string[];
  visitorId?: string | null;
  bounceEmail?: boolean;
  unsubscribeEmail?: boolean;
}

export interface GhlContactsPage {
  contacts: GhlContact[];
  count?: number;
  meta?: {
    total?: number;
    nextPageUrl?: string | null;
    startAfterId?: string | null;
    startAfter?: number | null;
  };
}

export interface GhlTask {
  id: string;
  title: string;
  body?: string | null;
  assignedTo?: string | null;
  dueDate?: string | null;
  completed: boolean;
  contactId: string;
}

export interface GhlNote {
  id: string;
  body: string;
  userId?: string | null;
  dateAdded?: string;
  contactId: string;
  title?: string | null;
  color?: string | null;
  pinned?: boolean;
}

export interface GhlLocation {
  id: string;
  companyId?: string;
  name?: string;
  domain?: string;
  address?: string;
  city?: string;
  state?: string;
  logoUrl?: string;
  country?: string;
  postalCode?: string;
  website?: string;
  timezone?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  business?: Record<string, string | undefined>;
  social?: Record<string, string | undefined>;
  settings?: Record<string, boolean | undefined>;
}

export interface GhlUser {
  id: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  extension?: string;
  permissions?: Record<string, unknown>;
  scopes?: string;
  roles?: { type?: string; role?: string; locationIds?: string[]; restrictSubAccount?: boolean };
  deleted?: boolean;
  lcPhone?: Record<string, string>;
  platformLanguage?: string;
}

/** GHL spells it this way in every delete response. */
export interface GhlDeleted {
  succeded: boolean;
}
