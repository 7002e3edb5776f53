/**
 * Estimate templates: the lines, discount and texts a location starts its estimates from. Read
 * per location (and from the location) and by id (a Node, through the estimate-template loader over
 * GHL's preview), written whole, deleted.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import type { GhlEstimateTemplate } from '../ghl/api/estimate-templates.ts';
import * as templates from '../resolvers/estimate-templates.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { DeletePayload } from './contacts.ts';
import { cost } from './cost.ts';
import { locatedNode } from './located-node.ts';
import { LocationRef } from './locations.ts';
import { templateFields, templateInputFields, templateTargetArgs } from './templates.ts';

export const EstimateTemplateRef = builder.objectRef<GhlEstimateTemplate>('EstimateTemplate');

locatedNode(EstimateTemplateRef, {
  description: 'What a location starts its estimates from: lines, discount and texts.',
  loadInLocation: (key, ctx) => ctx.loaders.estimateTemplate.load(key),
  ghlIdOf: (template) => template._id,
  locationIdOf: (template) => template.altId,
  locationId: { nullable: true, description: 'GHL id of the location it belongs to.' },
  location: { description: 'The location it belongs to.' },
  fields: (t) => ({
    ...templateFields(t, 'estimate'),
    liveMode: t.exposeBoolean('liveMode', { description: 'Live (true) or test-mode (false) payments on its estimates.' }),
    estimateNumberPrefix: t.exposeString('estimateNumberPrefix', { description: 'Printed before the number of its estimates, e.g. "EST-".' }),
    automaticTaxesEnabled: t.exposeBoolean('automaticTaxesEnabled', { description: 'GoHighLevel computes the taxes of its estimates.' }),
  }),
});

const EstimateTemplateInput = builder.inputType('EstimateTemplateInput', {
  description: 'An estimate template as it is to be (GoHighLevel replaces the whole template on an edit).',
  fields: (t) => ({
    ...templateInputFields(t, 'estimate'),
    liveMode: t.boolean({ description: 'Live payments (default) or test mode on its estimates.' }),
  }),
});

const EstimateTemplatePayload = builder.objectRef<{ estimateTemplate: GhlEstimateTemplate }>('EstimateTemplatePayload').implement({
  description: 'The estimate template after the change.',
  fields: (t) => ({ estimateTemplate: t.expose('estimateTemplate', { type: EstimateTemplateRef, nullable: false, description: 'The template.' }) }),
});

const EstimateTemplateConnection = connectionOf(EstimateTemplateRef, { noun: 'estimate template' });

const locationArg = { description: 'Location id or GHL location id; defaults to the configured location.' };

builder.queryFields((t) => ({
  estimateTemplate: t.field({
    type: EstimateTemplateRef,
    description: 'One estimate template.',
    args: templateTargetArgs(t.arg, 'EstimateTemplate'),
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => templates.getEstimateTemplate(ctx, args.id, args.locationId),
  }),
  estimateTemplates: t.connection({
    type: EstimateTemplateRef,
    description: 'Estimate templates of a location, newest first.',
    args: { locationId: t.arg.id(locationArg), query: t.arg.string({ description: 'Matches the name.' }) },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => templates.listEstimateTemplates(ctx, args),
  }, EstimateTemplateConnection),
}));

builder.objectField(LocationRef, 'estimateTemplates', (t) =>
  t.connection({
    type: EstimateTemplateRef,
    description: 'The location’s estimate templates, newest first.',
    args: { query: t.arg.string({ description: 'Matches the name.' }) },
    extensions: { cost: cost.listPage() },
    resolve: (location, args, ctx) => templates.listEstimateTemplates(ctx, { ...args, locationId: location.id }),
  }, EstimateTemplateConnection),
);

builder.mutationFields((t) => {
  const target = () => templateTargetArgs(t.arg, 'EstimateTemplate');
  const refOf = (args: { id: string; locationId?: string | null }, ctx: GatewayContext) => templates.estimateTemplateRefOf(ctx, args.id, args.locationId);
  return {
    createEstimateTemplate: t.field({
      type: EstimateTemplatePayload,
      nullable: false,
      description: 'Create an estimate template.',
      args: { locationId: t.arg.id(locationArg), input: t.arg({ type: EstimateTemplateInput, required: true, description: 'The template.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ estimateTemplate: await templates.createEstimateTemplate(ctx, args.locationId, args.input) }),
    }),
    updateEstimateTemplate: t.field({
      type: EstimateTemplatePayload,
      nullable: false,
      description: 'Replace an estimate template.',
      args: { ...target(), input: t.arg({ type: EstimateTemplateInput, required: true, description: 'The template as it is to be.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ estimateTemplate: await templates.updateEstimateTemplate(ctx, refOf(args, ctx), args.input) }),
    }),
    deleteEstimateTemplate: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete an estimate template.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => {
        const ref = refOf(args, ctx);
        const { deletedGhlId } = await templates.deleteEstimateTemplate(ctx, ref);
        return { deletedId: encodeGlobalID('EstimateTemplate', `${ref.locationId}/${deletedGhlId}`), deletedGhlId };
      },
    }),
  };
});
