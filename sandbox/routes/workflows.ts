/**
 * Workflows (workflows.json): a location's workflows; and, from contacts.json, adding a contact
 * to one and taking it out again. Both are idempotent, as GHL answers `succeded` either way.
 */
import type { Principal } from '../auth/tokens.ts';
import { ghlErrors } from '../http/errors.ts';
import { membershipId, type Workflow } from '../model/automations.ts';
import { route, type Route } from '../http/router.ts';
import type { SandboxStore } from '../model/store.ts';
import { definedOnly, Validator } from '../http/validate.ts';
import { ok, requireContact, requireLocation, V2021_07_28 } from './common.ts';

/** `bearer` in the spec: a sub-account token. */
const WORKFLOWS = { versions: V2021_07_28, tokens: 'location' } as const;

export const workflowRoutes: Route[] = [
  route('GET', '/workflows/', WORKFLOWS, ({ store, principal, query }) => {
    const v = Validator.query(query);
    const locationId = v.string('locationId', { required: true });
    v.check();
    requireLocation(store, principal, locationId);
    return ok({ workflows: store.workflows.where((workflow) => workflow.locationId === locationId) });
  }),
  route('POST', '/contacts/{contactId}/workflow/{workflowId}', WORKFLOWS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    const eventStartTime = v.isoDate('eventStartTime');
    v.check();
    const contact = requireContact(store, principal, params.contactId);
    const workflow = requireWorkflow(store, principal, params.workflowId, contact.locationId);
    const id = membershipId(contact.id, workflow.id);
    const dateAdded = new Date().toISOString();
    store.workflowMemberships.insert(definedOnly({ id, contactId: contact.id, workflowId: workflow.id, eventStartTime, dateAdded }));
    return ok({ succeded: true });
  }),
  // The spec gives this DELETE the same body as the POST; it is read and has no effect.
  route('DELETE', '/contacts/{contactId}/workflow/{workflowId}', WORKFLOWS, ({ store, principal, params, body }) => {
    const v = Validator.body(body);
    v.isoDate('eventStartTime');
    v.check();
    const contact = requireContact(store, principal, params.contactId);
    const workflow = requireWorkflow(store, principal, params.workflowId, contact.locationId);
    store.workflowMemberships.delete(membershipId(contact.id, workflow.id));
    return ok({ succeded: true });
  }),
];

/** A workflow of another location is out of the token's reach (403), like any record there. */
function requireWorkflow(store: SandboxStore, principal: Principal, workflowId: string, locationId: string): Workflow {
  const workflow = store.workflows.get(workflowId);
  if (!workflow) throw ghlErrors.notFound('Workflow');
  requireLocation(store, principal, workflow.locationId);
  if (workflow.locationId !== locationId) throw ghlErrors.noLocationAccess();
  return workflow;
}
