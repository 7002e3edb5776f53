/**
 * Users: the company-wide search, and creating, changing and deleting a user. GHL answers a
 * single user bare (not wrapped), and lists users with a total count.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlUser } from '../ghl/api/users.ts';
import { gatewayError } from '../errors.ts';
import { asAgency } from './agency.ts';
import { ghlIdOf } from './ids.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export interface UserSearch {
  companyId: string;
  locationId?: string | null;
  query?: string | null;
  role?: string | null;
  type?: string | null;
  ids?: readonly string[] | null;
}

export async function searchUsers(ctx: GatewayContext, args: ConnectionArgs & UserSearch): Promise<Connection<GhlUser>> {
  const page = offsetPage(args);
  const result = await asAgency(
    'users',
    ctx.ghl.call('searchUsers', {
      location: args.locationId ? ghlIdOf(args.locationId, 'Location', 'locationId') : undefined,
      query: {
        companyId: nonEmpty(args.companyId, 'companyId'),
        query: args.query || undefined,
        role: args.role ?? undefined,
        type: args.type ?? undefined,
        ids: args.ids?.length ? args.ids.map((id) => ghlIdOf(id, 'User', 'ids')).join(',') : undefined,
        skip: page.offset,
        limit: page.size,
      },
    }),
  );
  for (const user of result.users) ctx.loaders.user.prime({ id: user.id }, user);
  return offsetConnection(result.users, page, result.count);
}

export interface UserInput {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  password?: string | null;
  phone?: string | null;
  type?: string | null;
  role?: string | null;
  locationIds?: readonly string[] | null;
  permissions?: Record<string, boolean | null | undefined> | null;
  scopes?: readonly string[] | null;
  platformLanguage?: string | null;
}

export type CreateUserInput = UserInput & {
  companyId: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  type: string;
  role: string;
  locationIds: readonly string[];
};

export async function createUser(ctx: GatewayContext, input: CreateUserInput): Promise<GhlUser> {
  if (input.locationIds.length === 0) throw gatewayError('BAD_USER_INPUT', 'locationIds must name at least one location');
  const body = { ...userBody(input), companyId: nonEmpty(input.companyId, 'companyId') };
  const user = await asAgency('createUser', ctx.ghl.call('createUser', { body }));
  ctx.loaders.user.prime({ id: user.id }, user);
  return user;
}

export async function updateUser(ctx: GatewayContext, id: string, input: UserInput): Promise<GhlUser> {
  const userId = ghlIdOf(id, 'User', 'id');
  const user = await ctx.ghl.call('updateUser', { path: { userId }, body: userBody(input) });
  ctx.loaders.user.clear({ id: userId }).prime({ id: userId }, user);
  return user;
}

export async function deleteUser(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const userId = ghlIdOf(id, 'User', 'id');
  await ctx.ghl.call('deleteUser', { path: { userId } });
  ctx.loaders.user.clear({ id: userId });
  return { deletedGhlId: userId };
}

/** GHL's minimum; checked here so a weak password never leaves the gateway. */
const MIN_PASSWORD_LENGTH = 8;

function userBody(input: UserInput): Record<string, unknown> {
  if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH) {
    throw gatewayError('BAD_USER_INPUT', `password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (input.locationIds?.length === 0) throw gatewayError('BAD_USER_INPUT', 'locationIds must name at least one location');
  return definedOnly({
    firstName: input.firstName == null ? undefined : nonEmpty(input.firstName, 'firstName'),
    lastName: input.lastName == null ? undefined : nonEmpty(input.lastName, 'lastName'),
    email: input.email ?? undefined,
    password: input.password ?? undefined,
    phone: input.phone ?? undefined,
    type: input.type ?? undefined,
    role: input.role ?? undefined,
    locationIds: input.locationIds?.map((locationId) => ghlIdOf(locationId, 'Location', 'locationIds')),
    permissions: input.permissions ? definedOnly(Object.fromEntries(Object.entries(input.permissions).map(([k, v]) => [k, v ?? undefined]))) : undefined,
    scopes: input.scopes ?? undefined,
    platformLanguage: input.platformLanguage ?? undefined,
  });
}
