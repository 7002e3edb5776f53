/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Tags to add to or remove from many contacts at once. */
export type BulkContactTagsInput = {
  /** Add or remove. */
  action: ContactTagsAction;
  /** The contacts (Contact ids or GHL contact ids). */
  contactIds: Array<string | number>;
  /** Location; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** With REMOVE: remove every tag of each contact, whatever `tags` names. */
  removeAllTags?: boolean | null | undefined;
  /** The tags; may be empty with removeAllTags. */
  tags: Array<string>;
};

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

/** How a call ended, or where it stands. */
export type CallStatus =
  /** Picked up. */
  | 'ANSWERED'
  /** The line was busy. */
  | 'BUSY'
  /** Hung up before it connected. */
  | 'CANCELED'
  /** Connected and ended. */
  | 'COMPLETED'
  /** Could not be placed. */
  | 'FAILED'
  /** Nobody picked up. */
  | 'NO_ANSWER'
  /** Not yet connected. */
  | 'PENDING'
  /** Went to voicemail. */
  | 'VOICEMAIL';

/** What a bulk tag change does to each contact. */
export type ContactTagsAction =
  /** Adds the tags. */
  | 'ADD'
  /** Removes the tags. */
  | 'REMOVE';

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

/** A value for one custom field. */
export type CustomFieldValueInput = {
  /** Id of the custom field definition. */
  fieldId: string;
  /** The value: text, number, list of options, ... */
  value?: unknown;
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

/** The channels a location’s messages can be listed by. */
export type MessageChannel =
  /** Call messages. */
  | 'CALL'
  /** Email messages. */
  | 'EMAIL'
  /** Facebook messages. */
  | 'FACEBOOK'
  /** Instagram messages. */
  | 'INSTAGRAM'
  /** SMS messages. */
  | 'SMS'
  /** WhatsApp messages. */
  | 'WHATSAPP';

/** What became of a message, as the provider that carried it reports it. */
export type MessageDeliveryStatus =
  /** Delivered. */
  | 'DELIVERED'
  /** Not delivered. */
  | 'FAILED'
  /** On its way. */
  | 'PENDING'
  /** Read by the contact. */
  | 'READ';

/** Who sent a message. */
export type MessageDirection =
  /** The contact wrote to the location. */
  | 'INBOUND'
  /** The location wrote to the contact. */
  | 'OUTBOUND';

/** The order of a location’s messages. */
export type MessageOrder = {
  /** Which way. */
  direction: OrderDirection;
  /** What to sort by. */
  field: MessageOrderField;
};

/** What a location’s messages are sorted by. */
export type MessageOrderField =
  /** When the message was sent or received. */
  | 'CREATED_AT'
  /** When the message last changed (its status, say). */
  | 'UPDATED_AT';

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

/** Ascending or descending. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

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

/** A call the location placed through its custom conversation provider. */
export type OutboundCallInput = {
  /** URLs of files, such as its recording. */
  attachments?: Array<string> | null | undefined;
  /** The conversation (Conversation id or GHL id). */
  conversationId: string | number;
  /** The custom conversation provider that placed it. */
  conversationProviderId: string | number;
  /** When it was placed; now when left out. */
  date?: string | null | undefined;
  /** The number it was placed from. */
  from?: string | null | undefined;
  /** How it ended. */
  status?: CallStatus | null | undefined;
  /** The number called. */
  to?: string | null | undefined;
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

/** Contacts to put in a business, or to take out of theirs. */
export type SetContactsBusinessInput = {
  /** GHL id of the business; null takes the contacts out of theirs. */
  businessId?: string | null | undefined;
  /** The contacts (Contact ids or GHL contact ids). */
  contactIds: Array<string | number>;
  /** Location; defaults to the configured location. */
  locationId?: string | number | null | undefined;
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

/** A contact to create, or to update where the location’s duplicate rules match one by email or phone. */
export type UpsertContactInput = {
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
  /** Create a new contact even when one matches, where the location allows duplicate contacts; false by default. */
  createNewIfDuplicateAllowed?: boolean | null | undefined;
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

/** A deal to update, found by its contact and pipeline, or to create; fields left out stay as they are. */
export type UpsertOpportunityInput = {
  /** User working the deal (User id or GHL user id). */
  assignedTo?: string | number | null | undefined;
  /** The contact (Contact id or GHL contact id). */
  contactId: string | number;
  /** Location; defaults to the configured location. */
  locationId?: string | number | null | undefined;
  /** Why it was lost, with LOST only (LostReason id or GHL id). */
  lostReasonId?: string | number | null | undefined;
  /** Value of the deal. */
  monetaryValue?: number | null | undefined;
  /** Name of the deal; required when none exists yet. */
  name?: string | null | undefined;
  /** The pipeline (Pipeline id or GHL id). */
  pipelineId: string | number;
  /** The stage (PipelineStage id or GHL id); a new deal starts in the first when left out. */
  stageId?: string | number | null | undefined;
  /** Where the deal stands; a new deal is OPEN by default. */
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

export type ContactsAddFollowersMutationVariables = Exact<{
  id: string | number;
  followers: Array<string | number> | string | number;
}>;


export type ContactsAddFollowersMutation = { addContactFollowers: { followers: Array<string>, contact: { ghlId: string, followers: Array<string> } | null } };

export type ContactsRemoveFollowersMutationVariables = Exact<{
  id: string | number;
  followers: Array<string | number> | string | number;
}>;


export type ContactsRemoveFollowersMutation = { removeContactFollowers: { followers: Array<string> } };

export type ContactsFollowerUsersQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
}>;


export type ContactsFollowerUsersQuery = { a: { followers: Array<string>, followerUsers: Array<{ ghlId: string, name: string | null }> } | null, b: { followers: Array<string>, followerUsers: Array<{ ghlId: string, name: string | null }> } | null, c: { followers: Array<string>, followerUsers: Array<{ ghlId: string, name: string | null }> } | null };

export type ContactsUpsertMutationVariables = Exact<{
  input: UpsertContactInput;
}>;


export type ContactsUpsertMutation = { upsertContact: { created: boolean, contact: { ghlId: string, firstName: string | null, city: string | null, email: string | null } } };

export type ContactsDuplicateQueryVariables = Exact<{
  email?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type ContactsDuplicateQuery = { duplicateContact: { ghlId: string, email: string | null, phone: string | null } | null };

export type ContactsUpsertedCityQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsUpsertedCityQuery = { contact: { city: string | null, firstName: string | null } | null };

export type ContactsBulkTagsMutationVariables = Exact<{
  input: BulkContactTagsInput;
}>;


export type ContactsBulkTagsMutation = { bulkUpdateContactTags: { errorCount: number, results: Array<{ contactId: string, succeeded: boolean, message: string | null, tagsAdded: Array<string>, tagsRemoved: Array<string> }> } };

export type ContactsSetBusinessMutationVariables = Exact<{
  input: SetContactsBusinessInput;
}>;


export type ContactsSetBusinessMutation = { setContactsBusiness: { contactIds: Array<string>, contacts: Array<{ ghlId: string, businessId: string | null }> } };

export type ContactsOfBusinessQueryVariables = Exact<{
  businessId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactsOfBusinessQuery = { businessContacts: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, businessId: string | null } }> } | null };

export type ConversationsCreateMutationVariables = Exact<{
  contactId: string | number;
}>;


export type ConversationsCreateMutation = { createConversation: { conversation: { ghlId: string, contact: { ghlId: string } | null } } };

export type ConversationsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsDeleteMutation = { deleteConversation: { deletedId: string, deletedGhlId: string } };

export type ConversationsSendLaterMutationVariables = Exact<{
  contactId: string | number;
  at?: string | null | undefined;
}>;


export type ConversationsSendLaterMutation = { sendMessage: { messageGhlId: string, message: { status: string | null } | null } };

export type ConversationsCancelScheduledMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsCancelScheduledMutation = { cancelScheduledMessage: { cancelledId: string, cancelledGhlId: string } };

export type ConversationsMessageStatusMutationVariables = Exact<{
  id: string | number;
  status: MessageDeliveryStatus;
}>;


export type ConversationsMessageStatusMutation = { updateMessageStatus: { messageGhlId: string, message: { status: string | null } | null } };

export type ConversationsOutboundCallMutationVariables = Exact<{
  input: OutboundCallInput;
}>;


export type ConversationsOutboundCallMutation = { addOutboundCall: { messageGhlId: string, message: { type: MessageType | null, direction: MessageDirection | null, meta: unknown } | null, conversation: { ghlId: string } | null } };

export type ConversationsSendEmailMutationVariables = Exact<{
  contactId: string | number;
  at?: string | null | undefined;
}>;


export type ConversationsSendEmailMutation = { sendMessage: { messageGhlId: string, message: { email: { ghlId: string, subject: string | null, to: Array<string>, cc: Array<string>, status: string | null, message: { ghlId: string } | null } | null } | null } };

export type ConversationsCancelScheduledEmailMutationVariables = Exact<{
  id: string | number;
}>;


export type ConversationsCancelScheduledEmailMutation = { cancelScheduledEmail: { cancelledId: string, cancelledGhlId: string } };

export type ConversationsThreadEmailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationsThreadEmailsQuery = { conversation: { messages: { edges: Array<{ node: { ghlId: string, type: MessageType | null, meta: unknown, email: { ghlId: string, from: string | null, to: Array<string>, status: string | null } | null } }> } | null } | null };

export type ConversationsThreadTranscriptsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationsThreadTranscriptsQuery = { conversation: { messages: { edges: Array<{ node: { ghlId: string, type: MessageType | null, meta: unknown, transcript: Array<{ index: number | null, channel: number | null, startSecond: number | null, endSecond: number | null, text: string | null, confidence: number | null }> | null } }> } | null } | null };

export type ConversationsLocationMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  contactId?: string | number | null | undefined;
  channel?: MessageChannel | null | undefined;
  orderBy?: MessageOrder | null | undefined;
}>;


export type ConversationsLocationMessagesQuery = { messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ghlId: string, type: MessageType | null, createdAt: string | null } }> } | null };

export type ConversationsLiveChatTypingMutationVariables = Exact<{
  conversationId: string | number;
  visitorId: string;
  isTyping: boolean;
}>;


export type ConversationsLiveChatTypingMutation = { setLiveChatTyping: { isTyping: boolean, conversation: { ghlId: string } | null } };

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

export type SetupPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupPipelinesQuery = { pipelines: Array<{ id: string, name: string | null }> };

export type SetupOpportunityContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupOpportunityContactsQuery = { opportunities: { edges: Array<{ node: { contact: { id: string } | null } }> } | null };

export type SetupCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupCalendarsQuery = { calendars: Array<{ id: string, isActive: boolean | null }> };

export type SetupConversationContactQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupConversationContactQuery = { conversations: { edges: Array<{ node: { contactId: string } }> } | null };

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
    | { __typename: 'EmailMessage' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel' }
    | { __typename: 'Invoice' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'LostReason' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
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

export type CsrfTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type CsrfTypenameQuery = { __typename: 'Query' };

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
    | { __typename: 'EmailMessage' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel', name: string | null, pages: { edges: Array<{ node: { ghlId: string, name: string | null, stepId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { __typename: 'Invoice' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'LostReason' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
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
    | { __typename: 'EmailMessage' }
    | { __typename: 'Form' }
    | { __typename: 'Funnel', pages: { edges: Array<{ node: { ghlId: string } }> } | null }
    | { __typename: 'Invoice' }
    | { __typename: 'Location' }
    | { __typename: 'LocationTag' }
    | { __typename: 'LostReason' }
    | { __typename: 'Message' }
    | { __typename: 'Note' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
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
   | null };

export type CreateSocialPostToUnconnectedMutationVariables = Exact<{
  input: CreateSocialPostInput;
}>;


export type CreateSocialPostToUnconnectedMutation = { createSocialPost: { post: { ghlId: string } } };

export type LocationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type LocationQuery = { location: { ghlId: string, name: string | null } | null };

export type OpportunitiesAddFollowersMutationVariables = Exact<{
  id: string | number;
  followers: Array<string | number> | string | number;
}>;


export type OpportunitiesAddFollowersMutation = { addOpportunityFollowers: { followers: Array<string>, opportunity: { ghlId: string, followers: Array<string>, followerUsers: Array<{ ghlId: string }> } | null } };

export type OpportunitiesRemoveFollowersMutationVariables = Exact<{
  id: string | number;
  followers: Array<string | number> | string | number;
}>;


export type OpportunitiesRemoveFollowersMutation = { removeOpportunityFollowers: { followers: Array<string> } };

export type OpportunitiesBoardFollowersReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesBoardFollowersReasonsQuery = { opportunities: { edges: Array<{ node: { ghlId: string, followers: Array<string>, lostReasonId: string | null, followerUsers: Array<{ ghlId: string, name: string | null }>, lostReason: { ghlId: string, name: string | null } | null } }> } | null };

export type OpportunitiesLostReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesLostReasonsQuery = { lostReasons: Array<{ id: string, ghlId: string, name: string | null, locationId: string, createdAt: string | null }> };

export type OpportunitiesMarkLostMutationVariables = Exact<{
  id: string | number;
  status: OpportunityStatus;
  reason?: string | number | null | undefined;
}>;


export type OpportunitiesMarkLostMutation = { updateOpportunityStatus: { opportunity: { status: OpportunityStatus | null, lostReason: { ghlId: string, name: string | null } | null } } };

export type OpportunitiesUpsertMutationVariables = Exact<{
  input: UpsertOpportunityInput;
}>;


export type OpportunitiesUpsertMutation = { upsertOpportunity: { created: boolean, opportunity: { ghlId: string, name: string | null, monetaryValue: number | null, contactId: string | null, pipelineId: string, stageId: string | null, status: OpportunityStatus | null } } };

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


export const ContactsWithUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsWithUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsWithUsersQuery, ContactsWithUsersQueryVariables>;
export const ContactTaskAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTaskAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactTaskAssigneesQuery, ContactTaskAssigneesQueryVariables>;
export const ContactTaskUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTaskUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactTaskUsersQuery, ContactTaskUsersQueryVariables>;
export const ContactsBackFromTasksAndNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsBackFromTasksAndNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsBackFromTasksAndNotesQuery, ContactsBackFromTasksAndNotesQueryVariables>;
export const FirstContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstContactQuery, FirstContactQueryVariables>;
export const SameContactEightTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameContactEightTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c0"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c1"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c2"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c3"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c4"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c5"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c6"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c7"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SameContactEightTimesQuery, SameContactEightTimesQueryVariables>;
export const LocationNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocationNameQuery, LocationNameQueryVariables>;
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
export const ContactsAddFollowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsAddFollowers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactFollowers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsAddFollowersMutation, ContactsAddFollowersMutationVariables>;
export const ContactsRemoveFollowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsRemoveFollowers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactFollowers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}}]}}]} as unknown as DocumentNode<ContactsRemoveFollowersMutation, ContactsRemoveFollowersMutationVariables>;
export const ContactsFollowerUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsFollowerUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsFollowerUsersQuery, ContactsFollowerUsersQueryVariables>;
export const ContactsUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsUpsertMutation, ContactsUpsertMutationVariables>;
export const ContactsDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactsDuplicateQuery, ContactsDuplicateQueryVariables>;
export const ContactsUpsertedCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsUpsertedCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]} as unknown as DocumentNode<ContactsUpsertedCityQuery, ContactsUpsertedCityQueryVariables>;
export const ContactsBulkTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsBulkTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkContactTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUpdateContactTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"tagsRemoved"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsBulkTagsMutation, ContactsBulkTagsMutationVariables>;
export const ContactsSetBusinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsSetBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetContactsBusinessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactsBusiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsSetBusinessMutation, ContactsSetBusinessMutationVariables>;
export const ContactsOfBusinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsOfBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsOfBusinessQuery, ContactsOfBusinessQueryVariables>;
export const ConversationsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsCreateMutation, ConversationsCreateMutationVariables>;
export const ConversationsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<ConversationsDeleteMutation, ConversationsDeleteMutationVariables>;
export const ConversationsSendLaterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSendLater"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"Reminder: see you tomorrow","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsSendLaterMutation, ConversationsSendLaterMutationVariables>;
export const ConversationsCancelScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsCancelScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScheduledMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledGhlId"}}]}}]}}]} as unknown as DocumentNode<ConversationsCancelScheduledMutation, ConversationsCancelScheduledMutationVariables>;
export const ConversationsMessageStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsMessageStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDeliveryStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsMessageStatusMutation, ConversationsMessageStatusMutationVariables>;
export const ConversationsOutboundCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsOutboundCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboundCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOutboundCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"meta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsOutboundCallMutation, ConversationsOutboundCallMutationVariables>;
export const ConversationsSendEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsSendEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"StringValue","value":"Your quote","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"html"},"value":{"kind":"StringValue","value":"<p>Attached</p>","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailCc"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"cc@example.com","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsSendEmailMutation, ConversationsSendEmailMutationVariables>;
export const ConversationsCancelScheduledEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsCancelScheduledEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScheduledEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledGhlId"}}]}}]}}]} as unknown as DocumentNode<ConversationsCancelScheduledEmailMutation, ConversationsCancelScheduledEmailMutationVariables>;
export const ConversationsThreadEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsThreadEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"meta"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsThreadEmailsQuery, ConversationsThreadEmailsQueryVariables>;
export const ConversationsThreadTranscriptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsThreadTranscripts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"meta"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"startSecond"}},{"kind":"Field","name":{"kind":"Name","value":"endSecond"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsThreadTranscriptsQuery, ConversationsThreadTranscriptsQueryVariables>;
export const ConversationsLocationMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationsLocationMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChannel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsLocationMessagesQuery, ConversationsLocationMessagesQueryVariables>;
export const ConversationsLiveChatTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationsLiveChatTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isTyping"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLiveChatTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isTyping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isTyping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isTyping"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsLiveChatTypingMutation, ConversationsLiveChatTypingMutationVariables>;
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
export const SetupPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetupPipelinesQuery, SetupPipelinesQueryVariables>;
export const SetupOpportunityContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupOpportunityContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetupOpportunityContactsQuery, SetupOpportunityContactsQueryVariables>;
export const SetupCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<SetupCalendarsQuery, SetupCalendarsQueryVariables>;
export const SetupConversationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupConversationContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetupConversationContactQuery, SetupConversationContactQueryVariables>;
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
export const SurveySubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveySubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveySubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveySubmissionsQuery, SurveySubmissionsQueryVariables>;
export const SurveyNodeSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyNodeSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyNodeSubmissionsQuery, SurveyNodeSubmissionsQueryVariables>;
export const UploadContactFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadContactFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadContactFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customFieldId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldId"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadContactFilesMutation, UploadContactFilesMutationVariables>;
export const CsrfTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsrfTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CsrfTypenameQuery, CsrfTypenameQueryVariables>;
export const TwoContactsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoContactsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<TwoContactsLiveQuery, TwoContactsLiveQueryVariables>;
export const TwoContactsOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoContactsOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<TwoContactsOnceQuery, TwoContactsOnceQueryVariables>;
export const LiveContactMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveContactMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<LiveContactMoveMutation, LiveContactMoveMutationVariables>;
export const FirstContactsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstContactsLive"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstContactsLiveQuery, FirstContactsLiveQueryVariables>;
export const LiveCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCreateContactMutation, LiveCreateContactMutationVariables>;
export const MediaFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MediaFilesQuery, MediaFilesQueryVariables>;
export const MediaFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FOLDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFoldersQuery, MediaFoldersQueryVariables>;
export const MediaFolderContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFolderContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFolderContentsQuery, MediaFolderContentsQueryVariables>;
export const UploadPriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadPriceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Price list 2026.pdf","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]} as unknown as DocumentNode<UploadPriceListMutation, UploadPriceListMutationVariables>;
export const MediaFileIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaFileIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediaFileIdsQuery, MediaFileIdsQueryVariables>;
export const DeleteMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMediaFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<DeleteMediaFileMutation, DeleteMediaFileMutationVariables>;
export const UploadToUnreachableLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadToUnreachableLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"StringValue","value":"nosuchlocation000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UploadToUnreachableLocationMutation, UploadToUnreachableLocationMutationVariables>;
export const UploadMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMediaFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UploadMediaFileMutation, UploadMediaFileMutationVariables>;
export const DeleteUnknownMediaFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnknownMediaFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMediaFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nosuchfile0000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGhlId"}}]}}]}}]} as unknown as DocumentNode<DeleteUnknownMediaFileMutation, DeleteUnknownMediaFileMutationVariables>;
export const LocationFunnelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationFunnels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"pageIds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocationFunnelsQuery, LocationFunnelsQueryVariables>;
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
export const LocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Location"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocationQuery, LocationQueryVariables>;
export const OpportunitiesAddFollowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesAddFollowers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOpportunityFollowers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesAddFollowersMutation, OpportunitiesAddFollowersMutationVariables>;
export const OpportunitiesRemoveFollowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesRemoveFollowers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOpportunityFollowers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesRemoveFollowersMutation, OpportunitiesRemoveFollowersMutationVariables>;
export const OpportunitiesBoardFollowersReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesBoardFollowersReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"followerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReasonId"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesBoardFollowersReasonsQuery, OpportunitiesBoardFollowersReasonsQueryVariables>;
export const OpportunitiesLostReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesLostReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lostReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesLostReasonsQuery, OpportunitiesLostReasonsQueryVariables>;
export const OpportunitiesMarkLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesMarkLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"lostReasonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesMarkLostMutation, OpportunitiesMarkLostMutationVariables>;
export const OpportunitiesUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitiesUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesUpsertMutation, OpportunitiesUpsertMutationVariables>;
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
export const TransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionsQuery, TransactionsQueryVariables>;
export const TransactionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionByIdQuery, TransactionByIdQueryVariables>;
export const TransactionTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionTwiceQuery, TransactionTwiceQueryVariables>;
export const UnknownTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}}]}}]}}]} as unknown as DocumentNode<UnknownTransactionQuery, UnknownTransactionQueryVariables>;
export const PaymentSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ghlId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"providerSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentSubscriptionsQuery, PaymentSubscriptionsQueryVariables>;
export const SubscriptionChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionChargesQuery, SubscriptionChargesQueryVariables>;
export const SpecPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecPipelinesQuery, SpecPipelinesQueryVariables>;
export const SpecCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<SpecCalendarsQuery, SpecCalendarsQueryVariables>;
export const SpecOpportunityContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecOpportunityContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpecOpportunityContactsQuery, SpecOpportunityContactsQueryVariables>;
export const SpecCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateContactMutation, SpecCreateContactMutationVariables>;
export const SpecCreateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Met at the fair","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateNoteMutation, SpecCreateNoteMutationVariables>;
export const SpecCreateOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecCreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecCreateOpportunityMutation, SpecCreateOpportunityMutationVariables>;
export const SpecMoveOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpecMoveOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpecMoveOpportunityMutation, SpecMoveOpportunityMutationVariables>;
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