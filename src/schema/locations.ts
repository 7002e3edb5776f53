/**
 * Locations (sub-accounts): the business a set of contacts and users belongs to, found through the
 * agency's search, created and changed with an agency token.
 */
import type { GhlLocation } from '../ghl/api/locations.ts';
import type { GatewayContext } from '../context.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import * as locations from '../resolvers/locations.ts';
import { readLocationField, type LocationSource } from '../resolvers/locations.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';

export const LocationRef = builder.objectRef<LocationSource>('Location');

const stringFieldsOf = <K extends string>(name: string, description: string, fields: Record<K, string>) =>
  builder.objectRef<Partial<Record<K, string>>>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries<string>(fields).map(([field, text]) => [field, t.string({ description: text, resolve: (o) => o[field as K] ?? null })]),
      ),
  });

const BusinessRef = stringFieldsOf('LocationBusiness', 'The business behind a location.', {
  name: 'Business name.',
  address: 'Street address.',
  city: 'City.',
  state: 'State or region.',
  country: 'Country code.',
  postalCode: 'Postal code.',
  website: 'Website.',
  timezone: 'IANA time zone.',
  logoUrl: 'Logo URL.',
});

const socialFields = {
  facebookUrl: 'Facebook page.',
  googlePlus: 'Google+ page.',
  linkedIn: 'LinkedIn page.',
  foursquare: 'Foursquare page.',
  twitter: 'Twitter / X profile.',
  yelp: 'Yelp page.',
  instagram: 'Instagram profile.',
  youtube: 'YouTube channel.',
  pinterest: 'Pinterest profile.',
  blogRss: 'Blog RSS feed.',
  googlePlacesId: 'Google Places id.',
};

const SocialRef = stringFieldsOf('LocationSocial', 'Social profiles of a location.', socialFields);

const settingsFields = {
  allowDuplicateContact: 'Contacts may share an email or phone.',
  allowDuplicateOpportunity: 'A contact may have several opportunities in one pipeline.',
  allowFacebookNameMerge: 'Facebook names merge into contacts.',
  disableContactTimezone: 'Contact time zones are ignored.',
};

const SettingsRef = builder.objectRef<NonNullable<GhlLocation['settings']>>('LocationSettings').implement({
  description: 'Behaviour switches of a location.',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(settingsFields).map(([field, text]) => [field, t.boolean({ description: text, resolve: (o) => o[field] ?? null })]),
    ),
});

/**
 * What the agency's search answers of each location (GHL's GetLocationSchema): any other field
 * reads the full location, once per location.
 */
const searchSummaryFields = [
  'id', 'ghlId', 'name', 'phone', 'email', 'address', 'city', 'state', 'country', 'postalCode', 'website', 'timezone',
  'settings', 'social',
];

const LocationConnection = connectionOf(LocationRef, { noun: 'location', nodeCost: cost.embedded(searchSummaryFields, cost.byId()) });

/** A field of a location that a search result or a write's answer may lack. */
const read =
  <K extends keyof GhlLocation>(key: K) =>
  (location: LocationSource, _: unknown, ctx: GatewayContext) =>
    readLocationField(ctx, location, key);

builder.node(LocationRef, {
  description: 'A location (sub-account) of an agency in GoHighLevel.',
  id: { resolve: (location) => location.id },
  loadOne: (id, ctx) => ctx.loaders.location.load(id),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    companyId: t.string({ description: 'GHL id of the agency (company).', resolve: read('companyId') }),
    name: t.string({ description: 'Name.', resolve: read('name') }),
    domain: t.string({ description: 'White-label domain.', resolve: read('domain') }),
    address: t.string({ description: 'Street address.', resolve: read('address') }),
    city: t.string({ description: 'City.', resolve: read('city') }),
    state: t.string({ description: 'State or region.', resolve: read('state') }),
    postalCode: t.string({ description: 'Postal code.', resolve: read('postalCode') }),
    country: t.string({ description: 'Country code.', resolve: read('country') }),
    website: t.string({ description: 'Website.', resolve: read('website') }),
    timezone: t.string({ description: 'IANA time zone.', resolve: read('timezone') }),
    logoUrl: t.string({ description: 'Logo URL.', resolve: read('logoUrl') }),
    firstName: t.string({ description: 'Owner’s first name.', resolve: read('firstName') }),
    lastName: t.string({ description: 'Owner’s last name.', resolve: read('lastName') }),
    email: t.string({ description: 'Owner’s email.', resolve: read('email') }),
    phone: t.string({ description: 'Phone.', resolve: read('phone') }),
    business: t.field({ type: BusinessRef, description: 'The business.', resolve: read('business') }),
    social: t.field({ type: SocialRef, description: 'Social profiles.', resolve: read('social') }),
    settings: t.field({ type: SettingsRef, description: 'Behaviour switches.', resolve: read('settings') }),
  }),
});

const LocationOrder = builder.enumType('LocationOrder', {
  description: 'Order of a location search, by name.',
  values: {
    ASC: { value: 'asc', description: 'A to Z.' },
    DESC: { value: 'desc', description: 'Z to A.' },
  } as const,
});

builder.queryFields((t) => ({
  location: t.field({
    type: LocationRef,
    description: 'One location; the configured one when no id is given.',
    args: { id: t.arg.id({ description: 'Location id or GHL location id.' }) },
    // Not the shared per-request read: two aliases may name two locations.
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.location.load(locationIdOf(args.id == null ? null : args.id, ctx.defaultLocationId)),
  }),
  locations: t.connection({
    type: LocationRef,
    description:
      'The locations of an agency, by name. Agency level: send an agency token (a location token finds only its own location).',
    args: {
      companyId: t.arg.id({ description: 'GHL id of the agency (company); GHL takes the token’s company when omitted.' }),
      email: t.arg.string({ description: 'Only the location with this email.' }),
      order: t.arg({ type: LocationOrder, description: 'A to Z (the default) or Z to A.' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => locations.searchLocations(ctx, args),
  }, LocationConnection),
  timezones: t.stringList({
    nullable: false,
    description: 'The IANA time zones a location may be set to.',
    extensions: { cost: cost.perParent(1) },
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }) },
    resolve: (_, args, ctx) => locations.timezonesOf(ctx, args.locationId),
  }),
}));

// Mutations

const ProspectInput = builder.inputType('LocationProspectInput', {
  description: 'The person the location is for: becomes its owner’s name and email.',
  fields: (t) => ({
    firstName: t.string({ required: true, description: 'First name.' }),
    lastName: t.string({ required: true, description: 'Last name.' }),
    email: t.field({ type: 'EmailAddress', required: true, description: 'Email.' }),
  }),
});

const SettingsInput = builder.inputType('LocationSettingsInput', {
  description: 'Behaviour switches; those left out stay as they are.',
  fields: (t) => Object.fromEntries(Object.entries(settingsFields).map(([field, text]) => [field, t.boolean({ description: text })])),
});

const SocialInput = builder.inputType('LocationSocialInput', {
  description: 'Social profiles; those left out stay as they are.',
  fields: (t) => Object.fromEntries(Object.entries(socialFields).map(([field, text]) => [field, t.string({ description: text })])),
});

function locationInput(name: string, description: string, creating: boolean) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      companyId: t.id({
        required: creating,
        description: creating ? 'GHL id of the agency (company).' : 'GHL id of the agency; read from the location when omitted.',
      }),
      name: t.string({ required: creating, description: 'Name of the sub-account.' }),
      phone: t.field({ type: 'PhoneNumber', description: 'Phone, E.164 such as +13105551234.' }),
      address: t.string({ description: 'Street address.' }),
      city: t.string({ description: 'City.' }),
      state: t.string({ description: 'State or region.' }),
      country: t.string({ description: 'Two-letter ISO 3166 country code, e.g. US.' }),
      postalCode: t.string({ description: 'Postal code.' }),
      website: t.string({ description: 'Website.' }),
      timezone: t.string({ description: 'IANA time zone, e.g. America/Los_Angeles (see `timezones`).' }),
      prospect: t.field({ type: ProspectInput, description: 'The owner: name and email.' }),
      settings: t.field({ type: SettingsInput, description: 'Behaviour switches.' }),
      social: t.field({ type: SocialInput, description: 'Social profiles.' }),
    }),
  });
}

const CreateLocationInput = locationInput('CreateLocationInput', 'A new sub-account.', true);
const UpdateLocationInput = locationInput('UpdateLocationInput', 'Changes to a sub-account; fields left out stay as they are.', false);

const LocationPayload = builder.objectRef<{ location: LocationSource }>('LocationPayload').implement({
  description: 'The location after the change.',
  fields: (t) => ({
    location: t.expose('location', {
      type: LocationRef,
      nullable: false,
      description: 'The location.',
      // A write answers a summary (no owner, logo or business): reading what it lacks costs a read.
      extensions: { cost: cost.byId() },
    }),
  }),
});

builder.mutationFields((t) => ({
  createLocation: t.field({
    type: LocationPayload,
    nullable: false,
    description: 'Create a sub-account. Agency level: send an agency token.',
    args: { input: t.arg({ type: CreateLocationInput, required: true, description: 'The sub-account.' }) },
    resolve: async (_, { input }, ctx) => ({
      location: await locations.createLocation(ctx, { ...input, companyId: input.companyId ?? '', name: input.name ?? '' }),
    }),
  }),
  updateLocation: t.field({
    type: LocationPayload,
    nullable: false,
    description: 'Change a sub-account. Agency level: send an agency token.',
    // GHL requires the agency's id: read from the location when the input leaves it out.
    extensions: { cost: cost.perParent(2) },
    args: {
      id: t.arg.id({ required: true, description: 'Location id or GHL location id.' }),
      input: t.arg({ type: UpdateLocationInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({ location: await locations.updateLocation(ctx, id, input) }),
  }),
}));
