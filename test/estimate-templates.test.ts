/**
 * Estimate templates end to end: the gateway over loopback HTTP to the sandbox, answers checked
 * against the sandbox's store, every REST call checked against GHL's file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpecOperationName } from '../src/ghl/generated/catalog.ts';
import { graphql } from './generated/gql.ts';
import type { EstimateTemplateInput } from './generated/graphql.ts';
import { expectError } from './support/expect-error.ts';
import { checkCalls } from './support/spec-check.ts';
import { useStack } from './support/stack.ts';

const stack = useStack();
const sent = new Set<SpecOperationName>();
beforeEach(() => stack.sandbox.requests.clear());
afterEach(() => {
  for (const name of checkCalls(stack.sandbox.requests.entries).seen) sent.add(name);
  expect(checkCalls(stack.sandbox.requests.entries).problems).toEqual([]);
});

const ofLocation = () => [...stack.sandbox.store.estimateTemplatesOfLocation(stack.locationId)].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
const newTemplate = (fields: Partial<EstimateTemplateInput> = {}): EstimateTemplateInput => ({
  name: 'Kitchen remodel',
  currency: 'USD',
  items: [{ name: 'Cabinets', qty: 4, amount: 250 }],
  discount: { type: 'FIXED', value: 100 },
  ...fields,
});
const CREATE = graphql(`
  mutation EstimateTemplatesCreate($input: EstimateTemplateInput!) {
    createEstimateTemplate(input: $input) { estimateTemplate { id ghlId name total currency liveMode estimateNumberPrefix items { name qty amount } discount { type value } } }
  }
`);

describe('estimate templates', () => {
  it('lists a location’s templates as the sandbox stores them, and reads one by id and through node(id) in one call', async () => {
    const stored = ofLocation();
    expect(stored.length).toBeGreaterThan(0);
    const { data, errors } = await stack.gql(graphql(`query EstimateTemplatesList { estimateTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }`));
    expect(errors).toBeUndefined();
    expect(data.estimateTemplates!.totalCount).toBe(stored.length);
    expect(data.estimateTemplates!.edges.map(({ node: { ghlId, name, total } }) => ({ ghlId, name, total }))).toEqual(
      stored.map((t) => ({ ghlId: t.id, name: t.name, total: t.total })),
    );
    const first = data.estimateTemplates!.edges[0]!.node;
    stack.sandbox.requests.clear();
    const one = await stack.gql(
      graphql(`query EstimateTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on EstimateTemplate { name } } byGhlId: estimateTemplate(id: $ghlId) { name items { name } } }`),
      { id: first.id, ghlId: first.ghlId },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual({ byNode: { name: first.name }, byGhlId: { name: first.name, items: stack.sandbox.store.estimateTemplates.get(first.ghlId)!.items.map(({ name }) => ({ name })) } });
    // Both name the same template: one call, GHL's preview.
    expect(stack.sandbox.requests.entries.map((call) => call.path)).toEqual(['/invoices/estimate/template/preview']);
  });

  it('reaches the templates from their location, and their location from them, with one read of each', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query EstimateTemplatesOfLocation { location { ghlId estimateTemplates(first: 50) { totalCount edges { node { ghlId location { ghlId name } } } } } }`),
    );
    expect(errors).toBeUndefined();
    const templates = data.location!.estimateTemplates!.edges.map(({ node }) => node);
    expect(templates.map((t) => t.ghlId)).toEqual(ofLocation().map((t) => t.id));
    expect(new Set(templates.map((t) => t.location?.ghlId))).toEqual(new Set([stack.locationId]));
    const paths = stack.sandbox.requests.entries.map((call) => call.path);
    expect(paths.filter((path) => path === '/invoices/estimate/template')).toHaveLength(1);
    expect(paths.filter((path) => path === `/locations/${stack.locationId}`)).toHaveLength(1);
    expect(paths).toHaveLength(2);
  });

  it('creates, replaces and deletes a template, as the sandbox stores it', async () => {
    const { data, errors } = await stack.gql(CREATE, { input: newTemplate() });
    expect(errors).toBeUndefined();
    const template = data.createEstimateTemplate.estimateTemplate;
    expect(template).toMatchObject({
      name: 'Kitchen remodel',
      total: 900,
      currency: 'USD',
      liveMode: true,
      estimateNumberPrefix: 'EST-',
      items: [{ name: 'Cabinets', qty: 4, amount: 250 }],
      discount: { type: 'fixed', value: 100 },
    });
    expect(stack.sandbox.store.estimateTemplates.get(template.ghlId)).toMatchObject({ name: 'Kitchen remodel', total: 900, altId: stack.locationId });

    const updated = await stack.gql(
      graphql(`mutation EstimateTemplatesUpdate($id: ID!, $input: EstimateTemplateInput!) { updateEstimateTemplate(id: $id, input: $input) { estimateTemplate { ghlId name total liveMode } } }`),
      { id: template.id, input: newTemplate({ name: 'Bathroom remodel', items: [{ name: 'Tiles', qty: 10, amount: 30 }], discount: null, liveMode: false }) },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateEstimateTemplate.estimateTemplate).toEqual({ ghlId: template.ghlId, name: 'Bathroom remodel', total: 300, liveMode: false });
    // The edit is what a read by id sees, in a new request.
    const read = await stack.gql(graphql(`query EstimateTemplatesReadBack($id: ID!) { estimateTemplate(id: $id) { name total } }`), { id: template.id });
    expect(read.data.estimateTemplate).toEqual({ name: 'Bathroom remodel', total: 300 });

    const deleted = await stack.gql(graphql(`mutation EstimateTemplatesDelete($id: ID!) { deleteEstimateTemplate(id: $id) { deletedId deletedGhlId } }`), { id: template.id });
    expect(deleted.data.deleteEstimateTemplate).toEqual({ deletedId: template.id, deletedGhlId: template.ghlId });
    expect(stack.sandbox.store.estimateTemplates.get(template.ghlId)).toBeUndefined();
    expectError(await stack.gql(graphql(`query EstimateTemplatesGone($id: ID!) { estimateTemplate(id: $id) { name } }`), { id: template.id }), 'NOT_FOUND');
  });

  it('refuses bad input before any call', async () => {
    const refusals: Partial<EstimateTemplateInput>[] = [{ name: ' ' }, { items: [] }, { currency: 'US' }, { discount: { type: 'PERCENTAGE', value: 101 } }];
    for (const fields of refusals) expectError(await stack.gql(CREATE, { input: newTemplate(fields) }), 'BAD_USER_INPUT', ['createEstimateTemplate']);
    expectError(await stack.gql(graphql(`query EstimateTemplatesBlankId { estimateTemplate(id: " ") { name } }`)), 'BAD_USER_INPUT');
    expect(stack.sandbox.requests.entries).toEqual([]);
  });
});

it('sends every call of this file as GHL’s official file declares it', () => {
  expect([...sent]).toEqual(
    expect.arrayContaining([
      'invoicesListEstimateTemplates',
      'invoicesPreviewEstimateTemplate',
      'invoicesCreateEstimateTemplate',
      'invoicesUpdateEstimateTemplate',
      'invoicesDeleteEstimateTemplate',
    ]),
  );
});
