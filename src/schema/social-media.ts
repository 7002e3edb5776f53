/**
 * The social planner: a location's connected accounts and its posts to them. A post's node key is
 * `locationId/id`, as GHL reads one through its location; an account has no read of its own.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { socialPostStatuses } from '../ghl/api/social-media.ts';
import { dateOf } from '../resolvers/dates.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import * as social from '../resolvers/social-media.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';
import { known } from './enums.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

const SocialAccountRef = builder.objectRef<social.LocatedAccount>('SocialAccount');
export const SocialPostRef = builder.objectRef<social.LocatedPost>('SocialPost');
const SocialPostConnection = connectionOf(SocialPostRef, { noun: 'social post' });

const SocialPostStatus = builder.enumType('SocialPostStatus', {
  description: 'Where a post stands.',
  values: {
    DRAFT: { value: 'draft', description: 'Not yet scheduled.' },
    SCHEDULED: { value: 'scheduled', description: 'Goes out at its date.' },
    IN_REVIEW: { value: 'in_review', description: 'Waiting for approval.' },
    IN_PROGRESS: { value: 'in_progress', description: 'Being published.' },
    PUBLISHED: { value: 'published', description: 'Out.' },
    FAILED: { value: 'failed', description: 'The platform refused it.' },
    NOTIFICATION_SENT: { value: 'notification_sent', description: 'Its author was reminded to post it by hand.' },
    DELETED: { value: 'deleted', description: 'Deleted.' },
  } as const,
});

const SocialPostType = builder.enumType('SocialPostType', {
  description: 'The format of a post.',
  values: {
    POST: { value: 'post', description: 'A feed post.' },
    STORY: { value: 'story', description: 'A story.' },
    REEL: { value: 'reel', description: 'A reel (short video).' },
  } as const,
});

const SocialPostFilter = builder.enumType('SocialPostFilter', {
  description: 'Which posts a list shows.',
  values: {
    ALL: { value: 'all', description: 'Every post not deleted.' },
    RECENT: { value: 'recent', description: 'Recently published ones.' },
    SCHEDULED: { value: 'scheduled', description: 'Scheduled ones.' },
    DRAFT: { value: 'draft', description: 'Drafts.' },
    FAILED: { value: 'failed', description: 'Failed ones.' },
    IN_REVIEW: { value: 'in_review', description: 'Those waiting for approval.' },
    PUBLISHED: { value: 'published', description: 'Published ones.' },
    IN_PROGRESS: { value: 'in_progress', description: 'Those being published.' },
    DELETED: { value: 'deleted', description: 'Deleted ones.' },
  } as const,
});

SocialAccountRef.implement({
  description: 'A social media account or page connected to a location.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id, as posts name it in `accountIds`.' }),
    name: t.exposeString('name', { description: 'Name of the account or page.' }),
    platform: t.exposeString('platform', { description: '`facebook`, `instagram`, `google`, `linkedin`, `twitter`, `tiktok`, ...' }),
    type: t.exposeString('type', { description: 'Page, profile, business or location, as the platform has it.' }),
    profileId: t.exposeString('profileId', { description: 'Its id on the platform.' }),
    isExpired: t.exposeBoolean('isExpired', { description: 'Its connection expired: it must be reconnected to post.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When its connection expires.', resolve: (a) => dateOf(a.expire) }),
  }),
});

locatedNode(SocialPostRef, {
  description: 'A post of the social planner, to one or more connected accounts.',
  loadInLocation: ({ locationId, id }, ctx) => social.readPost(ctx, locationId, id),
  ghlIdOf: (post) => post._id,
  locationIdOf: (post) => post.locationId,
  fields: (t) => ({
    summary: t.exposeString('summary', { description: 'The text.' }),
    status: t.field({ type: SocialPostStatus, description: 'Where it stands.', resolve: (p) => known(socialPostStatuses, p.status) }),
    type: t.field({
      type: SocialPostType,
      description: 'Its format.',
      resolve: (p) => (p.type === 'post' || p.type === 'story' || p.type === 'reel' ? p.type : null),
    }),
    platform: t.exposeString('platform', { description: 'Platform of its first account.' }),
    accountIds: t.stringList({ nullable: false, description: 'GHL ids of the accounts it goes to.', resolve: (p) => p.accountIds ?? [] }),
    accounts: t.field({
      type: [SocialAccountRef],
      nullable: false,
      description: 'The accounts it goes to (one call per location per request serves them all).',
      extensions: { cost: cost.batchedPerRequest('socialAccounts') },
      resolve: async (p, _, ctx) => {
        const ids = new Set(p.accountIds ?? []);
        return (await social.listAccounts(ctx, p.locationId)).filter((account) => ids.has(account.id));
      },
    }),
    mediaUrls: t.stringList({ nullable: false, description: 'Its images and videos.', resolve: (p) => (p.media ?? []).map((m) => m.url) }),
    tags: t.stringList({ nullable: false, description: 'GHL ids of its planner tags.', resolve: (p) => p.tags ?? [] }),
    createdBy: t.exposeString('createdBy', { description: 'GHL id of the user who wrote it.' }),
    displayDate: t.field({ type: 'DateTime', description: 'When it goes (or went) out.', resolve: (p) => dateOf(p.displayDate) }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published.', resolve: (p) => dateOf(p.publishedAt) }),
    error: t.exposeString('error', { description: 'Why the platform refused it, for a failed post.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (p) => dateOf(p.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (p) => dateOf(p.updatedAt) }),
  }),
});

const postArgs = () =>
  builder.args((t) => ({
    show: t.field({ type: SocialPostFilter, description: 'Which posts; ALL when left out.' }),
    accountIds: t.stringList({ description: 'Only posts to these accounts (GHL account ids).' }),
    from: t.field({ type: 'DateTime', description: 'Only posts going out from then on.' }),
    to: t.field({ type: 'DateTime', description: 'Only posts going out until then.' }),
    postType: t.field({ type: SocialPostType, description: 'Only posts of this format.' }),
  }));

const location = () => builder.args((t) => ({ locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) }));

builder.queryFields((t) => ({
  socialAccounts: t.field({
    type: [SocialAccountRef],
    nullable: false,
    description: 'Social media accounts connected to a location.',
    extensions: { cost: cost.batchedPerRequest('socialAccounts') },
    args: location(),
    resolve: (_, args, ctx) => social.listAccounts(ctx, locationIdOf(args.locationId, ctx.defaultLocationId)),
  }),
  socialPosts: t.connection({
    type: SocialPostRef,
    description: 'Posts of a location’s social planner, latest first.',
    extensions: { cost: cost.listPage() },
    args: { ...location(), ...postArgs() },
    resolve: (_, args, ctx) => social.listPosts(ctx, args),
  }, SocialPostConnection),
}));

builder.objectField(LocationRef, 'socialPosts', (t) =>
  t.connection({
    type: SocialPostRef,
    description: 'Posts of the location’s social planner, latest first.',
    extensions: { cost: cost.listPage() },
    args: postArgs(),
    resolve: (loc, args, ctx) => social.listPosts(ctx, { ...args, locationId: loc.id }),
  }, SocialPostConnection),
);

// Mutations

const CreateSocialPostInput = builder.inputType('CreateSocialPostInput', {
  description: 'A new post.',
  fields: (t) => ({
    accountIds: t.stringList({ required: true, description: 'GHL ids of the connected accounts to post to.' }),
    userId: t.id({ required: true, description: 'The user posting (User id or GHL user id).' }),
    summary: t.string({ description: 'The text; each platform trims it to its own limit.' }),
    mediaUrls: t.field({ type: ['URL'], description: 'Images and videos, by URL (e.g. from the media library).' }),
    scheduleDate: t.field({ type: 'DateTime', description: 'When it goes out; now when left out.' }),
    status: t.field({ type: SocialPostStatus, description: 'DRAFT to keep it back; GHL decides otherwise.' }),
    type: t.field({ type: SocialPostType, description: 'Its format; POST when left out.' }),
    tags: t.stringList({ description: 'GHL ids of planner tags.' }),
  }),
});

const UpdateSocialPostInput = builder.inputType('UpdateSocialPostInput', {
  description: 'Changes to a post; fields left out stay as they are.',
  fields: (t) => ({
    accountIds: t.stringList({ description: 'The accounts to post to, replacing the old ones.' }),
    summary: t.string({ description: 'The text.' }),
    mediaUrls: t.field({ type: ['URL'], description: 'Its images and videos, by URL, replacing the old ones.' }),
    scheduleDate: t.field({ type: 'DateTime', description: 'When it goes out.' }),
    status: t.field({ type: SocialPostStatus, description: 'Where it stands.' }),
    type: t.field({ type: SocialPostType, description: 'Its format.' }),
    tags: t.stringList({ description: 'GHL ids of planner tags, replacing the old ones.' }),
    userId: t.id({ description: 'The user making the change (User id or GHL user id).' }),
  }),
});

const SocialPostPayload = builder.objectRef<{ post: social.LocatedPost }>('SocialPostPayload').implement({
  description: 'The post after the change.',
  fields: (t) => ({ post: t.field({ type: SocialPostRef, nullable: false, description: 'The post.', resolve: (p) => p.post }) }),
});

const DeleteSocialPostPayload = builder.objectRef<{ deletedGhlId: string; locationId: string }>('DeleteSocialPostPayload').implement({
  description: 'What was deleted.',
  fields: (t) => ({
    deletedId: t.id({
      nullable: false,
      description: 'Global id of the deleted post, to evict from client caches.',
      resolve: (p) => encodeGlobalID('SocialPost', `${p.locationId}/${p.deletedGhlId}`),
    }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

builder.mutationFields((t) => {
  const postId = () => t.arg.id({ required: true, description: 'SocialPost id, or a GHL id with `locationId`.' });
  const postLocation = () => t.arg.id({ description: 'Location of a GHL id; defaults to the configured location.' });
  return {
    createSocialPost: t.field({
      type: SocialPostPayload,
      nullable: false,
      description: 'Publish, schedule or draft a post to connected accounts.',
      extensions: { cost: cost.perParent(1) },
      args: {
        locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
        input: t.arg({ type: CreateSocialPostInput, required: true, description: 'The post.' }),
      },
      resolve: async (_, { locationId, input }, ctx) => ({ post: await social.createPost(ctx, locationId, input) }),
    }),
    updateSocialPost: t.field({
      type: SocialPostPayload,
      nullable: false,
      description: 'Change a post (reads it back: GHL answers an edit with no post).',
      extensions: { cost: cost.perParent(3) },
      args: { id: postId(), locationId: postLocation(), input: t.arg({ type: UpdateSocialPostInput, required: true, description: 'The changes.' }) },
      resolve: async (_, { id, locationId, input }, ctx) => ({ post: await social.updatePost(ctx, id, locationId, input) }),
    }),
    deleteSocialPost: t.field({
      type: DeleteSocialPostPayload,
      nullable: false,
      description: 'Delete a post.',
      extensions: { cost: cost.perParent(1) },
      args: { id: postId(), locationId: postLocation() },
      resolve: (_, { id, locationId }, ctx) => social.deletePost(ctx, id, locationId),
    }),
  };
});
