/**
 * Users (users.json): one user by id (returned bare, not wrapped), a location's users, the
 * company-wide search, and creating, updating and deleting a user. Agency and location tokens
 * both work, per the spec; a location token sees and manages only the users of its own location,
 * and may give them no other location.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import type { User } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import { PERMISSION_NAMES, PERMISSIONS_OFF_BY_DEFAULT } from '../seed/data/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { userCreateEvent } from '../webhooks/events.ts';
import { created, ok, requireCompany, requireLocation, V2021_07_28 } from './common.ts';
import { readCreateUser, readUpdateUser } from './user-input.ts';

const USERS = { versions: V2021_07_28, tokens: 'any' } as const;

export const userRoutes: Route[] = [
  route('GET', '/users/{userId}', USERS, ({ store, principal, params }) => ok(requireUser(store, principal, params.userId))),
  // Deprecated in the spec, and Location-Access only.
  route('GET', '/users/', { versions: V2021_07_28, tokens: 'location' }, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ users: store.usersOfLocation(locationId).sort(byName) });
  }),
  /** `sort`, `sortDirection` and `enabled2waySync` are accepted and ignored: results are by name. */
  route('GET', '/users/search', USERS, ({ store, principal, query }) => {
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
  /** Permissions left out get GHL's defaults: everything on but the restricting flags and add-ons. */
  route('POST', '/users/', USERS, ({ store, principal, body, emit }) => {
    const input = readCreateUser(body);
    requireCompany(principal, input.companyId);
    requireLocations(store, principal, input.locationIds);
    rejectTakenEmail(store, input.email);
    const name = `${input.firstName} ${input.lastName}`;
    const user = store.users.insert({
      id: randomId(),
      name,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone ?? '',
      extension: '',
      permissions: { ...defaultPermissions(), ...input.permissions },
      scopes: input.scopes ?? [],
      roles: { type: input.type, role: input.role, locationIds: [...new Set(input.locationIds)], restrictSubAccount: false },
      deleted: false,
      lcPhone: {},
      platformLanguage: input.platformLanguage ?? 'en_US',
    });
    emit(userCreateEvent(user, input.companyId));
    return created(user);
  }),
  route('PUT', '/users/{userId}', USERS, ({ store, principal, params, body }) => {
    const existing = requireUser(store, principal, params.userId);
    const input = readUpdateUser(body);
    if (input.companyId !== undefined) requireCompany(principal, input.companyId);
    if (input.locationIds !== undefined) requireLocations(store, principal, input.locationIds);
    if (input.email !== undefined && input.email.toLowerCase() !== existing.email.toLowerCase()) rejectTakenEmail(store, input.email);
    const firstName = input.firstName ?? existing.firstName;
    const lastName = input.lastName ?? existing.lastName;
    const user = store.users.insert({
      ...existing,
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      email: input.email ?? existing.email,
      phone: input.phone ?? existing.phone,
      permissions: { ...existing.permissions, ...input.permissions },
      scopes: input.scopes ?? existing.scopes,
      roles: {
        ...existing.roles,
        type: input.type ?? existing.roles.type,
        role: input.role ?? existing.roles.role,
        locationIds: input.locationIds ? [...new Set(input.locationIds)] : existing.roles.locationIds,
      },
      platformLanguage: input.platformLanguage ?? existing.platformLanguage,
    });
    return ok(user);
  }),
  route('DELETE', '/users/{userId}', USERS, ({ store, principal, params }) => {
    const user = requireUser(store, principal, params.userId);
    store.users.delete(user.id);
    return ok({ succeded: true, message: `Queued deleting user with e-mail ${user.email} and name ${user.name}. Will take effect in a few minutes.` });
  }),
];

/** Looked up first (404), then checked against the token: its location, or its company. */
function requireUser(store: SandboxStore, principal: Principal, userId: string): User {
  const user = store.users.get(userId);
  if (!user) throw ghlErrors.notFound('User');
  const visible =
    principal.kind === 'location'
      ? user.roles.locationIds.includes(principal.locationId)
      : store.userInCompany(user, principal.companyId);
  if (!visible) throw ghlErrors.noLocationAccess();
  return user;
}

/**
 * A user belongs to a company through its locations (the sandbox keeps no company on a user), so
 * every user needs one, agency users included.
 */
function requireLocations(store: SandboxStore, principal: Principal, locationIds: string[]): void {
  if (locationIds.length === 0) throw ghlErrors.unprocessable(['locationIds should not be empty']);
  for (const locationId of locationIds) requireLocation(store, principal, locationId);
}

/** Emails are unique across GHL: one login per person. */
function rejectTakenEmail(store: SandboxStore, email: string): void {
  const taken = email.toLowerCase();
  if (store.users.where((user) => user.email.toLowerCase() === taken).length > 0) {
    throw new GhlError(400, 'A user with this email already exists');
  }
}

function defaultPermissions(): Record<string, boolean> {
  return Object.fromEntries(PERMISSION_NAMES.map((name) => [name, !PERMISSIONS_OFF_BY_DEFAULT.has(name)]));
}

function byName(a: User, b: User): number {
  return a.firstName.localeCompare(b.firstName) || a.lastName.localeCompare(b.lastName);
}
