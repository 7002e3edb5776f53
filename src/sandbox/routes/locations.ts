/**
 * Locations (locations.json): one location by id, and the agency's location search. Both accept
 * location and agency tokens, per the spec's Location-Access / Agency-Access security.
 */
import type { Location } from '../model.ts';
import { route, type Route } from '../router.ts';
import { Validator } from '../validate.ts';
import { ok, requireCompany, requireLocation, V2021_07_28 } from './common.ts';

const LOCATIONS = { versions: V2021_07_28, tokens: 'any' } as const;

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
];

/** GetLocationSchema: the search returns a summary, not the full GetLocationByIdSchema. */
function searchResult(location: Location) {
  const { id, name, phone, email, address, city, state, country, postalCode, website, timezone, settings, social } = location;
  return { id, name, phone, email, address, city, state, country, postalCode, website, timezone, settings, social };
}
