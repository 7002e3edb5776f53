/**
 * A location's custom values (locations.json): named values its templates insert through a merge
 * tag ({{ custom_values.booking_link }}). Location tokens only (the spec's `bearer` security). The
 * merge tag follows the name, so renaming a value renames its tag, as in GHL.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError } from '../http/errors.ts';
import type { CustomValue } from '../model/index.ts';
import { customValueKey } from '../model/locations.ts';
import { randomId } from '../random.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { created, ok, requireLocation, V2021_07_28 } from './common.ts';

const VALUES = { versions: V2021_07_28, tokens: 'location' } as const;

export const customValueRoutes: Route[] = [
  route('GET', '/locations/{locationId}/customValues', VALUES, ({ store, principal, params }) => {
    requireLocation(store, principal, params.locationId);
    return ok({ customValues: store.customValuesOfLocation(params.locationId) });
  }),
  route('GET', '/locations/{locationId}/customValues/{id}', VALUES, ({ store, principal, params }) =>
    ok({ customValue: requireValue(store, principal, params.locationId, params.id) }),
  ),
  route('POST', '/locations/{locationId}/customValues', VALUES, ({ store, principal, params, body }) => {
    requireLocation(store, principal, params.locationId);
    const { name, value } = readBody(body);
    rejectTaken(store, params.locationId, customValueKey(name));
    const record = { id: randomId(), name, fieldKey: customValueKey(name), value, locationId: params.locationId };
    return created({ customValue: store.customValues.insert(record) });
  }),
  route('PUT', '/locations/{locationId}/customValues/{id}', VALUES, ({ store, principal, params, body }) => {
    const existing = requireValue(store, principal, params.locationId, params.id);
    const { name, value } = readBody(body);
    const fieldKey = customValueKey(name);
    if (fieldKey !== existing.fieldKey) rejectTaken(store, existing.locationId, fieldKey);
    return ok({ customValue: store.customValues.insert({ ...existing, name, fieldKey, value }) });
  }),
  route('DELETE', '/locations/{locationId}/customValues/{id}', VALUES, ({ store, principal, params }) => {
    const existing = requireValue(store, principal, params.locationId, params.id);
    store.customValues.delete(existing.id);
    return ok({ succeded: true });
  }),
];

function requireValue(store: SandboxStore, principal: Principal, locationId: string, id: string): CustomValue {
  requireLocation(store, principal, locationId);
  const value = store.customValues.get(id);
  if (value?.locationId !== locationId) throw new GhlError(404, 'Custom value not found');
  return value;
}

/** customValuesDTO: both fields required, on update too. */
function readBody(body: unknown): { name: string; value: string } {
  const v = Validator.body(body);
  const name = v.string('name', { required: true });
  const value = v.string('value', { required: true });
  v.check();
  return { name: name.trim(), value };
}

function rejectTaken(store: SandboxStore, locationId: string, fieldKey: string): void {
  if (store.customValuesOfLocation(locationId).some((existing) => existing.fieldKey === fieldKey)) {
    throw new GhlError(400, `A custom value with the key ${fieldKey} already exists`);
  }
}
