/**
 * Message preferences: a location's custom message subtypes, and what a contact's email is
 * subscribed to. Subtypes come from the location's list, one call per location however many
 * subscriptions ask for theirs.
 */
import { dateOf } from '../resolvers/dates.ts';
import * as preferences from '../resolvers/message-preferences.ts';
import { builder } from './builder.ts';
import { ContactRef } from './contacts.ts';
import { cost } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

/** `GET /conversations/preferences/custom-subtypes?locationId=`: the only read of a subtype. */
const SUBTYPES = 'conversationSubtypes';

export const ConversationSubtypeRef = builder.objectRef<preferences.LocatedSubtype>('ConversationSubtype');

const SubtypeChannel = builder.enumType('ConversationSubtypeChannel', {
  description: 'The channel a custom message subtype is sent on.',
  values: { EMAIL: { value: 'email', description: 'Email.' }, SMS: { value: 'sms', description: 'SMS.' } } as const,
});

locatedNode(ConversationSubtypeRef, {
  description: 'A kind of message of a location a contact can leave on its own, such as a newsletter.',
  loadInLocation: (key, ctx) => preferences.findSubtype(ctx, key),
  ghlIdOf: (subtype) => subtype.id,
  locationIdOf: (subtype) => subtype.locationId,
  location: { description: 'The location the subtype belongs to.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, as contacts see it.' }),
    description: t.exposeString('description', { description: 'Description.' }),
    channel: t.field({
      type: SubtypeChannel,
      description: 'The channel its messages go out on; null for one GHL added since.',
      resolve: (subtype) => (subtype.channel === 'email' || subtype.channel === 'sms' ? subtype.channel : null),
    }),
    language: t.exposeString('language', { description: 'Language code, such as "en".' }),
    archived: t.boolean({ nullable: false, description: 'Archived: contacts no longer choose it.', resolve: (subtype) => subtype.archived === true }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (subtype) => dateOf(subtype.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (subtype) => dateOf(subtype.dateUpdated) }),
  }),
});

builder.objectField(LocationRef, 'conversationSubtypes', (t) =>
  t.field({
    type: [ConversationSubtypeRef],
    nullable: false,
    description: 'Custom message subtypes contacts can subscribe to or leave, oldest first.',
    args: { includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also the archived ones.' }) },
    extensions: { cost: cost.batchedPerRequest(SUBTYPES) },
    resolve: (location, args, ctx) => preferences.subtypesOfLocation(ctx, location.id, args.includeArchived ?? false),
  }),
);

const SubscriptionStatus = builder.enumType('EmailSubscriptionStatus', {
  description: 'Whether an email receives a kind of message.',
  values: {
    SUBSCRIBED: { value: 'subscribed', description: 'It receives them.' },
    UNSUBSCRIBED: { value: 'unsubscribed', description: 'It left them.' },
  } as const,
});

const EmailSubscriptionRef = builder.objectRef<preferences.LocatedEmailSubscription>('EmailSubscription').implement({
  description: 'An email of a contact, subscribed to one kind of message or not.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The email address.' }),
    subtypeName: t.exposeString('subtypeName', { description: 'The kind of message: "One on One" (every email an agent sends by hand) or a custom subtype’s name.' }),
    subtype: t.field({
      type: ConversationSubtypeRef,
      description: 'The custom subtype; null for "One on One".',
      extensions: { cost: cost.batchedPerRequest(SUBTYPES) },
      resolve: (subscription, _, ctx) => preferences.subtypeOfSubscription(ctx, subscription),
    }),
    status: t.field({
      type: SubscriptionStatus,
      description: 'Subscribed or not; null for a status GHL added since.',
      resolve: (subscription) => (subscription.status === 'subscribed' || subscription.status === 'unsubscribed' ? subscription.status : null),
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed; null while never changed.', resolve: (subscription) => dateOf(subscription.dateUpdated) }),
  }),
});

builder.objectField(ContactRef, 'emailSubscriptions', (t) =>
  t.field({
    type: [EmailSubscriptionRef],
    nullable: false,
    description: 'What the contact’s emails are subscribed to: "One on One" and each live custom email subtype.',
    args: { email: t.arg.string({ description: 'Only this email address; all of the contact’s by default.' }) },
    extensions: { cost: cost.perParent(1) },
    resolve: (contact, args, ctx) => preferences.emailSubscriptionsOfContact(ctx, contact, args.email),
  }),
);

const CreateConversationSubtypeInput = builder.inputType('CreateConversationSubtypeInput', {
  description: 'A new custom message subtype.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location id or GHL location id; defaults to the configured location.' }),
    name: t.string({ required: true, description: 'Name, at most 100 characters.' }),
    description: t.string({ description: 'Description, at most 100 characters.' }),
    channel: t.field({ type: SubtypeChannel, required: true, description: 'The channel its messages go out on.' }),
    language: t.string({ required: true, description: 'Language code, such as "en".' }),
  }),
});

const UpdateConversationSubtypeInput = builder.inputType('UpdateConversationSubtypeInput', {
  description: 'Changes to a custom message subtype; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: 'Name, at most 100 characters.' }),
    description: t.string({ description: 'Description, at most 100 characters.' }),
    archived: t.boolean({ description: 'Archive it (contacts no longer choose it), or bring it back.' }),
    resubscriptionLegalFormId: t.string({ description: 'The legal form a resubscription to it records.' }),
  }),
});

const ConversationSubtypePayload = builder.objectRef<{ conversationSubtype: preferences.LocatedSubtype }>('ConversationSubtypePayload').implement({
  description: 'The custom message subtype after the change.',
  fields: (t) => ({
    conversationSubtype: t.expose('conversationSubtype', { type: ConversationSubtypeRef, nullable: false, description: 'The subtype.' }),
  }),
});

const SubscriptionScope = builder.enumType('EmailSubscriptionScope', {
  description: 'What an email subscription change applies to.',
  values: {
    ONE_ON_ONE: { description: 'The "One on One" emails agents send by hand.' },
    SUBTYPE: { description: 'One custom subtype (`subtypeId`).' },
    ALL: { description: 'Every kind of message: subscribes the email to all again.' },
  } as const,
});

const ChangeEmailSubscriptionInput = builder.inputType('ChangeEmailSubscriptionInput', {
  description: 'A change an agent makes to what a contact’s email receives.',
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'Contact id or GHL contact id.' }),
    email: t.string({ required: true, description: 'The contact’s email address.' }),
    scope: t.field({ type: SubscriptionScope, required: true, description: 'What the change applies to.' }),
    subtypeId: t.id({ description: 'The ConversationSubtype (id or GHL id), for scope SUBTYPE only.' }),
    subscribed: t.boolean({ required: true, description: 'Subscribe (true) or unsubscribe.' }),
    legalReason: t.string({ description: 'Why, as the contact asked for it: required to subscribe again to a subtype or to ALL.' }),
    legalDescription: t.string({ description: 'Details of the request.' }),
  }),
});

const EmailSubscriptionsPayload = builder.objectRef<{ contactId: string; email: string }>('EmailSubscriptionsPayload').implement({
  description: 'The email’s subscriptions after the change.',
  fields: (t) => ({
    contact: t.field({
      type: ContactRef,
      description: 'The contact (one more call).',
      extensions: { cost: cost.byId() },
      resolve: (payload, _, ctx) => ctx.loaders.contact.load(payload.contactId),
    }),
    emailSubscriptions: t.field({
      type: [EmailSubscriptionRef],
      nullable: false,
      description: 'What the email is subscribed to now, read back.',
      extensions: { cost: cost.perParent(2) },
      resolve: async (payload, _, ctx) => preferences.emailSubscriptionsOfContact(ctx, await ctx.loaders.contact.load(payload.contactId), payload.email),
    }),
  }),
});

builder.mutationFields((t) => ({
  createConversationSubtype: t.field({
    type: ConversationSubtypePayload,
    nullable: false,
    description: 'Create a custom message subtype contacts can subscribe to or leave (needs an admin token).',
    args: { input: t.arg({ type: CreateConversationSubtypeInput, required: true, description: 'The subtype.' }) },
    resolve: async (_, { input }, ctx) => ({ conversationSubtype: await preferences.createSubtype(ctx, input) }),
  }),
  updateConversationSubtype: t.field({
    type: ConversationSubtypePayload,
    nullable: false,
    description: 'Rename, describe or archive a custom message subtype (needs an admin token).',
    args: {
      id: t.arg.id({ required: true, description: 'ConversationSubtype id or GHL subtype id.' }),
      locationId: t.arg.id({ description: 'Its location, for a GHL subtype id; defaults to the configured location.' }),
      input: t.arg({ type: UpdateConversationSubtypeInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, args, ctx) => ({
      conversationSubtype: await preferences.updateSubtype(ctx, preferences.subtypeRefOf(ctx, args.id, args.locationId), args.input),
    }),
  }),
  changeEmailSubscription: t.field({
    type: EmailSubscriptionsPayload,
    nullable: false,
    description: 'Subscribe a contact’s email to a kind of message, or unsubscribe it, on the contact’s behalf.',
    args: { input: t.arg({ type: ChangeEmailSubscriptionInput, required: true, description: 'The change.' }) },
    extensions: { cost: cost.perParent(2) },
    resolve: (_, { input }, ctx) => preferences.changeEmailSubscription(ctx, input),
  }),
}));
