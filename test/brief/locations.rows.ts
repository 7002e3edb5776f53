/**
 * The brief's Locations, Location Tags and Custom Fields examples, and the custom values of a
 * location. Agency-level examples (search, create, update) pass the sandbox's agency token.
 */
import { graphql } from '../generated/gql.ts';
import type { BriefContext, BriefRow } from './row.ts';

const agency = (b: BriefContext) => {
  const [[companyId, token]] = Object.entries(b.stack.sandbox.tokens.agency) as [[string, string]];
  return { companyId, options: { token } };
};

async function newTag(b: BriefContext): Promise<string> {
  const { createLocationTag } = await b.gql(graphql(`mutation BriefLocationsNewTag($name: String!) { createLocationTag(name: $name) { tag { id } } }`), { name: `Brief Tag ${Math.random()}` });
  return createLocationTag.tag.id;
}

async function newCustomField(b: BriefContext): Promise<string> {
  const { createCustomField } = await b.gql(
    graphql(`mutation BriefLocationsNewField($name: String!) { createCustomField(input: { name: $name, dataType: TEXT }) { customField { id } } }`),
    { name: `Brief Field ${Math.random()}` },
  );
  return createCustomField.customField.id;
}

export const rows: BriefRow[] = [
  {
    brief: 'GET /locations/ve9EPM428h8vShlRW1KT',
    operation: 'getLocation',
    run: (b) => b.gql(graphql(`query BriefLocationsGet { location { name address city state country postalCode website timezone email phone } }`)),
  },
  {
    brief: 'GET /locations/search',
    operation: 'searchLocations',
    run: (b) => {
      const { companyId, options } = agency(b);
      return b.gql(graphql(`query BriefLocationsSearch($c: ID!) { locations(companyId: $c, first: 50) { edges { node { ghlId name } } } }`), { c: companyId }, options);
    },
  },
  {
    brief: 'POST /locations/',
    operation: 'createLocation',
    run: (b) => {
      const { companyId, options } = agency(b);
      return b.gql(
        graphql(`mutation BriefLocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { ghlId } } }`),
        {
          input: {
            companyId,
            name: 'New Client Business',
            address: '456 Client Street',
            city: 'Los Angeles',
            state: 'CA',
            country: 'US',
            postalCode: '90001',
            timezone: 'America/Los_Angeles',
            phone: '+13105551234',
            prospect: { firstName: 'New', lastName: 'Client', email: 'info@newclient.com' },
          },
        },
        options,
      );
    },
  },
  {
    brief: 'PUT /locations/ve9EPM428h8vShlRW1KT',
    operation: 'updateLocation',
    run: (b) =>
      b.gql(
        graphql(`mutation BriefLocationsUpdate($id: ID!) { updateLocation(id: $id, input: { name: "Updated Business Name", website: "https://updated-website.com" }) { location { name } } }`),
        { id: b.stack.locationId },
        agency(b).options,
      ),
  },
  {
    brief: 'GET /locations/timezones',
    operation: 'getTimezones',
    briefDiffers: 'locations.json documents the time zones under a location: GET /locations/{locationId}/timezones',
    run: (b) => b.gql(graphql(`query BriefLocationsTimezones { timezones }`)),
  },
  {
    brief: 'GET /locations/ve9EPM428h8vShlRW1KT/tags',
    operation: 'listLocationTags',
    run: (b) => b.gql(graphql(`query BriefLocationsTags { location { tags { name } } }`)),
  },
  {
    brief: 'POST /locations/ve9EPM428h8vShlRW1KT/tags/',
    operation: 'createLocationTag',
    run: (b) => newTag(b),
  },
  {
    brief: 'PUT /locations/ve9EPM428h8vShlRW1KT/tags/tag123',
    operation: 'updateLocationTag',
    run: async (b) =>
      b.gql(graphql(`mutation BriefLocationsUpdateTag($id: ID!, $name: String!) { updateLocationTag(id: $id, name: $name) { tag { name } } }`), {
        id: await newTag(b),
        name: `Premium Customer ${Math.random()}`,
      }),
  },
  {
    brief: 'DELETE /locations/ve9EPM428h8vShlRW1KT/tags/tag123',
    operation: 'deleteLocationTag',
    run: async (b) => b.gql(graphql(`mutation BriefLocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId } }`), { id: await newTag(b) }),
  },
  {
    brief: 'GET /locations/ve9EPM428h8vShlRW1KT/customFields',
    operation: 'listCustomFields',
    run: (b) => b.gql(graphql(`query BriefLocationsCustomFields { location { customFields { name dataType fieldKey } } }`)),
  },
  {
    brief: 'POST /locations/ve9EPM428h8vShlRW1KT/customFields',
    operation: 'createCustomField',
    run: (b) => newCustomField(b),
  },
  {
    brief: 'PUT /locations/ve9EPM428h8vShlRW1KT/customFields/field123',
    operation: 'updateCustomField',
    run: async (b) =>
      b.gql(graphql(`mutation BriefLocationsUpdateField($id: ID!) { updateCustomField(id: $id, input: { placeholder: "e.g., 1-50 employees" }) { customField { name } } }`), {
        id: await newCustomField(b),
      }),
  },
  {
    brief: 'DELETE /locations/ve9EPM428h8vShlRW1KT/customFields/field123',
    operation: 'deleteCustomField',
    run: async (b) => b.gql(graphql(`mutation BriefLocationsDeleteField($id: ID!) { deleteCustomField(id: $id) { deletedId } }`), { id: await newCustomField(b) }),
  },
  {
    brief: 'GET /locations/ve9EPM428h8vShlRW1KT/customValues',
    operation: 'listCustomValues',
    run: (b) => b.gql(graphql(`query BriefLocationsCustomValues { location { customValues { name value fieldKey } } }`)),
  },
  {
    brief: 'POST /locations/ve9EPM428h8vShlRW1KT/customValues',
    operation: 'createCustomValue',
    run: (b) => b.gql(graphql(`mutation BriefLocationsCreateValue($name: String!) { createCustomValue(input: { name: $name, value: "x" }) { customValue { id } } }`), { name: `Brief Value ${Math.random()}` }),
  },
  {
    brief: 'PUT /locations/ve9EPM428h8vShlRW1KT/customValues/value123',
    operation: 'updateCustomValue',
    run: async (b) => {
      const { location } = await b.gql(graphql(`query BriefLocationsCustomValueIds { location { customValues { id } } }`));
      return b.gql(graphql(`mutation BriefLocationsUpdateValue($id: ID!) { updateCustomValue(id: $id, input: { value: "changed" }) { customValue { value } } }`), {
        id: location!.customValues[0]!.id,
      });
    },
  },
];
