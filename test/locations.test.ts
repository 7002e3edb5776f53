/**
 * Locations end to end against the sandbox: the agency's search and location writes (agency token
 * passed through), time zones, tags, custom fields, custom values, and contacts' custom field
 * values resolved to their definitions with one list call per location.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { useStack, type GqlResponse } from './support/stack.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const stack = useStack();
let agencyToken: string;
let companyId: string;
/** Request options sending the agency token. */
const asAgency = { token: '' };
let hooks: WebhookReceiver;

beforeAll(async () => {
  [[companyId, agencyToken]] = Object.entries(stack.sandbox.tokens.agency) as [[string, string]];
  asAgency.token = agencyToken;
  hooks = await startWebhookReceiver();
  stack.sandbox.webhooks.urls = [hooks.url];
});
afterAll(() => hooks.close());
beforeEach(() => {
  stack.gateway.client.stats.reset();
  stack.sandbox.requests.clear();
  hooks.received.length = 0;
});

const codes = (r: GqlResponse<unknown>) => r.errors?.map((e) => e.extensions?.code);

describe('the agency’s locations', () => {
  it('searches the agency’s locations by name, page by page, with an agency token', async () => {
    const all = [...stack.sandbox.store.locations.values()].filter((l) => l.companyId === companyId).map((l) => l.name).sort();
    const first = await stack.gql(graphql(`query LocationsSearchFirst { locations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { ghlId name companyId } } } }`), {}, asAgency);
    expect(first.errors).toBeUndefined();
    expect(first.data.locations?.edges.map((e) => e.node.name)).toEqual(all.slice(0, 2));
    expect(first.data.locations?.edges[0]?.node.companyId).toBe(companyId);
    const rest = await stack.gqlUntyped(
      `query ($after: String) { locations(first: 2, after: $after, companyId: "${companyId}") { edges { node { name } } } }`,
      { after: first.data.locations?.pageInfo.endCursor },
      asAgency,
    );
    // The company is written into the document: text, read as the shape it selects.
    const { locations } = rest.data as { locations: { edges: { node: { name: string } }[] } };
    expect(locations.edges.map((e) => e.node.name)).toEqual(all.slice(2, 4));
    const searches = stack.sandbox.requests.entries.filter((e) => e.path === '/locations/search');
    expect(searches.map((e) => [e.path, e.query['skip'], e.query['limit']])).toEqual([
      ['/locations/search', '0', '2'],
      ['/locations/search', '2', '2'],
    ]);
  });

  it('reads fields the search summary lacks from the full location, once per location', async () => {
    const { data, errors } = await stack.gql(graphql(`query LocationsSearchFull { locations(first: 3) { edges { node { name domain business { name } } } } }`), {}, asAgency);
    expect(errors).toBeUndefined();
    for (const { node } of data.locations?.edges ?? []) expect(node.business?.name).toBe(node.name);
    expect(stack.gateway.client.stats.count('getLocation')).toBe(3);
  });

  it('creates a location with an agency token, and GHL sends LocationCreate', async () => {
    const { data, errors } = await stack.gql(
      graphql(`mutation LocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { id ghlId name city timezone companyId } } }`),
      {
        input: {
          companyId,
          name: 'New Client Business',
          city: 'Los Angeles',
          state: 'CA',
          country: 'US',
          timezone: 'America/Los_Angeles',
          phone: '+13105551234',
          prospect: { firstName: 'Ana', lastName: 'Diaz', email: 'ana@newclient.com' },
        },
      },
      asAgency,
    );
    expect(errors).toBeUndefined();
    const created = data.createLocation.location!;
    expect(created).toMatchObject({ name: 'New Client Business', city: 'Los Angeles', timezone: 'America/Los_Angeles', companyId });
    expect(stack.sandbox.store.locations.get(created.ghlId)?.email).toBe('ana@newclient.com');
    await stack.sandbox.webhooks.idle();
    expect(hooks.received).toMatchObject([{ type: 'LocationCreate', id: created.ghlId, companyId, name: 'New Client Business' }]);
  });

  it('updates a location, reading its company when the input leaves it out, and GHL sends LocationUpdate', async () => {
    const target = [...stack.sandbox.store.locations.values()].find((l) => l.id !== stack.locationId)!;
    const { data, errors } = await stack.gql(
      graphql(`mutation LocationsUpdate($id: ID!) { updateLocation(id: $id, input: { website: "https://updated-website.com", settings: { allowDuplicateContact: true } }) {
         location { ghlId website settings { allowDuplicateContact allowDuplicateOpportunity } } } }`),
      { id: target.id },
      asAgency,
    );
    expect(errors).toBeUndefined();
    expect(data.updateLocation.location).toMatchObject({ website: 'https://updated-website.com', settings: { allowDuplicateContact: true } });
    expect(stack.sandbox.store.locations.get(target.id)?.name).toBe(target.name);
    expect(stack.gateway.client.stats.count('getLocation')).toBe(1);
    await stack.sandbox.webhooks.idle();
    expect(hooks.received).toMatchObject([{ type: 'LocationUpdate', id: target.id, companyId }]);
  });

  it('tells a caller with a location token that creating a location needs an agency token', async () => {
    const before = stack.sandbox.store.locations.size;
    const response = await stack.gqlUntyped(`mutation { createLocation(input: { companyId: "${companyId}", name: "Nope" }) { location { ghlId } } }`);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0]!.message).toMatch(/agency access token/);
    expect(response.errors![0]!.message).not.toContain(stack.token);
    expect(stack.sandbox.store.locations.size).toBe(before);
  });

  it('refuses another agency’s company with FORBIDDEN', async () => {
    const response = await stack.gql(graphql(`query LocationsOtherCompany { locations(companyId: "someOtherCompany") { edges { node { ghlId } } } }`), {}, asAgency);
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });

  it('checks country and time zone before calling GHL', async () => {
    for (const input of [`country: "usa"`, `timezone: "Mars/Olympus_Mons"`]) {
      const response = await stack.gqlUntyped(`mutation { createLocation(input: { companyId: "${companyId}", name: "X", ${input} }) { location { ghlId } } }`, {}, asAgency);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });

  it('lists the time zones a location may use', async () => {
    const { data, errors } = await stack.gql(graphql(`query LocationsTimezones { timezones }`));
    expect(errors).toBeUndefined();
    expect(data.timezones).toContain('America/New_York');
    expect(stack.sandbox.requests.entries.map((e) => e.path)).toEqual([`/locations/${stack.locationId}/timezones`]);
  });
});

describe('tags', () => {
  it('lists, creates, renames and deletes a location’s tags; contacts follow a rename and a delete', async () => {
    const contact = stack.sandbox.store.contactsOfLocation(stack.locationId).find((c) => c.tags.length > 0)!;
    const tagName = contact.tags[0]!;
    const listed = await stack.gql(graphql(`query LocationsTags { location { tags { id ghlId name } } }`));
    expect(listed.errors).toBeUndefined();
    const tag = listed.data.location?.tags.find((t) => t.name === tagName);
    if (!tag) throw new Error(`the location lists no tag ${tagName}`);

    const created = await stack.gql(graphql(`mutation LocationsCreateTag { createLocationTag(name: "VIP Customer") { tag { id name locationId } } }`));
    expect(created.errors).toBeUndefined();
    expect(created.data.createLocationTag.tag).toMatchObject({ name: 'vip customer', locationId: stack.locationId });

    const renamed = await stack.gql(graphql(`mutation LocationsRenameTag($id: ID!) { updateLocationTag(id: $id, name: "renamed tag") { tag { id name } } }`), { id: tag.id });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateLocationTag.tag).toEqual({ id: tag.id, name: 'renamed tag' });
    expect(stack.sandbox.store.contacts.get(contact.id)?.tags).toContain('renamed tag');

    const deleted = await stack.gql(graphql(`mutation LocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId deletedGhlId } }`), { id: tag.id });
    expect(deleted.data.deleteLocationTag).toEqual({ deletedId: tag.id, deletedGhlId: tag.ghlId });
    expect(stack.sandbox.store.contacts.get(contact.id)?.tags).not.toContain('renamed tag');
    const after = await stack.gql(graphql(`query LocationsTagsAfter { location { tags { ghlId } } }`));
    expect(after.data.location?.tags.map((t) => t.ghlId)).not.toContain(tag.ghlId);
  });

  it('adds a tag the location lacks when a contact is created, updated or tagged with it, once, whatever its case', async () => {
    const tagNames = async () => {
      const { data, errors } = await stack.gql(graphql(`query LocationsTagNames { location { tags { name } } }`));
      expect(errors).toBeUndefined();
      return data.location?.tags.map((tag) => tag.name) ?? [];
    };
    // A tag the location holds in another spelling (GHL keeps what it was created as) is the same tag.
    stack.sandbox.store.locationTags.insert({ id: 'mixed-case-tag', name: 'Spring Promo', locationId: stack.locationId });
    const before = await tagNames();
    expect(before).not.toContain('from create');

    const created = await stack.gql(
      graphql(`mutation LocationsCreateTaggedContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId tags } } }`),
      { input: { firstName: 'Tagged', email: 'tagged.contact@example.com', tags: ['From Create', 'spring promo'] } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createContact.contact.ghlId;
    const updated = await stack.gql(graphql(`mutation LocationsUpdateContactTags($id: ID!) { updateContact(id: $id, input: { tags: ["from update"] }) { contact { tags } } }`), { id });
    expect(updated.errors).toBeUndefined();
    const tagged = await stack.gql(graphql(`mutation LocationsAddContactTags($id: ID!) { addContactTags(id: $id, tags: ["From Add", "FROM CREATE"]) { tags } }`), { id });
    expect(tagged.errors).toBeUndefined();

    const after = await tagNames();
    expect(after.filter((name) => !before.includes(name)).sort()).toEqual(['from add', 'from create', 'from update']);
    expect(after.filter((name) => name?.toLowerCase() === 'spring promo')).toEqual(['Spring Promo']);
  });

  it('reports a duplicate tag as bad input, and another location’s tags as forbidden', async () => {
    const [existing] = stack.sandbox.store.tagsOfLocation(stack.locationId);
    const duplicate = await stack.gql(graphql(`mutation LocationsDuplicateTag($name: String!) { createLocationTag(name: $name) { tag { id } } }`), { name: existing!.name });
    expect(codes(duplicate)).toEqual(['BAD_USER_INPUT']);
    const other = await stack.gql(graphql(`query LocationsOtherTags($id: ID!) { location(id: $id) { tags { id } } }`), { id: stack.otherLocationId });
    expect(codes(other)).toContain('FORBIDDEN');
  });
});

describe('custom fields', () => {
  it('resolves the custom field values of a page of contacts to their definitions with one list call', async () => {
    const { data, errors } = await stack.gql(graphql(`query LocationsContactCustomFields { contacts(first: 50) { edges { node { customFields { fieldId value field { ghlId name dataType fieldKey } } } } } }`));
    expect(errors).toBeUndefined();
    const values = data.contacts?.edges.flatMap((e) => e.node.customFields) ?? [];
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) {
      const definition = stack.sandbox.store.customFields.get(value.fieldId)!;
      expect(value.field).toEqual({ ghlId: definition.id, name: definition.name, dataType: definition.dataType, fieldKey: definition.fieldKey });
    }
    expect(stack.sandbox.requests.count({ method: 'GET', path: `/locations/${stack.locationId}/customFields` })).toBe(1);
  });

  it('creates, changes and deletes a custom field; a deleted field’s values go with it', async () => {
    const created = await stack.gql(
      graphql(`mutation LocationsCreateCustomField { createCustomField(input: { name: "Company Size", dataType: TEXT, placeholder: "Enter company size" }) {
         customField { id ghlId name fieldKey dataType placeholder model } } }`),
    );
    expect(created.errors).toBeUndefined();
    const field = created.data.createCustomField.customField;
    expect(field).toMatchObject({ name: 'Company Size', fieldKey: 'contact.company_size', dataType: 'TEXT', model: 'contact' });

    const updated = await stack.gql(graphql(`mutation LocationsUpdateCustomField($id: ID!) { updateCustomField(id: $id, input: { placeholder: "e.g., 1-50 employees" }) { customField { name placeholder } } }`), {
      id: field.id,
    });
    expect(updated.errors).toBeUndefined();
    // GHL's update requires the name: the current one was sent again.
    expect(updated.data.updateCustomField.customField).toEqual({ name: 'Company Size', placeholder: 'e.g., 1-50 employees' });

    const listed = await stack.gql(graphql(`query LocationsCustomFields { location { customFields(model: CONTACT) { ghlId } } }`));
    expect(listed.data.location?.customFields.map((f) => f.ghlId)).toContain(field.ghlId);

    const seeded = stack.sandbox.store.customFieldsOfLocation(stack.locationId).find((f) => f.id !== field.ghlId)!;
    const deleted = await stack.gql(graphql(`mutation LocationsDeleteCustomField($id: ID!, $loc: ID) { deleteCustomField(id: $id, locationId: $loc) { deletedGhlId } }`), {
      id: seeded.id,
      loc: stack.locationId,
    });
    expect(deleted.errors).toBeUndefined();
    expect(stack.sandbox.store.contactsOfLocation(stack.locationId).some((c) => c.customFields.some((v) => v.id === seeded.id))).toBe(false);
  });

  it('refuses an unknown data type before calling GHL', async () => {
    const response = await stack.gqlUntyped(`mutation ($type: CustomFieldDataType!) { createCustomField(input: { name: "X", dataType: $type }) { customField { id } } }`, {
      type: 'BLOB',
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(stack.sandbox.requests.entries).toHaveLength(0);
  });
});

describe('custom values', () => {
  it('creates, lists and changes a custom value; its merge tag follows its name', async () => {
    const created = await stack.gql(
      graphql(`mutation LocationsCreateCustomValue { createCustomValue(input: { name: "Support Email", value: "help@example.com" }) { customValue { id name fieldKey value } } }`),
    );
    expect(created.errors).toBeUndefined();
    const value = created.data.createCustomValue.customValue;
    expect(value).toMatchObject({ fieldKey: '{{ custom_values.support_email }}', value: 'help@example.com' });

    const updated = await stack.gql(graphql(`mutation LocationsUpdateCustomValue($id: ID!) { updateCustomValue(id: $id, input: { value: "support@example.com" }) { customValue { id name value } } }`), {
      id: value.id,
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCustomValue.customValue).toEqual({ id: value.id, name: 'Support Email', value: 'support@example.com' });

    const listed = await stack.gql(graphql(`query LocationsCustomValues { location { customValues { id value } } }`));
    expect(listed.data.location?.customValues).toContainEqual({ id: value.id, value: 'support@example.com' });
    const node = await stack.gql(graphql(`query LocationsCustomValueNode($id: ID!) { node(id: $id) { ... on CustomValue { name location { ghlId } } } }`), { id: value.id });
    expect(node.data.node).toEqual({ name: 'Support Email', location: { ghlId: stack.locationId } });
  });
});

describe('the sandbox, as GHL', () => {
  it('answers bad bodies with GHL’s 422 shape, and agency routes refuse a location token', async () => {
    const invalid = await ghlRest(stack.sandbox, stack.token, 'POST', `/locations/${stack.locationId}/customFields`, { name: '', dataType: 'BLOB', colour: 'red' });
    expect(invalid).toEqual({
      status: 422,
      body: {
        statusCode: 422,
        message: [
          'name should not be empty',
          expect.stringMatching(/^dataType must be one of the following values: TEXT, LARGE_TEXT, /),
          'property colour should not exist',
        ],
        error: 'Unprocessable Entity',
      },
    });
    const wrongToken = await ghlRest(stack.sandbox, stack.token, 'POST', '/locations/', { companyId, name: 'X' });
    expect(wrongToken.status).toBe(401);
    const agencyOnTags = await ghlRest(stack.sandbox, agencyToken, 'GET', `/locations/${stack.locationId}/tags`);
    expect(agencyOnTags.status).toBe(401);
  });
});
