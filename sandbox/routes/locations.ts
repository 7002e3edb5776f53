/**
 * Locations (locations.json): one location by id, the agency's location search, creating and
 * updating a location (agency tokens only, per the spec's Agency-Access security), and the time
 * zones a location may be set to.
 */
import type { Location } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import { locationEvent } from '../webhooks/events.ts';
import { ok, requireCompany, requireLocation, V2021_07_28 } from './common.ts';
import { readCreateLocation, readUpdateLocation, TIME_ZONES, type LocationInput } from './location-input.ts';

const LOCATIONS = { versions: V2021_07_28, tokens: 'any' } as const;
const AGENCY = { versions: V2021_07_28, tokens: 'agency' } as const;

export const locationRoutes: Route[] = [
  route('GET', '/locations/{locationId}', LOCATIONS, ({ store, principal, params }) =>
    ok({ location: requireLocation(store, principal, params.locationId) }),
  ),
  /**
   * The spec leaves the sort key of `order` open; locations are ordered by name. A location token
   * finds only its own location.
   */
  route('GET', '/locations/search', LOCATIONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const companyId = v.string('companyId') ?? principal.companyId;
    const skip = v.number('skip', { min: 0 }) ?? 0;
    const limit = v.number('limit', { min: 1 }) ?? 10;
    const order = v.oneOf('order', ['asc', 'desc']) ?? 'asc';
    const email = v.string('email')?.toLowerCase();
    v.check();
    requireCompany(principal, companyId);

    const direction = order === 'asc' ? 1 : -1;
    const locations = store.locations
      .where((location) => location.companyId === companyId)
      .filter((location) => principal.kind === 'agency' || location.id === principal.locationId)
      .filter((location) => email === undefined || location.email.toLowerCase() === email)
      .sort((a, b) => direction * a.name.localeCompare(b.name))
      .slice(skip, skip + limit);
    return ok({ locations: locations.map(searchResult) });
  }),
  /** GHL answers a create with 200 and the location itself, unwrapped. */
  route('POST', '/locations/', AGENCY, ({ store, principal, body, emit }) => {
    const input = readCreateLocation(body);
    requireCompany(principal, input.companyId);
    const location = store.locations.insert(newLocation(input));
    emit(locationEvent('LocationCreate', location));
    return ok(writeResult(location));
  }),
  route('PUT', '/locations/{locationId}', AGENCY, ({ store, principal, params, body, emit }) => {
    const input = readUpdateLocation(body);
    requireCompany(principal, input.companyId);
    const existing = requireLocation(store, principal, params.locationId);
    const location = store.locations.insert(updated(existing, input));
    emit(locationEvent('LocationUpdate', location));
    return ok(writeResult(location));
  }),
  /** Location-Access only. The spec documents no body; GHL answers `{ timeZones: [...] }`. */
  route('GET', '/locations/{locationId}/timezones', { versions: V2021_07_28, tokens: 'location' }, ({ store, principal, params }) => {
    requireLocation(store, principal, params.locationId);
    return ok({ timeZones: TIME_ZONES });
  }),
];

function newLocation(input: LocationInput & { place: { name: string } }): Location {
  const place = {
    address: '', city: '', state: '', country: '', postalCode: '', website: '', timezone: '', logoUrl: '',
    ...input.place,
  };
  return {
    id: randomId(),
    companyId: input.companyId,
    domain: '',
    ...place,
    firstName: input.prospect?.firstName ?? '',
    lastName: input.prospect?.lastName ?? '',
    email: input.prospect?.email ?? '',
    phone: input.place.phone ?? '',
    business: businessOf(place),
    social: input.social ?? {},
    settings: {
      allowDuplicateContact: false,
      allowDuplicateOpportunity: false,
      allowFacebookNameMerge: false,
      disableContactTimezone: false,
      ...input.settings,
    },
    reseller: {},
  };
}

/** Fields sent replace the stored ones; settings and social profiles merge key by key. */
function updated(existing: Location, input: LocationInput): Location {
  const next: Location = {
    ...existing,
    ...input.place,
    ...(input.prospect && { firstName: input.prospect.firstName, lastName: input.prospect.lastName, email: input.prospect.email }),
    settings: { ...existing.settings, ...input.settings },
    social: { ...existing.social, ...input.social },
  };
  return { ...next, business: businessOf(next) };
}

function businessOf(place: Pick<Location, 'name' | 'address' | 'city' | 'state' | 'country' | 'postalCode' | 'website' | 'timezone' | 'logoUrl'>): Location['business'] {
  const { name, address, city, state, country, postalCode, website, timezone, logoUrl } = place;
  return { name, address, city, state, country, postalCode, website, timezone, logoUrl };
}

/** CreateLocationSuccessfulResponseDto: the location's own fields, without business or reseller. */
function writeResult(location: Location) {
  const { id, companyId, name, phone, email, address, city, state, domain, country, postalCode, website, timezone, settings, social } = location;
  return { id, companyId, name, phone, email, address, city, state, domain, country, postalCode, website, timezone, settings, social };
}

/** GetLocationSchema: the search returns a summary, not the full GetLocationByIdSchema. */
function searchResult(location: Location) {
  const { id, name, phone, email, address, city, state, country, postalCode, website, timezone, settings, social } = location;
  return { id, name, phone, email, address, city, state, country, postalCode, website, timezone, settings, social };
}
