/**
 * Associations and relations: which kinds of records a location links, and the links between
 * records, read from either side. A record's relations come in one call for all its associations;
 * the location's associations (one list call per request) name each side's kind and filter the
 * relations by association key, so no edge field costs a call per association.
 */
import type { GatewayContext } from '../context.ts';
import type { GhlAssociation, GhlRelation } from '../ghl/api/associations.ts';
import type { GhlContact } from '../ghl/api/contacts.ts';
import type { GhlOpportunity } from '../ghl/api/opportunities.ts';
import { codeOf, gatewayError } from '../errors.ts';
import type { ObjectRecordSource } from '../loaders/custom-objects.ts';
import { CONTACT_KEY, OPPORTUNITY_KEY } from './custom-objects.ts';
import { ghlIdOf, located, locationIdOf } from './ids.ts';
import { offsetConnection, offsetPage, type Connection, type ConnectionArgs } from './pagination.ts';

export type LocatedAssociation = GhlAssociation & { locationId: string };
/** A relation with both kinds of record named (GHL's relation list leaves them to the association). */
export type LinkedRelation = GhlRelation & { locationId: string; firstObjectKey: string; secondObjectKey: string };
/** Any record a relation links: a contact, an opportunity or a record of a custom object. */
export type RelatedRecord = GhlContact | GhlOpportunity | ObjectRecordSource;

/** The record a relation is read from, and its kind. */
export interface RecordSide {
  locationId: string;
  objectKey: string;
  id: string;
}

export async function listAssociations(
  ctx: GatewayContext,
  args: ConnectionArgs & { locationId?: string | null | undefined; objectKey?: string | null | undefined },
): Promise<Connection<LocatedAssociation>> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const page = offsetPage(args);
  if (args.objectKey) {
    // GHL answers one object's associations whole.
    const { associations } = await ctx.ghl.call('listAssociationsOfObject', { location: locationId, path: { objectKey: args.objectKey } });
    return offsetConnection(located(associations, locationId).slice(page.offset, page.offset + page.size), page, associations.length);
  }
  const answer = await ctx.ghl.call('listAssociations', { location: locationId, query: { skip: page.offset, limit: page.size } });
  return offsetConnection(located(answer.associations, locationId), page, answer.total);
}

/** By its id (global or GHL), or by its key in a location. */
export async function findAssociation(
  ctx: GatewayContext,
  args: { id?: string | null | undefined; key?: string | null | undefined; locationId?: string | null | undefined },
): Promise<LocatedAssociation> {
  if (args.id) {
    const association = await ctx.ghl.call('getAssociation', { path: { associationId: ghlIdOf(args.id, 'Association', 'id') } });
    return { ...association, locationId: association.locationId ?? locationIdOf(args.locationId, ctx.defaultLocationId) };
  }
  if (!args.key) throw gatewayError('BAD_USER_INPUT', 'association needs an id or a key');
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const association = await ctx.ghl.call('getAssociationByKey', { location: locationId, path: { key_name: args.key } });
  return { ...association, locationId };
}

/** One association of a location, from its list (shared by every relation of the request). */
export async function associationIn(ctx: GatewayContext, locationId: string, associationId: string): Promise<LocatedAssociation | null> {
  const association = (await ctx.loaders.associationsOfLocation.load(locationId)).find((candidate) => candidate.id === associationId);
  return association ? { ...association, locationId } : null;
}

/** A record's relations, under one association (by key) or all, each with both kinds named. */
export async function relationsOf(ctx: GatewayContext, record: RecordSide, associationKey?: string | null): Promise<LinkedRelation[]> {
  const [relations, associations] = await Promise.all([
    ctx.loaders.relationsOfRecord.load({ locationId: record.locationId, recordId: record.id }),
    ctx.loaders.associationsOfLocation.load(record.locationId),
  ]);
  const byId = new Map(associations.map((association) => [association.id, association]));
  if (associationKey && !associations.some((association) => association.key === associationKey)) {
    throw gatewayError('BAD_USER_INPUT', `associationKey: no association ${associationKey} in location ${record.locationId}`);
  }
  return relations.flatMap((relation) => {
    const association = byId.get(relation.associationId);
    if (associationKey && association?.key !== associationKey) return [];
    const firstObjectKey = relation.firstObjectKey ?? association?.firstObjectKey;
    const secondObjectKey = relation.secondObjectKey ?? association?.secondObjectKey;
    // A relation under an association the list no longer has is gone with it.
    if (!firstObjectKey || !secondObjectKey) return [];
    return [{ ...relation, locationId: relation.locationId ?? record.locationId, firstObjectKey, secondObjectKey }];
  });
}

/** The other end of a relation, seen from `recordId` (the second, for a record related to itself). */
export function otherSide(relation: LinkedRelation, recordId: string): RecordSide {
  return relation.firstRecordId === recordId
    ? { locationId: relation.locationId, objectKey: relation.secondObjectKey, id: relation.secondRecordId }
    : { locationId: relation.locationId, objectKey: relation.firstObjectKey, id: relation.firstRecordId };
}

/** A related record through the loader of its kind, so the same record is read once per request. */
export function loadRelated(ctx: GatewayContext, side: RecordSide): Promise<RelatedRecord> {
  if (side.objectKey === CONTACT_KEY) return ctx.loaders.contact.load(side.id);
  if (side.objectKey === OPPORTUNITY_KEY) return ctx.loaders.opportunity.load(side.id);
  return ctx.loaders.objectRecord.load(side);
}

/** The records on the other side of a record's relations, of one kind (or any), de-duplicated. */
export async function relatedOf(
  ctx: GatewayContext,
  record: RecordSide,
  options: { associationKey?: string | null | undefined; objectKey?: string | ((key: string) => boolean) },
): Promise<RelatedRecord[]> {
  const wanted = options.objectKey;
  const sides = (await relationsOf(ctx, record, options.associationKey))
    .map((relation) => otherSide(relation, record.id))
    .filter((side) => wanted === undefined || (typeof wanted === 'string' ? side.objectKey === wanted : wanted(side.objectKey)));
  const distinct = [...new Map(sides.map((side) => [`${side.objectKey}/${side.id}`, side])).values()];
  // A record deleted while its relation lingers costs its place in the list, not the whole list.
  const records = await Promise.all(distinct.map((side) => loadRelated(ctx, side).catch(notFoundAsNull)));
  return records.filter((record): record is RelatedRecord => record !== null);
}

function notFoundAsNull(error: unknown): null {
  if (codeOf(error) === 'NOT_FOUND') return null;
  throw error;
}

export const isCustomObjectKey = (key: string) => key !== CONTACT_KEY && key !== OPPORTUNITY_KEY;

export interface AssociationInput {
  key: string;
  firstObjectKey: string;
  firstObjectLabel: string;
  secondObjectKey: string;
  secondObjectLabel: string;
}

export async function createAssociation(ctx: GatewayContext, locationArg: string | null | undefined, input: AssociationInput): Promise<LocatedAssociation> {
  const locationId = locationIdOf(locationArg, ctx.defaultLocationId);
  const association = await ctx.ghl.call('createAssociation', { location: locationId, body: { ...input } });
  return { ...association, locationId };
}

export async function updateAssociation(
  ctx: GatewayContext,
  args: { id: string; firstObjectLabel: string; secondObjectLabel: string; locationId?: string | null | undefined },
): Promise<LocatedAssociation> {
  const association = await ctx.ghl.call('updateAssociation', {
    path: { associationId: ghlIdOf(args.id, 'Association', 'id') },
    body: { firstObjectLabel: args.firstObjectLabel, secondObjectLabel: args.secondObjectLabel },
  });
  return { ...association, locationId: association.locationId ?? locationIdOf(args.locationId, ctx.defaultLocationId) };
}

export async function deleteAssociation(ctx: GatewayContext, id: string): Promise<{ deletedGhlId: string }> {
  const answer = await ctx.ghl.call('deleteAssociation', { path: { associationId: ghlIdOf(id, 'Association', 'id') } });
  return { deletedGhlId: answer.id };
}

export async function createRelation(
  ctx: GatewayContext,
  args: { locationId?: string | null | undefined; associationId: string; firstRecordId: string; secondRecordId: string },
): Promise<LinkedRelation> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const associationId = ghlIdOf(args.associationId, 'Association', 'associationId');
  const relation = await ctx.ghl.call('createRelation', {
    location: locationId,
    body: { associationId, firstRecordId: recordIdOf(args.firstRecordId, 'firstRecordId'), secondRecordId: recordIdOf(args.secondRecordId, 'secondRecordId') },
  });
  return linked(ctx, relation, locationId);
}

export async function deleteRelation(ctx: GatewayContext, args: { locationId?: string | null | undefined; id: string }): Promise<{ deletedGhlId: string }> {
  const locationId = locationIdOf(args.locationId, ctx.defaultLocationId);
  const relation = await ctx.ghl.call('deleteRelation', { location: locationId, path: { relationId: args.id } });
  return { deletedGhlId: relation.id ?? args.id };
}

/** A related record's id: a raw GHL id, or the global id of a contact, an opportunity or a custom object record. */
function recordIdOf(value: string, argument: string): string {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const typename = ['Contact', 'Opportunity', 'CustomObjectRecord'].find((name) => decoded.startsWith(`${name}:`)) ?? 'Contact';
  return ghlIdOf(value, typename, argument);
}

/** A relation GHL answered alone, its kinds named from its association when it leaves them out. */
async function linked(ctx: GatewayContext, relation: GhlRelation, locationId: string): Promise<LinkedRelation> {
  const association = relation.firstObjectKey && relation.secondObjectKey ? null : await associationIn(ctx, locationId, relation.associationId);
  const firstObjectKey = relation.firstObjectKey ?? association?.firstObjectKey;
  const secondObjectKey = relation.secondObjectKey ?? association?.secondObjectKey;
  if (!firstObjectKey || !secondObjectKey) throw gatewayError('UPSTREAM_ERROR', `createRelation: GHL named no association ${relation.associationId}`);
  return { ...relation, locationId: relation.locationId ?? locationId, firstObjectKey, secondObjectKey };
}
