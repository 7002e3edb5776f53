/**
 * One connection type per node type (docs/schema-guide.md, Lists): every field that lists a type
 * returns that type's `XConnection` of `XEdge`s, whichever type the field hangs on, so one client
 * fragment serves every list of it.
 */
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

/** The connection a field returns, with its edge and node types; undefined for any other field. */
function connectionOf(type: GraphQLObjectType, field: string) {
  const connection = getNamedType(type.getFields()[field]!.type);
  if (!isObjectType(connection) || !connection.getFields()['pageInfo']) return undefined;
  const edge = getNamedType(connection.getFields()['edges']!.type);
  if (!isObjectType(edge)) return undefined;
  return { connection: connection.name, edge: edge.name, node: getNamedType(edge.getFields()['node']!.type).name };
}

it('every list of a type pages through that type’s one connection and edge', () => {
  const lists = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.keys(type.getFields()).map((field) => ({ field: `${type.name}.${field}`, ...connectionOf(type, field) })))
    .filter((list) => list.connection !== undefined);

  // Contacts are listed on Query and on Location (also through GHL's deprecated list), and by business: all through ContactConnection.
  expect(lists.filter((list) => list.node === 'Contact').map(({ field, connection }) => `${field}: ${connection}`).sort()).toEqual([
    'Location.contacts: ContactConnection',
    'Location.contactsList: ContactConnection',
    'Query.businessContacts: ContactConnection',
    'Query.contacts: ContactConnection',
  ]);
  expect(lists.length).toBeGreaterThan(30);
  const misnamed = lists.filter(({ connection, edge, node }) => connection !== `${node}Connection` || edge !== `${node}Edge`);
  expect(misnamed.map(({ field, connection, edge }) => `${field}: ${connection} of ${edge}`)).toEqual([]);
});
