/**
 * What every route module shares: the Version values, and the ownership checks GHL's IAM makes
 * before a handler may touch a record.
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import type { Contact, Location } from '../model/index.ts';
import type { ApiResult } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';

/** The `Version` enum of every contacts, locations and users operation in the spec. */
export const V2021_07_28 = ['2021-07-28'] as const;

/** The `Version` enum of every conversations and calendars operation. */
export const V2021_04_15 = ['2021-04-15'] as const;

export function ok(body: unknown): ApiResult {
  return { status: 200, body };
}

export function created(body: unknown): ApiResult {
  return { status: 201, body };
}

/**
 * A location token reaches only its own location: any other id is refused before the store is
 * consulted, as GHL's IAM compares ids. An agency token reaches its company's locations.
 */
export function requireLocation(store: SandboxStore, principal: Principal, locationId: string): Location {
  if (principal.kind === 'location' && principal.locationId !== locationId) throw ghlErrors.noLocationAccess();
  const location = store.locations.get(locationId);
  if (!location) throw ghlErrors.notFound('Location');
  if (location.companyId !== principal.companyId) throw ghlErrors.noLocationAccess();
  return location;
}

export function requireCompany(principal: Principal, companyId: string): void {
  if (principal.companyId !== companyId) throw ghlErrors.noCompanyAccess();
}

/** Records are looked up first (404), then checked against the token's location (403). */
export function requireContact(store: SandboxStore, principal: Principal, contactId: string): Contact {
  const contact = store.contacts.get(contactId);
  if (!contact) throw ghlErrors.notFound('Contact');
  requireLocation(store, principal, contact.locationId);
  return contact;
}
