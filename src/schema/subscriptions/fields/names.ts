/**
 * How the event catalog reads in GraphQL: one object type, enum and subscription field per family,
 * and one enum value per event. Both tables are checked against the catalog (events.ts): an event
 * GHL adds there does not compile until it has its GraphQL name here.
 */
import type { EventFamily, EventType } from '../../../events/events.ts';

interface FamilyNames {
  /** The object type; its enum of event types is this name + `Type`. */
  typeName: string;
  /** The subscription field. */
  field: string;
  /** What the family's events are about, for the family's enum value and its field. */
  about: string;
}

export const familyNames = {
  contact: { typeName: 'ContactEvent', field: 'contactEvents', about: 'Contacts: created, changed, deleted, tagged, do-not-disturb changed.' },
  opportunity: {
    typeName: 'OpportunityEvent',
    field: 'opportunityEvents',
    about: 'Opportunities (deals): created, changed, deleted, moved stage, won or lost, revalued, reassigned.',
  },
  appointment: { typeName: 'AppointmentEvent', field: 'appointmentEvents', about: 'Calendar appointments: booked, changed, deleted.' },
  task: { typeName: 'TaskEvent', field: 'taskEvents', about: 'Tasks on contacts: created, completed, deleted.' },
  note: { typeName: 'NoteEvent', field: 'noteEvents', about: 'Notes on contacts: written, changed, deleted.' },
  message: {
    typeName: 'MessageEvent',
    field: 'messageEvents',
    about: 'Conversation messages (SMS, email, calls, chat, ...): received, sent, or handed to a custom conversation provider.',
  },
  conversation: { typeName: 'ConversationEvent', field: 'conversationEvents', about: 'Conversations: read or unread, starred, archived.' },
  campaign: { typeName: 'CampaignEvent', field: 'campaignEvents', about: 'A contact’s progress through a (legacy) campaign.' },
  email: { typeName: 'EmailStatsEvent', field: 'emailStatsEvents', about: 'Delivery statistics of emails sent through LC Email.' },
  invoice: {
    typeName: 'InvoiceEvent',
    field: 'invoiceEvents',
    about: 'Invoices: created, changed, deleted, sent, paid in part or in full, voided.',
  },
  order: { typeName: 'OrderEvent', field: 'orderEvents', about: 'Store and funnel orders: placed, status changed.' },
  product: { typeName: 'ProductEvent', field: 'productEvents', about: 'Products: created, changed, deleted.' },
  price: { typeName: 'PriceEvent', field: 'priceEvents', about: 'Prices of products: created, changed, deleted.' },
  location: { typeName: 'LocationEvent', field: 'locationEvents', about: 'The location (sub-account) itself: created, changed.' },
  user: { typeName: 'UserEvent', field: 'userEvents', about: 'Users of the location: created.' },
  app: { typeName: 'AppEvent', field: 'appEvents', about: 'Marketplace apps: installed, uninstalled, plan changed.' },
  association: {
    typeName: 'AssociationEvent',
    field: 'associationEvents',
    about: 'Association definitions (which kinds of records may be linked): created, changed, deleted.',
  },
  objectSchema: { typeName: 'ObjectSchemaEvent', field: 'objectSchemaEvents', about: 'Custom object definitions: created, changed.' },
  record: { typeName: 'RecordEvent', field: 'recordEvents', about: 'Records of custom objects (and businesses): created, changed, deleted.' },
  relation: { typeName: 'RelationEvent', field: 'relationEvents', about: 'Links between two records under an association: created, deleted.' },
} as const satisfies Record<EventFamily, FamilyNames>;

interface EventNames {
  /** The enum value, within its family's enum (`STAGE_UPDATE` of `OpportunityEventType`). */
  value: string;
  description: string;
  /** The record is gone: the event's entity is null, its id is still there. */
  deletes?: true;
}

export const eventNames = {
  ContactCreate: { value: 'CREATE', description: 'A contact was created (ContactCreate).' },
  ContactUpdate: { value: 'UPDATE', description: 'A contact changed (ContactUpdate).' },
  ContactDelete: { value: 'DELETE', description: 'A contact was deleted (ContactDelete).', deletes: true },
  ContactDndUpdate: { value: 'DND_UPDATE', description: 'A contact’s do-not-disturb settings changed (ContactDndUpdate).' },
  ContactTagUpdate: { value: 'TAG_UPDATE', description: 'A contact’s tags changed (ContactTagUpdate).' },

  OpportunityCreate: { value: 'CREATE', description: 'An opportunity was created (OpportunityCreate).' },
  OpportunityUpdate: { value: 'UPDATE', description: 'An opportunity changed (OpportunityUpdate).' },
  OpportunityDelete: { value: 'DELETE', description: 'An opportunity was deleted (OpportunityDelete).', deletes: true },
  OpportunityAssignedToUpdate: {
    value: 'ASSIGNED_TO_UPDATE',
    description: 'An opportunity was assigned to another user (OpportunityAssignedToUpdate).',
  },
  OpportunityMonetaryValueUpdate: {
    value: 'MONETARY_VALUE_UPDATE',
    description: 'An opportunity’s value changed (OpportunityMonetaryValueUpdate).',
  },
  OpportunityStageUpdate: { value: 'STAGE_UPDATE', description: 'An opportunity moved to another stage (OpportunityStageUpdate).' },
  OpportunityStatusUpdate: {
    value: 'STATUS_UPDATE',
    description: 'An opportunity was won, lost, abandoned or reopened (OpportunityStatusUpdate).',
  },

  AppointmentCreate: { value: 'CREATE', description: 'An appointment was booked (AppointmentCreate).' },
  AppointmentUpdate: { value: 'UPDATE', description: 'An appointment changed: rescheduled, confirmed, cancelled, ... (AppointmentUpdate).' },
  AppointmentDelete: { value: 'DELETE', description: 'An appointment was deleted (AppointmentDelete).', deletes: true },

  TaskCreate: { value: 'CREATE', description: 'A task was created (TaskCreate).' },
  TaskComplete: { value: 'COMPLETE', description: 'A task was completed (TaskComplete).' },
  TaskDelete: { value: 'DELETE', description: 'A task was deleted (TaskDelete).', deletes: true },

  NoteCreate: { value: 'CREATE', description: 'A note was written (NoteCreate).' },
  NoteUpdate: { value: 'UPDATE', description: 'A note changed (NoteUpdate).' },
  NoteDelete: { value: 'DELETE', description: 'A note was deleted (NoteDelete).', deletes: true },

  InboundMessage: { value: 'INBOUND', description: 'The contact sent a message, or called (InboundMessage).' },
  OutboundMessage: { value: 'OUTBOUND', description: 'The location sent a message, or called (OutboundMessage).' },
  ProviderOutboundMessage: {
    value: 'PROVIDER_OUTBOUND',
    description: 'A message for the location’s custom conversation provider to deliver (ProviderOutboundMessage; GHL sends it typed SMS or Email).',
  },

  ConversationUnreadUpdate: {
    value: 'UNREAD_UPDATE',
    description: 'A conversation was read or marked unread (ConversationUnreadUpdate, documented as ConversationUnreadWebhook).',
  },

  CampaignStatusUpdate: { value: 'STATUS_UPDATE', description: 'A contact’s status in a campaign changed (CampaignStatusUpdate).' },

  LCEmailStats: { value: 'STATS', description: 'The email provider reported on an email: delivered, opened, clicked, failed, ... (LCEmailStats).' },

  InvoiceCreate: { value: 'CREATE', description: 'An invoice was created (InvoiceCreate).' },
  InvoiceUpdate: { value: 'UPDATE', description: 'An invoice changed (InvoiceUpdate).' },
  InvoiceDelete: { value: 'DELETE', description: 'An invoice was deleted (InvoiceDelete).', deletes: true },
  InvoiceSent: { value: 'SENT', description: 'An invoice was sent to its contact (InvoiceSent).' },
  InvoicePaid: { value: 'PAID', description: 'An invoice was paid in full (InvoicePaid).' },
  InvoicePartiallyPaid: { value: 'PARTIALLY_PAID', description: 'A payment covered part of an invoice (InvoicePartiallyPaid).' },
  InvoiceVoid: { value: 'VOID', description: 'An invoice was voided (InvoiceVoid).' },

  OrderCreate: { value: 'CREATE', description: 'An order was placed (OrderCreate).' },
  OrderStatusUpdate: { value: 'STATUS_UPDATE', description: 'An order’s status changed (OrderStatusUpdate).' },

  ProductCreate: { value: 'CREATE', description: 'A product was created (ProductCreate).' },
  ProductUpdate: { value: 'UPDATE', description: 'A product changed (ProductUpdate).' },
  ProductDelete: { value: 'DELETE', description: 'A product was deleted (ProductDelete).', deletes: true },

  PriceCreate: { value: 'CREATE', description: 'A price was created (PriceCreate).' },
  PriceUpdate: { value: 'UPDATE', description: 'A price changed (PriceUpdate).' },
  PriceDelete: { value: 'DELETE', description: 'A price was deleted (PriceDelete).', deletes: true },

  LocationCreate: { value: 'CREATE', description: 'The location was created (LocationCreate).' },
  LocationUpdate: { value: 'UPDATE', description: 'The location changed (LocationUpdate).' },

  UserCreate: { value: 'CREATE', description: 'A user was created (UserCreate).' },

  AppInstall: { value: 'INSTALL', description: 'An app was installed (AppInstall; GHL sends INSTALL).' },
  AppUninstall: { value: 'UNINSTALL', description: 'An app was uninstalled (AppUninstall; GHL sends UNINSTALL).' },
  PlanChange: { value: 'PLAN_CHANGE', description: 'An app’s plan changed (PlanChange; GHL sends PLAN_CHANGE).' },

  AssociationCreate: { value: 'CREATE', description: 'An association was defined (AssociationCreate).' },
  AssociationUpdate: { value: 'UPDATE', description: 'An association changed (AssociationUpdate).' },
  AssociationDelete: { value: 'DELETE', description: 'An association was deleted (AssociationDelete).', deletes: true },

  ObjectSchemaCreate: { value: 'CREATE', description: 'A custom object was defined (ObjectSchemaCreate).' },
  ObjectSchemaUpdate: { value: 'UPDATE', description: 'A custom object’s definition changed (ObjectSchemaUpdate).' },

  RecordCreate: { value: 'CREATE', description: 'A record was created (RecordCreate).' },
  RecordUpdate: { value: 'UPDATE', description: 'A record changed (RecordUpdate).' },
  RecordDelete: { value: 'DELETE', description: 'A record was deleted (RecordDelete).', deletes: true },

  RelationCreate: { value: 'CREATE', description: 'Two records were linked (RelationCreate).' },
  RelationDelete: { value: 'DELETE', description: 'A link between two records was removed (RelationDelete).', deletes: true },
} as const satisfies Record<EventType, EventNames>;

/** The record the event is about no longer exists. */
export function deletes(type: EventType): boolean {
  return 'deletes' in eventNames[type];
}
