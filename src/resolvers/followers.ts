/**
 * The users following a contact or a deal: the ids a follow or unfollow names, and the users a
 * record's follower ids stand for, read through the per-request user loader (one list call per
 * location serves them all).
 */
import type { GatewayContext } from '../context.ts';
import { gatewayError } from '../errors.ts';
import type { GhlUser } from '../ghl/api/users.ts';
import { ghlIdOf } from './ids.ts';

/** The GHL user ids of a follow or unfollow: at least one, each a User id or a GHL user id. */
export function followerIdsOf(followers: readonly string[]): string[] {
  if (followers.length === 0) throw gatewayError('BAD_USER_INPUT', 'followers must name at least one user');
  return [...new Set(followers.map((id) => ghlIdOf(id, 'User', 'followers')))];
}

export function usersFollowing(ctx: GatewayContext, followers: readonly string[] | null | undefined, locationId: string): Promise<GhlUser[]> {
  return Promise.all((followers ?? []).map((id) => ctx.loaders.user.load({ id, locationId })));
}
