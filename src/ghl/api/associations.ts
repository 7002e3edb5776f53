/**
 * The associations API (associations.json): which kinds of records may be linked (an association,
 * e.g. contact to `custom_objects.pets`), and the links between two records under one (relations).
 */
import { define, V2021_07_28 } from '../operation.ts';

/** GetPostSuccessfulResponseDto: the file declares the labels and keys as objects; GHL sends strings. */
export interface GhlAssociation {
  id: string;
  locationId?: string | null;
  key: string;
  firstObjectLabel?: string | null;
  firstObjectKey: string;
  secondObjectLabel?: string | null;
  secondObjectKey: string;
  associationType?: string | null;
}

/**
 * A link between two records (the RelationCreate webhook's fields). The file declares every
 * relations answer as one association (GetPostSuccessfulResponseDto); GHL answers a record's
 * relations as `{ relations, total }`, and a created or deleted relation as the relation.
 */
export interface GhlRelation {
  id: string;
  associationId: string;
  firstRecordId: string;
  secondRecordId: string;
  firstObjectKey?: string | null;
  secondObjectKey?: string | null;
  locationId?: string | null;
}

export const associationOperations = {
  // The file declares one association as the answer of each list; GHL answers with the list.
  listAssociations: define<{ associations: GhlAssociation[]; total?: number }>()({
    lists: { associations: 'records' },
    spec: 'associations', operationId: 'find-associations', method: 'GET', path: '/associations/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  listAssociationsOfObject: define<{ associations: GhlAssociation[] }>()({
    lists: { associations: 'records' },
    spec: 'associations', operationId: 'get-association-by-object-keys', method: 'GET', path: '/associations/objectKey/{objectKey}',
    version: V2021_07_28,
    location: { in: 'query', name: 'locationId', optional: true },
  }),
  getAssociation: define<GhlAssociation>()({
    spec: 'associations', operationId: 'get-association-by-ID', method: 'GET', path: '/associations/{associationId}', version: V2021_07_28,
    location: 'none',
  }),
  getAssociationByKey: define<GhlAssociation>()({
    spec: 'associations', operationId: 'get-association-key-by-key-name', method: 'GET', path: '/associations/key/{key_name}',
    version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  createAssociation: define<GhlAssociation>()({
    spec: 'associations', operationId: 'create-association', method: 'POST', path: '/associations/', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  updateAssociation: define<GhlAssociation>()({
    spec: 'associations', operationId: 'update-association', method: 'PUT', path: '/associations/{associationId}', version: V2021_07_28,
    location: 'none',
  }),
  deleteAssociation: define<{ deleted: boolean; id: string; message?: string }>()({
    spec: 'associations', operationId: 'delete-association', method: 'DELETE', path: '/associations/{associationId}', version: V2021_07_28,
    location: 'none',
  }),
  listRelations: define<{ relations: GhlRelation[]; total?: number }>()({
    lists: { relations: 'records' },
    spec: 'associations', operationId: 'get-relations-by-record-id', method: 'GET', path: '/associations/relations/{recordId}',
    version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  createRelation: define<GhlRelation>()({
    spec: 'associations', operationId: 'create-relation', method: 'POST', path: '/associations/relations', version: V2021_07_28,
    location: { in: 'body', name: 'locationId' },
  }),
  deleteRelation: define<GhlRelation>()({
    spec: 'associations', operationId: 'delete-relation', method: 'DELETE', path: '/associations/relations/{relationId}', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
};
