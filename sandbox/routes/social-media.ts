/**
 * The social planner (social-media-posting.json, Version 2021-07-28): a location's connected
 * accounts, and its posts to list (a search sent as POST), read, create, edit and delete. Every
 * answer is wrapped as `{ success, statusCode, message, results }`. Location tokens only.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { withUnderscoreId, type PostMedia, type SocialPost } from '../model/marketing.ts';
import { randomId } from '../random.ts';
import { route, type ApiResult, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { isRecord, Validator } from '../http/validate.ts';
import { requireLocation, V2021_07_28 } from './common.ts';

const SOCIAL = { versions: V2021_07_28, tokens: 'location' } as const;

const STATUSES = ['in_progress', 'draft', 'failed', 'published', 'scheduled', 'in_review', 'notification_sent', 'deleted'] as const;
const FILTERS = ['recent', 'all', 'scheduled', 'draft', 'failed', 'in_review', 'published', 'in_progress', 'deleted'] as const;
const TYPES = ['post', 'story', 'reel'] as const;
/** CreatePostDTO's fields; the sandbox keeps the ones a post shows and accepts the rest. */
const ACCEPTED_ONLY = [
  'createdBy', 'followUpComment', 'ogTagsDetails', 'postApprovalDetails', 'scheduleTimeUpdated', 'categoryId',
  'tiktokPostDetails', 'gmbPostDetails',
];

export const socialMediaRoutes: Route[] = [
  route('GET', '/social-media-posting/{locationId}/accounts', SOCIAL, ({ store, principal, params }) => {
    requireLocation(store, principal, params.locationId);
    const accounts = store.socialAccounts
      .where((account) => account.locationId === params.locationId)
      .map(({ locationId: _, ...account }) => account);
    return answer(200, 'Fetched Accounts', { accounts, groups: [] });
  }),
  route('POST', '/social-media-posting/{locationId}/posts/list', SOCIAL, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const type = v.oneOf('type', FILTERS) ?? 'all';
    const accounts = v.string('accounts');
    const skip = Math.floor(v.number('skip', { required: true, min: 0 }));
    const limit = Math.floor(v.number('limit', { required: true, min: 1, max: 100 }));
    const from = v.isoDate('fromDate', { required: true });
    const to = v.isoDate('toDate', { required: true });
    v.oneOf('includeUsers', ['true', 'false'], { required: true });
    const postType = v.oneOf('postType', TYPES);
    v.check();
    requireLocation(store, principal, params.locationId);
    const accountIds = accounts?.split(',').map((id) => id.trim()).filter(Boolean);
    const posts = store.socialPosts
      .where(
        (post) =>
          post.locationId === params.locationId &&
          (type === 'all' ? post.status !== 'deleted' : type === 'recent' ? post.status === 'published' : post.status === type) &&
          (postType === undefined || post.type === postType) &&
          (accountIds === undefined || post.accountIds.some((id) => accountIds.includes(id))) &&
          post.displayDate >= from &&
          post.displayDate <= to,
      )
      .sort((a, b) => b.displayDate.localeCompare(a.displayDate) || a.id.localeCompare(b.id));
    return answer(201, 'Fetched Posts', { posts: posts.slice(skip, skip + limit).map(view), count: posts.length });
  }),
  route('GET', '/social-media-posting/{locationId}/posts/{id}', SOCIAL, ({ store, principal, params }) =>
    answer(200, 'Fetched Post', { post: view(requirePost(store, principal, params.locationId, params.id)) }),
  ),
  route('POST', '/social-media-posting/{locationId}/posts', SOCIAL, ({ store, principal, params, body }) => {
    requireLocation(store, principal, params.locationId);
    const fields = readPost(store, params.locationId, body, true);
    const now = new Date().toISOString();
    const accountId = fields.accountIds![0]!;
    const status = fields.status ?? (fields.scheduleDate ? 'scheduled' : 'published');
    const displayDate = fields.scheduleDate ?? now;
    const post = store.socialPosts.insert({
      id: randomId(),
      locationId: params.locationId,
      source: 'composer',
      platform: store.socialAccounts.get(accountId)!.platform,
      accountId,
      accountIds: fields.accountIds!,
      summary: fields.summary ?? '',
      media: fields.media ?? [],
      status,
      error: '',
      type: fields.type!,
      createdBy: fields.userId!,
      tags: fields.tags ?? [],
      displayDate,
      ...(status === 'published' && { publishedAt: displayDate }),
      createdAt: now,
      updatedAt: now,
    });
    return answer(201, 'Created Post', { post: view(post) });
  }),
  route('PUT', '/social-media-posting/{locationId}/posts/{id}', SOCIAL, ({ store, principal, params, body }) => {
    const post = requirePost(store, principal, params.locationId, params.id);
    const fields = readPost(store, params.locationId, body, false);
    const accountIds = fields.accountIds ?? post.accountIds;
    store.socialPosts.insert({
      ...post,
      accountIds,
      accountId: accountIds[0] ?? post.accountId,
      ...(fields.summary !== undefined && { summary: fields.summary }),
      ...(fields.media !== undefined && { media: fields.media }),
      ...(fields.status !== undefined && { status: fields.status }),
      ...(fields.scheduleDate !== undefined && { displayDate: fields.scheduleDate }),
      ...(fields.tags !== undefined && { tags: fields.tags }),
      type: fields.type!,
      updatedAt: new Date().toISOString(),
    });
    return answer(200, 'Updated Post');
  }),
  route('DELETE', '/social-media-posting/{locationId}/posts/{id}', SOCIAL, ({ store, principal, params }) => {
    const post = requirePost(store, principal, params.locationId, params.id);
    store.socialPosts.delete(post.id);
    return answer(200, 'Deleted Post', { postId: post.id });
  }),
];

function answer(statusCode: 200 | 201, message: string, results?: unknown): ApiResult {
  return { status: statusCode, body: { success: true, statusCode, message, ...(results !== undefined && { results }) } };
}

const view = (post: SocialPost) => withUnderscoreId(post);

function requirePost(store: SandboxStore, principal: Principal, locationId: string, id: string): SocialPost {
  requireLocation(store, principal, locationId);
  const post = store.socialPosts.get(id);
  if (!post || post.locationId !== locationId) throw new GhlError(404, 'Post not found');
  return post;
}

interface PostFields {
  accountIds?: string[];
  summary?: string;
  media?: PostMedia[];
  status?: SocialPost['status'];
  scheduleDate?: string;
  type?: SocialPost['type'];
  tags?: string[];
  userId?: string;
}

/** CreatePostDTO (creating: accountIds and userId required) or PostCreateRequest (editing); `type` always. */
function readPost(store: SandboxStore, locationId: string, body: unknown, creating: boolean): PostFields {
  const v = Validator.body(body);
  const fields: PostFields = {
    accountIds: v.stringArray('accountIds', { required: creating }),
    summary: v.string('summary'),
    media: v.custom<PostMedia[]>('media', mediaProblems),
    status: v.oneOf('status', STATUSES),
    scheduleDate: v.isoDate('scheduleDate'),
    type: v.oneOf('type', TYPES, { required: true }),
    tags: v.stringArray('tags'),
    userId: v.string('userId', { required: creating }),
  };
  for (const name of ACCEPTED_ONLY) v.custom(name, () => []);
  v.check();
  if (fields.accountIds?.length === 0) throw ghlErrors.unprocessable(['accountIds should not be empty']);
  const unknown = fields.accountIds?.filter((id) => store.socialAccounts.get(id)?.locationId !== locationId) ?? [];
  if (unknown.length > 0) throw ghlErrors.unprocessable([`accounts not connected to this location: ${unknown.join(', ')}`]);
  return fields;
}

function mediaProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['media must be an array'];
  return value.flatMap((item, index) =>
    isRecord(item) && typeof item.url === 'string' && item.url !== '' ? [] : [`media.${index}.url must be a string`],
  );
}
