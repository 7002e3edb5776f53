/**
 * The social planner: a location's connected accounts, and its posts (a `skip`/`limit` search
 * over a date window, sent as a POST), read one by one, created, edited and deleted. A post's
 * node key is `locationId/id`: GHL addresses one through its location.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlSocialAccount, GhlSocialPost } from '../ghl/api/social-media.ts';
import { gatewayError } from '../errors.ts';
import { ghlIdOf, locationIdOf, scopedIdOf } from './ids.ts';
import { presentOnly } from './input.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedPost = GhlSocialPost & { locationId: string };
export type LocatedAccount = GhlSocialAccount & { locationId: string };

/** GHL requires a window: without one, a list reaches from the first post ever to far-off schedules. */
const ALL_TIME = { from: new Date('2000-01-01T00:00:00.000Z'), to: new Date('2100-01-01T00:00:00.000Z') };

export async function listAccounts(ctx: GatewayContext, locationId: string): Promise<LocatedAccount[]> {
  return (await ctx.loaders.socialAccountsOfLocation.load(locationId)).map((account) => ({ ...account, locationId }));
}

export interface PostFilter extends ConnectionArgs {
  locationId?: string | null | undefined;
  show?: string | null | undefined;
  accountIds?: readonly string[] | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  postType?: string | null | undefined;
}

export async function listPosts(ctx: GatewayContext, filter: PostFilter): Promise<Connection<LocatedPost>> {
  const locationId = locationIdOf(filter.locationId, ctx.defaultLocationId);
  const page = offsetPage(filter);
  const from = filter.from ?? ALL_TIME.from;
  const to = filter.to ?? ALL_TIME.to;
  if (from > to) throw gatewayError('BAD_USER_INPUT', 'from must not be after to');
  const result = await ctx.ghl.call('listSocialPosts', {
    location: locationId,
    body: presentOnly({
      type: filter.show ?? 'all',
      accounts: filter.accountIds?.length ? filter.accountIds.join(',') : undefined,
      // SearchPostDTO takes its numbers and flags as strings.
      skip: String(page.offset),
      limit: String(page.size),
      fromDate: from.toISOString(),
      toDate: to.toISOString(),
      includeUsers: 'false',
      postType: filter.postType,
    }),
  });
  const posts = (result.results?.posts ?? []).map((post) => ({ ...post, locationId: post.locationId ?? locationId }));
  for (const post of posts) ctx.loaders.socialPost.prime({ locationId, id: post._id }, post);
  return offsetConnection(posts, page, result.results?.count);
}

export async function readPost(ctx: GatewayContext, locationId: string, id: string): Promise<LocatedPost> {
  const post = await ctx.loaders.socialPost.load({ locationId, id });
  return { ...post, locationId: post.locationId ?? locationId };
}

export interface PostInput {
  accountIds?: readonly string[] | null | undefined;
  summary?: string | null | undefined;
  mediaUrls?: readonly URL[] | null | undefined;
  status?: string | null | undefined;
  scheduleDate?: Date | null | undefined;
  type?: string | null | undefined;
  tags?: readonly string[] | null | undefined;
  userId?: string | null | undefined;
}

export async function createPost(ctx: GatewayContext, locationRef: string | null | undefined, input: PostInput): Promise<LocatedPost> {
  const locationId = locationIdOf(locationRef, ctx.defaultLocationId);
  if (!input.accountIds?.length) throw gatewayError('BAD_USER_INPUT', 'accountIds must name at least one connected account');
  if (!input.userId) throw gatewayError('BAD_USER_INPUT', 'userId is required');
  const result = await ctx.ghl.call('createSocialPost', {
    location: locationId,
    body: postBody({ ...input, type: input.type ?? 'post', userId: ghlIdOf(input.userId, 'User', 'userId') }),
  });
  const post = result.results?.post;
  if (!post) throw gatewayError('UPSTREAM_ERROR', 'GoHighLevel did not answer with the created post', { operation: 'createSocialPost' });
  return { ...post, locationId };
}

/** GHL's edit requires the post `type`: when the caller leaves it out, the post's own is sent. */
export async function updatePost(
  ctx: GatewayContext,
  ref: string,
  locationRef: string | null | undefined,
  input: PostInput,
): Promise<LocatedPost> {
  const { locationId, id } = postKeyOf(ctx, ref, locationRef);
  if (input.accountIds?.length === 0) throw gatewayError('BAD_USER_INPUT', 'accountIds must not be empty');
  const type = input.type ?? (await readPost(ctx, locationId, id)).type ?? 'post';
  const userId = input.userId ? ghlIdOf(input.userId, 'User', 'userId') : undefined;
  await ctx.ghl.call('updateSocialPost', { path: { id }, location: locationId, body: postBody({ ...input, type, userId }) });
  ctx.loaders.socialPost.clear({ locationId, id });
  return readPost(ctx, locationId, id);
}

export async function deletePost(
  ctx: GatewayContext,
  ref: string,
  locationRef: string | null | undefined,
): Promise<{ deletedGhlId: string; locationId: string }> {
  const { locationId, id } = postKeyOf(ctx, ref, locationRef);
  await ctx.ghl.call('deleteSocialPost', { path: { id }, location: locationId });
  ctx.loaders.socialPost.clear({ locationId, id });
  return { deletedGhlId: id, locationId };
}

/** A post's global id carries its location; a raw GHL id goes with the given (or default) one. */
function postKeyOf(ctx: GatewayContext, ref: string, locationRef: string | null | undefined) {
  const { id, ownerId } = scopedIdOf(ref, 'SocialPost', 'id');
  return { id, locationId: ownerId ?? locationIdOf(locationRef, ctx.defaultLocationId) };
}

function postBody(input: PostInput): Record<string, unknown> {
  if (input.summary !== undefined && input.summary !== null && input.summary.length > 63_206) {
    throw gatewayError('BAD_USER_INPUT', 'summary is longer than any platform allows');
  }
  return presentOnly({
    accountIds: input.accountIds ? [...input.accountIds] : undefined,
    summary: input.summary,
    media: input.mediaUrls?.map((url) => ({ url: url.toString() })),
    status: input.status,
    scheduleDate: input.scheduleDate?.toISOString(),
    type: input.type,
    tags: input.tags ? [...input.tags] : undefined,
    userId: input.userId,
  });
}
