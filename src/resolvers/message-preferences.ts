/**
 * Message preferences: a location's custom message subtypes (a newsletter a contact can leave on
 * its own), and what each contact's email is subscribed to. GHL reads subtypes only as the
 * location's list, so every read goes through it (one call per location and request); a change
 * is read back from the list GHL answers with, or the list again where its answer is empty.
 */
import type { GatewayContext } from '../context.ts';
import { gatewayError } from '../errors.ts';
import type { GhlCustomSubtype, GhlEmailSubscription } from '../ghl/api/conversations.ts';
import type { ContactSource } from './contacts.ts';
import { definedOnly, nonEmpty } from './input.ts';
import { ghlIdOf, locatedIdOf, locationIdOf } from './ids.ts';

export type LocatedSubtype = GhlCustomSubtype & { locationId: string };

export type SubtypeChannel = 'email' | 'sms';

export interface CreateSubtypeInput {
  locationId?: string | null;
  name: string;
  description?: string | null;
  channel: SubtypeChannel;
  language: string;
}

export interface UpdateSubtypeInput {
  name?: string | null;
  description?: string | null;
  archived?: boolean | null;
  resubscriptionLegalFormId?: string | null;
}

/** GHL's limit on a subtype's name and description. */
const MAX_TEXT = 100;

export function subtypeRefOf(ctx: GatewayContext, id: string, locationId: string | null | undefined): { id: string; locationId: string } {
  return locatedIdOf(id, 'ConversationSubtype', locationId, ctx.defaultLocationId);
}

export async function subtypesOfLocation(ctx: GatewayContext, locationId: string, includeArchived: boolean): Promise<LocatedSubtype[]> {
  const subtypes = await ctx.loaders.customSubtypesOfLocation.load(locationId);
  return includeArchived ? subtypes : subtypes.filter((subtype) => !subtype.archived);
}

export async function findSubtype(ctx: GatewayContext, { id, locationId }: { id: string; locationId: string }): Promise<LocatedSubtype> {
  const subtype = (await ctx.loaders.customSubtypesOfLocation.load(locationId)).find((candidate) => candidate.id === id);
  if (!subtype) throw gatewayError('NOT_FOUND', `No conversation subtype ${id} in location ${locationId}`);
  return subtype;
}

export async function createSubtype(ctx: GatewayContext, input: CreateSubtypeInput): Promise<LocatedSubtype> {
  const locationId = locationIdOf(input.locationId, ctx.defaultLocationId);
  const body = definedOnly({
    name: shortText(input.name, 'name'),
    description: input.description == null ? undefined : shortText(input.description, 'description'),
    channel: input.channel,
    language: nonEmpty(input.language, 'language'),
  });
  const { subtype } = await ctx.ghl.call('createCustomSubtype', { location: locationId, body });
  ctx.loaders.customSubtypesOfLocation.clear(locationId);
  if (!subtype?.id) throw gatewayError('UPSTREAM_ERROR', 'createCustomSubtype answered without the subtype');
  return { ...subtype, locationId: subtype.locationId ?? locationId };
}

export async function updateSubtype(ctx: GatewayContext, ref: { id: string; locationId: string }, input: UpdateSubtypeInput): Promise<LocatedSubtype> {
  const body = definedOnly({
    name: input.name == null ? undefined : shortText(input.name, 'name'),
    description: input.description == null ? undefined : shortText(input.description, 'description'),
    archived: input.archived ?? undefined,
    resubscription_legal_form_id: input.resubscriptionLegalFormId == null ? undefined : nonEmpty(input.resubscriptionLegalFormId, 'resubscriptionLegalFormId'),
  });
  if (Object.keys(body).length === 0) throw gatewayError('BAD_USER_INPUT', 'input must change at least one field');
  const { subtype } = await ctx.ghl.call('updateCustomSubtype', { location: ref.locationId, path: { id: ref.id }, body });
  ctx.loaders.customSubtypesOfLocation.clear(ref.locationId);
  return subtype?.id ? { ...subtype, locationId: subtype.locationId ?? ref.locationId } : findSubtype(ctx, ref);
}

function shortText(value: string, argument: string): string {
  const text = nonEmpty(value, argument);
  if (text.length > MAX_TEXT) throw gatewayError('BAD_USER_INPUT', `${argument} must be at most ${MAX_TEXT} characters`);
  return text;
}

export type LocatedEmailSubscription = GhlEmailSubscription & { locationId: string };

/** A contact's subscriptions, of every email or the one asked for. */
export async function emailSubscriptionsOfContact(ctx: GatewayContext, contact: ContactSource, email: string | null | undefined): Promise<LocatedEmailSubscription[]> {
  const wanted = email == null ? undefined : nonEmpty(email, 'email').toLowerCase();
  const subscriptions = await ctx.loaders.emailSubscriptionsOfContact.load({ locationId: contact.locationId, contactId: contact.id });
  return subscriptions
    .filter((subscription) => wanted === undefined || subscription.email?.toLowerCase() === wanted)
    .map((subscription) => ({ ...subscription, locationId: contact.locationId }));
}

/** The custom subtype a subscription is to; null for a default one, or a subtype since removed. */
export async function subtypeOfSubscription(ctx: GatewayContext, subscription: LocatedEmailSubscription): Promise<LocatedSubtype | null> {
  if (!subscription.subtypeId) return null;
  const subtypes = await ctx.loaders.customSubtypesOfLocation.load(subscription.locationId);
  return subtypes.find((subtype) => subtype.id === subscription.subtypeId) ?? null;
}

export type SubscriptionScope = 'ONE_ON_ONE' | 'SUBTYPE' | 'ALL';

export interface ChangeEmailSubscriptionInput {
  contactId: string;
  email: string;
  scope: SubscriptionScope;
  subtypeId?: string | null;
  subscribed: boolean;
  legalReason?: string | null;
  legalDescription?: string | null;
}

/**
 * A change an agent makes for a contact. GHL wants a legal reason to subscribe an email again to
 * a custom subtype or to everything; both are refused here without one, before any call.
 */
export async function changeEmailSubscription(ctx: GatewayContext, input: ChangeEmailSubscriptionInput): Promise<{ contactId: string; email: string }> {
  const contactId = ghlIdOf(input.contactId, 'Contact', 'contactId');
  const email = nonEmpty(input.email, 'email');
  if ((input.scope === 'SUBTYPE') !== (input.subtypeId != null)) throw gatewayError('BAD_USER_INPUT', 'subtypeId is required for scope SUBTYPE, and only for it');
  if (input.scope === 'ALL' && !input.subscribed) throw gatewayError('BAD_USER_INPUT', 'scope ALL only subscribes again: unsubscribe from each subtype instead');
  const legalReason = input.legalReason == null ? undefined : nonEmpty(input.legalReason, 'legalReason');
  if (input.subscribed && input.scope !== 'ONE_ON_ONE' && legalReason === undefined) {
    throw gatewayError('BAD_USER_INPUT', 'legalReason is required to subscribe an email again');
  }
  const contact = await ctx.loaders.contact.load(contactId);
  // A GHL subtype id is read in the contact's location; a global id of another location is refused.
  const subtype = input.subtypeId == null ? undefined : subtypeRefOf(ctx, input.subtypeId, contact.locationId);
  const status = input.subscribed ? 'subscribed' : 'unsubscribed';
  const action =
    input.scope === 'ONE_ON_ONE'
      ? { type: 'default', subtype_name: 'One on One', subtype_status: status }
      : input.scope === 'SUBTYPE'
        ? { type: 'custom', subtype_id: subtype!.id, subtype_status: status }
        : { type: 'resub_all', subtype_status: status };
  await ctx.ghl.call('changeEmailSubscription', {
    location: contact.locationId,
    body: definedOnly({
      contactId,
      email,
      subscription_action: action,
      legal_reason: legalReason,
      legal_description: input.legalDescription == null ? undefined : nonEmpty(input.legalDescription, 'legalDescription'),
    }),
  });
  ctx.loaders.emailSubscriptionsOfContact.clear({ locationId: contact.locationId, contactId });
  return { contactId, email };
}
