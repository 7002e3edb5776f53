/**
 * Text to pay: one step that writes an invoice for a contact (or rewrites a draft) and sends it
 * at once, answering the link the contact pays at. The invoice is the one the invoices domain reads.
 */
import type { GhlInvoice } from '../ghl/api/invoices.ts';
import * as invoices from '../resolvers/invoices.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { CreateInvoiceInput, InvoiceRef } from './invoices.ts';

const TextToPayInvoiceInput = builder.inputType('TextToPayInvoiceInput', {
  description: 'An invoice to write and send in one step.',
  fields: (t) => ({
    invoice: t.field({ type: CreateInvoiceInput, required: true, description: 'The invoice, as createInvoice takes it.' }),
    userId: t.id({ required: true, description: 'The user sending it (User id or GHL user id).' }),
    send: t.boolean({ required: true, defaultValue: true, description: 'Send it at once (default), or keep it a draft.' }),
    replacesInvoiceId: t.id({ description: 'A draft invoice it rewrites (Invoice id or GHL invoice id), keeping its number; a new invoice when left out.' }),
  }),
});

const TextToPayInvoicePayload = builder.objectRef<{ invoice: GhlInvoice; invoiceUrl: string | null }>('TextToPayInvoicePayload').implement({
  description: 'The invoice written (and sent), and where the contact pays it.',
  fields: (t) => ({
    invoice: t.expose('invoice', { type: InvoiceRef, nullable: false, description: 'The invoice.' }),
    invoiceUrl: t.exposeString('invoiceUrl', { nullable: true, description: 'The link the contact opens to see and pay it, where GHL gives one.' }),
  }),
});

builder.mutationField('textToPayInvoice', (t) =>
  t.field({
    type: TextToPayInvoicePayload,
    nullable: false,
    description: 'Write an invoice for a contact (or rewrite a draft) and send it at once: GoHighLevel’s text to pay.',
    args: { input: t.arg({ type: TextToPayInvoiceInput, required: true, description: 'The invoice and how it goes.' }) },
    extensions: { cost: cost.perParent(2) },
    resolve: (_, { input }, ctx) =>
      invoices.textToPayInvoice(
        ctx,
        {
          ...input.invoice,
          locationId: input.invoice.locationId ?? null,
          items: input.invoice.items.map((item) => ({ ...item, productId: item.productId ?? null, priceId: item.priceId ?? null })),
        },
        { userId: input.userId, send: input.send, replacesInvoiceId: input.replacesInvoiceId },
      ),
  }),
);
