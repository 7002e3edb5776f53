/**
 * Seeds each location's marketing assets: a media library (two folders, files in and beside
 * them), funnels and a website with their steps and pages, connected social accounts, and posts
 * in every state the planner shows. From a stream of its own; dates before the seed epoch.
 */
import type { Funnel, FunnelPage, Location, MediaObject, SocialAccount, SocialPost } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const FOLDERS = ['Logos', 'Social Images'];
const FILES: Array<{ name: string; contentType: string }> = [
  { name: 'logo.png', contentType: 'image/png' },
  { name: 'storefront.jpg', contentType: 'image/jpeg' },
  { name: 'price-list.pdf', contentType: 'application/pdf' },
  { name: 'team-photo.jpg', contentType: 'image/jpeg' },
  { name: 'promo-video.mp4', contentType: 'video/mp4' },
  { name: 'brochure.pdf', contentType: 'application/pdf' },
  { name: 'banner.png', contentType: 'image/png' },
];
const FUNNELS: Array<{ name: string; type: Funnel['type']; steps: string[] }> = [
  { name: 'Free Consultation Funnel', type: 'funnel', steps: ['Opt-in', 'Book a Call', 'Thank You'] },
  { name: 'Spring Promo', type: 'funnel', steps: ['Landing', 'Offer', 'Checkout', 'Upsell', 'Thank You'] },
  { name: 'Lead Magnet: Buyer Guide', type: 'funnel', steps: ['Download', 'Thank You'] },
  { name: 'Main Website', type: 'website', steps: ['Home', 'About', 'Services', 'Contact'] },
];
const ACCOUNTS: Array<{ platform: SocialAccount['platform']; type: SocialAccount['type'] }> = [
  { platform: 'facebook', type: 'page' },
  { platform: 'instagram', type: 'business' },
  { platform: 'google', type: 'location' },
  { platform: 'linkedin', type: 'page' },
];
const POST_TEXTS = [
  'We are open late this Thursday, come say hi!',
  'Meet the team behind the scenes.',
  'Our spring offer ends Friday. Book now.',
  'Thank you for 500 five-star reviews!',
  'Tip of the week: small habits, big results.',
  'New services just launched. Link in bio.',
];
const POST_STATUSES: SocialPost['status'][] = ['published', 'published', 'published', 'scheduled', 'draft', 'failed'];
const POSTS_PER_LOCATION = 24;

export function seedMarketing(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'marketing');
  for (const location of store.locations.values()) {
    seedMedia(store, random, location);
    seedFunnels(store, random, location);
    seedSocial(store, random, location);
  }
}

function seedMedia(store: SandboxStore, random: Random, location: Location): void {
  const folders = FOLDERS.map((name) => {
    const at = randomDate(random, SEED_EPOCH - 500 * DAY_MS, SEED_EPOCH - 200 * DAY_MS);
    const base = { id: random.id(), altId: location.id, altType: 'location' as const, name, type: 'folder' as const };
    return store.mediaObjects.insert({ ...base, path: name, createdAt: at, updatedAt: at });
  });
  for (const file of FILES) {
    const folder = random.chance(0.5) ? random.pick(folders) : undefined;
    const id = random.id();
    const at = randomDate(random, SEED_EPOCH - 200 * DAY_MS, SEED_EPOCH);
    const record: MediaObject = {
      id,
      altId: location.id,
      altType: 'location',
      name: file.name,
      type: 'file',
      path: folder ? `${folder.name}/${file.name}` : file.name,
      url: `https://storage.googleapis.com/msgsndr/${location.id}/media/${id}/${file.name}`,
      contentType: file.contentType,
      size: random.int(20_000, 5_000_000),
      createdAt: at,
      updatedAt: at,
      ...(folder && { parentId: folder.id }),
    };
    store.mediaObjects.insert(record);
  }
}

function seedFunnels(store: SandboxStore, random: Random, location: Location): void {
  for (const profile of FUNNELS) {
    const id = random.id();
    const dateAdded = randomDate(random, SEED_EPOCH - 400 * DAY_MS, SEED_EPOCH - 100 * DAY_MS);
    const updatedAt = randomDate(random, Date.parse(dateAdded), SEED_EPOCH);
    const slug = profile.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const pages: FunnelPage[] = [];
    const steps = profile.steps.map((name, index) => {
      const stepId = uuid(random);
      // A/B tested steps have two pages.
      const variants = random.chance(0.25) ? [name, `${name} (B)`] : [name];
      const stepPages = variants.map((pageName) => ({
        id: random.id(), locationId: location.id, funnelId: id, name: pageName, stepId, deleted: false, updatedAt,
      }));
      pages.push(...stepPages);
      const url = `/${slug}${index === 0 ? '' : `-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}`;
      return { id: stepId, name, pages: stepPages.map((page) => page.id), products: [], sequence: index + 1, type: `${profile.type}_page`, url };
    });
    const funnel: Funnel = {
      id, locationId: location.id, name: profile.name, type: profile.type, url: `/${slug}`, deleted: false, domainId: '',
      steps, dateAdded, dateUpdated: updatedAt, updatedAt,
    };
    store.funnels.insert(funnel);
    for (const page of pages) store.funnelPages.insert(page);
  }
}

function seedSocial(store: SandboxStore, random: Random, location: Location): void {
  const accounts = ACCOUNTS.map(({ platform, type }) => {
    const oauthId = random.id();
    const profileId = random.digits(17);
    return store.socialAccounts.insert({
      id: `${oauthId}_${location.id}_${profileId}`,
      locationId: location.id,
      oauthId,
      profileId,
      name: location.name,
      platform,
      type,
      expire: new Date(SEED_EPOCH + random.int(30, 300) * DAY_MS).toISOString(),
      isExpired: false,
      meta: { canDelete: true },
    });
  });
  const author = store.usersOfLocation(location.id)[0]?.id ?? '';
  for (let i = 0; i < POSTS_PER_LOCATION; i++) {
    const account = random.pick(accounts);
    const status = random.pick(POST_STATUSES);
    const createdAt = randomDate(random, SEED_EPOCH - 180 * DAY_MS, SEED_EPOCH - DAY_MS);
    const displayDate = status === 'scheduled' ? new Date(SEED_EPOCH + random.int(1, 60) * DAY_MS).toISOString() : createdAt;
    store.socialPosts.insert({
      id: random.id(),
      locationId: location.id,
      source: 'composer',
      platform: account.platform,
      accountId: account.id,
      accountIds: [account.id],
      summary: random.pick(POST_TEXTS),
      media: random.chance(0.6) ? [{ url: `https://storage.googleapis.com/msgsndr/${location.id}/media/post-${i}.jpg`, type: 'image/jpeg' }] : [],
      status,
      error: status === 'failed' ? 'Failed due to auth token' : '',
      type: 'post',
      createdBy: author,
      tags: [],
      displayDate,
      ...(status === 'published' && { publishedAt: displayDate }),
      createdAt,
      updatedAt: createdAt,
    });
  }
}

function uuid(random: Random): string {
  const hex = () => random.int(0, 15).toString(16);
  const part = (length: number) => Array.from({ length }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${random.pick(['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}
