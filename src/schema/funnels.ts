/**
 * Funnels and websites of a location, their steps and pages, and domain redirects. GHL reads no
 * single funnel: its node key is `locationId/id`, and one is found in its location's list (one
 * call per location per request). A page has no read of its own, so it is not a node.
 */
import type { GhlFunnelPage, GhlFunnelStep, GhlRedirect } from '../ghl/api/funnels.ts';
import { dateOf } from '../resolvers/dates.ts';
import * as funnels from '../resolvers/funnels.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { cost } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';

export const FunnelRef = builder.objectRef<funnels.LocatedFunnel>('Funnel');
const FunnelStepRef = builder.objectRef<GhlFunnelStep>('FunnelStep');
const FunnelPageRef = builder.objectRef<GhlFunnelPage>('FunnelPage');
const RedirectRef = builder.objectRef<GhlRedirect>('Redirect');
const FunnelPageConnection = connectionOf(FunnelPageRef, { noun: 'funnel page' });
const FunnelConnection = connectionOf(FunnelRef, { noun: 'funnel' });

const FunnelType = builder.enumType('FunnelType', {
  description: 'A funnel or a website.',
  values: {
    FUNNEL: { value: 'funnel', description: 'A funnel: steps a visitor goes through in order.' },
    WEBSITE: { value: 'website', description: 'A website: pages a visitor browses.' },
  } as const,
});

const RedirectAction = builder.enumType('RedirectAction', {
  description: 'What a redirect points to.',
  values: {
    FUNNEL: { value: funnels.redirectActions.FUNNEL, description: 'A funnel.' },
    WEBSITE: { value: funnels.redirectActions.WEBSITE, description: 'A website.' },
    URL: { value: funnels.redirectActions.URL, description: 'Any URL.' },
    ALL: { value: funnels.redirectActions.ALL, description: 'Every path of the domain.' },
  } as const,
});

locatedNode(FunnelRef, {
  description: 'A funnel or website of a location.',
  loadInLocation: ({ locationId, id }, ctx) => funnels.findFunnel(ctx, locationId, id),
  ghlIdOf: (funnel) => funnel._id,
  locationIdOf: (funnel) => funnel.locationId,
  location: { description: 'The location.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    type: t.field({
      type: FunnelType,
      description: 'Funnel or website.',
      resolve: (f) => (f.type === 'funnel' || f.type === 'website' ? f.type : null),
    }),
    url: t.exposeString('url', { description: 'Its path on the location’s domain.' }),
    steps: t.field({
      type: [FunnelStepRef],
      nullable: false,
      description: 'Steps, in order (no extra call: they come with the funnel).',
      resolve: (f) => [...(f.steps ?? [])].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0)),
    }),
    pages: t.connection({
      type: FunnelPageRef,
      description: 'Pages, in step order (`pageCount` gives their number).',
      extensions: { cost: cost.listPage() },
      args: { name: t.arg.string({ description: 'Matches the page name.' }) },
      resolve: (f, args, ctx) => funnels.funnelPages(ctx, f, args),
    }, FunnelPageConnection),
    pageCount: t.int({
      nullable: false,
      description: 'How many pages it has.',
      extensions: { cost: cost.byId() },
      resolve: (f, _, ctx) => ctx.loaders.funnelPageCount.load({ locationId: f.locationId, funnelId: f._id }),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (f) => dateOf(f.dateAdded) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (f) => dateOf(f.updatedAt ?? f.dateUpdated) }),
  }),
});

FunnelStepRef.implement({
  description: 'One step of a funnel, or one page slot of a website.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    sequence: t.exposeInt('sequence', { description: 'Place in the funnel, from 1.' }),
    url: t.exposeString('url', { description: 'Its path.' }),
    pageIds: t.stringList({ nullable: false, description: 'GHL ids of its pages (two or more for a split test).', resolve: (s) => s.pages ?? [] }),
  }),
});

FunnelPageRef.implement({
  description: 'A page of a funnel or website.',
  fields: (t) => ({
    ghlId: t.exposeString('_id', { nullable: false, description: 'The GoHighLevel id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    funnelId: t.exposeString('funnelId', { description: 'GHL id of the funnel.' }),
    stepId: t.exposeString('stepId', { description: 'GHL id of the step it belongs to.' }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (p) => dateOf(p.updatedAt) }),
  }),
});

RedirectRef.implement({
  description: 'A path on one of the location’s domains sent elsewhere.',
  fields: (t) => ({
    ghlId: t.exposeString('id', { nullable: false, description: 'The GoHighLevel id.' }),
    domain: t.exposeString('domain', { description: 'The domain.' }),
    path: t.exposeString('path', { description: 'The path redirected.' }),
    target: t.exposeString('target', { description: 'Where it goes.' }),
    action: t.exposeString('action', { description: 'What it points to (`funnel`, `website`, `url`, `all`).' }),
    type: t.exposeString('type', { description: '`Permanent` or `Temporary`, as GHL sends it.' }),
    locationId: t.exposeString('locationId', { description: 'GHL id of the location.' }),
  }),
});

const funnelArgs = () =>
  builder.args((t) => ({
    type: t.field({ type: FunnelType, description: 'Only funnels or only websites.' }),
    name: t.string({ description: 'Matches the name.' }),
  }));

builder.queryField('funnels', (t) =>
  t.connection({
    type: FunnelRef,
    description: 'Funnels and websites of a location.',
    extensions: { cost: cost.listPage() },
    args: { locationId: t.arg.id({ description: 'Location id or GHL location id; defaults to the configured location.' }), ...funnelArgs() },
    resolve: (_, args, ctx) => funnels.listFunnels(ctx, args),
  }, FunnelConnection),
);

builder.objectField(LocationRef, 'funnels', (t) =>
  t.connection({
    type: FunnelRef,
    description: 'Funnels and websites of the location.',
    extensions: { cost: cost.listPage() },
    args: funnelArgs(),
    resolve: (location, args, ctx) => funnels.listFunnels(ctx, { ...args, locationId: location.id }),
  }, FunnelConnection),
);

const CreateRedirectInput = builder.inputType('CreateRedirectInput', {
  description: 'A new redirect.',
  fields: (t) => ({
    locationId: t.id({ description: 'Location; defaults to the configured location.' }),
    domain: t.string({ required: true, description: 'One of the location’s domains, e.g. `example.com`.' }),
    path: t.string({ required: true, description: 'The path to redirect, starting with `/`.' }),
    target: t.field({ type: 'URL', required: true, description: 'Where it goes.' }),
    action: t.field({ type: RedirectAction, required: true, description: 'What it points to.' }),
  }),
});

const CreateRedirectPayload = builder.objectRef<{ redirect: GhlRedirect }>('CreateRedirectPayload').implement({
  description: 'The redirect created.',
  fields: (t) => ({
    redirect: t.field({ type: RedirectRef, nullable: false, description: 'The redirect.', resolve: (p) => p.redirect }),
  }),
});

builder.mutationField('createRedirect', (t) =>
  t.field({
    type: CreateRedirectPayload,
    nullable: false,
    description: 'Redirect a path of one of the location’s domains.',
    extensions: { cost: cost.perParent(1) },
    args: { input: t.arg({ type: CreateRedirectInput, required: true, description: 'The redirect.' }) },
    resolve: async (_, { input }, ctx) => ({ redirect: await funnels.createRedirect(ctx, input) }),
  }),
);
