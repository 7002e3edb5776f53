/**
 * What GHL's webhook docs say each family's payload holds. Nothing here is checked at run time:
 * GHL sends sparse records and adds fields freely, so every field is optional and unknown ones pass
 * through untouched in `payload`.
 */

/** What every delivery carries besides its record. */
export interface Envelope {
  /** The event name (`ContactCreate`, ...); `INSTALL`, `UNINSTALL`, `PLAN_CHANGE` for apps. */
  type: string;
  locationId?: string;
  webhookId?: string;
  /** ISO 8601. */
  timestamp?: string;
}

interface CustomFieldValue {
  id?: string;
  value?: string | number | unknown[] | Record<string, unknown>;
}

interface DndChannelSetting {
  status?: string;
  message?: string;
  code?: string;
}

export interface ContactPayload extends Envelope {
  id?: string;
  address1?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  companyName?: string;
  source?: string;
  dateAdded?: string;
  dateOfBirth?: string;
  dnd?: boolean;
  /** ContactDndUpdate only. */
  dndSettings?: Partial<Record<'SMS' | 'Email' | 'GMB' | 'FB' | 'WhatsApp' | 'Call' | 'RCS', DndChannelSetting>>;
  email?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  tags?: string[];
  website?: string;
  attachments?: unknown[];
  assignedTo?: string;
  customFields?: CustomFieldValue[];
}

export interface OpportunityPayload extends Envelope {
  id?: string;
  assignedTo?: string;
  contactId?: string;
  monetaryValue?: number;
  name?: string;
  pipelineId?: string;
  pipelineStageId?: string;
  source?: string;
  status?: string;
  dateAdded?: string;
}

export interface AppointmentPayload extends Envelope {
  appointment?: {
    id?: string;
    address?: string;
    title?: string;
    calendarId?: string;
    contactId?: string;
    groupId?: string;
    appointmentStatus?: string;
    assignedUserId?: string;
    users?: string[];
    notes?: string;
    source?: string;
    startTime?: string;
    endTime?: string;
    dateAdded?: string;
    dateUpdated?: string;
  };
}

export interface TaskPayload extends Envelope {
  id?: string;
  assignedTo?: string;
  body?: string;
  contactId?: string;
  title?: string;
  dateAdded?: string;
  dueDate?: string;
}

export interface NotePayload extends Envelope {
  id?: string;
  body?: string;
  contactId?: string;
  dateAdded?: string;
}

/** InboundMessage, OutboundMessage, and ProviderOutboundMessage (whose `type` is the channel). */
export interface MessagePayload extends Envelope {
  messageId?: string;
  conversationId?: string;
  contactId?: string;
  userId?: string;
  attachments?: string[];
  body?: string;
  contentType?: string;
  dateAdded?: string;
  direction?: string;
  messageType?: string;
  status?: string;
  source?: string;
  conversationProviderId?: string;
  callDuration?: number;
  callStatus?: string;
  /** An email's own id (GHL's email messages API); an Email OutboundMessage may carry it and no messageId. */
  emailMessageId?: string;
  threadId?: string;
  provider?: string;
  from?: string;
  /** The docs' schema says a string, their example a list: either is read. */
  to?: string[] | string;
  cc?: string[] | string;
  bcc?: string[] | string;
  subject?: string;
  // ProviderOutboundMessage
  phone?: string;
  message?: string;
  emailTo?: string[];
  emailFrom?: string;
  html?: string;
}

export interface ConversationPayload extends Envelope {
  id?: string;
  contactId?: string;
  unreadCount?: number;
  inbox?: boolean;
  starred?: boolean;
  deleted?: boolean;
}

export interface CampaignPayload extends Envelope {
  id?: string;
  contactId?: string;
  status?: string;
  templateId?: string;
  replied?: string;
  dateAdded?: string;
}

/** LCEmailStats: the email provider's delivery event, as GHL relays it. */
export interface EmailStatsPayload extends Envelope {
  companyId?: string;
  webhookPayload?: {
    event?: string;
    id?: string;
    /** Unix seconds. */
    timestamp?: number;
    recipient?: string;
    tags?: string[];
    [field: string]: unknown;
  };
}

/** Invoices and orders name their owner as `altId` + `altType` (`location`). */
interface Owned {
  altId?: string;
  altType?: string;
}

export interface InvoicePayload extends Envelope, Owned {
  _id?: string;
  status?: string;
  liveMode?: boolean;
  name?: string;
  title?: string;
  invoiceNumber?: string;
  currency?: string;
  issueDate?: string;
  dueDate?: string;
  total?: number;
  amountPaid?: number;
  amountDue?: number;
  businessDetails?: { name?: string; address?: string; phoneNo?: string; website?: string; logoUrl?: string; customValues?: string[] };
  contactDetails?: {
    id?: string;
    name?: string;
    email?: string;
    phoneNo?: string;
    companyName?: string;
    address?: { countryCode?: string; addressLine1?: string; addressLine2?: string; city?: string; state?: string; postalCode?: string };
    additionalEmails?: { email?: string }[];
    customFields?: string[];
  };
  discount?: { type?: string; value?: number };
  invoiceItems?: { _id?: string; productId?: string; priceId?: string; currency?: string; name?: string; qty?: number; amount?: number; taxes?: unknown[] }[];
  totalSummary?: { subTotal?: number; discount?: number };
  createdAt?: string;
  updatedAt?: string;
}

export interface OrderPayload extends Envelope, Owned {
  _id?: string;
  contactId?: string;
  contactSnapshot?: Omit<ContactPayload, keyof Envelope> & { locationId?: string };
  status?: string;
  fulfillmentStatus?: string;
  currency?: string;
  amount?: number;
  liveMode?: boolean;
  items?: { name?: string; qty?: number; product?: Record<string, unknown>; price?: Record<string, unknown> }[];
  amountSummary?: { subtotal?: number; discount?: number; shipping?: number; tax?: number };
  taxSummary?: { _id?: string; name?: string; rate?: number; amount?: number; calculation?: string }[];
  source?: { id?: string; name?: string; type?: string; subType?: string; meta?: Record<string, unknown> };
  createdAt?: string;
  updatedAt?: string;
}

export interface ProductPayload extends Envelope {
  _id?: string;
  name?: string;
  description?: string;
  productType?: string;
  availableInStore?: boolean;
  userId?: string;
  statementDescriptor?: string;
  image?: string;
  variants?: { id?: string; name?: string; options?: { id?: string; name?: string }[] }[];
  medias?: { id?: string; title?: string; url?: string; type?: string; isFeatured?: boolean }[];
  createdAt?: string;
  updatedAt?: string;
}

export interface PricePayload extends Envelope {
  _id?: string;
  /** The product's id. */
  product?: string;
  userId?: string;
  name?: string;
  /** `one_time` or `recurring` (the docs of PriceUpdate and PriceDelete also show it as `type`). */
  priceType?: string;
  currency?: string;
  amount?: number;
  compareAtPrice?: number;
  recurring?: { interval?: string; intervalCount?: number };
  membershipOffers?: { _id?: string; label?: string; value?: string }[];
  variantOptionIds?: string[];
  trackInventory?: boolean | null;
  availableQuantity?: number;
  allowOutOfStockPurchases?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** LocationCreate, LocationUpdate: `id` is the location. */
export interface LocationPayload extends Envelope {
  id?: string;
  companyId?: string;
  name?: string;
  email?: string;
  stripeProductId?: string;
}

export interface UserPayload extends Envelope {
  id?: string;
  /** Set, without a locationId, for an agency user. */
  companyId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  extension?: string;
  role?: string;
  permissions?: Record<string, boolean>;
  /** The locations an agency user reaches. */
  locations?: string[];
}

/** AppInstall, AppUninstall, PlanChange; an agency-level install has a companyId and no location. */
export interface AppPayload extends Envelope {
  appId?: string;
  companyId?: string;
  userId?: string;
  planId?: string;
  currentPlanId?: string;
  newPlanId?: string;
  trial?: { onTrial?: boolean; trialDuration?: number; trialStartDate?: string };
  isWhitelabelCompany?: boolean;
  whitelabelDetails?: { domain?: string; logoUrl?: string };
  companyName?: string;
}

export interface AssociationPayload extends Envelope {
  id?: string;
  key?: string;
  associationType?: string;
  firstObjectKey?: string;
  firstObjectLabel?: string;
  firstObjectToSecondObjectCardinality?: string;
  secondObjectKey?: string;
  secondObjectLabel?: string;
  secondObjectToFirstObjectCardinality?: string;
}

/** A custom object's definition. */
export interface ObjectSchemaPayload extends Envelope {
  id?: string;
  key?: string;
  labels?: { singular?: string; plural?: string };
  description?: string;
  searchableProperties?: string[];
  primaryDisplayProperty?: string;
  objectType?: string;
  createdBy?: Record<string, unknown>;
  updatedBy?: Record<string, unknown>;
  createdAt?: string;
  updatedAt?: string;
}

/** A record of a custom object (or a business). */
export interface RecordPayload extends Envelope {
  id?: string;
  /** Its object's key: not in the webhook's documented schema, needed to read the record back. */
  objectKey?: string;
  owners?: string[];
  followers?: string[];
  properties?: { key?: string; valueString?: string }[];
}

/** A link between two records under an association. */
export interface RelationPayload extends Envelope {
  id?: string;
  associationId?: string;
  firstObjectKey?: string;
  firstRecordId?: string;
  secondObjectKey?: string;
  secondRecordId?: string;
}

export interface EventPayloads {
  contact: ContactPayload;
  opportunity: OpportunityPayload;
  appointment: AppointmentPayload;
  task: TaskPayload;
  note: NotePayload;
  message: MessagePayload;
  conversation: ConversationPayload;
  campaign: CampaignPayload;
  email: EmailStatsPayload;
  invoice: InvoicePayload;
  order: OrderPayload;
  product: ProductPayload;
  price: PricePayload;
  location: LocationPayload;
  user: UserPayload;
  app: AppPayload;
  association: AssociationPayload;
  objectSchema: ObjectSchemaPayload;
  record: RecordPayload;
  relation: RelationPayload;
}
