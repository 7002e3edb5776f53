/** Users of GoHighLevel: the people contacts, tasks and notes are assigned to. */
import type { GhlUser } from '../ghl/api/users.ts';
import { ghlIdOf } from '../resolvers/ids.ts';
import { builder } from './builder.ts';

export const UserRef = builder.objectRef<GhlUser>('User');

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

builder.queryField('user', (t) =>
  t.field({
    type: UserRef,
    description: 'One user.',
    args: { id: t.arg.id({ required: true, description: 'User id or GHL user id.' }) },
    resolve: (_, args, ctx) => ctx.loaders.user.load({ id: ghlIdOf(args.id, 'User', 'id') }),
  }),
);
