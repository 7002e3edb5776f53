/**
 * Each location's custom message subtypes (a newsletter, promotions by SMS, and one archived),
 * and a few contacts who left the newsletter, as the unsubscribe link of its emails leaves them.
 */
import type { CustomSubtype } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { domainRandom } from '../random.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';

const SUBTYPES: ReadonlyArray<Pick<CustomSubtype, 'name' | 'description' | 'channel' | 'archived'>> = [
  { name: 'Newsletter', description: 'News and tips, once a month', channel: 'email', archived: false },
  { name: 'Promotions', description: 'Offers by text message', channel: 'sms', archived: false },
  { name: 'Holiday offers', description: 'Seasonal offers', channel: 'email', archived: true },
];

/** The share of contacts with an email who left the newsletter. */
const LEFT_NEWSLETTER = 0.1;

export function seedMessagePreferences(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'message-preferences');
  for (const location of store.locations.values()) {
    const subtypes = SUBTYPES.map((subtype, index) => {
      const dateAdded = randomDate(random, SEED_EPOCH - 365 * DAY_MS, SEED_EPOCH - 30 * DAY_MS);
      return store.customSubtypes.insert({ id: random.id(), locationId: location.id, language: 'en', ...subtype, dateAdded, dateUpdated: index === 2 ? randomDate(random, Date.parse(dateAdded), SEED_EPOCH) : dateAdded });
    });
    const newsletter = subtypes[0]!;
    for (const contact of store.contactsOfLocation(location.id)) {
      if (!contact.email || !random.chance(LEFT_NEWSLETTER)) continue;
      const email = contact.email.toLowerCase();
      store.subscriptionChoices.insert({
        id: `${contact.id}/${email}/${newsletter.id}`, locationId: location.id, contactId: contact.id, email,
        type: 'custom', subtypeId: newsletter.id, status: 'unsubscribed', dateUpdated: randomDate(random, Date.parse(newsletter.dateAdded), SEED_EPOCH),
      });
    }
  }
}
