/**
 * The associations API (associations.json): which kinds of records may be linked (an association,
 * e.g. contact to `custom_objects.pets`), and the links between two records under one (relations).
 */
import { define, fromSpec } from '../operation.ts';

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
    ...fromSpec('associationsFindAssociations'),
    location: { in: 'query', name: 'locationId' },
  }),
  listAssociationsOfObject: define<{ associations: GhlAssociation[] }>()({
    lists: { associations: 'records' },
    ...fromSpec('associationsGetAssociationByObjectKeys'),
    location: { in: 'query', name: 'locationId', optional: true },
  }),
  getAssociation: define<GhlAssociation>()({
    ...fromSpec('associationsGetAssociationByID'),
    location: 'none',
  }),
  getAssociationByKey: define<GhlAssociation>()({
    ...fromSpec('associationsGetAssociationKeyByKeyName'),
    location: { in: 'query', name: 'locationId' },
  }),
  createAssociation: define<GhlAssociation>()({
    ...fromSpec('associationsCreateAssociation'),
    location: { in: 'body', name: 'locationId' },
  }),
  updateAssociation: define<GhlAssociation>()({
    ...fromSpec('associationsUpdateAssociation'),
    location: 'none',
  }),
  deleteAssociation: define<{ deleted: boolean; id: string; message?: string }>()({
    ...fromSpec('associationsDeleteAssociation'),
    location: 'none',
  }),
  listRelations: define<{ relations: GhlRelation[]; total?: number }>()({
    lists: { relations: 'records' },
    ...fromSpec('associationsGetRelationsByRecordId'),
    location: { in: 'query', name: 'locationId' },
  }),
  createRelation: define<GhlRelation>()({
    ...fromSpec('associationsCreateRelation'),
    location: { in: 'body', name: 'locationId' },
  }),
  deleteRelation: define<GhlRelation>()({
    ...fromSpec('associationsDeleteRelation'),
    location: { in: 'query', name: 'locationId' },
  }),
};
