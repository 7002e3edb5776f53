/**
 * The social planner API (social-media-posting.json): the accounts a location connected, and the
 * posts it publishes or schedules to them. Answers come wrapped as
 * `{ success, statusCode, message, results }`.
 */
import { define, fromSpec } from '../operation.ts';

export interface GhlSocialEnvelope<R> {
  success: boolean;
  statusCode: number;
  message: string;
  results?: R;
}

/** GetAccountSchema. */
export interface GhlSocialAccount {
  id: string;
  oauthId?: string | null;
  profileId?: string | null;
  name?: string | null;
  platform?: string | null;
  type?: string | null;
  expire?: string | null;
  isExpired?: boolean | null;
  meta?: Record<string, unknown> | null;
}

/** GetGroupSchema. */
export interface GhlSocialGroup {
  id: string;
  name: string;
  accountIds: string[];
}

/** PostMediaSchema. */
export interface GhlPostMedia {
  url: string;
  caption?: string | null;
  type?: string | null;
  thumbnail?: string | null;
  id?: string | null;
}

/** GetPostFormattedSchema. */
export interface GhlSocialPost {
  _id: string;
  source?: string | null;
  locationId?: string | null;
  platform?: string | null;
  displayDate?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  accountId?: string | null;
  error?: string | null;
  publishedAt?: string | null;
  accountIds?: string[];
  summary?: string | null;
  media?: GhlPostMedia[];
  status?: string | null;
  createdBy?: string | null;
  type?: string | null;
  tags?: string[];
}

export const socialPostStatuses = [
  'in_progress', 'draft', 'failed', 'published', 'scheduled', 'in_review', 'notification_sent', 'deleted',
] as const;
export type GhlSocialPostStatus = (typeof socialPostStatuses)[number];

export const socialMediaOperations = {
  listSocialAccounts: define<GhlSocialEnvelope<{ accounts?: GhlSocialAccount[]; groups?: GhlSocialGroup[] }>>()({
    lists: { 'results.accounts': 'records', 'results.groups': 'records' },
    ...fromSpec('socialMediaPostingGetAccount'),
    location: { in: 'path', name: 'locationId' },
  }),
  // A search sent as a POST: it changes nothing, so it is as safe to retry as a GET.
  listSocialPosts: define<GhlSocialEnvelope<{ posts?: GhlSocialPost[]; count?: number }>>()({
    lists: { 'results.posts': 'records', 'results.posts[].media': 'records', 'results.posts[].accountIds': 'strings', 'results.posts[].tags': 'strings' },
    ...fromSpec('socialMediaPostingGetPosts'), idempotent: true,
    location: { in: 'path', name: 'locationId' },
  }),
  getSocialPost: define<GhlSocialEnvelope<{ post?: GhlSocialPost }>>()({
    ...fromSpec('socialMediaPostingGetPost'),
    location: { in: 'path', name: 'locationId' },
  }),
  createSocialPost: define<GhlSocialEnvelope<{ post?: GhlSocialPost }>>()({
    ...fromSpec('socialMediaPostingCreatePost'),
    location: { in: 'path', name: 'locationId' },
  }),
  updateSocialPost: define<GhlSocialEnvelope<unknown>>()({
    ...fromSpec('socialMediaPostingEditPost'),
    location: { in: 'path', name: 'locationId' },
  }),
  deleteSocialPost: define<GhlSocialEnvelope<{ postId?: string }>>()({
    ...fromSpec('socialMediaPostingDeletePost'),
    location: { in: 'path', name: 'locationId' },
  }),
};
