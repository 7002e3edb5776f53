/**
 * Invoice templates end to end: the gateway over loopback HTTP to the sandbox, answers checked
 * against the sandbox's store, every REST call checked against GHL's file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import type { InvoiceTemplateInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
beforeEach(() => stack.sandbox.requests.clear());

const ofLocation = () => stack.sandbox.store.invoiceTemplatesOfLocation(stack.locationId);
const expectCallsMatchFile = () => expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);
const newTemplate = (fields: Partial<InvoiceTemplateInput> = {}): InvoiceTemplateInput => ({
  name: 'Consulting day',
  currency: 'USD',
  items: [{ name: 'Consulting', qty: 8, amount: 120 }],
  discount: { type: 'FIXED', value: 60 },
  ...fields,
});
const CREATE = graphql(`
  mutation InvoiceTemplatesCreate($input: InvoiceTemplateInput!) {
    createInvoiceTemplate(input: $input) { invoiceTemplate { id ghlId name total currency items { name qty amount } discount { type value } } }
  }
`);

describe('invoice templates', () => {
  it('lists a location’s templates with GHL’s total, and reads one by id and through node(id)', async () => {
    const stored = [...ofLocation()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const { data, errors } = await stack.gql(graphql(`query InvoiceTemplatesList { invoiceTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }`));
    expect(errors).toBeUndefined();
    expect(data.invoiceTemplates!.totalCount).toBe(stored.length);
    expect(data.invoiceTemplates!.edges.map(({ node: { ghlId, name, total } }) => ({ ghlId, name, total }))).toEqual(
      stored.map((t) => ({ ghlId: t.id, name: t.name, total: t.total })),
    );
    const first = data.invoiceTemplates!.edges[0]!.node;
    stack.sandbox.requests.clear();
    const one = await stack.gql(
      graphql(`query InvoiceTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on InvoiceTemplate { name } } byGhlId: invoiceTemplate(id: $ghlId) { name } }`),
      { id: first.id, ghlId: first.ghlId },
    );
    expect(one.data).toEqual({ byNode: { name: first.name }, byGhlId: { name: first.name } });
    // Both name the same template: one call.
    expect(stack.sandbox.requests.entries).toHaveLength(1);
    expectCallsMatchFile();
  });

  it('creates, replaces and deletes a template, as the sandbox stores it', async () => {
    const { data, errors } = await stack.gql(CREATE, { input: newTemplate() });
    expect(errors).toBeUndefined();
    const template = data.createInvoiceTemplate.invoiceTemplate;
    expect(template).toMatchObject({ name: 'Consulting day', total: 900, currency: 'USD', items: [{ name: 'Consulting', qty: 8, amount: 120 }], discount: { type: 'fixed', value: 60 } });
    expect(stack.sandbox.store.invoiceTemplates.get(template.ghlId)).toMatchObject({ name: 'Consulting day', total: 900, altId: stack.locationId });

    const updated = await stack.gql(
      graphql(`mutation InvoiceTemplatesUpdate($id: ID!, $input: InvoiceTemplateInput!) { updateInvoiceTemplate(id: $id, input: $input) { invoiceTemplate { ghlId name total } } }`),
      { id: template.id, input: newTemplate({ name: 'Consulting half day', items: [{ name: 'Consulting', qty: 4, amount: 120 }], discount: null }) },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateInvoiceTemplate.invoiceTemplate).toEqual({ ghlId: template.ghlId, name: 'Consulting half day', total: 480 });
    expect(stack.sandbox.store.invoiceTemplates.get(template.ghlId)).toMatchObject({ name: 'Consulting half day', total: 480 });

    const deleted = await stack.gql(graphql(`mutation InvoiceTemplatesDelete($id: ID!) { deleteInvoiceTemplate(id: $id) { deletedId deletedGhlId } }`), { id: template.id });
    expect(deleted.data.deleteInvoiceTemplate).toEqual({ deletedId: template.id, deletedGhlId: template.ghlId });
    expect(stack.sandbox.store.invoiceTemplates.get(template.ghlId)).toBeUndefined();
    expectCallsMatchFile();
  });

  it('refuses bad input before any call', async () => {
    const refusals: Partial<InvoiceTemplateInput>[] = [{ name: ' ' }, { items: [] }, { currency: 'US' }, { discount: { type: 'PERCENTAGE', value: 101 } }];
    for (const fields of refusals) expectError(await stack.gql(CREATE, { input: newTemplate(fields) }), 'BAD_USER_INPUT', ['createInvoiceTemplate']);
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});
