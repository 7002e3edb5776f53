/**
 * A valid request to any operation of GHL's files, made from the file: each value the file's
 * example where it fits, else drawn from the schema by the sandbox's own synthesizer; the location
 * the token's, and ids of seeded records where the request names one the sandbox keeps. Where a
 * curated route's rule (GHL's) refuses what the file allows, the request is the one a real client
 * would send (`realistic` below).
 */
import type { SpecOperationEntry } from '../../openapi/entry.ts';
import { loadApp, loadCommon, requestMedia, type JsonSchema, type SpecDocument, type SpecParameter } from '../../openapi/spec.ts';
import { validateRequest, type RequestParts } from '../../openapi/validator.ts';
import { messageTypeNumber } from '../../sandbox/model/conversations.ts';
import type { SandboxStore } from '../../sandbox/index.ts';
import { Random } from '../../sandbox/random.ts';
import { synthesize } from '../../sandbox/spec/synthesize.ts';

export interface SpecRequest extends RequestParts {
  path: Record<string, string>;
  query: Record<string, string>;
  /** The concrete path, parameters filled in and escaped. */
  url: string;
  /** How the body travels: as the file's media type says. */
  encoding: 'json' | 'multipart' | 'form';
  /** The multipart fields that are files (`format: binary`). */
  files: string[];
}

const docs = new Map<string, SpecDocument>();
const docOf = (app: string) => docs.get(app) ?? docs.set(app, loadApp(app)).get(app)!;
const common = loadCommon();

/** Ids of seeded records in one location, by the name a request gives them. */
export function seededIds(store: SandboxStore, locationId: string): (name: string, collection: string) => string | undefined {
  const ofLocation = <T extends { id: string }>(records: Iterable<T>) =>
    [...records].find((r) => {
      const owner = r as { locationId?: string; altId?: string };
      return owner.locationId === locationId || owner.altId === locationId;
    })?.id;
  const contact = [...store.contactsOfLocation(locationId)].find(
    (c) => store.tasksOfContact(c.id).length > 0 && store.notesOfContact(c.id).length > 0,
  );
  const user = [...store.users.values()].find((u) => JSON.stringify(u).includes(locationId));
  const noted = [...store.appointmentNotes.values()].find((note) => store.appointments.get(note.appointmentId)?.locationId === locationId);
  const pipeline = [...store.pipelines.values()].find((p) => (p as { locationId?: string }).locationId === locationId);
  const association = store.associationsOfLocation(locationId).find((a) => a.associationType === 'USER_DEFINED');
  const relation = [...store.relations.values()].find((r) => r.associationId === association?.id);
  const customObject = store.objectSchemasOfLocation(locationId).find((schema) => !schema.standard);
  const record = relation && store.objectRecords.get(relation.secondRecordId);
  const availability = [...store.availabilitySchedules.values()].find((schedule) => schedule.locationId === locationId && !schedule.deleted && schedule.calendarIds.length > 0);
  const byName: Record<string, () => string | undefined> = {
    contactId: () => contact?.id,
    taskId: () => contact && store.tasksOfContact(contact.id)[0]?.id,
    notes: () => contact && store.notesOfContact(contact.id)[0]?.id,
    conversationId: () => ofLocation(store.conversations.values()),
    messages: () => ofLocation(store.messages.values()),
    messageId: () => [...store.messages.values()].find((m) => m.locationId === locationId && m.direction === 'outbound' && m.status !== 'scheduled')?.id,
    opportunities: () => ofLocation(store.opportunities.values()),
    pipelineId: () => pipeline?.id,
    pipelineStageId: () => pipeline?.stages[0]?.id,
    lostReasonId: () => ofLocation(store.lostReasons.values()),
    funnelId: () => ofLocation(store.funnels.values()),
    calendarId: () => ofLocation(store.calendars.values()),
    eventId: () => ofLocation(store.appointments.values()),
    groupId: () => ofLocation(store.calendarGroups.values()),
    blockSlotId: () => ofLocation(store.blockSlots.values()),
    schedules: () => availability?.id,
    scheduledCalendarId: () => availability?.calendarIds[0],
    roomId: () => store.calendarResourcesOfLocation(locationId).find((resource) => resource.resourceType === 'rooms')?.id,
    notificationId: () => store.notificationsOfCalendar(ofLocation(store.calendars.values()) ?? '')[0]?.id,
    appointmentId: () => noted?.appointmentId,
    noteId: () => noted?.id,
    invoiceId: () => ofLocation(store.invoices.values()),
    estimateId: () => ofLocation(store.estimates.values()),
    scheduleId: () => ofLocation(store.invoiceSchedules.values()),
    templateId: () => ofLocation(store.invoiceTemplates.values()),
    workflowId: () => ofLocation(store.workflows.values()),
    campaignId: () => ofLocation(store.campaigns.values()),
    orderId: () => ofLocation(store.orders.values()),
    transactionId: () => ofLocation(store.transactions.values()),
    subscriptionId: () => ofLocation(store.subscriptions.values()),
    productId: () => ofLocation(store.products.values()),
    collectionId: () => ofLocation(store.productCollections.values()),
    // The sandbox gives each location one store, under the location's id.
    storeId: () => locationId,
    priceId: () => store.pricesOfProduct(ofLocation(store.products.values()) ?? '')[0]?.id,
    tagId: () => ofLocation(store.locationTags.values()),
    'custom-subtypes': () => ofLocation(store.customSubtypes.values()),
    customFields: () => ofLocation(store.customFields.values()),
    customValues: () => ofLocation(store.customValues.values()),
    medias: () => ofLocation(store.mediaObjects.values()),
    posts: () => ofLocation(store.socialPosts.values()),
    userId: () => user?.id,
    assignedTo: () => user?.id,
    associationId: () => association?.id,
    key_name: () => association?.key,
    objectKey: () => customObject?.key,
    schemaKey: () => customObject?.key,
    relationId: () => relation?.id,
    recordId: () => record?.id,
    records: () => record?.id,
  };
  // A bare `{id}` is named by the collection before it: /opportunities/{id}; /objects/{key} is an object's key.
  return (name, collection) => (name === 'id' ? byName[collection] : name === 'key' && collection === 'objects' ? byName.objectKey : byName[name])?.();
}

/** Seeded records that a realistic request needs beyond ids by name: ones a route's rules accept. */
export interface SeededRecords {
  /** A contact of the location with no conversation yet: GHL keeps one per contact and channel. */
  contactWithoutConversation: string;
  /** An invoice with nothing paid on it: GHL voids only those. */
  unpaidInvoiceId: string;
  /** A price on the seeded order (the one `orderId` names): a fulfillment ships the order's own lines. */
  orderPriceId: string;
  /** A media folder of the location, for a file's parent. */
  folderId: string;
  /** A FILE_UPLOAD custom field of the location: the upload's form names it. */
  fileUploadFieldId: string;
  /** A social account connected to the location: a post goes out on the location's own accounts. */
  socialAccountId: string;
  /** A team member of the seeded calendar (the one `calendarId` names): its appointments are theirs. */
  calendarUserId: string;
  /** The contact of the seeded conversation (the one `conversationId` names). */
  conversationContactId: string;
  /** A contact no custom-object record is related to yet: a new relation links it. */
  unrelatedContactId: string;
  /** An order of the location with nothing paid, open: a payment is recorded on such an order. */
  unpaidOrderId: string;
  /** A draft invoice schedule of the location: only a draft takes an edit. */
  draftScheduleId: string;
  /** An estimate template of the location (`templateId` names an invoice template). */
  estimateTemplateId: string;
  /** A coupon of the location: GHL reads one by its id and code together. */
  coupon: { id: string; code: string };
  /** A product review of the location: GHL changes one through its product (and, in bulk, its store). */
  review: { id: string; productId: string; storeId: string };
  /** The contact and pipeline of the seeded deal (the one `opportunities` names): an upsert of them updates it. */
  dealContactId: string;
  dealPipelineId: string;
  /** A message and an email waiting to go out (scheduleMessage): the seed sends every message it has. */
  scheduledMessageId: string;
  scheduledEmailId: string;
  /** A call that connected: GHL transcribes only those. */
  connectedCallId: string;
  /** An email message id, as its message's meta names it. */
  emailMessageId: string;
  /** A review conversation: GHL replies only to a conversation with a review. */
  reviewConversationId: string;
  /** A call a custom provider carried: GHL sets attachments only on those. */
  providerCallId: string;
  /** A file PUT to its signed URL and not confirmed yet: complete-file-upload finishes it. */
  storedUpload: { uploadId: string; filePath: string; conversationId: string };
}

export function seededRecords(store: SandboxStore, locationId: string): SeededRecords {
  const withConversation = new Set([...store.conversations.values()].map((c) => c.contactId));
  const ids = seededIds(store, locationId);
  const found = {
    contactWithoutConversation: [...store.contactsOfLocation(locationId)].find((c) => !withConversation.has(c.id))?.id,
    unpaidInvoiceId: [...store.invoices.values()].find((i) => i.altId === locationId && i.amountPaid === 0 && i.status !== 'void')?.id,
    orderPriceId: store.orders.get(ids('orderId', '') ?? '')?.items[0]?.price._id,
    folderId: [...store.mediaObjects.values()].find((m) => m.altId === locationId && m.type === 'folder')?.id,
    fileUploadFieldId: [...store.customFields.values()].find((f) => f.locationId === locationId && f.dataType === 'FILE_UPLOAD')?.id,
    socialAccountId: [...store.socialAccounts.values()].find((a) => a.locationId === locationId)?.id,
    calendarUserId: store.calendars.get(ids('calendarId', '') ?? '')?.teamMembers[0]?.userId,
    conversationContactId: store.conversations.get(ids('conversationId', '') ?? '')?.contactId,
    unrelatedContactId: [...store.contactsOfLocation(locationId)].find((c) => store.relationsOfRecord(c.id).length === 0)?.id,
    coupon: store.couponsOfLocation(locationId)[0],
    review: store.reviewsOfLocation(locationId)[0],
    draftScheduleId: store.invoiceSchedulesOfLocation(locationId).find((s) => s.status === 'draft')?.id,
    estimateTemplateId: store.estimateTemplatesOfLocation(locationId)[0]?.id,
    unpaidOrderId: store.ordersOfLocation(locationId).find((o) => o.paymentStatus === 'unpaid' && o.status !== 'cancelled' && o.status !== 'refunded')?.id,
    dealContactId: store.opportunities.get(ids('id', 'opportunities') ?? '')?.contactId,
    dealPipelineId: store.opportunities.get(ids('id', 'opportunities') ?? '')?.pipelineId,
    scheduledMessageId: [...store.messages.values()].find((m) => m.locationId === locationId && m.status === 'scheduled' && !m.meta?.email)?.id,
    emailMessageId: [...store.messages.values()].find((m) => m.locationId === locationId && m.meta?.email && m.status !== 'scheduled')?.meta?.email?.messageIds[0],
    connectedCallId: [...store.messages.values()].find((m) => m.locationId === locationId && m.messageType === 'TYPE_CALL' && (m.meta?.callDuration ?? 0) > 0)?.id,
    reviewConversationId: store.conversationsOfLocation(locationId).find((c) => c.reviewId)?.id,
    providerCallId: [...store.messages.values()].find((m) => m.locationId === locationId && m.messageType === 'TYPE_CALL' && m.conversationProviderId)?.id,
    scheduledEmailId: [...store.messages.values()].find((m) => m.locationId === locationId && m.status === 'scheduled' && m.meta?.email)?.meta?.email?.messageIds[0],
    storedUpload: store.conversationUploads
      .where((u) => u.locationId === locationId && u.stored !== undefined)
      .map((u) => ({ uploadId: u.id, filePath: u.filePath, conversationId: u.conversationId }))[0],
  };
  for (const [what, id] of Object.entries(found)) if (id === undefined) throw new Error(`the seed has no record for ${what}`);
  return found as SeededRecords;
}

/**
 * Adds an SMS and an email scheduled for tomorrow, as a send with scheduledTimestamp leaves them,
 * to a conversation other than the one `conversationId` names (which a DELETE of the run removes).
 */
export function scheduleMessage(store: SandboxStore, locationId: string): void {
  const seeded = seededIds(store, locationId)('conversationId', '');
  const conversation = store.conversationsOfLocation(locationId).find((candidate) => candidate.id !== seeded);
  if (!conversation) throw new Error('the seed has no conversation to schedule a message in');
  const scheduled = (id: string, messageType: 'TYPE_SMS' | 'TYPE_EMAIL') =>
    store.messages.insert({
      id,
      type: messageTypeNumber(messageType),
      messageType,
      locationId,
      contactId: conversation.contactId,
      conversationId: conversation.id,
      dateAdded: new Date().toISOString(),
      body: 'Scheduled for tomorrow',
      direction: 'outbound',
      status: 'scheduled',
      contentType: 'text/plain',
      attachments: [],
      source: 'api',
      ...(messageType === 'TYPE_EMAIL' && { meta: { email: { messageIds: [`${id}-email`] } } }),
    });
  scheduled(`scheduled-${conversation.id}`, 'TYPE_SMS');
  scheduled(`scheduled-email-${conversation.id}`, 'TYPE_EMAIL');
}

export interface RequestScope {
  locationId: string;
  companyId: string;
  ids: ReturnType<typeof seededIds>;
  records: SeededRecords;
  /** The sandbox app's credentials and an authorization code of its install, for the code exchange. */
  oauth: { clientId: string; clientSecret: string; code: string };
}

type Fields = Record<string, unknown>;
type Fix = (request: { path: Record<string, string>; query: Record<string, string>; body: Fields; files: string[] }, scope: RequestScope) => void;

/**
 * What a curated route refuses in a request made from the file alone, on a rule of GHL's (or of
 * the sandbox's, said in the route): each operation's request is made realistic, so that a valid
 * request gets a 2xx. Values no file can know (a fresh email, a free range) are chosen here.
 */
const realistic: Record<string, Fix> = {
  // An appointment is with a team member of its calendar; the sandbox books no recurring ones
  // (each occurrence is booked on its own).
  calendarsCreateAppointment: ({ body }, scope) => {
    delete body.rrule;
    body.assignedUserId = scope.records.calendarUserId;
  },
  calendarsEditAppointment: ({ body }, scope) => {
    delete body.rrule;
    body.assignedUserId = scope.records.calendarUserId;
  },
  // "Either of calendarId, userId or groupId is required".
  calendarsGetCalendarEvents: ({ query }, scope) => void (query.calendarId = scope.ids('calendarId', '')!),
  calendarsGetBlockedSlots: ({ query }, scope) => void (query.calendarId = scope.ids('calendarId', '')!),
  // A block slot is on a calendar or on a user's own time, not both.
  calendarsCreateBlockSlot: ({ body }) => void delete body.assignedUserId,
  calendarsEditBlockSlot: ({ path, body }, scope) => {
    delete body.assignedUserId;
    path.eventId = scope.ids('blockSlotId', '')!;
  },
  // Free slots are asked for at most 31 days at a time: here one week.
  calendarsGetSlots: ({ query }) => {
    query.startDate = String(Date.UTC(2026, 0, 5));
    query.endDate = String(Date.UTC(2026, 0, 12));
  },
  // A calendar's team members are users of its location.
  calendarsCreateCalendar: ({ body }, scope) => {
    for (const member of body.teamMembers as Fields[]) member.userId = scope.ids('userId', '');
  },
  calendarsUpdateCalendar: ({ body }, scope) => {
    for (const member of (body.teamMembers ?? []) as Fields[]) member.userId = scope.ids('userId', '');
  },
  // A resource serves calendars of its location, and has no more units out of service than it has;
  // the one read, changed and deleted is the seeded room (once deleted, a request names one that was).
  calendarsCreateCalendarResource: ({ body }, scope) => Object.assign(body, { calendarIds: [scope.ids('calendarId', '')], quantity: 2, outOfService: 0 }),
  ...Object.fromEntries(
    (['calendarsGetCalendarResource', 'calendarsUpdateCalendarResource', 'calendarsDeleteCalendarResource'] as const).map((name): [string, Fix] => [
      name,
      ({ path, body }, scope) => {
        Object.assign(path, { resourceType: 'rooms', id: scope.ids('roomId', '') ?? 'deletedRoomId' });
        if (name === 'calendarsUpdateCalendarResource') Object.assign(body, { locationId: scope.locationId, calendarIds: [scope.ids('calendarId', '')], quantity: 2, outOfService: 0 });
      },
    ]),
  ),
  // A schedule is a user's of its location, applied to calendars of its location that the user staffs.
  calendarsCreateSchedule: ({ body }, scope) => Object.assign(body, { userId: scope.ids('userId', ''), calendarIds: [] }),
  calendarsGetAllSchedules: ({ query }, scope) => void (query.userId = scope.ids('userId', '')!),
  calendarsAddCalendarToSchedule: ({ path }, scope) => void (path.calendarId = scope.ids('scheduledCalendarId', '') ?? path.calendarId!),
  calendarsRemoveCalendarFromSchedule: ({ path }, scope) => void (path.calendarId = scope.ids('scheduledCalendarId', '') ?? path.calendarId!),
  // A group's slug is unique in its location, and the file's example is the one create-group takes.
  calendarsEditGroup: ({ body }) => void (body.slug = 'renamed-by-the-sandbox-test'),
  // The file declares the search body with no properties; GHL's search needs the location and a page size.
  contactsSearchContactsAdvanced: (request, scope) => void (request.body = { locationId: scope.locationId, pageLimit: 20 }),
  // The file's example body sends page and searchAfter together, and filters and sort of placeholders.
  opportunitiesSearchOpportunitiesAdvanced: (request, scope) => void (request.body = { locationId: scope.locationId, limit: 20 }),
  // The location allows no duplicate contacts: a new contact has an email and phone of its own.
  contactsCreateContact: ({ body }) => {
    body.email = 'new-contact@example.com';
    body.phone = '+14155550142';
  },
  conversationsCancelScheduledMessage: ({ path }, scope) => void (path.messageId = scope.records.scheduledMessageId),
  conversationsGetEmailById: ({ path }, scope) => void (path.id = scope.records.emailMessageId),
  // The file leaves the path's {type} undeclared; GHL takes add or remove.
  contactsCreateAssociation: ({ path }) => void (path.type = 'add'),
  conversationsGetMessageTranscription: ({ path }, scope) => void (path.messageId = scope.records.connectedCallId),
  conversationsDownloadMessageTranscription: ({ path }, scope) => void (path.messageId = scope.records.connectedCallId),
  conversationsGetMessageRecording: ({ path }, scope) => void (path.messageId = scope.records.connectedCallId),
  conversationsCancelScheduledEmailMessage: ({ path }, scope) => void (path.emailMessageId = scope.records.scheduledEmailId),
  // Followers are users of the record's location.
  contactsAddFollowersContact: ({ body }, scope) => void (body.followers = [scope.ids('userId', '')]),
  contactsRemoveFollowersContact: ({ body }, scope) => void (body.followers = [scope.ids('userId', '')]),
  opportunitiesAddFollowersOpportunity: ({ body }, scope) => void (body.followers = [scope.ids('userId', '')]),
  opportunitiesRemoveFollowersOpportunity: ({ body }, scope) => void (body.followers = [scope.ids('userId', '')]),
  // An upsert finds the deal by its contact and pipeline (the file's example id names no deal): here the seeded deal's,
  // leaving the seeded contact free for a new deal. Followers are users of the location.
  opportunitiesUpsertOpportunity: ({ body }, scope) => {
    delete body.id;
    Object.assign(body, { contactId: scope.records.dealContactId, pipelineId: scope.records.dealPipelineId });
    delete body.pipelineStageId;
    if (body.followers) body.followers = [scope.ids('userId', '')];
  },
  // A contact has one conversation: a new one is for a contact without.
  conversationsCreateConversation: ({ body }, scope) => void (body.contactId = scope.records.contactWithoutConversation),
  // An inbound message comes from the conversation's own contact.
  conversationsAddAnInboundMessage: ({ body }, scope) => void (body.contactId = scope.records.conversationContactId),
  // The files travel as form fields named <custom field id>_<file id>, which the file cannot declare.
  formsUploadToCustomFields: (request, scope) => {
    const key = `${scope.records.fileUploadFieldId}_sandbox-file`;
    request.body = { [key]: 'sandbox.txt' };
    request.files.push(key);
  },
  // An association links objects of the location, under a key of its own.
  associationsCreateAssociation: ({ body }) => Object.assign(body, { key: 'sandbox_test_link', firstObjectKey: 'contact', secondObjectKey: 'custom_objects.pets' }),
  // A relation links a contact and a pet under the seeded owner association, once.
  associationsCreateRelation: ({ body }, scope) =>
    Object.assign(body, { associationId: scope.ids('associationId', ''), firstRecordId: scope.records.unrelatedContactId, secondRecordId: scope.ids('recordId', '') }),
  // The file declares the record bodies with no properties; GHL takes the location and the record's fields.
  // Searchable properties are fields of the object itself.
  objectsUpdateCustomObject: ({ body }) => void (body.searchableProperties = ['custom_objects.pets.name']),
  objectsCreateObjectRecord: (request, scope) => void (request.body = { locationId: scope.locationId, properties: { name: 'Sandbox pet' } }),
  invoicesVoidInvoice: ({ path }, scope) => void (path.invoiceId = scope.records.unpaidInvoiceId),
  // Only an invoice that is not paid or void takes an edit, for a contact of its location, under
  // a number no other invoice has (the file's example is taken); only one with nothing paid is deleted.
  invoicesUpdateInvoice: ({ path, body }, scope) => {
    path.invoiceId = scope.records.unpaidInvoiceId;
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
    delete body.invoiceNumber;
  },
  invoicesDeleteInvoice: ({ path }, scope) => void (path.invoiceId = scope.records.unpaidInvoiceId),
  // An estimate is for a contact of the location, under a number no other estimate has.
  invoicesCreateNewEstimate: ({ body }, scope) => {
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
    delete body.estimateNumber;
  },
  // Text to pay bills a contact of the location, sent by one of its users, as a new invoice (the
  // file's example id names no draft to replace) under a number no other invoice has.
  invoicesText2payInvoice: ({ body }, scope) => {
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
    body.userId = scope.ids('userId', '');
    delete body.id;
    delete body.invoiceNumber;
  },
  // A schedule is for a contact of the location; only a draft (or cancelled) one takes an edit,
  // and only an active one is cancelled.
  invoicesCreateInvoiceSchedule: ({ body }, scope) => void ((body.contactDetails as Fields).id = scope.ids('contactId', '')),
  invoicesUpdateInvoiceSchedule: ({ path, body }, scope) => {
    path.scheduleId = scope.records.draftScheduleId;
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
  },
  // An estimate template's templateId is one of the location's estimate templates, not an invoice template.
  invoicesUpdateEstimateTemplate: ({ path }, scope) => void (path.templateId = scope.records.estimateTemplateId),
  invoicesDeleteEstimateTemplate: ({ path }, scope) => void (path.templateId = scope.records.estimateTemplateId),
  invoicesPreviewEstimateTemplate: ({ query }, scope) => void (query.templateId = scope.records.estimateTemplateId),
  invoicesUpdateEstimate: ({ body }, scope) => {
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
    delete body.estimateNumber;
    delete body.estimateStatus;
  },
  // An invoice is for a contact of the location; its number, when given, is not taken (the
  // file's example is), and without one GHL numbers it next.
  invoicesCreateInvoice: ({ body }, scope) => {
    (body.contactDetails as Fields).id = scope.ids('contactId', '');
    delete body.invoiceNumber;
  },
  // GHL takes the zones it lists at /locations/{locationId}/timezones; the file's example is a legacy alias.
  locationsPutLocation: ({ body }) => void (body.timezone = 'America/Chicago'),
  locationsCreateLocation: ({ body }) => void (body.timezone = 'America/Chicago'),
  // A tag's and a custom value's names are unique in the location: a rename takes a new one.
  locationsUpdateTag: ({ body }) => void (body.name = 'renamed by the sandbox test'),
  locationsUpdateCustomValue: ({ body }) => void (body.name = 'Renamed by the sandbox test'),
  mediasUploadMediaContent: ({ body }, scope) => void (body.parentId = scope.records.folderId),
  oauthGetAccessToken: (request, scope) =>
    void (request.body = {
      client_id: scope.oauth.clientId,
      client_secret: scope.oauth.clientSecret,
      grant_type: 'authorization_code',
      code: scope.oauth.code,
      user_type: 'Location',
      redirect_uri: (request.body as Fields).redirect_uri,
    }),
  // A coupon's code is unique in its location, its products are the location's, and the one read
  // or changed is named by its id and code (the files' are examples).
  conversationsAddMessageAttachments: ({ path }, scope) => void (path.messageId = scope.records.providerCallId),
  conversationsSendReviewReply: ({ body }, scope) => void (body.conversationId = scope.records.reviewConversationId),
  // Files come from the web, for the conversation's own contact.
  conversationsUploadFileAttachments: ({ body }, scope) =>
    Object.assign(body, { contactId: scope.records.conversationContactId, attachmentUrls: ['https://example.com/files/brochure.pdf'] }),
  // A signed URL is for a file of a MIME type; what is completed is a file that arrived at its signed URL.
  conversationsInitiateFileUpload: ({ body }) => void (body.contentType = 'video/mp4'),
  conversationsCompleteFileUpload: ({ body }, scope) => Object.assign(body, scope.records.storedUpload),
  // The seed's subtype names differ from the file's example, which the create takes.
  conversationsUpdateCustomSubtype: ({ body }) => void (body.name = 'Newsletter (renamed)'),
  conversationsUserSubscriptionChange: ({ body }, scope) =>
    void Object.assign(body, { subscription_action: { type: 'custom', subtype_id: scope.ids('id', 'custom-subtypes'), subtype_status: 'unsubscribed' } }),
  paymentsCreateCoupon: ({ body }, scope) => Object.assign(body, { code: 'SANDBOX-NEW', productIds: [scope.ids('productId', '')] }),
  paymentsUpdateCoupon: ({ body }, scope) => Object.assign(body, { id: scope.records.coupon.id, code: 'SANDBOX-RENAMED', productIds: [scope.ids('productId', '')] }),
  paymentsGetCoupon: ({ query }, scope) => Object.assign(query, { id: scope.records.coupon.id, code: scope.records.coupon.code }),
  paymentsDeleteCoupon: ({ body }, scope) => void (body.id = scope.records.coupon.id),
  // A payment is recorded on an order not paid yet; the seeded order (`orderId`) may be paid.
  paymentsRecordOrderPayment: ({ path, body }, scope) => {
    path.orderId = scope.records.unpaidOrderId;
    delete body.amount;
  },
  paymentsCreateOrderFulfillment: ({ body }, scope) => void (body.items = [{ priceId: scope.records.orderPriceId, qty: 1 }]),
  // A one-time price does not recur.
  productsCreatePriceForProduct: ({ body }) => void delete body.recurring,
  productsUpdatePriceByIdForProduct: ({ body }) => void delete body.recurring,
  // Stock is changed on a price of the location.
  productsUpdateInventory: ({ body }, scope) => {
    for (const item of body.items as Fields[]) item.priceId = scope.ids('priceId', '');
  },
  // A new collection takes a fresh id, not the seeded one the request would otherwise name.
  productsCreateProductCollection: ({ body }) => void delete body.collectionId,
  // A collection's slug is unique in its location, and the file's example is the one create takes.
  productsUpdateProductCollection: ({ body }) => void (body.slug = 'renamed-by-the-sandbox-test'),
  // A review is changed through its own product, with a rating of 1 to 5 (the file's example is the string "4.5").
  productsUpdateProductReview: ({ path, body }, scope) => {
    path.reviewId = scope.records.review.id;
    Object.assign(body, { productId: scope.records.review.productId, rating: 4.5 });
  },
  productsDeleteProductReview: ({ path, query }, scope) => {
    path.reviewId = scope.records.review.id;
    query.productId = scope.records.review.productId;
  },
  productsBulkUpdateProductReview: ({ body }, scope) =>
    void (body.reviews = [{ reviewId: scope.records.review.id, productId: scope.records.review.productId, storeId: scope.records.review.storeId }]),
  // Products listed, unlisted or placed are the location's own (the file's example ids are placeholders).
  productsUpdateStoreStatus: ({ body }, scope) => void (body.productIds = [scope.ids('productId', '')]),
  productsUpdateDisplayPriority: ({ body }, scope) => void (body.products = [{ productId: scope.ids('productId', ''), priority: 1 }]),
  // A bulk change to the location's own product; not a bulk delete, which would take the product the later requests name.
  productsBulkUpdate: ({ body }, scope) => Object.assign(body, { type: 'bulk-update-availability', availability: true, productIds: [scope.ids('productId', '')] }),
  // An edit of the location's own product and its own price.
  productsBulkEdit: ({ body }, scope) =>
    void (body.products = [{ _id: scope.ids('productId', ''), name: 'Edited by the sandbox test', prices: [{ _id: scope.ids('priceId', ''), amount: 42 }] }]),
  // The file declares a product's prices as strings; the sandbox takes price objects and applies none.
  productsUpdateProductById: ({ body }) => void delete body.prices,
  // A post goes out on the location's accounts, at a date.
  socialMediaPostingCreatePost: ({ body }, scope) => Object.assign(body, { accountIds: [scope.records.socialAccountId], scheduleDate: '2026-01-05T10:00:00.000Z' }),
  socialMediaPostingEditPost: ({ body }, scope) => Object.assign(body, { accountIds: [scope.records.socialAccountId], scheduleDate: '2026-01-05T10:00:00.000Z' }),
  // A user has a password of eight characters or more, an email of its own, and locations it may see.
  usersCreateUser: ({ body }, scope) => Object.assign(body, { password: 'sandbox-password', email: 'new-user@example.com', locationIds: [scope.locationId] }),
  usersUpdateUser: ({ body }, scope) => Object.assign(body, { password: 'sandbox-password', email: 'renamed-user@example.com', locationIds: [scope.locationId] }),
};

/** The one request the tests send to an operation; fails when it does not satisfy the file. */
export function specRequest(name: string, entry: SpecOperationEntry, scope: RequestScope): SpecRequest {
  const doc = docOf(entry.app);
  const op = doc.paths[entry.path]![entry.method.toLowerCase()]!;
  const random = new Random(name.length);
  const draw = (schema: JsonSchema | undefined, key: string) => synthesize(schema, { doc, common, random, echo: {}, id: undefined }, key);
  const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const altType = params.find((p) => p.name === 'altType');
  const altTypes = (altType?.schema?.enum ?? ['location']) as string[];
  const asLocation = altTypes.includes('location');

  const valueOf = (p: SpecParameter, collection: string): unknown => {
    if (p.name === 'locationId' || p.name === 'location_id') return scope.locationId;
    if (p.name === 'companyId') return scope.companyId;
    if (p.name === 'altType') return asLocation ? 'location' : altTypes[0];
    if (p.name === 'altId') return asLocation ? scope.locationId : scope.companyId;
    const seeded = scope.ids(p.name, collection);
    if (seeded) return seeded;
    const example = (p as { example?: unknown }).example ?? p.schema?.example;
    return example !== undefined && !(p.schema?.enum as unknown[] | undefined)?.length ? example : draw(p.schema, p.name);
  };
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const segments = entry.path.split('/');
  for (const p of params) {
    if (p.in === 'query' && !p.required && p.name !== 'altType') continue;
    const collection = segments[segments.indexOf(`{${p.name}}`) - 1] ?? '';
    const value = valueOf(p, collection);
    (p.in === 'path' ? path : query)[p.name] = Array.isArray(value) ? String(value[0]) : String(value);
  }

  const media = requestMedia(op);
  let body: unknown;
  if (media) {
    const examples = media.examples ? Object.values(media.examples).map((e) => e.value) : media.example !== undefined ? [media.example] : [];
    body = examples.find((example) => validateRequest(name, { path, query, body: example }).length === 0) ?? draw(media.schema, '');
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      const fields = body as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        if (key === 'locationId' && typeof fields[key] === 'string') fields[key] = scope.locationId;
        else if (key === 'companyId' && typeof fields[key] === 'string') fields[key] = scope.companyId;
        else if (key === 'altId') fields[key] = fields.altType === 'company' || fields.altType === 'agency' ? scope.companyId : scope.locationId;
        else if (typeof fields[key] === 'string') fields[key] = scope.ids(key, '') ?? fields[key];
      }
    }
  }

  const properties = (resolveLocal(doc, media?.schema)?.properties ?? {}) as Record<string, JsonSchema>;
  const request = { path, query, body, files: Object.keys(properties).filter((key) => resolveLocal(doc, properties[key])?.format === 'binary') };
  realistic[name]?.(request as Parameters<Fix>[0], scope);

  const problems = validateRequest(name, request);
  if (problems.length > 0) throw new Error(`the request built for ${name} does not satisfy its file: ${problems.join('; ')}`);
  const filled = entry.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(path[param]!));
  const search = new URLSearchParams(query).toString();
  const encoding = media?.type === 'multipart/form-data' ? 'multipart' : media?.type === 'application/x-www-form-urlencoded' ? 'form' : 'json';
  return { ...request, url: search ? `${filled}?${search}` : filled, encoding };
}

const resolveLocal = (doc: SpecDocument, schema: JsonSchema | undefined): JsonSchema | undefined =>
  typeof schema?.$ref === 'string' ? doc.components.schemas?.[schema.$ref.split('/').pop()!] : schema;
