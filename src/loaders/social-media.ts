import type { LimitFunction } from 'p-limit';
import type { GhlSocialAccount, GhlSocialPost } from '../ghl/api/social-media.ts';
import type { GhlSession } from '../ghl/client.ts';
import { gatewayError } from '../errors.ts';
import { locatedKey, perKey, type LocatedKey } from './per-key.ts';

export function socialMediaLoaders(ghl: GhlSession, limit: LimitFunction) {
  return {
    socialAccountsOfLocation: perKey<string, GhlSocialAccount[]>(
      limit,
      async (locationId) => (await ghl.call('listSocialAccounts', { location: locationId })).results?.accounts ?? [],
    ),
    // A post of a location: GHL addresses one by both ids.
    socialPost: perKey<LocatedKey, GhlSocialPost>(
      limit,
      async ({ locationId, id }) => {
        const post = (await ghl.call('getSocialPost', { path: { id }, location: locationId })).results?.post;
        if (!post) throw gatewayError('NOT_FOUND', `No social post ${id} in location ${locationId}`);
        return post;
      },
      locatedKey,
    ),
  };
}
