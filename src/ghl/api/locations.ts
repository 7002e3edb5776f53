/**
 * The locations API (locations.json): sub-accounts of an agency, and what each one defines for
 * itself: its tags, its custom fields (the definitions contacts' values refer to) and its custom
 * values (merge fields such as {{custom_values.booking_link}}).
 */
import { define, fromSpec } from '../operation.ts';
import type { GhlDeleted } from './common.ts';

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

/** LocationTagsSchema. */
export interface GhlLocationTag {
  id: string;
  name?: string;
  locationId?: string;
}

export const customFieldModels = ['contact', 'opportunity'] as const;
export type GhlCustomFieldModel = (typeof customFieldModels)[number];

/** The data types GHL's custom field editor offers; the spec types `dataType` as a plain string. */
export const customFieldDataTypes = [
  'TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'MONETORY', 'CHECKBOX', 'SINGLE_OPTIONS', 'MULTIPLE_OPTIONS',
  'FLOAT', 'TIME', 'DATE', 'TEXTBOX_LIST', 'FILE_UPLOAD', 'SIGNATURE',
] as const;
export type GhlCustomFieldDataType = (typeof customFieldDataTypes)[number];

/** CustomFieldSchema. */
export interface GhlCustomField {
  id: string;
  name?: string;
  fieldKey?: string;
  placeholder?: string;
  dataType?: string;
  position?: number;
  picklistOptions?: string[];
  picklistImageOptions?: string[];
  isAllowedCustomOption?: boolean;
  isMultiFileAllowed?: boolean;
  maxFileLimit?: number;
  locationId?: string;
  model?: string;
}

/** CustomValueSchema. */
export interface GhlCustomValue {
  id: string;
  name?: string;
  fieldKey?: string;
  value?: string;
  locationId?: string;
}

export const locationOperations = {
  searchLocations: define<{ locations: GhlLocation[] }>()({
    lists: { locations: 'records' },
    ...fromSpec('locationsSearchLocations'),
    location: 'none',
  }),
  getLocation: define<{ location: GhlLocation }>()({
    ...fromSpec('locationsGetLocation'),
    location: { in: 'path', name: 'locationId' },
  }),
  /** Answered with the location itself, not wrapped (CreateLocationSuccessfulResponseDto). */
  createLocation: define<GhlLocation>()({
    ...fromSpec('locationsCreateLocation'),
    location: 'none',
  }),
  updateLocation: define<GhlLocation>()({
    ...fromSpec('locationsPutLocation'),
    location: { in: 'path', name: 'locationId' },
  }),
  /** The spec documents no response body; GHL answers `{ timeZones: string[] }`. */
  getTimezones: define<{ timeZones?: string[] }>()({
    lists: { timeZones: 'strings' },
    ...fromSpec('locationsGetTimezones'),
    location: { in: 'path', name: 'locationId' },
  }),
  listLocationTags: define<{ tags: GhlLocationTag[] }>()({
    lists: { tags: 'records' },
    ...fromSpec('locationsGetLocationTags'),
    location: { in: 'path', name: 'locationId' },
  }),
  createLocationTag: define<{ tag: GhlLocationTag }>()({
    ...fromSpec('locationsCreateTag'),
    location: { in: 'path', name: 'locationId' },
  }),
  updateLocationTag: define<{ tag: GhlLocationTag }>()({
    ...fromSpec('locationsUpdateTag'),
    location: { in: 'path', name: 'locationId' },
  }),
  deleteLocationTag: define<GhlDeleted>()({
    ...fromSpec('locationsDeleteTag'),
    location: { in: 'path', name: 'locationId' },
  }),
  listCustomFields: define<{ customFields: GhlCustomField[] }>()({
    lists: { customFields: 'records' },
    ...fromSpec('locationsGetCustomFields'),
    location: { in: 'path', name: 'locationId' },
  }),
  createCustomField: define<{ customField: GhlCustomField }>()({
    ...fromSpec('locationsCreateCustomField'),
    location: { in: 'path', name: 'locationId' },
  }),
  updateCustomField: define<{ customField: GhlCustomField }>()({
    ...fromSpec('locationsUpdateCustomField'),
    location: { in: 'path', name: 'locationId' },
  }),
  deleteCustomField: define<GhlDeleted>()({
    ...fromSpec('locationsDeleteCustomField'),
    location: { in: 'path', name: 'locationId' },
  }),
  listCustomValues: define<{ customValues: GhlCustomValue[] }>()({
    lists: { customValues: 'records' },
    ...fromSpec('locationsGetCustomValues'),
    location: { in: 'path', name: 'locationId' },
  }),
  createCustomValue: define<{ customValue: GhlCustomValue }>()({
    ...fromSpec('locationsCreateCustomValue'),
    location: { in: 'path', name: 'locationId' },
  }),
  updateCustomValue: define<{ customValue: GhlCustomValue }>()({
    ...fromSpec('locationsUpdateCustomValue'),
    location: { in: 'path', name: 'locationId' },
  }),
};
