/**
 * Message preferences (conversations.json, Preference Management): a location's custom message
 * subtypes, and each contact email's subscription to them and to the default "One on One" emails.
 * The file declares no answer schema for these: lists answer `{ subtypes }`, one subtype
 * `{ subtype }`, a contact's statuses `{ contactId, subscriptions }`, a change `{ success }`.
 */
import type { Principal } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from '../http/errors.ts';
import { route, type ApiResult, type RequestContext, type Route } from '../http/router.ts';
import { Validator } from '../http/validate.ts';
import type { CustomSubtype, SubscriptionChoice } from '../model/index.ts';
import { DEFAULT_SUBTYPES } from '../model/message-preferences.ts';
import type { SandboxStore } from '../model/store.ts';
import { randomId } from '../random.ts';
import { ok, requireContact, requireLocation, V2021_04_15 } from './common.ts';

const PREFERENCES = { versions: V2021_04_15, tokens: 'location' } as const;

export const messagePreferenceRoutes: Route[] = [
  route('GET', '/conversations/preferences/custom-subtypes', PREFERENCES, ({ store, principal, query }) => {
    const locationId = locationOf(store, principal, query);
    return ok({ subtypes: subtypesOfLocation(store, locationId) });
  }),
  route('POST', '/conversations/preferences/custom-subtypes', PREFERENCES, createSubtype),
  route('PUT', '/conversations/preferences/custom-subtypes/{id}', PREFERENCES, updateSubtype),
  route('GET', '/conversations/preferences/unsubscriptions/status', PREFERENCES, subscriptionStatus),
  route('POST', '/conversations/preferences/unsubscriptions/user-change', PREFERENCES, changeSubscription),
];

function locationOf(store: SandboxStore, principal: Principal, query: Record<string, string>): string {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  v.check();
  requireLocation(store, principal, locationId);
  return locationId;
}

function subtypesOfLocation(store: SandboxStore, locationId: string): CustomSubtype[] {
  return store.customSubtypes.where((subtype) => subtype.locationId === locationId).sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.id.localeCompare(b.id));
}

/** CreateCustomSubtypeDto; names are unique per location and channel, ignoring case. */
function createSubtype({ store, principal, query, body }: RequestContext): ApiResult {
  const locationId = locationOf(store, principal, query);
  const v = Validator.body(body);
  const name = v.string('name', { required: true });
  const description = v.string('description');
  const channel = v.oneOf('channel', ['email', 'sms'] as const, { required: true });
  const language = v.string('language', { required: true });
  v.check();
  const named = checkedName(name);
  if (description !== undefined) checkedLength('description', description);
  rejectTaken(store, locationId, channel, named);
  const now = new Date().toISOString();
  const subtype = store.customSubtypes.insert({
    id: randomId(), locationId, name: named, ...(description !== undefined && { description }), channel, language, archived: false, dateAdded: now, dateUpdated: now,
  });
  return ok({ subtype });
}

/** UpdateCustomSubtypeDto: fields left out stay; `archived` hides it from contacts' choices. */
function updateSubtype({ store, principal, params, query, body }: RequestContext): ApiResult {
  const locationId = locationOf(store, principal, query);
  const subtype = store.customSubtypes.get(params.id ?? '');
  if (subtype?.locationId !== locationId) throw new GhlError(404, 'Custom subtype not found');
  const v = Validator.body(body);
  const name = v.string('name');
  const description = v.string('description');
  const archived = v.boolean('archived');
  const legalFormId = v.string('resubscription_legal_form_id');
  v.check();
  const named = name === undefined ? subtype.name : checkedName(name);
  if (description !== undefined) checkedLength('description', description);
  if (named.toLowerCase() !== subtype.name.toLowerCase()) rejectTaken(store, locationId, subtype.channel, named);
  const updated = store.customSubtypes.insert({
    ...subtype,
    name: named,
    ...(description !== undefined && { description }),
    ...(archived !== undefined && { archived }),
    ...(legalFormId !== undefined && { resubscriptionLegalFormId: legalFormId }),
    dateUpdated: new Date().toISOString(),
  });
  return ok({ subtype: updated });
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw ghlErrors.unprocessable(['name should not be empty']);
  return checkedLength('name', trimmed);
}

function checkedLength(field: string, value: string): string {
  if (value.length > 100) throw ghlErrors.unprocessable([`${field} must be shorter than or equal to 100 characters`]);
  return value;
}

function rejectTaken(store: SandboxStore, locationId: string, channel: string, name: string): void {
  const taken = subtypesOfLocation(store, locationId).some((other) => other.channel === channel && other.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new GhlError(400, `A ${channel} subtype named "${name}" already exists in this location`);
}

/** One status per email of the contact (or the one asked for) and per subtype: the default one, then the location's live email subtypes. */
function subscriptionStatus({ store, principal, query }: RequestContext): ApiResult {
  const v = Validator.query(query);
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  const email = v.string('email');
  v.check();
  requireLocation(store, principal, locationId);
  const contact = requireContact(store, principal, contactId);
  if (contact.locationId !== locationId) throw ghlErrors.notFound('Contact');
  const emails = email !== undefined ? [email.toLowerCase()] : contact.email ? [contact.email.toLowerCase()] : [];
  const custom = subtypesOfLocation(store, locationId).filter((subtype) => subtype.channel === 'email' && !subtype.archived);
  const subscriptions = emails.flatMap((address) => [
    ...DEFAULT_SUBTYPES.map((subtypeName) => statusOf(store, contactId, address, { type: 'default', subtypeName })),
    ...custom.map((subtype) => statusOf(store, contactId, address, { type: 'custom', subtypeId: subtype.id, subtypeName: subtype.name })),
  ]);
  return ok({ contactId, subscriptions });
}

type SubtypeRef = { type: 'default' | 'custom'; subtypeName?: string; subtypeId?: string };

const choiceId = (contactId: string, email: string, subtype: SubtypeRef) => `${contactId}/${email}/${subtype.subtypeId ?? subtype.subtypeName}`;

function statusOf(store: SandboxStore, contactId: string, email: string, subtype: SubtypeRef) {
  const choice = store.subscriptionChoices.get(choiceId(contactId, email, subtype));
  return {
    email,
    type: subtype.type,
    ...(subtype.subtypeId !== undefined && { subtypeId: subtype.subtypeId }),
    subtypeName: subtype.subtypeName,
    status: choice?.status ?? 'subscribed',
    ...(choice && { dateUpdated: choice.dateUpdated }),
  };
}

/**
 * UserSubscriptionChangeDto. A resubscription (a custom subtype's, or resub_all) needs a legal
 * reason, as the file says; resub_all subscribes the email to every subtype again.
 */
function changeSubscription({ store, principal, body }: RequestContext): ApiResult {
  const v = Validator.body(body);
  const locationId = v.string('locationId', { required: true });
  const contactId = v.string('contactId', { required: true });
  const email = v.string('email', { required: true });
  const action = v.custom<Record<string, unknown>, true>('subscription_action', (value) => (value && typeof value === 'object' && !Array.isArray(value) ? [] : ['subscription_action must be an object']), { required: true });
  const legalReason = v.string('legal_reason');
  const legalDescription = v.string('legal_description');
  v.check();
  const a = Validator.body(action);
  const type = a.oneOf('type', ['default', 'custom', 'resub_all'] as const, { required: true });
  const subtypeName = a.oneOf('subtype_name', DEFAULT_SUBTYPES);
  const subtypeId = a.string('subtype_id');
  const status = a.oneOf('subtype_status', ['subscribed', 'unsubscribed'] as const, { required: true });
  a.check();
  requireLocation(store, principal, locationId);
  const contact = requireContact(store, principal, contactId);
  if (contact.locationId !== locationId) throw ghlErrors.notFound('Contact');
  if (type === 'default' && subtypeName === undefined) throw ghlErrors.badRequest('subtype_name is required for a default subscription type');
  if (type === 'custom' && subtypeId === undefined) throw ghlErrors.badRequest('subtype_id is required for a custom subscription type');
  if (type === 'resub_all' && status !== 'subscribed') throw ghlErrors.badRequest('resub_all only subscribes');
  if (status === 'subscribed' && type !== 'default' && !legalReason?.trim()) throw ghlErrors.badRequest('legal_reason is required to resubscribe');
  const subtypes: SubtypeRef[] =
    type === 'default'
      ? [{ type, subtypeName: subtypeName! }]
      : type === 'custom'
        ? [{ type, subtypeId: requireSubtype(store, locationId, subtypeId!).id }]
        : [
            ...DEFAULT_SUBTYPES.map((name) => ({ type: 'default' as const, subtypeName: name })),
            ...subtypesOfLocation(store, locationId).map((subtype) => ({ type: 'custom' as const, subtypeId: subtype.id })),
          ];
  const address = email.toLowerCase();
  const dateUpdated = new Date().toISOString();
  for (const subtype of subtypes) {
    const choice: SubscriptionChoice = {
      id: choiceId(contactId, address, subtype), locationId, contactId, email: address, ...subtype, status, dateUpdated,
      ...(legalReason !== undefined && { legalReason }),
      ...(legalDescription !== undefined && { legalDescription }),
    };
    store.subscriptionChoices.insert(choice);
  }
  return ok({ success: true });
}

function requireSubtype(store: SandboxStore, locationId: string, id: string): CustomSubtype {
  const subtype = store.customSubtypes.get(id);
  if (subtype?.locationId !== locationId || subtype.archived) throw new GhlError(404, 'Custom subtype not found');
  return subtype;
}
