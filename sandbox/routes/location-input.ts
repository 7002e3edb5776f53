/**
 * Reads CreateLocationDto and UpdateLocationDto bodies (locations.json). The two differ in little:
 * both require the agency's `companyId`; create also requires a name and takes a snapshot id, update
 * a snapshot object. Twilio, Mailgun and snapshots are accepted and not modelled.
 */
import { GhlError } from '../http/errors.ts';
import type { Location } from '../model/index.ts';
import { definedOnly, isRecord, Validator } from '../http/validate.ts';

type Place = Partial<Pick<Location, 'name' | 'phone' | 'address' | 'city' | 'state' | 'country' | 'postalCode' | 'website' | 'timezone'>>;

export interface LocationInput {
  companyId: string;
  place: Place;
  prospect?: { firstName: string; lastName: string; email: string };
  settings?: Partial<Location['settings']>;
  social?: Location['social'];
}

const SETTINGS = ['allowDuplicateContact', 'allowDuplicateOpportunity', 'allowFacebookNameMerge', 'disableContactTimezone'] as const;
const SOCIAL = [
  'facebookUrl', 'googlePlus', 'linkedIn', 'foursquare', 'twitter', 'yelp', 'instagram', 'youtube', 'pinterest', 'blogRss', 'googlePlacesId',
] as const;

/** The zones GHL accepts, and lists at GET /locations/{locationId}/timezones. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

export function readCreateLocation(body: unknown): LocationInput & { place: Place & { name: string } } {
  const v = Validator.body(body);
  const name = v.string('name', { required: true });
  const input = readShared(v);
  v.string('snapshotId');
  v.check();
  return { ...input, place: { ...input.place, name } };
}

export function readUpdateLocation(body: unknown): LocationInput {
  const v = Validator.body(body);
  const name = v.string('name');
  const input = readShared(v);
  v.custom('snapshot', (value) => (isRecord(value) ? [] : ['snapshot must be an object']));
  v.check();
  return { ...input, place: definedOnly({ ...input.place, name }) };
}

function readShared(v: Validator): LocationInput {
  const companyId = v.string('companyId', { required: true });
  const place = definedOnly({
    phone: v.string('phone'),
    address: v.string('address'),
    city: v.string('city'),
    state: v.string('state'),
    country: v.custom<string>('country', (value) =>
      typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? [] : ['country must be a two-letter ISO 3166 country code'],
    ),
    postalCode: v.string('postalCode'),
    website: v.string('website'),
    timezone: v.custom<string>('timezone', (value) =>
      TIME_ZONES.includes(value as string) ? [] : ['timezone must be one of the time zones GET /locations/{locationId}/timezones lists'],
    ),
  });
  const prospect = v.custom<LocationInput['prospect']>('prospectInfo', prospectProblems);
  const settings = v.custom<LocationInput['settings']>('settings', (value) => recordProblems('settings', value, SETTINGS, 'boolean'));
  const social = v.custom<LocationInput['social']>('social', (value) => recordProblems('social', value, SOCIAL, 'string'));
  for (const unmodelled of ['twilio', 'mailgun']) v.custom(unmodelled, (value) => (isRecord(value) ? [] : [`${unmodelled} must be an object`]));
  return definedOnly({ companyId, place, prospect, settings, social });
}

function prospectProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['prospectInfo must be an object'];
  const v = Validator.body(value);
  v.string('firstName', { required: true });
  v.string('lastName', { required: true });
  v.email('email', { required: true });
  try {
    v.check();
    return [];
  } catch (error) {
    if (!(error instanceof GhlError)) throw error;
    return [error.detail].flat().map((message) => `prospectInfo.${message}`);
  }
}

function recordProblems(name: string, value: unknown, keys: readonly string[], type: 'boolean' | 'string'): string[] {
  if (!isRecord(value)) return [`${name} must be an object`];
  return Object.entries(value).flatMap(([key, item]) => {
    if (!keys.includes(key)) return [`${name}.property ${key} should not exist`];
    return typeof item === type ? [] : [`${name}.${key} must be a ${type}`];
  });
}
