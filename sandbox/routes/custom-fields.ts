/**
 * A location's custom fields (locations.json): the definitions contacts' and opportunities'
 * `customFields` values refer to by id. Location tokens only (the spec's `bearer` security). The
 * field key is made from the model and name at creation and never changes, as in GHL. Deleting a
 * field deletes its values on the location's records.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import type { CustomFieldDefinition } from '../model/index.ts';
import { CUSTOM_FIELD_DATA_TYPES, CUSTOM_FIELD_MODELS, customFieldKey } from '../model/locations.ts';
import { randomId } from '../random.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { isRecord, Validator } from '../http/validate.ts';

const FIELDS = { versions: V2021_07_28, tokens: 'location' } as const;

export const customFieldRoutes: Route[] = [
  /** `model` defaults to contact fields; `all` lists both kinds. In position order. */
  route('GET', '/locations/{locationId}/customFields', FIELDS, ({ store, principal, params, query }) => {
    const v = Validator.query(query);
    const model = v.oneOf('model', [...CUSTOM_FIELD_MODELS, 'all']) ?? 'contact';
    v.check();
    requireLocation(store, principal, params.locationId);
    const fields = store
      .customFieldsOfLocation(params.locationId)
      .filter((field) => model === 'all' || field.model === model)
      .sort((a, b) => a.position - b.position);
    return ok({ customFields: fields });
  }),
  route('GET', '/locations/{locationId}/customFields/{id}', FIELDS, ({ store, principal, params }) =>
    ok({ customField: requireField(store, principal, params.locationId, params.id) }),
  ),
  route('POST', '/locations/{locationId}/customFields', FIELDS, ({ store, principal, params, body }) => {
    requireLocation(store, principal, params.locationId);
    const v = Validator.body(body);
    const name = v.string('name', { required: true });
    const dataType = v.oneOf('dataType', CUSTOM_FIELD_DATA_TYPES, { required: true });
    const fields = readShared(v);
    v.check();
    const model = fields.model ?? 'contact';
    const fieldKey = customFieldKey(model, name);
    if (store.customFieldsOfLocation(params.locationId).some((field) => field.fieldKey === fieldKey)) {
      throw new GhlError(400, `A custom field with the key ${fieldKey} already exists`);
    }
    const siblings = store.customFieldsOfLocation(params.locationId);
    const field = store.customFields.insert({
      id: randomId(),
      locationId: params.locationId,
      name: name.trim(),
      fieldKey,
      placeholder: fields.placeholder ?? '',
      dataType,
      // A new field goes last unless placed.
      position: fields.position ?? Math.max(0, ...siblings.map((sibling) => sibling.position + 50)),
      model,
    });
    return created({ customField: field });
  }),
  route('PUT', '/locations/{locationId}/customFields/{id}', FIELDS, ({ store, principal, params, body }) => {
    const existing = requireField(store, principal, params.locationId, params.id);
    const v = Validator.body(body);
    const name = v.string('name', { required: true });
    const fields = readShared(v);
    v.check();
    const field = store.customFields.insert({
      ...existing,
      name: name.trim(),
      ...(fields.placeholder !== undefined && { placeholder: fields.placeholder }),
      ...(fields.position !== undefined && { position: fields.position }),
    });
    return ok({ customField: field });
  }),
  route('DELETE', '/locations/{locationId}/customFields/{id}', FIELDS, ({ store, principal, params }) => {
    const field = requireField(store, principal, params.locationId, params.id);
    for (const contact of store.contactsOfLocation(field.locationId)) {
      if (!contact.customFields.some((value) => value.id === field.id)) continue;
      store.contacts.insert({ ...contact, customFields: contact.customFields.filter((value) => value.id !== field.id) });
    }
    store.customFields.delete(field.id);
    return ok({ succeded: true });
  }),
];

function requireField(store: SandboxStore, principal: Principal, locationId: string, id: string): CustomFieldDefinition {
  requireLocation(store, principal, locationId);
  const field = store.customFields.get(id);
  if (field?.locationId !== locationId) throw new GhlError(404, 'Custom field not found');
  return field;
}

/**
 * What CreateCustomFieldsDTO and UpdateCustomFieldsDTO share. File upload and text box list
 * options are accepted and not modelled; `model` is fixed at creation (an update may only repeat it).
 */
function readShared(v: Validator) {
  const placeholder = v.string('placeholder');
  const position = v.number('position', { min: 0 });
  const model = v.oneOf('model', CUSTOM_FIELD_MODELS);
  v.stringArray('acceptedFormat');
  v.boolean('isMultipleFile');
  v.number('maxNumberOfFiles', { min: 1 });
  v.custom('textBoxListOptions', (value) =>
    Array.isArray(value) && value.every(isRecord) ? [] : ['textBoxListOptions must be an array of objects'],
  );
  return { placeholder, position, model };
}
