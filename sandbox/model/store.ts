/**
 * The sandbox's live data: one id-keyed collection per record type. Tests read and write it
 * directly; routes go through the relation helpers so ownership rules live in one place.
 * A new domain (conversations, opportunities, ...) is a new collection here plus a seeder.
 */
import type { Company, Contact, CustomFieldDefinition, Location, Note, Task, User } from './index.ts';
import type { Conversation, EmailHeaders, LostReason, Message, Opportunity, Pipeline } from './index.ts';
import type { Appointment, AppointmentNote, AvailabilitySchedule, BlockSlot, Calendar, CalendarGroup, CalendarNotification, CalendarResource, Campaign, CampaignMembership, Estimate, EstimateTemplate, Invoice, InvoiceSchedule, InvoiceTemplate, Workflow, WorkflowMembership } from './index.ts';
import type { CustomSubtype, CustomValue, LocationTag, SubscriptionChoice } from './index.ts';
import type { Form, FormSubmission, Survey, SurveySubmission } from './index.ts';
import type { Funnel, FunnelPage, MediaObject, Redirect, SocialAccount, SocialPost } from './index.ts';
import type { Coupon, CustomProvider, DisplayPriority, Fulfillment, IntegrationProvider, Order, OrderNote, Price, Product, ProductCollection, ProductReview, Subscription, Transaction } from './index.ts';
import type { Association, ObjectField, ObjectRecord, ObjectSchema, Relation } from './index.ts';
import type { ConversationFile, ConversationUpload } from './index.ts';

export class Collection<T extends { id: string }> extends Map<string, T> {
  readonly #indexes: Array<{ keyOf: (record: T) => string; groups: Map<string, Map<string, T>> }> = [];

  insert(record: T): T {
    this.set(record.id, record);
    return record;
  }

  where(predicate: (record: T) => boolean): T[] {
    return [...this.values()].filter(predicate);
  }

  /**
   * A lookup by one field, kept current on every write. A page of one conversation's messages
   * should not scan every message of every location: with a few thousand records, the scans
   * made the sandbox slower than the GHL latency it simulates.
   */
  indexBy(keyOf: (record: T) => string): (key: string) => T[] {
    const groups = new Map<string, Map<string, T>>();
    for (const record of this.values()) this.#group(groups, keyOf(record)).set(record.id, record);
    this.#indexes.push({ keyOf, groups });
    return (key) => [...(groups.get(key)?.values() ?? [])];
  }

  override set(id: string, record: T): this {
    const previous = this.get(id);
    for (const { keyOf, groups } of this.#indexes ?? []) {
      if (previous && keyOf(previous) !== keyOf(record)) groups.get(keyOf(previous))?.delete(id);
      this.#group(groups, keyOf(record)).set(id, record);
    }
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    const previous = this.get(id);
    if (previous) for (const { keyOf, groups } of this.#indexes) groups.get(keyOf(previous))?.delete(id);
    return super.delete(id);
  }

  override clear(): void {
    for (const { groups } of this.#indexes ?? []) groups.clear();
    super.clear();
  }

  #group(groups: Map<string, Map<string, T>>, key: string): Map<string, T> {
    let group = groups.get(key);
    if (!group) {
      group = new Map();
      groups.set(key, group);
    }
    return group;
  }
}

export class SandboxStore {
  readonly companies = new Collection<Company>();
  readonly locations = new Collection<Location>();
  readonly users = new Collection<User>();
  readonly customFields = new Collection<CustomFieldDefinition>();
  readonly locationTags = new Collection<LocationTag>();
  readonly customValues = new Collection<CustomValue>();
  readonly contacts = new Collection<Contact>();
  readonly tasks = new Collection<Task>();
  readonly notes = new Collection<Note>();
  readonly conversations = new Collection<Conversation>();
  readonly messages = new Collection<Message>();
  readonly emailHeaders = new Collection<EmailHeaders>();
  readonly conversationUploads = new Collection<ConversationUpload>();
  readonly conversationFiles = new Collection<ConversationFile>();
  readonly customSubtypes = new Collection<CustomSubtype>();
  readonly subscriptionChoices = new Collection<SubscriptionChoice>();
  readonly pipelines = new Collection<Pipeline>();
  readonly opportunities = new Collection<Opportunity>();
  readonly lostReasons = new Collection<LostReason>();
  readonly calendars = new Collection<Calendar>();
  readonly appointments = new Collection<Appointment>();
  readonly blockSlots = new Collection<BlockSlot>();
  readonly calendarGroups = new Collection<CalendarGroup>();
  readonly appointmentNotes = new Collection<AppointmentNote>();
  readonly calendarNotifications = new Collection<CalendarNotification>();
  readonly calendarResources = new Collection<CalendarResource>();
  readonly availabilitySchedules = new Collection<AvailabilitySchedule>();
  readonly invoices = new Collection<Invoice>();
  readonly estimates = new Collection<Estimate>();
  readonly estimateTemplates = new Collection<EstimateTemplate>();
  readonly invoiceSchedules = new Collection<InvoiceSchedule>();
  readonly invoiceTemplates = new Collection<InvoiceTemplate>();
  readonly workflows = new Collection<Workflow>();
  readonly campaigns = new Collection<Campaign>();
  readonly workflowMemberships = new Collection<WorkflowMembership>();
  readonly campaignMemberships = new Collection<CampaignMembership>();
  readonly forms = new Collection<Form>();
  readonly formSubmissions = new Collection<FormSubmission>();
  readonly surveys = new Collection<Survey>();
  readonly surveySubmissions = new Collection<SurveySubmission>();
  readonly mediaObjects = new Collection<MediaObject>();
  readonly funnels = new Collection<Funnel>();
  readonly funnelPages = new Collection<FunnelPage>();
  readonly redirects = new Collection<Redirect>();
  readonly socialAccounts = new Collection<SocialAccount>();
  readonly socialPosts = new Collection<SocialPost>();
  readonly products = new Collection<Product>();
  readonly prices = new Collection<Price>();
  readonly productCollections = new Collection<ProductCollection>();
  readonly productReviews = new Collection<ProductReview>();
  readonly displayPriorities = new Collection<DisplayPriority>();
  readonly orders = new Collection<Order>();
  readonly fulfillments = new Collection<Fulfillment>();
  readonly orderNotes = new Collection<OrderNote>();
  readonly transactions = new Collection<Transaction>();
  readonly subscriptions = new Collection<Subscription>();
  readonly coupons = new Collection<Coupon>();
  readonly customProviders = new Collection<CustomProvider>();
  readonly integrationProviders = new Collection<IntegrationProvider>();
  readonly objectSchemas = new Collection<ObjectSchema>();
  readonly objectFields = new Collection<ObjectField>();
  readonly objectRecords = new Collection<ObjectRecord>();
  readonly associations = new Collection<Association>();
  readonly relations = new Collection<Relation>();

  /** Empties every collection in place, so references held by tests stay valid across a reset. */
  clear(): void {
    for (const collection of this.collections()) collection.clear();
  }

  usersOfLocation(locationId: string): User[] {
    return this.users.where((user) => user.roles.locationIds.includes(locationId));
  }

  /** A user belongs to a company through the locations it is a member of. */
  userInCompany(user: User, companyId: string): boolean {
    return user.roles.locationIds.some((id) => this.locations.get(id)?.companyId === companyId);
  }

  readonly contactsOfLocation = this.contacts.indexBy((contact) => contact.locationId);

  readonly customFieldsOfLocation = this.customFields.indexBy((field) => field.locationId);

  readonly tagsOfLocation = this.locationTags.indexBy((tag) => tag.locationId);

  readonly customValuesOfLocation = this.customValues.indexBy((value) => value.locationId);

  readonly tasksOfContact = this.tasks.indexBy((task) => task.contactId);

  readonly notesOfContact = this.notes.indexBy((note) => note.contactId);

  readonly conversationsOfLocation = this.conversations.indexBy((conversation) => conversation.locationId);
  readonly #conversationsOfContact = this.conversations.indexBy((conversation) => conversation.contactId);

  /** GHL keeps one conversation per contact. */
  conversationOfContact(contactId: string): Conversation | undefined {
    return this.#conversationsOfContact(contactId)[0];
  }

  readonly messagesOfConversation = this.messages.indexBy((message) => message.conversationId);
  readonly #messagesOfEmail = this.messages.indexBy((message) => message.meta?.email?.messageIds[0] ?? '');

  /** The message an email message id belongs to. */
  messageOfEmail(emailMessageId: string): Message | undefined {
    return emailMessageId === '' ? undefined : this.#messagesOfEmail(emailMessageId)[0];
  }

  deleteConversation(conversationId: string): void {
    for (const message of this.messagesOfConversation(conversationId)) this.messages.delete(message.id);
    this.conversations.delete(conversationId);
  }

  /** In the order they were created, which is the order GHL lists them in. */
  pipelinesOfLocation(locationId: string): Pipeline[] {
    return this.pipelines.where((pipeline) => pipeline.locationId === locationId);
  }

  readonly opportunitiesOfLocation = this.opportunities.indexBy((opportunity) => opportunity.locationId);
  readonly lostReasonsOfLocation = this.lostReasons.indexBy((reason) => reason.locationId);

  calendarsOfLocation(locationId: string): Calendar[] {
    return this.calendars.where((calendar) => calendar.locationId === locationId);
  }

  readonly appointmentsOfContact = this.appointments.indexBy((appointment) => appointment.contactId);
  /** A calendar view (GET /calendars/events, /calendars/blocked-slots) reads one location's events. */
  readonly appointmentsOfLocation = this.appointments.indexBy((appointment) => appointment.locationId);
  readonly blockSlotsOfLocation = this.blockSlots.indexBy((block) => block.locationId);
  readonly calendarGroupsOfLocation = this.calendarGroups.indexBy((group) => group.locationId);
  readonly notesOfAppointment = this.appointmentNotes.indexBy((note) => note.appointmentId);
  readonly notificationsOfCalendar = this.calendarNotifications.indexBy((notification) => notification.calendarId);
  readonly calendarResourcesOfLocation = this.calendarResources.indexBy((resource) => resource.locationId);
  readonly availabilitySchedulesOfUser = this.availabilitySchedules.indexBy((schedule) => `${schedule.locationId}/${schedule.userId}`);

  readonly invoicesOfLocation = this.invoices.indexBy((invoice) => invoice.altId);
  readonly estimatesOfLocation = this.estimates.indexBy((estimate) => estimate.altId);
  readonly estimateTemplatesOfLocation = this.estimateTemplates.indexBy((template) => template.altId);
  readonly invoiceSchedulesOfLocation = this.invoiceSchedules.indexBy((schedule) => schedule.altId);
  readonly invoiceTemplatesOfLocation = this.invoiceTemplates.indexBy((template) => template.altId);

  readonly productsOfLocation = this.products.indexBy((product) => product.locationId);
  readonly couponsOfLocation = this.coupons.indexBy((coupon) => coupon.altId);
  readonly pricesOfProduct = this.prices.indexBy((price) => price.product);
  readonly collectionsOfLocation = this.productCollections.indexBy((collection) => collection.altId);
  readonly reviewsOfLocation = this.productReviews.indexBy((review) => review.altId);
  readonly prioritiesOfStore = this.displayPriorities.indexBy((place) => place.storeId);
  readonly ordersOfLocation = this.orders.indexBy((order) => order.altId);
  readonly fulfillmentsOfOrder = this.fulfillments.indexBy((fulfillment) => fulfillment.orderId);
  readonly notesOfOrder = this.orderNotes.indexBy((note) => note.orderId);
  readonly transactionsOfLocation = this.transactions.indexBy((transaction) => transaction.altId);
  readonly subscriptionsOfLocation = this.subscriptions.indexBy((subscription) => subscription.altId);

  readonly objectSchemasOfLocation = this.objectSchemas.indexBy((schema) => schema.locationId);
  readonly fieldsOfObject = this.objectFields.indexBy((field) => `${field.locationId}/${field.objectKey}`);
  readonly recordsOfObject = this.objectRecords.indexBy((record) => `${record.locationId}/${record.objectKey}`);
  readonly associationsOfLocation = this.associations.indexBy((association) => association.locationId);
  readonly #relationsByFirst = this.relations.indexBy((relation) => relation.firstRecordId);
  readonly #relationsBySecond = this.relations.indexBy((relation) => relation.secondRecordId);

  /** A record's relations, whichever side of them it is on. */
  relationsOfRecord(recordId: string): Relation[] {
    const seen = new Set<string>();
    return [...this.#relationsByFirst(recordId), ...this.#relationsBySecond(recordId)].filter((relation) => !seen.has(relation.id) && seen.add(relation.id));
  }

  /** Deleting a record or an association takes its relations with it, as GHL does. */
  deleteRelationsWhere(predicate: (relation: Relation) => boolean): Relation[] {
    const gone = this.relations.where(predicate);
    for (const relation of gone) this.relations.delete(relation.id);
    return gone;
  }

  workflowsOfContact(contactId: string): WorkflowMembership[] {
    return this.workflowMemberships.where((membership) => membership.contactId === contactId);
  }

  campaignsOfContact(contactId: string): CampaignMembership[] {
    return this.campaignMemberships.where((membership) => membership.contactId === contactId);
  }

  /** Deleting a contact in GHL takes its tasks, notes, conversation and opportunities with it. */
  deleteContact(contactId: string): void {
    for (const task of this.tasksOfContact(contactId)) this.tasks.delete(task.id);
    for (const note of this.notesOfContact(contactId)) this.notes.delete(note.id);
    const conversation = this.conversationOfContact(contactId);
    if (conversation) this.deleteConversation(conversation.id);
    for (const opportunity of this.opportunities.where((o) => o.contactId === contactId)) this.opportunities.delete(opportunity.id);
    // Its appointments and invoices stay, as records of what happened; its memberships go.
    for (const membership of this.workflowsOfContact(contactId)) this.workflowMemberships.delete(membership.id);
    for (const membership of this.campaignsOfContact(contactId)) this.campaignMemberships.delete(membership.id);
    this.deleteRelationsWhere((relation) => relation.firstRecordId === contactId || relation.secondRecordId === contactId);
    this.contacts.delete(contactId);
  }

  private collections(): Array<{ clear(): void }> {
    return [
      this.companies, this.locations, this.users, this.customFields, this.locationTags, this.customValues, this.contacts, this.tasks, this.notes,
      this.conversations, this.messages, this.emailHeaders, this.conversationUploads, this.conversationFiles, this.customSubtypes, this.subscriptionChoices, this.pipelines, this.opportunities, this.lostReasons,
      this.calendars, this.appointments, this.blockSlots, this.calendarGroups, this.appointmentNotes, this.calendarNotifications, this.calendarResources, this.availabilitySchedules,
      this.invoices, this.estimates, this.estimateTemplates, this.invoiceSchedules, this.invoiceTemplates,
      this.workflows, this.campaigns, this.workflowMemberships, this.campaignMemberships,
      this.products, this.prices, this.productCollections, this.productReviews, this.displayPriorities, this.orders, this.fulfillments, this.orderNotes, this.transactions, this.subscriptions, this.coupons, this.customProviders, this.integrationProviders,
      this.objectSchemas, this.objectFields, this.objectRecords, this.associations, this.relations,
      this.forms, this.formSubmissions, this.surveys, this.surveySubmissions,
      this.mediaObjects, this.funnels, this.funnelPages, this.redirects, this.socialAccounts, this.socialPosts,
    ];
  }
}
