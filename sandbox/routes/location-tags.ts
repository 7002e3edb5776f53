/**
 * A location's tags (locations.json): the list contacts' tags are picked from. Location tokens only
 * (the spec's `bearer` security). Names are unique per location, ignoring case, and kept trimmed
 * and lower-cased as contacts' tags are. Renaming or deleting a tag does the same to every contact
 * of the location carrying it, as GHL's bulk tag edit does, without a webhook per contact.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import type { LocationTag } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { normalizeTags } from './contact-input.ts';
import { ok, requireLocation, V2021_07_28 } from './common.ts';

const TAGS = { versions: V2021_07_28, tokens: 'location' } as const;

export const locationTagRoutes: Route[] = [
  route('GET', '/locations/{locationId}/tags', TAGS, ({ store, principal, params }) => {
    requireLocation(store, principal, params.locationId);
    return ok({ tags: store.tagsOfLocation(params.locationId).sort((a, b) => a.name.localeCompare(b.name)) });
  }),
  route('GET', '/locations/{locationId}/tags/{tagId}', TAGS, ({ store, principal, params }) =>
    ok({ tag: requireTag(store, principal, params.locationId, params.tagId) }),
  ),
  route('POST', '/locations/{locationId}/tags', TAGS, ({ store, principal, params, body }) => {
    requireLocation(store, principal, params.locationId);
    const name = readName(body);
    rejectTaken(store, params.locationId, name);
    return ok({ tag: store.locationTags.insert({ id: randomId(), name, locationId: params.locationId }) });
  }),
  route('PUT', '/locations/{locationId}/tags/{tagId}', TAGS, ({ store, principal, params, body }) => {
    const tag = requireTag(store, principal, params.locationId, params.tagId);
    const name = readName(body);
    if (name !== tag.name) rejectTaken(store, tag.locationId, name);
    retagContacts(store, tag, name);
    return ok({ tag: store.locationTags.insert({ ...tag, name }) });
  }),
  route('DELETE', '/locations/{locationId}/tags/{tagId}', TAGS, ({ store, principal, params }) => {
    const tag = requireTag(store, principal, params.locationId, params.tagId);
    retagContacts(store, tag, undefined);
    store.locationTags.delete(tag.id);
    return ok({ succeded: true });
  }),
];

/**
 * Tagging a contact with a tag its location lacks adds it to the location's tags, as GHL does.
 * A name the location has in any case is the same tag, kept as it is spelled there.
 */
export function addLocationTags(store: SandboxStore, locationId: string, names: readonly string[]): void {
  const known = new Set(store.tagsOfLocation(locationId).map((tag) => tag.name.toLowerCase()));
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    store.locationTags.insert({ id: randomId(), name, locationId });
    known.add(name.toLowerCase());
  }
}

function requireTag(store: SandboxStore, principal: Principal, locationId: string, tagId: string): LocationTag {
  requireLocation(store, principal, locationId);
  const tag = store.locationTags.get(tagId);
  if (tag?.locationId !== locationId) throw new GhlError(404, 'Tag not found');
  return tag;
}

/** tagBody. */
function readName(body: unknown): string {
  const v = Validator.body(body);
  const name = v.string('name', { required: true });
  v.check();
  const [normalized] = normalizeTags([name]);
  if (normalized === undefined) throw new GhlError(422, ['name should not be empty']);
  return normalized;
}

function rejectTaken(store: SandboxStore, locationId: string, name: string): void {
  if (store.tagsOfLocation(locationId).some((tag) => tag.name === name)) {
    throw new GhlError(400, `The tag "${name}" already exists in this location`);
  }
}

/** Replaces the tag on every contact carrying it, or removes it when there is no new name. */
function retagContacts(store: SandboxStore, tag: LocationTag, name: string | undefined): void {
  for (const contact of store.contactsOfLocation(tag.locationId)) {
    if (!contact.tags.includes(tag.name)) continue;
    const tags = contact.tags.map((existing) => (existing === tag.name ? name : existing)).filter((t) => t !== undefined);
    store.contacts.insert({ ...contact, tags: [...new Set(tags)] });
  }
}
