/**
 * Seeds each location's object schemas (the standard contact and opportunity, and a custom
 * `custom_objects.pets` with typed fields), pets as its records, and the associations that link
 * pets to their owners (contacts) and to the deals (opportunities) about them, with relations
 * under both: some contacts own several pets, and a few pets have more than one owner.
 * From a stream of its own; dates before the seed epoch. Runs after contacts and opportunities.
 */
import type { Association, ObjectField, ObjectRecord, ObjectSchema } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import type { SandboxStore } from '../model/store.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';

export const PETS_KEY = 'custom_objects.pets';
const PETS_PER_LOCATION = 40;
const OWNERS_PER_LOCATION = 30;
const PET_NAMES = ['Buddy', 'Luna', 'Max', 'Bella', 'Charlie', 'Daisy', 'Rocky', 'Milo', 'Coco', 'Bailey', 'Nala', 'Oscar'];
const SPECIES = [
  { key: 'dog', label: 'Dog' },
  { key: 'cat', label: 'Cat' },
  { key: 'rabbit', label: 'Rabbit' },
  { key: 'bird', label: 'Bird' },
];

export function seedCustomObjects(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'custom-objects');
  const from = SEED_EPOCH - 400 * DAY_MS;
  for (const location of store.locations.values()) {
    const when = () => randomDate(random, from, SEED_EPOCH);
    const schema = (key: string, singular: string, plural: string, standard: boolean, primary: string): ObjectSchema => {
      const dateAdded = when();
      return store.objectSchemas.insert({
        id: random.id(), key, standard, labels: { singular, plural }, locationId: location.id, primaryDisplayProperty: primary,
        searchableProperties: standard ? [] : [`${key}.name`], dateAdded, dateUpdated: dateAdded,
        type: standard ? 'SYSTEM_DEFINED' : 'USER_DEFINED',
        ...(!standard && { description: 'The pets our clients bring in' }),
      });
    };
    schema('contact', 'Contact', 'Contacts', true, 'contact.name');
    schema('opportunity', 'Opportunity', 'Opportunities', true, 'opportunity.name');
    const pets = schema(PETS_KEY, 'Pet', 'Pets', false, `${PETS_KEY}.name`);
    const field = (name: string, dataType: ObjectField['dataType'], extra: Partial<ObjectField> = {}) =>
      store.objectFields.insert({
        id: random.id(), locationId: location.id, objectKey: PETS_KEY, name, fieldKey: `${PETS_KEY}.${name.toLowerCase()}`, dataType,
        showInForms: true, dateAdded: pets.dateAdded, dateUpdated: pets.dateAdded, ...extra,
      });
    field('Name', 'TEXT', { placeholder: 'Pet name' });
    field('Species', 'SINGLE_OPTIONS', { options: SPECIES });
    field('Age', 'NUMERICAL', { description: 'Age in years' });
    field('Vaccinated', 'CHECKBOX', { options: [{ key: 'yes', label: 'Yes' }] });

    const users = store.usersOfLocation(location.id);
    const records = Array.from({ length: PETS_PER_LOCATION }, () => store.objectRecords.insert(makePet(random, location.id, pets, users.map((u) => u.id), when())));

    const owners = association(store, random, location.id, 'pet_owner', 'contact', 'Owner', 'Pet');
    const deals = association(store, random, location.id, 'pet_deal', 'opportunity', 'Deal', 'Pet');
    // The newest contacts, which a contact list shows first.
    const contacts = store
      .contactsOfLocation(location.id)
      .sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded))
      .slice(0, OWNERS_PER_LOCATION);
    for (const [index, contact] of contacts.entries()) {
      // Every owner has a pet of their own; every third owner has a second one, shared with the next owner.
      relate(store, random, owners, contact.id, records[index % records.length]!.id);
      if (index % 3 === 0) relate(store, random, owners, contact.id, records[(index + 1) % records.length]!.id);
    }
    for (const opportunity of store.opportunitiesOfLocation(location.id).slice(0, 10)) {
      relate(store, random, deals, opportunity.id, random.pick(records).id);
    }
  }
}

function makePet(random: Random, locationId: string, schema: ObjectSchema, userIds: string[], createdAt: string): ObjectRecord {
  return {
    id: random.id(), locationId, objectId: schema.id, objectKey: schema.key,
    owner: userIds.length > 0 ? [random.pick(userIds)] : [], followers: [],
    properties: {
      name: random.pick(PET_NAMES),
      species: random.pick(SPECIES).key,
      age: random.int(1, 14),
      ...(random.chance(0.6) && { vaccinated: ['yes'] }),
    },
    createdAt, updatedAt: createdAt,
  };
}

function association(store: SandboxStore, random: Random, locationId: string, key: string, firstObjectKey: string, firstObjectLabel: string, secondObjectLabel: string): Association {
  return store.associations.insert({
    id: random.id(), locationId, key, firstObjectKey, firstObjectLabel, secondObjectKey: PETS_KEY, secondObjectLabel, associationType: 'USER_DEFINED',
  });
}

function relate(store: SandboxStore, random: Random, association: Association, firstRecordId: string, secondRecordId: string): void {
  store.relations.insert({
    id: random.id(), locationId: association.locationId, associationId: association.id,
    firstObjectKey: association.firstObjectKey, firstRecordId, secondObjectKey: association.secondObjectKey, secondRecordId,
  });
}
