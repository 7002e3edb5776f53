/**
 * Users (users.json): one user by id (returned bare, not wrapped), a location's users, and the
 * company-wide search. A location token sees only the users of its own location.
 */
import { ghlErrors } from '../errors.ts';
import type { User } from '../model.ts';
import { route, type Route } from '../router.ts';
import { Validator } from '../validate.ts';
import { ok, requireCompany, requireLocation, V2021_07_28 } from './common.ts';

export const userRoutes: Route[] = [
  route('GET', '/users/{userId}', { versions: V2021_07_28, tokens: 'any' }, ({ store, principal, params }) => {
    const user = store.users.get(params.userId);
    if (!user) throw ghlErrors.notFound('User');
    const visible =
      principal.kind === 'location'
        ? user.roles.locationIds.includes(principal.locationId)
        : store.userInCompany(user, principal.companyId);
    if (!visible) throw ghlErrors.noLocationAccess();
    return ok(user);
  }),
  // Deprecated in the spec, and Location-Access only.
  route('GET', '/users/', { versions: V2021_07_28, tokens: 'location' }, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ users: store.usersOfLocation(locationId).sort(byName) });
  }),
  /** `sort`, `sortDirection` and `enabled2waySync` are accepted and ignored: results are by name. */
  route('GET', '/users/search', { versions: V2021_07_28, tokens: 'any' }, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const companyId = v.string('companyId', { required: true });
    const locationId = v.string('locationId');
    const search = v.string('query')?.toLowerCase();
    const ids = v.string('ids')?.split(',');
    const role = v.string('role');
    const type = v.string('type');
    const skip = v.number('skip', { min: 0 }) ?? 0;
    const limit = v.number('limit', { min: 1 }) ?? 25;
    v.check();
    requireCompany(principal, companyId);
    if (locationId !== undefined) requireLocation(store, principal, locationId);
    const scope = locationId ?? (principal.kind === 'location' ? principal.locationId : undefined);

    const matching = store.users
      .where((user) => store.userInCompany(user, companyId))
      .filter((user) => scope === undefined || user.roles.locationIds.includes(scope))
      .filter((user) => search === undefined || [user.name, user.email, user.phone].some((field) => field.toLowerCase().includes(search)))
      .filter((user) => ids === undefined || ids.includes(user.id))
      .filter((user) => role === undefined || user.roles.role === role)
      .filter((user) => type === undefined || user.roles.type === type)
      .sort(byName);
    return ok({ users: matching.slice(skip, skip + limit), count: matching.length });
  }),
];

function byName(a: User, b: User): number {
  return a.firstName.localeCompare(b.firstName) || a.lastName.localeCompare(b.lastName);
}
