/**
 * Invoice templates: the lines, discount and texts a location starts its invoices from. Read per
 * location and by id (a Node, through the invoice-template loader), written whole, deleted.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.ts';
import type { GhlInvoiceTemplate } from '../ghl/api/invoice-templates.ts';
import * as templates from '../resolvers/invoice-templates.ts';
import { builder } from './builder.ts';
import { connectionOf } from './connections.ts';
import { DeletePayload } from './contacts.ts';
import { cost } from './cost.ts';
import { LateFeesInput, LateFeesRef } from './invoices.ts';
import { locatedNode } from './located-node.ts';
import { templateFields, templateInputFields, templateTargetArgs } from './templates.ts';

export const InvoiceTemplateRef = builder.objectRef<GhlInvoiceTemplate>('InvoiceTemplate');

const InvoicePaymentMethodsRef = builder.objectRef<NonNullable<GhlInvoiceTemplate['paymentMethods']>>('InvoicePaymentMethods').implement({
  description: 'How invoices may be paid.',
  fields: (t) => ({
    stripeBankDebitOnly: t.boolean({
      description: 'Through Stripe, by bank debit only (true) or by any method Stripe offers (false).',
      resolve: (methods) => methods.stripe?.enableBankDebitOnly ?? null,
    }),
  }),
});

const InvoicePaymentMethodsInput = builder.inputType('InvoicePaymentMethodsInput', {
  description: 'How invoices may be paid.',
  fields: (t) => ({
    stripeBankDebitOnly: t.boolean({ required: true, description: 'Through Stripe, by bank debit only (true) or by any method Stripe offers (false).' }),
  }),
});

locatedNode(InvoiceTemplateRef, {
  description: 'What a location starts its invoices from: lines, discount and texts.',
  loadInLocation: (key, ctx) => ctx.loaders.invoiceTemplate.load(key),
  ghlIdOf: (template) => template._id,
  locationIdOf: (template) => template.altId,
  locationId: { nullable: true, description: 'GHL id of the location it belongs to.' },
  location: { description: 'The location it belongs to.' },
  fields: (t) => ({
    ...templateFields(t, 'invoice'),
    invoiceNumberPrefix: t.exposeString('invoiceNumberPrefix', { description: 'Printed before the number of its invoices.' }),
    internal: t.exposeBoolean('internal', { description: 'Kept out of the location’s template picker.' }),
    lateFees: t.expose('lateFeesConfiguration', { type: LateFeesRef, nullable: true, description: 'Late fees its invoices get, where set.' }),
    paymentMethods: t.expose('paymentMethods', { type: InvoicePaymentMethodsRef, nullable: true, description: 'How its invoices may be paid, where set.' }),
  }),
});

const InvoiceTemplateInput = builder.inputType('InvoiceTemplateInput', {
  description: 'An invoice template as it is to be (GoHighLevel replaces the whole template on an edit).',
  fields: (t) => ({
    ...templateInputFields(t, 'invoice'),
    internal: t.boolean({ description: 'Keep it out of the location’s template picker.' }),
  }),
});

const InvoiceTemplatePayload = builder.objectRef<{ invoiceTemplate: GhlInvoiceTemplate }>('InvoiceTemplatePayload').implement({
  description: 'The invoice template after the change.',
  fields: (t) => ({ invoiceTemplate: t.expose('invoiceTemplate', { type: InvoiceTemplateRef, nullable: false, description: 'The template.' }) }),
});

const InvoiceTemplateConnection = connectionOf(InvoiceTemplateRef, { noun: 'invoice template' });

const locationArg = { description: 'Location id or GHL location id; defaults to the configured location.' };

builder.queryFields((t) => ({
  invoiceTemplate: t.field({
    type: InvoiceTemplateRef,
    description: 'One invoice template.',
    args: templateTargetArgs(t.arg, 'InvoiceTemplate'),
    extensions: { cost: cost.byId() },
    resolve: (_, args, ctx) => templates.getInvoiceTemplate(ctx, args.id, args.locationId),
  }),
  invoiceTemplates: t.connection({
    type: InvoiceTemplateRef,
    description: 'Invoice templates of a location, newest first.',
    args: { locationId: t.arg.id(locationArg), query: t.arg.string({ description: 'Matches the name.' }) },
    extensions: { cost: cost.listPage() },
    resolve: (_, args, ctx) => templates.listInvoiceTemplates(ctx, args),
  }, InvoiceTemplateConnection),
}));

builder.mutationFields((t) => {
  const target = () => templateTargetArgs(t.arg, 'InvoiceTemplate');
  const refOf = (args: { id: string; locationId?: string | null }, ctx: GatewayContext) => templates.invoiceTemplateRefOf(ctx, args.id, args.locationId);
  return {
    createInvoiceTemplate: t.field({
      type: InvoiceTemplatePayload,
      nullable: false,
      description: 'Create an invoice template.',
      args: { locationId: t.arg.id(locationArg), input: t.arg({ type: InvoiceTemplateInput, required: true, description: 'The template.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceTemplate: await templates.createInvoiceTemplate(ctx, args.locationId, args.input) }),
    }),
    updateInvoiceTemplate: t.field({
      type: InvoiceTemplatePayload,
      nullable: false,
      description: 'Replace an invoice template.',
      args: { ...target(), input: t.arg({ type: InvoiceTemplateInput, required: true, description: 'The template as it is to be.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceTemplate: await templates.updateInvoiceTemplate(ctx, refOf(args, ctx), args.input) }),
    }),
    updateInvoiceTemplateLateFees: t.field({
      type: InvoiceTemplatePayload,
      nullable: false,
      description: 'Set the late fees an invoice template gives its invoices.',
      args: { ...target(), input: t.arg({ type: LateFeesInput, required: true, description: 'The late fees.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({ invoiceTemplate: await templates.updateInvoiceTemplateLateFees(ctx, refOf(args, ctx), args.input) }),
    }),
    updateInvoiceTemplatePaymentMethods: t.field({
      type: InvoiceTemplatePayload,
      nullable: false,
      description: 'Set how an invoice template’s invoices may be paid.',
      args: { ...target(), input: t.arg({ type: InvoicePaymentMethodsInput, required: true, description: 'The payment methods.' }) },
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => ({
        invoiceTemplate: await templates.updateInvoiceTemplatePaymentMethods(ctx, refOf(args, ctx), args.input),
      }),
    }),
    deleteInvoiceTemplate: t.field({
      type: DeletePayload,
      nullable: false,
      description: 'Delete an invoice template.',
      args: target(),
      extensions: { cost: cost.perParent(1) },
      resolve: async (_, args, ctx) => {
        const ref = refOf(args, ctx);
        const { deletedGhlId } = await templates.deleteInvoiceTemplate(ctx, ref);
        return { deletedId: encodeGlobalID('InvoiceTemplate', `${ref.locationId}/${deletedGhlId}`), deletedGhlId };
      },
    }),
  };
});
