/**
 * Every webhook event in GHL's docs (reference/ghl-webhook-events): its family, the `type` values
 * GHL sends for it, where its location is, and which record it is about. The receiver reads a
 * payload only through this catalog; subscription fields filter on its names and families.
 */
import type { EventPayloads } from './payloads.ts';

export type EventFamily = keyof EventPayloads;

interface FamilySpec {
  /** Where the id of the record an event is about sits in the payload. */
  entityId: readonly string[];
  /** Where the location sits when the payload has no `locationId`. */
  locationId?: (payload: Record<string, unknown>) => unknown;
  /** Events GHL may send for a whole agency: a `companyId` and no location. */
  companyLevel?: boolean;
}

/** Invoices and orders name their owner as `altId`/`altType`, a location or an agency. */
const ownerLocation = (payload: Record<string, unknown>) => (payload['altType'] === 'location' ? payload['altId'] : undefined);

export const families = {
  contact: { entityId: ['id'] },
  opportunity: { entityId: ['id'] },
  appointment: { entityId: ['appointment', 'id'] },
  task: { entityId: ['id'] },
  note: { entityId: ['id'] },
  message: { entityId: ['messageId'] },
  conversation: { entityId: ['id'] },
  campaign: { entityId: ['id'] },
  email: { entityId: ['webhookPayload', 'id'] },
  invoice: { entityId: ['_id'], locationId: ownerLocation },
  order: { entityId: ['_id'], locationId: ownerLocation },
  product: { entityId: ['_id'] },
  price: { entityId: ['_id'] },
  // A location event is about the location itself.
  location: { entityId: ['id'], locationId: (payload) => payload['id'], companyLevel: true },
  // An agency user has a companyId and no location.
  user: { entityId: ['id'], companyLevel: true },
  // An app installed for a whole agency has a companyId and no location.
  app: { entityId: ['appId'], companyLevel: true },
  association: { entityId: ['id'] },
  objectSchema: { entityId: ['id'] },
  record: { entityId: ['id'] },
  relation: { entityId: ['id'] },
} as const satisfies Record<EventFamily, FamilySpec>;

interface EventSpec {
  family: EventFamily;
  /** The `type` values GHL sends, where they are not the event's name. */
  sentAs?: readonly string[];
}

export const eventCatalog = {
  ContactCreate: { family: 'contact' },
  ContactUpdate: { family: 'contact' },
  ContactDelete: { family: 'contact' },
  ContactDndUpdate: { family: 'contact' },
  ContactTagUpdate: { family: 'contact' },

  OpportunityCreate: { family: 'opportunity' },
  OpportunityUpdate: { family: 'opportunity' },
  OpportunityDelete: { family: 'opportunity' },
  OpportunityAssignedToUpdate: { family: 'opportunity' },
  OpportunityMonetaryValueUpdate: { family: 'opportunity' },
  OpportunityStageUpdate: { family: 'opportunity' },
  OpportunityStatusUpdate: { family: 'opportunity' },

  AppointmentCreate: { family: 'appointment' },
  AppointmentUpdate: { family: 'appointment' },
  AppointmentDelete: { family: 'appointment' },

  TaskCreate: { family: 'task' },
  TaskComplete: { family: 'task' },
  TaskDelete: { family: 'task' },

  NoteCreate: { family: 'note' },
  NoteUpdate: { family: 'note' },
  NoteDelete: { family: 'note' },

  InboundMessage: { family: 'message' },
  OutboundMessage: { family: 'message' },
  // Sent to a custom conversation provider's delivery URL, with the channel as its `type`.
  ProviderOutboundMessage: { family: 'message', sentAs: ['SMS', 'Email'] },

  // Documented as ConversationUnreadWebhook; its payload says ConversationUnreadUpdate.
  ConversationUnreadUpdate: { family: 'conversation' },

  CampaignStatusUpdate: { family: 'campaign' },

  LCEmailStats: { family: 'email' },

  InvoiceCreate: { family: 'invoice' },
  InvoiceUpdate: { family: 'invoice' },
  InvoiceDelete: { family: 'invoice' },
  InvoiceSent: { family: 'invoice' },
  InvoicePaid: { family: 'invoice' },
  InvoicePartiallyPaid: { family: 'invoice' },
  InvoiceVoid: { family: 'invoice' },

  OrderCreate: { family: 'order' },
  OrderStatusUpdate: { family: 'order' },

  ProductCreate: { family: 'product' },
  ProductUpdate: { family: 'product' },
  ProductDelete: { family: 'product' },

  PriceCreate: { family: 'price' },
  PriceUpdate: { family: 'price' },
  PriceDelete: { family: 'price' },

  LocationCreate: { family: 'location' },
  LocationUpdate: { family: 'location' },

  UserCreate: { family: 'user' },

  AppInstall: { family: 'app', sentAs: ['INSTALL'] },
  AppUninstall: { family: 'app', sentAs: ['UNINSTALL'] },
  PlanChange: { family: 'app', sentAs: ['PLAN_CHANGE'] },

  AssociationCreate: { family: 'association' },
  AssociationUpdate: { family: 'association' },
  AssociationDelete: { family: 'association' },

  ObjectSchemaCreate: { family: 'objectSchema' },
  ObjectSchemaUpdate: { family: 'objectSchema' },

  RecordCreate: { family: 'record' },
  RecordUpdate: { family: 'record' },
  RecordDelete: { family: 'record' },

  RelationCreate: { family: 'relation' },
  RelationDelete: { family: 'relation' },
} as const satisfies Record<string, EventSpec>;

export type EventType = keyof typeof eventCatalog;
export type EventTypeOf<F extends EventFamily> = { [T in EventType]: (typeof eventCatalog)[T]['family'] extends F ? T : never }[EventType];

const byWireType = new Map<string, EventType>(
  Object.entries(eventCatalog).flatMap(([name, spec]) => [name, ...('sentAs' in spec ? spec.sentAs : [])].map((sent) => [sent, name as EventType])),
);

/** The event a payload's `type` names, if the catalog knows it. */
export function eventTypeOf(sentType: string): EventType | undefined {
  return byWireType.get(sentType);
}

export function isEventType(name: string): name is EventType {
  return Object.hasOwn(eventCatalog, name);
}

export function familyOf(type: EventType): EventFamily {
  return eventCatalog[type].family;
}

/** Where an event happened: its location, or for agency-level events only its company. */
export function scopeOf(type: EventType, payload: Record<string, unknown>): { locationId?: string; companyId?: string } {
  const family: FamilySpec = families[familyOf(type)];
  const locationId = nonEmpty(payload['locationId']) ?? nonEmpty(family.locationId?.(payload));
  const companyId = family.companyLevel ? nonEmpty(payload['companyId']) : undefined;
  return { ...(locationId && { locationId }), ...(companyId && { companyId }) };
}

/** The GHL id of the record an event is about, when its payload carries one. */
export function entityIdOf(type: EventType, payload: Record<string, unknown>): string | undefined {
  let value: unknown = payload;
  for (const key of families[familyOf(type)].entityId) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return nonEmpty(value);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A verified webhook as subscribers get it; plain JSON, as it may cross Redis to another replica. */
export type WebhookEvent<F extends EventFamily = EventFamily> = {
  [K in F]: {
    type: EventTypeOf<K>;
    family: K;
    locationId: string;
    webhookId: string;
    /** ISO 8601, as GHL stamped the delivery. */
    timestamp: string;
    entityId: string | null;
    payload: EventPayloads[K];
  };
}[F];
