/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened, for AppointmentEvent. */
export type AppointmentEventType =
  /** An appointment was booked (AppointmentCreate). */
  | 'CREATE'
  /** An appointment was deleted (AppointmentDelete). */
  | 'DELETE'
  /** An appointment changed: rescheduled, confirmed, cancelled, ... (AppointmentUpdate). */
  | 'UPDATE';

/** Where an appointment stands. */
export type AppointmentStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Confirmed. */
  | 'CONFIRMED'
  /** Not a real booking. */
  | 'INVALID'
  /** Booked, not confirmed yet. */
  | 'NEW'
  /** The contact did not come. */
  | 'NOSHOW'
  /** The contact came. */
  | 'SHOWED';

/** Who defined an association. */
export type AssociationType =
  /** Defined by GHL. */
  | 'SYSTEM_DEFINED'
  /** Defined by the location. */
  | 'USER_DEFINED';

/** One opening range within a day. */
export type CalendarHoursInput = {
  /** Hour it closes (0-23); after it opens. */
  closeHour: number;
  /** Minute it closes (0-59). */
  closeMinute: number;
  /** Hour it opens (0-23). */
  openHour: number;
  /** Minute it opens (0-59). */
  openMinute: number;
};

/** Weekly availability on some days of the week. */
export type CalendarOpenHoursInput = {
  /** Days: 0 (Sunday) to 6 (Saturday). */
  daysOfTheWeek: Array<number>;
  /** Opening ranges on those days. */
  hours: Array<CalendarHoursInput>;
};

/** A user who takes bookings on a new calendar. */
export type CalendarTeamMemberInput = {
  /** The primary member (collective calendars need exactly one). */
  isPrimary?: boolean | null | undefined;
  /** Round-robin priority: 0, 0.5 (default) or 1. */
  priority?: number | null | undefined;
  /** User id or GHL user id. */
  userId: string | number;
};

/** What kind of calendar it is. */
export type CalendarType =
  /** Many contacts book seats in one slot. */
  | 'CLASS_BOOKING'
  /** Every member attends; one is primary. */
  | 'COLLECTIVE'
  /** An event calendar. */
  | 'EVENT'
  /** One user’s own calendar. */
  | 'PERSONAL'
  /** Bookings shared out among a team. */
  | 'ROUND_ROBIN'
  /** Services booked with staff. */
  | 'SERVICE_BOOKING';

/** What happened, for ContactEvent. */
export type ContactEventType =
  /** A contact was created (ContactCreate). */
  | 'CREATE'
  /** A contact was deleted (ContactDelete). */
  | 'DELETE'
  /** A contact’s do-not-disturb settings changed (ContactDndUpdate). */
  | 'DND_UPDATE'
  /** A contact’s tags changed (ContactTagUpdate). */
  | 'TAG_UPDATE'
  /** A contact changed (ContactUpdate). */
  | 'UPDATE';

/** Conditions GoHighLevel applies to a contact search; every condition given must hold. */
export type ContactFilter = {
  /** Assigned to this user (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** Added within this range. */
  createdAt?: DateTimeRange | null | undefined;
  /** Custom field values it holds. */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  /** Do not disturb on every channel (true) or not (false). */
  dnd?: boolean | null | undefined;
  /** Last active within this range. */
  lastActivityAt?: DateTimeRange | null | undefined;
  /** Has every one of these tags (tags ignore case). */
  tags?: Array<string> | null | undefined;
};

/** The order of a contact list. */
export type ContactOrder = {
  /** Which way. */
  direction: OrderDirection;
  /** What to sort by. */
  field: ContactOrderField;
};

/** What a contact list is sorted by. */
export type ContactOrderField =
  /** When the contact was added. */
  | 'CREATED_AT'
  /** The contact’s latest activity; contacts without any come last. */
  | 'LAST_ACTIVITY'
  /** First name, then last name, ignoring case. */
  | 'NAME';

/** What happened, for ConversationEvent. */
export type ConversationEventType =
  /** A conversation was read or marked unread (ConversationUnreadUpdate, documented as ConversationUnreadWebhook). */
  | 'UNREAD_UPDATE';

/** How a coupon’s discount is counted. */
export type CouponDiscountType =
  /** An amount off, in the price’s currency. */
  | 'AMOUNT'
  /** Percent off (0 to 100). */
  | 'PERCENTAGE';

/** A coupon as it is to be (GoHighLevel replaces the whole coupon on an edit). */
export type CouponInput = {
  /** What a customer types: letters, digits, - and _; unique in the location. */
  code: string;
  /** How the discount is counted. */
  discountType: CouponDiscountType;
  /** Percent (at most 100) or amount off; greater than 0. */
  discountValue: number;
  /** When it ends, after startAt; never when left out. */
  endAt?: string | null | undefined;
  /** Each customer may use it once. */
  limitedToOnePerCustomer?: boolean | null | undefined;
  /** Name. */
  name: string;
  /** The products it is for (Product ids or GHL product ids); every product when left out. */
  productIds?: Array<string | number> | null | undefined;
  /** When it starts. */
  startAt: string;
  /** How often it may be used in all; no limit when left out. */
  usageLimit?: number | null | undefined;
};

/** Whether a coupon can be used now: it follows its dates. */
export type CouponStatus =
  /** Can be used. */
  | 'ACTIVE'
  /** Ended. */
  | 'EXPIRED'
  /** Starts later. */
  | 'SCHEDULED';

/** A new appointment. */
export type CreateAppointmentInput = {
  /** Where it takes place (address or meeting link). */
  address?: string | null | undefined;
  /** Status. */
  appointmentStatus?: AppointmentStatus | null | undefined;
  /** The user who owns it (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** The calendar (Calendar id or GHL calendar id). */
  calendarId: string | number;
  /** The contact it is with (Contact id or GHL contact id). */
  contactId: string | number;
  /** Description. */
  description?: string | null | undefined;
  /** When it ends; after startTime. GHL uses the slot length when left out. */
  endTime?: string | null | undefined;
  /** Book even outside the calendar’s minimum notice and date range. */
  ignoreDateRange?: boolean | null | undefined;
  /** Book even outside the free slots. */
  ignoreFreeSlotValidation?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Which of the calendar’s meeting locations (`locationConfigurations`), by its id. */
  meetingLocationId?: string | null | undefined;
  /** How it takes place. */
  meetingLocationType?: MeetingLocationType | null | undefined;
  /** Use meetingLocationType rather than the calendar’s configured location. */
  overrideLocationConfig?: boolean | null | undefined;
  /** When it starts. */
  startTime: string;
  /** Title. */
  title?: string | null | undefined;
  /** Run the calendar’s automations (default true). */
  toNotify?: boolean | null | undefined;
};

/** A new association between two kinds of records. */
export type CreateAssociationInput = {
  /** Kind of the first record (`contact`, `custom_objects.pets`). */
  firstObjectKey: string;
  /** What the first record is called in it (`Owner`). */
  firstObjectLabel: string;
  /** Its unique key (`pet_owner`). */
  key: string;
  /** Kind of the second record. */
  secondObjectKey: string;
  /** What the second record is called in it (`Pet`). */
  secondObjectLabel: string;
};

/** Time to block, on a calendar or for a user (one of them). */
export type CreateBlockSlotInput = {
  /** The user to block (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** The calendar to block (Calendar id or GHL calendar id). */
  calendarId?: string | number | null | undefined;
  /** When it ends; after startTime. */
  endTime: string;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** When it starts. */
  startTime: string;
  /** Title. */
  title?: string | null | undefined;
};

/** A new calendar. Durations are in minutes. */
export type CreateCalendarInput = {
  /** Contacts may cancel. */
  allowCancellation?: boolean | null | undefined;
  /** Contacts may reschedule. */
  allowReschedule?: boolean | null | undefined;
  /** Bookings a day takes (at least 1). */
  appointmentsPerDay?: number | null | undefined;
  /** Bookings a slot takes per user (at least 1). */
  appointmentsPerSlot?: number | null | undefined;
  /** Confirm bookings without review. */
  autoConfirm?: boolean | null | undefined;
  /** Kind of calendar. */
  calendarType?: CalendarType | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Colour of booked events, as a hex code like "#039be5". */
  eventColor?: string | null | undefined;
  /** Title template of booked events, e.g. "{{contact.name}}". */
  eventTitle?: string | null | undefined;
  /** GHL id of a calendar group to put it in. */
  groupId?: string | number | null | undefined;
  /** Active (default) or draft. */
  isActive?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Name. */
  name: string;
  /** Standard weekly availability. */
  openHours?: Array<CalendarOpenHoursInput> | null | undefined;
  /** Minutes kept free before a meeting. */
  preBuffer?: number | null | undefined;
  /** Minutes kept free after a meeting. */
  slotBuffer?: number | null | undefined;
  /** Length of a meeting, in minutes (at least 1). */
  slotDuration?: number | null | undefined;
  /** Minutes between the starts of two slots (at least 1). */
  slotInterval?: number | null | undefined;
  /** URL slug of the booking page. */
  slug?: string | null | undefined;
  /** The users who take bookings. */
  teamMembers?: Array<CalendarTeamMemberInput> | null | undefined;
};

/** A new contact. */
export type CreateContactInput = {
  /** Street address. */
  address1?: string | null | undefined;
  /** User to assign the contact to (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Company name. */
  companyName?: string | null | undefined;
  /** Two-letter ISO 3166 country code, e.g. US. */
  country?: string | null | undefined;
  /** Custom field values. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Date of birth. */
  dateOfBirth?: string | null | undefined;
  /** Do not disturb on every channel. */
  dnd?: boolean | null | undefined;
  /** Do-not-disturb state per channel. */
  dndSettings?: DndSettingsInput | null | undefined;
  /** Email address (validated). */
  email?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Gender. */
  gender?: string | null | undefined;
  /** Do-not-disturb state of the messages the contact sends. */
  inboundDndSettings?: InboundDndSettingsInput | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Location to create it in; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number, ideally E.164 such as +14155551234. */
  phone?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Where the contact comes from. */
  source?: string | null | undefined;
  /** State or region. */
  state?: string | null | undefined;
  /** Tags; replaces the contact’s tags. */
  tags?: Array<string> | null | undefined;
  /** IANA time zone. */
  timezone?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
};

/** A new draft estimate. The contact’s details are copied onto it from the contact. */
export type CreateEstimateInput = {
  /** The contact it is for (Contact id or GHL contact id). */
  contactId: string | number;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Discount on the whole estimate; none when left out. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** Day the offer expires; not before issueDate. */
  expiryDate?: string | null | undefined;
  /** Day it is issued; today when left out. */
  issueDate?: string | null | undefined;
  /** The lines; at least one. */
  items: Array<InvoiceItemInput>;
  /** Live payments (default) or test mode. */
  liveMode?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Name of the estimate. */
  name: string;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on it. */
  title?: string | null | undefined;
};

/** A new invoice. The contact’s details are copied onto it from the contact. */
export type CreateInvoiceInput = {
  /** The contact billed (Contact id or GHL contact id). */
  contactId: string | number;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Discount on the whole invoice; none when left out. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** Day it is due; not before issueDate. */
  dueDate?: string | null | undefined;
  /** Invoice number, in digits; GHL numbers it when left out. */
  invoiceNumber?: string | null | undefined;
  /** Day it is issued. */
  issueDate: string;
  /** The lines; at least one. */
  items: Array<InvoiceItemInput>;
  /** Live payments (default) or test mode. */
  liveMode?: boolean | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Name of the invoice. */
  name: string;
  /** Recipients; defaults to the contact’s email and phone. */
  sentTo?: InvoiceRecipientsInput | null | undefined;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on it. */
  title?: string | null | undefined;
};

/** A new sub-account. */
export type CreateLocationInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** GHL id of the agency (company). */
  companyId: string | number;
  /** Two-letter ISO 3166 country code, e.g. US. */
  country?: string | null | undefined;
  /** Name of the sub-account. */
  name: string;
  /** Phone, E.164 such as +13105551234. */
  phone?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** The owner: name and email. */
  prospect?: LocationProspectInput | null | undefined;
  /** Behaviour switches. */
  settings?: LocationSettingsInput | null | undefined;
  /** Social profiles. */
  social?: LocationSocialInput | null | undefined;
  /** State or region. */
  state?: string | null | undefined;
  /** IANA time zone, e.g. America/Los_Angeles (see `timezones`). */
  timezone?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
};

/** A new deal. */
export type CreateOpportunityInput = {
  /** User working the deal (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** The contact (Contact id or GHL contact id). */
  contactId: string | number;
  /** Custom field values (fields of the `OPPORTUNITY` model). */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Location; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Value of the deal. */
  monetaryValue?: number | null | undefined;
  /** Name of the deal. */
  name: string;
  /** The pipeline (Pipeline id or GHL id). */
  pipelineId: string | number;
  /** The stage (PipelineStage id or GHL id); GHL picks the first when left out. */
  stageId?: string | number | null | undefined;
  /** Defaults to OPEN. */
  status?: OpportunityStatus | null | undefined;
};

/** A new price for a product. */
export type CreatePriceInput = {
  /** Amount in currency units; not negative. */
  amount: number;
  /** A higher price shown struck through beside it; not negative. */
  compareAtPrice?: number | null | undefined;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Description. */
  description?: string | null | undefined;
  /** Name of the price (e.g. "Monthly"). */
  name: string;
  /** How often it is charged; required for RECURRING, refused otherwise. */
  recurring?: PriceRecurringInput | null | undefined;
  /** One-off fee charged with the first payment; not negative. */
  setupFee?: number | null | undefined;
  /** How many times a recurring price is charged; at least 1. */
  totalCycles?: number | null | undefined;
  /** Free trial, in days. */
  trialPeriod?: number | null | undefined;
  /** One-time or recurring. */
  type: PriceType;
};

/** A new product. */
export type CreateProductInput = {
  /** List it in the location’s online store. */
  availableInStore?: boolean | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Image URL. */
  image?: string | null | undefined;
  /** Location id or GHL location id; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Name. */
  name: string;
  /** What kind of thing it is. */
  productType: ProductType;
  /** Text on the buyer’s card statement. */
  statementDescriptor?: string | null | undefined;
};

/** A new redirect. */
export type CreateRedirectInput = {
  /** What it points to. */
  action: RedirectAction;
  /** One of the location’s domains, e.g. `example.com`. */
  domain: string;
  /** Location; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** The path to redirect, starting with `/`. */
  path: string;
  /** Where it goes. */
  target: string;
};

/** A new post. */
export type CreateSocialPostInput = {
  /** GHL ids of the connected accounts to post to. */
  accountIds: Array<string>;
  /** Images and videos, by URL (e.g. from the media library). */
  mediaUrls?: Array<string> | null | undefined;
  /** When it goes out; now when left out. */
  scheduleDate?: string | null | undefined;
  /** DRAFT to keep it back; GHL decides otherwise. */
  status?: SocialPostStatus | null | undefined;
  /** The text; each platform trims it to its own limit. */
  summary?: string | null | undefined;
  /** GHL ids of planner tags. */
  tags?: Array<string> | null | undefined;
  /** Its format; POST when left out. */
  type?: SocialPostType | null | undefined;
  /** The user posting (User id or GHL user id). */
  userId: string | number;
};

/** A new task. */
export type CreateTaskInput = {
  /** User to assign it to (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** Details. */
  body?: string | null | undefined;
  /** Done or not (new tasks default to not done). */
  completed?: boolean | null | undefined;
  /** When it is due. */
  dueDate: string;
  /** Title. */
  title: string;
};

/** A new user. */
export type CreateUserInput = {
  /** GHL id of the agency (company). */
  companyId: string | number;
  /** Email, the login; unique across GoHighLevel. */
  email: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Locations the user works in (Location ids or GHL ids), at least one. */
  locationIds: Array<string | number>;
  /** Initial password, 8 characters or more. Never stored or logged by the gateway. */
  password: string;
  /** Feature permissions. */
  permissions?: UserPermissionsInput | null | undefined;
  /** Phone, E.164 such as +14155559876. */
  phone?: string | null | undefined;
  /** UI language, e.g. en_US. */
  platformLanguage?: string | null | undefined;
  /** Admin or user. */
  role: UserRoleName;
  /** OAuth scopes granted to the user, e.g. contacts.write. */
  scopes?: Array<string> | null | undefined;
  /** Agency or location user. */
  type: UserType;
};

/** Contacts whose custom field holds a value (for an options field: has that option). */
export type CustomFieldFilter = {
  /** The value, ignoring case. */
  equals: string;
  /** Id of the custom field definition. */
  fieldId: string;
};

/** A value for one custom field. */
export type CustomFieldValueInput = {
  /** Id of the custom field definition. */
  fieldId: string;
  /** The value: text, number, list of options, ... */
  value?: unknown;
};

/** What kind of value a field of an object holds. */
export type CustomObjectFieldType =
  /** Checkboxes: a list of option keys. */
  | 'CHECKBOX'
  /** A calendar day. */
  | 'DATE'
  /** Uploaded files. */
  | 'FILE_UPLOAD'
  /** Several lines of text. */
  | 'LARGE_TEXT'
  /** An amount of money: `{ currency, value }`. */
  | 'MONETARY'
  /** Several options of a list. */
  | 'MULTIPLE_OPTIONS'
  /** A number. */
  | 'NUMERICAL'
  /** A phone number. */
  | 'PHONE'
  /** One option, as radio buttons. */
  | 'RADIO'
  /** One option of a list (a dropdown). */
  | 'SINGLE_OPTIONS'
  /** One line of text. */
  | 'TEXT'
  /** A text per option. */
  | 'TEXTBOX_LIST';

/** The values of a record of a custom object. */
export type CustomObjectRecordInput = {
  /** Users following it (User ids or GHL user ids): up to ten. */
  followers?: Array<string | number> | null | undefined;
  /** The user who owns it (User id or GHL user id): one, for now. */
  owner?: Array<string | number> | null | undefined;
  /** Values by field name (`{ "name": "Buddy", "age": 3 }`), each of its field’s type. */
  properties?: Record<string, unknown> | null | undefined;
};

/** Instants between two bounds, both included; a missing bound is open. */
export type DateTimeRange = {
  /** On or after this instant. */
  from?: string | null | undefined;
  /** On or before this instant. */
  to?: string | null | undefined;
};

/** Do-not-disturb state of one channel. */
export type DndChannelInput = {
  /** Reason code. */
  code?: string | null | undefined;
  /** Why. */
  message?: string | null | undefined;
  /** The state. */
  status: DndStatus;
};

/** Do-not-disturb state per channel; channels left out stay as they are. */
export type DndSettingsInput = {
  /** Calls. */
  call?: DndChannelInput | null | undefined;
  /** Email. */
  email?: DndChannelInput | null | undefined;
  /** Facebook Messenger. */
  fb?: DndChannelInput | null | undefined;
  /** Google Business Messages. */
  gmb?: DndChannelInput | null | undefined;
  /** SMS. */
  sms?: DndChannelInput | null | undefined;
  /** WhatsApp. */
  whatsApp?: DndChannelInput | null | undefined;
};

/** Do-not-disturb state of a channel. */
export type DndStatus =
  /** Messages on this channel are blocked. */
  | 'ACTIVE'
  /** Messages on this channel are allowed. */
  | 'INACTIVE'
  /** Blocked for good (e.g. the contact replied STOP). */
  | 'PERMANENT';

/** Whom an email reply goes to. */
export type EmailReplyMode =
  /** The sender only. */
  | 'REPLY'
  /** The sender and every other recipient. */
  | 'REPLY_ALL';

/** Where an estimate is in its life. */
export type EstimateStatus =
  /** The contact accepted it. */
  | 'ACCEPTED'
  /** The contact declined it. */
  | 'DECLINED'
  /** Being written; not sent yet. */
  | 'DRAFT'
  /** An invoice was made from it; it takes no more changes. */
  | 'INVOICED'
  /** Sent to the contact. */
  | 'SENT'
  /** The contact opened it. */
  | 'VIEWED';

/** A line of the order being shipped, by its price. */
export type FulfillmentItemInput = {
  /** GHL id of the line’s price (`OrderItem.priceId`). */
  priceId: string | number;
  /** How many ship; at least 1, at most what is left of the line. */
  qty: number;
};

/** How much of an order has shipped. */
export type FulfillmentStatus =
  /** Everything shipped. */
  | 'FULFILLED'
  /** Some lines shipped. */
  | 'PARTIALLY_FULFILLED'
  /** Nothing shipped yet. */
  | 'UNFULFILLED';

/** A funnel or a website. */
export type FunnelType =
  /** A funnel: steps a visitor goes through in order. */
  | 'FUNNEL'
  /** A website: pages a visitor browses. */
  | 'WEBSITE';

/** What a webhook event is about: the values the `events` field’s `families` argument takes. */
export type GhlEventFamily =
  /** Marketplace apps: installed, uninstalled, plan changed. */
  | 'APP'
  /** Calendar appointments: booked, changed, deleted. */
  | 'APPOINTMENT'
  /** Association definitions (which kinds of records may be linked): created, changed, deleted. */
  | 'ASSOCIATION'
  /** A contact’s progress through a (legacy) campaign. */
  | 'CAMPAIGN'
  /** Contacts: created, changed, deleted, tagged, do-not-disturb changed. */
  | 'CONTACT'
  /** Conversations: read or unread, starred, archived. */
  | 'CONVERSATION'
  /** Delivery statistics of emails sent through LC Email. */
  | 'EMAIL'
  /** Invoices: created, changed, deleted, sent, paid in part or in full, voided. */
  | 'INVOICE'
  /** The location (sub-account) itself: created, changed. */
  | 'LOCATION'
  /** Conversation messages (SMS, email, calls, chat, ...): received, sent, or handed to a custom conversation provider. */
  | 'MESSAGE'
  /** Notes on contacts: written, changed, deleted. */
  | 'NOTE'
  /** Custom object definitions: created, changed. */
  | 'OBJECT_SCHEMA'
  /** Opportunities (deals): created, changed, deleted, moved stage, won or lost, revalued, reassigned. */
  | 'OPPORTUNITY'
  /** Store and funnel orders: placed, status changed. */
  | 'ORDER'
  /** Prices of products: created, changed, deleted. */
  | 'PRICE'
  /** Products: created, changed, deleted. */
  | 'PRODUCT'
  /** Records of custom objects (and businesses): created, changed, deleted. */
  | 'RECORD'
  /** Links between two records under an association: created, deleted. */
  | 'RELATION'
  /** Tasks on contacts: created, completed, deleted. */
  | 'TASK'
  /** Users of the location: created. */
  | 'USER';

/** Channels an inbound message can be recorded from. */
export type InboundChannel =
  /** Received by CALL. */
  | 'CALL'
  /** Received by CUSTOM. */
  | 'CUSTOM'
  /** Received by EMAIL. */
  | 'EMAIL'
  /** Received by FACEBOOK. */
  | 'FACEBOOK'
  /** Received by GMB. */
  | 'GMB'
  /** Received by INSTAGRAM. */
  | 'INSTAGRAM'
  /** Received by LIVE_CHAT. */
  | 'LIVE_CHAT'
  /** Received by SMS. */
  | 'SMS'
  /** Received by WEB_CHAT. */
  | 'WEB_CHAT'
  /** Received by WHATSAPP. */
  | 'WHATSAPP';

/** Do-not-disturb state of the messages a contact sends. */
export type InboundDndInput = {
  /** Why. */
  message?: string | null | undefined;
  /** The state. */
  status: InboundDndStatus;
};

/** Do-not-disturb state of the messages a contact sends, as GHL takes it. */
export type InboundDndSettingsInput = {
  /** On every channel. */
  all?: InboundDndInput | null | undefined;
};

/** Do-not-disturb state of the messages a contact sends. */
export type InboundDndStatus =
  /** Messages from the contact are blocked. */
  | 'ACTIVE'
  /** Messages from the contact come through. */
  | 'INACTIVE';

/** A message the contact sent on another system, recorded in a conversation. */
export type InboundMessageInput = {
  /** URLs of attached files. */
  attachments?: Array<string> | null | undefined;
  /** Where it came from. */
  channel: InboundChannel;
  /** The conversation (Conversation id or GHL id). */
  conversationId: string | number;
  /** The custom conversation provider it came through, if any. */
  conversationProviderId?: string | number | null | undefined;
  /** When it was received; now when left out. */
  date?: string | null | undefined;
  /** Email blind copies. */
  emailBcc?: Array<string> | null | undefined;
  /** Email copies. */
  emailCc?: Array<string> | null | undefined;
  /** Email sender. */
  emailFrom?: string | null | undefined;
  /** The email’s Message-ID header, which replies thread on. */
  emailMessageId?: string | null | undefined;
  /** Email recipient. */
  emailTo?: string | null | undefined;
  /** Email body as HTML. */
  html?: string | null | undefined;
  /** Text. */
  message?: string | null | undefined;
  /** Email subject. */
  subject?: string | null | undefined;
};

/** How the app came to be installed on a location. */
export type InstallSource =
  /** Installed through its agency; its token is minted from the agency’s (POST /oauth/locationToken). */
  | 'AGENCY'
  /** Installed on the location itself; its token is refreshed with its own refresh token. */
  | 'LOCATION';

/** A discount on the whole invoice. */
export type InvoiceDiscountInput = {
  /** How it is counted. */
  type: InvoiceDiscountType;
  /** Percent (0 to 100) or amount off; not negative. */
  value: number;
};

/** How a discount is counted. */
export type InvoiceDiscountType =
  /** An amount in the invoice’s currency. */
  | 'FIXED'
  /** Percent of the subtotal (0 to 100). */
  | 'PERCENTAGE';

/** What happened, for InvoiceEvent. */
export type InvoiceEventType =
  /** An invoice was created (InvoiceCreate). */
  | 'CREATE'
  /** An invoice was deleted (InvoiceDelete). */
  | 'DELETE'
  /** An invoice was paid in full (InvoicePaid). */
  | 'PAID'
  /** A payment covered part of an invoice (InvoicePartiallyPaid). */
  | 'PARTIALLY_PAID'
  /** An invoice was sent to its contact (InvoiceSent). */
  | 'SENT'
  /** An invoice changed (InvoiceUpdate). */
  | 'UPDATE'
  /** An invoice was voided (InvoiceVoid). */
  | 'VOID';

/** One line of a new invoice, in the invoice’s currency. */
export type InvoiceItemInput = {
  /** Price of one unit; greater than 0. */
  amount: number;
  /** Details. */
  description?: string | null | undefined;
  /** What is billed. */
  name: string;
  /** GHL id of the product’s price. */
  priceId?: string | number | null | undefined;
  /** GHL id of a product, to link the line to it. */
  productId?: string | number | null | undefined;
  /** Quantity; greater than 0. */
  qty: number;
};

/** How a manually recorded payment (of an invoice or an order) was made. */
export type InvoicePaymentMode =
  /** Bank transfer. */
  | 'BANK_TRANSFER'
  /** Card (give `card`). */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Cheque (give `cheque`). */
  | 'CHEQUE'
  /** Anything else. */
  | 'OTHER';

/** Where the invoice goes when sent; defaults to the contact’s email and phone. */
export type InvoiceRecipientsInput = {
  /** Email addresses. */
  emails?: Array<string> | null | undefined;
  /** Phone numbers (E.164). */
  phones?: Array<string> | null | undefined;
};

/** When a schedule issues its invoices. */
export type InvoiceRecurrenceInput = {
  /** How many invoices in all; at least 1. */
  count?: number | null | undefined;
  /** Day of the month (1 to 31), for a monthly rule. */
  dayOfMonth?: number | null | undefined;
  /** The last day; not before startDate. */
  endDate?: string | null | undefined;
  /** Every how many units; at least 1. */
  interval: number;
  /** The unit. */
  intervalType: RecurrenceInterval;
  /** The first day. */
  startDate: string;
};

/** An invoice schedule as it is to be (GoHighLevel replaces the whole schedule on an edit). */
export type InvoiceScheduleInput = {
  /** The contact billed (Contact id or GHL contact id). */
  contactId: string | number;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Discount on each invoice; none when left out. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** The lines of each invoice; at least one. */
  items: Array<InvoiceItemInput>;
  /** Live payments (default) or test mode. */
  liveMode?: boolean | null | undefined;
  /** Name of the schedule. */
  name: string;
  /** When it issues its invoices. */
  recurrence: InvoiceRecurrenceInput;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on its invoices. */
  title?: string | null | undefined;
};

/** Where an invoice schedule is in its life. */
export type InvoiceScheduleStatus =
  /** Scheduled: issues invoices by its rule. */
  | 'ACTIVE'
  /** Stopped; issues nothing more. */
  | 'CANCELLED'
  /** Its rule has run out. */
  | 'COMPLETED'
  /** Being written; issues nothing yet. */
  | 'DRAFT';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Being written; not sent yet. */
  | 'DRAFT'
  /** Paid in full. */
  | 'PAID'
  /** Some of it is paid. */
  | 'PARTIALLY_PAID'
  /** A payment is being processed. */
  | 'PAYMENT_PROCESSING'
  /** Sent to the contact, not paid yet. */
  | 'SENT'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** An invoice template as it is to be (GoHighLevel replaces the whole template on an edit). */
export type InvoiceTemplateInput = {
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Discount on the whole invoice; none when left out. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** Keep it out of the location’s template picker. */
  internal?: boolean | null | undefined;
  /** The lines; at least one. */
  items: Array<InvoiceItemInput>;
  /** Name of the template. */
  name: string;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on its invoices. */
  title?: string | null | undefined;
};

/** How often a late fee is added. */
export type LateFeeFrequencyInput = {
  /** Every how many units; at least 1. */
  count: number;
  /** The unit. */
  interval: LateFeeInterval;
};

/** How often a late fee is added. */
export type LateFeeInterval =
  /** Every so many days. */
  | 'DAY'
  /** Every so many hours. */
  | 'HOUR'
  /** Every so many minutes. */
  | 'MINUTE'
  /** Every so many months. */
  | 'MONTH'
  /** Once. */
  | 'ONE_TIME'
  /** Every so many weeks. */
  | 'WEEK';

/** How a late fee is counted. */
export type LateFeeType =
  /** An amount in the invoice’s currency. */
  | 'FIXED'
  /** Percent of the amount due (0 to 100). */
  | 'PERCENTAGE';

/** Late fees: a fee added while an invoice is overdue, after a grace period, up to a cap. */
export type LateFeesInput = {
  /** Add fees. */
  enabled: boolean;
  /** How often. */
  every: LateFeeFrequencyInput;
  /** Days past the due date before the first fee; none when left out. */
  graceDays?: number | null | undefined;
  /** The most fees may add up to; no cap when left out. */
  maxTotal?: number | null | undefined;
  /** How a fee is counted. */
  type: LateFeeType;
  /** The amount or percent added each time; not negative. */
  value: number;
};

/** The person the location is for: becomes its owner’s name and email. */
export type LocationProspectInput = {
  /** Email. */
  email: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
};

/** Behaviour switches; those left out stay as they are. */
export type LocationSettingsInput = {
  /** Contacts may share an email or phone. */
  allowDuplicateContact?: boolean | null | undefined;
  /** A contact may have several opportunities in one pipeline. */
  allowDuplicateOpportunity?: boolean | null | undefined;
  /** Facebook names merge into contacts. */
  allowFacebookNameMerge?: boolean | null | undefined;
  /** Contact time zones are ignored. */
  disableContactTimezone?: boolean | null | undefined;
};

/** Social profiles; those left out stay as they are. */
export type LocationSocialInput = {
  /** Blog RSS feed. */
  blogRss?: string | null | undefined;
  /** Facebook page. */
  facebookUrl?: string | null | undefined;
  /** Foursquare page. */
  foursquare?: string | null | undefined;
  /** Google Places id. */
  googlePlacesId?: string | null | undefined;
  /** Google+ page. */
  googlePlus?: string | null | undefined;
  /** Instagram profile. */
  instagram?: string | null | undefined;
  /** LinkedIn page. */
  linkedIn?: string | null | undefined;
  /** Pinterest profile. */
  pinterest?: string | null | undefined;
  /** Twitter / X profile. */
  twitter?: string | null | undefined;
  /** Yelp page. */
  yelp?: string | null | undefined;
  /** YouTube channel. */
  youtube?: string | null | undefined;
};

/** A file or a folder of the media library. */
export type MediaKind =
  /** A file. */
  | 'FILE'
  /** A folder. */
  | 'FOLDER';

/** How a meeting takes place. */
export type MeetingLocationType =
  /** An address. */
  | 'ADDRESS'
  /** A place or link of its own. */
  | 'CUSTOM'
  /** Google Meet. */
  | 'GMEET'
  /** Google Calendar’s own meeting. */
  | 'GOOGLE'
  /** Microsoft Teams. */
  | 'MS_TEAMS'
  /** A phone call. */
  | 'PHONE'
  /** Zoom. */
  | 'ZOOM';

/** Who sent a message. */
export type MessageDirection =
  /** The contact wrote to the location. */
  | 'INBOUND'
  /** The location wrote to the contact. */
  | 'OUTBOUND';

/** What happened, for MessageEvent. */
export type MessageEventType =
  /** The contact sent a message, or called (InboundMessage). */
  | 'INBOUND'
  /** The location sent a message, or called (OutboundMessage). */
  | 'OUTBOUND'
  /** A message for the location’s custom conversation provider to deliver (ProviderOutboundMessage; GHL sends it typed SMS or Email). */
  | 'PROVIDER_OUTBOUND';

/** The channel or kind of a message, as the official GHL spec lists them. */
export type MessageType =
  /** GHL `TYPE_ACTIVITY_APPOINTMENT`. */
  | 'ACTIVITY_APPOINTMENT'
  /** GHL `TYPE_ACTIVITY_CONTACT`. */
  | 'ACTIVITY_CONTACT'
  /** GHL `TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG`. */
  | 'ACTIVITY_EMPLOYEE_ACTION_LOG'
  /** GHL `TYPE_ACTIVITY_INVOICE`. */
  | 'ACTIVITY_INVOICE'
  /** GHL `TYPE_ACTIVITY_OPPORTUNITY`. */
  | 'ACTIVITY_OPPORTUNITY'
  /** GHL `TYPE_ACTIVITY_PAYMENT`. */
  | 'ACTIVITY_PAYMENT'
  /** GHL `TYPE_ACTIVITY_WHATSAPP`. */
  | 'ACTIVITY_WHATSAPP'
  /** GHL `TYPE_CALL`. */
  | 'CALL'
  /** GHL `TYPE_CAMPAIGN_CALL`. */
  | 'CAMPAIGN_CALL'
  /** GHL `TYPE_CAMPAIGN_EMAIL`. */
  | 'CAMPAIGN_EMAIL'
  /** GHL `TYPE_CAMPAIGN_FACEBOOK`. */
  | 'CAMPAIGN_FACEBOOK'
  /** GHL `TYPE_CAMPAIGN_GMB`. */
  | 'CAMPAIGN_GMB'
  /** GHL `TYPE_CAMPAIGN_MANUAL_CALL`. */
  | 'CAMPAIGN_MANUAL_CALL'
  /** GHL `TYPE_CAMPAIGN_MANUAL_SMS`. */
  | 'CAMPAIGN_MANUAL_SMS'
  /** GHL `TYPE_CAMPAIGN_SMS`. */
  | 'CAMPAIGN_SMS'
  /** GHL `TYPE_CAMPAIGN_VOICEMAIL`. */
  | 'CAMPAIGN_VOICEMAIL'
  /** GHL `TYPE_CUSTOM_CALL`. */
  | 'CUSTOM_CALL'
  /** GHL `TYPE_CUSTOM_EMAIL`. */
  | 'CUSTOM_EMAIL'
  /** GHL `TYPE_CUSTOM_PROVIDER_EMAIL`. */
  | 'CUSTOM_PROVIDER_EMAIL'
  /** GHL `TYPE_CUSTOM_PROVIDER_SMS`. */
  | 'CUSTOM_PROVIDER_SMS'
  /** GHL `TYPE_CUSTOM_SMS`. */
  | 'CUSTOM_SMS'
  /** GHL `TYPE_EMAIL`. */
  | 'EMAIL'
  /** GHL `TYPE_FACEBOOK`. */
  | 'FACEBOOK'
  /** GHL `TYPE_FACEBOOK_COMMENT`. */
  | 'FACEBOOK_COMMENT'
  /** GHL `TYPE_FORM_SUBMISSION`. */
  | 'FORM_SUBMISSION'
  /** GHL `TYPE_GMB`. */
  | 'GMB'
  /** GHL `TYPE_INSTAGRAM`. */
  | 'INSTAGRAM'
  /** GHL `TYPE_INSTAGRAM_COMMENT`. */
  | 'INSTAGRAM_COMMENT'
  /** GHL `TYPE_INTERNAL_COMMENT`. */
  | 'INTERNAL_COMMENT'
  /** GHL `TYPE_IVR_CALL`. */
  | 'IVR_CALL'
  /** GHL `TYPE_LIVE_CHAT`. */
  | 'LIVE_CHAT'
  /** GHL `TYPE_LIVE_CHAT_INFO_MESSAGE`. */
  | 'LIVE_CHAT_INFO_MESSAGE'
  /** GHL `TYPE_RCS`. */
  | 'RCS'
  /** GHL `TYPE_REVIEW`. */
  | 'REVIEW'
  /** GHL `TYPE_SMS`. */
  | 'SMS'
  /** GHL `TYPE_SMS_NO_SHOW_REQUEST`. */
  | 'SMS_NO_SHOW_REQUEST'
  /** GHL `TYPE_SMS_REACTION`. */
  | 'SMS_REACTION'
  /** GHL `TYPE_SMS_REVIEW_REQUEST`. */
  | 'SMS_REVIEW_REQUEST'
  /** GHL `TYPE_TIKTOK`. */
  | 'TIKTOK'
  /** GHL `TYPE_TIKTOK_COMMENT`. */
  | 'TIKTOK_COMMENT'
  /** GHL `TYPE_WEBCHAT`. */
  | 'WEBCHAT'
  /** GHL `TYPE_WHATSAPP`. */
  | 'WHATSAPP';

/** What happened, for NoteEvent. */
export type NoteEventType =
  /** A note was written (NoteCreate). */
  | 'CREATE'
  /** A note was deleted (NoteDelete). */
  | 'DELETE'
  /** A note changed (NoteUpdate). */
  | 'UPDATE';

/** What happened, for OpportunityEvent. */
export type OpportunityEventType =
  /** An opportunity was assigned to another user (OpportunityAssignedToUpdate). */
  | 'ASSIGNED_TO_UPDATE'
  /** An opportunity was created (OpportunityCreate). */
  | 'CREATE'
  /** An opportunity was deleted (OpportunityDelete). */
  | 'DELETE'
  /** An opportunity’s value changed (OpportunityMonetaryValueUpdate). */
  | 'MONETARY_VALUE_UPDATE'
  /** An opportunity moved to another stage (OpportunityStageUpdate). */
  | 'STAGE_UPDATE'
  /** An opportunity was won, lost, abandoned or reopened (OpportunityStatusUpdate). */
  | 'STATUS_UPDATE'
  /** An opportunity changed (OpportunityUpdate). */
  | 'UPDATE';

/** Where a deal stands. */
export type OpportunityStatus =
  /** Dropped without a decision. */
  | 'ABANDONED'
  /** Closed, lost. */
  | 'LOST'
  /** Still being worked. */
  | 'OPEN'
  /** Closed, won. */
  | 'WON';

/** The brand of a card an order was paid with, as GHL records it. */
export type OrderCardBrand =
  /** Mastercard. */
  | 'MASTERCARD'
  /** Any other brand. */
  | 'OTHER'
  /** Visa. */
  | 'VISA';

/** Ascending or descending. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** What happened, for OrderEvent. */
export type OrderEventType =
  /** An order was placed (OrderCreate). */
  | 'CREATE'
  /** An order’s status changed (OrderStatusUpdate). */
  | 'STATUS_UPDATE';

/** The card an order was paid with. */
export type OrderPaymentCardInput = {
  /** Card brand. */
  brand: OrderCardBrand;
  /** Last four digits. */
  last4: string;
};

/** Where an order is in its life. */
export type OrderStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Paid. */
  | 'COMPLETED'
  /** Refunded in part. */
  | 'PARTIALLY_REFUNDED'
  /** Placed, not paid yet. */
  | 'PENDING'
  /** Refunded in full. */
  | 'REFUNDED';

/** Channels a message can be sent on. */
export type OutboundChannel =
  /** Send as CUSTOM. */
  | 'CUSTOM'
  /** Send as EMAIL. */
  | 'EMAIL'
  /** Send as FACEBOOK. */
  | 'FACEBOOK'
  /** Send as INSTAGRAM. */
  | 'INSTAGRAM'
  /** Send as LIVE_CHAT. */
  | 'LIVE_CHAT'
  /** Send as SMS. */
  | 'SMS'
  /** Send as WHATSAPP. */
  | 'WHATSAPP';

/** The cheque a payment was made with. */
export type PaymentChequeInput = {
  /** Cheque number. */
  number: string;
};

/** Where a subscription is in its life (the payment provider’s statuses). */
export type PaymentSubscriptionStatus =
  /** Charging as agreed. */
  | 'ACTIVE'
  /** Cancelled. */
  | 'CANCELED'
  /** The first charge has not gone through yet. */
  | 'INCOMPLETE'
  /** The first charge never went through. */
  | 'INCOMPLETE_EXPIRED'
  /** The latest charge failed. */
  | 'PAST_DUE'
  /** Paused. */
  | 'PAUSED'
  /** In its free trial. */
  | 'TRIALING'
  /** Charges failed and stopped being retried. */
  | 'UNPAID';

/** How often a recurring price is charged. */
export type PriceRecurringInput = {
  /** The unit. */
  interval: RecurringInterval;
  /** How many units between charges; at least 1. */
  intervalCount: number;
};

/** How a price is charged. */
export type PriceType =
  /** Once. */
  | 'ONE_TIME'
  /** Every interval (see `recurring`). */
  | 'RECURRING';

/** What kind of thing a product is. */
export type ProductType =
  /** Delivered digitally. */
  | 'DIGITAL'
  /** Shipped. */
  | 'PHYSICAL'
  /** Shipped, with a digital part. */
  | 'PHYSICAL_DIGITAL'
  /** A service. */
  | 'SERVICE';

/** A payment of an order received outside GHL’s checkout. */
export type RecordOrderPaymentInput = {
  /** Amount paid; greater than 0, at most the order’s amount. */
  amount?: number | null | undefined;
  /** The card, for mode CARD. */
  card?: OrderPaymentCardInput | null | undefined;
  /** The cheque, for mode CHEQUE. */
  cheque?: PaymentChequeInput | null | undefined;
  /** How it was paid. */
  mode: InvoicePaymentMode;
  /** Note kept with the payment. */
  notes?: string | null | undefined;
  /** It pays part of the order (the order stays open); in full when left out. */
  partial?: boolean | null | undefined;
};

/** The unit a schedule recurs by. */
export type RecurrenceInterval =
  /** Days. */
  | 'DAILY'
  /** Months. */
  | 'MONTHLY'
  /** Weeks. */
  | 'WEEKLY'
  /** Years. */
  | 'YEARLY';

/** The unit of a recurring price’s interval. */
export type RecurringInterval =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** Weeks. */
  | 'WEEK'
  /** Years. */
  | 'YEAR';

/** What a redirect points to. */
export type RedirectAction =
  /** Every path of the domain. */
  | 'ALL'
  /** A funnel. */
  | 'FUNNEL'
  /** Any URL. */
  | 'URL'
  /** A website. */
  | 'WEBSITE';

/** A message to send to a contact. An email needs a subject and html or message; anything else a message. */
export type SendMessageInput = {
  /** URLs of files to attach. */
  attachments?: Array<string> | null | undefined;
  /** The channel. */
  channel: OutboundChannel;
  /** The contact (Contact id or GHL contact id). */
  contactId: string | number;
  /** Email blind copies. */
  emailBcc?: Array<string> | null | undefined;
  /** Email copies. */
  emailCc?: Array<string> | null | undefined;
  /** Email sender, where the location has several. */
  emailFrom?: string | null | undefined;
  /** Whom an email reply goes to. */
  emailReplyMode?: EmailReplyMode | null | undefined;
  /** Email recipient, when not the contact’s address. */
  emailTo?: string | null | undefined;
  /** SMS sender number, where the location has several. */
  fromNumber?: string | null | undefined;
  /** Email body as HTML. */
  html?: string | null | undefined;
  /** Text. */
  message?: string | null | undefined;
  /** The message this one answers (Message id or GHL id). */
  replyMessageId?: string | number | null | undefined;
  /** Send it then rather than now. */
  scheduledAt?: string | null | undefined;
  /** Email subject. */
  subject?: string | null | undefined;
  /** GHL id of the message template to send. */
  templateId?: string | null | undefined;
  /** The email thread: the GHL id of the message that holds its headers. */
  threadId?: string | null | undefined;
  /** SMS recipient, when not the contact’s number. */
  toNumber?: string | null | undefined;
};

/** Where a post stands. */
export type SocialPostStatus =
  /** Deleted. */
  | 'DELETED'
  /** Not yet scheduled. */
  | 'DRAFT'
  /** The platform refused it. */
  | 'FAILED'
  /** Being published. */
  | 'IN_PROGRESS'
  /** Waiting for approval. */
  | 'IN_REVIEW'
  /** Its author was reminded to post it by hand. */
  | 'NOTIFICATION_SENT'
  /** Out. */
  | 'PUBLISHED'
  /** Goes out at its date. */
  | 'SCHEDULED';

/** The format of a post. */
export type SocialPostType =
  /** A feed post. */
  | 'POST'
  /** A reel (short video). */
  | 'REEL'
  /** A story. */
  | 'STORY';

/** What happened, for TaskEvent. */
export type TaskEventType =
  /** A task was completed (TaskComplete). */
  | 'COMPLETE'
  /** A task was created (TaskCreate). */
  | 'CREATE'
  /** A task was deleted (TaskDelete). */
  | 'DELETE';

/** The outcome of a charge. */
export type TransactionStatus =
  /** The charge failed. */
  | 'FAILED'
  /** Refunded in part. */
  | 'PARTIALLY_REFUNDED'
  /** Being processed. */
  | 'PENDING'
  /** Refunded in full. */
  | 'REFUNDED'
  /** Charged. */
  | 'SUCCEEDED';

/** Changes to an appointment; fields left out stay as they are. */
export type UpdateAppointmentInput = {
  /** Where it takes place (address or meeting link). */
  address?: string | null | undefined;
  /** Status. */
  appointmentStatus?: AppointmentStatus | null | undefined;
  /** The user who owns it (User id or GHL user id). */
  assignedUserId?: string | number | null | undefined;
  /** Move it to this calendar (Calendar id or GHL calendar id). */
  calendarId?: string | number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** When it ends; after startTime. */
  endTime?: string | null | undefined;
  /** Book even outside the calendar’s minimum notice and date range. */
  ignoreDateRange?: boolean | null | undefined;
  /** Move it even outside the free slots. */
  ignoreFreeSlotValidation?: boolean | null | undefined;
  /** Which of the calendar’s meeting locations (`locationConfigurations`), by its id. */
  meetingLocationId?: string | null | undefined;
  /** How it takes place. */
  meetingLocationType?: MeetingLocationType | null | undefined;
  /** Use meetingLocationType rather than the calendar’s configured location. */
  overrideLocationConfig?: boolean | null | undefined;
  /** When it starts. */
  startTime?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Run the calendar’s automations (default true). */
  toNotify?: boolean | null | undefined;
};

/** Changes to a contact; fields left out stay as they are. */
export type UpdateContactInput = {
  /** Street address. */
  address1?: string | null | undefined;
  /** User to assign the contact to (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Company name. */
  companyName?: string | null | undefined;
  /** Two-letter ISO 3166 country code, e.g. US. */
  country?: string | null | undefined;
  /** Custom field values. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Date of birth. */
  dateOfBirth?: string | null | undefined;
  /** Do not disturb on every channel. */
  dnd?: boolean | null | undefined;
  /** Do-not-disturb state per channel. */
  dndSettings?: DndSettingsInput | null | undefined;
  /** Email address (validated). */
  email?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Do-not-disturb state of the messages the contact sends. */
  inboundDndSettings?: InboundDndSettingsInput | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number, ideally E.164 such as +14155551234. */
  phone?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Where the contact comes from. */
  source?: string | null | undefined;
  /** State or region. */
  state?: string | null | undefined;
  /** Tags; replaces the contact’s tags. */
  tags?: Array<string> | null | undefined;
  /** IANA time zone. */
  timezone?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
};

/** The whole estimate as it is to be (GoHighLevel replaces it); an invoiced estimate takes no edits. */
export type UpdateEstimateInput = {
  /** The contact it is for (Contact id or GHL contact id). */
  contactId: string | number;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** Discount on the whole estimate; none when left out. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** Day the offer expires; not before issueDate. */
  expiryDate?: string | null | undefined;
  /** Day it is issued; today when left out. */
  issueDate?: string | null | undefined;
  /** The lines; at least one. */
  items: Array<InvoiceItemInput>;
  /** Live payments (default) or test mode. */
  liveMode?: boolean | null | undefined;
  /** Name of the estimate. */
  name: string;
  /** What the contact did with it; not INVOICED (createInvoiceFromEstimate does that). */
  status?: EstimateStatus | null | undefined;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on it. */
  title?: string | null | undefined;
};

/** What to change on an invoice that is not paid or void; what is left out stays. */
export type UpdateInvoiceInput = {
  /** Discount on the whole invoice. */
  discount?: InvoiceDiscountInput | null | undefined;
  /** Day it is due; not before the issue date. */
  dueDate?: string | null | undefined;
  /** Invoice number, in digits; not another invoice’s. */
  invoiceNumber?: string | null | undefined;
  /** Day it is issued. */
  issueDate?: string | null | undefined;
  /** The lines, replacing all of them; at least one. */
  items?: Array<InvoiceItemInput> | null | undefined;
  /** Live payments or test mode. */
  liveMode?: boolean | null | undefined;
  /** Name of the invoice. */
  name?: string | null | undefined;
  /** Terms and notes (HTML allowed). */
  termsNotes?: string | null | undefined;
  /** Title printed on it. */
  title?: string | null | undefined;
};

/** Changes to a deal; fields left out stay as they are. Moving stage is a change of `stageId`. */
export type UpdateOpportunityInput = {
  /** User working the deal (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** Custom field values to set; other fields keep theirs. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Value of the deal. */
  monetaryValue?: number | null | undefined;
  /** Name of the deal. */
  name?: string | null | undefined;
  /** Another pipeline (Pipeline id or GHL id). */
  pipelineId?: string | number | null | undefined;
  /** Another stage (PipelineStage id or GHL id). */
  stageId?: string | number | null | undefined;
  /** Where the deal stands. */
  status?: OpportunityStatus | null | undefined;
};

/** Feature permissions by GHL’s names (e.g. `{ "contactsEnabled": true }`); those left out keep GHL’s default. */
export type UserPermissionsInput = {
  /** Appointments. */
  appointmentsEnabled?: boolean | null | undefined;
  /** Sees only the records assigned to it. */
  assignedDataOnly?: boolean | null | undefined;
  /** Campaigns. */
  campaignsEnabled?: boolean | null | undefined;
  /** Contacts. */
  contactsEnabled?: boolean | null | undefined;
  /** Conversations. */
  conversationsEnabled?: boolean | null | undefined;
  /** Dashboard statistics. */
  dashboardStatsEnabled?: boolean | null | undefined;
  /** Funnels. */
  funnelsEnabled?: boolean | null | undefined;
  /** Invoices. */
  invoiceEnabled?: boolean | null | undefined;
  /** Marketing. */
  marketingEnabled?: boolean | null | undefined;
  /** Opportunities. */
  opportunitiesEnabled?: boolean | null | undefined;
  /** Payments. */
  paymentsEnabled?: boolean | null | undefined;
  /** Phone calls. */
  phoneCallEnabled?: boolean | null | undefined;
  /** Reviews. */
  reviewsEnabled?: boolean | null | undefined;
  /** Settings. */
  settingsEnabled?: boolean | null | undefined;
  /** Tags. */
  tagsEnabled?: boolean | null | undefined;
  /** Websites. */
  websitesEnabled?: boolean | null | undefined;
  /** Workflows. */
  workflowsEnabled?: boolean | null | undefined;
};

/** What a user may do where it works. */
export type UserRoleName =
  /** Everything, settings included. */
  | 'ADMIN'
  /** What its permissions allow. */
  | 'USER';

/** Where a user works. */
export type UserType =
  /** In one or more locations (sub-accounts). */
  | 'ACCOUNT'
  /** For the agency itself. */
  | 'AGENCY';

export type AssociationsListQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationsListQuery = { associations: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, key: string, associationType: AssociationType | null, firstObjectKey: string, firstObjectLabel: string | null, secondObjectKey: string, secondObjectLabel: string | null } }> } | null };

export type AssociationsByKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationsByKeyQuery = { association: { ghlId: string } };

export type AssociationsByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationsByIdQuery = { association: { key: string } };

export type AssociationsOfOpportunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationsOfOpportunitiesQuery = { associations: { edges: Array<{ node: { key: string } }> } | null };

export type AssociationsContactsWithPetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationsContactsWithPetsQuery = { contacts: { edges: Array<{ node: { ghlId: string, relations: Array<{ ghlId: string, firstRecordId: string, association: { key: string } | null, secondRecord:
            | { ghlId: string }
            | Record<PropertyKey, never>
           }>, relatedRecords: Array<{ ghlId: string, property: unknown }> } }> } | null };

export type AssociationsPetsWithOwnersQueryVariables = Exact<{
  objectKey: string;
}>;


export type AssociationsPetsWithOwnersQuery = { records: { edges: Array<{ node: { ghlId: string, relatedContacts: Array<{ ghlId: string, firstName: string | null }> } }> } | null };

export type AssociationsOpportunityPetQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationsOpportunityPetQuery = { opportunity: { relations: Array<{ secondObjectKey: string, association: { key: string } | null, secondRecord:
        | { __typename: 'Contact' }
        | { __typename: 'CustomObjectRecord', ghlId: string, relatedOpportunities: Array<{ ghlId: string }> }
        | { __typename: 'Opportunity' }
       }> } | null };

export type AssociationsContactRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationsContactRecordsQuery = { contact: { relatedRecords: Array<{ ghlId: string }> } | null };

export type AssociationsEdgesCostQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationsEdgesCostQuery = { contacts: { edges: Array<{ node: { relations: Array<{ ghlId: string }>, relatedRecords: Array<{ ghlId: string }> } }> } | null };

export type AssociationsUnknownKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationsUnknownKeyQuery = { contact: { relatedRecords: Array<{ ghlId: string }> } | null };

export type AssociationsCreateRelationMutationVariables = Exact<{
  a: string | number;
  c: string | number;
  p: string | number;
}>;


export type AssociationsCreateRelationMutation = { createRelation: { relation: { ghlId: string, firstObjectKey: string, secondObjectKey: string } } };

export type AssociationsRelationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AssociationsRelationEventsSubscription = { relationEvents: { type: string, relationId: string | null, relation: { association: { key: string } | null, firstRecord:
        | { ghlId: string }
        | Record<PropertyKey, never>
      , secondRecord:
        | { ghlId: string, objectKey: string }
        | Record<PropertyKey, never>
       } | null } };

export type AssociationsDeleteRelationMutationVariables = Exact<{
  id: string | number;
}>;


export type AssociationsDeleteRelationMutation = { deleteRelation: { deletedGhlId: string } };

export type AssociationsAssociationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AssociationsAssociationEventsSubscription = { associationEvents: { type: string, key: string | null, association: { ghlId: string, firstObjectLabel: string | null } | null } };

export type AssociationsCreateMutationVariables = Exact<{
  input: CreateAssociationInput;
}>;


export type AssociationsCreateMutation = { createAssociation: { association: { id: string, ghlId: string, key: string, associationType: AssociationType | null } } };

export type AssociationsRenameMutationVariables = Exact<{
  id: string | number;
}>;


export type AssociationsRenameMutation = { updateAssociation: { association: { firstObjectLabel: string | null } } };

export type AssociationsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AssociationsDeleteMutation = { deleteAssociation: { deletedGhlId: string } };

export type ContactsWithUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsWithUsersQuery = { contacts: { edges: Array<{ node: { ghlId: string, assignedTo: string | null, assignedUser: { ghlId: string, name: string | null } | null } }> } | null };

export type ContactTaskAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactTaskAssigneesQuery = { contacts: { edges: Array<{ node: { tasks: Array<{ assignedTo: string | null }> } }> } | null };

export type ContactTaskUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactTaskUsersQuery = { contacts: { edges: Array<{ node: { tasks: Array<{ assignedUser: { ghlId: string } | null }> } }> } | null };

export type ContactsBackFromTasksAndNotesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsBackFromTasksAndNotesQuery = { contacts: { edges: Array<{ node: { ghlId: string, tasks: Array<{ contact: { ghlId: string, email: string | null } | null }>, notes: Array<{ contact: { ghlId: string } | null }> } }> } | null };

export type FirstContactQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstContactQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type SameContactEightTimesQueryVariables = Exact<{
  id: string | number;
}>;


export type SameContactEightTimesQuery = { c0: { ghlId: string, location: { name: string | null } | null } | null, c1: { ghlId: string, location: { name: string | null } | null } | null, c2: { ghlId: string, location: { name: string | null } | null } | null, c3: { ghlId: string, location: { name: string | null } | null } | null, c4: { ghlId: string, location: { name: string | null } | null } | null, c5: { ghlId: string, location: { name: string | null } | null } | null, c6: { ghlId: string, location: { name: string | null } | null } | null, c7: { ghlId: string, location: { name: string | null } | null } | null };

export type LocationNameQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationNameQuery = { location: { name: string | null } | null };

export type BriefWorkflowsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefWorkflowsListQuery = { workflows: Array<{ name: string | null, status: string | null }> };

export type BriefCampaignsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefCampaignsListQuery = { campaigns: Array<{ name: string | null, status: string | null }> };

export type BriefCalendarsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefCalendarsListQuery = { calendars: Array<{ name: string | null, eventType: string | null }> };

export type BriefCalendarsCreateMutationVariables = Exact<{
  input: CreateCalendarInput;
}>;


export type BriefCalendarsCreateMutation = { createCalendar: { calendar: { ghlId: string } } };

export type BriefCalendarsUpdateAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefCalendarsUpdateAppointmentMutation = { updateAppointment: { appointment: { ghlId: string } } };

export type BriefCalendarsBlockSlotMutationVariables = Exact<{
  input: CreateBlockSlotInput;
}>;


export type BriefCalendarsBlockSlotMutation = { createBlockSlot: { blockSlot: { ghlId: string } } };

export type BriefCalendarsNewAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type BriefCalendarsNewAppointmentMutation = { createAppointment: { appointment: { id: string } } };

export type BriefContactsAddToWorkflowMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type BriefContactsAddToWorkflowMutation = { addContactToWorkflow: { succeeded: boolean } };

export type BriefContactsAddToCampaignMutationVariables = Exact<{
  c: string | number;
  k: string | number;
}>;


export type BriefContactsAddToCampaignMutation = { addContactToCampaign: { succeeded: boolean } };

export type BriefContactsGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsGetQuery = { contact: { name: string | null, email: string | null } | null };

export type BriefContactsSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefContactsSearchQuery = { contacts: { totalCount: number | null, edges: Array<{ node: { name: string | null } }> } | null };

export type BriefContactsUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsUpdateMutation = { updateContact: { contact: { lastName: string | null } } };

export type BriefContactsAddTagsMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsAddTagsMutation = { addContactTags: { tags: Array<string> } };

export type BriefContactsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsDeleteMutation = { deleteContact: { deletedGhlId: string } };

export type BriefContactsCreateTaskMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefContactsCreateTaskMutation = { createContactTask: { task: { ghlId: string } } };

export type BriefContactsListTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsListTasksQuery = { contact: { tasks: Array<{ title: string | null }> } | null };

export type BriefContactsCreateTaskToCompleteMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefContactsCreateTaskToCompleteMutation = { createContactTask: { task: { ghlId: string } } };

export type BriefContactsCompleteTaskMutationVariables = Exact<{
  c: string | number;
  t: string | number;
}>;


export type BriefContactsCompleteTaskMutation = { completeContactTask: { task: { completed: boolean } } };

export type BriefContactsCreateNoteMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefContactsCreateNoteMutation = { createContactNote: { note: { ghlId: string } } };

export type BriefContactsListNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefContactsListNotesQuery = { contact: { notes: Array<{ body: string | null }> } | null };

export type BriefContactsUpdateNoteMutationVariables = Exact<{
  c: string | number;
  n: string | number;
}>;


export type BriefContactsUpdateNoteMutation = { updateContactNote: { note: { body: string | null } } };

export type BriefContactsDeleteNoteMutationVariables = Exact<{
  c: string | number;
  n: string | number;
}>;


export type BriefContactsDeleteNoteMutation = { deleteContactNote: { deletedGhlId: string } };

export type BriefContactsRemoveFromWorkflowMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type BriefContactsRemoveFromWorkflowMutation = { removeContactFromWorkflow: { succeeded: boolean } };

export type BriefContactsRemoveFromCampaignMutationVariables = Exact<{
  c: string | number;
  k: string | number;
}>;


export type BriefContactsRemoveFromCampaignMutation = { removeContactFromCampaign: { succeeded: boolean } };

export type BriefContactsRemoveFromAllCampaignsMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefContactsRemoveFromAllCampaignsMutation = { removeContactFromAllCampaigns: { succeeded: boolean } };

export type BriefContactsCreateFirstNoteMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefContactsCreateFirstNoteMutation = { createContactNote: { note: { ghlId: string } } };

export type BriefContactsWorkflowsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefContactsWorkflowsQuery = { workflows: Array<{ id: string, status: string | null }> };

export type BriefContactsPublishedCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefContactsPublishedCampaignsQuery = { campaigns: Array<{ id: string }> };

export type BriefConversationsUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefConversationsUnreadQuery = { conversations: { edges: Array<{ node: { lastMessageBody: string | null, unreadCount: number | null } }> } | null };

export type BriefConversationsGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefConversationsGetQuery = { conversation: { unreadCount: number | null, starred: boolean | null } | null };

export type BriefConversationsUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefConversationsUpdateMutation = { updateConversation: { conversation: { starred: boolean | null } } };

export type BriefConversationsSendSmsMutationVariables = Exact<{
  c: string | number;
}>;


export type BriefConversationsSendSmsMutation = { sendMessage: { messageGhlId: string } };

export type BriefConversationsInboundMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefConversationsInboundMutation = { addInboundMessage: { message: { body: string | null } | null } };

export type BriefConversationsFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefConversationsFirstQuery = { conversations: { edges: Array<{ node: { id: string, contactId: string } }> } | null };

export type BriefNewContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type BriefNewContactMutation = { createContact: { contact: { id: string, ghlId: string } } };

export type BriefActiveCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefActiveCalendarQuery = { calendars: Array<{ id: string, isActive: boolean | null, slotDuration: number | null, teamMembers: Array<{ ghlId: string } | null> }> };

export type BriefFreeSlotsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  u?: string | number | null | undefined;
}>;


export type BriefFreeSlotsQuery = { freeSlots: Array<{ slots: Array<string> }> };

export type BriefFormsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefFormsListQuery = { forms: { totalCount: number | null, edges: Array<{ node: { ghlId: string, name: string | null } }> } | null };

export type BriefFormsFirstFormQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefFormsFirstFormQuery = { forms: { edges: Array<{ node: { id: string } }> } | null };

export type BriefFormsSubmissionsQueryVariables = Exact<{
  formId: string | number;
}>;


export type BriefFormsSubmissionsQuery = { formSubmissions: { edges: Array<{ node: { ghlId: string, createdAt: string | null } }> } | null };

export type BriefFormsFirstSubmissionQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefFormsFirstSubmissionQuery = { formSubmissions: { edges: Array<{ node: { contactId: string | null } }> } | null };

export type BriefSurveysListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSurveysListQuery = { surveys: { totalCount: number | null, edges: Array<{ node: { ghlId: string, name: string | null } }> } | null };

export type BriefSurveysFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSurveysFirstQuery = { surveys: { edges: Array<{ node: { id: string } }> } | null };

export type BriefSurveysSubmissionsQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type BriefSurveysSubmissionsQuery = { surveySubmissions: { edges: Array<{ node: { ghlId: string } }> } | null };

export type BriefInvoicesListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefInvoicesListQuery = { invoices: { totalCount: number | null, edges: Array<{ node: { name: string | null, total: number | null } }> } | null };

export type BriefInvoicesGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefInvoicesGetQuery = { invoice: { name: string | null, amountDue: number | null } | null };

export type BriefInvoicesSendMutationVariables = Exact<{
  id: string | number;
  u: string | number;
}>;


export type BriefInvoicesSendMutation = { sendInvoice: { invoice: { status: InvoiceStatus | null } } };

export type BriefInvoicesRecordPaymentMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefInvoicesRecordPaymentMutation = { recordInvoicePayment: { success: boolean } };

export type BriefInvoicesVoidMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefInvoicesVoidMutation = { voidInvoice: { invoice: { status: InvoiceStatus | null } } };

export type BriefInvoicesNewMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type BriefInvoicesNewMutation = { createInvoice: { invoice: { id: string } } };

export type BriefLocationsNewTagMutationVariables = Exact<{
  name: string;
}>;


export type BriefLocationsNewTagMutation = { createLocationTag: { tag: { id: string } } };

export type BriefLocationsNewFieldMutationVariables = Exact<{
  name: string;
}>;


export type BriefLocationsNewFieldMutation = { createCustomField: { customField: { id: string } } };

export type BriefLocationsGetQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsGetQuery = { location: { name: string | null, address: string | null, city: string | null, state: string | null, country: string | null, postalCode: string | null, website: string | null, timezone: string | null, email: string | null, phone: string | null } | null };

export type BriefLocationsSearchQueryVariables = Exact<{
  c: string | number;
}>;


export type BriefLocationsSearchQuery = { locations: { edges: Array<{ node: { ghlId: string, name: string | null } }> } | null };

export type BriefLocationsCreateMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type BriefLocationsCreateMutation = { createLocation: { location: { ghlId: string } } };

export type BriefLocationsUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefLocationsUpdateMutation = { updateLocation: { location: { name: string | null } } };

export type BriefLocationsTimezonesQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsTimezonesQuery = { timezones: Array<string> };

export type BriefLocationsTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsTagsQuery = { location: { tags: Array<{ name: string | null }> } | null };

export type BriefLocationsUpdateTagMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type BriefLocationsUpdateTagMutation = { updateLocationTag: { tag: { name: string | null } } };

export type BriefLocationsDeleteTagMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefLocationsDeleteTagMutation = { deleteLocationTag: { deletedId: string } };

export type BriefLocationsCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsCustomFieldsQuery = { location: { customFields: Array<{ name: string | null, dataType: string | null, fieldKey: string | null }> } | null };

export type BriefLocationsUpdateFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefLocationsUpdateFieldMutation = { updateCustomField: { customField: { name: string | null } } };

export type BriefLocationsDeleteFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefLocationsDeleteFieldMutation = { deleteCustomField: { deletedId: string } };

export type BriefLocationsCustomValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsCustomValuesQuery = { location: { customValues: Array<{ name: string | null, value: string | null, fieldKey: string | null }> } | null };

export type BriefLocationsCreateValueMutationVariables = Exact<{
  name: string;
}>;


export type BriefLocationsCreateValueMutation = { createCustomValue: { customValue: { id: string } } };

export type BriefLocationsCustomValueIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefLocationsCustomValueIdsQuery = { location: { customValues: Array<{ id: string }> } | null };

export type BriefLocationsUpdateValueMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefLocationsUpdateValueMutation = { updateCustomValue: { customValue: { value: string | null } } };

export type BriefFunnelsFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefFunnelsFirstQuery = { funnels: { edges: Array<{ node: { id: string } }> } | null };

export type BriefSocialAccountIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSocialAccountIdsQuery = { socialAccounts: Array<{ ghlId: string }> };

export type BriefSocialNewPostMutationVariables = Exact<{
  input: CreateSocialPostInput;
}>;


export type BriefSocialNewPostMutation = { createSocialPost: { post: { id: string } } };

export type BriefMediaListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefMediaListQuery = { mediaFiles: { edges: Array<{ node: { ghlId: string, name: string | null, url: string | null } }> } | null };

export type BriefMediaDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefMediaDeleteMutation = { deleteMediaFile: { deletedGhlId: string } };

export type BriefFunnelsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefFunnelsListQuery = { funnels: { totalCount: number | null, edges: Array<{ node: { ghlId: string, name: string | null } }> } | null };

export type BriefFunnelsPagesQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefFunnelsPagesQuery = { node:
    | { pages: { edges: Array<{ node: { ghlId: string, name: string | null } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type BriefFunnelsPageCountQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefFunnelsPageCountQuery = { node:
    | { pageCount: number }
    | Record<PropertyKey, never>
   | null };

export type BriefFunnelsRedirectMutationVariables = Exact<{
  input: CreateRedirectInput;
}>;


export type BriefFunnelsRedirectMutation = { createRedirect: { redirect: { ghlId: string } } };

export type BriefSocialAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSocialAccountsQuery = { socialAccounts: Array<{ ghlId: string, name: string | null, platform: string | null }> };

export type BriefSocialPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefSocialPostsQuery = { socialPosts: { totalCount: number | null, edges: Array<{ node: { ghlId: string, summary: string | null } }> } | null };

export type BriefSocialUpdatePostMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefSocialUpdatePostMutation = { updateSocialPost: { post: { summary: string | null } } };

export type BriefSocialDeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefSocialDeletePostMutation = { deleteSocialPost: { deletedGhlId: string } };

export type BriefOpportunitiesOpenQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefOpportunitiesOpenQuery = { opportunities: { totalCount: number | null, edges: Array<{ node: { name: string | null, monetaryValue: number | null } }> } | null };

export type BriefOpportunitiesPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefOpportunitiesPipelinesQuery = { pipelines: Array<{ name: string | null, stages: Array<{ name: string | null }> }> };

export type BriefOpportunitiesUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefOpportunitiesUpdateMutation = { updateOpportunity: { opportunity: { monetaryValue: number | null } } };

export type BriefOpportunitiesWinMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefOpportunitiesWinMutation = { updateOpportunityStatus: { opportunity: { status: OpportunityStatus | null } } };

export type BriefOpportunitiesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefOpportunitiesDeleteMutation = { deleteOpportunity: { deletedGhlId: string } };

export type BriefOpportunitiesPipelineIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefOpportunitiesPipelineIdsQuery = { pipelines: Array<{ id: string, stages: Array<{ id: string }> }> };

export type BriefOpportunitiesNewMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type BriefOpportunitiesNewMutation = { createOpportunity: { opportunity: { id: string } } };

export type BriefPaymentsOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefPaymentsOrdersQuery = { orders: { totalCount: number | null, edges: Array<{ node: { amount: number | null, currency: string | null, contact: { name: string | null } | null } }> } | null };

export type BriefPaymentsOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefPaymentsOrderQuery = { order: { status: OrderStatus | null, items: Array<{ name: string | null, qty: number | null }> | null } | null };

export type BriefPaymentsFulfilMutationVariables = Exact<{
  id: string | number;
  items: Array<FulfillmentItemInput> | FulfillmentItemInput;
}>;


export type BriefPaymentsFulfilMutation = { createOrderFulfillment: { order: { fulfillmentStatus: FulfillmentStatus | null } } };

export type BriefPaymentsTransactionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefPaymentsTransactionsQuery = { transactions: { totalCount: number | null, edges: Array<{ node: { amount: number | null, status: TransactionStatus | null } }> } | null };

export type BriefPaymentsFirstTransactionQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefPaymentsFirstTransactionQuery = { transactions: { edges: Array<{ node: { id: string } }> } | null };

export type BriefPaymentsTransactionQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefPaymentsTransactionQuery = { transaction: { amount: number | null, currency: string | null } | null };

export type BriefPaymentsSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefPaymentsSubscriptionsQuery = { paymentSubscriptions: { totalCount: number | null, edges: Array<{ node: { status: PaymentSubscriptionStatus | null, amount: number | null } }> } | null };

export type BriefPaymentsCompletedOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefPaymentsCompletedOrdersQuery = { orders: { edges: Array<{ node: { id: string, fulfillmentStatus: FulfillmentStatus | null } }> } | null };

export type BriefPaymentsOrderItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefPaymentsOrderItemsQuery = { order: { items: Array<{ priceId: string | null, qty: number | null }> | null } | null };

export type BriefProductsListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefProductsListQuery = { products: { totalCount: number | null, edges: Array<{ node: { name: string | null, productType: ProductType | null } }> } | null };

export type BriefProductsGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefProductsGetQuery = { product: { name: string | null, description: string | null } | null };

export type BriefProductsUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefProductsUpdateMutation = { updateProduct: { product: { description: string | null } } };

export type BriefProductsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefProductsDeleteMutation = { deleteProduct: { deletedGhlId: string } };

export type BriefProductsCreatePriceMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefProductsCreatePriceMutation = { createProductPrice: { price: { amount: number | null } } };

export type BriefProductsNewMutationVariables = Exact<{ [key: string]: never; }>;


export type BriefProductsNewMutation = { createProduct: { product: { id: string } } };

export type BriefUsersNewMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BriefUsersNewMutation = { createUser: { user: { id: string } } };

export type BriefUsersSearchQueryVariables = Exact<{
  c: string | number;
}>;


export type BriefUsersSearchQuery = { users: { totalCount: number | null, edges: Array<{ node: { name: string | null } }> } | null };

export type BriefUsersGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BriefUsersGetQuery = { user: { name: string | null, email: string | null, roles: { type: string | null, role: string | null, locationIds: Array<string> } | null } | null };

export type BriefUsersUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefUsersUpdateMutation = { updateUser: { user: { name: string | null } } };

export type BriefUsersDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BriefUsersDeleteMutation = { deleteUser: { deletedId: string } };

export type CoherentContactCityQueryVariables = Exact<{
  id: string | number;
}>;


export type CoherentContactCityQuery = { contact: { city: string | null } | null };

export type CoherentContactMoveMutationVariables = Exact<{
  id: string | number;
  city: string;
}>;


export type CoherentContactMoveMutation = { updateContact: { contact: { city: string | null } } };

export type SharedCacheContactQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedCacheContactQuery = { contact: { ghlId: string, city: string | null } | null };

export type SharedCacheContactLiveQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedCacheContactLiveQuery = { contact: { id: string, city: string | null } | null };

export type SharedCacheContactMoveMutationVariables = Exact<{
  id: string | number;
}>;


export type SharedCacheContactMoveMutation = { updateContact: { contact: { city: string | null } } };

export type CachedContactQueryVariables = Exact<{
  id: string | number;
}>;


export type CachedContactQuery = { contact: { ghlId: string, firstName: string | null, city: string | null, tasks: Array<{ ghlId: string }> } | null };

export type CachedContactPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CachedContactPageQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type CachedContactMutatedMutationVariables = Exact<{
  id: string | number;
}>;


export type CachedContactMutatedMutation = { updateContact: { contact: { city: string | null } } };

export type CalendarsWithSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarsWithSettingsQuery = { calendars: Array<{ id: string, ghlId: string, locationId: string | null, name: string | null, slug: string | null, calendarType: string | null, isActive: boolean | null, slotDuration: number | null, slotDurationUnit: string | null, slotInterval: number | null, appointmentsPerSlot: number | null, eventColor: string | null, openHours: Array<{ daysOfTheWeek: Array<number>, hours: Array<{ openHour: number | null, openMinute: number | null, closeHour: number | null, closeMinute: number | null }> }>, teamMembers: Array<{ ghlId: string, name: string | null } | null>, teamMemberSettings: Array<{ userId: string, priority: number | null, user: { ghlId: string } | null }> }> };

export type CalendarTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarTeamsQuery = { calendars: Array<{ teamMembers: Array<{ name: string | null, email: string | null } | null>, teamMemberSettings: Array<{ user: { name: string | null } | null }> }>, location: { users: Array<{ ghlId: string }>, calendars: Array<{ teamMembers: Array<{ ghlId: string } | null> }> } | null };

export type CalendarByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarByIdQuery = { calendar: { id: string, ghlId: string, name: string | null, location: { ghlId: string } | null } | null };

export type CalendarByGlobalIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarByGlobalIdQuery = { calendar: { ghlId: string } | null, node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type CalendarAppointmentsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CalendarAppointmentsQuery = { calendar: { appointments: Array<{ id: string, ghlId: string, title: string | null, status: AppointmentStatus | null, startAt: string | null, endAt: string | null, calendarId: string | null, contactId: string | null, assignedUserId: string | null, calendar: { ghlId: string } | null, contact: { ghlId: string } | null, assignedUser: { ghlId: string } | null }> } | null };

export type AppointmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentByIdQuery = { appointment: { id: string, ghlId: string, title: string | null, startAt: string | null, contact: { ghlId: string } | null } | null };

export type AppointmentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentNodeQuery = { node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type ContactAppointmentsTimedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentsTimedQuery = { contact: { appointments: Array<{ ghlId: string, contactId: string | null, status: AppointmentStatus | null, startAt: string | null, endAt: string | null, calendar: { ghlId: string } | null }> } | null };

export type ContactAppointmentsUntimedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentsUntimedQuery = { contact: { appointments: Array<{ ghlId: string, title: string | null, status: AppointmentStatus | null }> } | null };

export type FreeSlotsInZoneQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  tz?: string | null | undefined;
}>;


export type FreeSlotsInZoneQuery = { freeSlots: Array<{ date: string, slots: Array<string> }> };

export type CreateCalendarMutationVariables = Exact<{
  input: CreateCalendarInput;
}>;


export type CreateCalendarMutation = { createCalendar: { calendar: { ghlId: string, name: string | null, calendarType: string | null, slotDuration: number | null, slotDurationUnit: string | null, eventColor: string | null, openHours: Array<{ daysOfTheWeek: Array<number>, hours: Array<{ openHour: number | null, closeHour: number | null }> }>, teamMembers: Array<{ ghlId: string } | null> } } };

export type FreeSlotsOfUserQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  u?: string | number | null | undefined;
}>;


export type FreeSlotsOfUserQuery = { freeSlots: Array<{ date: string, slots: Array<string> }> };

export type CreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type CreateAppointmentMutation = { createAppointment: { appointment: { id: string, ghlId: string, title: string | null, status: AppointmentStatus | null, meetingLocationType: MeetingLocationType | null, startAt: string | null, endAt: string | null, calendar: { ghlId: string } | null, contact: { ghlId: string } | null, assignedUser: { ghlId: string } | null } } };

export type MoveAppointmentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAppointmentInput;
}>;


export type MoveAppointmentMutation = { updateAppointment: { appointment: { ghlId: string, startAt: string | null, endAt: string | null, status: AppointmentStatus | null, meetingLocationType: MeetingLocationType | null } } };

export type ContactAppointmentIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactAppointmentIdsQuery = { contact: { appointments: Array<{ ghlId: string }> } | null };

export type CreateBlockSlotMutationVariables = Exact<{
  input: CreateBlockSlotInput;
}>;


export type CreateBlockSlotMutation = { createBlockSlot: { blockSlot: { ghlId: string, title: string | null, startAt: string | null, endAt: string | null, calendarId: string | null, calendar: { ghlId: string } | null } } };

export type DeprecatedCalendarNamesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  first: string;
  last: string;
}>;


export type DeprecatedCalendarNamesQuery = { calendar: { current: Array<{ ghlId: string, status: AppointmentStatus | null, startAt: string | null, endAt: string | null }>, deprecated: Array<{ ghlId: string, appointmentStatus: string | null, startTime: string | null, endTime: string | null }> } | null, currentSlots: Array<{ date: string, slots: Array<string> }>, deprecatedSlots: Array<{ date: string, slots: Array<string> }> };

export type UnknownCalendarAndAppointmentQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownCalendarAndAppointmentQuery = { calendar: { ghlId: string } | null, appointment: { ghlId: string } | null, location: { ghlId: string } | null };

export type CalendarsOfLocationQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type CalendarsOfLocationQuery = { calendars: Array<{ ghlId: string }> };

export type CalendarGhlIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarGhlIdQuery = { calendar: { ghlId: string } | null };

export type CircuitBreakerFirstContactQueryVariables = Exact<{ [key: string]: never; }>;


export type CircuitBreakerFirstContactQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type CircuitBreakerContactQueryVariables = Exact<{
  id: string | number;
}>;


export type CircuitBreakerContactQuery = { contact: { ghlId: string } | null };

export type ClientContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientContactsQuery = { contacts: { totalCount: number | null, edges: Array<{ node: { id: string, name: string | null } }> } | null };

export type ClientTagMutationVariables = Exact<{
  id: string | number;
  tags: Array<string> | string;
}>;


export type ClientTagMutation = { addContactTags: { tags: Array<string> } };

export type ClientContactTagsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientContactTagsQuery = { contact: { tags: Array<string> } | null };

export type ClientContactEventsSubscriptionVariables = Exact<{
  contactId: string | number;
}>;


export type ClientContactEventsSubscription = { contactEvents: { type: string, nodeId: string | null, contact: { id: string, name: string | null, tags: Array<string> } | null } };

export type ClientPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ClientPageQuery = { contacts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null } }> } | null };

export type ClientRenameMutationVariables = Exact<{
  id: string | number;
  firstName: string;
}>;


export type ClientRenameMutation = { updateContact: { contact: { id: string, name: string | null } } };

export type ClientFirstTenQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientFirstTenQuery = { contacts: { edges: Array<{ node: { id: string } }> } | null };

export type ContactSearchAllQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ContactFilter | null | undefined;
  orderBy?: ContactOrder | null | undefined;
}>;


export type ContactSearchAllQuery = { contacts: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string } }> } | null };

export type ContactSearchLocationDndQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactSearchLocationDndQuery = { location: { contacts: { totalCount: number | null, edges: Array<{ node: { ghlId: string, dnd: boolean | null } }> } | null } | null };

export type ContactSearchFirstTwoQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactSearchFirstTwoQuery = { contacts: { pageInfo: { endCursor: string | null } } | null };

export type ContactSearchByNameAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContactSearchByNameAfterQuery = { contacts: { totalCount: number | null } | null };

export type ContactSearchBackwardRangeQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactSearchBackwardRangeQuery = { contacts: { totalCount: number | null } | null };

export type ContactSearchLongQueryQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type ContactSearchLongQueryQuery = { contacts: { totalCount: number | null } | null };

export type ContactsAllFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsAllFieldsQuery = { contact: { id: string, ghlId: string, locationId: string, name: string | null, firstName: string | null, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, source: string | null, timezone: string | null, address1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, website: string | null, tags: Array<string>, dnd: boolean | null, createdAt: string | null, updatedAt: string | null, assignedTo: string | null, dndSettings: { sms: { status: string | null } | null, email: { status: string | null } | null } | null, customFields: Array<{ fieldId: string, value: unknown }> } | null };

export type ContactsGlobalIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsGlobalIdQuery = { contact: { id: string } | null };

export type ContactsByGlobalIdAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsByGlobalIdAndNodeQuery = { contact: { ghlId: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { ghlId: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ContactsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContactsPageQuery = { contacts: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ghlId: string } }> } | null };

export type ContactsSearchByNameQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type ContactsSearchByNameQuery = { contacts: { totalCount: number | null, edges: Array<{ node: { firstName: string | null, lastName: string | null, email: string | null } }> } | null };

export type ContactsEmailsAndPhonesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContactsEmailsAndPhonesQuery = { contacts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, email: string | null, phone: string | null } }> } | null };

export type ContactsRelationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsRelationsQuery = { contact: { location: { ghlId: string, name: string | null } | null, assignedUser: { ghlId: string, name: string | null, email: string | null, roles: { locationIds: Array<string> } | null } | null, tasks: Array<{ ghlId: string, title: string | null, completed: boolean, contactId: string }>, notes: Array<{ ghlId: string, body: string | null, contactId: string, user: { ghlId: string } | null }> } | null };

export type ContactsOfLocationQueryVariables = Exact<{
  loc?: string | number | null | undefined;
}>;


export type ContactsOfLocationQuery = { location: { ghlId: string, name: string | null, timezone: string | null, settings: { allowDuplicateContact: boolean | null } | null, contacts: { edges: Array<{ node: { locationId: string } }> } | null } | null };

export type ContactsCreateMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type ContactsCreateMutation = { createContact: { contact: { ghlId: string, name: string | null, email: string | null, phone: string | null, tags: Array<string>, country: string | null } } };

export type ContactsUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type ContactsUpdateMutation = { updateContact: { contact: { lastName: string | null, city: string | null, companyName: string | null } } };

export type ContactsUpdateInboundDndMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type ContactsUpdateInboundDndMutation = { updateContact: { contact: { ghlId: string } } };

export type ContactsAddTagsMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsAddTagsMutation = { addContactTags: { tags: Array<string>, contact: { tags: Array<string> } | null } };

export type ContactsRemoveTagsMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsRemoveTagsMutation = { removeContactTags: { tags: Array<string> } };

export type ContactsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsDeleteMutation = { deleteContact: { deletedId: string, deletedGhlId: string } };

export type ContactsCreateTaskMutationVariables = Exact<{
  c: string | number;
  input: CreateTaskInput;
}>;


export type ContactsCreateTaskMutation = { createContactTask: { task: { id: string, ghlId: string, title: string | null, completed: boolean, dueDate: string | null, assignedUser: { ghlId: string } | null, contact: { ghlId: string } | null } } };

export type ContactsRenameTaskMutationVariables = Exact<{
  c: string | number;
  t: string | number;
}>;


export type ContactsRenameTaskMutation = { updateContactTask: { task: { title: string | null } } };

export type ContactsCompleteTaskMutationVariables = Exact<{
  c: string | number;
  t: string | number;
}>;


export type ContactsCompleteTaskMutation = { completeContactTask: { task: { completed: boolean } } };

export type ContactsTasksAndTaskNodeQueryVariables = Exact<{
  id: string | number;
  task: string | number;
}>;


export type ContactsTasksAndTaskNodeQuery = { contact: { tasks: Array<{ ghlId: string }> } | null, node:
    | { title: string | null }
    | Record<PropertyKey, never>
   | null };

export type ContactsDeleteTaskMutationVariables = Exact<{
  c: string | number;
  t: string | number;
}>;


export type ContactsDeleteTaskMutation = { deleteContactTask: { deletedId: string, deletedGhlId: string } };

export type ContactsCreateNoteMutationVariables = Exact<{
  c: string | number;
}>;


export type ContactsCreateNoteMutation = { createContactNote: { note: { id: string, ghlId: string, body: string | null, pinned: boolean | null } } };

export type ContactsRewriteNoteMutationVariables = Exact<{
  c: string | number;
  n: string | number;
}>;


export type ContactsRewriteNoteMutation = { updateContactNote: { note: { body: string | null } } };

export type ContactsDeleteNoteMutationVariables = Exact<{
  c: string | number;
  n: string | number;
}>;


export type ContactsDeleteNoteMutation = { deleteContactNote: { deletedGhlId: string } };

export type ConversationsSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ConversationsSendMutation = { sendMessage: { messageGhlId: string } };

export type ConversationsInboxWithContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConversationsInboxWithContactsQuery = { conversations: { totalCount: number | null, edges: Array<{ node: { ghlId: string, contactId: string, unreadCount: number | null, lastMessageBody: string | null, lastMessageType: MessageType | null, contact: { ghlId: string, name: string | null, email: string | null, phone: string | null } | null } }> } | null };

export type ConversationsInboxPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConversationsInboxPageQuery = { conversations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string } }> } | null };

export type ConversationsMessagesPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ConversationsMessagesPageQuery = { conversation: { messages: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, body: string | null, direction: MessageDirection | null, type: MessageType | null, createdAt: string | null, dateAdded: string | null, conversationId: string | null } }> } | null } | null };

export type ConversationsMessageLinksQueryVariables = Exact<{
  m: string | number;
  c: string | number;
}>;


export type ConversationsMessageLinksQuery = { message: { ghlId: string, conversation: { ghlId: string } | null, contact: { ghlId: string } | null } | null, contact: { conversations: { edges: Array<{ node: { ghlId: string } }> } | null } | null };

export type ConversationsMarkReadStarredMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsMarkReadStarredMutation = { updateConversation: { conversation: { read: boolean | null, unreadCount: number | null, starred: boolean | null } } };

export type ConversationsMarkUnreadMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsMarkUnreadMutation = { updateConversation: { conversation: { read: boolean | null } } };

export type ConversationsAssignMutationVariables = Exact<{
  id: string | number;
  u: string | number;
}>;


export type ConversationsAssignMutation = { updateConversation: { conversation: { assignedTo: string | null, assignedUser: { ghlId: string } | null, contact: { assignedTo: string | null } | null } } };

export type ConversationsSendSmsMutationVariables = Exact<{
  c: string | number;
}>;


export type ConversationsSendSmsMutation = { sendMessage: { messageGhlId: string, message: { body: string | null, type: MessageType | null, direction: MessageDirection | null } | null, conversation: { ghlId: string } | null } };

export type ConversationsSendEmailMutationVariables = Exact<{
  c: string | number;
}>;


export type ConversationsSendEmailMutation = { sendMessage: { messageGhlId: string, message: { type: MessageType | null } | null } };

export type ConversationsSendReplyMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ConversationsSendReplyMutation = { sendMessage: { messageGhlId: string, message: { type: MessageType | null } | null } };

export type ConversationsMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsMarkReadMutation = { updateConversation: { conversation: { read: boolean | null } } };

export type ConversationsAddInboundSmsMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsAddInboundSmsMutation = { addInboundMessage: { message: { body: string | null, direction: MessageDirection | null } | null, conversation: { read: boolean | null, unreadCount: number | null } | null } };

export type ConversationsAddInboundMutationVariables = Exact<{
  input: InboundMessageInput;
}>;


export type ConversationsAddInboundMutation = { addInboundMessage: { message: { type: MessageType | null, direction: MessageDirection | null } | null } };

export type CostContactsTasksNotesQueryVariables = Exact<{ [key: string]: never; }>;


export type CostContactsTasksNotesQuery = { contacts: { edges: Array<{ node: { name: string | null, tasks: Array<{ title: string | null }>, notes: Array<{ body: string | null }> } }> } | null };

export type CostOpportunityContactsEmbeddedQueryVariables = Exact<{ [key: string]: never; }>;


export type CostOpportunityContactsEmbeddedQuery = { opportunities: { edges: Array<{ node: { contact: { name: string | null, email: string | null, phone: string | null, tags: Array<string> } | null } }> } | null };

export type CostOpportunityContactsFullQueryVariables = Exact<{ [key: string]: never; }>;


export type CostOpportunityContactsFullQuery = { opportunities: { edges: Array<{ node: { contact: { name: string | null, city: string | null } | null } }> } | null };

export type CostOpportunityContactQueryVariables = Exact<{
  id: string | number;
}>;


export type CostOpportunityContactQuery = { opportunity: { contact: { name: string | null } | null } | null };

export type CostSharedListsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostSharedListsQuery = { contacts: { edges: Array<{ node: { assignedUser: { name: string | null } | null, location: { name: string | null } | null } }> } | null, opportunities: { edges: Array<{ node: { assignedUser: { name: string | null } | null, stage: { name: string | null } | null, pipeline: { name: string | null } | null } }> } | null };

export type CostPaymentContactsEmbeddedQueryVariables = Exact<{ [key: string]: never; }>;


export type CostPaymentContactsEmbeddedQuery = { orders: { edges: Array<{ node: { amount: number | null, contact: { name: string | null, email: string | null } | null } }> } | null, paymentSubscriptions: { edges: Array<{ node: { amount: number | null, contact: { name: string | null } | null } }> } | null };

export type CostTransactionContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostTransactionContactsQuery = { transactions: { edges: Array<{ node: { amount: number | null, contact: { name: string | null, city: string | null } | null } }> } | null };

export type CostTransactionOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type CostTransactionOrdersQuery = { transactions: { edges: Array<{ node: { order: { status: OrderStatus | null, items: Array<{ name: string | null }> | null } | null, location: { name: string | null } | null } }> } | null };

export type CostProductPricesQueryVariables = Exact<{ [key: string]: never; }>;


export type CostProductPricesQuery = { products: { edges: Array<{ node: { name: string | null, prices: Array<{ amount: number | null, currency: string | null }> } }> } | null };

export type CostUpdateProductMutationVariables = Exact<{
  id: string | number;
}>;


export type CostUpdateProductMutation = { updateProduct: { product: { name: string | null } } };

export type CostCreateProductPriceMutationVariables = Exact<{
  id: string | number;
}>;


export type CostCreateProductPriceMutation = { createProductPrice: { price: { amount: number | null }, product: { name: string | null, prices: Array<{ amount: number | null }> } } };

export type CostLocationSummariesQueryVariables = Exact<{
  companyId: string | number;
}>;


export type CostLocationSummariesQuery = { locations: { edges: Array<{ node: { name: string | null, city: string | null, timezone: string | null } }> } | null };

export type CostLocationsFullQueryVariables = Exact<{
  companyId: string | number;
}>;


export type CostLocationsFullQuery = { locations: { edges: Array<{ node: { name: string | null, logoUrl: string | null, business: { name: string | null } | null } }> } | null };

export type CostOverBudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type CostOverBudgetQuery = { conversations: { edges: Array<{ node: { messages: { totalCount: number | null } | null } }> } | null };

export type CostConversationsPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CostConversationsPageQuery = { conversations: { edges: Array<{ node: { messages: { totalCount: number | null } | null } }> } | null };

export type CostTwoPipelinesQueryVariables = Exact<{
  a?: string | number | null | undefined;
  b?: string | number | null | undefined;
}>;


export type CostTwoPipelinesQuery = { a: Array<{ name: string | null }>, b: Array<{ name: string | null }> };

export type CostConversationsTenQueryVariables = Exact<{ [key: string]: never; }>;


export type CostConversationsTenQuery = { conversations: { edges: Array<{ node: { messages: { totalCount: number | null } | null } }> } | null };

export type CouponsCreateMutationVariables = Exact<{
  input: CouponInput;
}>;


export type CouponsCreateMutation = { createCoupon: { coupon: { ghlId: string, code: string | null, name: string | null, discountType: CouponDiscountType | null, discountValue: number | null, status: CouponStatus | null, startAt: string | null, endAt: string | null, usageLimit: number | null, limitedToOnePerCustomer: boolean | null, productIds: Array<string>, products: Array<{ ghlId: string, name: string | null }> } } };

export type CouponsListQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponsListQuery = { coupons: { totalCount: number | null, edges: Array<{ node: { ghlId: string, code: string | null, status: CouponStatus | null, discountType: CouponDiscountType | null, productIds: Array<string> } }> } | null };

export type CouponsExpiredQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponsExpiredQuery = { coupons: { edges: Array<{ node: { ghlId: string } }> } | null };

export type CouponsSearchQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type CouponsSearchQuery = { coupons: { edges: Array<{ node: { code: string | null } }> } | null };

export type CouponsProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponsProductsQuery = { coupons: { edges: Array<{ node: { productIds: Array<string>, products: Array<{ ghlId: string, name: string | null }> } }> } | null };

export type CouponsOneQueryVariables = Exact<{
  id: string | number;
  code: string;
}>;


export type CouponsOneQuery = { coupon: { ghlId: string, code: string | null, name: string | null, discountValue: number | null, usageCount: number | null } | null };

export type CouponsUpdateMutationVariables = Exact<{
  id: string | number;
  input: CouponInput;
}>;


export type CouponsUpdateMutation = { updateCoupon: { coupon: { ghlId: string, discountType: CouponDiscountType | null, discountValue: number | null, productIds: Array<string>, usageLimit: number | null } } };

export type CouponsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type CouponsDeleteMutation = { deleteCoupon: { deletedGhlId: string } };

export type CredentialsContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsContactsQuery = { contacts: { totalCount: number | null } | null };

export type CustomObjectsSchemasQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomObjectsSchemasQuery = { objectSchemas: Array<{ ghlId: string, key: string, standard: boolean, singularLabel: string | null, pluralLabel: string | null, createdAt: string | null }> };

export type CustomObjectsSchemaQueryVariables = Exact<{
  key: string;
}>;


export type CustomObjectsSchemaQuery = { objectSchema: { id: string, key: string, searchableProperties: Array<string>, fields: Array<{ name: string | null, fieldKey: string | null, dataType: CustomObjectFieldType | null, options: Array<{ key: string, label: string }> }> } };

export type CustomObjectsSchemaNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomObjectsSchemaNodeQuery = { node:
    | { key: string }
    | Record<PropertyKey, never>
   | null };

export type CustomObjectsSchemaKeyQueryVariables = Exact<{
  key: string;
}>;


export type CustomObjectsSchemaKeyQuery = { objectSchema: { key: string } };

export type CustomObjectsCreateTicketsMutationVariables = Exact<{
  key: string;
}>;


export type CustomObjectsCreateTicketsMutation = { createObjectSchema: { objectSchema: { key: string, standard: boolean, primaryDisplayProperty: string | null } } };

export type CustomObjectsUpdateSchemaMutationVariables = Exact<{
  key: string;
  props: Array<string> | string;
}>;


export type CustomObjectsUpdateSchemaMutation = { updateObjectSchema: { objectSchema: { pluralLabel: string | null, searchableProperties: Array<string> } } };

export type CustomObjectsSearchByUnknownMutationVariables = Exact<{
  key: string;
  props: Array<string> | string;
}>;


export type CustomObjectsSearchByUnknownMutation = { updateObjectSchema: { objectSchema: { key: string } } };

export type CustomObjectsRecordsFirstQueryVariables = Exact<{
  objectKey: string;
}>;


export type CustomObjectsRecordsFirstQuery = { records: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, objectKey: string, properties: Record<string, unknown>, createdAt: string | null } }> } | null };

export type CustomObjectsRecordsAfterQueryVariables = Exact<{
  objectKey: string;
  after?: string | null | undefined;
}>;


export type CustomObjectsRecordsAfterQuery = { records: { edges: Array<{ node: { ghlId: string } }> } | null };

export type CustomObjectsRecordValuesQueryVariables = Exact<{
  objectKey: string;
}>;


export type CustomObjectsRecordValuesQuery = { records: { edges: Array<{ node: { ghlId: string, values: Array<{ name: string, fieldKey: string, value: unknown, field: { name: string | null, dataType: CustomObjectFieldType | null } | null }> } }> } | null };

export type CustomObjectsRecordSearchQueryVariables = Exact<{
  objectKey: string;
  q?: string | null | undefined;
}>;


export type CustomObjectsRecordSearchQuery = { records: { totalCount: number | null, edges: Array<{ node: { property: unknown } }> } | null };

export type CustomObjectsRecordTwiceQueryVariables = Exact<{
  objectKey: string;
  property: string;
  id: string | number;
}>;


export type CustomObjectsRecordTwiceQuery = { a: { id: string, ghlId: string, property: unknown, ownerIds: Array<string>, owners: Array<{ ghlId: string }>, objectSchema: { singularLabel: string | null } | null }, b: { ghlId: string } };

export type CustomObjectsRecordNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomObjectsRecordNodeQuery = { node:
    | { ghlId: string, objectKey: string }
    | Record<PropertyKey, never>
   | null };

export type CustomObjectsCreateRecordMutationVariables = Exact<{
  objectKey: string;
}>;


export type CustomObjectsCreateRecordMutation = { createRecord: { record: { ghlId: string, properties: Record<string, unknown> } } };

export type CustomObjectsUpdateRecordMutationVariables = Exact<{
  objectKey: string;
  id: string | number;
}>;


export type CustomObjectsUpdateRecordMutation = { updateRecord: { record: { properties: Record<string, unknown>, updatedAt: string | null } } };

export type CustomObjectsDeleteRecordMutationVariables = Exact<{
  objectKey: string;
  id: string | number;
}>;


export type CustomObjectsDeleteRecordMutation = { deleteRecord: { deletedGhlId: string } };

export type CustomObjectsRecordGoneQueryVariables = Exact<{
  objectKey: string;
  id: string | number;
}>;


export type CustomObjectsRecordGoneQuery = { record: { ghlId: string } };

export type CustomObjectsCreateRefusedMutationVariables = Exact<{
  objectKey: string;
  input: CustomObjectRecordInput;
}>;


export type CustomObjectsCreateRefusedMutation = { createRecord: { record: { ghlId: string } } };

export type CustomObjectsSchemaEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CustomObjectsSchemaEventsSubscription = { objectSchemaEvents: { type: string, key: string | null, objectSchema: { key: string, singularLabel: string | null, fields: Array<{ name: string | null, dataType: CustomObjectFieldType | null }> } | null } };

export type CustomObjectsCreateCarsMutationVariables = Exact<{
  key: string;
}>;


export type CustomObjectsCreateCarsMutation = { createObjectSchema: { objectSchema: { key: string } } };

export type CustomObjectsRecordEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CustomObjectsRecordEventsSubscription = { recordEvents: { type: string, recordId: string | null, objectKey: string | null, record: { ghlId: string, objectKey: string, property: unknown, objectSchema: { pluralLabel: string | null } | null } | null } };

export type CustomObjectsCreatePixelMutationVariables = Exact<{
  objectKey: string;
}>;


export type CustomObjectsCreatePixelMutation = { createRecord: { record: { ghlId: string } } };

export type Contact360DeferredQueryVariables = Exact<{
  id: string | number;
}>;


export type Contact360DeferredQuery = { contact: { name: string | null, email: string | null, opportunities: { totalCount: number | null, edges: Array<{ node: { name: string | null, status: OpportunityStatus | null } }> } | null, invoices: { totalCount: number | null } | null } & ({ tasks: Array<{ title: string | null, completed: boolean }> } | { tasks?: never }) & ({ notes: Array<{ body: string | null }> } | { notes?: never }) | null };

export type Contact360AtOnceQueryVariables = Exact<{
  id: string | number;
}>;


export type Contact360AtOnceQuery = { contact: { name: string | null, email: string | null, opportunities: { totalCount: number | null, edges: Array<{ node: { name: string | null, status: OpportunityStatus | null } }> } | null, invoices: { totalCount: number | null } | null, tasks: Array<{ title: string | null, completed: boolean }>, notes: Array<{ body: string | null }> } | null };

export type ContactTasksStreamedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactTasksStreamedQuery = { contact: { tasks: Array<{ title: string | null }> } | null };

export type ErrorsContactCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsContactCountQuery = { contacts: { totalCount: number | null } | null };

export type ContactFoundAndMissingQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactFoundAndMissingQuery = { found: { ghlId: string } | null, missing: { ghlId: string } | null };

export type ErrorsContactByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsContactByIdQuery = { contact: { ghlId: string } | null };

export type ErrorsContactsOfLocationQueryVariables = Exact<{
  loc?: string | number | null | undefined;
}>;


export type ErrorsContactsOfLocationQuery = { contacts: { totalCount: number | null } | null };

export type ErrorsContactLocationQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsContactLocationQuery = { contact: { locationId: string } | null };

export type ErrorsCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type ErrorsCreateContactMutation = { createContact: { contact: { ghlId: string } } };

export type ErrorsCreateNeverMutationVariables = Exact<{ [key: string]: never; }>;


export type ErrorsCreateNeverMutation = { createContact: { contact: { ghlId: string } } };

export type ErrorsMissingContactQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsMissingContactQuery = { contact: { ghlId: string } | null };

export type ErrorsBadCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsBadCursorQuery = { contacts: { totalCount: number | null } | null };

export type EstimatesCreateMutationVariables = Exact<{
  input: CreateEstimateInput;
}>;


export type EstimatesCreateMutation = { createEstimate: { estimate: { ghlId: string, locationId: string, name: string | null, title: string | null, number: string | null, numberPrefix: string | null, status: EstimateStatus | null, currency: string | null, total: number | null, issueDate: string | null, expiryDate: string | null, items: Array<{ name: string | null, qty: number | null, amount: number | null, currency: string | null }>, discount: { type: string | null, value: number | null } | null, contactDetails: { contactId: string | null, name: string | null } | null, contact: { ghlId: string } | null } } };

export type EstimatesListQueryVariables = Exact<{ [key: string]: never; }>;


export type EstimatesListQuery = { estimates: { totalCount: number | null, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { ghlId: string, status: EstimateStatus | null, number: string | null, total: number | null } }> } | null };

export type EstimatesAcceptedQueryVariables = Exact<{ [key: string]: never; }>;


export type EstimatesAcceptedQuery = { estimates: { totalCount: number | null, edges: Array<{ node: { ghlId: string } }> } | null };

export type EstimatesOfContactQueryVariables = Exact<{
  c: string | number;
}>;


export type EstimatesOfContactQuery = { contact: { estimates: { totalCount: number | null, edges: Array<{ node: { ghlId: string, contactDetails: { contactId: string | null } | null } }> } | null } | null };

export type EstimatesContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type EstimatesContactsQuery = { estimates: { edges: Array<{ node: { contactDetails: { contactId: string | null } | null, contact: { ghlId: string, email: string | null } | null } }> } | null };

export type EstimatesNextNumberQueryVariables = Exact<{ [key: string]: never; }>;


export type EstimatesNextNumberQuery = { nextEstimateNumber: string | null };

export type EstimatesUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateEstimateInput;
}>;


export type EstimatesUpdateMutation = { updateEstimate: { estimate: { ghlId: string, name: string | null, status: EstimateStatus | null, total: number | null, items: Array<{ name: string | null }> } } };

export type EstimatesSendMutationVariables = Exact<{
  id: string | number;
  u: string | number;
}>;


export type EstimatesSendMutation = { sendEstimate: { estimate: { ghlId: string, status: EstimateStatus | null, sentByUserId: string | null } } };

export type EstimatesInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type EstimatesInvoiceMutation = { createInvoiceFromEstimate: { invoice: { ghlId: string, status: InvoiceStatus | null, total: number | null, items: Array<{ name: string | null }>, contact: { ghlId: string } | null }, estimate: { ghlId: string, status: EstimateStatus | null, invoice: { ghlId: string } | null } | null } };

export type EstimatesInvoiceAgainMutationVariables = Exact<{
  id: string | number;
}>;


export type EstimatesInvoiceAgainMutation = { createInvoiceFromEstimate: { invoice: { ghlId: string } } };

export type EstimatesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type EstimatesDeleteMutation = { deleteEstimate: { deletedGhlId: string } };

export type EstimatesDeleteAgainMutationVariables = Exact<{
  id: string | number;
}>;


export type EstimatesDeleteAgainMutation = { deleteEstimate: { deletedGhlId: string } };

export type EstimatesUpdateToInvoicedMutationVariables = Exact<{
  id: string | number;
  input: UpdateEstimateInput;
}>;


export type EstimatesUpdateToInvoicedMutation = { updateEstimate: { estimate: { ghlId: string } } };

export type SetupPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupPipelinesQuery = { pipelines: Array<{ id: string, name: string | null }> };

export type SetupOpportunityContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupOpportunityContactsQuery = { opportunities: { edges: Array<{ node: { contact: { id: string } | null } }> } | null };

export type SetupCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupCalendarsQuery = { calendars: Array<{ id: string, isActive: boolean | null }> };

export type SetupConversationContactQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupConversationContactQuery = { conversations: { edges: Array<{ node: { contactId: string } }> } | null };

export type FaultsBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsBoardQuery = { location: { name: string | null } | null, contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type FaultsCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type FaultsCreateContactMutation = { createContact: { contact: { ghlId: string, email: string | null } } };

export type FirstFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstFormsQuery = { forms: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, name: string | null, locationId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type LocationFormsAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LocationFormsAfterQuery = { location: { forms: { edges: Array<{ node: { ghlId: string, name: string | null } }> } | null } | null };

export type QuizzesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuizzesQuery = { forms: { edges: Array<{ node: { name: string | null } }> } | null };

export type FirstFormQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstFormQuery = { forms: { edges: Array<{ node: { id: string, ghlId: string, name: string | null } }> } | null };

export type FormNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FormNodeQuery = { node:
    | { ghlId: string, name: string | null, location: { ghlId: string } | null }
    | Record<PropertyKey, never>
   | null };

export type FormSubmissionsInRangeQueryVariables = Exact<{
  formId: string | number;
}>;


export type FormSubmissionsInRangeQuery = { formSubmissions: { totalCount: number | null, edges: Array<{ node: { ghlId: string, name: string | null, email: string | null, contactId: string | null, createdAt: string | null, answers: Record<string, unknown>, fieldOrder: Array<string>, pageUrl: string | null, source: string | null, formId: string | null, form: { ghlId: string, name: string | null } | null } }> } | null };

export type SubmissionContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubmissionContactsQuery = { formSubmissions: { edges: Array<{ node: { contactId: string | null, contact: { ghlId: string, email: string | null } | null } }> } | null };

export type FirstSubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSubmissionsQuery = { formSubmissions: { edges: Array<{ node: { ghlId: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type SubmissionsAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SubmissionsAfterQuery = { formSubmissions: { edges: Array<{ node: { ghlId: string } }>, pageInfo: { hasPreviousPage: boolean } } | null };

export type SubmissionsBackwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubmissionsBackwardsQuery = { formSubmissions: { totalCount: number | null } | null };

export type LocationSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationSurveysQuery = { location: { surveys: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, name: string | null } }> } | null } | null };

export type SurveySubmissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveySubmissionsQuery = { surveySubmissions: { totalCount: number | null, edges: Array<{ node: { ghlId: string, surveyId: string | null, survey: { name: string | null } | null, contact: { ghlId: string } | null } }> } | null };

export type SurveyNodeSubmissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyNodeSubmissionsQuery = { node:
    | { __typename: 'Appointment' }
    | { __typename: 'Association' }
    | { __typename: 'Calendar' }
    | { __typename: 'Campaign' }
    | { __typename: 'Contact' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomField' }
    | { __typename: 'CustomObjectRecord' }
    | { __typename: 'CustomObjectSchema' }
    | { __typename: 'CustomValue' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceSchedule' }
    | { __typename: 'InvoiceTemplate' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
    | { __typename: 'PaymentSubscription' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'Product' }
    | { __typename: 'SocialPost' }
    | { __typename: 'Survey', submissions: { edges: Array<{ node: { ghlId: string } }> } | null }
    | { __typename: 'Task' }
    | { __typename: 'Transaction' }
    | { __typename: 'User' }
    | { __typename: 'Workflow' }
   | null };

export type UploadContactFilesMutationVariables = Exact<{
  contactId: string | number;
  fieldId: string;
  files: Array<unknown> | unknown;
}>;


export type UploadContactFilesMutation = { uploadContactFiles: { files: Array<{ fileId: string, customFieldId: string, name: string, size: number, contentType: string }>, contact: { ghlId: string, customFields: Array<{ fieldId: string, value: unknown }> } } };

export type FuzzMalformedGlobalIdQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzMalformedGlobalIdQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GraphiqlFirstContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphiqlFirstContactsQuery = { location: { name: string | null } | null, contacts: { totalCount: number | null, edges: Array<{ node: { name: string | null } }> } | null };

export type GraphiqlCreateContactMutationVariables = Exact<{
  name: string;
}>;


export type GraphiqlCreateContactMutation = { createContact: { contact: { id: string } } };

export type GraphiqlLiveContactIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphiqlLiveContactIdQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type CsrfTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type CsrfTypenameQuery = { __typename: 'Query' };

export type InvoicesEditsCreateMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type InvoicesEditsCreateMutation = { createInvoice: { invoice: { id: string, ghlId: string, number: string | null, total: number | null } } };

export type InvoicesEditsUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateInvoiceInput;
}>;


export type InvoicesEditsUpdateMutation = { updateInvoice: { invoice: { id: string, ghlId: string, name: string | null, title: string | null, number: string | null, status: InvoiceStatus | null, issueDate: string | null, dueDate: string | null, total: number | null, amountDue: number | null, items: Array<{ name: string | null, qty: number | null, amount: number | null, currency: string | null }>, discount: { type: string | null, value: number | null } | null } } };

export type InvoicesEditsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoicesEditsDeleteMutation = { deleteInvoice: { deletedId: string, deletedGhlId: string } };

export type InvoicesEditsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesEditsReadQuery = { invoice: { ghlId: string, name: string | null } | null };

export type InvoicesEditsNextNumberQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesEditsNextNumberQuery = { nextInvoiceNumber: string | null };

export type InvoicesLateFeesMutationVariables = Exact<{
  id: string | number;
  input: LateFeesInput;
}>;


export type InvoicesLateFeesMutation = { updateInvoiceLateFees: { invoice: { ghlId: string, lateFees: { enabled: boolean | null, type: string | null, value: number | null, interval: LateFeeInterval | null, intervalCount: number | null, graceDays: number | null, maxTotal: number | null } | null } } };

export type InvoicesTemplateLateFeesMutationVariables = Exact<{
  id: string | number;
  input: LateFeesInput;
}>;


export type InvoicesTemplateLateFeesMutation = { updateInvoiceTemplateLateFees: { invoiceTemplate: { ghlId: string, lateFees: { type: string | null, value: number | null, interval: LateFeeInterval | null } | null } } };

export type InvoicesSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesSettingsQuery = { location: { invoiceSettings: { locationId: string, title: string | null, termsNote: string | null, invoiceNumberPrefix: string | null, dueAfterDays: number | null, minimumPartialPaymentPercent: number | null, estimatesTitle: string | null, estimatesTermsNote: string | null, estimateNumberPrefix: string | null, estimatesExpireAfterDays: number | null } | null } | null };

export type InvoiceSchedulesCreateMutationVariables = Exact<{
  input: InvoiceScheduleInput;
}>;


export type InvoiceSchedulesCreateMutation = { createInvoiceSchedule: { invoiceSchedule: { id: string, ghlId: string, name: string | null, status: InvoiceScheduleStatus | null, total: number | null, currency: string | null, recurrence: { intervalType: RecurrenceInterval | null, interval: number | null, startDate: string | null, count: number | null, dayOfMonth: number | null } | null, items: Array<{ name: string | null, amount: number | null }>, contact: { ghlId: string } | null } } };

export type InvoiceSchedulesListQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceSchedulesListQuery = { invoiceSchedules: { totalCount: number | null, edges: Array<{ node: { ghlId: string, status: InvoiceScheduleStatus | null, total: number | null, contact: { ghlId: string } | null, recurrence: { intervalType: RecurrenceInterval | null } | null } }> } | null };

export type InvoiceSchedulesActiveQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceSchedulesActiveQuery = { invoiceSchedules: { edges: Array<{ node: { ghlId: string } }> } | null };

export type InvoiceSchedulesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceSchedulesOneQuery = { invoiceSchedule: { id: string, ghlId: string, name: string | null, locationId: string | null } | null };

export type InvoiceSchedulesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceSchedulesNodeQuery = { node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type InvoiceSchedulesTwiceQueryVariables = Exact<{
  id: string | number;
  node: string | number;
}>;


export type InvoiceSchedulesTwiceQuery = { a: { name: string | null } | null, b: { name: string | null } | null };

export type InvoiceSchedulesStartMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoiceSchedulesStartMutation = { scheduleInvoiceSchedule: { invoiceSchedule: { ghlId: string, status: InvoiceScheduleStatus | null } } };

export type InvoiceSchedulesUpdateMutationVariables = Exact<{
  id: string | number;
  input: InvoiceScheduleInput;
}>;


export type InvoiceSchedulesUpdateMutation = { updateInvoiceSchedule: { invoiceSchedule: { name: string | null, total: number | null } } };

export type InvoiceSchedulesCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoiceSchedulesCancelMutation = { cancelInvoiceSchedule: { invoiceSchedule: { ghlId: string, status: InvoiceScheduleStatus | null } } };

export type InvoiceSchedulesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoiceSchedulesDeleteMutation = { deleteInvoiceSchedule: { deletedId: string, deletedGhlId: string } };

export type InvoiceTemplatesCreateMutationVariables = Exact<{
  input: InvoiceTemplateInput;
}>;


export type InvoiceTemplatesCreateMutation = { createInvoiceTemplate: { invoiceTemplate: { id: string, ghlId: string, name: string | null, total: number | null, currency: string | null, items: Array<{ name: string | null, qty: number | null, amount: number | null }>, discount: { type: string | null, value: number | null } | null } } };

export type InvoiceTemplatesListQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceTemplatesListQuery = { invoiceTemplates: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, name: string | null, total: number | null } }> } | null };

export type InvoiceTemplatesOneQueryVariables = Exact<{
  id: string | number;
  ghlId: string | number;
}>;


export type InvoiceTemplatesOneQuery = { byNode:
    | { name: string | null }
    | Record<PropertyKey, never>
   | null, byGhlId: { name: string | null } | null };

export type InvoiceTemplatesUpdateMutationVariables = Exact<{
  id: string | number;
  input: InvoiceTemplateInput;
}>;


export type InvoiceTemplatesUpdateMutation = { updateInvoiceTemplate: { invoiceTemplate: { ghlId: string, name: string | null, total: number | null } } };

export type InvoiceTemplatesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoiceTemplatesDeleteMutation = { deleteInvoiceTemplate: { deletedId: string, deletedGhlId: string } };

export type InvoicesGlobalIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesGlobalIdQuery = { invoice: { id: string } | null };

export type InvoicesFirstFiveQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesFirstFiveQuery = { invoices: { totalCount: number | null, edges: Array<{ node: { ghlId: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean } } | null };

export type InvoicesPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InvoicesPageQuery = { invoices: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string } }> } | null };

export type InvoicesPaidQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesPaidQuery = { invoices: { totalCount: number | null, edges: Array<{ node: { ghlId: string, status: InvoiceStatus | null } }> } | null };

export type InvoicesOfContactQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type InvoicesOfContactQuery = { invoices: { totalCount: number | null, edges: Array<{ node: { ghlId: string, contactDetails: { contactId: string | null } | null } }> } | null };

export type InvoicesIssuedOnQueryVariables = Exact<{
  d?: string | null | undefined;
}>;


export type InvoicesIssuedOnQuery = { invoices: { totalCount: number | null, edges: Array<{ node: { issueDate: string | null } }> } | null };

export type InvoicesSearchQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type InvoicesSearchQuery = { invoices: { totalCount: number | null } | null };

export type InvoicesAllFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesAllFieldsQuery = { invoice: { id: string, ghlId: string, locationId: string | null, name: string | null, title: string | null, number: string | null, status: InvoiceStatus | null, liveMode: boolean | null, currency: string | null, issueDate: string | null, dueDate: string | null, total: number | null, invoiceTotal: number | null, amountPaid: number | null, amountDue: number | null, items: Array<{ ghlId: string | null, name: string | null, description: string | null, qty: number | null, amount: number | null, currency: string | null }>, discount: { type: string | null, value: number | null } | null, totalSummary: { subTotal: number | null, discount: number | null, tax: number | null } | null, contactDetails: { contactId: string | null, name: string | null, email: string | null, phone: string | null } | null } | null };

export type InvoicesByGlobalIdAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesByGlobalIdAndNodeQuery = { invoice: { ghlId: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { ghlId: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type InvoicesLinksQueryVariables = Exact<{
  id: string | number;
  c: string | number;
  status?: InvoiceStatus | null | undefined;
}>;


export type InvoicesLinksQuery = { invoice: { contact: { ghlId: string } | null, location: { ghlId: string } | null } | null, contact: { invoices: { totalCount: number | null, edges: Array<{ node: { ghlId: string } }> } | null } | null, location: { invoices: { edges: Array<{ node: { status: InvoiceStatus | null, locationId: string | null } }> } | null } | null };

export type InvoicesCreateMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type InvoicesCreateMutation = { createInvoice: { invoice: { id: string, ghlId: string, status: InvoiceStatus | null, name: string | null, currency: string | null, total: number | null, amountDue: number | null, amountPaid: number | null, issueDate: string | null, dueDate: string | null, items: Array<{ name: string | null, qty: number | null, amount: number | null, currency: string | null }>, discount: { type: string | null, value: number | null } | null, contactDetails: { contactId: string | null, name: string | null, email: string | null } | null, contact: { ghlId: string } | null } } };

export type InvoicesSendManuallyMutationVariables = Exact<{
  id: string | number;
  u: string | number;
}>;


export type InvoicesSendManuallyMutation = { sendInvoice: { invoice: { ghlId: string, status: InvoiceStatus | null } } };

export type InvoicesPayPartByChequeMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoicesPayPartByChequeMutation = { recordInvoicePayment: { success: boolean, invoice: { status: InvoiceStatus | null, amountPaid: number | null, amountDue: number | null } } };

export type InvoicesPayRestByCardMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoicesPayRestByCardMutation = { recordInvoicePayment: { invoice: { status: InvoiceStatus | null, amountPaid: number | null, amountDue: number | null } } };

export type InvoicesVoidMutationVariables = Exact<{
  id: string | number;
}>;


export type InvoicesVoidMutation = { voidInvoice: { invoice: { ghlId: string, status: InvoiceStatus | null } } };

export type InvoicesUnknownNextToLocationQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesUnknownNextToLocationQuery = { invoice: { ghlId: string } | null, location: { ghlId: string } | null };

export type InvoicesVoidUnknownMutationVariables = Exact<{ [key: string]: never; }>;


export type InvoicesVoidUnknownMutation = { voidInvoice: { invoice: { id: string } } };

export type InvoicesOfLocationQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type InvoicesOfLocationQuery = { invoices: { totalCount: number | null } | null };

export type InvoicesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesOneQuery = { invoice: { ghlId: string } | null };

export type InvoicesWithContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesWithContactsQuery = { invoices: { edges: Array<{ node: { ghlId: string, contactDetails: { contactId: string | null } | null, contact: { ghlId: string, name: string | null } | null } }> } | null };

export type ListOrderDealsOldestFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderDealsOldestFirstQuery = { opportunities: { pageInfo: { endCursor: string | null }, edges: Array<{ node: { ghlId: string, createdAt: string | null } }> } | null };

export type ListOrderDealsOldestFirstAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ListOrderDealsOldestFirstAfterQuery = { opportunities: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ListOrderDealsDefaultAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ListOrderDealsDefaultAfterQuery = { opportunities: { totalCount: number | null } | null };

export type ListOrderDealsOfDayQueryVariables = Exact<{
  day?: string | null | undefined;
}>;


export type ListOrderDealsOfDayQuery = { opportunities: { totalCount: number | null, edges: Array<{ node: { ghlId: string, createdAt: string | null } }> } | null };

export type ListOrderInvoicesAscQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderInvoicesAscQuery = { invoices: { edges: Array<{ node: { ghlId: string, issueDate: string | null } }> } | null };

export type ListOrderInvoicesDescQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderInvoicesDescQuery = { invoices: { edges: Array<{ node: { issueDate: string | null } }> } | null };

export type ListOrderInboundSinceQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type ListOrderInboundSinceQuery = { conversations: { edges: Array<{ node: { ghlId: string, lastMessageDirection: MessageDirection | null, createdAt: string | null } }> } | null };

export type ListOrderConversationsAscQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderConversationsAscQuery = { conversations: { edges: Array<{ node: { ghlId: string, lastMessageDate: string | null } }> } | null };

export type ListOrderConversationsFirstFiveQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderConversationsFirstFiveQuery = { conversations: { pageInfo: { endCursor: string | null }, edges: Array<{ node: { ghlId: string } }> } | null };

export type ListOrderConversationsNextFiveQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ListOrderConversationsNextFiveQuery = { conversations: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ListOrderConversationsDescQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderConversationsDescQuery = { conversations: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ListOrderConversationsDeprecatedSortQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderConversationsDeprecatedSortQuery = { conversations: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ListOrderConversationsBothSortsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrderConversationsBothSortsQuery = { conversations: { totalCount: number | null } | null };

export type TwoContactsLiveQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type TwoContactsLiveQuery = { a: { id: string, ghlId: string, city: string | null } | null, b: { id: string, ghlId: string, city: string | null } | null };

export type TwoContactsOnceQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type TwoContactsOnceQuery = { a: { id: string, ghlId: string, city: string | null } | null, b: { id: string, ghlId: string, city: string | null } | null };

export type LiveContactMoveMutationVariables = Exact<{
  id: string | number;
  city: string;
}>;


export type LiveContactMoveMutation = { updateContact: { contact: { city: string | null } } };

export type FirstContactsLiveQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstContactsLiveQuery = { contacts: { edges: Array<{ node: { id: string, firstName: string | null } }> } | null };

export type LiveCreateContactMutationVariables = Exact<{
  firstName: string;
  email: string;
}>;


export type LiveCreateContactMutation = { createContact: { contact: { id: string } } };

export type LocationsSearchFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsSearchFirstQuery = { locations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, name: string | null, companyId: string | null } }> } | null };

export type LocationsSearchFullQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsSearchFullQuery = { locations: { edges: Array<{ node: { name: string | null, domain: string | null, business: { name: string | null } | null } }> } | null };

export type LocationsCreateMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type LocationsCreateMutation = { createLocation: { location: { id: string, ghlId: string, name: string | null, city: string | null, timezone: string | null, companyId: string | null } } };

export type LocationsUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsUpdateMutation = { updateLocation: { location: { ghlId: string, website: string | null, settings: { allowDuplicateContact: boolean | null, allowDuplicateOpportunity: boolean | null } | null } } };

export type LocationsOtherCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsOtherCompanyQuery = { locations: { edges: Array<{ node: { ghlId: string } }> } | null };

export type LocationsTimezonesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsTimezonesQuery = { timezones: Array<string> };

export type LocationsTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsTagsQuery = { location: { tags: Array<{ id: string, ghlId: string, name: string | null }> } | null };

export type LocationsCreateTagMutationVariables = Exact<{ [key: string]: never; }>;


export type LocationsCreateTagMutation = { createLocationTag: { tag: { id: string, name: string | null, locationId: string } } };

export type LocationsRenameTagMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsRenameTagMutation = { updateLocationTag: { tag: { id: string, name: string | null } } };

export type LocationsDeleteTagMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsDeleteTagMutation = { deleteLocationTag: { deletedId: string, deletedGhlId: string } };

export type LocationsTagsAfterQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsTagsAfterQuery = { location: { tags: Array<{ ghlId: string }> } | null };

export type LocationsTagNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsTagNamesQuery = { location: { tags: Array<{ name: string | null }> } | null };

export type LocationsCreateTaggedContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type LocationsCreateTaggedContactMutation = { createContact: { contact: { ghlId: string, tags: Array<string> } } };

export type LocationsUpdateContactTagsMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsUpdateContactTagsMutation = { updateContact: { contact: { tags: Array<string> } } };

export type LocationsAddContactTagsMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsAddContactTagsMutation = { addContactTags: { tags: Array<string> } };

export type LocationsDuplicateTagMutationVariables = Exact<{
  name: string;
}>;


export type LocationsDuplicateTagMutation = { createLocationTag: { tag: { id: string } } };

export type LocationsOtherTagsQueryVariables = Exact<{
  id: string | number;
}>;


export type LocationsOtherTagsQuery = { location: { tags: Array<{ id: string }> } | null };

export type LocationsContactCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsContactCustomFieldsQuery = { contacts: { edges: Array<{ node: { customFields: Array<{ fieldId: string, value: unknown, field: { ghlId: string, name: string | null, dataType: string | null, fieldKey: string | null } | null }> } }> } | null };

export type LocationsCreateCustomFieldMutationVariables = Exact<{ [key: string]: never; }>;


export type LocationsCreateCustomFieldMutation = { createCustomField: { customField: { id: string, ghlId: string, name: string | null, fieldKey: string | null, dataType: string | null, placeholder: string | null, model: string | null } } };

export type LocationsUpdateCustomFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsUpdateCustomFieldMutation = { updateCustomField: { customField: { name: string | null, placeholder: string | null } } };

export type LocationsCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsCustomFieldsQuery = { location: { customFields: Array<{ ghlId: string }> } | null };

export type LocationsDeleteCustomFieldMutationVariables = Exact<{
  id: string | number;
  loc?: string | number | null | undefined;
}>;


export type LocationsDeleteCustomFieldMutation = { deleteCustomField: { deletedGhlId: string } };

export type LocationsCreateCustomValueMutationVariables = Exact<{ [key: string]: never; }>;


export type LocationsCreateCustomValueMutation = { createCustomValue: { customValue: { id: string, name: string | null, fieldKey: string | null, value: string | null } } };

export type LocationsUpdateCustomValueMutationVariables = Exact<{
  id: string | number;
}>;


export type LocationsUpdateCustomValueMutation = { updateCustomValue: { customValue: { id: string, name: string | null, value: string | null } } };

export type LocationsCustomValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationsCustomValuesQuery = { location: { customValues: Array<{ id: string, value: string | null }> } | null };

export type LocationsCustomValueNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LocationsCustomValueNodeQuery = { node:
    | { name: string | null, location: { ghlId: string } }
    | Record<PropertyKey, never>
   | null };

export type LongTailFirstContactQueryVariables = Exact<{ [key: string]: never; }>;


export type LongTailFirstContactQuery = { contacts: { edges: Array<{ node: { ghlId: string, name: string | null } }> } | null };

export type LongTailGetContactQueryVariables = Exact<{
  id: string;
}>;


export type LongTailGetContactQuery = { ghl: { contacts: { getContact: { contact: { id: string | null, name: string | null, locationId: string | null } | null } | null } } };

export type LongTailGetContactNameQueryVariables = Exact<{
  id: string;
}>;


export type LongTailGetContactNameQuery = { ghl: { contacts: { getContact: { contact: { id: string | null, name: string | null } | null } | null } } };

export type MediaFilesQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaFilesQuery = { mediaFiles: { edges: Array<{ node: { id: string, ghlId: string, name: string | null, kind: MediaKind | null, url: string | null, contentType: string | null, size: number | null, folderId: string | null, locationId: string } }>, pageInfo: { hasNextPage: boolean } } | null };

export type MediaFoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaFoldersQuery = { location: { mediaFiles: { edges: Array<{ node: { id: string, name: string | null, kind: MediaKind | null } }> } | null } | null };

export type MediaFolderContentsQueryVariables = Exact<{
  f: string | number;
}>;


export type MediaFolderContentsQuery = { mediaFiles: { edges: Array<{ node: { name: string | null, folderId: string | null } }> } | null };

export type UploadPriceListMutationVariables = Exact<{
  file: unknown;
}>;


export type UploadPriceListMutation = { uploadMediaFile: { id: string, ghlId: string, url: string, name: string, size: number, contentType: string } };

export type MediaFileIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaFileIdsQuery = { mediaFiles: { edges: Array<{ node: { ghlId: string } }> } | null };

export type DeleteMediaFileMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMediaFileMutation = { deleteMediaFile: { deletedId: string, deletedGhlId: string } };

export type UploadToUnreachableLocationMutationVariables = Exact<{
  file: unknown;
}>;


export type UploadToUnreachableLocationMutation = { uploadMediaFile: { ghlId: string } };

export type UploadMediaFileMutationVariables = Exact<{
  file: unknown;
}>;


export type UploadMediaFileMutation = { uploadMediaFile: { ghlId: string } };

export type DeleteUnknownMediaFileMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteUnknownMediaFileMutation = { deleteMediaFile: { deletedGhlId: string } };

export type LocationFunnelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocationFunnelsQuery = { location: { funnels: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, name: string | null, type: FunnelType | null, url: string | null, pageCount: number, steps: Array<{ ghlId: string, name: string | null, sequence: number | null, pageIds: Array<string> }> } }> } | null } | null };

export type WebsitesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebsitesQuery = { funnels: { edges: Array<{ node: { type: FunnelType | null } }> } | null };

export type FunnelFirstPagesQueryVariables = Exact<{
  id: string | number;
}>;


export type FunnelFirstPagesQuery = { node:
    | { __typename: 'Appointment' }
    | { __typename: 'Association' }
    | { __typename: 'Calendar' }
    | { __typename: 'Campaign' }
    | { __typename: 'Contact' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomField' }
    | { __typename: 'CustomObjectRecord' }
    | { __typename: 'CustomObjectSchema' }
    | { __typename: 'CustomValue' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel', name: string | null, pages: { edges: Array<{ node: { ghlId: string, name: string | null, stepId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceSchedule' }
    | { __typename: 'InvoiceTemplate' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
    | { __typename: 'PaymentSubscription' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'Product' }
    | { __typename: 'SocialPost' }
    | { __typename: 'Survey' }
    | { __typename: 'Task' }
    | { __typename: 'Transaction' }
    | { __typename: 'User' }
    | { __typename: 'Workflow' }
   | null };

export type FunnelMorePagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type FunnelMorePagesQuery = { node:
    | { __typename: 'Appointment' }
    | { __typename: 'Association' }
    | { __typename: 'Calendar' }
    | { __typename: 'Campaign' }
    | { __typename: 'Contact' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomField' }
    | { __typename: 'CustomObjectRecord' }
    | { __typename: 'CustomObjectSchema' }
    | { __typename: 'CustomValue' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel', pages: { edges: Array<{ node: { ghlId: string } }> } | null }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceSchedule' }
    | { __typename: 'InvoiceTemplate' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
    | { __typename: 'PaymentSubscription' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'Product' }
    | { __typename: 'SocialPost' }
    | { __typename: 'Survey' }
    | { __typename: 'Task' }
    | { __typename: 'Transaction' }
    | { __typename: 'User' }
    | { __typename: 'Workflow' }
   | null };

export type CreateRedirectMutationVariables = Exact<{
  input: CreateRedirectInput;
}>;


export type CreateRedirectMutation = { createRedirect: { redirect: { ghlId: string, domain: string | null, path: string | null, target: string | null, action: string | null, type: string | null, locationId: string | null } } };

export type SocialAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SocialAccountsQuery = { socialAccounts: Array<{ ghlId: string, name: string | null, platform: string | null, isExpired: boolean | null }> };

export type SocialPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type SocialPostsQuery = { socialPosts: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, summary: string | null, status: SocialPostStatus | null, type: SocialPostType | null, accountIds: Array<string>, mediaUrls: Array<string>, displayDate: string | null, accounts: Array<{ ghlId: string, platform: string | null }> } }> } | null };

export type DraftSocialPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftSocialPostsQuery = { socialPosts: { edges: Array<{ node: { status: SocialPostStatus | null } }> } | null };

export type CreateSocialPostMutationVariables = Exact<{
  input: CreateSocialPostInput;
}>;


export type CreateSocialPostMutation = { createSocialPost: { post: { id: string, ghlId: string, summary: string | null, status: SocialPostStatus | null, type: SocialPostType | null, accountIds: Array<string>, mediaUrls: Array<string>, displayDate: string | null, createdBy: string | null, accounts: Array<{ ghlId: string, platform: string | null }> } } };

export type EditSocialPostMutationVariables = Exact<{
  id: string | number;
}>;


export type EditSocialPostMutation = { updateSocialPost: { post: { id: string, summary: string | null, type: SocialPostType | null, status: SocialPostStatus | null } } };

export type DeleteSocialPostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSocialPostMutation = { deleteSocialPost: { deletedId: string, deletedGhlId: string } };

export type SocialPostNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SocialPostNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateSocialPostToUnconnectedMutationVariables = Exact<{
  input: CreateSocialPostInput;
}>;


export type CreateSocialPostToUnconnectedMutation = { createSocialPost: { post: { ghlId: string } } };

export type OAuthLocationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OAuthLocationQuery = { location: { ghlId: string, name: string | null } | null };

export type OAuthInstallsQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthInstallsQuery = { installedLocations: Array<{ locationId: string, companyId: string | null, source: InstallSource, installedAt: string, location: { name: string | null } | null }> };

export type OAuthContactsElsewhereQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type OAuthContactsElsewhereQuery = { contacts: { totalCount: number | null } | null };

export type OAuthCreateContactElsewhereMutationVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type OAuthCreateContactElsewhereMutation = { createContact: { contact: { ghlId: string } } };

export type OAuthInvoicesElsewhereQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type OAuthInvoicesElsewhereQuery = { invoices: { edges: Array<{ cursor: string }> } | null };

export type OAuthEventsSubscriptionVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type OAuthEventsSubscription = { events:
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
   };

export type OAuthCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type OAuthCreateContactMutation = { createContact: { contact: { ghlId: string } } };

export type OAuthInstalledOverSocketQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthInstalledOverSocketQuery = { installedLocations: Array<{ locationId: string }> };

export type OAuthInstallsBySourceQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthInstallsBySourceQuery = { installedLocations: Array<{ locationId: string, source: InstallSource, companyId: string | null }> };

export type OpsContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsContactsQuery = { contacts: { totalCount: number | null } | null };

export type OpsRefusedQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsRefusedQuery = { contacts: { totalCount: number | null } | null };

export type OpsDeniedQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsDeniedQuery = { contacts: { totalCount: number | null } | null };

export type OpportunitiesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type OpportunitiesDeleteMutation = { deleteOpportunity: { deletedGhlId: string } };

export type OpportunitiesPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesPipelinesQuery = { pipelines: Array<{ id: string, ghlId: string, name: string | null, stages: Array<{ ghlId: string, name: string | null, position: number | null, pipeline: { ghlId: string } }> }> };

export type OpportunitiesOfPipelineQueryVariables = Exact<{
  p: string | number;
  after?: string | null | undefined;
}>;


export type OpportunitiesOfPipelineQuery = { opportunities: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, pipelineId: string } }> } | null };

export type OpportunitiesEmbeddedContactQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesEmbeddedContactQuery = { opportunities: { edges: Array<{ node: { contact: { ghlId: string, name: string | null, email: string | null, phone: string | null, companyName: string | null, tags: Array<string> } | null } }> } | null };

export type OpportunitiesFullContactQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesFullContactQuery = { opportunities: { edges: Array<{ node: { contact: { ghlId: string, name: string | null, firstName: string | null, city: string | null } | null } }> } | null };

export type OpportunitiesWonQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesWonQuery = { opportunities: { edges: Array<{ node: { id: string, ghlId: string, status: OpportunityStatus | null, contactId: string | null, stage: { ghlId: string } | null } }> } | null };

export type OpportunitiesOfContactQueryVariables = Exact<{
  c: string | number;
}>;


export type OpportunitiesOfContactQuery = { opportunities: { edges: Array<{ node: { contactId: string | null } }> } | null };

export type OpportunitiesByIdAndNodeQueryVariables = Exact<{
  id: string | number;
  g: string | number;
}>;


export type OpportunitiesByIdAndNodeQuery = { opportunity: { ghlId: string, name: string | null } | null, node:
    | { __typename: 'Appointment' }
    | { __typename: 'Association' }
    | { __typename: 'Calendar' }
    | { __typename: 'Campaign' }
    | { __typename: 'Contact' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomField' }
    | { __typename: 'CustomObjectRecord' }
    | { __typename: 'CustomObjectSchema' }
    | { __typename: 'CustomValue' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceSchedule' }
    | { __typename: 'InvoiceTemplate' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity', ghlId: string }
    | { __typename: 'Order' }
    | { __typename: 'PaymentSubscription' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'Product' }
    | { __typename: 'SocialPost' }
    | { __typename: 'Survey' }
    | { __typename: 'Task' }
    | { __typename: 'Transaction' }
    | { __typename: 'User' }
    | { __typename: 'Workflow' }
   | null };

export type OpportunitiesInStageQueryVariables = Exact<{
  s: string | number;
}>;


export type OpportunitiesInStageQuery = { opportunities: { edges: Array<{ node: { stageId: string | null, stage: { name: string | null } | null } }> } | null };

export type OpportunitiesLocationBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesLocationBoardQuery = { location: { pipelines: Array<{ name: string | null, stages: Array<{ name: string | null, opportunities: { totalCount: number | null, edges: Array<{ node: { stageId: string | null } }> } | null }> }> } | null };

export type OpportunitiesCreateDealMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type OpportunitiesCreateDealMutation = { createOpportunity: { opportunity: { ghlId: string, name: string | null, status: OpportunityStatus | null, monetaryValue: number | null, stage: { ghlId: string } | null, contact: { ghlId: string } | null } } };

export type OpportunitiesMoveStageMutationVariables = Exact<{
  id: string | number;
  s: string | number;
}>;


export type OpportunitiesMoveStageMutation = { updateOpportunity: { opportunity: { stage: { ghlId: string, name: string | null } | null } } };

export type OpportunitiesWinMutationVariables = Exact<{
  id: string | number;
}>;


export type OpportunitiesWinMutation = { updateOpportunityStatus: { opportunity: { status: OpportunityStatus | null } } };

export type OpportunitiesCreateFieldMutationVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesCreateFieldMutation = { createCustomField: { customField: { ghlId: string } } };

export type OpportunitiesCreateWithFieldMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type OpportunitiesCreateWithFieldMutation = { createOpportunity: { opportunity: { ghlId: string, customFields: Array<{ fieldId: string, value: unknown, field: { name: string | null } | null }> } } };

export type OpportunitiesUpdateFieldMutationVariables = Exact<{
  id: string | number;
  input: UpdateOpportunityInput;
}>;


export type OpportunitiesUpdateFieldMutation = { updateOpportunity: { opportunity: { customFields: Array<{ fieldId: string, value: unknown }> } } };

export type OpportunitiesNegativeValueMutationVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesNegativeValueMutation = { updateOpportunity: { opportunity: { ghlId: string } } };

export type OpportunitiesMissingQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesMissingQuery = { opportunity: { ghlId: string } | null };

export type OpportunitiesOtherTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesOtherTenantQuery = { opportunities: { totalCount: number | null } | null };

export type PaymentsShipForListMutationVariables = Exact<{
  id: string | number;
  items: Array<FulfillmentItemInput> | FulfillmentItemInput;
}>;


export type PaymentsShipForListMutation = { createOrderFulfillment: { fulfillment: { ghlId: string }, order: { ghlId: string, fulfillments: Array<{ ghlId: string, items: Array<{ priceId: string | null, qty: number | null }>, trackings: Array<{ trackingNumber: string | null, shippingCarrier: string | null }> }> } } };

export type PaymentsOrdersFulfillmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentsOrdersFulfillmentsQuery = { orders: { edges: Array<{ node: { ghlId: string, fulfillments: Array<{ ghlId: string, items: Array<{ priceId: string | null, qty: number | null }> }> } }> } | null, order: { ghlId: string, fulfillments: Array<{ ghlId: string }> } | null };

export type PaymentsRecordOrderPaymentMutationVariables = Exact<{
  id: string | number;
  input: RecordOrderPaymentInput;
}>;


export type PaymentsRecordOrderPaymentMutation = { recordOrderPayment: { success: boolean, order: { ghlId: string, status: OrderStatus | null } } };

export type PaymentsSubscriptionQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentsSubscriptionQuery = { paymentSubscription: { id: string, ghlId: string, locationId: string | null, status: PaymentSubscriptionStatus | null, currency: string | null, amount: number | null, providerSubscriptionId: string | null, paymentProvider: string | null, sourceType: string | null, contact: { ghlId: string } | null, order: { ghlId: string } | null, location: { ghlId: string } | null } | null };

export type PaymentsSubscriptionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentsSubscriptionNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { ghlId: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PaymentsAnOrderIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentsAnOrderIdQuery = { orders: { edges: Array<{ node: { id: string } }> } | null };

export type FirstOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstOrdersQuery = { orders: { totalCount: number | null, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { ghlId: string, status: OrderStatus | null, amount: number | null, currency: string | null, subtotal: number | null, totalProducts: number | null, source: { type: string | null, ghlId: string | null } | null } }> } | null };

export type OrdersAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OrdersAfterQuery = { orders: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string } }> } | null };

export type OrdersByFilterQueryVariables = Exact<{
  c: string | number;
}>;


export type OrdersByFilterQuery = { completed: { totalCount: number | null, edges: Array<{ node: { ghlId: string, status: OrderStatus | null } }> } | null, unpaid: { totalCount: number | null } | null, mine: { edges: Array<{ node: { ghlId: string, contactId: string | null } }> } | null };

export type OrderLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderLinesQuery = { order: { id: string, ghlId: string, contactId: string | null, items: Array<{ name: string | null, qty: number | null, priceId: string | null, productId: string | null, unitAmount: number | null }> | null } | null };

export type OrderNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNodeQuery = { node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type OrderContactsEmbeddedQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderContactsEmbeddedQuery = { orders: { edges: Array<{ node: { contact: { ghlId: string, name: string | null, email: string | null } | null } }> } | null };

export type OrderContactsFetchedQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderContactsFetchedQuery = { orders: { edges: Array<{ node: { contact: { name: string | null, phone: string | null } | null } }> } | null };

export type ShipOrderMutationVariables = Exact<{
  id: string | number;
  items: Array<FulfillmentItemInput> | FulfillmentItemInput;
}>;


export type ShipOrderMutation = { createOrderFulfillment: { fulfillment: { ghlId: string, items: Array<{ priceId: string | null, qty: number | null }>, trackings: Array<{ trackingNumber: string | null, shippingCarrier: string | null, trackingUrl: string | null }> }, order: { ghlId: string, fulfillmentStatus: FulfillmentStatus | null } } };

export type OrdersBackwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersBackwardsQuery = { orders: { totalCount: number | null } | null };

export type TooManyOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type TooManyOrdersQuery = { orders: { totalCount: number | null } | null };

export type TransactionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransactionsQuery = { transactions: { totalCount: number | null, edges: Array<{ node: { id: string, ghlId: string, amount: number | null, currency: string | null, status: TransactionStatus | null, invoiceId: string | null, order: { ghlId: string } | null } }> } | null };

export type TransactionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TransactionByIdQuery = { transaction: { ghlId: string, invoiceId: string | null, amount: number | null, cardLast4: string | null, contact: { ghlId: string, email: string | null } | null } | null };

export type TransactionTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type TransactionTwiceQuery = { a: { contact: { name: string | null } | null } | null, b: { contact: { email: string | null } | null } | null };

export type UnknownTransactionQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownTransactionQuery = { transaction: { ghlId: string } | null };

export type PaymentSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSubscriptionsQuery = { paymentSubscriptions: { totalCount: number | null, edges: Array<{ node: { ghlId: string, status: PaymentSubscriptionStatus | null, amount: number | null, currency: string | null, providerSubscriptionId: string | null, contact: { name: string | null } | null } }> } | null };

export type SubscriptionChargesQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SubscriptionChargesQuery = { transactions: { totalCount: number | null, edges: Array<{ node: { amount: number | null } }> } | null };

export type ProductsFirstThreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsFirstThreeQuery = { products: { totalCount: number | null, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { ghlId: string, name: string | null, productType: ProductType | null } }> } | null };

export type ProductsOfLocationQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ProductsOfLocationQuery = { location: { all: { totalCount: number | null } | null, found: { edges: Array<{ node: { name: string | null } }> } | null } | null };

export type ProductsByGhlIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductsByGhlIdQuery = { product: { id: string, ghlId: string, name: string | null, locationId: string | null } | null };

export type ProductsByGlobalIdAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductsByGlobalIdAndNodeQuery = { product: { ghlId: string } | null, node:
    | { ghlId: string }
    | Record<PropertyKey, never>
   | null };

export type ProductsMissingQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsMissingQuery = { product: { ghlId: string } | null };

export type ProductsWithPricesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsWithPricesQuery = { products: { edges: Array<{ node: { ghlId: string, prices: Array<{ ghlId: string, name: string | null, amount: number | null, currency: string | null, type: PriceType | null, recurring: { interval: RecurringInterval | null, intervalCount: number | null } | null }> } }> } | null };

export type ProductsPricesTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductsPricesTwiceQuery = { a: { prices: Array<{ ghlId: string }> } | null, b: { prices: Array<{ amount: number | null }> } | null };

export type ProductsBilledQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductsBilledQuery = { product: { name: string | null, prices: Array<{ ghlId: string, amount: number | null }> } | null };

export type ProductsCreateGiftCardMutationVariables = Exact<{ [key: string]: never; }>;


export type ProductsCreateGiftCardMutation = { createProduct: { product: { id: string, ghlId: string, name: string | null, productType: ProductType | null, description: string | null, availableInStore: boolean | null, prices: Array<{ ghlId: string }> } } };

export type ProductsRenameMutationVariables = Exact<{
  id: string | number;
}>;


export type ProductsRenameMutation = { updateProduct: { product: { name: string | null, description: string | null, productType: ProductType | null } } };

export type ProductsCreateMonthlyPriceMutationVariables = Exact<{
  id: string | number;
}>;


export type ProductsCreateMonthlyPriceMutation = { createProductPrice: { price: { ghlId: string, productId: string | null, name: string | null, type: PriceType | null, amount: number | null, currency: string | null, recurring: { interval: RecurringInterval | null, intervalCount: number | null } | null }, product: { ghlId: string, prices: Array<{ name: string | null }> } } };

export type ProductsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ProductsDeleteMutation = { deleteProduct: { deletedGhlId: string } };

export type ProductsCreateRefusedPriceMutationVariables = Exact<{
  id: string | number;
  input: CreatePriceInput;
}>;


export type ProductsCreateRefusedPriceMutation = { createProductPrice: { price: { ghlId: string } } };

export type ProductsCreateRefusedMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type ProductsCreateRefusedMutation = { createProduct: { product: { ghlId: string } } };

export type ProductsNoneQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsNoneQuery = { products: { totalCount: number | null } | null };

export type ProductsOfOtherLocationQueryVariables = Exact<{
  id: string | number;
  loc: string | number;
}>;


export type ProductsOfOtherLocationQuery = { product: { ghlId: string } | null };

export type ReplicaBudgetEventsSubscriptionVariables = Exact<{
  loc?: string | number | null | undefined;
  since?: string | number | null | undefined;
}>;


export type ReplicaBudgetEventsSubscription = { events:
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
   };

export type ReplicasEventsSubscriptionVariables = Exact<{
  loc?: string | number | null | undefined;
}>;


export type ReplicasEventsSubscription = { events:
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
    | { webhookId: string, locationId: string }
   };

export type SpecPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecPipelinesQuery = { pipelines: Array<{ id: string, stages: Array<{ id: string }> }> };

export type SpecCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecCalendarsQuery = { calendars: Array<{ id: string, isActive: boolean | null }> };

export type SpecOpportunityContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecOpportunityContactsQuery = { opportunities: { edges: Array<{ node: { contact: { id: string } | null } }> } | null };

export type SpecCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type SpecCreateContactMutation = { createContact: { contact: { id: string } } };

export type SpecCreateNoteMutationVariables = Exact<{
  c: string | number;
}>;


export type SpecCreateNoteMutation = { createContactNote: { note: { id: string } } };

export type SpecCreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type SpecCreateOpportunityMutation = { createOpportunity: { opportunity: { id: string } } };

export type SpecMoveOpportunityMutationVariables = Exact<{
  id: string | number;
  s: string | number;
}>;


export type SpecMoveOpportunityMutation = { updateOpportunity: { opportunity: { id: string } } };

export type ResilienceReadContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ResilienceReadContactQuery = { contact: { ghlId: string } | null };

export type ResilienceCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type ResilienceCreateContactMutation = { createContact: { contact: { ghlId: string, email: string | null } } };

export type ResilienceUpdateContactMutationVariables = Exact<{
  id: string | number;
}>;


export type ResilienceUpdateContactMutation = { updateContact: { contact: { city: string | null } } };

export type ResilienceContacts24QueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceContacts24Query = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ResilienceContacts8QueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceContacts8Query = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type ResilienceBudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceBudgetQuery = { rateLimit: { location: string, max: number, remaining: number, queued: number, dailyLimit: number | null, dailyRemaining: number | null } };

export type ResilienceLocationNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceLocationNameQuery = { location: { name: string | null } | null };

export type SandboxWebhooksEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type SandboxWebhooksEventsSubscription = { events:
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
    | { type: string, locationId: string, webhookId: string, entityId: string | null, payload: unknown }
   };

export type SandboxWebhooksCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type SandboxWebhooksCreateContactMutation = { createContact: { contact: { ghlId: string } } };

export type IsolationContactEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IsolationContactEventsSubscription = { contactEvents: { locationId: string, contact: { name: string | null, email: string | null, phone: string | null } | null } };

export type IsolationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IsolationEventsSubscription = { events:
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
    | { type: string, locationId: string, entityId: string | null }
   };

export type IsolationCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type IsolationCreateContactMutation = { createContact: { contact: { ghlId: string } } };

export type OtherTenantContactQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type OtherTenantContactQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type DeepWebhookEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type DeepWebhookEventsSubscription = { events:
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
    | { webhookId: string, payload: unknown }
   };

export type DeepAnswerContactQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepAnswerContactQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type LenientConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientConversationsQuery = { conversations: { edges: Array<{ node: { ghlId: string, locationId: string | null } }> } | null };

export type LenientMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type LenientMessagesQuery = { conversation: { messages: { edges: Array<{ node: { ghlId: string, conversationId: string | null, conversation: { ghlId: string } | null } }> } | null } | null };

export type LenientContactFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type LenientContactFieldsQuery = { contact: { attributions: Array<{ url: string | null, utmSource: string | null, utmMedium: string | null, medium: string | null, mediumId: string | null, referrer: string | null }>, dndSettings: { sms: { status: string | null } | null, rcs: { status: string | null, message: string | null, code: string | null } | null } | null } | null };

export type LenientNoAttributionsQueryVariables = Exact<{
  id: string | number;
}>;


export type LenientNoAttributionsQuery = { contact: { attributions: Array<{ url: string | null }> } | null };

export type LenientFunnelsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientFunnelsPageQuery = { funnels: { totalCount: number | null, edges: Array<{ node: { name: string | null } }> } | null };

export type LenientFunnelsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientFunnelsCountQuery = { funnels: { totalCount: number | null } | null };

export type LenientTimezonesQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientTimezonesQuery = { timezones: Array<string> };

export type LenientContactsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientContactsCountQuery = { contacts: { totalCount: number | null } | null };

export type LenientConversationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientConversationsPageQuery = { conversations: { edges: Array<{ node: { ghlId: string } }> } | null };

export type LenientFunnelsTwoQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientFunnelsTwoQuery = { funnels: { totalCount: number | null } | null };

export type LenientPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientPipelinesQuery = { pipelines: Array<{ name: string | null }> };

export type LenientBadContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientBadContactsQuery = { contacts: { totalCount: number | null } | null };

export type LenientBadOpportunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientBadOpportunitiesQuery = { opportunities: { totalCount: number | null } | null };

export type LenientBadInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientBadInvoicesQuery = { invoices: { totalCount: number | null } | null };

export type LenientBadProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type LenientBadProductsQuery = { products: { totalCount: number | null } | null };

export type SecurityWsEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type SecurityWsEventsSubscription = { events:
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
    | { type: string, locationId: string, webhookId: string }
   };

export type SecurityWsCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type SecurityWsCreateContactMutation = { createContact: { contact: { ghlId: string, email: string | null } } };

export type SubFieldsOpportunityEventsSubscriptionVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  types?: Array<OpportunityEventType> | OpportunityEventType | null | undefined;
}>;


export type SubFieldsOpportunityEventsSubscription = { opportunityEvents: { webhookId: string, type: string, opportunityEventType: OpportunityEventType, family: GhlEventFamily, locationId: string, opportunityId: string | null, nodeId: string | null, name: string | null, opportunityStatus: OpportunityStatus | null, monetaryValue: number | null, pipelineId: string | null, pipelineStageId: string | null, stage: { name: string | null } | null, assignedUser: { ghlId: string } | null, opportunity: { id: string, ghlId: string, name: string | null, status: OpportunityStatus | null, monetaryValue: number | null, stage: { name: string | null } | null, pipeline: { name: string | null } | null, contact: { email: string | null } | null } | null } };

export type SubFieldsOpportunityCarriedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsOpportunityCarriedSubscription = { opportunityEvents: { webhookId: string, opportunity: { name: string | null, monetaryValue: number | null, stageId: string | null } | null } };

export type SubFieldsOpportunityLoadedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsOpportunityLoadedSubscription = { opportunityEvents: { webhookId: string, opportunity: { name: string | null, createdAt: string | null, lastStageChangeAt: string | null } | null } };

export type SubFieldsOpportunitySharedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsOpportunitySharedSubscription = { opportunityEvents: { webhookId: string, opportunity: { name: string | null, createdAt: string | null } | null } };

export type SubFieldsContactEventsSubscriptionVariables = Exact<{
  contactId?: string | number | null | undefined;
}>;


export type SubFieldsContactEventsSubscription = { contactEvents: { webhookId: string, contactEventType: ContactEventType, contactId: string | null, nodeId: string | null, name: string | null, email: string | null, tags: Array<string>, dnd: boolean | null, contact: { id: string, email: string | null, tags: Array<string>, tasks: Array<{ title: string | null }> } | null } };

export type SubFieldsContactGhostSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsContactGhostSubscription = { contactEvents: { webhookId: string, contactId: string | null, email: string | null, contact: { timezone: string | null } | null } };

export type SubFieldsTaskEventsSubscriptionVariables = Exact<{
  contactId?: string | number | null | undefined;
}>;


export type SubFieldsTaskEventsSubscription = { taskEvents: { webhookId: string, taskEventType: TaskEventType, taskId: string | null, nodeId: string | null, title: string | null, dueDate: string | null, contact: { email: string | null } | null, task: { id: string, title: string | null, completed: boolean, dueDate: string | null, contact: { email: string | null } | null } | null } };

export type SubFieldsNoteEventsSubscriptionVariables = Exact<{
  contactId?: string | number | null | undefined;
}>;


export type SubFieldsNoteEventsSubscription = { noteEvents: { webhookId: string, noteEventType: NoteEventType, noteId: string | null, note: { ghlId: string, body: string | null, createdAt: string | null, user: { ghlId: string } | null } | null } };

export type SubFieldsAppointmentEventsSubscriptionVariables = Exact<{
  calendarId?: string | number | null | undefined;
}>;


export type SubFieldsAppointmentEventsSubscription = { appointmentEvents: { webhookId: string, appointmentEventType: AppointmentEventType, appointmentId: string | null, title: string | null, startTime: string | null, calendar: { name: string | null } | null, appointment: { ghlId: string, title: string | null, status: AppointmentStatus | null, startAt: string | null, endAt: string | null, calendar: { name: string | null } | null, contact: { email: string | null } | null } | null } };

export type SubFieldsMessageEventsSubscriptionVariables = Exact<{
  conversationId?: string | number | null | undefined;
  direction?: MessageDirection | null | undefined;
}>;


export type SubFieldsMessageEventsSubscription = { messageEvents: { webhookId: string, messageEventType: MessageEventType, direction: MessageDirection, messageId: string | null, body: string | null, messageType: string | null, message: { id: string, body: string | null, direction: MessageDirection | null, type: MessageType | null, status: string | null } | null, conversation: { ghlId: string, contactId: string } | null, contact: { email: string | null } | null } };

export type SubFieldsMessageEmailSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsMessageEmailSubscription = { messageEvents: { webhookId: string, messageId: string | null, emailMessageId: string | null, threadId: string | null, emailFrom: string | null, emailTo: Array<string>, emailCc: Array<string>, emailBcc: Array<string>, emailProvider: string | null, subject: string | null, body: string | null, conversationId: string | null, message: { id: string } | null } };

export type SubFieldsMessageProviderSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsMessageProviderSubscription = { messageEvents: { webhookId: string, type: string, messageEventType: MessageEventType, direction: MessageDirection, messageType: string | null, phone: string | null, body: string | null, message: { conversationId: string | null } | null } };

export type SubFieldsInvoiceEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsInvoiceEventsSubscription = { invoiceEvents: { webhookId: string, invoiceEventType: InvoiceEventType, invoiceId: string | null, nodeId: string | null, invoiceStatus: InvoiceStatus | null, total: number | null, amountDue: number | null, contactId: string | null, invoice: { id: string, ghlId: string, number: string | null, status: InvoiceStatus | null, total: number | null, amountPaid: number | null, currency: string | null, items: Array<{ name: string | null, qty: number | null, amount: number | null }>, totalSummary: { subTotal: number | null } | null, contactDetails: { email: string | null } | null } | null } };

export type SubFieldsGhlEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsGhlEventsSubscription = { events:
    | { __typename: 'AppEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'AppointmentEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'AssociationEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'CampaignEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'ContactEvent', contactEventType: ContactEventType, name: string | null, tags: Array<string>, webhookId: string, type: string, family: GhlEventFamily, entityId: string | null, contact: { email: string | null } | null }
    | { __typename: 'ConversationEvent', conversationEventType: ConversationEventType, unreadCount: number | null, webhookId: string, type: string, family: GhlEventFamily, entityId: string | null, conversation: { ghlId: string, unreadCount: number | null, read: boolean | null } | null }
    | { __typename: 'EmailStatsEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'InvoiceEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'LocationEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'MessageEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'NoteEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'ObjectSchemaEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'OpportunityEvent', opportunityEventType: OpportunityEventType, name: string | null, webhookId: string, type: string, family: GhlEventFamily, entityId: string | null, opportunity: { name: string | null, contact: { email: string | null } | null } | null }
    | { __typename: 'OrderEvent', orderEventType: OrderEventType, status: string | null, orderId: string | null, amount: number | null, webhookId: string, type: string, family: GhlEventFamily, entityId: string | null, items: Array<{ name: string | null, quantity: number | null, productName: string | null, unitAmount: number | null }> }
    | { __typename: 'PriceEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'ProductEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'RecordEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'RelationEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'TaskEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
    | { __typename: 'UserEvent', webhookId: string, type: string, family: GhlEventFamily, entityId: string | null }
   };

export type SubFieldsNoteEventsSseSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubFieldsNoteEventsSseSubscription = { noteEvents: { webhookId: string, noteEventType: NoteEventType, noteId: string | null, body: string | null, note: { body: string | null, contact: { ghlId: string } | null } | null } };

export type LocationEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
  types?: Array<string> | string | null | undefined;
  families?: Array<GhlEventFamily> | GhlEventFamily | null | undefined;
}>;


export type LocationEventsSubscription = { events:
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
   };

export type ResumedEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
  families?: Array<GhlEventFamily> | GhlEventFamily | null | undefined;
  since?: string | number | null | undefined;
}>;


export type ResumedEventsSubscription = { events:
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
    | { webhookId: string, family: GhlEventFamily }
   };

export type ResumedContactEventsSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
  since?: string | number | null | undefined;
}>;


export type ResumedContactEventsSubscription = { contactEvents: { webhookId: string } };

export type UsersCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UsersCreateMutation = { createUser: { user: { id: string, ghlId: string, name: string | null, email: string | null, permissions: Record<string, unknown> | null, roles: { type: string | null, role: string | null, locationIds: Array<string> } | null } } };

export type UsersPageQueryVariables = Exact<{
  c: string | number;
  after?: string | null | undefined;
}>;


export type UsersPageQuery = { users: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, firstName: string | null } }> } | null };

export type UsersAdminsOfLocationQueryVariables = Exact<{
  c: string | number;
  l: string | number;
}>;


export type UsersAdminsOfLocationQuery = { users: { edges: Array<{ node: { ghlId: string, roles: { role: string | null, locationIds: Array<string> } | null } }> } | null };

export type UsersPromoteMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersPromoteMutation = { updateUser: { user: { name: string | null, roles: { role: string | null } | null } } };

export type UsersDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersDeleteMutation = { deleteUser: { deletedId: string, deletedGhlId: string } };

export type UsersByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type UsersByIdQuery = { user: { ghlId: string } | null };

export type WebhookEventsObservedSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type WebhookEventsObservedSubscription = { events:
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
    | { type: string, family: GhlEventFamily, locationId: string, webhookId: string, timestamp: string, entityId: string | null, payload: unknown }
   };

export type WindowWideQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowWideQuery = { contacts: { edges: Array<{ node: { ghlId: string, tasks: Array<{ ghlId: string }> } }> } | null };

export type WindowNarrowQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowNarrowQuery = { contacts: { edges: Array<{ node: { ghlId: string } }> } | null };

export type WindowTenCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowTenCallsQuery = { contacts: { edges: Array<{ node: { ghlId: string, tasks: Array<{ ghlId: string }> } }> } | null };

export type WindowOverCapacityQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowOverCapacityQuery = { contacts: { edges: Array<{ node: { ghlId: string, tasks: Array<{ ghlId: string }> } }> } | null };

export type WindowLocationQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowLocationQuery = { location: { name: string | null } | null };

export type WindowListQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowListQuery = { contacts: { edges: Array<{ node: { id: string } }> } | null };

export type WindowTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type WindowTasksQuery = { contact: { tasks: Array<{ ghlId: string }> } | null };

export type WorkersEventsSubscriptionVariables = Exact<{
  loc?: string | number | null | undefined;
}>;


export type WorkersEventsSubscription = { events:
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
    | { webhookId: string }
   };

export type WorkflowsCampaignsWorkflowsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsWorkflowsQuery = { workflows: Array<{ id: string, ghlId: string, name: string | null, status: string | null, version: number | null, locationId: string, createdAt: string | null, updatedAt: string | null, location: { ghlId: string } | null }> };

export type WorkflowsCampaignsCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsCampaignsQuery = { all: Array<{ ghlId: string, name: string | null, status: string | null, locationId: string }>, published: Array<{ ghlId: string, status: string | null }>, location: { drafts: Array<{ ghlId: string, status: string | null }>, workflows: Array<{ ghlId: string }> } | null };

export type WorkflowsCampaignsIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsIdsQuery = { workflows: Array<{ id: string, ghlId: string }>, campaigns: Array<{ id: string, ghlId: string }> };

export type WorkflowsCampaignsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WorkflowsCampaignsNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { ghlId: string, name: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { ghlId: string, name: string | null, id: string }
   | null> };

export type WorkflowsCampaignsMissingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowsCampaignsMissingNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, location: { ghlId: string } | null };

export type WorkflowsCampaignsOtherWorkflowsQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type WorkflowsCampaignsOtherWorkflowsQuery = { workflows: Array<{ ghlId: string }> };

export type WorkflowsCampaignsDefaultCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsDefaultCampaignsQuery = { campaigns: Array<{ ghlId: string }> };

export type WorkflowsCampaignsOwnCampaignsQueryVariables = Exact<{
  l?: string | number | null | undefined;
}>;


export type WorkflowsCampaignsOwnCampaignsQuery = { campaigns: Array<{ locationId: string }> };

export type WorkflowsCampaignsAddToWorkflowMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type WorkflowsCampaignsAddToWorkflowMutation = { addContactToWorkflow: { succeeded: boolean, contact: { ghlId: string } | null, workflow: { ghlId: string, name: string | null } | null } };

export type WorkflowsCampaignsGlobalIdsQueryVariables = Exact<{
  c: string | number;
}>;


export type WorkflowsCampaignsGlobalIdsQuery = { contact: { id: string } | null, workflows: Array<{ id: string, ghlId: string }> };

export type WorkflowsCampaignsRemoveFromWorkflowMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type WorkflowsCampaignsRemoveFromWorkflowMutation = { removeContactFromWorkflow: { succeeded: boolean, workflow: { ghlId: string } | null } };

export type WorkflowsCampaignsAddToCampaignMutationVariables = Exact<{
  c: string | number;
  k: string | number;
}>;


export type WorkflowsCampaignsAddToCampaignMutation = { addContactToCampaign: { succeeded: boolean, campaign: { ghlId: string, status: string | null } | null } };

export type WorkflowsCampaignsRemoveFromCampaignMutationVariables = Exact<{
  c: string | number;
  k: string | number;
}>;


export type WorkflowsCampaignsRemoveFromCampaignMutation = { removeContactFromCampaign: { succeeded: boolean } };

export type WorkflowsCampaignsAddBackMutationVariables = Exact<{
  c: string | number;
  k: string | number;
}>;


export type WorkflowsCampaignsAddBackMutation = { addContactToCampaign: { succeeded: boolean } };

export type WorkflowsCampaignsRemoveFromAllMutationVariables = Exact<{
  c: string | number;
}>;


export type WorkflowsCampaignsRemoveFromAllMutation = { removeContactFromAllCampaigns: { succeeded: boolean, campaign: { ghlId: string } | null, contact: { ghlId: string } | null } };

export type WorkflowsCampaignsRemoveAllAsIdMutationVariables = Exact<{
  c: string | number;
}>;


export type WorkflowsCampaignsRemoveAllAsIdMutation = { removeContactFromCampaign: { succeeded: boolean } };

export type WorkflowsCampaignsBlankCampaignMutationVariables = Exact<{
  c: string | number;
}>;


export type WorkflowsCampaignsBlankCampaignMutation = { addContactToCampaign: { succeeded: boolean } };

export type WorkflowsCampaignsEmptyContactMutationVariables = Exact<{
  w: string | number;
}>;


export type WorkflowsCampaignsEmptyContactMutation = { addContactToWorkflow: { succeeded: boolean } };

export type WorkflowsCampaignsCampaignAsWorkflowMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type WorkflowsCampaignsCampaignAsWorkflowMutation = { removeContactFromWorkflow: { succeeded: boolean } };

export type WorkflowsCampaignsRemoveAllOfNoneMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsRemoveAllOfNoneMutation = { removeContactFromAllCampaigns: { succeeded: boolean } };

export type WorkflowsCampaignsUnknownContactMutationVariables = Exact<{
  w: string | number;
}>;


export type WorkflowsCampaignsUnknownContactMutation = { addContactToWorkflow: { succeeded: boolean } };

export type WorkflowsCampaignsUnknownWorkflowMutationVariables = Exact<{
  c: string | number;
}>;


export type WorkflowsCampaignsUnknownWorkflowMutation = { addContactToWorkflow: { succeeded: boolean } };

export type WorkflowsCampaignsOtherTenantAddMutationVariables = Exact<{
  c: string | number;
  w: string | number;
}>;


export type WorkflowsCampaignsOtherTenantAddMutation = { addContactToWorkflow: { succeeded: boolean } };

export type WorkflowsCampaignsLocationUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsLocationUsersQuery = { location: { users: Array<{ ghlId: string, name: string | null, email: string | null }> } | null };

export type WorkflowsCampaignsTeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowsCampaignsTeamMembersQuery = { location: { users: Array<{ ghlId: string }>, calendars: Array<{ teamMembers: Array<{ ghlId: string, name: string | null } | null> }> } | null };


export const AssociationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"firstObjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"firstObjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"secondObjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"secondObjectLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsListQuery, AssociationsListQueryVariables>;
export const AssociationsByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsByKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pet_owner","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<AssociationsByKeyQuery, AssociationsByKeyQueryVariables>;
export const AssociationsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AssociationsByIdQuery, AssociationsByIdQueryVariables>;
export const AssociationsOfOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsOfOpportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"StringValue","value":"opportunity","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsOfOpportunitiesQuery, AssociationsOfOpportunitiesQueryVariables>;
export const AssociationsContactsWithPetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsContactsWithPets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"secondRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationKey"},"value":{"kind":"StringValue","value":"pet_owner","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"name","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsContactsWithPetsQuery, AssociationsContactsWithPetsQueryVariables>;
export const AssociationsPetsWithOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsPetsWithOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"relatedContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationKey"},"value":{"kind":"StringValue","value":"pet_owner","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsPetsWithOwnersQuery, AssociationsPetsWithOwnersQueryVariables>;
export const AssociationsOpportunityPetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsOpportunityPet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationKey"},"value":{"kind":"StringValue","value":"pet_deal","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondObjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"secondRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"relatedOpportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsOpportunityPetQuery, AssociationsOpportunityPetQueryVariables>;
export const AssociationsContactRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsContactRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsContactRecordsQuery, AssociationsContactRecordsQueryVariables>;
export const AssociationsEdgesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsEdgesCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsEdgesCostQuery, AssociationsEdgesCostQueryVariables>;
export const AssociationsUnknownKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationsUnknownKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationKey"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsUnknownKeyQuery, AssociationsUnknownKeyQueryVariables>;
export const AssociationsCreateRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociationsCreateRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"firstRecordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"secondRecordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstObjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"secondObjectKey"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsCreateRelationMutation, AssociationsCreateRelationMutationVariables>;
export const AssociationsRelationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssociationsRelationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relationId"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsRelationEventsSubscription, AssociationsRelationEventsSubscriptionVariables>;
export const AssociationsDeleteRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociationsDeleteRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<AssociationsDeleteRelationMutation, AssociationsDeleteRelationMutationVariables>;
export const AssociationsAssociationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssociationsAssociationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstObjectLabel"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsAssociationEventsSubscription, AssociationsAssociationEventsSubscriptionVariables>;
export const AssociationsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociationsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsCreateMutation, AssociationsCreateMutationVariables>;
export const AssociationsRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociationsRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"firstObjectLabel"},"value":{"kind":"StringValue","value":"Doctor","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"secondObjectLabel"},"value":{"kind":"StringValue","value":"Patient","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstObjectLabel"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationsRenameMutation, AssociationsRenameMutationVariables>;
export const AssociationsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssociationsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<AssociationsDeleteMutation, AssociationsDeleteMutationVariables>;
export const ContactsWithUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsWithUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsWithUsersQuery, ContactsWithUsersQueryVariables>;
export const ContactTaskAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTaskAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactTaskAssigneesQuery, ContactTaskAssigneesQueryVariables>;
export const ContactTaskUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTaskUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactTaskUsersQuery, ContactTaskUsersQueryVariables>;
export const ContactsBackFromTasksAndNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsBackFromTasksAndNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsBackFromTasksAndNotesQuery, ContactsBackFromTasksAndNotesQueryVariables>;
export const FirstContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstContactQuery, FirstContactQueryVariables>;
export const SameContactEightTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameContactEightTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c0"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c1"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c2"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c3"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c4"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c5"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c6"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c7"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SameContactEightTimesQuery, SameContactEightTimesQueryVariables>;
export const LocationNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocationNameQuery, LocationNameQueryVariables>;
export const BriefWorkflowsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefWorkflowsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BriefWorkflowsListQuery, BriefWorkflowsListQueryVariables>;
export const BriefCampaignsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefCampaignsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BriefCampaignsListQuery, BriefCampaignsListQueryVariables>;
export const BriefCalendarsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefCalendarsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}}]}}]} as unknown as DocumentNode<BriefCalendarsListQuery, BriefCalendarsListQueryVariables>;
export const BriefCalendarsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefCalendarsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefCalendarsCreateMutation, BriefCalendarsCreateMutationVariables>;
export const BriefCalendarsUpdateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefCalendarsUpdateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"appointmentStatus"},"value":{"kind":"EnumValue","value":"CONFIRMED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Moved","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefCalendarsUpdateAppointmentMutation, BriefCalendarsUpdateAppointmentMutationVariables>;
export const BriefCalendarsBlockSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefCalendarsBlockSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBlockSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBlockSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefCalendarsBlockSlotMutation, BriefCalendarsBlockSlotMutationVariables>;
export const BriefCalendarsNewAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefCalendarsNewAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefCalendarsNewAppointmentMutation, BriefCalendarsNewAppointmentMutationVariables>;
export const BriefContactsAddToWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsAddToWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<BriefContactsAddToWorkflowMutation, BriefContactsAddToWorkflowMutationVariables>;
export const BriefContactsAddToCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsAddToCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<BriefContactsAddToCampaignMutation, BriefContactsAddToCampaignMutationVariables>;
export const BriefContactsGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<BriefContactsGetQuery, BriefContactsGetQueryVariables>;
export const BriefContactsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"john","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsSearchQuery, BriefContactsSearchQueryVariables>;
export const BriefContactsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lastName"},"value":{"kind":"StringValue","value":"Smith","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"customer","block":false},{"kind":"StringValue","value":"premium","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsUpdateMutation, BriefContactsUpdateMutationVariables>;
export const BriefContactsAddTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsAddTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"vip","block":false},{"kind":"StringValue","value":"referral","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<BriefContactsAddTagsMutation, BriefContactsAddTagsMutationVariables>;
export const BriefContactsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefContactsDeleteMutation, BriefContactsDeleteMutationVariables>;
export const BriefContactsCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Follow up on proposal","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"StringValue","value":"2030-01-20T14:00:00.000Z","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsCreateTaskMutation, BriefContactsCreateTaskMutationVariables>;
export const BriefContactsListTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsListTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsListTasksQuery, BriefContactsListTasksQueryVariables>;
export const BriefContactsCreateTaskToCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsCreateTaskToComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Call back","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"StringValue","value":"2030-01-20T14:00:00.000Z","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsCreateTaskToCompleteMutation, BriefContactsCreateTaskToCompleteMutationVariables>;
export const BriefContactsCompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsCompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsCompleteTaskMutation, BriefContactsCompleteTaskMutationVariables>;
export const BriefContactsCreateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsCreateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Interested in premium","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsCreateNoteMutation, BriefContactsCreateNoteMutationVariables>;
export const BriefContactsListNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsListNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsListNotesQuery, BriefContactsListNotesQueryVariables>;
export const BriefContactsUpdateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsUpdateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Updated","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsUpdateNoteMutation, BriefContactsUpdateNoteMutationVariables>;
export const BriefContactsDeleteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsDeleteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefContactsDeleteNoteMutation, BriefContactsDeleteNoteMutationVariables>;
export const BriefContactsRemoveFromWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsRemoveFromWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<BriefContactsRemoveFromWorkflowMutation, BriefContactsRemoveFromWorkflowMutationVariables>;
export const BriefContactsRemoveFromCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsRemoveFromCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<BriefContactsRemoveFromCampaignMutation, BriefContactsRemoveFromCampaignMutationVariables>;
export const BriefContactsRemoveFromAllCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsRemoveFromAllCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromAllCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<BriefContactsRemoveFromAllCampaignsMutation, BriefContactsRemoveFromAllCampaignsMutationVariables>;
export const BriefContactsCreateFirstNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefContactsCreateFirstNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"First","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefContactsCreateFirstNoteMutation, BriefContactsCreateFirstNoteMutationVariables>;
export const BriefContactsWorkflowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsWorkflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BriefContactsWorkflowsQuery, BriefContactsWorkflowsQueryVariables>;
export const BriefContactsPublishedCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefContactsPublishedCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BriefContactsPublishedCampaignsQuery, BriefContactsPublishedCampaignsQueryVariables>;
export const BriefConversationsUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefConversationsUnread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNREAD"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMessageBody"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefConversationsUnreadQuery, BriefConversationsUnreadQueryVariables>;
export const BriefConversationsGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefConversationsGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"starred"}}]}}]}}]} as unknown as DocumentNode<BriefConversationsGetQuery, BriefConversationsGetQueryVariables>;
export const BriefConversationsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefConversationsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"starred"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"starred"}}]}}]}}]}}]} as unknown as DocumentNode<BriefConversationsUpdateMutation, BriefConversationsUpdateMutationVariables>;
export const BriefConversationsSendSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefConversationsSendSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"Hi John, just following up","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefConversationsSendSmsMutation, BriefConversationsSendSmsMutationVariables>;
export const BriefConversationsInboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefConversationsInbound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInboundMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"Customer reply","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<BriefConversationsInboundMutation, BriefConversationsInboundMutationVariables>;
export const BriefConversationsFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefConversationsFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefConversationsFirstQuery, BriefConversationsFirstQueryVariables>;
export const BriefNewContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefNewContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefNewContactMutation, BriefNewContactMutationVariables>;
export const BriefActiveCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefActiveCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefActiveCalendarQuery, BriefActiveCalendarQueryVariables>;
export const BriefFreeSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<BriefFreeSlotsQuery, BriefFreeSlotsQueryVariables>;
export const BriefFormsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFormsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFormsListQuery, BriefFormsListQueryVariables>;
export const BriefFormsFirstFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFormsFirstForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFormsFirstFormQuery, BriefFormsFirstFormQueryVariables>;
export const BriefFormsSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFormsSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"StringValue","value":"2025-10-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFormsSubmissionsQuery, BriefFormsSubmissionsQueryVariables>;
export const BriefFormsFirstSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFormsFirstSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFormsFirstSubmissionQuery, BriefFormsFirstSubmissionQueryVariables>;
export const BriefSurveysListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSurveysList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefSurveysListQuery, BriefSurveysListQueryVariables>;
export const BriefSurveysFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSurveysFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefSurveysFirstQuery, BriefSurveysFirstQueryVariables>;
export const BriefSurveysSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSurveysSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveySubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefSurveysSubmissionsQuery, BriefSurveysSubmissionsQueryVariables>;
export const BriefInvoicesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefInvoicesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesListQuery, BriefInvoicesListQueryVariables>;
export const BriefInvoicesGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefInvoicesGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesGetQuery, BriefInvoicesGetQueryVariables>;
export const BriefInvoicesSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefInvoicesSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"SEND_MANUALLY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesSendMutation, BriefInvoicesSendMutationVariables>;
export const BriefInvoicesRecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefInvoicesRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvoicePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"CASH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"IntValue","value":"100"}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"StringValue","value":"Payment received","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesRecordPaymentMutation, BriefInvoicesRecordPaymentMutationVariables>;
export const BriefInvoicesVoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefInvoicesVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesVoidMutation, BriefInvoicesVoidMutationVariables>;
export const BriefInvoicesNewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefInvoicesNew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefInvoicesNewMutation, BriefInvoicesNewMutationVariables>;
export const BriefLocationsNewTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsNewTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsNewTagMutation, BriefLocationsNewTagMutationVariables>;
export const BriefLocationsNewFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsNewField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dataType"},"value":{"kind":"EnumValue","value":"TEXT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsNewFieldMutation, BriefLocationsNewFieldMutationVariables>;
export const BriefLocationsGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsGet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<BriefLocationsGetQuery, BriefLocationsGetQueryVariables>;
export const BriefLocationsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsSearchQuery, BriefLocationsSearchQueryVariables>;
export const BriefLocationsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsCreateMutation, BriefLocationsCreateMutationVariables>;
export const BriefLocationsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Updated Business Name","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"website"},"value":{"kind":"StringValue","value":"https://updated-website.com","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsUpdateMutation, BriefLocationsUpdateMutationVariables>;
export const BriefLocationsTimezonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsTimezones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timezones"}}]}}]} as unknown as DocumentNode<BriefLocationsTimezonesQuery, BriefLocationsTimezonesQueryVariables>;
export const BriefLocationsTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsTagsQuery, BriefLocationsTagsQueryVariables>;
export const BriefLocationsUpdateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsUpdateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsUpdateTagMutation, BriefLocationsUpdateTagMutationVariables>;
export const BriefLocationsDeleteTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsDeleteTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<BriefLocationsDeleteTagMutation, BriefLocationsDeleteTagMutationVariables>;
export const BriefLocationsCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsCustomFieldsQuery, BriefLocationsCustomFieldsQueryVariables>;
export const BriefLocationsUpdateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsUpdateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"placeholder"},"value":{"kind":"StringValue","value":"e.g., 1-50 employees","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsUpdateFieldMutation, BriefLocationsUpdateFieldMutationVariables>;
export const BriefLocationsDeleteFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsDeleteField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<BriefLocationsDeleteFieldMutation, BriefLocationsDeleteFieldMutationVariables>;
export const BriefLocationsCustomValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsCustomValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsCustomValuesQuery, BriefLocationsCustomValuesQueryVariables>;
export const BriefLocationsCreateValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsCreateValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"x","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsCreateValueMutation, BriefLocationsCreateValueMutationVariables>;
export const BriefLocationsCustomValueIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefLocationsCustomValueIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsCustomValueIdsQuery, BriefLocationsCustomValueIdsQueryVariables>;
export const BriefLocationsUpdateValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefLocationsUpdateValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"changed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<BriefLocationsUpdateValueMutation, BriefLocationsUpdateValueMutationVariables>;
export const BriefFunnelsFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFunnelsFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFunnelsFirstQuery, BriefFunnelsFirstQueryVariables>;
export const BriefSocialAccountIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSocialAccountIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<BriefSocialAccountIdsQuery, BriefSocialAccountIdsQueryVariables>;
export const BriefSocialNewPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefSocialNewPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSocialPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefSocialNewPostMutation, BriefSocialNewPostMutationVariables>;
export const BriefMediaListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefMediaList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefMediaListQuery, BriefMediaListQueryVariables>;
export const BriefMediaDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefMediaDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefMediaDeleteMutation, BriefMediaDeleteMutationVariables>;
export const BriefFunnelsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFunnelsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFunnelsListQuery, BriefFunnelsListQueryVariables>;
export const BriefFunnelsPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFunnelsPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefFunnelsPagesQuery, BriefFunnelsPagesQueryVariables>;
export const BriefFunnelsPageCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefFunnelsPageCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageCount"}}]}}]}}]}}]} as unknown as DocumentNode<BriefFunnelsPageCountQuery, BriefFunnelsPageCountQueryVariables>;
export const BriefFunnelsRedirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefFunnelsRedirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRedirectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRedirect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<BriefFunnelsRedirectMutation, BriefFunnelsRedirectMutationVariables>;
export const BriefSocialAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSocialAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]} as unknown as DocumentNode<BriefSocialAccountsQuery, BriefSocialAccountsQueryVariables>;
export const BriefSocialPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefSocialPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefSocialPostsQuery, BriefSocialPostsQueryVariables>;
export const BriefSocialUpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefSocialUpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"StringValue","value":"Updated post content #updated","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<BriefSocialUpdatePostMutation, BriefSocialUpdatePostMutationVariables>;
export const BriefSocialDeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefSocialDeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefSocialDeletePostMutation, BriefSocialDeletePostMutationVariables>;
export const BriefOpportunitiesOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefOpportunitiesOpen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesOpenQuery, BriefOpportunitiesOpenQueryVariables>;
export const BriefOpportunitiesPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefOpportunitiesPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesPipelinesQuery, BriefOpportunitiesPipelinesQueryVariables>;
export const BriefOpportunitiesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefOpportunitiesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"monetaryValue"},"value":{"kind":"IntValue","value":"55000"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesUpdateMutation, BriefOpportunitiesUpdateMutationVariables>;
export const BriefOpportunitiesWinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefOpportunitiesWin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"WON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesWinMutation, BriefOpportunitiesWinMutationVariables>;
export const BriefOpportunitiesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefOpportunitiesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesDeleteMutation, BriefOpportunitiesDeleteMutationVariables>;
export const BriefOpportunitiesPipelineIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefOpportunitiesPipelineIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesPipelineIdsQuery, BriefOpportunitiesPipelineIdsQueryVariables>;
export const BriefOpportunitiesNewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefOpportunitiesNew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefOpportunitiesNewMutation, BriefOpportunitiesNewMutationVariables>;
export const BriefPaymentsOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsOrdersQuery, BriefPaymentsOrdersQueryVariables>;
export const BriefPaymentsOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsOrderQuery, BriefPaymentsOrderQueryVariables>;
export const BriefPaymentsFulfilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefPaymentsFulfil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrderFulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackings"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"StringValue","value":"40012345678","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"shippingCarrier"},"value":{"kind":"StringValue","value":"FedEx","block":false}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"notifyCustomer"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsFulfilMutation, BriefPaymentsFulfilMutationVariables>;
export const BriefPaymentsTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsTransactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsTransactionsQuery, BriefPaymentsTransactionsQueryVariables>;
export const BriefPaymentsFirstTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsFirstTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsFirstTransactionQuery, BriefPaymentsFirstTransactionQueryVariables>;
export const BriefPaymentsTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsTransactionQuery, BriefPaymentsTransactionQueryVariables>;
export const BriefPaymentsSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsSubscriptionsQuery, BriefPaymentsSubscriptionsQueryVariables>;
export const BriefPaymentsCompletedOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsCompletedOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsCompletedOrdersQuery, BriefPaymentsCompletedOrdersQueryVariables>;
export const BriefPaymentsOrderItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefPaymentsOrderItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceId"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}}]}}]}}]}}]} as unknown as DocumentNode<BriefPaymentsOrderItemsQuery, BriefPaymentsOrderItemsQueryVariables>;
export const BriefProductsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefProductsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefProductsListQuery, BriefProductsListQueryVariables>;
export const BriefProductsGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefProductsGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<BriefProductsGetQuery, BriefProductsGetQueryVariables>;
export const BriefProductsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefProductsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"Now with a travel case","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<BriefProductsUpdateMutation, BriefProductsUpdateMutationVariables>;
export const BriefProductsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefProductsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<BriefProductsDeleteMutation, BriefProductsDeleteMutationVariables>;
export const BriefProductsCreatePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefProductsCreatePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Standard","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ONE_TIME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"FloatValue","value":"49.99"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<BriefProductsCreatePriceMutation, BriefProductsCreatePriceMutationVariables>;
export const BriefProductsNewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefProductsNew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Electric Toothbrush Pro","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"productType"},"value":{"kind":"EnumValue","value":"PHYSICAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefProductsNewMutation, BriefProductsNewMutationVariables>;
export const BriefUsersNewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefUsersNew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BriefUsersNewMutation, BriefUsersNewMutationVariables>;
export const BriefUsersSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefUsersSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefUsersSearchQuery, BriefUsersSearchQueryVariables>;
export const BriefUsersGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefUsersGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locationIds"}}]}}]}}]}}]} as unknown as DocumentNode<BriefUsersGetQuery, BriefUsersGetQueryVariables>;
export const BriefUsersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefUsersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"StringValue","value":"Jane","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastName"},"value":{"kind":"StringValue","value":"Doe","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ADMIN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BriefUsersUpdateMutation, BriefUsersUpdateMutationVariables>;
export const BriefUsersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BriefUsersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<BriefUsersDeleteMutation, BriefUsersDeleteMutationVariables>;
export const CoherentContactCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoherentContactCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<CoherentContactCityQuery, CoherentContactCityQueryVariables>;
export const CoherentContactMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoherentContactMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CoherentContactMoveMutation, CoherentContactMoveMutationVariables>;
export const SharedCacheContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCacheContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SharedCacheContactQuery, SharedCacheContactQueryVariables>;
export const SharedCacheContactLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCacheContactLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SharedCacheContactLiveQuery, SharedCacheContactLiveQueryVariables>;
export const SharedCacheContactMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedCacheContactMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"Replicated","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<SharedCacheContactMoveMutation, SharedCacheContactMoveMutationVariables>;
export const CachedContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CachedContactQuery, CachedContactQueryVariables>;
export const CachedContactPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedContactPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedContactPageQuery, CachedContactPageQueryVariables>;
export const CachedContactMutatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CachedContactMutated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"Mutated","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CachedContactMutatedMutation, CachedContactMutatedMutationVariables>;
export const CalendarsWithSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarsWithSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"calendarType"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"slotDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"slotInterval"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsPerSlot"}},{"kind":"Field","name":{"kind":"Name","value":"eventColor"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfTheWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHour"}},{"kind":"Field","name":{"kind":"Name","value":"openMinute"}},{"kind":"Field","name":{"kind":"Name","value":"closeHour"}},{"kind":"Field","name":{"kind":"Name","value":"closeMinute"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarsWithSettingsQuery, CalendarsWithSettingsQueryVariables>;
export const CalendarTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarTeamsQuery, CalendarTeamsQueryVariables>;
export const CalendarByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarByIdQuery, CalendarByIdQueryVariables>;
export const CalendarByGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarByGlobalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarByGlobalIdQuery, CalendarByGlobalIdQueryVariables>;
export const CalendarAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarAppointmentsQuery, CalendarAppointmentsQueryVariables>;
export const AppointmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentByIdQuery, AppointmentByIdQueryVariables>;
export const AppointmentNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentNodeQuery, AppointmentNodeQueryVariables>;
export const ContactAppointmentsTimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentsTimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentsTimedQuery, ContactAppointmentsTimedQueryVariables>;
export const ContactAppointmentsUntimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentsUntimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentsUntimedQuery, ContactAppointmentsUntimedQueryVariables>;
export const FreeSlotsInZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlotsInZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tz"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tz"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsInZoneQuery, FreeSlotsInZoneQueryVariables>;
export const CreateCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calendarType"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"slotDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"eventColor"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfTheWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHour"}},{"kind":"Field","name":{"kind":"Name","value":"closeHour"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarMutation, CreateCalendarMutationVariables>;
export const FreeSlotsOfUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlotsOfUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsOfUserQuery, FreeSlotsOfUserQueryVariables>;
export const CreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLocationType"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAppointmentMutation, CreateAppointmentMutationVariables>;
export const MoveAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLocationType"}}]}}]}}]}}]} as unknown as DocumentNode<MoveAppointmentMutation, MoveAppointmentMutationVariables>;
export const ContactAppointmentIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAppointmentIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactAppointmentIdsQuery, ContactAppointmentIdsQueryVariables>;
export const CreateBlockSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBlockSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBlockSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBlockSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBlockSlotMutation, CreateBlockSlotMutationVariables>;
export const DeprecatedCalendarNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeprecatedCalendarNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deprecated"},"name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"endTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"currentSlots"},"name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deprecatedSlots"},"name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<DeprecatedCalendarNamesQuery, DeprecatedCalendarNamesQueryVariables>;
export const UnknownCalendarAndAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownCalendarAndAppointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"cal000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"apt000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UnknownCalendarAndAppointmentQuery, UnknownCalendarAndAppointmentQueryVariables>;
export const CalendarsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CalendarsOfLocationQuery, CalendarsOfLocationQueryVariables>;
export const CalendarGhlIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarGhlId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CalendarGhlIdQuery, CalendarGhlIdQueryVariables>;
export const CircuitBreakerFirstContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CircuitBreakerFirstContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CircuitBreakerFirstContactQuery, CircuitBreakerFirstContactQueryVariables>;
export const CircuitBreakerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CircuitBreakerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CircuitBreakerContactQuery, CircuitBreakerContactQueryVariables>;
export const ClientContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientContactsQuery, ClientContactsQueryVariables>;
export const ClientTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<ClientTagMutation, ClientTagMutationVariables>;
export const ClientContactTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientContactTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<ClientContactTagsQuery, ClientContactTagsQueryVariables>;
export const ClientContactEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClientContactEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<ClientContactEventsSubscription, ClientContactEventsSubscriptionVariables>;
export const ClientPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPageQuery, ClientPageQueryVariables>;
export const ClientRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClientRenameMutation, ClientRenameMutationVariables>;
export const ClientFirstTenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientFirstTen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientFirstTenQuery, ClientFirstTenQueryVariables>;
export const ContactSearchAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactSearchAllQuery, ContactSearchAllQueryVariables>;
export const ContactSearchLocationDndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchLocationDnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dnd"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"dnd"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactSearchLocationDndQuery, ContactSearchLocationDndQueryVariables>;
export const ContactSearchFirstTwoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchFirstTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContactSearchFirstTwoQuery, ContactSearchFirstTwoQueryVariables>;
export const ContactSearchByNameAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchByNameAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ContactSearchByNameAfterQuery, ContactSearchByNameAfterQueryVariables>;
export const ContactSearchBackwardRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchBackwardRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-02-01T00:00:00Z","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-01-01T00:00:00Z","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ContactSearchBackwardRangeQuery, ContactSearchBackwardRangeQueryVariables>;
export const ContactSearchLongQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactSearchLongQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ContactSearchLongQueryQuery, ContactSearchLongQueryQueryVariables>;
export const ContactsAllFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsAllFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"address1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"dndSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsAllFieldsQuery, ContactsAllFieldsQueryVariables>;
export const ContactsGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsGlobalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContactsGlobalIdQuery, ContactsGlobalIdQueryVariables>;
export const ContactsByGlobalIdAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsByGlobalIdAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsByGlobalIdAndNodeQuery, ContactsByGlobalIdAndNodeQueryVariables>;
export const ContactsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsPageQuery, ContactsPageQueryVariables>;
export const ContactsSearchByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsSearchByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsSearchByNameQuery, ContactsSearchByNameQueryVariables>;
export const ContactsEmailsAndPhonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsEmailsAndPhones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsEmailsAndPhonesQuery, ContactsEmailsAndPhonesQueryVariables>;
export const ContactsRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsRelationsQuery, ContactsRelationsQueryVariables>;
export const ContactsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowDuplicateContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsOfLocationQuery, ContactsOfLocationQueryVariables>;
export const ContactsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsCreateMutation, ContactsCreateMutationVariables>;
export const ContactsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsUpdateMutation, ContactsUpdateMutationVariables>;
export const ContactsUpdateInboundDndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsUpdateInboundDnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsUpdateInboundDndMutation, ContactsUpdateInboundDndMutationVariables>;
export const ContactsAddTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsAddTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"vip","block":false},{"kind":"StringValue","value":"lead","block":false},{"kind":"StringValue","value":" referral ","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsAddTagsMutation, ContactsAddTagsMutationVariables>;
export const ContactsRemoveTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsRemoveTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"lead","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<ContactsRemoveTagsMutation, ContactsRemoveTagsMutationVariables>;
export const ContactsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<ContactsDeleteMutation, ContactsDeleteMutationVariables>;
export const ContactsCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsCreateTaskMutation, ContactsCreateTaskMutationVariables>;
export const ContactsRenameTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsRenameTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Call back Monday","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsRenameTaskMutation, ContactsRenameTaskMutationVariables>;
export const ContactsCompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsCompleteTaskMutation, ContactsCompleteTaskMutationVariables>;
export const ContactsTasksAndTaskNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsTasksAndTaskNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"task"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"task"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsTasksAndTaskNodeQuery, ContactsTasksAndTaskNodeQueryVariables>;
export const ContactsDeleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsDeleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<ContactsDeleteTaskMutation, ContactsDeleteTaskMutationVariables>;
export const ContactsCreateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCreateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Met at the fair","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"pinned"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsCreateNoteMutation, ContactsCreateNoteMutationVariables>;
export const ContactsRewriteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsRewriteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Met at the spring fair","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsRewriteNoteMutation, ContactsRewriteNoteMutationVariables>;
export const ContactsDeleteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsDeleteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<ContactsDeleteNoteMutation, ContactsDeleteNoteMutationVariables>;
export const ConversationsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}}]}}]}}]} as unknown as DocumentNode<ConversationsSendMutation, ConversationsSendMutationVariables>;
export const ConversationsInboxWithContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsInboxWithContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageBody"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageType"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsInboxWithContactsQuery, ConversationsInboxWithContactsQueryVariables>;
export const ConversationsInboxPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsInboxPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsInboxPageQuery, ConversationsInboxPageQueryVariables>;
export const ConversationsMessagesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsMessagesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dateAdded"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMessagesPageQuery, ConversationsMessagesPageQueryVariables>;
export const ConversationsMessageLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsMessageLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMessageLinksQuery, ConversationsMessageLinksQueryVariables>;
export const ConversationsMarkReadStarredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsMarkReadStarred"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"starred"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"starred"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMarkReadStarredMutation, ConversationsMarkReadStarredMutationVariables>;
export const ConversationsMarkUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsMarkUnread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMarkUnreadMutation, ConversationsMarkUnreadMutationVariables>;
export const ConversationsAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsAssignMutation, ConversationsAssignMutationVariables>;
export const ConversationsSendSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSendSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"See you at 10","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsSendSmsMutation, ConversationsSendSmsMutationVariables>;
export const ConversationsSendEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSendEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"StringValue","value":"Your quote","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"html"},"value":{"kind":"StringValue","value":"<p>Attached</p>","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsSendEmailMutation, ConversationsSendEmailMutationVariables>;
export const ConversationsSendReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSendReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsSendReplyMutation, ConversationsSendReplyMutationVariables>;
export const ConversationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMarkReadMutation, ConversationsMarkReadMutationVariables>;
export const ConversationsAddInboundSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsAddInboundSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInboundMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"Running late","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsAddInboundSmsMutation, ConversationsAddInboundSmsMutationVariables>;
export const ConversationsAddInboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsAddInbound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInboundMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsAddInboundMutation, ConversationsAddInboundMutationVariables>;
export const CostContactsTasksNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostContactsTasksNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostContactsTasksNotesQuery, CostContactsTasksNotesQueryVariables>;
export const CostOpportunityContactsEmbeddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostOpportunityContactsEmbedded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostOpportunityContactsEmbeddedQuery, CostOpportunityContactsEmbeddedQueryVariables>;
export const CostOpportunityContactsFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostOpportunityContactsFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostOpportunityContactsFullQuery, CostOpportunityContactsFullQueryVariables>;
export const CostOpportunityContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostOpportunityContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CostOpportunityContactQuery, CostOpportunityContactQueryVariables>;
export const CostSharedListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostSharedLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostSharedListsQuery, CostSharedListsQueryVariables>;
export const CostPaymentContactsEmbeddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostPaymentContactsEmbedded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostPaymentContactsEmbeddedQuery, CostPaymentContactsEmbeddedQueryVariables>;
export const CostTransactionContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostTransactionContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostTransactionContactsQuery, CostTransactionContactsQueryVariables>;
export const CostTransactionOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostTransactionOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostTransactionOrdersQuery, CostTransactionOrdersQueryVariables>;
export const CostProductPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostProductPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostProductPricesQuery, CostProductPricesQueryVariables>;
export const CostUpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CostUpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"Priced","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CostUpdateProductMutation, CostUpdateProductMutationVariables>;
export const CostCreateProductPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CostCreateProductPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Priced","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ONE_TIME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostCreateProductPriceMutation, CostCreateProductPriceMutationVariables>;
export const CostLocationSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostLocationSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostLocationSummariesQuery, CostLocationSummariesQueryVariables>;
export const CostLocationsFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostLocationsFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostLocationsFullQuery, CostLocationsFullQueryVariables>;
export const CostOverBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostOverBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"80"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostOverBudgetQuery, CostOverBudgetQueryVariables>;
export const CostConversationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostConversationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostConversationsPageQuery, CostConversationsPageQueryVariables>;
export const CostTwoPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostTwoPipelines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CostTwoPipelinesQuery, CostTwoPipelinesQueryVariables>;
export const CostConversationsTenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostConversationsTen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostConversationsTenQuery, CostConversationsTenQueryVariables>;
export const CouponsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"limitedToOnePerCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsCreateMutation, CouponsCreateMutationVariables>;
export const CouponsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsListQuery, CouponsListQueryVariables>;
export const CouponsExpiredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsExpired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"EXPIRED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsExpiredQuery, CouponsExpiredQueryVariables>;
export const CouponsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsSearchQuery, CouponsSearchQueryVariables>;
export const CouponsProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsProductsQuery, CouponsProductsQueryVariables>;
export const CouponsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]} as unknown as DocumentNode<CouponsOneQuery, CouponsOneQueryVariables>;
export const CouponsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}}]}}]}}]}}]} as unknown as DocumentNode<CouponsUpdateMutation, CouponsUpdateMutationVariables>;
export const CouponsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<CouponsDeleteMutation, CouponsDeleteMutationVariables>;
export const CredentialsContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialsContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CredentialsContactsQuery, CredentialsContactsQueryVariables>;
export const CustomObjectsSchemasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsSchemas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchemas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"singularLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pluralLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSchemasQuery, CustomObjectsSchemasQueryVariables>;
export const CustomObjectsSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"searchableProperties"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSchemaQuery, CustomObjectsSchemaQueryVariables>;
export const CustomObjectsSchemaNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsSchemaNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectSchema"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSchemaNodeQuery, CustomObjectsSchemaNodeQueryVariables>;
export const CustomObjectsSchemaKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsSchemaKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSchemaKeyQuery, CustomObjectsSchemaKeyQueryVariables>;
export const CustomObjectsCreateTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsCreateTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"singularLabel"},"value":{"kind":"StringValue","value":"Ticket","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"pluralLabel"},"value":{"kind":"StringValue","value":"Tickets","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyKey"},"value":{"kind":"StringValue","value":"subject","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyName"},"value":{"kind":"StringValue","value":"Subject","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyType"},"value":{"kind":"EnumValue","value":"TEXT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"primaryDisplayProperty"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsCreateTicketsMutation, CustomObjectsCreateTicketsMutationVariables>;
export const CustomObjectsUpdateSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsUpdateSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"props"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pluralLabel"},"value":{"kind":"StringValue","value":"Support tickets","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"searchableProperties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"props"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluralLabel"}},{"kind":"Field","name":{"kind":"Name","value":"searchableProperties"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsUpdateSchemaMutation, CustomObjectsUpdateSchemaMutationVariables>;
export const CustomObjectsSearchByUnknownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsSearchByUnknown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"props"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"searchableProperties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"props"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSearchByUnknownMutation, CustomObjectsSearchByUnknownMutationVariables>;
export const CustomObjectsRecordsFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordsFirst"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordsFirstQuery, CustomObjectsRecordsFirstQueryVariables>;
export const CustomObjectsRecordsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordsAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordsAfterQuery, CustomObjectsRecordsAfterQueryVariables>;
export const CustomObjectsRecordValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordValuesQuery, CustomObjectsRecordValuesQueryVariables>;
export const CustomObjectsRecordSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"name","block":false}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordSearchQuery, CustomObjectsRecordSearchQueryVariables>;
export const CustomObjectsRecordTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"property"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"record"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"property"}}}]},{"kind":"Field","name":{"kind":"Name","value":"ownerIds"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singularLabel"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"record"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordTwiceQuery, CustomObjectsRecordTwiceQueryVariables>;
export const CustomObjectsRecordNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordNodeQuery, CustomObjectsRecordNodeQueryVariables>;
export const CustomObjectsCreateRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsCreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"properties"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Ziggy","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"species"},"value":{"kind":"StringValue","value":"cat","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"age"},"value":{"kind":"IntValue","value":"2"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsCreateRecordMutation, CustomObjectsCreateRecordMutationVariables>;
export const CustomObjectsUpdateRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsUpdateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"properties"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"age"},"value":{"kind":"IntValue","value":"3"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsUpdateRecordMutation, CustomObjectsUpdateRecordMutationVariables>;
export const CustomObjectsDeleteRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsDeleteRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<CustomObjectsDeleteRecordMutation, CustomObjectsDeleteRecordMutationVariables>;
export const CustomObjectsRecordGoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomObjectsRecordGone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordGoneQuery, CustomObjectsRecordGoneQueryVariables>;
export const CustomObjectsCreateRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsCreateRefused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomObjectRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsCreateRefusedMutation, CustomObjectsCreateRefusedMutationVariables>;
export const CustomObjectsSchemaEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CustomObjectsSchemaEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchemaEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"singularLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsSchemaEventsSubscription, CustomObjectsSchemaEventsSubscriptionVariables>;
export const CustomObjectsCreateCarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsCreateCars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjectSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"singularLabel"},"value":{"kind":"StringValue","value":"Car","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"pluralLabel"},"value":{"kind":"StringValue","value":"Cars","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyKey"},"value":{"kind":"StringValue","value":"plate","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyName"},"value":{"kind":"StringValue","value":"Plate","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"primaryPropertyType"},"value":{"kind":"EnumValue","value":"TEXT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsCreateCarsMutation, CustomObjectsCreateCarsMutationVariables>;
export const CustomObjectsRecordEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CustomObjectsRecordEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"name","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"objectSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluralLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsRecordEventsSubscription, CustomObjectsRecordEventsSubscriptionVariables>;
export const CustomObjectsCreatePixelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomObjectsCreatePixel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"properties"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Pixel","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"species"},"value":{"kind":"StringValue","value":"rabbit","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CustomObjectsCreatePixelMutation, CustomObjectsCreatePixelMutationVariables>;
export const Contact360DeferredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact360Deferred"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"slow","block":false}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Contact360DeferredQuery, Contact360DeferredQueryVariables>;
export const Contact360AtOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact360AtOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<Contact360AtOnceQuery, Contact360AtOnceQueryVariables>;
export const ContactTasksStreamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTasksStreamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"stream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initialCount"},"value":{"kind":"IntValue","value":"1"}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ContactTasksStreamedQuery, ContactTasksStreamedQueryVariables>;
export const ErrorsContactCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsContactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ErrorsContactCountQuery, ErrorsContactCountQueryVariables>;
export const ContactFoundAndMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactFoundAndMissing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"found"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missing"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"doesNotExist0000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ContactFoundAndMissingQuery, ContactFoundAndMissingQueryVariables>;
export const ErrorsContactByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsContactById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ErrorsContactByIdQuery, ErrorsContactByIdQueryVariables>;
export const ErrorsContactsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsContactsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ErrorsContactsOfLocationQuery, ErrorsContactsOfLocationQueryVariables>;
export const ErrorsContactLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsContactLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<ErrorsContactLocationQuery, ErrorsContactLocationQueryVariables>;
export const ErrorsCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErrorsCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsCreateContactMutation, ErrorsCreateContactMutationVariables>;
export const ErrorsCreateNeverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErrorsCreateNever"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"StringValue","value":"Never","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorsCreateNeverMutation, ErrorsCreateNeverMutationVariables>;
export const ErrorsMissingContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsMissingContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"doesNotExist0000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ErrorsMissingContactQuery, ErrorsMissingContactQueryVariables>;
export const ErrorsBadCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsBadCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"%%%","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ErrorsBadCursorQuery, ErrorsBadCursorQueryVariables>;
export const EstimatesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesCreateMutation, EstimatesCreateMutationVariables>;
export const EstimatesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstimatesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesListQuery, EstimatesListQueryVariables>;
export const EstimatesAcceptedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstimatesAccepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesAcceptedQuery, EstimatesAcceptedQueryVariables>;
export const EstimatesOfContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstimatesOfContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesOfContactQuery, EstimatesOfContactQueryVariables>;
export const EstimatesContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstimatesContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesContactsQuery, EstimatesContactsQueryVariables>;
export const EstimatesNextNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstimatesNextNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextEstimateNumber"}}]}}]} as unknown as DocumentNode<EstimatesNextNumberQuery, EstimatesNextNumberQueryVariables>;
export const EstimatesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesUpdateMutation, EstimatesUpdateMutationVariables>;
export const EstimatesSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"EMAIL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentByUserId"}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesSendMutation, EstimatesSendMutationVariables>;
export const EstimatesInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoiceFromEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesInvoiceMutation, EstimatesInvoiceMutationVariables>;
export const EstimatesInvoiceAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesInvoiceAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoiceFromEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesInvoiceAgainMutation, EstimatesInvoiceAgainMutationVariables>;
export const EstimatesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<EstimatesDeleteMutation, EstimatesDeleteMutationVariables>;
export const EstimatesDeleteAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesDeleteAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<EstimatesDeleteAgainMutation, EstimatesDeleteAgainMutationVariables>;
export const EstimatesUpdateToInvoicedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatesUpdateToInvoiced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"estimateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<EstimatesUpdateToInvoicedMutation, EstimatesUpdateToInvoicedMutationVariables>;
export const SetupPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetupPipelinesQuery, SetupPipelinesQueryVariables>;
export const SetupOpportunityContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupOpportunityContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetupOpportunityContactsQuery, SetupOpportunityContactsQueryVariables>;
export const SetupCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<SetupCalendarsQuery, SetupCalendarsQueryVariables>;
export const SetupConversationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupConversationContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetupConversationContactQuery, SetupConversationContactQueryVariables>;
export const FaultsBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultsBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultsBoardQuery, FaultsBoardQueryVariables>;
export const FaultsCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultsCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<FaultsCreateContactMutation, FaultsCreateContactMutationVariables>;
export const FirstFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FirstFormsQuery, FirstFormsQueryVariables>;
export const LocationFormsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationFormsAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationFormsAfterQuery, LocationFormsAfterQueryVariables>;
export const QuizzesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quizzes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"QUIZ"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuizzesQuery, QuizzesQueryVariables>;
export const FirstFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstFormQuery, FirstFormQueryVariables>;
export const FormNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Form"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormNodeQuery, FormNodeQueryVariables>;
export const FormSubmissionsInRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormSubmissionsInRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"StringValue","value":"2025-03-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"StringValue","value":"2025-10-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOrder"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormSubmissionsInRangeQuery, FormSubmissionsInRangeQueryVariables>;
export const SubmissionContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionContactsQuery, SubmissionContactsQueryVariables>;
export const FirstSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstSubmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FirstSubmissionsQuery, FirstSubmissionsQueryVariables>;
export const SubmissionsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionsAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionsAfterQuery, SubmissionsAfterQueryVariables>;
export const SubmissionsBackwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionsBackwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"StringValue","value":"2025-05-02","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"StringValue","value":"2025-05-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SubmissionsBackwardsQuery, SubmissionsBackwardsQueryVariables>;
export const LocationSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationSurveysQuery, LocationSurveysQueryVariables>;
export const SurveySubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveySubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveySubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveySubmissionsQuery, SurveySubmissionsQueryVariables>;
export const SurveyNodeSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyNodeSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyNodeSubmissionsQuery, SurveyNodeSubmissionsQueryVariables>;
export const UploadContactFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadContactFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadContactFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customFieldId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldId"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadContactFilesMutation, UploadContactFilesMutationVariables>;
export const FuzzMalformedGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuzzMalformedGlobalId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"not-an-id","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FuzzMalformedGlobalIdQuery, FuzzMalformedGlobalIdQueryVariables>;
export const GraphiqlFirstContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphiqlFirstContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphiqlFirstContactsQuery, GraphiqlFirstContactsQueryVariables>;
export const GraphiqlCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraphiqlCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"graphiql","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GraphiqlCreateContactMutation, GraphiqlCreateContactMutationVariables>;
export const GraphiqlLiveContactIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphiqlLiveContactId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphiqlLiveContactIdQuery, GraphiqlLiveContactIdQueryVariables>;
export const CsrfTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsrfTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CsrfTypenameQuery, CsrfTypenameQueryVariables>;
export const InvoicesEditsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesEditsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesEditsCreateMutation, InvoicesEditsCreateMutationVariables>;
export const InvoicesEditsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesEditsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesEditsUpdateMutation, InvoicesEditsUpdateMutationVariables>;
export const InvoicesEditsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesEditsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<InvoicesEditsDeleteMutation, InvoicesEditsDeleteMutationVariables>;
export const InvoicesEditsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesEditsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvoicesEditsReadQuery, InvoicesEditsReadQueryVariables>;
export const InvoicesEditsNextNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesEditsNextNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextInvoiceNumber"}}]}}]} as unknown as DocumentNode<InvoicesEditsNextNumberQuery, InvoicesEditsNextNumberQueryVariables>;
export const InvoicesLateFeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesLateFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LateFeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoiceLateFees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"lateFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesLateFeesMutation, InvoicesLateFeesMutationVariables>;
export const InvoicesTemplateLateFeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesTemplateLateFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LateFeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoiceTemplateLateFees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"lateFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesTemplateLateFeesMutation, InvoicesTemplateLateFeesMutationVariables>;
export const InvoicesSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"termsNote"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumberPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"dueAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPartialPaymentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesTitle"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesTermsNote"}},{"kind":"Field","name":{"kind":"Name","value":"estimateNumberPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesExpireAfterDays"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesSettingsQuery, InvoicesSettingsQueryVariables>;
export const InvoiceSchedulesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSchedulesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervalType"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesCreateMutation, InvoiceSchedulesCreateMutationVariables>;
export const InvoiceSchedulesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSchedulesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervalType"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesListQuery, InvoiceSchedulesListQueryVariables>;
export const InvoiceSchedulesActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSchedulesActive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesActiveQuery, InvoiceSchedulesActiveQueryVariables>;
export const InvoiceSchedulesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSchedulesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesOneQuery, InvoiceSchedulesOneQueryVariables>;
export const InvoiceSchedulesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSchedulesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesNodeQuery, InvoiceSchedulesNodeQueryVariables>;
export const InvoiceSchedulesTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSchedulesTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"node"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"invoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"invoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"node"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesTwiceQuery, InvoiceSchedulesTwiceQueryVariables>;
export const InvoiceSchedulesStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSchedulesStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInvoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesStartMutation, InvoiceSchedulesStartMutationVariables>;
export const InvoiceSchedulesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSchedulesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesUpdateMutation, InvoiceSchedulesUpdateMutationVariables>;
export const InvoiceSchedulesCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSchedulesCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInvoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesCancelMutation, InvoiceSchedulesCancelMutationVariables>;
export const InvoiceSchedulesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSchedulesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvoiceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<InvoiceSchedulesDeleteMutation, InvoiceSchedulesDeleteMutationVariables>;
export const InvoiceTemplatesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceTemplatesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoiceTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceTemplatesCreateMutation, InvoiceTemplatesCreateMutationVariables>;
export const InvoiceTemplatesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceTemplatesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceTemplatesListQuery, InvoiceTemplatesListQueryVariables>;
export const InvoiceTemplatesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceTemplatesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ghlId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byGhlId"},"name":{"kind":"Name","value":"invoiceTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ghlId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvoiceTemplatesOneQuery, InvoiceTemplatesOneQueryVariables>;
export const InvoiceTemplatesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceTemplatesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoiceTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceTemplatesUpdateMutation, InvoiceTemplatesUpdateMutationVariables>;
export const InvoiceTemplatesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceTemplatesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvoiceTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<InvoiceTemplatesDeleteMutation, InvoiceTemplatesDeleteMutationVariables>;
export const InvoicesGlobalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesGlobalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InvoicesGlobalIdQuery, InvoicesGlobalIdQueryVariables>;
export const InvoicesFirstFiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesFirstFive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesFirstFiveQuery, InvoicesFirstFiveQueryVariables>;
export const InvoicesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPageQuery, InvoicesPageQueryVariables>;
export const InvoicesPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PAID"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPaidQuery, InvoicesPaidQueryVariables>;
export const InvoicesOfContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesOfContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesOfContactQuery, InvoicesOfContactQueryVariables>;
export const InvoicesIssuedOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesIssuedOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesIssuedOnQuery, InvoicesIssuedOnQueryVariables>;
export const InvoicesSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InvoicesSearchQuery, InvoicesSearchQueryVariables>;
export const InvoicesAllFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesAllFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveMode"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subTotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesAllFieldsQuery, InvoicesAllFieldsQueryVariables>;
export const InvoicesByGlobalIdAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesByGlobalIdAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesByGlobalIdAndNodeQuery, InvoicesByGlobalIdAndNodeQueryVariables>;
export const InvoicesLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesLinksQuery, InvoicesLinksQueryVariables>;
export const InvoicesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesCreateMutation, InvoicesCreateMutationVariables>;
export const InvoicesSendManuallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesSendManually"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"SEND_MANUALLY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesSendManuallyMutation, InvoicesSendManuallyMutationVariables>;
export const InvoicesPayPartByChequeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPayPartByCheque"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvoicePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"CHEQUE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"IntValue","value":"60"}},{"kind":"ObjectField","name":{"kind":"Name","value":"cheque"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"StringValue","value":"1042","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"StringValue","value":"first part","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPayPartByChequeMutation, InvoicesPayPartByChequeMutationVariables>;
export const InvoicesPayRestByCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPayRestByCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvoicePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"CARD"}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"IntValue","value":"300"}},{"kind":"ObjectField","name":{"kind":"Name","value":"card"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"brand"},"value":{"kind":"StringValue","value":"visa","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"last4"},"value":{"kind":"StringValue","value":"4242","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"StringValue","value":"the rest","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPayRestByCardMutation, InvoicesPayRestByCardMutationVariables>;
export const InvoicesVoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesVoidMutation, InvoicesVoidMutationVariables>;
export const InvoicesUnknownNextToLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesUnknownNextToLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"inv0000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<InvoicesUnknownNextToLocationQuery, InvoicesUnknownNextToLocationQueryVariables>;
export const InvoicesVoidUnknownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesVoidUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"inv0000000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesVoidUnknownMutation, InvoicesVoidUnknownMutationVariables>;
export const InvoicesOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InvoicesOfLocationQuery, InvoicesOfLocationQueryVariables>;
export const InvoicesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<InvoicesOneQuery, InvoicesOneQueryVariables>;
export const InvoicesWithContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesWithContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesWithContactsQuery, InvoicesWithContactsQueryVariables>;
export const ListOrderDealsOldestFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderDealsOldestFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderDealsOldestFirstQuery, ListOrderDealsOldestFirstQueryVariables>;
export const ListOrderDealsOldestFirstAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderDealsOldestFirstAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderDealsOldestFirstAfterQuery, ListOrderDealsOldestFirstAfterQueryVariables>;
export const ListOrderDealsDefaultAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderDealsDefaultAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListOrderDealsDefaultAfterQuery, ListOrderDealsDefaultAfterQueryVariables>;
export const ListOrderDealsOfDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderDealsOfDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderDealsOfDayQuery, ListOrderDealsOfDayQueryVariables>;
export const ListOrderInvoicesAscDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderInvoicesAsc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderInvoicesAscQuery, ListOrderInvoicesAscQueryVariables>;
export const ListOrderInvoicesDescDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderInvoicesDesc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderInvoicesDescQuery, ListOrderInvoicesDescQueryVariables>;
export const ListOrderInboundSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderInboundSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"lastMessageDirection"},"value":{"kind":"EnumValue","value":"INBOUND"}},{"kind":"Argument","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageDirection"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderInboundSinceQuery, ListOrderInboundSinceQueryVariables>;
export const ListOrderConversationsAscDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsAsc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_MESSAGE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsAscQuery, ListOrderConversationsAscQueryVariables>;
export const ListOrderConversationsFirstFiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsFirstFive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_MESSAGE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsFirstFiveQuery, ListOrderConversationsFirstFiveQueryVariables>;
export const ListOrderConversationsNextFiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsNextFive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_MESSAGE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsNextFiveQuery, ListOrderConversationsNextFiveQueryVariables>;
export const ListOrderConversationsDescDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsDesc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_MESSAGE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsDescQuery, ListOrderConversationsDescQueryVariables>;
export const ListOrderConversationsDeprecatedSortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsDeprecatedSort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsDeprecatedSortQuery, ListOrderConversationsDeprecatedSortQueryVariables>;
export const ListOrderConversationsBothSortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrderConversationsBothSorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_MESSAGE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListOrderConversationsBothSortsQuery, ListOrderConversationsBothSortsQueryVariables>;
export const TwoContactsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoContactsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<TwoContactsLiveQuery, TwoContactsLiveQueryVariables>;
export const TwoContactsOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoContactsOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<TwoContactsOnceQuery, TwoContactsOnceQueryVariables>;
export const LiveContactMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveContactMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<LiveContactMoveMutation, LiveContactMoveMutationVariables>;
export const FirstContactsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstContactsLive"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstContactsLiveQuery, FirstContactsLiveQueryVariables>;
export const LiveCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCreateContactMutation, LiveCreateContactMutationVariables>;
export const LocationsSearchFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsSearchFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsSearchFirstQuery, LocationsSearchFirstQueryVariables>;
export const LocationsSearchFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsSearchFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsSearchFullQuery, LocationsSearchFullQueryVariables>;
export const LocationsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCreateMutation, LocationsCreateMutationVariables>;
export const LocationsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"website"},"value":{"kind":"StringValue","value":"https://updated-website.com","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"settings"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"allowDuplicateContact"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowDuplicateContact"}},{"kind":"Field","name":{"kind":"Name","value":"allowDuplicateOpportunity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsUpdateMutation, LocationsUpdateMutationVariables>;
export const LocationsOtherCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsOtherCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"StringValue","value":"someOtherCompany","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsOtherCompanyQuery, LocationsOtherCompanyQueryVariables>;
export const LocationsTimezonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsTimezones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timezones"}}]}}]} as unknown as DocumentNode<LocationsTimezonesQuery, LocationsTimezonesQueryVariables>;
export const LocationsTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsTagsQuery, LocationsTagsQueryVariables>;
export const LocationsCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsCreateTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"VIP Customer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCreateTagMutation, LocationsCreateTagMutationVariables>;
export const LocationsRenameTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsRenameTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"renamed tag","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsRenameTagMutation, LocationsRenameTagMutationVariables>;
export const LocationsDeleteTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsDeleteTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<LocationsDeleteTagMutation, LocationsDeleteTagMutationVariables>;
export const LocationsTagsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsTagsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsTagsAfterQuery, LocationsTagsAfterQueryVariables>;
export const LocationsTagNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsTagNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsTagNamesQuery, LocationsTagNamesQueryVariables>;
export const LocationsCreateTaggedContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsCreateTaggedContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCreateTaggedContactMutation, LocationsCreateTaggedContactMutationVariables>;
export const LocationsUpdateContactTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsUpdateContactTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"from update","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsUpdateContactTagsMutation, LocationsUpdateContactTagsMutationVariables>;
export const LocationsAddContactTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsAddContactTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"From Add","block":false},{"kind":"StringValue","value":"FROM CREATE","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<LocationsAddContactTagsMutation, LocationsAddContactTagsMutationVariables>;
export const LocationsDuplicateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsDuplicateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocationTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsDuplicateTagMutation, LocationsDuplicateTagMutationVariables>;
export const LocationsOtherTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsOtherTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsOtherTagsQuery, LocationsOtherTagsQueryVariables>;
export const LocationsContactCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsContactCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsContactCustomFieldsQuery, LocationsContactCustomFieldsQueryVariables>;
export const LocationsCreateCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsCreateCustomField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Company Size","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dataType"},"value":{"kind":"EnumValue","value":"TEXT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"placeholder"},"value":{"kind":"StringValue","value":"Enter company size","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCreateCustomFieldMutation, LocationsCreateCustomFieldMutationVariables>;
export const LocationsUpdateCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsUpdateCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"placeholder"},"value":{"kind":"StringValue","value":"e.g., 1-50 employees","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsUpdateCustomFieldMutation, LocationsUpdateCustomFieldMutationVariables>;
export const LocationsCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"EnumValue","value":"CONTACT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCustomFieldsQuery, LocationsCustomFieldsQueryVariables>;
export const LocationsDeleteCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsDeleteCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<LocationsDeleteCustomFieldMutation, LocationsDeleteCustomFieldMutationVariables>;
export const LocationsCreateCustomValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsCreateCustomValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Support Email","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"help@example.com","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCreateCustomValueMutation, LocationsCreateCustomValueMutationVariables>;
export const LocationsUpdateCustomValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationsUpdateCustomValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"support@example.com","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsUpdateCustomValueMutation, LocationsUpdateCustomValueMutationVariables>;
export const LocationsCustomValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsCustomValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCustomValuesQuery, LocationsCustomValuesQueryVariables>;
export const LocationsCustomValueNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsCustomValueNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationsCustomValueNodeQuery, LocationsCustomValueNodeQueryVariables>;
export const LongTailFirstContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LongTailFirstContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LongTailFirstContactQuery, LongTailFirstContactQueryVariables>;
export const LongTailGetContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LongTailGetContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LongTailGetContactQuery, LongTailGetContactQueryVariables>;
export const LongTailGetContactNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LongTailGetContactName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LongTailGetContactNameQuery, LongTailGetContactNameQueryVariables>;
export const MediaFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MediaFilesQuery, MediaFilesQueryVariables>;
export const MediaFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FOLDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFoldersQuery, MediaFoldersQueryVariables>;
export const MediaFolderContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFolderContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFolderContentsQuery, MediaFolderContentsQueryVariables>;
export const UploadPriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadPriceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Price list 2026.pdf","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]} as unknown as DocumentNode<UploadPriceListMutation, UploadPriceListMutationVariables>;
export const MediaFileIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFileIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFileIdsQuery, MediaFileIdsQueryVariables>;
export const DeleteMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMediaFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<DeleteMediaFileMutation, DeleteMediaFileMutationVariables>;
export const UploadToUnreachableLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadToUnreachableLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"StringValue","value":"nosuchlocation000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UploadToUnreachableLocationMutation, UploadToUnreachableLocationMutationVariables>;
export const UploadMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMediaFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UploadMediaFileMutation, UploadMediaFileMutationVariables>;
export const DeleteUnknownMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnknownMediaFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nosuchfile0000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<DeleteUnknownMediaFileMutation, DeleteUnknownMediaFileMutationVariables>;
export const LocationFunnelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationFunnels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"pageIds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationFunnelsQuery, LocationFunnelsQueryVariables>;
export const WebsitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"WEBSITE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebsitesQuery, WebsitesQueryVariables>;
export const FunnelFirstPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunnelFirstPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stepId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunnelFirstPagesQuery, FunnelFirstPagesQueryVariables>;
export const FunnelMorePagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunnelMorePages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunnelMorePagesQuery, FunnelMorePagesQueryVariables>;
export const CreateRedirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRedirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRedirectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRedirect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRedirectMutation, CreateRedirectMutationVariables>;
export const SocialAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}}]}}]}}]} as unknown as DocumentNode<SocialAccountsQuery, SocialAccountsQueryVariables>;
export const SocialPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}},{"kind":"Field","name":{"kind":"Name","value":"displayDate"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SocialPostsQuery, SocialPostsQueryVariables>;
export const DraftSocialPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftSocialPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"show"},"value":{"kind":"EnumValue","value":"DRAFT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftSocialPostsQuery, DraftSocialPostsQueryVariables>;
export const CreateSocialPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSocialPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSocialPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}},{"kind":"Field","name":{"kind":"Name","value":"displayDate"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSocialPostMutation, CreateSocialPostMutationVariables>;
export const EditSocialPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditSocialPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"StringValue","value":"Updated post content #updated","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EditSocialPostMutation, EditSocialPostMutationVariables>;
export const DeleteSocialPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSocialPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<DeleteSocialPostMutation, DeleteSocialPostMutationVariables>;
export const SocialPostNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialPostNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SocialPostNodeQuery, SocialPostNodeQueryVariables>;
export const CreateSocialPostToUnconnectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSocialPostToUnconnected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSocialPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSocialPostToUnconnectedMutation, CreateSocialPostToUnconnectedMutationVariables>;
export const OAuthLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OAuthLocationQuery, OAuthLocationQueryVariables>;
export const OAuthInstallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthInstalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installedLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthInstallsQuery, OAuthInstallsQueryVariables>;
export const OAuthContactsElsewhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthContactsElsewhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OAuthContactsElsewhereQuery, OAuthContactsElsewhereQueryVariables>;
export const OAuthCreateContactElsewhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OAuthCreateContactElsewhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"StringValue","value":"Eve","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthCreateContactElsewhereMutation, OAuthCreateContactElsewhereMutationVariables>;
export const OAuthInvoicesElsewhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthInvoicesElsewhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthInvoicesElsewhereQuery, OAuthInvoicesElsewhereQueryVariables>;
export const OAuthEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OAuthEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]} as unknown as DocumentNode<OAuthEventsSubscription, OAuthEventsSubscriptionVariables>;
export const OAuthCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OAuthCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthCreateContactMutation, OAuthCreateContactMutationVariables>;
export const OAuthInstalledOverSocketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthInstalledOverSocket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installedLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<OAuthInstalledOverSocketQuery, OAuthInstalledOverSocketQueryVariables>;
export const OAuthInstallsBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthInstallsBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installedLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}}]}}]}}]} as unknown as DocumentNode<OAuthInstallsBySourceQuery, OAuthInstallsBySourceQueryVariables>;
export const OpsContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpsContactsQuery, OpsContactsQueryVariables>;
export const OpsRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsRefused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpsRefusedQuery, OpsRefusedQueryVariables>;
export const OpsDeniedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsDenied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpsDeniedQuery, OpsDeniedQueryVariables>;
export const OpportunitiesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesDeleteMutation, OpportunitiesDeleteMutationVariables>;
export const OpportunitiesPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesPipelinesQuery, OpportunitiesPipelinesQueryVariables>;
export const OpportunitiesOfPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesOfPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesOfPipelineQuery, OpportunitiesOfPipelineQueryVariables>;
export const OpportunitiesEmbeddedContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesEmbeddedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesEmbeddedContactQuery, OpportunitiesEmbeddedContactQueryVariables>;
export const OpportunitiesFullContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesFullContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesFullContactQuery, OpportunitiesFullContactQueryVariables>;
export const OpportunitiesWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesWon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"WON"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesWonQuery, OpportunitiesWonQueryVariables>;
export const OpportunitiesOfContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesOfContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesOfContactQuery, OpportunitiesOfContactQueryVariables>;
export const OpportunitiesByIdAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesByIdAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesByIdAndNodeQuery, OpportunitiesByIdAndNodeQueryVariables>;
export const OpportunitiesInStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesInStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesInStageQuery, OpportunitiesInStageQueryVariables>;
export const OpportunitiesLocationBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesLocationBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesLocationBoardQuery, OpportunitiesLocationBoardQueryVariables>;
export const OpportunitiesCreateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesCreateDealMutation, OpportunitiesCreateDealMutationVariables>;
export const OpportunitiesMoveStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesMoveStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesMoveStageMutation, OpportunitiesMoveStageMutationVariables>;
export const OpportunitiesWinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesWin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"WON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesWinMutation, OpportunitiesWinMutationVariables>;
export const OpportunitiesCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesCreateField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Deal source","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dataType"},"value":{"kind":"EnumValue","value":"TEXT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"model"},"value":{"kind":"EnumValue","value":"OPPORTUNITY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesCreateFieldMutation, OpportunitiesCreateFieldMutationVariables>;
export const OpportunitiesCreateWithFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesCreateWithField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesCreateWithFieldMutation, OpportunitiesCreateWithFieldMutationVariables>;
export const OpportunitiesUpdateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesUpdateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesUpdateFieldMutation, OpportunitiesUpdateFieldMutationVariables>;
export const OpportunitiesNegativeValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesNegativeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"monetaryValue"},"value":{"kind":"IntValue","value":"-5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesNegativeValueMutation, OpportunitiesNegativeValueMutationVariables>;
export const OpportunitiesMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nope0000000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesMissingQuery, OpportunitiesMissingQueryVariables>;
export const OpportunitiesOtherTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesOtherTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesOtherTenantQuery, OpportunitiesOtherTenantQueryVariables>;
export const PaymentsShipForListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsShipForList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrderFulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackings"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"StringValue","value":"1Z1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"shippingCarrier"},"value":{"kind":"StringValue","value":"UPS","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceId"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCarrier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsShipForListMutation, PaymentsShipForListMutationVariables>;
export const PaymentsOrdersFulfillmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsOrdersFulfillments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceId"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsOrdersFulfillmentsQuery, PaymentsOrdersFulfillmentsQueryVariables>;
export const PaymentsRecordOrderPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsRecordOrderPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrderPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsRecordOrderPaymentMutation, PaymentsRecordOrderPaymentMutationVariables>;
export const PaymentsSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"providerSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsSubscriptionQuery, PaymentsSubscriptionQueryVariables>;
export const PaymentsSubscriptionNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsSubscriptionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsSubscriptionNodeQuery, PaymentsSubscriptionNodeQueryVariables>;
export const PaymentsAnOrderIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsAnOrderId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsAnOrderIdQuery, PaymentsAnOrderIdQueryVariables>;
export const FirstOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalProducts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstOrdersQuery, FirstOrdersQueryVariables>;
export const OrdersAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"9"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersAfterQuery, OrdersAfterQueryVariables>;
export const OrdersByFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersByFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unpaid"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentStatus"},"value":{"kind":"EnumValue","value":"UNPAID"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersByFilterQuery, OrdersByFilterQueryVariables>;
export const OrderLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"priceId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]} as unknown as DocumentNode<OrderLinesQuery, OrderLinesQueryVariables>;
export const OrderNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<OrderNodeQuery, OrderNodeQueryVariables>;
export const OrderContactsEmbeddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderContactsEmbedded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderContactsEmbeddedQuery, OrderContactsEmbeddedQueryVariables>;
export const OrderContactsFetchedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderContactsFetched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderContactsFetchedQuery, OrderContactsFetchedQueryVariables>;
export const ShipOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrderFulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackings"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"StringValue","value":"1Z999","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"shippingCarrier"},"value":{"kind":"StringValue","value":"UPS","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackingUrl"},"value":{"kind":"StringValue","value":"https://ups.example/1Z999","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceId"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCarrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ShipOrderMutation, ShipOrderMutationVariables>;
export const OrdersBackwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBackwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"StringValue","value":"2025-05-02","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"StringValue","value":"2025-05-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrdersBackwardsQuery, OrdersBackwardsQueryVariables>;
export const TooManyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TooManyOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"101"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TooManyOrdersQuery, TooManyOrdersQueryVariables>;
export const TransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionsQuery, TransactionsQueryVariables>;
export const TransactionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionByIdQuery, TransactionByIdQueryVariables>;
export const TransactionTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionTwiceQuery, TransactionTwiceQueryVariables>;
export const UnknownTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UnknownTransactionQuery, UnknownTransactionQueryVariables>;
export const PaymentSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"providerSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentSubscriptionsQuery, PaymentSubscriptionsQueryVariables>;
export const SubscriptionChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionChargesQuery, SubscriptionChargesQueryVariables>;
export const ProductsFirstThreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsFirstThree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsFirstThreeQuery, ProductsFirstThreeQueryVariables>;
export const ProductsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"found"},"name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsOfLocationQuery, ProductsOfLocationQueryVariables>;
export const ProductsByGhlIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsByGhlId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<ProductsByGhlIdQuery, ProductsByGhlIdQueryVariables>;
export const ProductsByGlobalIdAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsByGlobalIdAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsByGlobalIdAndNodeQuery, ProductsByGlobalIdAndNodeQueryVariables>;
export const ProductsMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ProductsMissingQuery, ProductsMissingQueryVariables>;
export const ProductsWithPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsWithPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsWithPricesQuery, ProductsWithPricesQueryVariables>;
export const ProductsPricesTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsPricesTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsPricesTwiceQuery, ProductsPricesTwiceQueryVariables>;
export const ProductsBilledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsBilled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsBilledQuery, ProductsBilledQueryVariables>;
export const ProductsCreateGiftCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsCreateGiftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Gift Card","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"productType"},"value":{"kind":"EnumValue","value":"DIGITAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"Any amount","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"availableInStore"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availableInStore"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsCreateGiftCardMutation, ProductsCreateGiftCardMutationVariables>;
export const ProductsRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"E-Gift Card","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsRenameMutation, ProductsRenameMutationVariables>;
export const ProductsCreateMonthlyPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsCreateMonthlyPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Monthly","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"RECURRING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"EUR","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"FloatValue","value":"25.5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recurring"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"intervalCount"},"value":{"kind":"IntValue","value":"1"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsCreateMonthlyPriceMutation, ProductsCreateMonthlyPriceMutationVariables>;
export const ProductsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<ProductsDeleteMutation, ProductsDeleteMutationVariables>;
export const ProductsCreateRefusedPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsCreateRefusedPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsCreateRefusedPriceMutation, ProductsCreateRefusedPriceMutationVariables>;
export const ProductsCreateRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductsCreateRefused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsCreateRefusedMutation, ProductsCreateRefusedMutationVariables>;
export const ProductsNoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsNone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProductsNoneQuery, ProductsNoneQueryVariables>;
export const ProductsOfOtherLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsOfOtherLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ProductsOfOtherLocationQuery, ProductsOfOtherLocationQueryVariables>;
export const ReplicaBudgetEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReplicaBudgetEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}}]}}]}}]} as unknown as DocumentNode<ReplicaBudgetEventsSubscription, ReplicaBudgetEventsSubscriptionVariables>;
export const ReplicasEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReplicasEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<ReplicasEventsSubscription, ReplicasEventsSubscriptionVariables>;
export const SpecPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecPipelinesQuery, SpecPipelinesQueryVariables>;
export const SpecCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<SpecCalendarsQuery, SpecCalendarsQueryVariables>;
export const SpecOpportunityContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecOpportunityContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpecOpportunityContactsQuery, SpecOpportunityContactsQueryVariables>;
export const SpecCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateContactMutation, SpecCreateContactMutationVariables>;
export const SpecCreateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Met at the fair","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateNoteMutation, SpecCreateNoteMutationVariables>;
export const SpecCreateOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateOpportunityMutation, SpecCreateOpportunityMutationVariables>;
export const SpecMoveOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecMoveOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecMoveOpportunityMutation, SpecMoveOpportunityMutationVariables>;
export const ResilienceReadContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceReadContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<ResilienceReadContactQuery, ResilienceReadContactQueryVariables>;
export const ResilienceCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResilienceCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceCreateContactMutation, ResilienceCreateContactMutationVariables>;
export const ResilienceUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResilienceUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"Retryville","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceUpdateContactMutation, ResilienceUpdateContactMutationVariables>;
export const ResilienceContacts24Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceContacts24"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceContacts24Query, ResilienceContacts24QueryVariables>;
export const ResilienceContacts8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceContacts8"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceContacts8Query, ResilienceContacts8QueryVariables>;
export const ResilienceBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRemaining"}}]}}]}}]} as unknown as DocumentNode<ResilienceBudgetQuery, ResilienceBudgetQueryVariables>;
export const ResilienceLocationNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceLocationName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResilienceLocationNameQuery, ResilienceLocationNameQueryVariables>;
export const SandboxWebhooksEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SandboxWebhooksEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<SandboxWebhooksEventsSubscription, SandboxWebhooksEventsSubscriptionVariables>;
export const SandboxWebhooksCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SandboxWebhooksCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<SandboxWebhooksCreateContactMutation, SandboxWebhooksCreateContactMutationVariables>;
export const IsolationContactEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IsolationContactEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<IsolationContactEventsSubscription, IsolationContactEventsSubscriptionVariables>;
export const IsolationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IsolationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]} as unknown as DocumentNode<IsolationEventsSubscription, IsolationEventsSubscriptionVariables>;
export const IsolationCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsolationCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<IsolationCreateContactMutation, IsolationCreateContactMutationVariables>;
export const OtherTenantContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OtherTenantContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OtherTenantContactQuery, OtherTenantContactQueryVariables>;
export const DeepWebhookEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeepWebhookEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<DeepWebhookEventsSubscription, DeepWebhookEventsSubscriptionVariables>;
export const DeepAnswerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepAnswerContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepAnswerContactQuery, DeepAnswerContactQueryVariables>;
export const LenientConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LenientConversationsQuery, LenientConversationsQueryVariables>;
export const LenientMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LenientMessagesQuery, LenientMessagesQueryVariables>;
export const LenientContactFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientContactFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"utmSource"}},{"kind":"Field","name":{"kind":"Name","value":"utmMedium"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"mediumId"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dndSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rcs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LenientContactFieldsQuery, LenientContactFieldsQueryVariables>;
export const LenientNoAttributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientNoAttributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<LenientNoAttributionsQuery, LenientNoAttributionsQueryVariables>;
export const LenientFunnelsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientFunnelsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LenientFunnelsPageQuery, LenientFunnelsPageQueryVariables>;
export const LenientFunnelsCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientFunnelsCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientFunnelsCountQuery, LenientFunnelsCountQueryVariables>;
export const LenientTimezonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientTimezones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timezones"}}]}}]} as unknown as DocumentNode<LenientTimezonesQuery, LenientTimezonesQueryVariables>;
export const LenientContactsCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientContactsCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientContactsCountQuery, LenientContactsCountQueryVariables>;
export const LenientConversationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientConversationsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LenientConversationsPageQuery, LenientConversationsPageQueryVariables>;
export const LenientFunnelsTwoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientFunnelsTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientFunnelsTwoQuery, LenientFunnelsTwoQueryVariables>;
export const LenientPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LenientPipelinesQuery, LenientPipelinesQueryVariables>;
export const LenientBadContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientBadContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientBadContactsQuery, LenientBadContactsQueryVariables>;
export const LenientBadOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientBadOpportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientBadOpportunitiesQuery, LenientBadOpportunitiesQueryVariables>;
export const LenientBadInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientBadInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientBadInvoicesQuery, LenientBadInvoicesQueryVariables>;
export const LenientBadProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenientBadProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LenientBadProductsQuery, LenientBadProductsQueryVariables>;
export const SecurityWsEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecurityWsEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}}]}}]}}]} as unknown as DocumentNode<SecurityWsEventsSubscription, SecurityWsEventsSubscriptionVariables>;
export const SecurityWsCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityWsCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityWsCreateContactMutation, SecurityWsCreateContactMutationVariables>;
export const SubFieldsOpportunityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsOpportunityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityEventType"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineStageId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsOpportunityEventsSubscription, SubFieldsOpportunityEventsSubscriptionVariables>;
export const SubFieldsOpportunityCarriedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsOpportunityCarried"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsOpportunityCarriedSubscription, SubFieldsOpportunityCarriedSubscriptionVariables>;
export const SubFieldsOpportunityLoadedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsOpportunityLoaded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStageChangeAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsOpportunityLoadedSubscription, SubFieldsOpportunityLoadedSubscriptionVariables>;
export const SubFieldsOpportunitySharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsOpportunityShared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsOpportunitySharedSubscription, SubFieldsOpportunitySharedSubscriptionVariables>;
export const SubFieldsContactEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsContactEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TAG_UPDATE"},{"kind":"EnumValue","value":"DELETE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"contactEventType"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dnd"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsContactEventsSubscription, SubFieldsContactEventsSubscriptionVariables>;
export const SubFieldsContactGhostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsContactGhost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsContactGhostSubscription, SubFieldsContactGhostSubscriptionVariables>;
export const SubFieldsTaskEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsTaskEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"taskEventType"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsTaskEventsSubscription, SubFieldsTaskEventsSubscriptionVariables>;
export const SubFieldsNoteEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsNoteEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"noteEventType"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsNoteEventsSubscription, SubFieldsNoteEventsSubscriptionVariables>;
export const SubFieldsAppointmentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsAppointmentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATE"},{"kind":"EnumValue","value":"DELETE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentEventType"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsAppointmentEventsSubscription, SubFieldsAppointmentEventsSubscriptionVariables>;
export const SubFieldsMessageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsMessageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"messageEventType"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsMessageEventsSubscription, SubFieldsMessageEventsSubscriptionVariables>;
export const SubFieldsMessageEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsMessageEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OUTBOUND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"emailMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"emailFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emailTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCc"}},{"kind":"Field","name":{"kind":"Name","value":"emailBcc"}},{"kind":"Field","name":{"kind":"Name","value":"emailProvider"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsMessageEmailSubscription, SubFieldsMessageEmailSubscriptionVariables>;
export const SubFieldsMessageProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsMessageProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVIDER_OUTBOUND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"messageEventType"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsMessageProviderSubscription, SubFieldsMessageProviderSubscriptionVariables>;
export const SubFieldsInvoiceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsInvoiceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PAID"},{"kind":"EnumValue","value":"DELETE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceEventType"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsInvoiceEventsSubscription, SubFieldsInvoiceEventsSubscriptionVariables>;
export const SubFieldsGhlEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsGhlEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"OpportunityStageUpdate","block":false},{"kind":"StringValue","value":"ContactTagUpdate","block":false},{"kind":"StringValue","value":"ConversationUnreadUpdate","block":false},{"kind":"StringValue","value":"OrderCreate","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityEventType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEventType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationEventType"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderEventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsGhlEventsSubscription, SubFieldsGhlEventsSubscriptionVariables>;
export const SubFieldsNoteEventsSseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubFieldsNoteEventsSse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"noteEventType"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubFieldsNoteEventsSseSubscription, SubFieldsNoteEventsSseSubscriptionVariables>;
export const LocationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LocationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"families"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GhlEventFamily"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"families"},"value":{"kind":"Variable","name":{"kind":"Name","value":"families"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<LocationEventsSubscription, LocationEventsSubscriptionVariables>;
export const ResumedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"families"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GhlEventFamily"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"families"},"value":{"kind":"Variable","name":{"kind":"Name","value":"families"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}}]}}]} as unknown as DocumentNode<ResumedEventsSubscription, ResumedEventsSubscriptionVariables>;
export const ResumedContactEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumedContactEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}}]}}]}}]} as unknown as DocumentNode<ResumedContactEventsSubscription, ResumedContactEventsSubscriptionVariables>;
export const UsersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<UsersCreateMutation, UsersCreateMutationVariables>;
export const UsersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const UsersAdminsOfLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersAdminsOfLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ADMIN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locationIds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersAdminsOfLocationQuery, UsersAdminsOfLocationQueryVariables>;
export const UsersPromoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPromote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"StringValue","value":"Jane","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastName"},"value":{"kind":"StringValue","value":"Doe","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ADMIN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersPromoteMutation, UsersPromoteMutationVariables>;
export const UsersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<UsersDeleteMutation, UsersDeleteMutationVariables>;
export const UsersByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UsersByIdQuery, UsersByIdQueryVariables>;
export const WebhookEventsObservedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebhookEventsObserved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<WebhookEventsObservedSubscription, WebhookEventsObservedSubscriptionVariables>;
export const WindowWideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowWide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowWideQuery, WindowWideQueryVariables>;
export const WindowNarrowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowNarrow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowNarrowQuery, WindowNarrowQueryVariables>;
export const WindowTenCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowTenCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"9"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowTenCallsQuery, WindowTenCallsQueryVariables>;
export const WindowOverCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowOverCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowOverCapacityQuery, WindowOverCapacityQueryVariables>;
export const WindowLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WindowLocationQuery, WindowLocationQueryVariables>;
export const WindowListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowListQuery, WindowListQueryVariables>;
export const WindowTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<WindowTasksQuery, WindowTasksQueryVariables>;
export const WorkersEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkersEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}}]}}]}}]} as unknown as DocumentNode<WorkersEventsSubscription, WorkersEventsSubscriptionVariables>;
export const WorkflowsCampaignsWorkflowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsWorkflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsWorkflowsQuery, WorkflowsCampaignsWorkflowsQueryVariables>;
export const WorkflowsCampaignsCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsCampaignsQuery, WorkflowsCampaignsCampaignsQueryVariables>;
export const WorkflowsCampaignsIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsIdsQuery, WorkflowsCampaignsIdsQueryVariables>;
export const WorkflowsCampaignsNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workflow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsNodesQuery, WorkflowsCampaignsNodesQueryVariables>;
export const WorkflowsCampaignsMissingNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsMissingNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsMissingNodeQuery, WorkflowsCampaignsMissingNodeQueryVariables>;
export const WorkflowsCampaignsOtherWorkflowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsOtherWorkflows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsOtherWorkflowsQuery, WorkflowsCampaignsOtherWorkflowsQueryVariables>;
export const WorkflowsCampaignsDefaultCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsDefaultCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsDefaultCampaignsQuery, WorkflowsCampaignsDefaultCampaignsQueryVariables>;
export const WorkflowsCampaignsOwnCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsOwnCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsOwnCampaignsQuery, WorkflowsCampaignsOwnCampaignsQueryVariables>;
export const WorkflowsCampaignsAddToWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsAddToWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventStartTime"},"value":{"kind":"StringValue","value":"2030-05-01T09:00:00Z","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsAddToWorkflowMutation, WorkflowsCampaignsAddToWorkflowMutationVariables>;
export const WorkflowsCampaignsGlobalIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsGlobalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsGlobalIdsQuery, WorkflowsCampaignsGlobalIdsQueryVariables>;
export const WorkflowsCampaignsRemoveFromWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsRemoveFromWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsRemoveFromWorkflowMutation, WorkflowsCampaignsRemoveFromWorkflowMutationVariables>;
export const WorkflowsCampaignsAddToCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsAddToCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsAddToCampaignMutation, WorkflowsCampaignsAddToCampaignMutationVariables>;
export const WorkflowsCampaignsRemoveFromCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsRemoveFromCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsRemoveFromCampaignMutation, WorkflowsCampaignsRemoveFromCampaignMutationVariables>;
export const WorkflowsCampaignsAddBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsAddBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsAddBackMutation, WorkflowsCampaignsAddBackMutationVariables>;
export const WorkflowsCampaignsRemoveFromAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsRemoveFromAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromAllCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsRemoveFromAllMutation, WorkflowsCampaignsRemoveFromAllMutationVariables>;
export const WorkflowsCampaignsRemoveAllAsIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsRemoveAllAsId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"StringValue","value":"removeAll","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsRemoveAllAsIdMutation, WorkflowsCampaignsRemoveAllAsIdMutationVariables>;
export const WorkflowsCampaignsBlankCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsBlankCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"StringValue","value":" ","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsBlankCampaignMutation, WorkflowsCampaignsBlankCampaignMutationVariables>;
export const WorkflowsCampaignsEmptyContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsEmptyContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"StringValue","value":"","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsEmptyContactMutation, WorkflowsCampaignsEmptyContactMutationVariables>;
export const WorkflowsCampaignsCampaignAsWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsCampaignAsWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsCampaignAsWorkflowMutation, WorkflowsCampaignsCampaignAsWorkflowMutationVariables>;
export const WorkflowsCampaignsRemoveAllOfNoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsRemoveAllOfNone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFromAllCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsRemoveAllOfNoneMutation, WorkflowsCampaignsRemoveAllOfNoneMutationVariables>;
export const WorkflowsCampaignsUnknownContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsUnknownContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"StringValue","value":"zzzzzzzzzzzzzzzzzzzz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsUnknownContactMutation, WorkflowsCampaignsUnknownContactMutationVariables>;
export const WorkflowsCampaignsUnknownWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsUnknownWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"StringValue","value":"00000000-0000-4000-8000-000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsUnknownWorkflowMutation, WorkflowsCampaignsUnknownWorkflowMutationVariables>;
export const WorkflowsCampaignsOtherTenantAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowsCampaignsOtherTenantAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactToWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"workflowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsOtherTenantAddMutation, WorkflowsCampaignsOtherTenantAddMutationVariables>;
export const WorkflowsCampaignsLocationUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsLocationUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsLocationUsersQuery, WorkflowsCampaignsLocationUsersQueryVariables>;
export const WorkflowsCampaignsTeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowsCampaignsTeamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowsCampaignsTeamMembersQuery, WorkflowsCampaignsTeamMembersQueryVariables>;