/**
 * The locations API (locations.json): sub-accounts of an agency, and what each one defines for
 * itself: its tags, its custom fields (the definitions contacts' values refer to) and its custom
 * values (merge fields such as {{custom_values.booking_link}}).
 */
import { define, V2021_07_28 } from '../operation.ts';
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
    spec: 'locations', operationId: 'search-locations', method: 'GET', path: '/locations/search', version: V2021_07_28,
    location: 'none',
  }),
  getLocation: define<{ location: GhlLocation }>()({
    spec: 'locations', operationId: 'get-location', method: 'GET', path: '/locations/{locationId}', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  /** Answered with the location itself, not wrapped (CreateLocationSuccessfulResponseDto). */
  createLocation: define<GhlLocation>()({
    spec: 'locations', operationId: 'create-location', method: 'POST', path: '/locations/', version: V2021_07_28,
    location: 'none',
  }),
  updateLocation: define<GhlLocation>()({
    spec: 'locations', operationId: 'put-location', method: 'PUT', path: '/locations/{locationId}', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  /** The spec documents no response body; GHL answers `{ timeZones: string[] }`. */
  getTimezones: define<{ timeZones?: string[] }>()({
    lists: { timeZones: 'strings' },
    spec: 'locations', operationId: 'get-timezones', method: 'GET', path: '/locations/{locationId}/timezones', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  listLocationTags: define<{ tags: GhlLocationTag[] }>()({
    lists: { tags: 'records' },
    spec: 'locations', operationId: 'get-location-tags', method: 'GET', path: '/locations/{locationId}/tags', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  createLocationTag: define<{ tag: GhlLocationTag }>()({
    spec: 'locations', operationId: 'create-tag', method: 'POST', path: '/locations/{locationId}/tags', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  updateLocationTag: define<{ tag: GhlLocationTag }>()({
    spec: 'locations', operationId: 'update-tag', method: 'PUT', path: '/locations/{locationId}/tags/{tagId}', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  deleteLocationTag: define<GhlDeleted>()({
    spec: 'locations', operationId: 'delete-tag', method: 'DELETE', path: '/locations/{locationId}/tags/{tagId}', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  listCustomFields: define<{ customFields: GhlCustomField[] }>()({
    lists: { customFields: 'records' },
    spec: 'locations', operationId: 'get-custom-fields', method: 'GET', path: '/locations/{locationId}/customFields', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  createCustomField: define<{ customField: GhlCustomField }>()({
    spec: 'locations', operationId: 'create-custom-field', method: 'POST', path: '/locations/{locationId}/customFields',
    version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  updateCustomField: define<{ customField: GhlCustomField }>()({
    spec: 'locations', operationId: 'update-custom-field', method: 'PUT', path: '/locations/{locationId}/customFields/{id}',
    version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  deleteCustomField: define<GhlDeleted>()({
    spec: 'locations', operationId: 'delete-custom-field', method: 'DELETE', path: '/locations/{locationId}/customFields/{id}',
    version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  listCustomValues: define<{ customValues: GhlCustomValue[] }>()({
    lists: { customValues: 'records' },
    spec: 'locations', operationId: 'get-custom-values', method: 'GET', path: '/locations/{locationId}/customValues', version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  createCustomValue: define<{ customValue: GhlCustomValue }>()({
    spec: 'locations', operationId: 'create-custom-value', method: 'POST', path: '/locations/{locationId}/customValues',
    version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
  updateCustomValue: define<{ customValue: GhlCustomValue }>()({
    spec: 'locations', operationId: 'update-custom-value', method: 'PUT', path: '/locations/{locationId}/customValues/{id}',
    version: V2021_07_28,
    location: { in: 'path', name: 'locationId' },
  }),
};
