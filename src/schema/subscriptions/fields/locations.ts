/**
 * The location itself, its users and the apps installed on it, as GHL's webhooks report them:
 * `locationEvents`, `userEvents`, `appEvents`. GHL also sends these for a whole agency (a
 * `companyId` and no location): those are acknowledged and not emitted, so never reach these fields.
 */
import type { GhlLocation } from '../../../ghl/api/locations.ts';
import type { GhlUser } from '../../../ghl/api/users.ts';
import { builder } from '../../builder.ts';
import { LocationRef } from '../../locations.ts';
import { UserRef } from '../../users.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { familyNames } from './names.ts';
import { asBoolean, asDate, asId, asInt, asObject, asString, asStrings, nodeIdOf, pick } from './read.ts';
import { recordDescription, servedOrLoaded, type Answers } from './served.ts';

const locationAnswers: Answers<GhlLocation> = {
  id: ['id'],
  ghlId: ['id'],
  companyId: ['companyId'],
  name: ['name'],
  email: ['email'],
};

export const LocationEvent = familyEventType('location', `A change to the location itself. ${familyNames.location.about}`, (t) => ({
  nodeId: t.id({ description: 'Global id of the location (its `Location.id`), to update client caches.', resolve: (event) => nodeIdOf('Location', event.locationId) }),
  location: t.field({
    type: LocationRef,
    description: recordDescription('location', { deletable: false }),
    resolve: (event, _, ctx, info) => {
      const location: Partial<GhlLocation> = { ...pick<GhlLocation>(event.payload, ['companyId', 'name', 'email']), id: event.locationId };
      return servedOrLoaded(info, location, locationAnswers, () => ctx.loaders.location.load(event.locationId));
    },
  }),
  companyId: t.string({ description: 'GHL id of the agency (company).', resolve: (event) => asId(event.payload.companyId) }),
  name: t.string({ description: 'Name.', resolve: (event) => asString(event.payload.name) }),
  email: t.string({ description: 'Email.', resolve: (event) => asString(event.payload.email) }),
  stripeProductId: t.string({ description: 'Stripe product of the location’s plan.', resolve: (event) => asString(event.payload.stripeProductId) }),
}));

builder.subscriptionField('locationEvents', (t) =>
  t.field({
    type: LocationEvent.ref,
    nullable: false,
    description: familyFieldDescription('location'),
    args: familyArgs(t.arg, LocationEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'location', args),
    resolve: (event) => event,
  }),
);

const userKeys = ['id', 'firstName', 'lastName', 'email', 'phone', 'extension', 'permissions'] as const satisfies readonly (keyof GhlUser)[];

const userAnswers: Answers<GhlUser> = {
  id: ['id'],
  ghlId: ['id'],
  // `name` is made of first and last name when GHL gives none.
  name: ['firstName', 'lastName'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  email: ['email'],
  phone: ['phone'],
  extension: ['extension'],
  permissions: ['permissions'],
};

export const UserEvent = familyEventType('user', `A change to a user of the location. ${familyNames.user.about}`, (t) => ({
  userId: t.string({ description: 'GHL id of the user.', resolve: (event) => asId(event.payload.id) }),
  nodeId: t.id({ description: 'Global id of the user (its `User.id`), to update client caches.', resolve: (event) => nodeIdOf('User', event.payload.id) }),
  user: t.field({
    type: UserRef,
    description: recordDescription('user', { deletable: false }),
    resolve: (event, _, ctx, info) => {
      const user = pick<GhlUser>(event.payload, userKeys);
      const id = user.id;
      return id ? servedOrLoaded(info, user, userAnswers, () => ctx.loaders.user.load({ id, locationId: event.locationId })) : null;
    },
  }),
  firstName: t.string({ description: 'First name.', resolve: (event) => asString(event.payload.firstName) }),
  lastName: t.string({ description: 'Last name.', resolve: (event) => asString(event.payload.lastName) }),
  email: t.string({ description: 'Email.', resolve: (event) => asString(event.payload.email) }),
  phone: t.string({ description: 'Phone.', resolve: (event) => asString(event.payload.phone) }),
  role: t.string({ description: '`admin` or `user`.', resolve: (event) => asString(event.payload.role) }),
  permissions: t.field({
    type: 'JSONObject',
    description: 'Feature permissions, as GHL lists them.',
    resolve: (event) => asObject(event.payload.permissions),
  }),
  locationIds: t.stringList({
    nullable: false,
    description: 'GHL ids of the locations the user works in, where the webhook lists them.',
    resolve: (event) => asStrings(event.payload.locations),
  }),
}));

builder.subscriptionField('userEvents', (t) =>
  t.field({
    type: UserEvent.ref,
    nullable: false,
    description: familyFieldDescription('user'),
    args: familyArgs(t.arg, UserEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'user', args),
    resolve: (event) => event,
  }),
);

export const AppEvent = familyEventType('app', `A marketplace app’s installation on the location. ${familyNames.app.about}`, (t) => ({
  appId: t.string({ description: 'GHL id of the app.', resolve: (event) => asId(event.payload.appId) }),
  companyId: t.string({ description: 'GHL id of the agency (company).', resolve: (event) => asId(event.payload.companyId) }),
  companyName: t.string({ description: 'Name of the agency.', resolve: (event) => asString(event.payload.companyName) }),
  userId: t.string({ description: 'GHL id of the user who installed it or changed its plan.', resolve: (event) => asId(event.payload.userId) }),
  user: t.field({
    type: UserRef,
    description: 'The user who installed it or changed its plan.',
    resolve: (event, _, ctx) => {
      const userId = asId(event.payload.userId);
      return userId ? ctx.loaders.user.load({ id: userId, locationId: event.locationId }) : null;
    },
  }),
  planId: t.string({ description: 'GHL id of the plan it was installed on (INSTALL).', resolve: (event) => asId(event.payload.planId) }),
  currentPlanId: t.string({ description: 'GHL id of the plan before the change (PLAN_CHANGE).', resolve: (event) => asId(event.payload.currentPlanId) }),
  newPlanId: t.string({ description: 'GHL id of the plan after the change (PLAN_CHANGE).', resolve: (event) => asId(event.payload.newPlanId) }),
  onTrial: t.boolean({ description: 'Installed on a trial.', resolve: (event) => asBoolean(event.payload.trial?.onTrial) }),
  trialDuration: t.int({ description: 'Length of the trial, in days.', resolve: (event) => asInt(event.payload.trial?.trialDuration) }),
  trialStartDate: t.field({ type: 'DateTime', description: 'When the trial started.', resolve: (event) => asDate(event.payload.trial?.trialStartDate) }),
  isWhitelabelCompany: t.boolean({ description: 'The agency is white-labelled.', resolve: (event) => asBoolean(event.payload.isWhitelabelCompany) }),
  whitelabelDomain: t.string({ description: 'The agency’s white-label domain.', resolve: (event) => asString(event.payload.whitelabelDetails?.domain) }),
  whitelabelLogoUrl: t.string({ description: 'The agency’s white-label logo.', resolve: (event) => asString(event.payload.whitelabelDetails?.logoUrl) }),
}));

builder.subscriptionField('appEvents', (t) =>
  t.field({
    type: AppEvent.ref,
    nullable: false,
    description: familyFieldDescription('app'),
    args: familyArgs(t.arg, AppEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'app', args),
    resolve: (event) => event,
  }),
);
