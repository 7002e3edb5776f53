/**
 * Custom objects (objects.json, Version 2021-07-28): a location's object schemas and their
 * fields, and the records of a custom object, searched by its searchable properties. Writes send
 * the ObjectSchema and Record webhooks. Location tokens, and an agency's for creating a schema in
 * one of its locations (the file names agency access for that alone).
 */
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { isRecord, Validator } from '../http/validate.ts';
import type { ObjectField, ObjectRecord, ObjectSchema } from '../model/index.ts';
import type { SandboxStore } from '../model/store.ts';
import type { Principal } from '../auth/tokens.ts';
import { randomId } from '../random.ts';
import { objectSchemaEvent, recordEvent } from '../webhooks/custom-object-events.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const OBJECTS = { versions: V2021_07_28, tokens: 'location' } as const;
const AGENCY_OR_LOCATION = { versions: V2021_07_28, tokens: 'any' } as const;
const CUSTOM_PREFIX = 'custom_objects.';
/** SearchRecordsBody takes a page limit; GHL caps it as its other lists do. */
const MAX_PAGE_LIMIT = 100;

export const objectRoutes: Route[] = [
  route('GET', '/objects/', OBJECTS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ objects: store.objectSchemasOfLocation(locationId) });
  }),
  route('GET', '/objects/{key}', OBJECTS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const fetchProperties = v.oneOf('fetchProperties', ['true', 'false']) === 'true';
    v.check();
    const schema = requireSchema(store, principal, locationId, params.key);
    return ok({ object: schema, cache: false, fields: fetchProperties ? store.fieldsOfObject(`${locationId}/${schema.key}`) : [] });
  }),
  route('POST', '/objects/', AGENCY_OR_LOCATION, ({ store, principal, body, emit }) => {
    const v = Validator.body(body);
    const labels = v.custom<{ singular: string; plural: string }, true>('labels', labelProblems(true), { required: true });
    const rawKey = v.string('key', { required: true });
    const description = v.string('description');
    const locationId = v.string('locationId', { required: true });
    const primary = v.custom<{ key: string; name: string; dataType: 'TEXT' | 'NUMERICAL' }, true>('primaryDisplayPropertyDetails', primaryProblems, { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    const key = rawKey.startsWith(CUSTOM_PREFIX) ? rawKey : `${CUSTOM_PREFIX}${rawKey}`;
    if (!/^custom_objects\.[a-z][a-z0-9_]*$/.test(key)) throw ghlErrors.unprocessable(['key must be lowercase, underscore separated']);
    if (store.objectSchemasOfLocation(locationId).some((schema) => schema.key === key)) throw new GhlError(400, `An object with the key ${key} already exists`);
    const now = new Date().toISOString();
    const fieldName = primary.key.startsWith(`${key}.`) ? primary.key.slice(key.length + 1) : primary.key;
    const schema = store.objectSchemas.insert({
      id: randomId(), key, standard: false, labels, ...(description !== undefined && { description }), locationId,
      primaryDisplayProperty: `${key}.${fieldName}`, searchableProperties: [`${key}.${fieldName}`], dateAdded: now, dateUpdated: now, type: 'USER_DEFINED',
    });
    store.objectFields.insert({
      id: randomId(), locationId, objectKey: key, name: primary.name, fieldKey: `${key}.${fieldName}`, dataType: primary.dataType,
      showInForms: true, dateAdded: now, dateUpdated: now,
    });
    emit(objectSchemaEvent('ObjectSchemaCreate', schema));
    return created({ object: schema });
  }),
  route('PUT', '/objects/{key}', OBJECTS, ({ store, principal, params, body, emit }) => {
    const v = Validator.body(body);
    const labels = v.custom<Partial<ObjectSchema['labels']>>('labels', labelProblems(false));
    const description = v.string('description');
    const locationId = v.string('locationId', { required: true });
    const searchableProperties = v.stringArray('searchableProperties', { required: true });
    v.check();
    const schema = requireSchema(store, principal, locationId, params.key);
    if (schema.standard) throw new GhlError(400, 'Standard objects cannot be changed');
    const fieldKeys = new Set(store.fieldsOfObject(`${locationId}/${schema.key}`).map((field) => field.fieldKey));
    const unknown = searchableProperties.filter((property) => !fieldKeys.has(property));
    if (unknown.length > 0) throw ghlErrors.unprocessable(unknown.map((property) => `${property} is not a field of ${schema.key}`));
    const updated = store.objectSchemas.insert({
      ...schema,
      labels: { ...schema.labels, ...labels },
      ...(description !== undefined && { description }),
      searchableProperties,
      dateUpdated: new Date().toISOString(),
    });
    emit(objectSchemaEvent('ObjectSchemaUpdate', updated));
    return ok({ object: updated });
  }),
  route('POST', '/objects/{schemaKey}/records/search', OBJECTS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const page = v.number('page', { required: true, min: 1 });
    const pageLimit = v.number('pageLimit', { required: true, min: 1, max: MAX_PAGE_LIMIT });
    // Required by the file, and may be empty: an empty query matches every record.
    const query = v.custom<string>('query', (value) => (typeof value === 'string' ? [] : ['query must be a string']));
    v.stringArray('searchAfter');
    v.check();
    const schema = requireCustomSchema(store, principal, locationId, params.schemaKey);
    const matching = store
      .recordsOfObject(`${locationId}/${schema.key}`)
      .filter((record) => matches(schema, record, query ?? ''))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.id.localeCompare(b.id));
    const start = (Math.floor(page) - 1) * Math.floor(pageLimit);
    return ok({ records: matching.slice(start, start + Math.floor(pageLimit)).map(searchBody), total: matching.length });
  }),
  route('GET', '/objects/{schemaKey}/records/{id}', OBJECTS, (context) => ok({ record: byIdBody(requireRecord(context)) })),
  route('POST', '/objects/{schemaKey}/records', OBJECTS, ({ store, principal, params, body, emit }) => {
    const v = Validator.body(body);
    const locationId = v.string('locationId', { required: true });
    const properties = v.custom<Record<string, unknown>, true>('properties', objectProblems('properties'), { required: true });
    const owner = v.stringArray('owner');
    const followers = v.stringArray('followers');
    v.check();
    const schema = requireCustomSchema(store, principal, locationId, params.schemaKey);
    checkProperties(store, schema, properties);
    const now = new Date().toISOString();
    const record = store.objectRecords.insert({
      id: randomId(), locationId, objectId: schema.id, objectKey: schema.key, owner: owner ?? [], followers: followers ?? [],
      properties, createdAt: now, updatedAt: now,
    });
    emit(recordEvent('RecordCreate', record));
    return created({ record: byIdBody(record) });
  }),
  route('PUT', '/objects/{schemaKey}/records/{id}', OBJECTS, (context) => {
    const q = Validator.query(context.query);
    const locationId = q.string('locationId', { required: true });
    q.check();
    const record = requireRecord(context);
    if (record.locationId !== locationId) throw ghlErrors.notFound('Record');
    const v = Validator.body(context.body);
    const properties = v.custom<Record<string, unknown>>('properties', objectProblems('properties'));
    const owner = v.stringArray('owner');
    const followers = v.stringArray('followers');
    v.check();
    const schema = requireCustomSchema(context.store, context.principal, locationId, record.objectKey);
    if (properties) checkProperties(context.store, schema, properties);
    const updated = context.store.objectRecords.insert({
      ...record,
      properties: { ...record.properties, ...properties },
      ...(owner && { owner }),
      ...(followers && { followers }),
      updatedAt: new Date().toISOString(),
    });
    context.emit(recordEvent('RecordUpdate', updated));
    return ok({ record: byIdBody(updated) });
  }),
  route('DELETE', '/objects/{schemaKey}/records/{id}', OBJECTS, (context) => {
    const record = requireRecord(context);
    context.store.objectRecords.delete(record.id);
    context.store.deleteRelationsWhere((relation) => relation.firstRecordId === record.id || relation.secondRecordId === record.id);
    context.emit(recordEvent('RecordDelete', record));
    return ok({ id: record.id, success: true });
  }),
];

/** IRecordSchema: a record read, made or changed by id names its dates dateAdded/dateUpdated. */
function byIdBody({ createdAt, updatedAt, ...record }: ObjectRecord) {
  return { ...record, dateAdded: createdAt, dateUpdated: updatedAt };
}

/**
 * RecordResponseDTO: a search result carries who made and last changed the record, and the cursor
 * (its time and id) that `searchAfter` takes to continue after it.
 */
function searchBody(record: ObjectRecord) {
  const by = (at: string) => ({ channel: 'OAUTH', createdAt: at, source: 'PUBLIC_API', sourceId: record.owner[0] ?? record.locationId });
  return { ...record, createdBy: by(record.createdAt), lastUpdatedBy: by(record.updatedAt), searchAfter: [Date.parse(record.createdAt), record.id] };
}

/** GHL takes a custom object's key with or without its `custom_objects.` prefix. */
function requireSchema(store: SandboxStore, principal: Principal, locationId: string, key: string): ObjectSchema {
  requireLocation(store, principal, locationId);
  const schema = store.objectSchemasOfLocation(locationId).find((candidate) => candidate.key === key || candidate.key === `${CUSTOM_PREFIX}${key}`);
  if (!schema) throw ghlErrors.notFound('Object');
  return schema;
}

/** Records are kept for custom objects only; contacts and opportunities have their own APIs. */
function requireCustomSchema(store: SandboxStore, principal: Principal, locationId: string, key: string): ObjectSchema {
  const schema = requireSchema(store, principal, locationId, key);
  if (schema.standard) throw new GhlError(400, `Records of ${schema.key} are read through its own API`);
  return schema;
}

function requireRecord({ store, principal, params }: RequestContext<{ schemaKey: string; id: string }>): ObjectRecord {
  const record = store.objectRecords.get(params.id);
  if (!record) throw ghlErrors.notFound('Record');
  requireLocation(store, principal, record.locationId);
  if (record.objectKey !== params.schemaKey && record.objectKey !== `${CUSTOM_PREFIX}${params.schemaKey}`) throw ghlErrors.notFound('Record');
  return record;
}

/** Every property must be a field of the object, its value of the field's type. */
function checkProperties(store: SandboxStore, schema: ObjectSchema, properties: Record<string, unknown>): void {
  const fields = new Map(store.fieldsOfObject(`${schema.locationId}/${schema.key}`).map((field) => [field.fieldKey.slice(schema.key.length + 1), field]));
  const problems = Object.entries(properties).flatMap(([name, value]) => {
    const field = fields.get(name);
    if (!field) return [`${name} is not a field of ${schema.key}`];
    return value === null ? [] : valueProblems(field, name, value);
  });
  if (problems.length > 0) throw ghlErrors.unprocessable(problems);
}

function valueProblems(field: ObjectField, name: string, value: unknown): string[] {
  const optionKeys = (field.options ?? []).map((option) => option.key);
  switch (field.dataType) {
    case 'NUMERICAL':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [`${name} must be a number`];
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      return optionKeys.includes(value as string) ? [] : [`${name} must be one of ${optionKeys.join(', ')}`];
    case 'MULTIPLE_OPTIONS':
    case 'CHECKBOX':
      return Array.isArray(value) && value.every((item) => optionKeys.includes(item)) ? [] : [`${name} must be a list of ${optionKeys.join(', ')}`];
    case 'MONETORY':
      return isRecord(value) && typeof value['value'] === 'number' ? [] : [`${name} must be { currency, value }`];
    case 'TEXTBOX_LIST':
    case 'FILE_UPLOAD':
      return isRecord(value) || Array.isArray(value) ? [] : [`${name} must be a list`];
    default:
      return typeof value === 'string' ? [] : [`${name} must be a string`];
  }
}

/** `name:Buddy` searches one searchable property; a bare word searches them all. */
function matches(schema: ObjectSchema, record: ObjectRecord, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (text === '') return true;
  const names = schema.searchableProperties.map((property) => property.slice(schema.key.length + 1));
  const colon = text.indexOf(':');
  const [among, word] = colon > 0 ? [names.filter((name) => name === text.slice(0, colon)), text.slice(colon + 1)] : [names, text];
  return among.some((name) => String(record.properties[name] ?? '').toLowerCase().includes(word));
}

const objectProblems = (name: string) => (value: unknown) => (isRecord(value) ? [] : [`${name} must be an object`]);

const labelProblems = (required: boolean) => (value: unknown) => {
  if (!isRecord(value)) return ['labels must be an object'];
  return (['singular', 'plural'] as const).flatMap((part) =>
    value[part] === undefined && !required ? [] : typeof value[part] === 'string' && value[part] !== '' ? [] : [`labels.${part} must be a string`],
  );
};

function primaryProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['primaryDisplayPropertyDetails must be an object'];
  return [
    ...(typeof value['key'] === 'string' && value['key'] !== '' ? [] : ['primaryDisplayPropertyDetails.key must be a string']),
    ...(typeof value['name'] === 'string' && value['name'] !== '' ? [] : ['primaryDisplayPropertyDetails.name must be a string']),
    ...(value['dataType'] === 'TEXT' || value['dataType'] === 'NUMERICAL' ? [] : ['primaryDisplayPropertyDetails.dataType must be TEXT or NUMERICAL']),
  ];
}
