/**
 * The one Pothos builder. Domain files (contacts.ts, locations.ts, ...) add their types to it;
 * index.ts imports them all and builds the schema.
 *
 * Fields stay nullable (Pothos's default) unless declared otherwise: GHL records are sparse, and
 * one odd record should cost one null, not the whole list.
 */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLScalarType } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONObjectResolver,
  JSONResolver,
  URLResolver,
} from 'graphql-scalars';
import type { GatewayContext } from '../context.ts';
import { cost } from './cost.ts';
import { PhoneNumberScalar } from './phone-number.ts';
import ForwardOnlyPlugin, { backwardPagination } from './forward-only.ts';
import type { UploadedFile } from '../resolvers/uploads.ts';

// graphql-scalars' DateTime serialises to a Date, which JSON.stringify writes through Date's toJSON,
// off V8's fast path: on an inbox of 200 messages, two thirds of the time spent serialising the
// answer. The same ISO string, written here. A number is made a Date first: graphql-scalars would
// make it one unchecked, and a Date is checked.
const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => (DateTimeResolver.serialize(typeof value === 'number' ? new Date(value) : value) as Date).toISOString(),
});

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
    File: { Input: UploadedFile; Output: never };
  };
  Connection: { totalCount?: number | null };
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, ForwardOnlyPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Any entity by its global `id`.',
      extensions: { cost: cost.byId() },
      args: { id: { description: 'A global `id`, as any entity’s `id` field gives it.' } },
    },
    nodesQueryOptions: {
      description: 'Entities by their global `id`s, in the order given.',
      extensions: { cost: cost.byIds('ids') },
      args: { ids: { description: 'Global `id`s, as entities’ `id` fields give them.' } },
    },
    nodeTypeOptions: { description: 'An entity with a global `id`, readable again through `node(id:)`.' },
    // Ids and connections are always there, even when the data behind them is not.
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items on this page, in order.' },
    idFieldOptions: { description: 'Global id, for `node(id:)` and client caches.' },
    cursorFieldOptions: { description: 'Where this item is in the list: pass it as `after` to read the items after it.' },
    pageInfoFieldOptions: { description: 'Where this page is in the whole list.' },
    pageInfoTypeOptions: { description: 'Where a page is in its list, and the cursors to read on from it.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Items come before this page (it was read with `after`).' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item on this page: pass it as `after` for the next page.' },
    firstArgOptions: { description: 'How many items to read, 1 to 100; 20 when omitted.' },
    afterArgOptions: { description: 'Read the items after this cursor (an `endCursor` or edge `cursor` of this list).' },
    // GHL's lists only page forward: the forwardOnly plugin leaves these two out of the schema.
    lastArgOptions: { extensions: backwardPagination },
    beforeArgOptions: { extensions: backwardPagination },
  },
});

builder.addScalarType('Date', DateResolver);
builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('PhoneNumber', PhoneNumberScalar);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('URL', URLResolver);
builder.scalarType('File', {
  description: 'A file uploaded with the request, as the GraphQL multipart request spec sends it. Input only.',
  serialize: () => {
    throw new TypeError('File is an input-only scalar');
  },
  parseValue: (value) => {
    const file = value as Partial<UploadedFile> | null;
    // Yoga puts a File where the multipart map points; anything else was not sent as a file part.
    if (typeof file?.name !== 'string' || typeof file.size !== 'number' || typeof file.arrayBuffer !== 'function') {
      throw new TypeError('File must be sent as a file part of a multipart request');
    }
    return file as UploadedFile;
  },
});

builder.queryType({ description: 'Reads from GoHighLevel.' });
builder.mutationType({ description: 'Writes to GoHighLevel.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, where GoHighLevel reports it.',
    resolve: (connection) => connection.totalCount ?? null,
  }),
);

/** The builder's resolved types, for helpers that build arguments outside a field. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
