/**
 * A location's marketing assets: its media library (medias.json), funnels and websites with their
 * pages and domain redirects (funnels.json), and the social planner's accounts and posts
 * (social-media-posting.json). Field names follow the objects GHL returns, except that GHL calls
 * the id of a media object, funnel, page or post `_id`: stored as `id`, served as `_id` (withUnderscoreId).
 */

export function withUnderscoreId<T extends { id: string }>({ id, ...rest }: T): Omit<T, 'id'> & { _id: string } {
  return { _id: id, ...rest };
}

/** A file or folder of the media library, as GetFilesResponseDTO's example shows it. */
export interface MediaObject {
  id: string;
  altId: string;
  altType: 'location';
  name: string;
  parentId?: string;
  url?: string;
  path: string;
  type: 'file' | 'folder';
  contentType?: string;
  size?: number;
  createdAt: string;
  updatedAt: string;
}

export interface FunnelStep {
  id: string;
  name: string;
  pages: string[];
  products: never[];
  sequence: number;
  type: string;
  url: string;
}

/** One of FunnelListResponseDTO's `funnels`. */
export interface Funnel {
  id: string;
  locationId: string;
  name: string;
  type: 'funnel' | 'website';
  url: string;
  deleted: boolean;
  domainId: string;
  steps: FunnelStep[];
  dateAdded: string;
  dateUpdated: string;
  updatedAt: string;
}

/** FunnelPageResponseDTO. */
export interface FunnelPage {
  id: string;
  locationId: string;
  funnelId: string;
  name: string;
  stepId: string;
  deleted: boolean;
  updatedAt: string;
}

/** RedirectResponseDTO. */
export interface Redirect {
  id: string;
  locationId: string;
  domain: string;
  path: string;
  pathLowercase: string;
  type: 'Permanent';
  target: string;
  action: 'funnel' | 'website' | 'url' | 'all';
}

/** GetAccountSchema, plus the location it is connected to. */
export interface SocialAccount {
  id: string;
  locationId: string;
  oauthId: string;
  profileId: string;
  name: string;
  platform: 'google' | 'facebook' | 'instagram' | 'linkedin' | 'twitter' | 'tiktok';
  type: 'page' | 'profile' | 'location' | 'business';
  expire: string;
  isExpired: boolean;
  meta: { canDelete: boolean };
}

export interface PostMedia {
  url: string;
  caption?: string;
  type?: string;
}

/** GetPostFormattedSchema. */
export interface SocialPost {
  id: string;
  locationId: string;
  source: 'composer' | 'csv' | 'recurring';
  platform: SocialAccount['platform'];
  accountId: string;
  accountIds: string[];
  summary: string;
  media: PostMedia[];
  status: 'in_progress' | 'draft' | 'failed' | 'published' | 'scheduled' | 'in_review' | 'notification_sent' | 'deleted';
  /** Why the platform refused a failed post; empty for every other, as GHL sends it. */
  error: string;
  type: 'post' | 'story' | 'reel';
  createdBy: string;
  tags: string[];
  displayDate: string;
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
}
