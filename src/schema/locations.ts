/** Locations (sub-accounts): the business a set of contacts and users belongs to. */
import type { GhlLocation } from '../ghl/api/locations.ts';
import { listContacts } from '../resolvers/contacts.ts';
import { locationIdOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';
import { ContactRef } from './contacts.ts';

export const LocationRef = builder.objectRef<GhlLocation>('Location');

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

const SocialRef = stringFieldsOf('LocationSocial', 'Social profiles of a location.', {
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
});

const SettingsRef = builder.objectRef<NonNullable<GhlLocation['settings']>>('LocationSettings').implement({
  description: 'Behaviour switches of a location.',
  fields: (t) => ({
    allowDuplicateContact: t.exposeBoolean('allowDuplicateContact', { description: 'Contacts may share an email or phone.' }),
    allowDuplicateOpportunity: t.exposeBoolean('allowDuplicateOpportunity', { description: 'A contact may have several opportunities in one pipeline.' }),
    allowFacebookNameMerge: t.exposeBoolean('allowFacebookNameMerge', { description: 'Facebook names merge into contacts.' }),
    disableContactTimezone: t.exposeBoolean('disableContactTimezone', { description: 'Contact time zones are ignored.' }),
  }),
});

builder.node(LocationRef, {
  description: 'A location (sub-account) of an agency in GoHighLevel.',
  id: { resolve: (location) => location.id },
  loadOne: (id, ctx) => ctx.loaders.location.load(id),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    companyId: t.exposeString('companyId', { description: 'GHL id of the agency (company).' }),
    name: t.exposeString('name', { description: 'Name.' }),
    domain: t.exposeString('domain', { description: 'White-label domain.' }),
    address: t.exposeString('address', { description: 'Street address.' }),
    city: t.exposeString('city', { description: 'City.' }),
    state: t.exposeString('state', { description: 'State or region.' }),
    postalCode: t.exposeString('postalCode', { description: 'Postal code.' }),
    country: t.exposeString('country', { description: 'Country code.' }),
    website: t.exposeString('website', { description: 'Website.' }),
    timezone: t.exposeString('timezone', { description: 'IANA time zone.' }),
    logoUrl: t.exposeString('logoUrl', { description: 'Logo URL.' }),
    firstName: t.exposeString('firstName', { description: 'Owner’s first name.' }),
    lastName: t.exposeString('lastName', { description: 'Owner’s last name.' }),
    email: t.exposeString('email', { description: 'Owner’s email.' }),
    phone: t.exposeString('phone', { description: 'Phone.' }),
    business: t.expose('business', { type: BusinessRef, description: 'The business.' }),
    social: t.expose('social', { type: SocialRef, description: 'Social profiles.' }),
    settings: t.expose('settings', { type: SettingsRef, description: 'Behaviour switches.' }),
    contacts: t.connection({
      type: ContactRef,
      description: 'Contacts of the location, oldest first, optionally matching a search.',
      args: { query: t.arg.string({ description: 'Matches name, email, phone or company.' }) },
      resolve: (location, args, ctx) => listContacts(ctx, { ...args, locationId: location.id }),
    }),
  }),
});

builder.queryField('location', (t) =>
  t.field({
    type: LocationRef,
    description: 'One location; the configured one when no id is given.',
    args: { id: t.arg.id({ description: 'Location id or GHL location id.' }) },
    resolve: (_, args, ctx) => ctx.loaders.location.load(locationIdOf(args.id == null ? null : args.id, ctx.defaultLocationId)),
  }),
);
