/**
 * Users of GoHighLevel: the people contacts, tasks and notes are assigned to. The agency finds
 * them through the company-wide search, and manages them with create, update and delete.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GhlUser } from '../ghl/api/users.ts';
import { ghlIdOf } from '../resolvers/ids.ts';
import * as users from '../resolvers/users.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';

export const UserRef = builder.objectRef<GhlUser>('User');
const UserConnection = connectionOf(UserRef, { noun: 'user' });

const UserRoleRef = builder.objectRef<NonNullable<GhlUser['roles']>>('UserRole').implement({
  description: 'What a user is and where.',
  fields: (t) => ({
    type: t.exposeString('type', { description: '`agency` or `account`.' }),
    role: t.exposeString('role', { description: '`admin` or `user`.' }),
    locationIds: t.stringList({
      nullable: false,
      description: 'GHL ids of the locations the user works in.',
      resolve: (roles) => roles.locationIds ?? [],
    }),
    restrictSubAccount: t.exposeBoolean('restrictSubAccount', { description: 'Limited to its sub-accounts.' }),
  }),
});

builder.node(UserRef, {
  description: 'A user of GoHighLevel (agency staff or location team member).',
  id: { resolve: (user) => user.id },
  loadOne: (id, ctx) => ctx.loaders.user.load({ id }),
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.string({
      description: 'Full name.',
      resolve: (u) => u.name ?? ([u.firstName, u.lastName].filter(Boolean).join(' ') || null),
    }),
    firstName: t.exposeString('firstName', { description: 'First name.' }),
    lastName: t.exposeString('lastName', { description: 'Last name.' }),
    email: t.exposeString('email', { description: 'Email.' }),
    phone: t.exposeString('phone', { description: 'Phone.' }),
    extension: t.exposeString('extension', { description: 'Phone extension.' }),
    platformLanguage: t.exposeString('platformLanguage', { description: 'UI language, e.g. en_US.' }),
    deleted: t.exposeBoolean('deleted', { description: 'The user was deleted.' }),
    roles: t.expose('roles', { type: UserRoleRef, description: 'Role and locations.' }),
    permissions: t.field({ type: 'JSONObject', description: 'Feature permissions, as GHL lists them.', resolve: (u) => u.permissions ?? null }),
    scopes: t.exposeString('scopes', { description: 'OAuth scopes granted to the user.' }),
  }),
});

const UserType = builder.enumType('UserType', {
  description: 'Where a user works.',
  values: {
    ACCOUNT: { value: 'account', description: 'In one or more locations (sub-accounts).' },
    AGENCY: { value: 'agency', description: 'For the agency itself.' },
  } as const,
});

const UserRoleName = builder.enumType('UserRoleName', {
  description: 'What a user may do where it works.',
  values: {
    ADMIN: { value: 'admin', description: 'Everything, settings included.' },
    USER: { value: 'user', description: 'What its permissions allow.' },
  } as const,
});

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    description: 'One user.',
    args: { id: t.arg.id({ required: true, description: 'User id or GHL user id.' }) },
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => ctx.loaders.user.load({ id: ghlIdOf(args.id, 'User', 'id') }),
  }),
  users: t.connection({
    type: UserRef,
    description: 'Search the users of an agency, by name. With a location token, only that location’s users.',
    args: {
      companyId: t.arg.id({ required: true, description: 'GHL id of the agency (company).' }),
      locationId: t.arg.id({ description: 'Only users of this location (Location id or GHL location id).' }),
      query: t.arg.string({ description: 'Matches name, email or phone.' }),
      role: t.arg({ type: UserRoleName, description: 'Only users with this role.' }),
      type: t.arg({ type: UserType, description: 'Only agency or only location users.' }),
      ids: t.arg.idList({ description: 'Only these users (User ids or GHL user ids).' }),
    },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => users.searchUsers(ctx, args),
  }, UserConnection),
}));

// Mutations

const PermissionsInput = builder.inputType('UserPermissionsInput', {
  description: 'Feature permissions by GHL’s names (e.g. `{ "contactsEnabled": true }`); those left out keep GHL’s default.',
  fields: (t) => ({
    campaignsEnabled: t.boolean({ description: 'Campaigns.' }),
    contactsEnabled: t.boolean({ description: 'Contacts.' }),
    workflowsEnabled: t.boolean({ description: 'Workflows.' }),
    opportunitiesEnabled: t.boolean({ description: 'Opportunities.' }),
    conversationsEnabled: t.boolean({ description: 'Conversations.' }),
    appointmentsEnabled: t.boolean({ description: 'Appointments.' }),
    dashboardStatsEnabled: t.boolean({ description: 'Dashboard statistics.' }),
    settingsEnabled: t.boolean({ description: 'Settings.' }),
    tagsEnabled: t.boolean({ description: 'Tags.' }),
    marketingEnabled: t.boolean({ description: 'Marketing.' }),
    paymentsEnabled: t.boolean({ description: 'Payments.' }),
    invoiceEnabled: t.boolean({ description: 'Invoices.' }),
    phoneCallEnabled: t.boolean({ description: 'Phone calls.' }),
    reviewsEnabled: t.boolean({ description: 'Reviews.' }),
    funnelsEnabled: t.boolean({ description: 'Funnels.' }),
    websitesEnabled: t.boolean({ description: 'Websites.' }),
    assignedDataOnly: t.boolean({ description: 'Sees only the records assigned to it.' }),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new user.',
  fields: (t) => ({
    companyId: t.id({ required: true, description: 'GHL id of the agency (company).' }),
    firstName: t.string({ required: true, description: 'First name.' }),
    lastName: t.string({ required: true, description: 'Last name.' }),
    email: t.field({ type: 'EmailAddress', required: true, description: 'Email, the login; unique across GoHighLevel.' }),
    password: t.string({ required: true, description: 'Initial password, 8 characters or more. Never stored or logged by the gateway.' }),
    type: t.field({ type: UserType, required: true, description: 'Agency or location user.' }),
    role: t.field({ type: UserRoleName, required: true, description: 'Admin or user.' }),
    locationIds: t.idList({ required: true, description: 'Locations the user works in (Location ids or GHL ids), at least one.' }),
    phone: t.field({ type: 'PhoneNumber', description: 'Phone, E.164 such as +14155559876.' }),
    permissions: t.field({ type: PermissionsInput, description: 'Feature permissions.' }),
    scopes: t.stringList({ description: 'OAuth scopes granted to the user, e.g. contacts.write.' }),
    platformLanguage: t.string({ description: 'UI language, e.g. en_US.' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Changes to a user; fields left out stay as they are.',
  fields: (t) => ({
    firstName: t.string({ description: 'First name.' }),
    lastName: t.string({ description: 'Last name.' }),
    email: t.field({ type: 'EmailAddress', description: 'Email, the login; unique across GoHighLevel.' }),
    password: t.string({ description: 'A new password, 8 characters or more.' }),
    type: t.field({ type: UserType, description: 'Agency or location user.' }),
    role: t.field({ type: UserRoleName, description: 'Admin or user.' }),
    locationIds: t.idList({ description: 'Replaces the locations the user works in.' }),
    phone: t.field({ type: 'PhoneNumber', description: 'Phone, E.164 such as +14155559876.' }),
    permissions: t.field({ type: PermissionsInput, description: 'Feature permissions.' }),
    scopes: t.stringList({ description: 'OAuth scopes granted to the user, e.g. contacts.write.' }),
    platformLanguage: t.string({ description: 'UI language, e.g. en_US.' }),
  }),
});

const UserPayload = builder.objectRef<{ user: GhlUser }>('UserPayload').implement({
  description: 'The user after the change.',
  fields: (t) => ({ user: t.expose('user', { type: UserRef, nullable: false, description: 'The user.' }) }),
});

const DeleteUserPayload = builder.objectRef<{ deletedGhlId: string }>('DeleteUserPayload').implement({
  description: 'What was deleted.',
  fields: (t) => ({
    deletedId: t.id({
      nullable: false,
      description: 'Global id of the deleted user, to evict from client caches.',
      resolve: (payload) => encodeGlobalID('User', payload.deletedGhlId),
    }),
    deletedGhlId: t.exposeString('deletedGhlId', { nullable: false, description: 'Its GoHighLevel id.' }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserPayload,
    nullable: false,
    description: 'Create a user. An agency token may place it in any of its locations, a location token only in its own.',
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The user.' }) },
    resolve: async (_, { input }, ctx) => ({ user: await users.createUser(ctx, input) }),
  }),
  updateUser: t.field({
    type: UserPayload,
    nullable: false,
    description: 'Change a user.',
    args: {
      id: t.arg.id({ required: true, description: 'User id or GHL user id.' }),
      input: t.arg({ type: UpdateUserInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_, { id, input }, ctx) => ({ user: await users.updateUser(ctx, id, input) }),
  }),
  deleteUser: t.field({
    type: DeleteUserPayload,
    nullable: false,
    description: 'Delete a user.',
    args: { id: t.arg.id({ required: true, description: 'User id or GHL user id.' }) },
    resolve: (_, { id }, ctx) => users.deleteUser(ctx, id),
  }),
}));
