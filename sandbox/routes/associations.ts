/**
 * Associations (associations.json, Version 2021-07-28): which kinds of records a location links
 * (contact, opportunity, a custom object), and the relations linking two records under one.
 * The file declares every answer as one association; the lists answer `{ associations, total }`
 * and `{ relations, total }`, as GHL does. Writes send the Association and Relation webhooks.
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import type { Association } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { associationEvent, relationEvent } from '../webhooks/custom-object-events.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';
import { skipLimit } from './submissions.ts';

const ASSOCIATIONS = { versions: V2021_07_28, tokens: 'location' } as const;

export const associationRoutes: Route[] = [
  route('GET', '/associations/', ASSOCIATIONS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const { skip, limit } = skipLimit(v);
    v.check();
    requireLocation(store, principal, locationId);
    const all = store.associationsOfLocation(locationId);
    return ok({ associations: all.slice(skip, skip + limit), total: all.length });
  }),
  route('GET', '/associations/objectKey/{objectKey}', ASSOCIATIONS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId') ?? (principal.kind === 'location' ? principal.locationId : undefined);
    v.check();
    if (!locationId) throw ghlErrors.unprocessable(['locationId should not be empty']);
    requireLocation(store, principal, locationId);
    const associations = store
      .associationsOfLocation(locationId)
      .filter((association) => association.firstObjectKey === params.objectKey || association.secondObjectKey === params.objectKey);
    return ok({ associations });
  }),
  route('GET', '/associations/key/{key_name}', ASSOCIATIONS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const association = store.associationsOfLocation(locationId).find((candidate) => candidate.key === params.key_name);
    if (!association) throw ghlErrors.notFound('Association');
    return ok(association);
  }),
  route('GET', '/associations/{associationId}', ASSOCIATIONS, (context) => ok(requireAssociation(context))),
  route('POST', '/associations/', ASSOCIATIONS, ({ store, principal, body, emit }) => {
    const v = Validator.body(body);
    const fields = {
      locationId: v.string('locationId', { required: true }),
      key: v.string('key', { required: true }),
      firstObjectLabel: v.string('firstObjectLabel', { required: true }),
      firstObjectKey: v.string('firstObjectKey', { required: true }),
      secondObjectLabel: v.string('secondObjectLabel', { required: true }),
      secondObjectKey: v.string('secondObjectKey', { required: true }),
    };
    v.check();
    requireLocation(store, principal, fields.locationId);
    const known = new Set(store.objectSchemasOfLocation(fields.locationId).map((schema) => schema.key));
    const unknown = [fields.firstObjectKey, fields.secondObjectKey].filter((key) => !known.has(key));
    if (unknown.length > 0) throw ghlErrors.unprocessable(unknown.map((key) => `${key} is not an object of this location`));
    if (store.associationsOfLocation(fields.locationId).some((association) => association.key === fields.key)) {
      throw new GhlError(400, `An association with the key ${fields.key} already exists`);
    }
    const association = store.associations.insert({ id: randomId(), ...fields, associationType: 'USER_DEFINED' });
    emit(associationEvent('AssociationCreate', association));
    return created(association);
  }),
  route('PUT', '/associations/{associationId}', ASSOCIATIONS, (context) => {
    const association = requireAssociation(context);
    const v = Validator.body(context.body);
    const firstObjectLabel = v.string('firstObjectLabel', { required: true });
    const secondObjectLabel = v.string('secondObjectLabel', { required: true });
    v.check();
    if (association.associationType === 'SYSTEM_DEFINED') throw new GhlError(400, 'System defined associations cannot be changed');
    const updated = context.store.associations.insert({ ...association, firstObjectLabel, secondObjectLabel });
    context.emit(associationEvent('AssociationUpdate', updated));
    return ok(updated);
  }),
  route('DELETE', '/associations/{associationId}', ASSOCIATIONS, (context) => {
    const association = requireAssociation(context);
    if (association.associationType === 'SYSTEM_DEFINED') throw new GhlError(400, 'System defined associations cannot be deleted');
    context.store.associations.delete(association.id);
    context.store.deleteRelationsWhere((relation) => relation.associationId === association.id);
    context.emit(associationEvent('AssociationDelete', association));
    return ok({ deleted: true, id: association.id, message: 'Association deleted successfully' });
  }),
  route('GET', '/associations/relations/{recordId}', ASSOCIATIONS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    // Required by the file, as on the association list.
    const skip = v.number('skip', { required: true, min: 0 });
    const limit = v.number('limit', { required: true, min: 1, max: 100 });
    const associationIds = v.string('associationIds');
    v.check();
    requireLocation(store, principal, locationId);
    const only = associationIds ? new Set(associationIds.split(',')) : undefined;
    const relations = store
      .relationsOfRecord(params.recordId)
      .filter((relation) => relation.locationId === locationId && (!only || only.has(relation.associationId)));
    return ok({ relations: relations.slice(skip, skip + limit), total: relations.length });
  }),
  route('POST', '/associations/relations', ASSOCIATIONS, ({ store, principal, body, emit }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const associationId = v.string('associationId', { required: true });
    const firstRecordId = v.string('firstRecordId', { required: true });
    const secondRecordId = v.string('secondRecordId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const association = store.associations.get(associationId);
    if (association?.locationId !== locationId) throw ghlErrors.notFound('Association');
    const problems = [
      ...recordProblems(store, locationId, association.firstObjectKey, firstRecordId, 'firstRecordId'),
      ...recordProblems(store, locationId, association.secondObjectKey, secondRecordId, 'secondRecordId'),
    ];
    if (problems.length > 0) throw ghlErrors.unprocessable(problems);
    const duplicate = store
      .relationsOfRecord(firstRecordId)
      .some((relation) => relation.associationId === associationId && relation.firstRecordId === firstRecordId && relation.secondRecordId === secondRecordId);
    if (duplicate) throw new GhlError(400, 'These records are already related under this association');
    const relation = store.relations.insert({
      id: randomId(), locationId, associationId, firstObjectKey: association.firstObjectKey, firstRecordId,
      secondObjectKey: association.secondObjectKey, secondRecordId,
    });
    emit(relationEvent('RelationCreate', relation));
    return created(relation);
  }),
  route('DELETE', '/associations/relations/{relationId}', ASSOCIATIONS, ({ store, principal, params, query, emit }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const relation = store.relations.get(params.relationId);
    if (relation?.locationId !== locationId) throw ghlErrors.notFound('Relation');
    store.relations.delete(relation.id);
    emit(relationEvent('RelationDelete', relation));
    return ok(relation);
  }),
];

function requireAssociation({ store, principal, params }: RequestContext<{ associationId: string }>): Association {
  const association = store.associations.get(params.associationId);
  if (!association) throw ghlErrors.notFound('Association');
  requireLocation(store, principal, association.locationId);
  return association;
}

/** A relation's record must exist in the location, as the kind its side of the association names. */
function recordProblems(store: SandboxStore, locationId: string, objectKey: string, id: string, name: string): string[] {
  const record =
    objectKey === 'contact' ? store.contacts.get(id) : objectKey === 'opportunity' ? store.opportunities.get(id) : store.objectRecords.get(id);
  const kindMatches = objectKey === 'contact' || objectKey === 'opportunity' || (record as { objectKey?: string } | undefined)?.objectKey === objectKey;
  return record?.locationId === locationId && kindMatches ? [] : [`${name} is not a ${objectKey} record of this location`];
}
