/**
 * Fills the store with one agency, three locations and their users, contacts, tasks and notes.
 * Every value comes from a PRNG seeded with `seed`, and dates are spread before a fixed epoch
 * rather than before today, so a seed gives the same store on any machine on any day.
 */
import type { Contact, ContactFields, CustomFieldDefinition, DndSettings, Location, Note, Task, User } from '../model/index.ts';
import { withDerivedFields } from '../model/index.ts';
import { Random } from '../random.ts';
import {
  AGENCY,
  COMMON_TAGS,
  COMPANY_NAMES,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LANGUAGES,
  LAST_NAMES,
  LOCATIONS,
  NOTE_COLORS,
  NOTE_TITLES,
  PERMISSION_NAMES,
  PERMISSIONS_OFF_BY_DEFAULT,
  STREETS,
  USER_SCOPES,
  type CustomFieldProfile,
  type LocationProfile,
} from './data/index.ts';
import { seedAutomations } from './automations.ts';
import { seedCalendars } from './calendars.ts';
import { seedConversations } from './conversations.ts';
import { seedConversationUploads } from './conversation-uploads.ts';
import { seedCustomObjects } from './custom-objects.ts';
import { seedForms } from './forms.ts';
import { seedInvoices } from './invoices.ts';
import { seedEstimates } from './estimates.ts';
import { seedInvoiceSchedules } from './invoice-schedules.ts';
import { seedInvoiceTemplates } from './invoice-templates.ts';
import { seedEstimateTemplates } from './estimate-templates.ts';
import { seedMarketing } from './marketing.ts';
import { seedMessagePreferences } from './message-preferences.ts';
import { seedLocationSettings } from './locations.ts';
import { seedOpportunities } from './opportunities.ts';
import { seedPayments } from './payments.ts';
import { seedCoupons } from './coupons.ts';
import { seedProducts } from './products.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const CONTACTS_PER_LOCATION = 300;

/** Contacts sharing one dateAdded, as a CSV import leaves them: pagination must tie-break on id. */
const BULK_IMPORT_SIZE = 6;

/** Real-world mess GHL happily stores, given to the first contacts of each location. */
const QUIRKS = ['invalidEmail', 'localPhone', 'phoneOnly', 'mixedCaseEmail', 'firstNameOnly'] as const;
type Quirk = (typeof QUIRKS)[number];

interface Site {
  profile: LocationProfile;
  location: Location;
  customFields: Array<{ definition: CustomFieldDefinition; profile: CustomFieldProfile }>;
}

interface UsedContactPoints {
  emails: Set<string>;
  phones: Set<string>;
}

export function seedStore(store: SandboxStore, seed: number): void {
  store.clear();
  const random = new Random(seed);
  const company = store.companies.insert({ id: random.id(), ...AGENCY });

  const sites: Site[] = LOCATIONS.map((profile) => {
    const location = store.locations.insert(makeLocation(random, company.id, profile));
    for (const user of makeUsers(random, location, profile)) store.users.insert(user);
    const customFields = profile.customFields.map((field, position) => ({
      definition: store.customFields.insert(makeCustomField(random, location.id, field, position)),
      profile: field,
    }));
    return { profile, location, customFields };
  });
  shareOneUser(store, sites);

  for (const site of sites) seedContacts(store, random, site);
  // Each later domain draws from a stream of its own (domainRandom), leaving all of the above as it was.
  seedOpportunities(store, seed);
  seedConversations(store, seed);
  seedConversationUploads(store, seed);
  seedCalendars(store, seed);
  seedInvoices(store, seed);
  seedEstimates(store, seed);
  seedInvoiceSchedules(store, seed);
  seedInvoiceTemplates(store, seed);
  seedEstimateTemplates(store, seed);
  // Products reuse the ids the invoices bill them under; orders and charges link to both.
  seedProducts(store, seed);
  seedPayments(store, seed);
  seedCoupons(store, seed);
  seedAutomations(store, seed);
  seedForms(store, seed);
  seedMarketing(store, seed);
  seedLocationSettings(store, seed);
  seedCustomObjects(store, seed);
  seedMessagePreferences(store, seed);
}

/** A staff member working for two locations, so user lookups cannot assume one location per user. */
function shareOneUser(store: SandboxStore, sites: Site[]): void {
  const [first, second] = sites;
  if (!first || !second) return;
  const user = store.usersOfLocation(first.location.id).find((candidate) => candidate.roles.role === 'user');
  if (!user) return;
  user.roles.locationIds.push(second.location.id);
  user.lcPhone[second.location.id] = second.location.phone;
}

function makeLocation(random: Random, companyId: string, profile: LocationProfile): Location {
  const id = random.id();
  const website = `https://www.${profile.slug}.com`;
  const logoUrl = `https://storage.googleapis.com/msgsndr/${id}/media/logo.png`;
  const [firstName, lastName] = profile.owner;
  const place = {
    address: profile.address,
    city: profile.city,
    state: profile.state,
    country: 'US',
    postalCode: profile.postalCode,
    website,
    timezone: profile.timezone,
    logoUrl,
  };
  return {
    id,
    companyId,
    name: profile.name,
    domain: `${profile.slug}.msgsndr.com`,
    ...place,
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}@${profile.slug}.com`,
    phone: phoneNumber(random, profile),
    business: { name: profile.name, ...place },
    social: {
      facebookUrl: `https://www.facebook.com/${profile.slug}`,
      instagram: `https://www.instagram.com/${profile.slug}`,
      googlePlacesId: `ChIJ${random.id()}`,
    },
    settings: {
      allowDuplicateContact: false,
      allowDuplicateOpportunity: false,
      allowFacebookNameMerge: false,
      disableContactTimezone: false,
    },
    reseller: {},
  };
}

function makeUsers(random: Random, location: Location, profile: LocationProfile): User[] {
  const names: Array<[string, string]> = [profile.owner];
  const count = random.int(6, 10);
  while (names.length < count) {
    const name: [string, string] = [random.pick(FIRST_NAMES), random.pick(LAST_NAMES)];
    if (!names.some(([first, last]) => first === name[0] && last === name[1])) names.push(name);
  }
  return names.map(([firstName, lastName], index) => {
    // The owner and, now and then, a manager are admins; the rest are staff.
    const role = index === 0 || random.chance(0.15) ? 'admin' : 'user';
    return {
      id: random.id(),
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      email: `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${profile.slug}.com`,
      phone: phoneNumber(random, profile),
      extension: '',
      permissions: Object.fromEntries(
        PERMISSION_NAMES.map((name) => [
          name,
          !PERMISSIONS_OFF_BY_DEFAULT.has(name) && (role === 'admin' || random.chance(0.8)),
        ]),
      ),
      scopes: role === 'admin' ? [...USER_SCOPES] : USER_SCOPES.filter(() => random.chance(0.7)),
      roles: { type: 'account', role, locationIds: [location.id], restrictSubAccount: role === 'user' },
      deleted: false,
      lcPhone: { [location.id]: location.phone },
      platformLanguage: random.pick(LANGUAGES),
    };
  });
}

function makeCustomField(
  random: Random,
  locationId: string,
  field: CustomFieldProfile,
  position: number,
): CustomFieldDefinition {
  return {
    id: random.id(),
    locationId,
    name: field.name,
    fieldKey: `contact.${field.key}`,
    placeholder: field.name,
    dataType: field.dataType,
    position: position * 50,
    ...(field.dataType === 'SINGLE_OPTIONS' && field.values ? { picklistOptions: [...field.values] } : {}),
    model: 'contact',
  };
}

function seedContacts(store: SandboxStore, random: Random, site: Site): void {
  const users = store.usersOfLocation(site.location.id);
  const used: UsedContactPoints = { emails: new Set(), phones: new Set() };
  const bulkImportedAt = randomDate(random, SEED_EPOCH - 700 * DAY_MS, SEED_EPOCH - 30 * DAY_MS);
  for (let i = 0; i < CONTACTS_PER_LOCATION; i++) {
    const dateAdded = i >= QUIRKS.length && i < QUIRKS.length + BULK_IMPORT_SIZE ? bulkImportedAt : undefined;
    const contact = store.contacts.insert(makeContact(random, site, users, used, dateAdded, QUIRKS[i]));
    if (random.chance(0.45)) {
      for (let n = random.int(1, 3); n > 0; n--) store.tasks.insert(makeTask(random, site.profile, contact, users));
    }
    if (random.chance(0.5)) {
      for (let n = random.int(1, 3); n > 0; n--) store.notes.insert(makeNote(random, site.profile, contact, users));
    }
  }
}

function makeContact(
  random: Random,
  site: Site,
  users: User[],
  used: UsedContactPoints,
  dateAdded = randomDate(random, SEED_EPOCH - 730 * DAY_MS, SEED_EPOCH),
  quirk?: Quirk,
): Contact {
  const { profile, location } = site;
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const companyName = random.chance(0.35) ? random.pick(COMPANY_NAMES) : undefined;
  const added = Date.parse(dateAdded);
  const [city, postalCode] = random.pick(profile.cities);
  const dnd = random.chance(0.06);

  const fields: ContactFields = {
    id: random.id(),
    locationId: location.id,
    firstName,
    lastName,
    ...(random.chance(0.95) && { email: uniqueEmail(random, firstName, lastName, companyName, used.emails) }),
    ...(random.chance(0.92) && { phone: uniquePhone(random, profile, used.phones) }),
    ...(companyName && { companyName }),
    ...(random.chance(0.85) && { timezone: profile.timezone }),
    dnd,
    ...(dnd
      ? { dndSettings: optedOutEverywhere() }
      : random.chance(0.1) && { dndSettings: { Email: { status: 'active' as const, message: 'Unsubscribed via email link' } } }),
    type: random.chance(0.3) ? 'customer' : 'lead',
    source: random.pick(profile.sources),
    ...(random.chance(0.92) && { assignedTo: random.pick(users).id }),
    ...(random.chance(0.7) && {
      address1: `${random.int(100, 9999)} ${random.pick(STREETS)}`,
      city,
      state: profile.state,
      postalCode,
    }),
    country: 'US',
    ...(companyName && random.chance(0.15) && { website: `https://www.${companyDomain(companyName)}` }),
    tags: random.sample([...profile.tags, ...COMMON_TAGS], random.int(0, 4)),
    ...(random.chance(0.3) && { dateOfBirth: randomDate(random, Date.UTC(1950, 0, 1), Date.UTC(2005, 0, 1)).slice(0, 10) }),
    dateAdded,
    dateUpdated: randomDate(random, added, SEED_EPOCH),
    ...(random.chance(0.6) && { lastActivity: randomDate(random, added, SEED_EPOCH) }),
    customFields: site.customFields
      .filter(() => random.chance(0.6))
      .map((field) => ({ id: field.definition.id, value: customFieldValue(random, field.profile) })),
  };
  if (!quirk) return withDerivedFields(fields);
  const messy = applyQuirk(random, fields, quirk, profile);
  if (messy.email) used.emails.add(messy.email.toLowerCase());
  return withDerivedFields(messy);
}

function applyQuirk(random: Random, contact: ContactFields, quirk: Quirk, profile: LocationProfile): ContactFields {
  const first = contact.firstName ?? 'Pat';
  const last = contact.lastName ?? 'Doe';
  switch (quirk) {
    case 'invalidEmail':
      // Typed on a paper form and keyed in as-is: no top-level domain.
      return { ...contact, email: `${emailLocalPart(first)}.${emailLocalPart(last)}@gmail` };
    case 'localPhone':
      return { ...contact, phone: `(${random.pick(profile.areaCodes)}) 555-01${random.digits(2)}` };
    case 'phoneOnly': {
      // A missed call logged by the phone system: no name, no email, nothing else.
      const { firstName: _first, lastName: _last, email: _email, companyName: _company, ...rest } = contact;
      return { ...rest, phone: contact.phone ?? `+1${random.pick(profile.areaCodes)}555${random.digits(4)}`, source: 'inbound call', tags: [] };
    }
    case 'mixedCaseEmail':
      return { ...contact, email: `${first}.${last}@Yahoo.com`.replace(/[^A-Za-z.@]/g, '') };
    case 'firstNameOnly': {
      const { lastName: _last, ...rest } = contact;
      return rest;
    }
  }
}

function makeTask(random: Random, profile: LocationProfile, contact: Contact, users: User[]): Task {
  const due = randomDate(random, Date.parse(contact.dateAdded) + DAY_MS, SEED_EPOCH + 45 * DAY_MS);
  return {
    id: random.id(),
    title: random.pick(profile.taskTitles),
    ...(random.chance(0.6) && { body: random.pick(profile.noteBodies) }),
    ...(random.chance(0.9) && { assignedTo: contact.assignedTo ?? random.pick(users).id }),
    dueDate: due,
    completed: Date.parse(due) < SEED_EPOCH && random.chance(0.7),
    contactId: contact.id,
  };
}

function makeNote(random: Random, profile: LocationProfile, contact: Contact, users: User[]): Note {
  return {
    id: random.id(),
    body: random.pick(profile.noteBodies),
    ...(random.chance(0.9) && { userId: random.pick(users).id }),
    dateAdded: randomDate(random, Date.parse(contact.dateAdded), SEED_EPOCH),
    contactId: contact.id,
    ...(random.chance(0.4) && { title: random.pick(NOTE_TITLES) }),
    ...(random.chance(0.2) && { color: random.pick(NOTE_COLORS) }),
    pinned: random.chance(0.1),
  };
}

function customFieldValue(random: Random, field: CustomFieldProfile): unknown {
  switch (field.dataType) {
    case 'NUMERICAL': {
      const [min, max] = field.range ?? [0, 100];
      return Math.round(random.int(min, max) / 1000) * 1000;
    }
    case 'DATE':
      return randomDate(random, SEED_EPOCH - 730 * DAY_MS, SEED_EPOCH).slice(0, 10);
    case 'TEXT':
    case 'SINGLE_OPTIONS':
      return random.pick(field.values ?? ['']);
  }
}

function optedOutEverywhere(): DndSettings {
  const setting = () => ({ status: 'active' as const, message: 'Opted out of all communication' });
  return { Call: setting(), Email: setting(), SMS: setting(), WhatsApp: setting(), GMB: setting(), FB: setting() };
}

function uniqueEmail(random: Random, first: string, last: string, companyName: string | undefined, used: Set<string>): string {
  const f = emailLocalPart(first);
  const l = emailLocalPart(last);
  const domain = companyName && random.chance(0.5) ? companyDomain(companyName) : random.pick(EMAIL_DOMAINS);
  const local = random.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}.${l}${random.int(1, 99)}`, `${f}_${l}`]);
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

function uniquePhone(random: Random, profile: LocationProfile, used: Set<string>): string {
  let phone: string;
  do phone = phoneNumber(random, profile);
  while (used.has(phone));
  used.add(phone);
  return phone;
}

/** E.164, in one of the location's area codes. */
function phoneNumber(random: Random, profile: LocationProfile): string {
  return `+1${random.pick(profile.areaCodes)}${random.int(2, 9)}${random.digits(6)}`;
}

/** Lower-case ASCII letters, digits and dots: "O'Brien" gives "obrien", "Oak & Co" gives "oak.co". */
function emailLocalPart(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
}

/** "Cedar & Pine Design" gives "cedarpinedesign.com". */
function companyDomain(companyName: string): string {
  return `${emailLocalPart(companyName).replaceAll('.', '')}.com`;
}
