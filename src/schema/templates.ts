/**
 * The GraphQL fields invoice templates and estimate templates declare alike: the template's own
 * fields, its input's fields, and the arguments that name one. The descriptions differ only in the
 * noun ("invoice" or "estimate"), which each kind passes; what only one kind has stays in its file.
 */
import type { ArgBuilder, InputFieldBuilder, ObjectFieldBuilder } from '@pothos/core';
import type { GhlInvoiceDocument } from '../ghl/api/invoices.ts';
import { dateOf } from '../resolvers/dates.ts';
import type { BuilderTypes } from './builder.ts';
import { InvoiceDiscountInput, InvoiceDiscountRef, InvoiceItemInput, InvoiceItemRef } from './invoices.ts';

type Noun = 'invoice' | 'estimate';

/** Each field reads its key: Pothos' expose cannot name a key of a generic shape (the schema is the same). */
export function templateFields<Shape extends GhlInvoiceDocument>(t: ObjectFieldBuilder<BuilderTypes, Shape>, noun: Noun) {
  return {
    name: t.string({ description: 'Name of the template.', resolve: (template) => template.name }),
    title: t.string({ description: `Title printed on its ${noun}s.`, resolve: (template) => template.title }),
    currency: t.string({ description: 'Currency code.', resolve: (template) => template.currency }),
    items: t.field({ type: [InvoiceItemRef], nullable: false, description: 'The lines.', resolve: (template) => template.items ?? [] }),
    discount: t.field({ type: InvoiceDiscountRef, description: `Discount on the whole ${noun}.`, resolve: (template) => template.discount }),
    total: t.float({ description: `Total of an ${noun} made from it.`, resolve: (template) => template.total }),
    termsNotes: t.string({ description: 'Terms and notes (HTML).', resolve: (template) => template.termsNotes }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (template) => dateOf(template.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (template) => dateOf(template.updatedAt) }),
  };
}

export function templateInputFields(t: InputFieldBuilder<BuilderTypes, 'InputObject'>, noun: Noun) {
  return {
    name: t.string({ required: true, description: 'Name of the template.' }),
    title: t.string({ description: `Title printed on its ${noun}s.` }),
    currency: t.string({ required: true, description: 'ISO 4217 currency code, e.g. "USD".' }),
    items: t.field({ type: [InvoiceItemInput], required: true, description: 'The lines; at least one.' }),
    discount: t.field({ type: InvoiceDiscountInput, description: `Discount on the whole ${noun}; none when left out.` }),
    termsNotes: t.string({ description: 'Terms and notes (HTML allowed).' }),
  };
}

/** The arguments that name one template; fresh per call, as Pothos binds an argument to its field. */
export function templateTargetArgs(arg: ArgBuilder<BuilderTypes>, typename: 'InvoiceTemplate' | 'EstimateTemplate') {
  return {
    id: arg.id({ required: true, description: `${typename} id or GHL template id.` }),
    locationId: arg.id({ description: 'Its location, for a GHL template id; defaults to the configured location.' }),
  };
}
