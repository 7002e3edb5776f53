/**
 * Users are the one record GHL can list for a whole location in a single call. When a request
 * needs two or more users of the same location (a board of opportunities and their assignees),
 * one `GET /users/?locationId=` answers them all; a lone user is fetched by id, unless the request
 * already asked for its location's list (another list's users, resolved a moment apart). Ids the list
 * does not hold (a user of another location, a deleted one) are fetched by id too.
 */
import DataLoader from 'dataloader';
import type { LimitFunction } from 'p-limit';
import type { GhlUser } from '../ghl/api/users.ts';
import type { GhlSession } from '../ghl/client.ts';
import { perKey } from './per-key.ts';

export interface UserKey {
  id: string;
  /** The location the reference came from, when the parent record says. */
  locationId?: string | undefined;
}

export function userLoaders(ghl: GhlSession, limit: LimitFunction) {
  const byId = (userId: string) => limit(() => ghl.call('getUser', { path: { userId } }));

  // Locations whose list this request already asked for: a lone user of one waits for that list.
  const listed = new Set<string>();
  // One list per location per request, whether a query asks for the list or for its users.
  const usersOfLocation = perKey<string, GhlUser[]>(limit, async (locationId) => {
    listed.add(locationId);
    const { users } = await ghl.call('listLocationUsers', { location: locationId });
    for (const listed of users) user.prime({ id: listed.id }, listed);
    return users;
  });

  const user: DataLoader<UserKey, GhlUser, string> = new DataLoader(
    async (keys) => {
      const found = new Map<string, GhlUser | Error>();
      for (const [locationId, ids] of groupByLocation(keys)) {
        if (ids.length < 2 && !listed.has(locationId)) continue;
        const users = await usersOfLocation.load(locationId).catch(
          // No list for this token (an agency token, say): fall back to one call per user.
          () => [],
        );
        for (const listed of users) found.set(listed.id, listed);
      }
      const missing = [...new Set(keys.map((key) => key.id))].filter((id) => !found.has(id));
      await Promise.all(missing.map((id) => byId(id).then((u) => found.set(id, u), (error: Error) => found.set(id, error))));
      return keys.map((key) => found.get(key.id)!);
    },
    { cacheKeyFn: (key) => key.id },
  );
  return { user, usersOfLocation };
}

function groupByLocation(keys: readonly UserKey[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { id, locationId } of keys) {
    if (!locationId) continue;
    const ids = groups.get(locationId) ?? [];
    if (!ids.includes(id)) ids.push(id);
    groups.set(locationId, ids);
  }
  return groups;
}
