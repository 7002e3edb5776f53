/**
 * Campaigns (campaigns.json): a location's campaigns; and, from contacts.json, adding a contact
 * to one, removing it from one, or from all at once. Adding answers 201, removing 200.
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import { membershipId, type Campaign } from '../model/automations.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { Validator } from '../http/validate.ts';
import { created, ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';

/** `bearer` in the spec: a sub-account token. */
const CAMPAIGNS = { versions: V2021_07_28, tokens: 'location' } as const;

export const campaignRoutes: Route[] = [
  route('GET', '/campaigns/', CAMPAIGNS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    const status = v.string('status');
    v.check();
    requireLocation(store, principal, locationId);
    const campaigns = store.campaigns.where(
      (campaign) => campaign.locationId === locationId && (status === undefined || campaign.status === status),
    );
    return ok({ campaigns });
  }),
  // AddContactToCampaignDto has no properties: the body is an empty object, or nothing.
  route('POST', '/contacts/{contactId}/campaigns/{campaignId}', CAMPAIGNS, ({ store, principal, params, body }) => {
    Validator.body(body).check();
    const contact = requireContact(store, principal, params.contactId);
    const campaign = requireCampaign(store, principal, params.campaignId, contact.locationId);
    const id = membershipId(contact.id, campaign.id);
    store.campaignMemberships.insert({ id, contactId: contact.id, campaignId: campaign.id, dateAdded: new Date().toISOString() });
    return created({ succeded: true });
  }),
  route('DELETE', '/contacts/{contactId}/campaigns/{campaignId}', CAMPAIGNS, ({ store, principal, params }) => {
    const contact = requireContact(store, principal, params.contactId);
    const campaign = requireCampaign(store, principal, params.campaignId, contact.locationId);
    store.campaignMemberships.delete(membershipId(contact.id, campaign.id));
    return ok({ succeded: true });
  }),
  // A literal segment: the router tries it before '{campaignId}'.
  route('DELETE', '/contacts/{contactId}/campaigns/removeAll', CAMPAIGNS, ({ store, principal, params }) => {
    const contact = requireContact(store, principal, params.contactId);
    for (const membership of store.campaignsOfContact(contact.id)) store.campaignMemberships.delete(membership.id);
    return ok({ succeded: true });
  }),
];

/** A campaign of another location is out of the token's reach (403), like any record there. */
function requireCampaign(store: SandboxStore, principal: Principal, campaignId: string, locationId: string): Campaign {
  const campaign = store.campaigns.get(campaignId);
  if (!campaign) throw ghlErrors.notFound('Campaign');
  requireLocation(store, principal, campaign.locationId);
  if (campaign.locationId !== locationId) throw ghlErrors.noLocationAccess();
  return campaign;
}
