/**
 * Reads CreateDto, UpdateOpportunityDto and UpdateStatusDto (opportunities.json), then resolves
 * what a body refers to within the location: pipeline, stage, contact and assigned user. A
 * malformed body is a 422 listing every problem; a well-formed id that names nothing in the
 * location is a 400, as GHL's opportunity service answers a reference it cannot find.
 */
import { ghlErrors } from '../http/errors.ts';
import type { Contact, Location, OpportunityStatus, Pipeline, PipelineStage } from '../model/index.ts';
import { OPPORTUNITY_STATUSES } from '../model/opportunities.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, isRecord, Validator } from '../http/validate.ts';

export interface OpportunityInput {
  pipelineId?: string;
  name?: string;
  pipelineStageId?: string;
  status?: OpportunityStatus;
  monetaryValue?: number;
  assignedTo?: string;
  customFields?: Array<{ id: string; fieldValue: unknown }>;
}

export type CreateOpportunityInput = OpportunityInput & Required<Pick<OpportunityInput, 'pipelineId' | 'name' | 'status'>>;

const CUSTOM_FIELD_KEYS = new Set(['id', 'key', 'field_value']);

export function readCreateOpportunity(body: unknown): { locationId: string; contactId: string; fields: CreateOpportunityInput } {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  const fields = readFields(v, true);
  v.check();
  // check() has thrown unless the required fields are there.
  return { locationId, contactId, fields: definedOnly(fields) as CreateOpportunityInput };
}

/** Only assignedTo can be cleared (null or ""): every other field a deal always has. */
export function readUpdateOpportunity(body: unknown): { fields: OpportunityInput; clearAssignee: boolean } {
  const v = Validator.body(body);
  const fields = readFields(v, false);
  v.check();
  return { fields: definedOnly(fields), clearAssignee: v.clearedAmong(['assignedTo']).length > 0 };
}

/** UpsertOpportunityDto with its contactId (openapi/overrides.ts); `all` is a filter, not a state. */
export interface UpsertOpportunityInput {
  id?: string;
  locationId: string;
  contactId: string;
  pipelineId: string;
  pipelineStageId?: string;
  name?: string;
  status?: OpportunityStatus;
  monetaryValue?: number;
  assignedTo?: string;
  lostReasonId?: string;
  followers?: string[];
  isRemoveAllFollowers?: boolean;
  followersActionType?: 'add' | 'remove';
}

export function readUpsertOpportunity(body: unknown): UpsertOpportunityInput {
  const v = Validator.body(body);
  const fields = {
    id: v.string('id'),
    pipelineId: v.string('pipelineId', { required: true }),
    locationId: v.string('locationId', { required: true }),
    contactId: v.string('contactId', { required: true }),
    followers: v.stringArray('followers'),
    isRemoveAllFollowers: v.boolean('isRemoveAllFollowers'),
    followersActionType: v.oneOf('followersActionType', ['add', 'remove'] as const),
    name: v.string('name'),
    status: v.oneOf('status', OPPORTUNITY_STATUSES),
    pipelineStageId: v.string('pipelineStageId'),
    monetaryValue: v.custom<number>('monetaryValue', (value) =>
      typeof value === 'number' && Number.isFinite(value) ? [] : ['monetaryValue must be a number conforming to the specified constraints'],
    ),
    assignedTo: v.string('assignedTo'),
    lostReasonId: v.string('lostReasonId'),
  };
  v.check();
  return definedOnly(fields) as UpsertOpportunityInput;
}

export function readStatusUpdate(body: unknown): { status: OpportunityStatus; lostReasonId?: string } {
  const v = Validator.body(body);
  const status = v.oneOf('status', OPPORTUNITY_STATUSES, { required: true });
  const lostReasonId = v.string('lostReasonId');
  v.check();
  return definedOnly({ status, lostReasonId });
}

/** In the spec's order, so 422 messages come in that order. */
function readFields(v: Validator, creating: boolean): OpportunityInput {
  const fields = {
    pipelineId: v.string('pipelineId', { required: creating }),
    name: v.string('name', { required: creating }),
    pipelineStageId: v.string('pipelineStageId'),
    status: v.oneOf('status', OPPORTUNITY_STATUSES, { required: creating }),
    monetaryValue: v.custom<number>('monetaryValue', (value) =>
      typeof value === 'number' && Number.isFinite(value) ? [] : ['monetaryValue must be a number conforming to the specified constraints'],
    ),
    assignedTo: v.string('assignedTo'),
    customFields: v.custom<Array<Record<string, unknown>>>('customFields', customFieldProblems),
  };
  return {
    ...fields,
    customFields: fields.customFields?.map((field) => ({ id: String(field.id), fieldValue: field.field_value })),
  };
}

/**
 * Items are found by `id`. The spec also allows `key`, but the sandbox defines no opportunity
 * custom fields a key could be looked up in.
 */
function customFieldProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['customFields must be an array'];
  return value.flatMap((field, index) => {
    if (!isRecord(field)) return [`customFields.${index} must be an object`];
    const unknown = Object.keys(field)
      .filter((key) => !CUSTOM_FIELD_KEYS.has(key))
      .map((key) => `property customFields.${index}.${key} should not exist`);
    return typeof field.id === 'string' && field.id !== '' ? unknown : [...unknown, `customFields.${index}.id must be a string`];
  });
}

export function resolvePipeline(store: SandboxStore, locationId: string, pipelineId: string): Pipeline {
  const pipeline = store.pipelines.get(pipelineId);
  if (pipeline?.locationId !== locationId) throw ghlErrors.badRequest('Pipeline not found');
  return pipeline;
}

/** A deal created or moved into a pipeline without a stage starts in its first stage. */
export function resolveStage(pipeline: Pipeline, stageId: string | undefined): PipelineStage {
  const stage = stageId === undefined ? pipeline.stages[0] : pipeline.stages.find((candidate) => candidate.id === stageId);
  if (!stage) throw ghlErrors.badRequest('Pipeline stage not found');
  return stage;
}

export function resolveContact(store: SandboxStore, locationId: string, contactId: string): Contact {
  const contact = store.contacts.get(contactId);
  if (contact?.locationId !== locationId) throw ghlErrors.badRequest('Contact not found');
  return contact;
}

export function requireAssignee(store: SandboxStore, locationId: string, userId: string): void {
  if (!store.users.get(userId)?.roles.locationIds.includes(locationId)) throw ghlErrors.badRequest('User not found');
}

/** With allowDuplicateOpportunity off, a contact has at most one deal per pipeline. */
export function rejectDuplicate(store: SandboxStore, location: Location, contactId: string, pipelineId: string, selfId?: string): void {
  if (location.settings.allowDuplicateOpportunity) return;
  const duplicate = store
    .opportunitiesOfLocation(location.id)
    .some((other) => other.id !== selfId && other.contactId === contactId && other.pipelineId === pipelineId);
  if (duplicate) throw ghlErrors.badRequest('Can not create duplicate opportunity for the contact.');
}
