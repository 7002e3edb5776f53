/**
 * Seeds what each location defines for itself besides custom fields: its tags (GHL keeps one for
 * every tag its contacts carry) and a few custom values, the merge fields its templates use. Runs
 * after the contacts are seeded, on a PRNG stream of its own, so it changes nothing seeded before it.
 */
import type { CustomValue, Location, LocationTag } from '../model/index.ts';
import { customValueKey } from '../model/locations.ts';
import { domainRandom, type Random } from '../random.ts';
import type { SandboxStore } from '../model/store.ts';

/** Merge fields most businesses set up, with the value a location would give them. */
const CUSTOM_VALUES: Array<{ name: string; value: (location: Location) => string }> = [
  { name: 'Booking Link', value: (location) => `${location.website}/book` },
  { name: 'Review Link', value: (location) => `https://g.page/r/${location.social.googlePlacesId ?? location.id}/review` },
  { name: 'Office Hours', value: () => 'Mon–Fri 8am–6pm' },
  { name: 'Owner Name', value: (location) => `${location.firstName} ${location.lastName}` },
];

export function seedLocationSettings(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'locations');
  for (const location of store.locations.values()) {
    const used = new Set(store.contactsOfLocation(location.id).flatMap((contact) => contact.tags));
    for (const name of [...used].sort()) store.locationTags.insert(makeTag(random, location.id, name));
    for (const { name, value } of CUSTOM_VALUES) store.customValues.insert(makeCustomValue(random, location.id, name, value(location)));
  }
}

function makeTag(random: Random, locationId: string, name: string): LocationTag {
  return { id: random.id(), name, locationId };
}

function makeCustomValue(random: Random, locationId: string, name: string, value: string): CustomValue {
  return { id: random.id(), name, fieldKey: customValueKey(name), value, locationId };
}
