/**
 * The one Pothos builder. Domain files (contacts.ts, locations.ts, ...) add their types to it;
 * index.ts imports them all and builds the schema.
 *
 * Fields stay nullable (Pothos's default) unless declared otherwise: GHL records are sparse, and
 * one odd record should cost one null, not the whole list.
 */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONObjectResolver,
  JSONResolver,
  PhoneNumberResolver,
  URLResolver,
} from 'graphql-scalars';
import type { GatewayContext } from '../context.ts';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: {
    // graphql-js parses every ID input to a string, whatever the client sent.
    ID: { Input: string; Output: string };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    EmailAddress: { Input: string; Output: string };
    PhoneNumber: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    URL: { Input: URL; Output: string };
  };
  Connection: { totalCount?: number | null };
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any entity by its global `id`.' },
    nodesQueryOptions: { description: 'Entities by their global `id`s, in the order given.' },
    // Ids and connections are always there, even when the data behind them is not.
    nodeFieldOptions: { nullable: false },
    edgesFieldOptions: { nullable: { list: false, items: false } },
    idFieldOptions: { description: 'Global id, for `node(id:)` and client caches.' },
  },
});

builder.addScalarType('Date', DateResolver);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('PhoneNumber', PhoneNumberResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('URL', URLResolver);

builder.queryType({ description: 'Reads from GoHighLevel.' });
builder.mutationType({ description: 'Writes to GoHighLevel.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, where GoHighLevel reports it.',
    resolve: (connection) => connection.totalCount ?? null,
  }),
);
