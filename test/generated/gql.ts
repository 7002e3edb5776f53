/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AssociationsList { associations(first: 10) { totalCount edges { node { id ghlId key associationType firstObjectKey firstObjectLabel secondObjectKey secondObjectLabel } } } }": typeof types.AssociationsListDocument,
    "query AssociationsByKey { association(key: \"pet_owner\") { ghlId } }": typeof types.AssociationsByKeyDocument,
    "query AssociationsById($id: ID!) { association(id: $id) { key } }": typeof types.AssociationsByIdDocument,
    "query AssociationsOfOpportunities { associations(objectKey: \"opportunity\") { edges { node { key } } } }": typeof types.AssociationsOfOpportunitiesDocument,
    "query AssociationsContactsWithPets { contacts(first: 20) { edges { node { ghlId\n      relations { ghlId association { key } firstRecordId secondRecord { ... on CustomObjectRecord { ghlId } } }\n      relatedRecords(associationKey: \"pet_owner\") { ghlId property(key: \"name\") } } } } }": typeof types.AssociationsContactsWithPetsDocument,
    "query AssociationsPetsWithOwners($objectKey: String!) { records(objectKey: $objectKey, first: 30) { edges { node { ghlId relatedContacts(associationKey: \"pet_owner\") { ghlId firstName } } } } }": typeof types.AssociationsPetsWithOwnersDocument,
    "query AssociationsOpportunityPet($id: ID!) { opportunity(id: $id) { relations(associationKey: \"pet_deal\") { association { key } secondObjectKey\n        secondRecord { __typename ... on CustomObjectRecord { ghlId relatedOpportunities { ghlId } } } } } }": typeof types.AssociationsOpportunityPetDocument,
    "query AssociationsContactRecords($id: ID!) { contact(id: $id) { relatedRecords { ghlId } } }": typeof types.AssociationsContactRecordsDocument,
    "query AssociationsEdgesCost { contacts(first: 5) { edges { node { relations { ghlId } relatedRecords { ghlId } } } } }": typeof types.AssociationsEdgesCostDocument,
    "query AssociationsUnknownKey($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"nope\") { ghlId } } }": typeof types.AssociationsUnknownKeyDocument,
    "mutation AssociationsCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId firstObjectKey secondObjectKey } } }": typeof types.AssociationsCreateRelationDocument,
    "subscription AssociationsRelationEvents { relationEvents { type relationId relation { association { key } firstRecord { ... on Contact { ghlId } } secondRecord { ... on CustomObjectRecord { ghlId objectKey } } } } }": typeof types.AssociationsRelationEventsDocument,
    "mutation AssociationsDeleteRelation($id: ID!) { deleteRelation(id: $id) { deletedGhlId } }": typeof types.AssociationsDeleteRelationDocument,
    "subscription AssociationsAssociationEvents { associationEvents { type key association { ghlId firstObjectLabel } } }": typeof types.AssociationsAssociationEventsDocument,
    "mutation AssociationsCreate($input: CreateAssociationInput!) { createAssociation(input: $input) { association { id ghlId key associationType } } }": typeof types.AssociationsCreateDocument,
    "mutation AssociationsRename($id: ID!) { updateAssociation(id: $id, firstObjectLabel: \"Doctor\", secondObjectLabel: \"Patient\") { association { firstObjectLabel } } }": typeof types.AssociationsRenameDocument,
    "mutation AssociationsDelete($id: ID!) { deleteAssociation(id: $id) { deletedGhlId } }": typeof types.AssociationsDeleteDocument,
    "query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }": typeof types.ContactsWithUsersDocument,
    "query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }": typeof types.ContactTaskAssigneesDocument,
    "query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }": typeof types.ContactTaskUsersDocument,
    "query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }": typeof types.ContactsBackFromTasksAndNotesDocument,
    "query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }": typeof types.FirstContactDocument,
    "query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }": typeof types.SameContactEightTimesDocument,
    "query LocationName { location { name } }": typeof types.LocationNameDocument,
    "query BriefWorkflowsList { workflows { name status } }": typeof types.BriefWorkflowsListDocument,
    "query BriefCampaignsList { campaigns { name status } }": typeof types.BriefCampaignsListDocument,
    "query BriefCalendarsList { calendars { name eventType } }": typeof types.BriefCalendarsListDocument,
    "mutation BriefCalendarsCreate($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar { ghlId } } }": typeof types.BriefCalendarsCreateDocument,
    "mutation BriefCalendarsUpdateAppointment($id: ID!) { updateAppointment(id: $id, input: { appointmentStatus: CONFIRMED, title: \"Moved\" }) { appointment { ghlId } } }": typeof types.BriefCalendarsUpdateAppointmentDocument,
    "mutation BriefCalendarsBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId } } }": typeof types.BriefCalendarsBlockSlotDocument,
    "mutation BriefCalendarsNewAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }": typeof types.BriefCalendarsNewAppointmentDocument,
    "mutation BriefContactsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }": typeof types.BriefContactsAddToWorkflowDocument,
    "mutation BriefContactsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }": typeof types.BriefContactsAddToCampaignDocument,
    "query BriefContactsGet($id: ID!) { contact(id: $id) { name email } }": typeof types.BriefContactsGetDocument,
    "query BriefContactsSearch { contacts(first: 20, query: \"john\") { totalCount edges { node { name } } } }": typeof types.BriefContactsSearchDocument,
    "mutation BriefContactsUpdate($id: ID!) { updateContact(id: $id, input: { lastName: \"Smith\", tags: [\"customer\", \"premium\"] }) { contact { lastName } } }": typeof types.BriefContactsUpdateDocument,
    "mutation BriefContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"referral\"]) { tags } }": typeof types.BriefContactsAddTagsDocument,
    "mutation BriefContactsDelete($id: ID!) { deleteContact(id: $id) { deletedGhlId } }": typeof types.BriefContactsDeleteDocument,
    "mutation BriefContactsCreateTask($c: ID!) { createContactTask(contactId: $c, input: { title: \"Follow up on proposal\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }": typeof types.BriefContactsCreateTaskDocument,
    "query BriefContactsListTasks($id: ID!) { contact(id: $id) { tasks { title } } }": typeof types.BriefContactsListTasksDocument,
    "mutation BriefContactsCreateTaskToComplete($c: ID!) { createContactTask(contactId: $c, input: { title: \"Call back\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }": typeof types.BriefContactsCreateTaskToCompleteDocument,
    "mutation BriefContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }": typeof types.BriefContactsCompleteTaskDocument,
    "mutation BriefContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Interested in premium\" }) { note { ghlId } } }": typeof types.BriefContactsCreateNoteDocument,
    "query BriefContactsListNotes($id: ID!) { contact(id: $id) { notes { body } } }": typeof types.BriefContactsListNotesDocument,
    "mutation BriefContactsUpdateNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Updated\" }) { note { body } } }": typeof types.BriefContactsUpdateNoteDocument,
    "mutation BriefContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }": typeof types.BriefContactsDeleteNoteDocument,
    "mutation BriefContactsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }": typeof types.BriefContactsRemoveFromWorkflowDocument,
    "mutation BriefContactsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }": typeof types.BriefContactsRemoveFromCampaignDocument,
    "mutation BriefContactsRemoveFromAllCampaigns($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded } }": typeof types.BriefContactsRemoveFromAllCampaignsDocument,
    "mutation BriefContactsCreateFirstNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"First\" }) { note { ghlId } } }": typeof types.BriefContactsCreateFirstNoteDocument,
    "query BriefContactsWorkflows { workflows { id status } }": typeof types.BriefContactsWorkflowsDocument,
    "query BriefContactsPublishedCampaigns { campaigns(status: PUBLISHED) { id } }": typeof types.BriefContactsPublishedCampaignsDocument,
    "query BriefConversationsUnread { conversations(first: 20, status: UNREAD, sort: DESC) { edges { node { lastMessageBody unreadCount } } } }": typeof types.BriefConversationsUnreadDocument,
    "query BriefConversationsGet($id: ID!) { conversation(id: $id) { unreadCount starred } }": typeof types.BriefConversationsGetDocument,
    "mutation BriefConversationsUpdate($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) { conversation { starred } } }": typeof types.BriefConversationsUpdateDocument,
    "mutation BriefConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"Hi John, just following up\" }) { messageGhlId } }": typeof types.BriefConversationsSendSmsDocument,
    "mutation BriefConversationsInbound($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Customer reply\" }) { message { body } } }": typeof types.BriefConversationsInboundDocument,
    "query BriefConversationsFirst { conversations(first: 1) { edges { node { id contactId } } } }": typeof types.BriefConversationsFirstDocument,
    "mutation BriefNewContact($input: CreateContactInput!) { createContact(input: $input) { contact { id ghlId } } }": typeof types.BriefNewContactDocument,
    "query BriefActiveCalendar { calendars { id isActive slotDuration teamMembers { ghlId } } }": typeof types.BriefActiveCalendarDocument,
    "query BriefFreeSlots($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { slots } }": typeof types.BriefFreeSlotsDocument,
    "query BriefFormsList { forms(first: 20) { totalCount edges { node { ghlId name } } } }": typeof types.BriefFormsListDocument,
    "query BriefFormsFirstForm { forms(first: 1) { edges { node { id } } } }": typeof types.BriefFormsFirstFormDocument,
    "query BriefFormsSubmissions($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-01-01\", endAt: \"2025-10-31\", first: 50) {\n          edges { node { ghlId createdAt } } } }": typeof types.BriefFormsSubmissionsDocument,
    "query BriefFormsFirstSubmission { formSubmissions(first: 1) { edges { node { contactId } } } }": typeof types.BriefFormsFirstSubmissionDocument,
    "query BriefSurveysList { surveys { totalCount edges { node { ghlId name } } } }": typeof types.BriefSurveysListDocument,
    "query BriefSurveysFirst { surveys(first: 1) { edges { node { id } } } }": typeof types.BriefSurveysFirstDocument,
    "query BriefSurveysSubmissions($surveyId: ID!) { surveySubmissions(surveyId: $surveyId, first: 50) { edges { node { ghlId } } } }": typeof types.BriefSurveysSubmissionsDocument,
    "query BriefInvoicesList { invoices(first: 20) { totalCount edges { node { name total } } } }": typeof types.BriefInvoicesListDocument,
    "query BriefInvoicesGet($id: ID!) { invoice(id: $id) { name amountDue } }": typeof types.BriefInvoicesGetDocument,
    "mutation BriefInvoicesSend($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { status } } }": typeof types.BriefInvoicesSendDocument,
    "mutation BriefInvoicesRecordPayment($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 100, notes: \"Payment received\" }) { success } }": typeof types.BriefInvoicesRecordPaymentDocument,
    "mutation BriefInvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { status } } }": typeof types.BriefInvoicesVoidDocument,
    "mutation BriefInvoicesNew($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }": typeof types.BriefInvoicesNewDocument,
    "mutation BriefLocationsNewTag($name: String!) { createLocationTag(name: $name) { tag { id } } }": typeof types.BriefLocationsNewTagDocument,
    "mutation BriefLocationsNewField($name: String!) { createCustomField(input: { name: $name, dataType: TEXT }) { customField { id } } }": typeof types.BriefLocationsNewFieldDocument,
    "query BriefLocationsGet { location { name address city state country postalCode website timezone email phone } }": typeof types.BriefLocationsGetDocument,
    "query BriefLocationsSearch($c: ID!) { locations(companyId: $c, first: 50) { edges { node { ghlId name } } } }": typeof types.BriefLocationsSearchDocument,
    "mutation BriefLocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { ghlId } } }": typeof types.BriefLocationsCreateDocument,
    "mutation BriefLocationsUpdate($id: ID!) { updateLocation(id: $id, input: { name: \"Updated Business Name\", website: \"https://updated-website.com\" }) { location { name } } }": typeof types.BriefLocationsUpdateDocument,
    "query BriefLocationsTimezones { timezones }": typeof types.BriefLocationsTimezonesDocument,
    "query BriefLocationsTags { location { tags { name } } }": typeof types.BriefLocationsTagsDocument,
    "mutation BriefLocationsUpdateTag($id: ID!, $name: String!) { updateLocationTag(id: $id, name: $name) { tag { name } } }": typeof types.BriefLocationsUpdateTagDocument,
    "mutation BriefLocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId } }": typeof types.BriefLocationsDeleteTagDocument,
    "query BriefLocationsCustomFields { location { customFields { name dataType fieldKey } } }": typeof types.BriefLocationsCustomFieldsDocument,
    "mutation BriefLocationsUpdateField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name } } }": typeof types.BriefLocationsUpdateFieldDocument,
    "mutation BriefLocationsDeleteField($id: ID!) { deleteCustomField(id: $id) { deletedId } }": typeof types.BriefLocationsDeleteFieldDocument,
    "query BriefLocationsCustomValues { location { customValues { name value fieldKey } } }": typeof types.BriefLocationsCustomValuesDocument,
    "mutation BriefLocationsCreateValue($name: String!) { createCustomValue(input: { name: $name, value: \"x\" }) { customValue { id } } }": typeof types.BriefLocationsCreateValueDocument,
    "query BriefLocationsCustomValueIds { location { customValues { id } } }": typeof types.BriefLocationsCustomValueIdsDocument,
    "mutation BriefLocationsUpdateValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"changed\" }) { customValue { value } } }": typeof types.BriefLocationsUpdateValueDocument,
    "query BriefFunnelsFirst { funnels(first: 1) { edges { node { id } } } }": typeof types.BriefFunnelsFirstDocument,
    "query BriefSocialAccountIds { socialAccounts { ghlId } }": typeof types.BriefSocialAccountIdsDocument,
    "mutation BriefSocialNewPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id } } }": typeof types.BriefSocialNewPostDocument,
    "query BriefMediaList { mediaFiles(first: 50) { edges { node { ghlId name url } } } }": typeof types.BriefMediaListDocument,
    "mutation BriefMediaDelete($id: ID!) { deleteMediaFile(id: $id) { deletedGhlId } }": typeof types.BriefMediaDeleteDocument,
    "query BriefFunnelsList { funnels { totalCount edges { node { ghlId name } } } }": typeof types.BriefFunnelsListDocument,
    "query BriefFunnelsPages($id: ID!) { node(id: $id) { ... on Funnel { pages(first: 50) { edges { node { ghlId name } } } } } }": typeof types.BriefFunnelsPagesDocument,
    "query BriefFunnelsPageCount($id: ID!) { node(id: $id) { ... on Funnel { pageCount } } }": typeof types.BriefFunnelsPageCountDocument,
    "mutation BriefFunnelsRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId } } }": typeof types.BriefFunnelsRedirectDocument,
    "query BriefSocialAccounts { socialAccounts { ghlId name platform } }": typeof types.BriefSocialAccountsDocument,
    "query BriefSocialPosts { socialPosts(first: 20) { totalCount edges { node { ghlId summary } } } }": typeof types.BriefSocialPostsDocument,
    "mutation BriefSocialUpdatePost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { summary } } }": typeof types.BriefSocialUpdatePostDocument,
    "mutation BriefSocialDeletePost($id: ID!) { deleteSocialPost(id: $id) { deletedGhlId } }": typeof types.BriefSocialDeletePostDocument,
    "query BriefOpportunitiesOpen { opportunities(first: 20, status: OPEN) { totalCount edges { node { name monetaryValue } } } }": typeof types.BriefOpportunitiesOpenDocument,
    "query BriefOpportunitiesPipelines { pipelines { name stages { name } } }": typeof types.BriefOpportunitiesPipelinesDocument,
    "mutation BriefOpportunitiesUpdate($id: ID!) { updateOpportunity(id: $id, input: { monetaryValue: 55000 }) { opportunity { monetaryValue } } }": typeof types.BriefOpportunitiesUpdateDocument,
    "mutation BriefOpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }": typeof types.BriefOpportunitiesWinDocument,
    "mutation BriefOpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }": typeof types.BriefOpportunitiesDeleteDocument,
    "query BriefOpportunitiesPipelineIds { pipelines { id stages { id } } }": typeof types.BriefOpportunitiesPipelineIdsDocument,
    "mutation BriefOpportunitiesNew($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": typeof types.BriefOpportunitiesNewDocument,
    "query BriefPaymentsOrders { orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }": typeof types.BriefPaymentsOrdersDocument,
    "query BriefPaymentsOrder($id: ID!) { order(id: $id) { status items { name qty } } }": typeof types.BriefPaymentsOrderDocument,
    "mutation BriefPaymentsFulfil($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"40012345678\", shippingCarrier: \"FedEx\" }], notifyCustomer: true }) {\n            order { fulfillmentStatus } } }": typeof types.BriefPaymentsFulfilDocument,
    "query BriefPaymentsTransactions { transactions(first: 20) { totalCount edges { node { amount status } } } }": typeof types.BriefPaymentsTransactionsDocument,
    "query BriefPaymentsFirstTransaction { transactions(first: 1) { edges { node { id } } } }": typeof types.BriefPaymentsFirstTransactionDocument,
    "query BriefPaymentsTransaction($id: ID!) { transaction(id: $id) { amount currency } }": typeof types.BriefPaymentsTransactionDocument,
    "query BriefPaymentsSubscriptions { paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }": typeof types.BriefPaymentsSubscriptionsDocument,
    "query BriefPaymentsCompletedOrders { orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }": typeof types.BriefPaymentsCompletedOrdersDocument,
    "query BriefPaymentsOrderItems($id: ID!) { order(id: $id) { items { priceId qty } } }": typeof types.BriefPaymentsOrderItemsDocument,
    "query BriefProductsList { products(first: 20) { totalCount edges { node { name productType } } } }": typeof types.BriefProductsListDocument,
    "query BriefProductsGet($id: ID!) { product(id: $id) { name description } }": typeof types.BriefProductsGetDocument,
    "mutation BriefProductsUpdate($id: ID!) { updateProduct(id: $id, input: { description: \"Now with a travel case\" }) { product { description } } }": typeof types.BriefProductsUpdateDocument,
    "mutation BriefProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }": typeof types.BriefProductsDeleteDocument,
    "mutation BriefProductsCreatePrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Standard\", type: ONE_TIME, currency: \"USD\", amount: 49.99 }) { price { amount } } }": typeof types.BriefProductsCreatePriceDocument,
    "mutation BriefProductsNew { createProduct(input: { name: \"Electric Toothbrush Pro\", productType: PHYSICAL }) { product { id } } }": typeof types.BriefProductsNewDocument,
    "mutation BriefUsersNew($input: CreateUserInput!) { createUser(input: $input) { user { id } } }": typeof types.BriefUsersNewDocument,
    "query BriefUsersSearch($c: ID!) { users(companyId: $c, first: 25) { totalCount edges { node { name } } } }": typeof types.BriefUsersSearchDocument,
    "query BriefUsersGet($id: ID!) { user(id: $id) { name email roles { type role locationIds } } }": typeof types.BriefUsersGetDocument,
    "mutation BriefUsersUpdate($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name } } }": typeof types.BriefUsersUpdateDocument,
    "mutation BriefUsersDelete($id: ID!) { deleteUser(id: $id) { deletedId } }": typeof types.BriefUsersDeleteDocument,
    "query CoherentContactCity($id: ID!) { contact(id: $id) { city } }": typeof types.CoherentContactCityDocument,
    "mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": typeof types.CoherentContactMoveDocument,
    "query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }": typeof types.SharedCacheContactDocument,
    "query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }": typeof types.SharedCacheContactLiveDocument,
    "mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }": typeof types.SharedCacheContactMoveDocument,
    "query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }": typeof types.CachedContactDocument,
    "query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }": typeof types.CachedContactPageDocument,
    "mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }": typeof types.CachedContactMutatedDocument,
    "query CachedCalendarGroups { calendarGroups { ghlId } }": typeof types.CachedCalendarGroupsDocument,
    "mutation CachedCreateCalendarGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { ghlId } } }": typeof types.CachedCreateCalendarGroupDocument,
    "query CachedPetsOfContact($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"pet_owner\") { ghlId } } }": typeof types.CachedPetsOfContactDocument,
    "mutation CachedCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId } } }": typeof types.CachedCreateRelationDocument,
    "query CachedLocationName($id: ID!) { location(id: $id) { name } }": typeof types.CachedLocationNameDocument,
    "query CalendarsGroupsBothWays { calendarGroups { ghlId name slug isActive calendars { ghlId } } calendars { ghlId group { ghlId name } } }": typeof types.CalendarsGroupsBothWaysDocument,
    "query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }": typeof types.CalendarsGroupSlugDocument,
    "mutation CalendarsCreateGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { id ghlId name description slug isActive locationId } } }": typeof types.CalendarsCreateGroupDocument,
    "mutation CalendarsRenameGroup($id: ID!, $input: UpdateCalendarGroupInput!) { updateCalendarGroup(id: $id, input: $input) { calendarGroup { id name description slug } } }": typeof types.CalendarsRenameGroupDocument,
    "mutation CalendarsDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { ghlId isActive } } }": typeof types.CalendarsDisableGroupDocument,
    "mutation CalendarsMoveToGroup($id: ID!, $group: ID!) { updateCalendar(id: $id, input: { groupId: $group }) { calendar { ghlId groupId group { ghlId name calendars { ghlId } } } } }": typeof types.CalendarsMoveToGroupDocument,
    "query CalendarsGroupNode($id: ID!) { node(id: $id) { ... on CalendarGroup { ghlId name } } }": typeof types.CalendarsGroupNodeDocument,
    "mutation CalendarsDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId deletedGhlId } }": typeof types.CalendarsDeleteGroupDocument,
    "query CalendarsUngrouped($id: ID!) { calendar(id: $id) { groupId group { ghlId } } }": typeof types.CalendarsUngroupedDocument,
    "mutation CalendarsUpdate($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { calendar { ghlId name slotDuration slotDurationUnit eventColor } } }": typeof types.CalendarsUpdateDocument,
    "mutation CalendarsCreateToDelete { createCalendar(input: { name: \"Short-lived\" }) { calendar { id ghlId } } }": typeof types.CalendarsCreateToDeleteDocument,
    "mutation CalendarsDelete($id: ID!) { deleteCalendar(id: $id) { deletedId deletedGhlId } }": typeof types.CalendarsDeleteDocument,
    "query CalendarsGone($id: ID!) { calendar(id: $id) { ghlId } }": typeof types.CalendarsGoneDocument,
    "mutation CalendarsDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId deletedGhlId } }": typeof types.CalendarsDeleteAppointmentDocument,
    "query CalendarsAppointmentGone($id: ID!) { appointment(id: $id) { ghlId } }": typeof types.CalendarsAppointmentGoneDocument,
    "query CalendarsBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId title startAt endAt calendarId } } }": typeof types.CalendarsBlockedSlotsDocument,
    "mutation CalendarsMoveBlock($id: ID!, $input: UpdateBlockSlotInput!) { updateBlockSlot(id: $id, input: $input) { blockSlot { ghlId title calendarId assignedUserId startAt } } }": typeof types.CalendarsMoveBlockDocument,
    "query CalendarsNotifications { calendars { ghlId notifications { ghlId channel notificationType receiverType subject beforeTime { timeOffset unit } } again: notifications { ghlId } } }": typeof types.CalendarsNotificationsDocument,
    "mutation CalendarsAddNotification($c: ID!, $input: CreateCalendarNotificationInput!) { createCalendarNotification(calendarId: $c, input: $input) { notification { id ghlId channel notificationType isActive beforeTime { timeOffset unit } calendar { ghlId } } } }": typeof types.CalendarsAddNotificationDocument,
    "mutation CalendarsChangeNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false, body: \"Heads up\" }) { notification { ghlId isActive body channel } } }": typeof types.CalendarsChangeNotificationDocument,
    "query CalendarsNotificationNode($id: ID!) { node(id: $id) { ... on CalendarNotification { ghlId body } } }": typeof types.CalendarsNotificationNodeDocument,
    "mutation CalendarsDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId deletedGhlId } }": typeof types.CalendarsDeleteNotificationDocument,
    "query CalendarsNotificationsAfter($id: ID!) { calendar(id: $id) { notifications { ghlId } } }": typeof types.CalendarsNotificationsAfterDocument,
    "query CalendarsAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes { edges { node {\n        id ghlId body createdAt userId user { ghlId } contact { ghlId } appointment { ghlId }\n      } } pageInfo { hasNextPage } } } }": typeof types.CalendarsAppointmentNotesDocument,
    "query CalendarsAppointmentNoteNode($id: ID!) { node(id: $id) { ... on AppointmentNote { ghlId body } } }": typeof types.CalendarsAppointmentNoteNodeDocument,
    "query CalendarsNotesBatched($a: ID!, $b: ID!) {\n        first: appointment(id: $a) { appointmentNotes { edges { node { ghlId } } } }\n        again: appointment(id: $a) { appointmentNotes { edges { node { body } } } }\n        other: appointment(id: $b) { appointmentNotes { edges { node { ghlId appointment { ghlId } } } } }\n      }": typeof types.CalendarsNotesBatchedDocument,
    "mutation CalendarsAddNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { ghlId } } }": typeof types.CalendarsAddNoteDocument,
    "query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }": typeof types.CalendarsNotesPageDocument,
    "mutation CalendarsCreateNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { id ghlId body userId user { ghlId } appointmentId } } }": typeof types.CalendarsCreateNoteDocument,
    "mutation CalendarsUpdateNote($a: ID!, $n: ID!, $input: AppointmentNoteInput!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: $input) { appointmentNote { ghlId body } } }": typeof types.CalendarsUpdateNoteDocument,
    "mutation CalendarsDeleteNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId deletedGhlId } }": typeof types.CalendarsDeleteNoteDocument,
    "query CalendarResourcesBothWays { calendarResources { id ghlId resourceType name description isActive quantity outOfService capacity calendarIds calendars { ghlId } } calendars { ghlId resources { ghlId } } }": typeof types.CalendarResourcesBothWaysDocument,
    "query CalendarResourceOne($id: ID!, $ghlId: ID!) { node(id: $id) { ... on CalendarResource { ghlId name } } calendarResource(id: $ghlId, resourceType: ROOM) { ghlId capacity location { id } } location { calendarResources(resourceType: ROOM) { ghlId } } }": typeof types.CalendarResourceOneDocument,
    "query CalendarResourceUnknownType($id: ID!) { node(id: $id) { id } }": typeof types.CalendarResourceUnknownTypeDocument,
    "mutation CalendarResourcesCreate($input: CreateCalendarResourceInput!) { createCalendarResource(input: $input) { calendarResource { id ghlId resourceType name description quantity outOfService capacity isActive calendars { ghlId } } } }": typeof types.CalendarResourcesCreateDocument,
    "mutation CalendarResourcesUpdate($id: ID!, $input: UpdateCalendarResourceInput!) { updateCalendarResource(id: $id, input: $input) { calendarResource { ghlId name quantity outOfService calendarIds isActive } } }": typeof types.CalendarResourcesUpdateDocument,
    "mutation CalendarResourcesDisableById($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { isActive: false }) { calendarResource { ghlId isActive } } }": typeof types.CalendarResourcesDisableByIdDocument,
    "mutation CalendarResourcesDelete($id: ID!) { deleteCalendarResource(id: $id) { deletedId deletedGhlId } }": typeof types.CalendarResourcesDeleteDocument,
    "query CalendarResourceGone($id: ID!) { calendarResource(id: $id) { ghlId } }": typeof types.CalendarResourceGoneDocument,
    "query CalendarSchedulesOfCalendars { calendars { ghlId availabilitySchedules { id ghlId name timezone userId user { ghlId } rules { kind day date intervals { from to } } calendars { ghlId } createdAt } } }": typeof types.CalendarSchedulesOfCalendarsDocument,
    "mutation CalendarSchedulesCreate($input: CreateAvailabilityScheduleInput!) { createAvailabilitySchedule(input: $input) { availabilitySchedule { id ghlId name timezone userId calendarIds rules { kind day intervals { from to } } } } }": typeof types.CalendarSchedulesCreateDocument,
    "mutation CalendarSchedulesUpdate($id: ID!, $input: UpdateAvailabilityScheduleInput!) { updateAvailabilitySchedule(id: $id, input: $input) { availabilitySchedule { ghlId name timezone rules { kind date intervals { from to } } } } }": typeof types.CalendarSchedulesUpdateDocument,
    "mutation CalendarSchedulesApply($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds calendars { ghlId } } } }": typeof types.CalendarSchedulesApplyDocument,
    "query CalendarSchedulesOfUser($user: ID!, $c: ID!) { availabilitySchedules(userId: $user, calendarId: $c) { ghlId } calendar(id: $c) { availabilitySchedules { ghlId } } }": typeof types.CalendarSchedulesOfUserDocument,
    "mutation CalendarSchedulesRemove($id: ID!, $c: ID!) { removeAvailabilityScheduleFromCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds } } }": typeof types.CalendarSchedulesRemoveDocument,
    "mutation CalendarSchedulesDelete($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId deletedGhlId } }": typeof types.CalendarSchedulesDeleteDocument,
    "query CalendarScheduleGone($id: ID!) { node(id: $id) { id } }": typeof types.CalendarScheduleGoneDocument,
    "query CalendarSchedulesOfUsers { location { users { ghlId availabilitySchedules { ghlId name } } } }": typeof types.CalendarSchedulesOfUsersDocument,
    "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }": typeof types.CalendarsWithSettingsDocument,
    "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }": typeof types.CalendarTeamsDocument,
    "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }": typeof types.CalendarByIdDocument,
    "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }": typeof types.CalendarByGlobalIdDocument,
    "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startAt: $from, endAt: $to) {\n         id ghlId title status startAt endAt calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }": typeof types.CalendarAppointmentsDocument,
    "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startAt contact { ghlId } } }": typeof types.AppointmentByIdDocument,
    "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }": typeof types.AppointmentNodeDocument,
    "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId status startAt endAt calendar { ghlId } } } }": typeof types.ContactAppointmentsTimedDocument,
    "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title status } } }": typeof types.ContactAppointmentsUntimedDocument,
    "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, timezone: $tz) { date slots } }": typeof types.FreeSlotsInZoneDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }": typeof types.CreateCalendarDocument,
    "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, userId: $u) { date slots } }": typeof types.FreeSlotsOfUserDocument,
    "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title status meetingLocationType startAt endAt calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }": typeof types.CreateAppointmentDocument,
    "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startAt endAt status meetingLocationType } } }": typeof types.MoveAppointmentDocument,
    "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }": typeof types.ContactAppointmentIdsDocument,
    "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startAt endAt calendarId calendar { ghlId } } } }": typeof types.CreateBlockSlotDocument,
    "query DeprecatedCalendarNames($id: ID!, $from: DateTime!, $to: DateTime!, $first: Date!, $last: Date!) {\n         calendar(id: $id) {\n           current: appointments(startAt: $from, endAt: $to) { ghlId status startAt endAt }\n           deprecated: appointments(startTime: $from, endTime: $to) { ghlId appointmentStatus startTime endTime }\n         }\n         currentSlots: freeSlots(calendarId: $id, startAt: $first, endAt: $last) { date slots }\n         deprecatedSlots: freeSlots(calendarId: $id, startDate: $first, endDate: $last) { date slots }\n       }": typeof types.DeprecatedCalendarNamesDocument,
    "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }": typeof types.UnknownCalendarAndAppointmentDocument,
    "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }": typeof types.CalendarsOfLocationDocument,
    "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }": typeof types.CalendarGhlIdDocument,
    "query CircuitBreakerFirstContact { contacts(first: 1) { edges { node { ghlId } } } }": typeof types.CircuitBreakerFirstContactDocument,
    "query CircuitBreakerContact($id: ID!) { contact(id: $id) { ghlId } }": typeof types.CircuitBreakerContactDocument,
    "\n  query ClientContacts {\n    contacts(first: 3) { totalCount edges { node { id name } } }\n  }\n": typeof types.ClientContactsDocument,
    "\n  mutation ClientTag($id: ID!, $tags: [String!]!) {\n    addContactTags(id: $id, tags: $tags) { tags }\n  }\n": typeof types.ClientTagDocument,
    "query ClientContactTags($id: ID!) { contact(id: $id) { tags } }": typeof types.ClientContactTagsDocument,
    "\n  subscription ClientContactEvents($contactId: ID!) {\n    contactEvents(contactId: $contactId) { type nodeId contact { id name tags } }\n  }\n": typeof types.ClientContactEventsDocument,
    "\n  query ClientPage($first: Int!, $after: String) {\n    contacts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }\n  }\n": typeof types.ClientPageDocument,
    "\n  mutation ClientRename($id: ID!, $firstName: String!) {\n    updateContact(id: $id, input: { firstName: $firstName }) { contact { id name } }\n  }\n": typeof types.ClientRenameDocument,
    "query ClientFirstTen { contacts(first: 10) { edges { node { id } } } }": typeof types.ClientFirstTenDocument,
    "\n  query CompiledRich($first: Int!, $withTags: Boolean!, $missing: ID!) {\n    contacts(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CompiledContactParts\n          tags @include(if: $withTags)\n          opportunities(first: 2) { edges { node { name status monetaryValue stage { name } } } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    missing: contact(id: $missing) { ghlId }\n    again: contact(id: $missing) { name }\n  }\n  fragment CompiledContactParts on Contact {\n    id\n    ghlId\n    name\n    email\n    createdAt\n    location { id name timezone }\n  }\n": typeof types.CompiledRichDocument,
    "\n  query CompiledNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Contact { name phone }\n      ... on Opportunity { name status contact { name } }\n    }\n  }\n": typeof types.CompiledNodesDocument,
    "query CompiledContactById($id: ID!) { contact(id: $id) { ghlId name } }": typeof types.CompiledContactByIdDocument,
    "query CompiledSomeDeals { opportunities(first: 2) { edges { node { id } } } }": typeof types.CompiledSomeDealsDocument,
    "query CompiledContactIds { contacts(first: 2) { edges { node { id } } } }": typeof types.CompiledContactIdsDocument,
    "query ContactSearchAll($after: String, $filter: ContactFilter, $orderBy: ContactOrder) {\n         contacts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": typeof types.ContactSearchAllDocument,
    "query ContactSearchLocationDnd { location { contacts(first: 5, filter: { dnd: true }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { ghlId dnd } } } } }": typeof types.ContactSearchLocationDndDocument,
    "query ContactSearchFirstTwo { contacts(first: 2) { pageInfo { endCursor } } }": typeof types.ContactSearchFirstTwoDocument,
    "query ContactSearchByNameAfter($after: String) { contacts(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }": typeof types.ContactSearchByNameAfterDocument,
    "query ContactSearchBackwardRange { contacts(filter: { createdAt: { from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\" } }) { totalCount } }": typeof types.ContactSearchBackwardRangeDocument,
    "query ContactSearchLongQuery($query: String) { contacts(query: $query) { totalCount } }": typeof types.ContactSearchLongQueryDocument,
    "\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n": typeof types.ContactsAddFollowersDocument,
    "\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n": typeof types.ContactsRemoveFollowersDocument,
    "\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n": typeof types.ContactsFollowerUsersDocument,
    "\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n": typeof types.ContactsUpsertDocument,
    "\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n": typeof types.ContactsDuplicateDocument,
    "query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }": typeof types.ContactsUpsertedCityDocument,
    "\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n": typeof types.ContactsBulkTagsDocument,
    "\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n": typeof types.ContactsSetBusinessDocument,
    "\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n": typeof types.ContactsOfBusinessDocument,
    "query R4ContactsListPage($after: String, $query: String) {\n  location { contactsList(first: 40, after: $after, query: $query) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId email } } } } }": typeof types.R4ContactsListPageDocument,
    "query R4ContactsListUsers { location { contactsList(first: 30) { edges { node { ghlId assignedUser { ghlId } } } } } }": typeof types.R4ContactsListUsersDocument,
    "query R4ContactsListDeprecation { __type(name: \"Location\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": typeof types.R4ContactsListDeprecationDocument,
    "query ContactsAllFields($id: ID!) { contact(id: $id) {\n        id ghlId locationId name firstName lastName email phone companyName source timezone\n        address1 city state postalCode country website tags dnd createdAt updatedAt assignedTo\n        dndSettings { sms { status } email { status } }\n        customFields { fieldId value }\n      } }": typeof types.ContactsAllFieldsDocument,
    "query ContactsGlobalId($id: ID!) { contact(id: $id) { id } }": typeof types.ContactsGlobalIdDocument,
    "query ContactsByGlobalIdAndNode($id: ID!) { contact(id: $id) { ghlId } node(id: $id) { id ... on Contact { ghlId } } }": typeof types.ContactsByGlobalIdAndNodeDocument,
    "query ContactsPage($after: String) { contacts(first: 100, after: $after) {\n           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ghlId } } } }": typeof types.ContactsPageDocument,
    "query ContactsSearchByName($q: String) { contacts(query: $q, first: 50) { totalCount edges { node { firstName lastName email } } } }": typeof types.ContactsSearchByNameDocument,
    "query ContactsEmailsAndPhones($after: String) { contacts(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId email phone } } } }": typeof types.ContactsEmailsAndPhonesDocument,
    "query ContactsRelations($id: ID!) { contact(id: $id) {\n         location { ghlId name }\n         assignedUser { ghlId name email roles { locationIds } }\n         tasks { ghlId title completed contactId }\n         notes { ghlId body contactId user { ghlId } }\n       } }": typeof types.ContactsRelationsDocument,
    "query ContactsOfLocation($loc: ID) { location(id: $loc) { ghlId name timezone settings { allowDuplicateContact } contacts(first: 3) { edges { node { locationId } } } } }": typeof types.ContactsOfLocationDocument,
    "mutation ContactsCreate($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId name email phone tags country } } }": typeof types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { lastName city companyName } } }": typeof types.ContactsUpdateDocument,
    "mutation ContactsUpdateInboundDnd($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { ghlId } } }": typeof types.ContactsUpdateInboundDndDocument,
    "mutation ContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"lead\", \" referral \"]) { tags contact { tags } } }": typeof types.ContactsAddTagsDocument,
    "mutation ContactsRemoveTags($id: ID!) { removeContactTags(id: $id, tags: [\"lead\"]) { tags } }": typeof types.ContactsRemoveTagsDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) { deletedId deletedGhlId } }": typeof types.ContactsDeleteDocument,
    "mutation ContactsCreateTask($c: ID!, $input: CreateTaskInput!) { createContactTask(contactId: $c, input: $input) {\n         task { id ghlId title completed dueDate assignedUser { ghlId } contact { ghlId } } } }": typeof types.ContactsCreateTaskDocument,
    "mutation ContactsRenameTask($c: ID!, $t: ID!) { updateContactTask(contactId: $c, taskId: $t, input: { title: \"Call back Monday\" }) { task { title } } }": typeof types.ContactsRenameTaskDocument,
    "mutation ContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }": typeof types.ContactsCompleteTaskDocument,
    "query ContactsTasksAndTaskNode($id: ID!, $task: ID!) { contact(id: $id) { tasks { ghlId } } node(id: $task) { ... on Task { title } } }": typeof types.ContactsTasksAndTaskNodeDocument,
    "mutation ContactsDeleteTask($c: ID!, $t: ID!) { deleteContactTask(contactId: $c, taskId: $t) { deletedId deletedGhlId } }": typeof types.ContactsDeleteTaskDocument,
    "mutation ContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\", pinned: true }) { note { id ghlId body pinned } } }": typeof types.ContactsCreateNoteDocument,
    "mutation ContactsRewriteNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Met at the spring fair\" }) { note { body } } }": typeof types.ContactsRewriteNoteDocument,
    "mutation ContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }": typeof types.ContactsDeleteNoteDocument,
    "\n  mutation ConvUploadStart($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) {\n      uploadUrl uploadId filePath contentType expiresAt maxFileSize\n      conversation { ghlId contactId }\n    }\n  }\n": typeof types.ConvUploadStartDocument,
    "\n  mutation ConvUploadStartBare($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) { uploadUrl uploadId filePath maxFileSize }\n  }\n": typeof types.ConvUploadStartBareDocument,
    "\n  mutation ConvUploadComplete($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } size contentType conversation { ghlId } }\n  }\n": typeof types.ConvUploadCompleteDocument,
    "\n  mutation ConvUploadCompleteBare($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } }\n  }\n": typeof types.ConvUploadCompleteBareDocument,
    "\n  mutation ConvUploadSend($contactId: ID!, $attachments: [URL!]) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"The brochure, as promised\", attachments: $attachments }) {\n      messageGhlId\n    }\n  }\n": typeof types.ConvUploadSendDocument,
    "query ConvUploadMessage($id: ID!) { message(id: $id) { attachments conversation { ghlId } } }": typeof types.ConvUploadMessageDocument,
    "\n  mutation ConvUploadAttach($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids conversation { ghlId contactId } }\n  }\n": typeof types.ConvUploadAttachDocument,
    "\n  mutation ConvUploadAttachBare($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids }\n  }\n": typeof types.ConvUploadAttachBareDocument,
    "\n  mutation ConvUploadRawAttach($input: GhlConversationsUploadFilesDtoFieldsInput!) {\n    ghl { conversations { uploadFileAttachments(input: $input) { uploadedFiles } } }\n  }\n": typeof types.ConvUploadRawAttachDocument,
    "\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n": typeof types.ConversationsCreateDocument,
    "mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }": typeof types.ConversationsDeleteDocument,
    "\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n": typeof types.ConversationsSendLaterDocument,
    "mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }": typeof types.ConversationsCancelScheduledDocument,
    "\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n": typeof types.ConversationsMessageStatusDocument,
    "\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n": typeof types.ConversationsOutboundCallDocument,
    "\n  mutation ConversationsSetAttachments($id: ID!, $attachments: [URL!]!) {\n    setMessageAttachments(id: $id, attachments: $attachments) { messageGhlId message { attachments } conversation { ghlId } }\n  }\n": typeof types.ConversationsSetAttachmentsDocument,
    "\n  mutation LifecycleSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n": typeof types.LifecycleSendEmailDocument,
    "mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }": typeof types.ConversationsCancelScheduledEmailDocument,
    "\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n": typeof types.ConversationsThreadEmailsDocument,
    "\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n": typeof types.ConversationsThreadTranscriptsDocument,
    "\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n": typeof types.ConversationsLocationMessagesDocument,
    "\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n": typeof types.ConversationsLiveChatTypingDocument,
    "\n  mutation ConversationsReviewReply($conversationId: ID!, $message: String!) {\n    replyToReview(conversationId: $conversationId, message: $message) { messageGhlId message { type direction body } conversation { ghlId } }\n  }\n": typeof types.ConversationsReviewReplyDocument,
    "mutation ConversationsSend($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId } }": typeof types.ConversationsSendDocument,
    "query ConversationsInboxWithContacts { conversations(first: 20) { totalCount edges { node {\n      ghlId contactId unreadCount lastMessageBody lastMessageType contact { ghlId name email phone } } } } }": typeof types.ConversationsInboxWithContactsDocument,
    "query ConversationsInboxPage($after: String) { conversations(first: 25, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": typeof types.ConversationsInboxPageDocument,
    "query ConversationsMessagesPage($id: ID!, $after: String) { conversation(id: $id) { messages(first: 3, after: $after) {\n           pageInfo { hasNextPage endCursor } edges { node { ghlId body direction type createdAt dateAdded conversationId } } } } }": typeof types.ConversationsMessagesPageDocument,
    "query ConversationsMessageLinks($m: ID!, $c: ID!) {\n        message(id: $m) { ghlId conversation { ghlId } contact { ghlId } }\n        contact(id: $c) { conversations { edges { node { ghlId } } } }\n      }": typeof types.ConversationsMessageLinksDocument,
    "mutation ConversationsMarkReadStarred($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) {\n      conversation { read unreadCount starred } } }": typeof types.ConversationsMarkReadStarredDocument,
    "mutation ConversationsMarkUnread($id: ID!) { updateConversation(id: $id, input: { read: false }) { conversation { read } } }": typeof types.ConversationsMarkUnreadDocument,
    "mutation ConversationsAssign($id: ID!, $u: ID!) { updateConversation(id: $id, input: { assignedTo: $u }) {\n      conversation { assignedTo assignedUser { ghlId } contact { assignedTo } } } }": typeof types.ConversationsAssignDocument,
    "mutation ConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"See you at 10\" }) {\n         messageGhlId message { body type direction } conversation { ghlId } } }": typeof types.ConversationsSendSmsDocument,
    "mutation ConversationsSendEmail($c: ID!) { sendMessage(input: { contactId: $c, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\" }) {\n         messageGhlId message { type } } }": typeof types.ConversationsSendEmailDocument,
    "mutation ConversationsSendReply($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId message { type } } }": typeof types.ConversationsSendReplyDocument,
    "mutation ConversationsMarkRead($id: ID!) { updateConversation(id: $id, input: { read: true }) { conversation { read } } }": typeof types.ConversationsMarkReadDocument,
    "mutation ConversationsAddInboundSms($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Running late\" }) {\n         message { body direction } conversation { read unreadCount } } }": typeof types.ConversationsAddInboundSmsDocument,
    "mutation ConversationsAddInbound($input: InboundMessageInput!) { addInboundMessage(input: $input) { message { type direction } } }": typeof types.ConversationsAddInboundDocument,
    "query CostContactsTasksNotes { contacts(first: 7) { edges { node { name tasks { title } notes { body } } } } }": typeof types.CostContactsTasksNotesDocument,
    "query CostOpportunityContactsEmbedded { opportunities(first: 5) { edges { node { contact { name email phone tags } } } } }": typeof types.CostOpportunityContactsEmbeddedDocument,
    "query CostOpportunityContactsFull { opportunities(first: 5) { edges { node { contact { name city } } } } }": typeof types.CostOpportunityContactsFullDocument,
    "query CostOpportunityContact($id: ID!) { opportunity(id: $id) { contact { name } } }": typeof types.CostOpportunityContactDocument,
    "query CostSharedLists {\n      contacts(first: 20) { edges { node { assignedUser { name } location { name } } } }\n      opportunities(first: 20) { edges { node { assignedUser { name } stage { name } pipeline { name } } } }\n    }": typeof types.CostSharedListsDocument,
    "query CostPaymentContactsEmbedded {\n      orders(first: 20) { edges { node { amount contact { name email } } } }\n      paymentSubscriptions(first: 20) { edges { node { amount contact { name } } } }\n    }": typeof types.CostPaymentContactsEmbeddedDocument,
    "query CostTransactionContacts { transactions(first: 20) { edges { node { amount contact { name city } } } } }": typeof types.CostTransactionContactsDocument,
    "query CostTransactionOrders { transactions(first: 10) { edges { node { order { status items { name } } location { name } } } } }": typeof types.CostTransactionOrdersDocument,
    "query CostProductPrices { products(first: 10) { edges { node { name prices { amount currency } } } } }": typeof types.CostProductPricesDocument,
    "mutation CostUpdateProduct($id: ID!) { updateProduct(id: $id, input: { description: \"Priced\" }) { product { name } } }": typeof types.CostUpdateProductDocument,
    "mutation CostCreateProductPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Priced\", type: ONE_TIME, currency: \"USD\", amount: 5 }) {\n        price { amount } product { name prices { amount } } } }": typeof types.CostCreateProductPriceDocument,
    "query CostLocationSummaries($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name city timezone } } } }": typeof types.CostLocationSummariesDocument,
    "query CostLocationsFull($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name logoUrl business { name } } } } }": typeof types.CostLocationsFullDocument,
    "query CostOverBudget { conversations(first: 80) { edges { node { messages(first: 1) { totalCount } } } } }": typeof types.CostOverBudgetDocument,
    "query CostConversationsPage($first: Int) { conversations(first: $first) { edges { node { messages(first: 1) { totalCount } } } } }": typeof types.CostConversationsPageDocument,
    "query CostTwoPipelines($a: ID, $b: ID) { a: pipelines(locationId: $a) { name } b: pipelines(locationId: $b) { name } }": typeof types.CostTwoPipelinesDocument,
    "query CostConversationsTen { conversations(first: 10) { edges { node { messages(first: 1) { totalCount } } } } }": typeof types.CostConversationsTenDocument,
    "\n  mutation CouponsCreate($input: CouponInput!) {\n    createCoupon(input: $input) { coupon { ghlId code name discountType discountValue status startAt endAt usageLimit limitedToOnePerCustomer productIds products { ghlId name } } }\n  }\n": typeof types.CouponsCreateDocument,
    "query CouponsList { coupons(first: 50) { totalCount edges { node { ghlId code status discountType productIds } } } }": typeof types.CouponsListDocument,
    "query CouponsExpired { coupons(status: EXPIRED, first: 50) { edges { node { ghlId } } } }": typeof types.CouponsExpiredDocument,
    "query CouponsSearch($q: String) { coupons(query: $q, first: 50) { edges { node { code } } } }": typeof types.CouponsSearchDocument,
    "query CouponsProducts { coupons(first: 50) { edges { node { productIds products { ghlId name } } } } }": typeof types.CouponsProductsDocument,
    "query CouponsOne($id: ID!, $code: String!) { coupon(id: $id, code: $code) { ghlId code name discountValue usageCount } }": typeof types.CouponsOneDocument,
    "mutation CouponsUpdate($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { coupon { ghlId discountType discountValue productIds usageLimit } } }": typeof types.CouponsUpdateDocument,
    "mutation CouponsDelete($id: ID!) { deleteCoupon(id: $id) { deletedGhlId } }": typeof types.CouponsDeleteDocument,
    "\n  query CredentialsContacts {\n    contacts(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CredentialsContactsDocument,
    "query CustomObjectsSchemas { objectSchemas { ghlId key standard singularLabel pluralLabel createdAt } }": typeof types.CustomObjectsSchemasDocument,
    "query CustomObjectsSchema($key: String!) { objectSchema(key: $key) { id key searchableProperties fields { name fieldKey dataType options { key label } } } }": typeof types.CustomObjectsSchemaDocument,
    "query CustomObjectsSchemaNode($id: ID!) { node(id: $id) { ... on CustomObjectSchema { key } } }": typeof types.CustomObjectsSchemaNodeDocument,
    "query CustomObjectsSchemaKey($key: String!) { objectSchema(key: $key) { key } }": typeof types.CustomObjectsSchemaKeyDocument,
    "mutation CustomObjectsCreateTickets($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Ticket\", pluralLabel: \"Tickets\",\n        primaryPropertyKey: \"subject\", primaryPropertyName: \"Subject\", primaryPropertyType: TEXT }) { objectSchema { key standard primaryDisplayProperty } } }": typeof types.CustomObjectsCreateTicketsDocument,
    "mutation CustomObjectsUpdateSchema($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { pluralLabel: \"Support tickets\", searchableProperties: $props }) {\n        objectSchema { pluralLabel searchableProperties } } }": typeof types.CustomObjectsUpdateSchemaDocument,
    "mutation CustomObjectsSearchByUnknown($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { searchableProperties: $props }) { objectSchema { key } } }": typeof types.CustomObjectsSearchByUnknownDocument,
    "query CustomObjectsRecordsFirst($objectKey: String!) { records(objectKey: $objectKey, first: 15) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId objectKey properties createdAt } } } }": typeof types.CustomObjectsRecordsFirstDocument,
    "query CustomObjectsRecordsAfter($objectKey: String!, $after: String) { records(objectKey: $objectKey, first: 15, after: $after) { edges { node { ghlId } } } }": typeof types.CustomObjectsRecordsAfterDocument,
    "query CustomObjectsRecordValues($objectKey: String!) { records(objectKey: $objectKey, first: 10) { edges { node { ghlId values { name fieldKey value field { name dataType } } } } } }": typeof types.CustomObjectsRecordValuesDocument,
    "query CustomObjectsRecordSearch($objectKey: String!, $q: String) { records(objectKey: $objectKey, query: $q, first: 100) { totalCount edges { node { property(key: \"name\") } } } }": typeof types.CustomObjectsRecordSearchDocument,
    "query CustomObjectsRecordTwice($objectKey: String!, $property: String!, $id: ID!) {\n        a: record(objectKey: $objectKey, id: $id) { id ghlId property(key: $property) ownerIds owners { ghlId } objectSchema { singularLabel } }\n        b: record(objectKey: $objectKey, id: $id) { ghlId } }": typeof types.CustomObjectsRecordTwiceDocument,
    "query CustomObjectsRecordNode($id: ID!) { node(id: $id) { ... on CustomObjectRecord { ghlId objectKey } } }": typeof types.CustomObjectsRecordNodeDocument,
    "mutation CustomObjectsCreateRecord($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Ziggy\", species: \"cat\", age: 2 } }) { record { ghlId properties } } }": typeof types.CustomObjectsCreateRecordDocument,
    "mutation CustomObjectsUpdateRecord($objectKey: String!, $id: ID!) { updateRecord(objectKey: $objectKey, id: $id, input: { properties: { age: 3 } }) { record { properties updatedAt } } }": typeof types.CustomObjectsUpdateRecordDocument,
    "mutation CustomObjectsDeleteRecord($objectKey: String!, $id: ID!) { deleteRecord(objectKey: $objectKey, id: $id) { deletedGhlId } }": typeof types.CustomObjectsDeleteRecordDocument,
    "query CustomObjectsRecordGone($objectKey: String!, $id: ID!) { record(objectKey: $objectKey, id: $id) { ghlId } }": typeof types.CustomObjectsRecordGoneDocument,
    "mutation CustomObjectsCreateRefused($objectKey: String!, $input: CustomObjectRecordInput!) { createRecord(objectKey: $objectKey, input: $input) { record { ghlId } } }": typeof types.CustomObjectsCreateRefusedDocument,
    "subscription CustomObjectsSchemaEvents { objectSchemaEvents { type key objectSchema { key singularLabel fields { name dataType } } } }": typeof types.CustomObjectsSchemaEventsDocument,
    "mutation CustomObjectsCreateCars($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Car\", pluralLabel: \"Cars\", primaryPropertyKey: \"plate\", primaryPropertyName: \"Plate\", primaryPropertyType: TEXT }) { objectSchema { key } } }": typeof types.CustomObjectsCreateCarsDocument,
    "subscription CustomObjectsRecordEvents { recordEvents { type recordId objectKey record { ghlId objectKey property(key: \"name\") objectSchema { pluralLabel } } } }": typeof types.CustomObjectsRecordEventsDocument,
    "mutation CustomObjectsCreatePixel($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Pixel\", species: \"rabbit\" } }) { record { ghlId } } }": typeof types.CustomObjectsCreatePixelDocument,
    "query PaymentsCustomProvider { location { customPaymentProvider { ghlId locationId name description paymentsUrl queryUrl imageUrl } } }": typeof types.PaymentsCustomProviderDocument,
    "mutation PaymentsCreateCustomProvider($input: CreateCustomPaymentProviderInput!) { createCustomPaymentProvider(input: $input) { customPaymentProvider { ghlId name paymentsUrl } } }": typeof types.PaymentsCreateCustomProviderDocument,
    "mutation PaymentsDeleteCustomProvider { deleteCustomPaymentProvider { succeeded } }": typeof types.PaymentsDeleteCustomProviderDocument,
    "mutation PaymentsConnectCustomProvider($live: PaymentProviderKeysInput!, $test: PaymentProviderKeysInput!) { connectCustomPaymentProvider(live: $live, test: $test) { customPaymentProvider { ghlId name } } }": typeof types.PaymentsConnectCustomProviderDocument,
    "mutation PaymentsDisconnectCustomProvider($live: Boolean!) { disconnectCustomPaymentProvider(live: $live) { succeeded } }": typeof types.PaymentsDisconnectCustomProviderDocument,
    "mutation PaymentsCustomProviderCapabilities($on: Boolean!) { updateCustomPaymentProviderCapabilities(supportsSubscriptionSchedule: $on) { succeeded } }": typeof types.PaymentsCustomProviderCapabilitiesDocument,
    "query PaymentsIntegrationProviders($first: Int, $after: String) { location { paymentIntegrationProviders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId uniqueName title provider } } } } }": typeof types.PaymentsIntegrationProvidersDocument,
    "mutation PaymentsCreateIntegrationProvider($input: CreatePaymentIntegrationProviderInput!) { createPaymentIntegrationProvider(input: $input) { paymentIntegrationProvider { ghlId locationId uniqueName title provider } } }": typeof types.PaymentsCreateIntegrationProviderDocument,
    "query Contact360Deferred($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    ... @defer(label: \"slow\") {\n      tasks { title completed }\n      notes { body }\n    }\n  }\n}": typeof types.Contact360DeferredDocument,
    "query Contact360AtOnce($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    tasks { title completed }\n    notes { body }\n  }\n}": typeof types.Contact360AtOnceDocument,
    "query ContactTasksStreamed($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }": typeof types.ContactTasksStreamedDocument,
    "query ErrorsContactCount { contacts(first: 1) { totalCount } }": typeof types.ErrorsContactCountDocument,
    "query ContactFoundAndMissing($id: ID!) { found: contact(id: $id) { ghlId } missing: contact(id: \"doesNotExist0000000\") { ghlId } }": typeof types.ContactFoundAndMissingDocument,
    "query ErrorsContactById($id: ID!) { contact(id: $id) { ghlId } }": typeof types.ErrorsContactByIdDocument,
    "query ErrorsContactsOfLocation($loc: ID) { contacts(locationId: $loc, first: 1) { totalCount } }": typeof types.ErrorsContactsOfLocationDocument,
    "query ErrorsContactLocation($id: ID!) { contact(id: $id) { locationId } }": typeof types.ErrorsContactLocationDocument,
    "mutation ErrorsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": typeof types.ErrorsCreateContactDocument,
    "mutation ErrorsCreateNever { createContact(input: { firstName: \"Never\" }) { contact { ghlId } } }": typeof types.ErrorsCreateNeverDocument,
    "query ErrorsMissingContact { contact(id: \"doesNotExist0000000\") { ghlId } }": typeof types.ErrorsMissingContactDocument,
    "query ErrorsBadCursor { contacts(first: 1, after: \"%%%\") { totalCount } }": typeof types.ErrorsBadCursorDocument,
    "\n  mutation EstimateTemplatesCreate($input: EstimateTemplateInput!) {\n    createEstimateTemplate(input: $input) { estimateTemplate { id ghlId name total currency liveMode estimateNumberPrefix items { name qty amount } discount { type value } } }\n  }\n": typeof types.EstimateTemplatesCreateDocument,
    "query EstimateTemplatesList { estimateTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }": typeof types.EstimateTemplatesListDocument,
    "query EstimateTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on EstimateTemplate { name } } byGhlId: estimateTemplate(id: $ghlId) { name items { name } } }": typeof types.EstimateTemplatesOneDocument,
    "query EstimateTemplatesOfLocation { location { ghlId estimateTemplates(first: 50) { totalCount edges { node { ghlId location { ghlId name } } } } } }": typeof types.EstimateTemplatesOfLocationDocument,
    "mutation EstimateTemplatesUpdate($id: ID!, $input: EstimateTemplateInput!) { updateEstimateTemplate(id: $id, input: $input) { estimateTemplate { ghlId name total liveMode } } }": typeof types.EstimateTemplatesUpdateDocument,
    "query EstimateTemplatesReadBack($id: ID!) { estimateTemplate(id: $id) { name total } }": typeof types.EstimateTemplatesReadBackDocument,
    "mutation EstimateTemplatesDelete($id: ID!) { deleteEstimateTemplate(id: $id) { deletedId deletedGhlId } }": typeof types.EstimateTemplatesDeleteDocument,
    "query EstimateTemplatesGone($id: ID!) { estimateTemplate(id: $id) { name } }": typeof types.EstimateTemplatesGoneDocument,
    "query EstimateTemplatesBlankId { estimateTemplate(id: \" \") { name } }": typeof types.EstimateTemplatesBlankIdDocument,
    "\n  mutation EstimatesCreate($input: CreateEstimateInput!) {\n    createEstimate(input: $input) { estimate { ghlId locationId name title number numberPrefix status currency total issueDate expiryDate\n      items { name qty amount currency } discount { type value } contactDetails { contactId name } contact { ghlId } } }\n  }\n": typeof types.EstimatesCreateDocument,
    "query EstimatesList { estimates(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status number total } } } }": typeof types.EstimatesListDocument,
    "query EstimatesAccepted { estimates(status: ACCEPTED, first: 50) { totalCount edges { node { ghlId } } } }": typeof types.EstimatesAcceptedDocument,
    "query EstimatesOfContact($c: ID!) { contact(id: $c) { estimates(first: 50) { totalCount edges { node { ghlId contactDetails { contactId } } } } } }": typeof types.EstimatesOfContactDocument,
    "query EstimatesContacts { estimates(first: 50) { edges { node { contactDetails { contactId } contact { ghlId email } } } } }": typeof types.EstimatesContactsDocument,
    "query EstimatesNextNumber { nextEstimateNumber }": typeof types.EstimatesNextNumberDocument,
    "mutation EstimatesUpdate($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId name status total items { name } } } }": typeof types.EstimatesUpdateDocument,
    "mutation EstimatesSend($id: ID!, $u: ID!) { sendEstimate(estimateId: $id, input: { userId: $u, action: EMAIL }) { estimate { ghlId status sentByUserId } } }": typeof types.EstimatesSendDocument,
    "mutation EstimatesInvoice($id: ID!) { createInvoiceFromEstimate(estimateId: $id) {\n        invoice { ghlId status total items { name } contact { ghlId } }\n        estimate { ghlId status invoice { ghlId } } } }": typeof types.EstimatesInvoiceDocument,
    "mutation EstimatesInvoiceAgain($id: ID!) { createInvoiceFromEstimate(estimateId: $id) { invoice { ghlId } } }": typeof types.EstimatesInvoiceAgainDocument,
    "mutation EstimatesDelete($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }": typeof types.EstimatesDeleteDocument,
    "mutation EstimatesDeleteAgain($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }": typeof types.EstimatesDeleteAgainDocument,
    "mutation EstimatesUpdateToInvoiced($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId } } }": typeof types.EstimatesUpdateToInvoicedDocument,
    "query SetupPipelines { pipelines { id name } }": typeof types.SetupPipelinesDocument,
    "query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": typeof types.SetupOpportunityContactsDocument,
    "query SetupCalendars { calendars { id isActive } }": typeof types.SetupCalendarsDocument,
    "query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }": typeof types.SetupConversationContactDocument,
    "query FaultsBoard { location { name } contacts(first: 2) { edges { node { ghlId } } } }": typeof types.FaultsBoardDocument,
    "mutation FaultsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": typeof types.FaultsCreateContactDocument,
    "query FirstForms { forms(first: 2) { totalCount edges { node { id ghlId name locationId } } pageInfo { hasNextPage endCursor } } }": typeof types.FirstFormsDocument,
    "query LocationFormsAfter($after: String) { location { forms(first: 100, after: $after) { edges { node { ghlId name } } } } }": typeof types.LocationFormsAfterDocument,
    "query Quizzes { forms(type: QUIZ) { edges { node { name } } } }": typeof types.QuizzesDocument,
    "query FirstForm { forms(first: 1) { edges { node { id ghlId name } } } }": typeof types.FirstFormDocument,
    "query FormNode($id: ID!) { node(id: $id) { ... on Form { ghlId name location { ghlId } } } }": typeof types.FormNodeDocument,
    "query FormSubmissionsInRange($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-03-01\", endAt: \"2025-10-31\", first: 100) {\n        totalCount edges { node { ghlId name email contactId createdAt answers fieldOrder pageUrl source formId form { ghlId name } } } } }": typeof types.FormSubmissionsInRangeDocument,
    "query SubmissionContacts { formSubmissions(first: 40) { edges { node { contactId contact { ghlId email } } } } }": typeof types.SubmissionContactsDocument,
    "query FirstSubmissions { formSubmissions(first: 3) { edges { node { ghlId } } pageInfo { endCursor hasNextPage } } }": typeof types.FirstSubmissionsDocument,
    "query SubmissionsAfter($after: String) { formSubmissions(first: 5, after: $after) { edges { node { ghlId } } pageInfo { hasPreviousPage } } }": typeof types.SubmissionsAfterDocument,
    "query SubmissionsBackwards { formSubmissions(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }": typeof types.SubmissionsBackwardsDocument,
    "query LocationSurveys { location { surveys { totalCount edges { node { id ghlId name } } } } }": typeof types.LocationSurveysDocument,
    "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 50) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }": typeof types.SurveySubmissionsDocument,
    "query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }": typeof types.SurveyNodeSubmissionsDocument,
    "mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }": typeof types.UploadContactFilesDocument,
    "query FuzzMalformedGlobalId { nodes(ids: [\"not-an-id\"]) { id } }": typeof types.FuzzMalformedGlobalIdDocument,
    "query GraphiqlFirstContacts { location { name } contacts(first: 1) { totalCount edges { node { name } } } }": typeof types.GraphiqlFirstContactsDocument,
    "mutation GraphiqlCreateContact($name: String!) { createContact(input: { firstName: $name, tags: [\"graphiql\"] }) { contact { id } } }": typeof types.GraphiqlCreateContactDocument,
    "query GraphiqlLiveContactId { contacts(first: 1) { edges { node { ghlId } } } }": typeof types.GraphiqlLiveContactIdDocument,
    "query CsrfTypename { __typename }": typeof types.CsrfTypenameDocument,
    "mutation InvoicesEditsCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId number total } } }": typeof types.InvoicesEditsCreateDocument,
    "\n  mutation InvoicesEditsUpdate($id: ID!, $input: UpdateInvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      invoice { id ghlId name title number status issueDate dueDate total amountDue items { name qty amount currency } discount { type value } }\n    }\n  }\n": typeof types.InvoicesEditsUpdateDocument,
    "mutation InvoicesEditsDelete($id: ID!) { deleteInvoice(id: $id) { deletedId deletedGhlId } }": typeof types.InvoicesEditsDeleteDocument,
    "query InvoicesEditsRead($id: ID!) { invoice(id: $id) { ghlId name } }": typeof types.InvoicesEditsReadDocument,
    "query InvoicesEditsNextNumber { nextInvoiceNumber }": typeof types.InvoicesEditsNextNumberDocument,
    "mutation InvoicesLateFees($id: ID!, $input: LateFeesInput!) {\n    updateInvoiceLateFees(id: $id, input: $input) { invoice { ghlId lateFees { enabled type value interval intervalCount graceDays maxTotal } } }\n  }": typeof types.InvoicesLateFeesDocument,
    "mutation InvoicesTemplateLateFees($id: ID!, $input: LateFeesInput!) { updateInvoiceTemplateLateFees(id: $id, input: $input) { invoiceTemplate { ghlId lateFees { type value interval } } } }": typeof types.InvoicesTemplateLateFeesDocument,
    "query InvoicesSettings { location { invoiceSettings { locationId title termsNote invoiceNumberPrefix dueAfterDays minimumPartialPaymentPercent\n        estimatesTitle estimatesTermsNote estimateNumberPrefix estimatesExpireAfterDays } } }": typeof types.InvoicesSettingsDocument,
    "\n  mutation InvoiceScheduleAutoPayment($id: ID!, $input: InvoiceAutoPaymentInput!) {\n    setInvoiceScheduleAutoPayment(id: $id, input: $input) { invoiceSchedule { ghlId autoPayment { enabled paymentMethodId customerId type } } }\n  }\n": typeof types.InvoiceScheduleAutoPaymentDocument,
    "\n          mutation InvoiceTemplatePaymentMethods($id: ID!, $input: InvoicePaymentMethodsInput!) {\n            updateInvoiceTemplatePaymentMethods(id: $id, input: $input) { invoiceTemplate { ghlId paymentMethods { stripeBankDebitOnly } } }\n          }\n        ": typeof types.InvoiceTemplatePaymentMethodsDocument,
    "query InvoiceTemplatePaymentMethodsRead($id: ID!) { invoiceTemplate(id: $id) { paymentMethods { stripeBankDebitOnly } } }": typeof types.InvoiceTemplatePaymentMethodsReadDocument,
    "query InvoiceScheduleAutoPaymentRead($id: ID!) { invoiceSchedule(id: $id) { autoPayment { enabled } } }": typeof types.InvoiceScheduleAutoPaymentReadDocument,
    "mutation InvoiceScheduleReschedule($id: ID!) { rescheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status contact { ghlId } } } }": typeof types.InvoiceScheduleRescheduleDocument,
    "mutation InvoiceScheduleRescheduleBlank { rescheduleInvoiceSchedule(id: \" \") { invoiceSchedule { id } } }": typeof types.InvoiceScheduleRescheduleBlankDocument,
    "\n  mutation InvoiceSchedulesCreate($input: InvoiceScheduleInput!) {\n    createInvoiceSchedule(input: $input) { invoiceSchedule { id ghlId name status total currency\n      recurrence { intervalType interval startDate count dayOfMonth } items { name amount } contact { ghlId } } }\n  }\n": typeof types.InvoiceSchedulesCreateDocument,
    "query InvoiceSchedulesList { invoiceSchedules(first: 50) { totalCount edges { node { ghlId status total contact { ghlId } recurrence { intervalType } } } } }": typeof types.InvoiceSchedulesListDocument,
    "query InvoiceSchedulesActive { invoiceSchedules(status: ACTIVE, first: 50) { edges { node { ghlId } } } }": typeof types.InvoiceSchedulesActiveDocument,
    "query InvoiceSchedulesOne($id: ID!) { invoiceSchedule(id: $id) { id ghlId name locationId } }": typeof types.InvoiceSchedulesOneDocument,
    "query InvoiceSchedulesNode($id: ID!) { node(id: $id) { ... on InvoiceSchedule { ghlId } } }": typeof types.InvoiceSchedulesNodeDocument,
    "query InvoiceSchedulesTwice($id: ID!, $node: ID!) { a: invoiceSchedule(id: $id) { name } b: invoiceSchedule(id: $node) { name } }": typeof types.InvoiceSchedulesTwiceDocument,
    "mutation InvoiceSchedulesStart($id: ID!) { scheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }": typeof types.InvoiceSchedulesStartDocument,
    "mutation InvoiceSchedulesUpdate($id: ID!, $input: InvoiceScheduleInput!) { updateInvoiceSchedule(id: $id, input: $input) { invoiceSchedule { name total } } }": typeof types.InvoiceSchedulesUpdateDocument,
    "mutation InvoiceSchedulesCancel($id: ID!) { cancelInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }": typeof types.InvoiceSchedulesCancelDocument,
    "mutation InvoiceSchedulesDelete($id: ID!) { deleteInvoiceSchedule(id: $id) { deletedId deletedGhlId } }": typeof types.InvoiceSchedulesDeleteDocument,
    "\n  mutation InvoiceTemplatesCreate($input: InvoiceTemplateInput!) {\n    createInvoiceTemplate(input: $input) { invoiceTemplate { id ghlId name total currency items { name qty amount } discount { type value } } }\n  }\n": typeof types.InvoiceTemplatesCreateDocument,
    "query InvoiceTemplatesList { invoiceTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }": typeof types.InvoiceTemplatesListDocument,
    "query InvoiceTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on InvoiceTemplate { name } } byGhlId: invoiceTemplate(id: $ghlId) { name } }": typeof types.InvoiceTemplatesOneDocument,
    "mutation InvoiceTemplatesUpdate($id: ID!, $input: InvoiceTemplateInput!) { updateInvoiceTemplate(id: $id, input: $input) { invoiceTemplate { ghlId name total } } }": typeof types.InvoiceTemplatesUpdateDocument,
    "mutation InvoiceTemplatesDelete($id: ID!) { deleteInvoiceTemplate(id: $id) { deletedId deletedGhlId } }": typeof types.InvoiceTemplatesDeleteDocument,
    "\n  mutation InvoiceTextToPay($input: TextToPayInvoiceInput!) {\n    textToPayInvoice(input: $input) { invoiceUrl invoice { id ghlId status total number contact { ghlId } } }\n  }\n": typeof types.InvoiceTextToPayDocument,
    "query InvoiceTextToPayReadBack($id: ID!) { invoice(id: $id) { status total } }": typeof types.InvoiceTextToPayReadBackDocument,
    "mutation InvoiceVisit($id: ID!) { recordInvoiceVisit(id: $id) { invoice { ghlId lastVisitedAt } } }": typeof types.InvoiceVisitDocument,
    "mutation EstimateVisit($id: ID!) { recordEstimateVisit(estimateId: $id) { succeeded } }": typeof types.EstimateVisitDocument,
    "query EstimateVisitReadBack { estimates(first: 50) { edges { node { ghlId lastVisitedAt } } } }": typeof types.EstimateVisitReadBackDocument,
    "mutation InvoiceVisitBlank { recordInvoiceVisit(id: \" \") { invoice { id } } }": typeof types.InvoiceVisitBlankDocument,
    "mutation EstimateVisitBlank { recordEstimateVisit(estimateId: \" \") { succeeded } }": typeof types.EstimateVisitBlankDocument,
    "mutation EstimateVisitUnknown { recordEstimateVisit(estimateId: \"no-such-estimate\") { succeeded } }": typeof types.EstimateVisitUnknownDocument,
    "query InvoicesGlobalId($id: ID!) { invoice(id: $id) { id } }": typeof types.InvoicesGlobalIdDocument,
    "query InvoicesFirstFive { invoices(first: 5) { totalCount edges { node { ghlId } } pageInfo { hasNextPage hasPreviousPage } } }": typeof types.InvoicesFirstFiveDocument,
    "query InvoicesPage($after: String) { invoices(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ghlId } } } }": typeof types.InvoicesPageDocument,
    "query InvoicesPaid { invoices(status: PAID, first: 100) { totalCount edges { node { ghlId status } } } }": typeof types.InvoicesPaidDocument,
    "query InvoicesOfContact($c: ID) { invoices(contactId: $c, first: 100) { totalCount edges { node { ghlId contactDetails { contactId } } } } }": typeof types.InvoicesOfContactDocument,
    "query InvoicesIssuedOn($d: Date) { invoices(startAt: $d, endAt: $d, first: 100) { totalCount edges { node { issueDate } } } }": typeof types.InvoicesIssuedOnDocument,
    "query InvoicesSearch($q: String) { invoices(query: $q, first: 100) { totalCount } }": typeof types.InvoicesSearchDocument,
    "query InvoicesAllFields($id: ID!) { invoice(id: $id) {\n        id ghlId locationId name title number status liveMode currency issueDate dueDate\n        total invoiceTotal amountPaid amountDue\n        items { ghlId name description qty amount currency }\n        discount { type value }\n        totalSummary { subTotal discount tax }\n        contactDetails { contactId name email phone }\n      } }": typeof types.InvoicesAllFieldsDocument,
    "query InvoicesByGlobalIdAndNode($id: ID!) { invoice(id: $id) { ghlId } node(id: $id) { id ... on Invoice { ghlId } } }": typeof types.InvoicesByGlobalIdAndNodeDocument,
    "query InvoicesLinks($id: ID!, $c: ID!, $status: InvoiceStatus) {\n         invoice(id: $id) { contact { ghlId } location { ghlId } }\n         contact(id: $c) { invoices(first: 50) { totalCount edges { node { ghlId } } } }\n         location { invoices(first: 3, status: $status) { edges { node { status locationId } } } }\n       }": typeof types.InvoicesLinksDocument,
    "mutation InvoicesCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId status name currency total amountDue amountPaid issueDate dueDate items { name qty amount currency } discount { type value } contactDetails { contactId name email } contact { ghlId } } } }": typeof types.InvoicesCreateDocument,
    "mutation InvoicesSendManually($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { ghlId status } } }": typeof types.InvoicesSendManuallyDocument,
    "mutation InvoicesPayPartByCheque($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CHEQUE, amount: 60, cheque: { number: \"1042\" }, notes: \"first part\" }) {\n         success invoice { status amountPaid amountDue } } }": typeof types.InvoicesPayPartByChequeDocument,
    "mutation InvoicesPayRestByCard($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 300, card: { brand: \"visa\", last4: \"4242\" }, notes: \"the rest\" }) {\n         invoice { status amountPaid amountDue } } }": typeof types.InvoicesPayRestByCardDocument,
    "mutation InvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { ghlId status } } }": typeof types.InvoicesVoidDocument,
    "query InvoicesUnknownNextToLocation { invoice(id: \"inv0000000000000000000\") { ghlId } location { ghlId } }": typeof types.InvoicesUnknownNextToLocationDocument,
    "mutation InvoicesVoidUnknown { voidInvoice(id: \"inv0000000000000000000\") { invoice { id } } }": typeof types.InvoicesVoidUnknownDocument,
    "query InvoicesOfLocation($l: ID) { invoices(locationId: $l) { totalCount } }": typeof types.InvoicesOfLocationDocument,
    "query InvoicesOne($id: ID!) { invoice(id: $id) { ghlId } }": typeof types.InvoicesOneDocument,
    "query InvoicesWithContacts { invoices(first: 20) { edges { node { ghlId contactDetails { contactId } contact { ghlId name } } } } }": typeof types.InvoicesWithContactsDocument,
    "query ListOrderDealsOldestFirst { opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }": typeof types.ListOrderDealsOldestFirstDocument,
    "query ListOrderDealsOldestFirstAfter($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }": typeof types.ListOrderDealsOldestFirstAfterDocument,
    "query ListOrderDealsDefaultAfter($after: String) { opportunities(first: 10, after: $after) { totalCount } }": typeof types.ListOrderDealsDefaultAfterDocument,
    "query ListOrderDealsOfDay($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }": typeof types.ListOrderDealsOfDayDocument,
    "query ListOrderInvoicesAsc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }": typeof types.ListOrderInvoicesAscDocument,
    "query ListOrderInvoicesDesc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }": typeof types.ListOrderInvoicesDescDocument,
    "query ListOrderInboundSince($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }": typeof types.ListOrderInboundSinceDocument,
    "query ListOrderConversationsAsc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }": typeof types.ListOrderConversationsAscDocument,
    "query ListOrderConversationsFirstFive { conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }": typeof types.ListOrderConversationsFirstFiveDocument,
    "query ListOrderConversationsNextFive($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }": typeof types.ListOrderConversationsNextFiveDocument,
    "query ListOrderConversationsDesc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }": typeof types.ListOrderConversationsDescDocument,
    "query ListOrderConversationsDeprecatedSort { conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }": typeof types.ListOrderConversationsDeprecatedSortDocument,
    "query ListOrderConversationsBothSorts { conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }": typeof types.ListOrderConversationsBothSortsDocument,
    "query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": typeof types.TwoContactsLiveDocument,
    "query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": typeof types.TwoContactsOnceDocument,
    "mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": typeof types.LiveContactMoveDocument,
    "query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }": typeof types.FirstContactsLiveDocument,
    "mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }": typeof types.LiveCreateContactDocument,
    "query LocationsSearchFirst { locations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { ghlId name companyId } } } }": typeof types.LocationsSearchFirstDocument,
    "query LocationsSearchFull { locations(first: 3) { edges { node { name domain business { name } } } } }": typeof types.LocationsSearchFullDocument,
    "mutation LocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { id ghlId name city timezone companyId } } }": typeof types.LocationsCreateDocument,
    "mutation LocationsUpdate($id: ID!) { updateLocation(id: $id, input: { website: \"https://updated-website.com\", settings: { allowDuplicateContact: true } }) {\n         location { ghlId website settings { allowDuplicateContact allowDuplicateOpportunity } } } }": typeof types.LocationsUpdateDocument,
    "query LocationsOtherCompany { locations(companyId: \"someOtherCompany\") { edges { node { ghlId } } } }": typeof types.LocationsOtherCompanyDocument,
    "query LocationsTimezones { timezones }": typeof types.LocationsTimezonesDocument,
    "query LocationsTags { location { tags { id ghlId name } } }": typeof types.LocationsTagsDocument,
    "mutation LocationsCreateTag { createLocationTag(name: \"VIP Customer\") { tag { id name locationId } } }": typeof types.LocationsCreateTagDocument,
    "mutation LocationsRenameTag($id: ID!) { updateLocationTag(id: $id, name: \"renamed tag\") { tag { id name } } }": typeof types.LocationsRenameTagDocument,
    "mutation LocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId deletedGhlId } }": typeof types.LocationsDeleteTagDocument,
    "query LocationsTagsAfter { location { tags { ghlId } } }": typeof types.LocationsTagsAfterDocument,
    "query LocationsTagNames { location { tags { name } } }": typeof types.LocationsTagNamesDocument,
    "mutation LocationsCreateTaggedContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId tags } } }": typeof types.LocationsCreateTaggedContactDocument,
    "mutation LocationsUpdateContactTags($id: ID!) { updateContact(id: $id, input: { tags: [\"from update\"] }) { contact { tags } } }": typeof types.LocationsUpdateContactTagsDocument,
    "mutation LocationsAddContactTags($id: ID!) { addContactTags(id: $id, tags: [\"From Add\", \"FROM CREATE\"]) { tags } }": typeof types.LocationsAddContactTagsDocument,
    "mutation LocationsDuplicateTag($name: String!) { createLocationTag(name: $name) { tag { id } } }": typeof types.LocationsDuplicateTagDocument,
    "query LocationsOtherTags($id: ID!) { location(id: $id) { tags { id } } }": typeof types.LocationsOtherTagsDocument,
    "query LocationsContactCustomFields { contacts(first: 50) { edges { node { customFields { fieldId value field { ghlId name dataType fieldKey } } } } } }": typeof types.LocationsContactCustomFieldsDocument,
    "mutation LocationsCreateCustomField { createCustomField(input: { name: \"Company Size\", dataType: TEXT, placeholder: \"Enter company size\" }) {\n         customField { id ghlId name fieldKey dataType placeholder model } } }": typeof types.LocationsCreateCustomFieldDocument,
    "mutation LocationsUpdateCustomField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name placeholder } } }": typeof types.LocationsUpdateCustomFieldDocument,
    "query LocationsCustomFields { location { customFields(model: CONTACT) { ghlId } } }": typeof types.LocationsCustomFieldsDocument,
    "mutation LocationsDeleteCustomField($id: ID!, $loc: ID) { deleteCustomField(id: $id, locationId: $loc) { deletedGhlId } }": typeof types.LocationsDeleteCustomFieldDocument,
    "mutation LocationsCreateCustomValue { createCustomValue(input: { name: \"Support Email\", value: \"help@example.com\" }) { customValue { id name fieldKey value } } }": typeof types.LocationsCreateCustomValueDocument,
    "mutation LocationsUpdateCustomValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"support@example.com\" }) { customValue { id name value } } }": typeof types.LocationsUpdateCustomValueDocument,
    "query LocationsCustomValues { location { customValues { id value } } }": typeof types.LocationsCustomValuesDocument,
    "query LocationsCustomValueNode($id: ID!) { node(id: $id) { ... on CustomValue { name location { ghlId } } } }": typeof types.LocationsCustomValueNodeDocument,
    "query LongTailFirstContact { contacts(first: 1) { edges { node { ghlId name } } } }": typeof types.LongTailFirstContactDocument,
    "query LongTailGetContact($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name locationId } } } } }": typeof types.LongTailGetContactDocument,
    "query LongTailGetContactName($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name } } } } }": typeof types.LongTailGetContactNameDocument,
    "query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }": typeof types.MediaFilesDocument,
    "query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }": typeof types.MediaFoldersDocument,
    "query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }": typeof types.MediaFolderContentsDocument,
    "mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }": typeof types.UploadPriceListDocument,
    "query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }": typeof types.MediaFileIdsDocument,
    "mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }": typeof types.DeleteMediaFileDocument,
    "mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }": typeof types.UploadToUnreachableLocationDocument,
    "mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }": typeof types.UploadMediaFileDocument,
    "mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }": typeof types.DeleteUnknownMediaFileDocument,
    "query LocationFunnels { location { funnels(first: 50) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }": typeof types.LocationFunnelsDocument,
    "query Websites { funnels(type: WEBSITE) { edges { node { type } } } }": typeof types.WebsitesDocument,
    "query FunnelFirstPages($id: ID!) { node(id: $id) { __typename ... on Funnel { name pages(first: 2) { edges { node { ghlId name stepId } } pageInfo { hasNextPage endCursor } } } } }": typeof types.FunnelFirstPagesDocument,
    "query FunnelMorePages($id: ID!, $after: String) { node(id: $id) { __typename ... on Funnel { pages(first: 100, after: $after) { edges { node { ghlId } } } } } }": typeof types.FunnelMorePagesDocument,
    "mutation CreateRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId domain path target action type locationId } } }": typeof types.CreateRedirectDocument,
    "query SocialAccounts { socialAccounts { ghlId name platform isExpired } }": typeof types.SocialAccountsDocument,
    "query SocialPosts { socialPosts(first: 100) { totalCount edges { node { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } } } } }": typeof types.SocialPostsDocument,
    "query DraftSocialPosts { socialPosts(show: DRAFT) { edges { node { status } } } }": typeof types.DraftSocialPostsDocument,
    "mutation CreateSocialPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } createdBy } } }": typeof types.CreateSocialPostDocument,
    "mutation EditSocialPost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { id summary type status } } }": typeof types.EditSocialPostDocument,
    "mutation DeleteSocialPost($id: ID!) { deleteSocialPost(id: $id) { deletedId deletedGhlId } }": typeof types.DeleteSocialPostDocument,
    "query SocialPostNode($id: ID!) { node(id: $id) { id } }": typeof types.SocialPostNodeDocument,
    "mutation CreateSocialPostToUnconnected($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ghlId } } }": typeof types.CreateSocialPostToUnconnectedDocument,
    "\n  query MsgDownloadThread($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type recording { url contentType fileName } transcriptionFile { url contentType fileName } } } } }\n  }\n": typeof types.MsgDownloadThreadDocument,
    "\n  query MsgDownloadMessage($id: ID!) {\n    node(id: $id) { ... on Message { ghlId transcript { text } recording { url contentType fileName } transcriptionFile { url contentType fileName } } }\n  }\n": typeof types.MsgDownloadMessageDocument,
    "query MsgDownloadLocation($id: ID!) { location(id: $id) { ghlId } }": typeof types.MsgDownloadLocationDocument,
    "query MsgDownloadRaw($id: String!) { ghl { conversations { getMessageRecording(messageId: $id) downloadMessageTranscription(messageId: $id) } } }": typeof types.MsgDownloadRawDocument,
    "\n  mutation PreferencesCreateSubtype($input: CreateConversationSubtypeInput!) {\n    createConversationSubtype(input: $input) { conversationSubtype { id ghlId name description channel language archived location { ghlId } } }\n  }\n": typeof types.PreferencesCreateSubtypeDocument,
    "\n  mutation PreferencesUpdateSubtype($id: ID!, $input: UpdateConversationSubtypeInput!) {\n    updateConversationSubtype(id: $id, input: $input) { conversationSubtype { ghlId name description archived } }\n  }\n": typeof types.PreferencesUpdateSubtypeDocument,
    "\n  query PreferencesLocationSubtypes($includeArchived: Boolean) {\n    location { conversationSubtypes(includeArchived: $includeArchived) { ghlId name channel archived } }\n  }\n": typeof types.PreferencesLocationSubtypesDocument,
    "query PreferencesSubtypeNode($id: ID!) { node(id: $id) { ... on ConversationSubtype { ghlId name } } }": typeof types.PreferencesSubtypeNodeDocument,
    "\n  query PreferencesContactSubscriptions($id: ID!) {\n    contact(id: $id) { emailSubscriptions { email subtypeName status updatedAt subtype { ghlId name } } }\n  }\n": typeof types.PreferencesContactSubscriptionsDocument,
    "\n  mutation PreferencesChangeSubscription($input: ChangeEmailSubscriptionInput!) {\n    changeEmailSubscription(input: $input) { contact { ghlId } emailSubscriptions { subtypeName status subtype { ghlId } } }\n  }\n": typeof types.PreferencesChangeSubscriptionDocument,
    "\n  query PreferencesContactsSubscriptions($first: Int) {\n    contacts(first: $first) { edges { node { ghlId emailSubscriptions { subtypeName status subtype { ghlId name } } } } }\n  }\n": typeof types.PreferencesContactsSubscriptionsDocument,
    "\n  query OAuthLocation($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": typeof types.OAuthLocationDocument,
    "\n  query OAuthInstalls {\n    installedLocations {\n      locationId\n      companyId\n      source\n      installedAt\n      location {\n        name\n      }\n    }\n  }\n": typeof types.OAuthInstallsDocument,
    "query OAuthContactsElsewhere($l: ID) { contacts(locationId: $l, first: 1) { totalCount } }": typeof types.OAuthContactsElsewhereDocument,
    "mutation OAuthCreateContactElsewhere($l: ID) { createContact(input: { locationId: $l, firstName: \"Eve\" }) { contact { ghlId } } }": typeof types.OAuthCreateContactElsewhereDocument,
    "query OAuthInvoicesElsewhere($l: ID) { invoices(locationId: $l, first: 1) { edges { cursor } } }": typeof types.OAuthInvoicesElsewhereDocument,
    "subscription OAuthEvents($l: ID) { events(locationId: $l) { type locationId entityId } }": typeof types.OAuthEventsDocument,
    "mutation OAuthCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": typeof types.OAuthCreateContactDocument,
    "query OAuthInstalledOverSocket { installedLocations { locationId } }": typeof types.OAuthInstalledOverSocketDocument,
    "query OAuthInstallsBySource { installedLocations { locationId source companyId } }": typeof types.OAuthInstallsBySourceDocument,
    "query OpsContacts { contacts(first: 2) { totalCount } }": typeof types.OpsContactsDocument,
    "query OpsRefused { contacts(first: 1) { totalCount } }": typeof types.OpsRefusedDocument,
    "query OpsDenied { contacts(first: 1) { totalCount } }": typeof types.OpsDeniedDocument,
    "\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n": typeof types.OpportunitiesAddFollowersDocument,
    "\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n": typeof types.OpportunitiesRemoveFollowersDocument,
    "\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n": typeof types.OpportunitiesBoardFollowersReasonsDocument,
    "query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }": typeof types.OpportunitiesLostReasonsDocument,
    "\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n": typeof types.OpportunitiesMarkLostDocument,
    "\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n": typeof types.OpportunitiesUpsertDocument,
    "mutation OpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }": typeof types.OpportunitiesDeleteDocument,
    "query OpportunitiesPipelines { pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }": typeof types.OpportunitiesPipelinesDocument,
    "query OpportunitiesOfPipeline($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {\n           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }": typeof types.OpportunitiesOfPipelineDocument,
    "query OpportunitiesEmbeddedContact { opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }": typeof types.OpportunitiesEmbeddedContactDocument,
    "query OpportunitiesFullContact { opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }": typeof types.OpportunitiesFullContactDocument,
    "query OpportunitiesWon { opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }": typeof types.OpportunitiesWonDocument,
    "query OpportunitiesOfContact($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }": typeof types.OpportunitiesOfContactDocument,
    "query OpportunitiesByIdAndNode($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { __typename ... on Opportunity { ghlId } } }": typeof types.OpportunitiesByIdAndNodeDocument,
    "query OpportunitiesInStage($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }": typeof types.OpportunitiesInStageDocument,
    "query OpportunitiesLocationBoard { location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }": typeof types.OpportunitiesLocationBoardDocument,
    "mutation OpportunitiesCreateDeal($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }": typeof types.OpportunitiesCreateDealDocument,
    "mutation OpportunitiesMoveStage($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }": typeof types.OpportunitiesMoveStageDocument,
    "mutation OpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }": typeof types.OpportunitiesWinDocument,
    "mutation OpportunitiesCreateField { createCustomField(input: { name: \"Deal source\", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }": typeof types.OpportunitiesCreateFieldDocument,
    "mutation OpportunitiesCreateWithField($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }": typeof types.OpportunitiesCreateWithFieldDocument,
    "mutation OpportunitiesUpdateField($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }": typeof types.OpportunitiesUpdateFieldDocument,
    "mutation OpportunitiesNegativeValue { updateOpportunity(id: \"x\", input: { monetaryValue: -5 }) { opportunity { ghlId } } }": typeof types.OpportunitiesNegativeValueDocument,
    "query OpportunitiesMissing { opportunity(id: \"nope0000000000000000\") { ghlId } }": typeof types.OpportunitiesMissingDocument,
    "query OpportunitiesOtherTenant { opportunities(first: 1) { totalCount } }": typeof types.OpportunitiesOtherTenantDocument,
    "query R4OpportunitySearchPage($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String, $query: String) {\n  location { opportunitySearch(first: 25, after: $after, filter: $filter, orderBy: $orderBy, query: $query) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId status pipelineId stageId createdAt } } } } }": typeof types.R4OpportunitySearchPageDocument,
    "mutation R4OpportunitySearchCreate($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId } } }": typeof types.R4OpportunitySearchCreateDocument,
    "query R4OpportunitySearchRelations { location { opportunitySearch(first: 30) { edges { node {\n        ghlId contact { ghlId name } pipeline { ghlId name } stage { ghlId name } assignedUser { ghlId name } } } } } }": typeof types.R4OpportunitySearchRelationsDocument,
    "query R4OpportunitySearchBad($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String) {\n      location { opportunitySearch(first: 5, filter: $filter, orderBy: $orderBy, after: $after) { totalCount } } }": typeof types.R4OpportunitySearchBadDocument,
    "query R4OrderNotesList($id: ID!) {\n        orders(first: 20) { edges { node { ghlId notes { ghlId text createdAt } } } }\n        order(id: $id) { ghlId notes { ghlId text createdAt } }\n      }": typeof types.R4OrderNotesListDocument,
    "mutation R4OrderNotesPay($id: ID!) {\n        recordOrderPayment(id: $id, input: { mode: CASH, amount: 1, partial: true, notes: \"  Paid a deposit at the counter  \" }) { order { ghlId notes { ghlId text } } }\n      }": typeof types.R4OrderNotesPayDocument,
    "query R4OrderNotesBad($id: ID!) { order(id: $id) { notes { text } } }": typeof types.R4OrderNotesBadDocument,
    "\n  mutation PaymentsShipForList($id: ID!, $items: [FulfillmentItemInput!]!) {\n    createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z1\", shippingCarrier: \"UPS\" }] }) {\n      fulfillment { ghlId }\n      order { ghlId fulfillments { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier } } }\n    }\n  }\n": typeof types.PaymentsShipForListDocument,
    "query PaymentsOrdersFulfillments($id: ID!) {\n        orders(first: 10) { edges { node { ghlId fulfillments { ghlId items { priceId qty } } } } }\n        order(id: $id) { ghlId fulfillments { ghlId } }\n      }": typeof types.PaymentsOrdersFulfillmentsDocument,
    "mutation PaymentsRecordOrderPayment($id: ID!, $input: RecordOrderPaymentInput!) {\n    recordOrderPayment(id: $id, input: $input) { success order { ghlId status } }\n  }": typeof types.PaymentsRecordOrderPaymentDocument,
    "query PaymentsSubscription($id: ID!) {\n    paymentSubscription(id: $id) { id ghlId locationId status currency amount providerSubscriptionId paymentProvider sourceType\n      contact { ghlId } order { ghlId } location { ghlId } }\n  }": typeof types.PaymentsSubscriptionDocument,
    "query PaymentsSubscriptionNode($id: ID!) { node(id: $id) { id ... on PaymentSubscription { ghlId } } }": typeof types.PaymentsSubscriptionNodeDocument,
    "query PaymentsAnOrderId { orders(first: 1) { edges { node { id } } } }": typeof types.PaymentsAnOrderIdDocument,
    "query FirstOrders { orders(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status amount currency subtotal source { type ghlId } totalProducts } } } }": typeof types.FirstOrdersDocument,
    "query OrdersAfter($after: String) { orders(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": typeof types.OrdersAfterDocument,
    "query OrdersByFilter($c: ID!) {\n        completed: orders(status: COMPLETED, first: 100) { totalCount edges { node { ghlId status } } }\n        unpaid: orders(paymentStatus: UNPAID, first: 100) { totalCount }\n        mine: orders(contactId: $c, first: 100) { edges { node { ghlId contactId } } }\n      }": typeof types.OrdersByFilterDocument,
    "query OrderLines($id: ID!) { order(id: $id) { id ghlId items { name qty priceId productId unitAmount } contactId } }": typeof types.OrderLinesDocument,
    "query OrderNode($id: ID!) { node(id: $id) { ... on Order { ghlId } } }": typeof types.OrderNodeDocument,
    "query OrderContactsEmbedded { orders(first: 20) { edges { node { contact { ghlId name email } } } } }": typeof types.OrderContactsEmbeddedDocument,
    "query OrderContactsFetched { orders(first: 20) { edges { node { contact { name phone } } } } }": typeof types.OrderContactsFetchedDocument,
    "mutation ShipOrder($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z999\", shippingCarrier: \"UPS\", trackingUrl: \"https://ups.example/1Z999\" }] }) {\n            fulfillment { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier trackingUrl } }\n            order { ghlId fulfillmentStatus }\n          } }": typeof types.ShipOrderDocument,
    "query OrdersBackwards { orders(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }": typeof types.OrdersBackwardsDocument,
    "query TooManyOrders { orders(first: 101) { totalCount } }": typeof types.TooManyOrdersDocument,
    "query Transactions { transactions(first: 50) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }": typeof types.TransactionsDocument,
    "query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }": typeof types.TransactionByIdDocument,
    "query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }": typeof types.TransactionTwiceDocument,
    "query UnknownTransaction { transaction(id: \"nope\") { ghlId } }": typeof types.UnknownTransactionDocument,
    "query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }": typeof types.PaymentSubscriptionsDocument,
    "query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }": typeof types.SubscriptionChargesDocument,
    "mutation ProductsBulkUpdate($productIds: [ID!]!, $change: BulkProductChangeInput!) { bulkUpdateProducts(productIds: $productIds, change: $change) { products { ghlId availableInStore collections { ghlId } prices { ghlId amount currency } } } }": typeof types.ProductsBulkUpdateDocument,
    "mutation ProductsBulkDelete($productIds: [ID!]!) { deleteProducts(productIds: $productIds) { deletedGhlIds } }": typeof types.ProductsBulkDeleteDocument,
    "mutation ProductsBulkEdit($products: [ProductEditInput!]!) { editProducts(products: $products) { products { ghlId name description prices { ghlId name amount } } } }": typeof types.ProductsBulkEditDocument,
    "query ProductsCollections { productCollections(first: 10) { totalCount edges { node { ghlId name slug seoTitle products(first: 50) { edges { node { ghlId } } } } } } }": typeof types.ProductsCollectionsDocument,
    "query ProductsWithCollections { products(first: 50) { edges { node { ghlId collections { ghlId name } } } } }": typeof types.ProductsWithCollectionsDocument,
    "mutation ProductsCreateCollection($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { productCollection { id ghlId name slug seoTitle seoDescription locationId } } }": typeof types.ProductsCreateCollectionDocument,
    "mutation ProductsUpdateCollection($id: ID!, $input: UpdateProductCollectionInput!) { updateProductCollection(id: $id, input: $input) { productCollection { id name slug seoTitle seoDescription } } }": typeof types.ProductsUpdateCollectionDocument,
    "query ProductsCollectionById($id: ID!) { productCollection(id: $id) { ghlId name } node(id: $id) { ... on ProductCollection { ghlId } } }": typeof types.ProductsCollectionByIdDocument,
    "mutation ProductsDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId deletedGhlId } }": typeof types.ProductsDeleteCollectionDocument,
    "query ProductsCollectionGone($id: ID!) { productCollection(id: $id) { ghlId } }": typeof types.ProductsCollectionGoneDocument,
    "query ProductsInventory { inventory(first: 50) { totalCount edges { node { priceId name availableQuantity allowOutOfStockPurchases productId productName product { ghlId } } } } }": typeof types.ProductsInventoryDocument,
    "query ProductsStock { products(first: 50) { edges { node { ghlId inventory { priceId availableQuantity } } } } }": typeof types.ProductsStockDocument,
    "mutation ProductsUpdateInventory($items: [InventoryChangeInput!]!) { updateInventory(items: $items) { items { priceId availableQuantity allowOutOfStockPurchases price { ghlId availableQuantity } } } }": typeof types.ProductsUpdateInventoryDocument,
    "query ProductsPriceById($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId name amount currency productId product { ghlId name } } }": typeof types.ProductsPriceByIdDocument,
    "query ProductsPricesToProduct($p: ID!) { product(id: $p) { prices { ghlId product { ghlId } } } }": typeof types.ProductsPricesToProductDocument,
    "mutation ProductsUpdatePrice($p: ID!, $id: ID!, $input: UpdatePriceInput!) { updateProductPrice(productId: $p, priceId: $id, input: $input) { price { ghlId name amount currency type } } }": typeof types.ProductsUpdatePriceDocument,
    "mutation ProductsDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId product { ghlId prices { ghlId } } } }": typeof types.ProductsDeletePriceDocument,
    "query ProductsPriceGone($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId } }": typeof types.ProductsPriceGoneDocument,
    "query ProductsWithReviews { products(first: 50) { edges { node { ghlId reviews { ghlId productId status rating headline detail author { name } replies { comment } } } } } }": typeof types.ProductsWithReviewsDocument,
    "query ProductsReviewsOfLocation { location { productReviews(first: 20, orderBy: { field: RATING, direction: DESC }) { totalCount edges { node { ghlId rating product { ghlId name } } } } productReviewCounts { status count } } }": typeof types.ProductsReviewsOfLocationDocument,
    "query ProductsReviewsFiltered($products: [ID!], $rating: Int) { location { productReviews(first: 20, productIds: $products, rating: $rating) { edges { node { ghlId } } } } }": typeof types.ProductsReviewsFilteredDocument,
    "mutation ProductsUpdateReview($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId status headline rating } } }": typeof types.ProductsUpdateReviewDocument,
    "mutation ProductsApproveReviews($reviews: [ProductReviewTarget!]!) { setProductReviewsStatus(reviews: $reviews, status: \"approved\") { productReviews { ghlId status } } }": typeof types.ProductsApproveReviewsDocument,
    "mutation ProductsDeleteReview($productId: ID!, $reviewId: ID!) { deleteProductReview(productId: $productId, reviewId: $reviewId) { deletedGhlId } }": typeof types.ProductsDeleteReviewDocument,
    "mutation ProductsUpdateReviewBad($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId } } }": typeof types.ProductsUpdateReviewBadDocument,
    "mutation ProductsApproveNoReviews($reviews: [ProductReviewTarget!]!, $status: String!) { setProductReviewsStatus(reviews: $reviews, status: $status) { productReviews { ghlId } } }": typeof types.ProductsApproveNoReviewsDocument,
    "query ProductsReviewsBadRange { location { productReviews(first: 5, createdAfter: \"2025-02-01T00:00:00Z\", createdBefore: \"2025-01-01T00:00:00Z\") { totalCount } } }": typeof types.ProductsReviewsBadRangeDocument,
    "query ProductsStoreStats($storeId: ID!, $query: String, $collections: [ID!]) { location { productStoreStats(storeId: $storeId, query: $query, collectionIds: $collections) { totalProducts includedInStore excludedFromStore } } }": typeof types.ProductsStoreStatsDocument,
    "mutation ProductsSetInStore($storeId: ID!, $productIds: [ID!]!, $included: Boolean!) { setProductsInStore(storeId: $storeId, productIds: $productIds, included: $included) { products { ghlId availableInStore } } }": typeof types.ProductsSetInStoreDocument,
    "query ProductsFirstThree { products(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ghlId name productType } } } }": typeof types.ProductsFirstThreeDocument,
    "query ProductsOfLocation($search: String) { location { all: products(first: 100) { totalCount } found: products(first: 100, query: $search) { edges { node { name } } } } }": typeof types.ProductsOfLocationDocument,
    "query ProductsByGhlId($id: ID!) { product(id: $id) { id ghlId name locationId } }": typeof types.ProductsByGhlIdDocument,
    "query ProductsByGlobalIdAndNode($id: ID!) { product(id: $id) { ghlId } node(id: $id) { ... on Product { ghlId } } }": typeof types.ProductsByGlobalIdAndNodeDocument,
    "query ProductsMissing { product(id: \"nope\") { ghlId } }": typeof types.ProductsMissingDocument,
    "query ProductsWithPrices { products(first: 50) { edges { node { ghlId prices { ghlId name amount currency type recurring { interval intervalCount } } } } } }": typeof types.ProductsWithPricesDocument,
    "query ProductsPricesTwice($id: ID!) { a: product(id: $id) { prices { ghlId } } b: product(id: $id) { prices { amount } } }": typeof types.ProductsPricesTwiceDocument,
    "query ProductsBilled($id: ID!) { product(id: $id) { name prices { ghlId amount } } }": typeof types.ProductsBilledDocument,
    "mutation ProductsCreateGiftCard { createProduct(input: { name: \"Gift Card\", productType: DIGITAL, description: \"Any amount\", availableInStore: true }) {\n          product { id ghlId name productType description availableInStore prices { ghlId } } } }": typeof types.ProductsCreateGiftCardDocument,
    "mutation ProductsRename($id: ID!) { updateProduct(id: $id, input: { name: \"E-Gift Card\" }) { product { name description productType } } }": typeof types.ProductsRenameDocument,
    "mutation ProductsCreateMonthlyPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Monthly\", type: RECURRING, currency: \"EUR\", amount: 25.5, recurring: { interval: MONTH, intervalCount: 1 } }) {\n          price { ghlId productId name type amount currency recurring { interval intervalCount } } product { ghlId prices { name } } } }": typeof types.ProductsCreateMonthlyPriceDocument,
    "mutation ProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }": typeof types.ProductsDeleteDocument,
    "mutation ProductsCreateRefusedPrice($id: ID!, $input: CreatePriceInput!) { createProductPrice(id: $id, input: $input) { price { ghlId } } }": typeof types.ProductsCreateRefusedPriceDocument,
    "mutation ProductsCreateRefused($input: CreateProductInput!) { createProduct(input: $input) { product { ghlId } } }": typeof types.ProductsCreateRefusedDocument,
    "query ProductsNone { products(first: 0) { totalCount } }": typeof types.ProductsNoneDocument,
    "query ProductsOfOtherLocation($id: ID!, $loc: ID!) { product(id: $id, locationId: $loc) { ghlId } }": typeof types.ProductsOfOtherLocationDocument,
    "subscription ReplicaBudgetEvents($loc: ID, $since: ID) { events(locationId: $loc, since: $since) { webhookId } }": typeof types.ReplicaBudgetEventsDocument,
    "subscription ReplicasEvents($loc: ID) { events(locationId: $loc) { webhookId locationId } }": typeof types.ReplicasEventsDocument,
    "query SpecGroupedCalendars { calendars { id group { id name } } calendarGroups { id calendars { id } } }": typeof types.SpecGroupedCalendarsDocument,
    "mutation SpecCreateGroup { createCalendarGroup(input: { name: \"Spec group\", description: \"Made by the spec test\", slug: \"spec-group\" }) { calendarGroup { id } } }": typeof types.SpecCreateGroupDocument,
    "query SpecGroupSlug { calendarGroupSlugAvailable(slug: \"spec-group\") }": typeof types.SpecGroupSlugDocument,
    "mutation SpecRenameGroup($id: ID!) { updateCalendarGroup(id: $id, input: { name: \"Spec group 2\" }) { calendarGroup { id } } }": typeof types.SpecRenameGroupDocument,
    "mutation SpecDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { id } } }": typeof types.SpecDisableGroupDocument,
    "mutation SpecGroupCalendar($id: ID!, $g: ID!) { updateCalendar(id: $id, input: { groupId: $g, slotDuration: 40 }) { calendar { id } } }": typeof types.SpecGroupCalendarDocument,
    "mutation SpecDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }": typeof types.SpecDeleteGroupDocument,
    "mutation SpecCreateNotification($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: EMAIL, notificationType: BOOKED, subject: \"Booked\" }) { notification { id calendar { notifications { id } } } } }": typeof types.SpecCreateNotificationDocument,
    "mutation SpecUpdateNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false }) { notification { id } } }": typeof types.SpecUpdateNotificationDocument,
    "mutation SpecDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId } }": typeof types.SpecDeleteNotificationDocument,
    "query SpecBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId } } }": typeof types.SpecBlockedSlotsDocument,
    "mutation SpecUpdateBlock($id: ID!) { updateBlockSlot(id: $id, input: { title: \"Spec block\" }) { blockSlot { ghlId } } }": typeof types.SpecUpdateBlockDocument,
    "mutation SpecCalendarToDelete { createCalendar(input: { name: \"Spec gone\" }) { calendar { id } } }": typeof types.SpecCalendarToDeleteDocument,
    "mutation SpecDeleteCalendar($id: ID!) { deleteCalendar(id: $id) { deletedId } }": typeof types.SpecDeleteCalendarDocument,
    "query SpecAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes(first: 5) { edges { node { id } } } } }": typeof types.SpecAppointmentNotesDocument,
    "mutation SpecCreateAppointmentNote($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: \"Spec note\" }) { appointmentNote { id } } }": typeof types.SpecCreateAppointmentNoteDocument,
    "mutation SpecUpdateAppointmentNote($a: ID!, $n: ID!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: { body: \"Spec note 2\" }) { appointmentNote { id } } }": typeof types.SpecUpdateAppointmentNoteDocument,
    "mutation SpecDeleteAppointmentNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId } }": typeof types.SpecDeleteAppointmentNoteDocument,
    "mutation SpecDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId } }": typeof types.SpecDeleteAppointmentDocument,
    "query SpecPrice($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { product { ghlId } } }": typeof types.SpecPriceDocument,
    "mutation SpecUpdatePrice($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: 10 }) { price { ghlId } } }": typeof types.SpecUpdatePriceDocument,
    "mutation SpecDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId } }": typeof types.SpecDeletePriceDocument,
    "query SpecCollections { productCollections(first: 1) { edges { node { id products(first: 5) { edges { node { collections { id } } } } } } } }": typeof types.SpecCollectionsDocument,
    "mutation SpecCreateCollection { createProductCollection(input: { name: \"Spec\", slug: \"spec\", seoTitle: \"Spec\" }) { productCollection { id } } }": typeof types.SpecCreateCollectionDocument,
    "mutation SpecUpdateCollection($id: ID!) { updateProductCollection(id: $id, input: { seoDescription: \"More\" }) { productCollection { id } } }": typeof types.SpecUpdateCollectionDocument,
    "mutation SpecDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId } }": typeof types.SpecDeleteCollectionDocument,
    "query SpecInventory { inventory(first: 5) { edges { node { priceId } } } products(first: 5) { edges { node { inventory { priceId } } } } }": typeof types.SpecInventoryDocument,
    "mutation SpecUpdateInventory($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 4 }]) { items { priceId } } }": typeof types.SpecUpdateInventoryDocument,
    "query SpecPipelines { pipelines { id stages { id } } }": typeof types.SpecPipelinesDocument,
    "query SpecCalendars { calendars { id isActive } }": typeof types.SpecCalendarsDocument,
    "query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": typeof types.SpecOpportunityContactsDocument,
    "mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }": typeof types.SpecCreateContactDocument,
    "mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }": typeof types.SpecCreateNoteDocument,
    "mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": typeof types.SpecCreateOpportunityDocument,
    "mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }": typeof types.SpecMoveOpportunityDocument,
    "query ResilienceReadContact($id: ID!) { contact(id: $id) { ghlId } }": typeof types.ResilienceReadContactDocument,
    "mutation ResilienceCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": typeof types.ResilienceCreateContactDocument,
    "mutation ResilienceUpdateContact($id: ID!) { updateContact(id: $id, input: { city: \"Retryville\" }) { contact { city } } }": typeof types.ResilienceUpdateContactDocument,
    "query ResilienceContacts24 { contacts(first: 24) { edges { node { ghlId } } } }": typeof types.ResilienceContacts24Document,
    "query ResilienceContacts8 { contacts(first: 8) { edges { node { ghlId } } } }": typeof types.ResilienceContacts8Document,
    "query ResilienceBudget { rateLimit { location max remaining queued dailyLimit dailyRemaining } }": typeof types.ResilienceBudgetDocument,
    "query ResilienceLocationName { location { name } }": typeof types.ResilienceLocationNameDocument,
    "subscription SandboxWebhooksEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId entityId payload } }": typeof types.SandboxWebhooksEventsDocument,
    "mutation SandboxWebhooksCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": typeof types.SandboxWebhooksCreateContactDocument,
    "subscription IsolationContactEvents { contactEvents { locationId contact { name email phone } } }": typeof types.IsolationContactEventsDocument,
    "subscription IsolationEvents { events { type locationId entityId } }": typeof types.IsolationEventsDocument,
    "mutation IsolationCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": typeof types.IsolationCreateContactDocument,
    "query OtherTenantContact($locationId: ID) { contacts(first: 1, locationId: $locationId) { edges { node { ghlId } } } }": typeof types.OtherTenantContactDocument,
    "subscription DeepWebhookEvents($locationId: ID) { events(locationId: $locationId) { webhookId payload } }": typeof types.DeepWebhookEventsDocument,
    "query DeepAnswerContact { contacts(first: 1) { edges { node { ghlId } } } }": typeof types.DeepAnswerContactDocument,
    "query LenientConversations { conversations(first: 3) { edges { node { ghlId locationId } } } }": typeof types.LenientConversationsDocument,
    "query LenientMessages($id: ID!) { conversation(id: $id) { messages(first: 3) { edges { node { ghlId conversationId conversation { ghlId } } } } } }": typeof types.LenientMessagesDocument,
    "query LenientContactFields($id: ID!) { contact(id: $id) {\n        attributions { url utmSource utmMedium medium mediumId referrer }\n        dndSettings { sms { status } rcs { status message code } }\n      } }": typeof types.LenientContactFieldsDocument,
    "query LenientNoAttributions($id: ID!) { contact(id: $id) { attributions { url } } }": typeof types.LenientNoAttributionsDocument,
    "query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }": typeof types.LenientFunnelsPageDocument,
    "query LenientFunnelsCount { funnels(first: 5) { totalCount } }": typeof types.LenientFunnelsCountDocument,
    "query LenientTimezones { timezones }": typeof types.LenientTimezonesDocument,
    "query LenientContactsCount { contacts(first: 1) { totalCount } }": typeof types.LenientContactsCountDocument,
    "query LenientConversationsPage { conversations(first: 1) { edges { node { ghlId } } } }": typeof types.LenientConversationsPageDocument,
    "query LenientFunnelsTwo { funnels(first: 2) { totalCount } }": typeof types.LenientFunnelsTwoDocument,
    "query LenientPipelines { pipelines { name } }": typeof types.LenientPipelinesDocument,
    "query LenientBadContacts { contacts(first: 1) { totalCount } }": typeof types.LenientBadContactsDocument,
    "query LenientBadOpportunities { opportunities(first: 1) { totalCount } }": typeof types.LenientBadOpportunitiesDocument,
    "query LenientBadInvoices { invoices(first: 1) { totalCount } }": typeof types.LenientBadInvoicesDocument,
    "query LenientBadProducts { products(first: 1) { totalCount } }": typeof types.LenientBadProductsDocument,
    "subscription SecurityWsEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId } }": typeof types.SecurityWsEventsDocument,
    "mutation SecurityWsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": typeof types.SecurityWsCreateContactDocument,
    "mutation R4StorePrioritiesSet($input: SetStoreProductPrioritiesInput!) {\n  setStoreProductPriorities(input: $input) { products(first: 20) { totalCount edges { node { ghlId prices { ghlId } } } } }\n}": typeof types.R4StorePrioritiesSetDocument,
    "query R4StorePrioritiesList($storeId: ID) { location { products(storeId: $storeId, first: 20) { edges { node { ghlId } } } } }": typeof types.R4StorePrioritiesListDocument,
    "subscription SubFieldsOpportunityEvents($pipelineId: ID, $types: [OpportunityEventType!]) {\n    opportunityEvents(pipelineId: $pipelineId, types: $types) {\n      webhookId type opportunityEventType family locationId opportunityId nodeId name opportunityStatus monetaryValue pipelineId pipelineStageId\n      stage { name } assignedUser { ghlId }\n      opportunity { id ghlId name status monetaryValue stage { name } pipeline { name } contact { email } }\n    }\n  }": typeof types.SubFieldsOpportunityEventsDocument,
    "subscription SubFieldsOpportunityCarried { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name monetaryValue stageId } } }": typeof types.SubFieldsOpportunityCarriedDocument,
    "subscription SubFieldsOpportunityLoaded { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt lastStageChangeAt } } }": typeof types.SubFieldsOpportunityLoadedDocument,
    "subscription SubFieldsOpportunityShared { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt } } }": typeof types.SubFieldsOpportunitySharedDocument,
    "subscription SubFieldsContactEvents($contactId: ID) {\n        contactEvents(contactId: $contactId, types: [TAG_UPDATE, DELETE]) {\n          webhookId contactEventType contactId nodeId name email tags dnd\n          contact { id email tags tasks { title } }\n        }\n      }": typeof types.SubFieldsContactEventsDocument,
    "subscription SubFieldsContactGhost { contactEvents(types: [UPDATE]) { webhookId contactId email contact { timezone } } }": typeof types.SubFieldsContactGhostDocument,
    "subscription SubFieldsTaskEvents($contactId: ID) {\n        taskEvents(contactId: $contactId) {\n          webhookId taskEventType taskId nodeId title dueDate contact { email }\n          task { id title completed dueDate contact { email } }\n        }\n      }": typeof types.SubFieldsTaskEventsDocument,
    "subscription SubFieldsNoteEvents($contactId: ID) {\n        noteEvents(contactId: $contactId, types: [CREATE]) { webhookId noteEventType noteId note { ghlId body createdAt user { ghlId } } }\n      }": typeof types.SubFieldsNoteEventsDocument,
    "subscription SubFieldsAppointmentEvents($calendarId: ID) {\n        appointmentEvents(calendarId: $calendarId, types: [CREATE, DELETE]) {\n          webhookId appointmentEventType appointmentId title startTime calendar { name }\n          appointment { ghlId title status startAt endAt calendar { name } contact { email } }\n        }\n      }": typeof types.SubFieldsAppointmentEventsDocument,
    "subscription SubFieldsMessageEvents($conversationId: ID, $direction: MessageDirection) {\n    messageEvents(conversationId: $conversationId, direction: $direction) {\n      webhookId messageEventType direction messageId body messageType\n      message { id body direction type status }\n      conversation { ghlId contactId }\n      contact { email }\n    }\n  }": typeof types.SubFieldsMessageEventsDocument,
    "subscription SubFieldsMessageEmail { messageEvents(types: [OUTBOUND]) {\n        webhookId messageId emailMessageId threadId emailFrom emailTo emailCc emailBcc emailProvider subject body conversationId message { id }\n      } }": typeof types.SubFieldsMessageEmailDocument,
    "subscription SubFieldsMessageProvider { messageEvents(types: [PROVIDER_OUTBOUND]) { webhookId type messageEventType direction messageType phone body message { conversationId } } }": typeof types.SubFieldsMessageProviderDocument,
    "subscription SubFieldsInvoiceEvents {\n        invoiceEvents(types: [PAID, DELETE]) {\n          webhookId invoiceEventType invoiceId nodeId invoiceStatus total amountDue contactId\n          invoice { id ghlId number status total amountPaid currency items { name qty amount } totalSummary { subTotal } contactDetails { email } }\n        }\n      }": typeof types.SubFieldsInvoiceEventsDocument,
    "subscription SubFieldsGhlEvents {\n        events(types: [\"OpportunityStageUpdate\", \"ContactTagUpdate\", \"ConversationUnreadUpdate\", \"OrderCreate\"]) {\n          __typename webhookId type family entityId\n          ... on OpportunityEvent { opportunityEventType name opportunity { name contact { email } } }\n          ... on ContactEvent { contactEventType name tags contact { email } }\n          ... on ConversationEvent { conversationEventType unreadCount conversation { ghlId unreadCount read } }\n          ... on OrderEvent { orderEventType status orderId amount items { name quantity productName unitAmount } }\n        }\n      }": typeof types.SubFieldsGhlEventsDocument,
    "subscription SubFieldsNoteEventsSse { noteEvents(types: [UPDATE]) { webhookId noteEventType noteId body note { body contact { ghlId } } } }": typeof types.SubFieldsNoteEventsSseDocument,
    "subscription LocationEvents($locationId: ID, $types: [String!], $families: [GhlEventFamily!]) {\n  events(locationId: $locationId, types: $types, families: $families) { type family locationId webhookId timestamp entityId payload }\n}": typeof types.LocationEventsDocument,
    "subscription ResumedEvents($locationId: ID, $families: [GhlEventFamily!], $since: ID) {\n    events(locationId: $locationId, families: $families, since: $since) { webhookId family }\n  }": typeof types.ResumedEventsDocument,
    "subscription ResumedContactEvents($locationId: ID, $since: ID) {\n    contactEvents(locationId: $locationId, since: $since) { webhookId }\n  }": typeof types.ResumedContactEventsDocument,
    "mutation UsersCreate($input: CreateUserInput!) { createUser(input: $input) { user { id ghlId name email roles { type role locationIds } permissions } } }": typeof types.UsersCreateDocument,
    "query UsersPage($c: ID!, $after: String) { users(companyId: $c, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId firstName } } } }": typeof types.UsersPageDocument,
    "query UsersAdminsOfLocation($c: ID!, $l: ID!) { users(companyId: $c, locationId: $l, role: ADMIN) { edges { node { ghlId roles { role locationIds } } } } }": typeof types.UsersAdminsOfLocationDocument,
    "mutation UsersPromote($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name roles { role } } } }": typeof types.UsersPromoteDocument,
    "mutation UsersDelete($id: ID!) { deleteUser(id: $id) { deletedId deletedGhlId } }": typeof types.UsersDeleteDocument,
    "query UsersById($id: ID!) { user(id: $id) { ghlId } }": typeof types.UsersByIdDocument,
    "subscription WebhookEventsObserved($locationId: ID) {\n  events(locationId: $locationId) { type family locationId webhookId timestamp entityId payload }\n}": typeof types.WebhookEventsObservedDocument,
    "query WindowWide { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }": typeof types.WindowWideDocument,
    "query WindowNarrow { contacts(first: 2) { edges { node { ghlId } } } }": typeof types.WindowNarrowDocument,
    "query WindowTenCalls { contacts(first: 9) { edges { node { ghlId tasks { ghlId } } } } }": typeof types.WindowTenCallsDocument,
    "query WindowOverCapacity { contacts(first: 20) { edges { node { ghlId tasks { ghlId } } } } }": typeof types.WindowOverCapacityDocument,
    "query WindowLocation { location { name } }": typeof types.WindowLocationDocument,
    "query WindowList { contacts(first: 10) { edges { node { id } } } }": typeof types.WindowListDocument,
    "query WindowTasks($id: ID!) { contact(id: $id) { tasks { ghlId } } }": typeof types.WindowTasksDocument,
    "subscription WorkersEvents($loc: ID) { events(locationId: $loc) { webhookId } }": typeof types.WorkersEventsDocument,
    "query WorkflowsCampaignsWorkflows { workflows { id ghlId name status version locationId createdAt updatedAt location { ghlId } } }": typeof types.WorkflowsCampaignsWorkflowsDocument,
    "query WorkflowsCampaignsCampaigns {\n      all: campaigns { ghlId name status locationId }\n      published: campaigns(status: PUBLISHED) { ghlId status }\n      location { drafts: campaigns(status: DRAFT) { ghlId status } workflows { ghlId } }\n    }": typeof types.WorkflowsCampaignsCampaignsDocument,
    "query WorkflowsCampaignsIds { workflows { id ghlId } campaigns { id ghlId } }": typeof types.WorkflowsCampaignsIdsDocument,
    "query WorkflowsCampaignsNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Workflow { ghlId name } ... on Campaign { ghlId name } } }": typeof types.WorkflowsCampaignsNodesDocument,
    "query WorkflowsCampaignsMissingNode($id: ID!) { node(id: $id) { id } location { ghlId } }": typeof types.WorkflowsCampaignsMissingNodeDocument,
    "query WorkflowsCampaignsOtherWorkflows($l: ID) { workflows(locationId: $l) { ghlId } }": typeof types.WorkflowsCampaignsOtherWorkflowsDocument,
    "query WorkflowsCampaignsDefaultCampaigns { campaigns { ghlId } }": typeof types.WorkflowsCampaignsDefaultCampaignsDocument,
    "query WorkflowsCampaignsOwnCampaigns($l: ID) { campaigns(locationId: $l) { locationId } }": typeof types.WorkflowsCampaignsOwnCampaignsDocument,
    "mutation WorkflowsCampaignsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w, eventStartTime: \"2030-05-01T09:00:00Z\") {\n         succeeded contact { ghlId } workflow { ghlId name } } }": typeof types.WorkflowsCampaignsAddToWorkflowDocument,
    "query WorkflowsCampaignsGlobalIds($c: ID!) { contact(id: $c) { id } workflows { id ghlId } }": typeof types.WorkflowsCampaignsGlobalIdsDocument,
    "mutation WorkflowsCampaignsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded workflow { ghlId } } }": typeof types.WorkflowsCampaignsRemoveFromWorkflowDocument,
    "mutation WorkflowsCampaignsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded campaign { ghlId status } } }": typeof types.WorkflowsCampaignsAddToCampaignDocument,
    "mutation WorkflowsCampaignsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }": typeof types.WorkflowsCampaignsRemoveFromCampaignDocument,
    "mutation WorkflowsCampaignsAddBack($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }": typeof types.WorkflowsCampaignsAddBackDocument,
    "mutation WorkflowsCampaignsRemoveFromAll($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded campaign { ghlId } contact { ghlId } } }": typeof types.WorkflowsCampaignsRemoveFromAllDocument,
    "mutation WorkflowsCampaignsRemoveAllAsId($c: ID!) { removeContactFromCampaign(contactId: $c, campaignId: \"removeAll\") { succeeded } }": typeof types.WorkflowsCampaignsRemoveAllAsIdDocument,
    "mutation WorkflowsCampaignsBlankCampaign($c: ID!) { addContactToCampaign(contactId: $c, campaignId: \" \") { succeeded } }": typeof types.WorkflowsCampaignsBlankCampaignDocument,
    "mutation WorkflowsCampaignsEmptyContact($w: ID!) { addContactToWorkflow(contactId: \"\", workflowId: $w) { succeeded } }": typeof types.WorkflowsCampaignsEmptyContactDocument,
    "mutation WorkflowsCampaignsCampaignAsWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }": typeof types.WorkflowsCampaignsCampaignAsWorkflowDocument,
    "mutation WorkflowsCampaignsRemoveAllOfNone { removeContactFromAllCampaigns(contactId: \"\") { succeeded } }": typeof types.WorkflowsCampaignsRemoveAllOfNoneDocument,
    "mutation WorkflowsCampaignsUnknownContact($w: ID!) { addContactToWorkflow(contactId: \"zzzzzzzzzzzzzzzzzzzz\", workflowId: $w) { succeeded } }": typeof types.WorkflowsCampaignsUnknownContactDocument,
    "mutation WorkflowsCampaignsUnknownWorkflow($c: ID!) { addContactToWorkflow(contactId: $c, workflowId: \"00000000-0000-4000-8000-000000000000\") { succeeded } }": typeof types.WorkflowsCampaignsUnknownWorkflowDocument,
    "mutation WorkflowsCampaignsOtherTenantAdd($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }": typeof types.WorkflowsCampaignsOtherTenantAddDocument,
    "query WorkflowsCampaignsLocationUsers { location { users { ghlId name email } } }": typeof types.WorkflowsCampaignsLocationUsersDocument,
    "query WorkflowsCampaignsTeamMembers { location { users { ghlId } calendars { teamMembers { ghlId name } } } }": typeof types.WorkflowsCampaignsTeamMembersDocument,
};
const documents: Documents = {
    "query AssociationsList { associations(first: 10) { totalCount edges { node { id ghlId key associationType firstObjectKey firstObjectLabel secondObjectKey secondObjectLabel } } } }": types.AssociationsListDocument,
    "query AssociationsByKey { association(key: \"pet_owner\") { ghlId } }": types.AssociationsByKeyDocument,
    "query AssociationsById($id: ID!) { association(id: $id) { key } }": types.AssociationsByIdDocument,
    "query AssociationsOfOpportunities { associations(objectKey: \"opportunity\") { edges { node { key } } } }": types.AssociationsOfOpportunitiesDocument,
    "query AssociationsContactsWithPets { contacts(first: 20) { edges { node { ghlId\n      relations { ghlId association { key } firstRecordId secondRecord { ... on CustomObjectRecord { ghlId } } }\n      relatedRecords(associationKey: \"pet_owner\") { ghlId property(key: \"name\") } } } } }": types.AssociationsContactsWithPetsDocument,
    "query AssociationsPetsWithOwners($objectKey: String!) { records(objectKey: $objectKey, first: 30) { edges { node { ghlId relatedContacts(associationKey: \"pet_owner\") { ghlId firstName } } } } }": types.AssociationsPetsWithOwnersDocument,
    "query AssociationsOpportunityPet($id: ID!) { opportunity(id: $id) { relations(associationKey: \"pet_deal\") { association { key } secondObjectKey\n        secondRecord { __typename ... on CustomObjectRecord { ghlId relatedOpportunities { ghlId } } } } } }": types.AssociationsOpportunityPetDocument,
    "query AssociationsContactRecords($id: ID!) { contact(id: $id) { relatedRecords { ghlId } } }": types.AssociationsContactRecordsDocument,
    "query AssociationsEdgesCost { contacts(first: 5) { edges { node { relations { ghlId } relatedRecords { ghlId } } } } }": types.AssociationsEdgesCostDocument,
    "query AssociationsUnknownKey($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"nope\") { ghlId } } }": types.AssociationsUnknownKeyDocument,
    "mutation AssociationsCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId firstObjectKey secondObjectKey } } }": types.AssociationsCreateRelationDocument,
    "subscription AssociationsRelationEvents { relationEvents { type relationId relation { association { key } firstRecord { ... on Contact { ghlId } } secondRecord { ... on CustomObjectRecord { ghlId objectKey } } } } }": types.AssociationsRelationEventsDocument,
    "mutation AssociationsDeleteRelation($id: ID!) { deleteRelation(id: $id) { deletedGhlId } }": types.AssociationsDeleteRelationDocument,
    "subscription AssociationsAssociationEvents { associationEvents { type key association { ghlId firstObjectLabel } } }": types.AssociationsAssociationEventsDocument,
    "mutation AssociationsCreate($input: CreateAssociationInput!) { createAssociation(input: $input) { association { id ghlId key associationType } } }": types.AssociationsCreateDocument,
    "mutation AssociationsRename($id: ID!) { updateAssociation(id: $id, firstObjectLabel: \"Doctor\", secondObjectLabel: \"Patient\") { association { firstObjectLabel } } }": types.AssociationsRenameDocument,
    "mutation AssociationsDelete($id: ID!) { deleteAssociation(id: $id) { deletedGhlId } }": types.AssociationsDeleteDocument,
    "query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }": types.ContactsWithUsersDocument,
    "query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }": types.ContactTaskAssigneesDocument,
    "query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }": types.ContactTaskUsersDocument,
    "query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }": types.ContactsBackFromTasksAndNotesDocument,
    "query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }": types.FirstContactDocument,
    "query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }": types.SameContactEightTimesDocument,
    "query LocationName { location { name } }": types.LocationNameDocument,
    "query BriefWorkflowsList { workflows { name status } }": types.BriefWorkflowsListDocument,
    "query BriefCampaignsList { campaigns { name status } }": types.BriefCampaignsListDocument,
    "query BriefCalendarsList { calendars { name eventType } }": types.BriefCalendarsListDocument,
    "mutation BriefCalendarsCreate($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar { ghlId } } }": types.BriefCalendarsCreateDocument,
    "mutation BriefCalendarsUpdateAppointment($id: ID!) { updateAppointment(id: $id, input: { appointmentStatus: CONFIRMED, title: \"Moved\" }) { appointment { ghlId } } }": types.BriefCalendarsUpdateAppointmentDocument,
    "mutation BriefCalendarsBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId } } }": types.BriefCalendarsBlockSlotDocument,
    "mutation BriefCalendarsNewAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }": types.BriefCalendarsNewAppointmentDocument,
    "mutation BriefContactsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }": types.BriefContactsAddToWorkflowDocument,
    "mutation BriefContactsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }": types.BriefContactsAddToCampaignDocument,
    "query BriefContactsGet($id: ID!) { contact(id: $id) { name email } }": types.BriefContactsGetDocument,
    "query BriefContactsSearch { contacts(first: 20, query: \"john\") { totalCount edges { node { name } } } }": types.BriefContactsSearchDocument,
    "mutation BriefContactsUpdate($id: ID!) { updateContact(id: $id, input: { lastName: \"Smith\", tags: [\"customer\", \"premium\"] }) { contact { lastName } } }": types.BriefContactsUpdateDocument,
    "mutation BriefContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"referral\"]) { tags } }": types.BriefContactsAddTagsDocument,
    "mutation BriefContactsDelete($id: ID!) { deleteContact(id: $id) { deletedGhlId } }": types.BriefContactsDeleteDocument,
    "mutation BriefContactsCreateTask($c: ID!) { createContactTask(contactId: $c, input: { title: \"Follow up on proposal\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }": types.BriefContactsCreateTaskDocument,
    "query BriefContactsListTasks($id: ID!) { contact(id: $id) { tasks { title } } }": types.BriefContactsListTasksDocument,
    "mutation BriefContactsCreateTaskToComplete($c: ID!) { createContactTask(contactId: $c, input: { title: \"Call back\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }": types.BriefContactsCreateTaskToCompleteDocument,
    "mutation BriefContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }": types.BriefContactsCompleteTaskDocument,
    "mutation BriefContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Interested in premium\" }) { note { ghlId } } }": types.BriefContactsCreateNoteDocument,
    "query BriefContactsListNotes($id: ID!) { contact(id: $id) { notes { body } } }": types.BriefContactsListNotesDocument,
    "mutation BriefContactsUpdateNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Updated\" }) { note { body } } }": types.BriefContactsUpdateNoteDocument,
    "mutation BriefContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }": types.BriefContactsDeleteNoteDocument,
    "mutation BriefContactsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }": types.BriefContactsRemoveFromWorkflowDocument,
    "mutation BriefContactsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }": types.BriefContactsRemoveFromCampaignDocument,
    "mutation BriefContactsRemoveFromAllCampaigns($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded } }": types.BriefContactsRemoveFromAllCampaignsDocument,
    "mutation BriefContactsCreateFirstNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"First\" }) { note { ghlId } } }": types.BriefContactsCreateFirstNoteDocument,
    "query BriefContactsWorkflows { workflows { id status } }": types.BriefContactsWorkflowsDocument,
    "query BriefContactsPublishedCampaigns { campaigns(status: PUBLISHED) { id } }": types.BriefContactsPublishedCampaignsDocument,
    "query BriefConversationsUnread { conversations(first: 20, status: UNREAD, sort: DESC) { edges { node { lastMessageBody unreadCount } } } }": types.BriefConversationsUnreadDocument,
    "query BriefConversationsGet($id: ID!) { conversation(id: $id) { unreadCount starred } }": types.BriefConversationsGetDocument,
    "mutation BriefConversationsUpdate($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) { conversation { starred } } }": types.BriefConversationsUpdateDocument,
    "mutation BriefConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"Hi John, just following up\" }) { messageGhlId } }": types.BriefConversationsSendSmsDocument,
    "mutation BriefConversationsInbound($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Customer reply\" }) { message { body } } }": types.BriefConversationsInboundDocument,
    "query BriefConversationsFirst { conversations(first: 1) { edges { node { id contactId } } } }": types.BriefConversationsFirstDocument,
    "mutation BriefNewContact($input: CreateContactInput!) { createContact(input: $input) { contact { id ghlId } } }": types.BriefNewContactDocument,
    "query BriefActiveCalendar { calendars { id isActive slotDuration teamMembers { ghlId } } }": types.BriefActiveCalendarDocument,
    "query BriefFreeSlots($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { slots } }": types.BriefFreeSlotsDocument,
    "query BriefFormsList { forms(first: 20) { totalCount edges { node { ghlId name } } } }": types.BriefFormsListDocument,
    "query BriefFormsFirstForm { forms(first: 1) { edges { node { id } } } }": types.BriefFormsFirstFormDocument,
    "query BriefFormsSubmissions($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-01-01\", endAt: \"2025-10-31\", first: 50) {\n          edges { node { ghlId createdAt } } } }": types.BriefFormsSubmissionsDocument,
    "query BriefFormsFirstSubmission { formSubmissions(first: 1) { edges { node { contactId } } } }": types.BriefFormsFirstSubmissionDocument,
    "query BriefSurveysList { surveys { totalCount edges { node { ghlId name } } } }": types.BriefSurveysListDocument,
    "query BriefSurveysFirst { surveys(first: 1) { edges { node { id } } } }": types.BriefSurveysFirstDocument,
    "query BriefSurveysSubmissions($surveyId: ID!) { surveySubmissions(surveyId: $surveyId, first: 50) { edges { node { ghlId } } } }": types.BriefSurveysSubmissionsDocument,
    "query BriefInvoicesList { invoices(first: 20) { totalCount edges { node { name total } } } }": types.BriefInvoicesListDocument,
    "query BriefInvoicesGet($id: ID!) { invoice(id: $id) { name amountDue } }": types.BriefInvoicesGetDocument,
    "mutation BriefInvoicesSend($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { status } } }": types.BriefInvoicesSendDocument,
    "mutation BriefInvoicesRecordPayment($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 100, notes: \"Payment received\" }) { success } }": types.BriefInvoicesRecordPaymentDocument,
    "mutation BriefInvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { status } } }": types.BriefInvoicesVoidDocument,
    "mutation BriefInvoicesNew($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }": types.BriefInvoicesNewDocument,
    "mutation BriefLocationsNewTag($name: String!) { createLocationTag(name: $name) { tag { id } } }": types.BriefLocationsNewTagDocument,
    "mutation BriefLocationsNewField($name: String!) { createCustomField(input: { name: $name, dataType: TEXT }) { customField { id } } }": types.BriefLocationsNewFieldDocument,
    "query BriefLocationsGet { location { name address city state country postalCode website timezone email phone } }": types.BriefLocationsGetDocument,
    "query BriefLocationsSearch($c: ID!) { locations(companyId: $c, first: 50) { edges { node { ghlId name } } } }": types.BriefLocationsSearchDocument,
    "mutation BriefLocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { ghlId } } }": types.BriefLocationsCreateDocument,
    "mutation BriefLocationsUpdate($id: ID!) { updateLocation(id: $id, input: { name: \"Updated Business Name\", website: \"https://updated-website.com\" }) { location { name } } }": types.BriefLocationsUpdateDocument,
    "query BriefLocationsTimezones { timezones }": types.BriefLocationsTimezonesDocument,
    "query BriefLocationsTags { location { tags { name } } }": types.BriefLocationsTagsDocument,
    "mutation BriefLocationsUpdateTag($id: ID!, $name: String!) { updateLocationTag(id: $id, name: $name) { tag { name } } }": types.BriefLocationsUpdateTagDocument,
    "mutation BriefLocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId } }": types.BriefLocationsDeleteTagDocument,
    "query BriefLocationsCustomFields { location { customFields { name dataType fieldKey } } }": types.BriefLocationsCustomFieldsDocument,
    "mutation BriefLocationsUpdateField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name } } }": types.BriefLocationsUpdateFieldDocument,
    "mutation BriefLocationsDeleteField($id: ID!) { deleteCustomField(id: $id) { deletedId } }": types.BriefLocationsDeleteFieldDocument,
    "query BriefLocationsCustomValues { location { customValues { name value fieldKey } } }": types.BriefLocationsCustomValuesDocument,
    "mutation BriefLocationsCreateValue($name: String!) { createCustomValue(input: { name: $name, value: \"x\" }) { customValue { id } } }": types.BriefLocationsCreateValueDocument,
    "query BriefLocationsCustomValueIds { location { customValues { id } } }": types.BriefLocationsCustomValueIdsDocument,
    "mutation BriefLocationsUpdateValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"changed\" }) { customValue { value } } }": types.BriefLocationsUpdateValueDocument,
    "query BriefFunnelsFirst { funnels(first: 1) { edges { node { id } } } }": types.BriefFunnelsFirstDocument,
    "query BriefSocialAccountIds { socialAccounts { ghlId } }": types.BriefSocialAccountIdsDocument,
    "mutation BriefSocialNewPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id } } }": types.BriefSocialNewPostDocument,
    "query BriefMediaList { mediaFiles(first: 50) { edges { node { ghlId name url } } } }": types.BriefMediaListDocument,
    "mutation BriefMediaDelete($id: ID!) { deleteMediaFile(id: $id) { deletedGhlId } }": types.BriefMediaDeleteDocument,
    "query BriefFunnelsList { funnels { totalCount edges { node { ghlId name } } } }": types.BriefFunnelsListDocument,
    "query BriefFunnelsPages($id: ID!) { node(id: $id) { ... on Funnel { pages(first: 50) { edges { node { ghlId name } } } } } }": types.BriefFunnelsPagesDocument,
    "query BriefFunnelsPageCount($id: ID!) { node(id: $id) { ... on Funnel { pageCount } } }": types.BriefFunnelsPageCountDocument,
    "mutation BriefFunnelsRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId } } }": types.BriefFunnelsRedirectDocument,
    "query BriefSocialAccounts { socialAccounts { ghlId name platform } }": types.BriefSocialAccountsDocument,
    "query BriefSocialPosts { socialPosts(first: 20) { totalCount edges { node { ghlId summary } } } }": types.BriefSocialPostsDocument,
    "mutation BriefSocialUpdatePost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { summary } } }": types.BriefSocialUpdatePostDocument,
    "mutation BriefSocialDeletePost($id: ID!) { deleteSocialPost(id: $id) { deletedGhlId } }": types.BriefSocialDeletePostDocument,
    "query BriefOpportunitiesOpen { opportunities(first: 20, status: OPEN) { totalCount edges { node { name monetaryValue } } } }": types.BriefOpportunitiesOpenDocument,
    "query BriefOpportunitiesPipelines { pipelines { name stages { name } } }": types.BriefOpportunitiesPipelinesDocument,
    "mutation BriefOpportunitiesUpdate($id: ID!) { updateOpportunity(id: $id, input: { monetaryValue: 55000 }) { opportunity { monetaryValue } } }": types.BriefOpportunitiesUpdateDocument,
    "mutation BriefOpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }": types.BriefOpportunitiesWinDocument,
    "mutation BriefOpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }": types.BriefOpportunitiesDeleteDocument,
    "query BriefOpportunitiesPipelineIds { pipelines { id stages { id } } }": types.BriefOpportunitiesPipelineIdsDocument,
    "mutation BriefOpportunitiesNew($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": types.BriefOpportunitiesNewDocument,
    "query BriefPaymentsOrders { orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }": types.BriefPaymentsOrdersDocument,
    "query BriefPaymentsOrder($id: ID!) { order(id: $id) { status items { name qty } } }": types.BriefPaymentsOrderDocument,
    "mutation BriefPaymentsFulfil($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"40012345678\", shippingCarrier: \"FedEx\" }], notifyCustomer: true }) {\n            order { fulfillmentStatus } } }": types.BriefPaymentsFulfilDocument,
    "query BriefPaymentsTransactions { transactions(first: 20) { totalCount edges { node { amount status } } } }": types.BriefPaymentsTransactionsDocument,
    "query BriefPaymentsFirstTransaction { transactions(first: 1) { edges { node { id } } } }": types.BriefPaymentsFirstTransactionDocument,
    "query BriefPaymentsTransaction($id: ID!) { transaction(id: $id) { amount currency } }": types.BriefPaymentsTransactionDocument,
    "query BriefPaymentsSubscriptions { paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }": types.BriefPaymentsSubscriptionsDocument,
    "query BriefPaymentsCompletedOrders { orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }": types.BriefPaymentsCompletedOrdersDocument,
    "query BriefPaymentsOrderItems($id: ID!) { order(id: $id) { items { priceId qty } } }": types.BriefPaymentsOrderItemsDocument,
    "query BriefProductsList { products(first: 20) { totalCount edges { node { name productType } } } }": types.BriefProductsListDocument,
    "query BriefProductsGet($id: ID!) { product(id: $id) { name description } }": types.BriefProductsGetDocument,
    "mutation BriefProductsUpdate($id: ID!) { updateProduct(id: $id, input: { description: \"Now with a travel case\" }) { product { description } } }": types.BriefProductsUpdateDocument,
    "mutation BriefProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }": types.BriefProductsDeleteDocument,
    "mutation BriefProductsCreatePrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Standard\", type: ONE_TIME, currency: \"USD\", amount: 49.99 }) { price { amount } } }": types.BriefProductsCreatePriceDocument,
    "mutation BriefProductsNew { createProduct(input: { name: \"Electric Toothbrush Pro\", productType: PHYSICAL }) { product { id } } }": types.BriefProductsNewDocument,
    "mutation BriefUsersNew($input: CreateUserInput!) { createUser(input: $input) { user { id } } }": types.BriefUsersNewDocument,
    "query BriefUsersSearch($c: ID!) { users(companyId: $c, first: 25) { totalCount edges { node { name } } } }": types.BriefUsersSearchDocument,
    "query BriefUsersGet($id: ID!) { user(id: $id) { name email roles { type role locationIds } } }": types.BriefUsersGetDocument,
    "mutation BriefUsersUpdate($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name } } }": types.BriefUsersUpdateDocument,
    "mutation BriefUsersDelete($id: ID!) { deleteUser(id: $id) { deletedId } }": types.BriefUsersDeleteDocument,
    "query CoherentContactCity($id: ID!) { contact(id: $id) { city } }": types.CoherentContactCityDocument,
    "mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": types.CoherentContactMoveDocument,
    "query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }": types.SharedCacheContactDocument,
    "query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }": types.SharedCacheContactLiveDocument,
    "mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }": types.SharedCacheContactMoveDocument,
    "query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }": types.CachedContactDocument,
    "query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }": types.CachedContactPageDocument,
    "mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }": types.CachedContactMutatedDocument,
    "query CachedCalendarGroups { calendarGroups { ghlId } }": types.CachedCalendarGroupsDocument,
    "mutation CachedCreateCalendarGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { ghlId } } }": types.CachedCreateCalendarGroupDocument,
    "query CachedPetsOfContact($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"pet_owner\") { ghlId } } }": types.CachedPetsOfContactDocument,
    "mutation CachedCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId } } }": types.CachedCreateRelationDocument,
    "query CachedLocationName($id: ID!) { location(id: $id) { name } }": types.CachedLocationNameDocument,
    "query CalendarsGroupsBothWays { calendarGroups { ghlId name slug isActive calendars { ghlId } } calendars { ghlId group { ghlId name } } }": types.CalendarsGroupsBothWaysDocument,
    "query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }": types.CalendarsGroupSlugDocument,
    "mutation CalendarsCreateGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { id ghlId name description slug isActive locationId } } }": types.CalendarsCreateGroupDocument,
    "mutation CalendarsRenameGroup($id: ID!, $input: UpdateCalendarGroupInput!) { updateCalendarGroup(id: $id, input: $input) { calendarGroup { id name description slug } } }": types.CalendarsRenameGroupDocument,
    "mutation CalendarsDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { ghlId isActive } } }": types.CalendarsDisableGroupDocument,
    "mutation CalendarsMoveToGroup($id: ID!, $group: ID!) { updateCalendar(id: $id, input: { groupId: $group }) { calendar { ghlId groupId group { ghlId name calendars { ghlId } } } } }": types.CalendarsMoveToGroupDocument,
    "query CalendarsGroupNode($id: ID!) { node(id: $id) { ... on CalendarGroup { ghlId name } } }": types.CalendarsGroupNodeDocument,
    "mutation CalendarsDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId deletedGhlId } }": types.CalendarsDeleteGroupDocument,
    "query CalendarsUngrouped($id: ID!) { calendar(id: $id) { groupId group { ghlId } } }": types.CalendarsUngroupedDocument,
    "mutation CalendarsUpdate($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { calendar { ghlId name slotDuration slotDurationUnit eventColor } } }": types.CalendarsUpdateDocument,
    "mutation CalendarsCreateToDelete { createCalendar(input: { name: \"Short-lived\" }) { calendar { id ghlId } } }": types.CalendarsCreateToDeleteDocument,
    "mutation CalendarsDelete($id: ID!) { deleteCalendar(id: $id) { deletedId deletedGhlId } }": types.CalendarsDeleteDocument,
    "query CalendarsGone($id: ID!) { calendar(id: $id) { ghlId } }": types.CalendarsGoneDocument,
    "mutation CalendarsDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId deletedGhlId } }": types.CalendarsDeleteAppointmentDocument,
    "query CalendarsAppointmentGone($id: ID!) { appointment(id: $id) { ghlId } }": types.CalendarsAppointmentGoneDocument,
    "query CalendarsBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId title startAt endAt calendarId } } }": types.CalendarsBlockedSlotsDocument,
    "mutation CalendarsMoveBlock($id: ID!, $input: UpdateBlockSlotInput!) { updateBlockSlot(id: $id, input: $input) { blockSlot { ghlId title calendarId assignedUserId startAt } } }": types.CalendarsMoveBlockDocument,
    "query CalendarsNotifications { calendars { ghlId notifications { ghlId channel notificationType receiverType subject beforeTime { timeOffset unit } } again: notifications { ghlId } } }": types.CalendarsNotificationsDocument,
    "mutation CalendarsAddNotification($c: ID!, $input: CreateCalendarNotificationInput!) { createCalendarNotification(calendarId: $c, input: $input) { notification { id ghlId channel notificationType isActive beforeTime { timeOffset unit } calendar { ghlId } } } }": types.CalendarsAddNotificationDocument,
    "mutation CalendarsChangeNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false, body: \"Heads up\" }) { notification { ghlId isActive body channel } } }": types.CalendarsChangeNotificationDocument,
    "query CalendarsNotificationNode($id: ID!) { node(id: $id) { ... on CalendarNotification { ghlId body } } }": types.CalendarsNotificationNodeDocument,
    "mutation CalendarsDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId deletedGhlId } }": types.CalendarsDeleteNotificationDocument,
    "query CalendarsNotificationsAfter($id: ID!) { calendar(id: $id) { notifications { ghlId } } }": types.CalendarsNotificationsAfterDocument,
    "query CalendarsAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes { edges { node {\n        id ghlId body createdAt userId user { ghlId } contact { ghlId } appointment { ghlId }\n      } } pageInfo { hasNextPage } } } }": types.CalendarsAppointmentNotesDocument,
    "query CalendarsAppointmentNoteNode($id: ID!) { node(id: $id) { ... on AppointmentNote { ghlId body } } }": types.CalendarsAppointmentNoteNodeDocument,
    "query CalendarsNotesBatched($a: ID!, $b: ID!) {\n        first: appointment(id: $a) { appointmentNotes { edges { node { ghlId } } } }\n        again: appointment(id: $a) { appointmentNotes { edges { node { body } } } }\n        other: appointment(id: $b) { appointmentNotes { edges { node { ghlId appointment { ghlId } } } } }\n      }": types.CalendarsNotesBatchedDocument,
    "mutation CalendarsAddNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { ghlId } } }": types.CalendarsAddNoteDocument,
    "query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }": types.CalendarsNotesPageDocument,
    "mutation CalendarsCreateNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { id ghlId body userId user { ghlId } appointmentId } } }": types.CalendarsCreateNoteDocument,
    "mutation CalendarsUpdateNote($a: ID!, $n: ID!, $input: AppointmentNoteInput!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: $input) { appointmentNote { ghlId body } } }": types.CalendarsUpdateNoteDocument,
    "mutation CalendarsDeleteNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId deletedGhlId } }": types.CalendarsDeleteNoteDocument,
    "query CalendarResourcesBothWays { calendarResources { id ghlId resourceType name description isActive quantity outOfService capacity calendarIds calendars { ghlId } } calendars { ghlId resources { ghlId } } }": types.CalendarResourcesBothWaysDocument,
    "query CalendarResourceOne($id: ID!, $ghlId: ID!) { node(id: $id) { ... on CalendarResource { ghlId name } } calendarResource(id: $ghlId, resourceType: ROOM) { ghlId capacity location { id } } location { calendarResources(resourceType: ROOM) { ghlId } } }": types.CalendarResourceOneDocument,
    "query CalendarResourceUnknownType($id: ID!) { node(id: $id) { id } }": types.CalendarResourceUnknownTypeDocument,
    "mutation CalendarResourcesCreate($input: CreateCalendarResourceInput!) { createCalendarResource(input: $input) { calendarResource { id ghlId resourceType name description quantity outOfService capacity isActive calendars { ghlId } } } }": types.CalendarResourcesCreateDocument,
    "mutation CalendarResourcesUpdate($id: ID!, $input: UpdateCalendarResourceInput!) { updateCalendarResource(id: $id, input: $input) { calendarResource { ghlId name quantity outOfService calendarIds isActive } } }": types.CalendarResourcesUpdateDocument,
    "mutation CalendarResourcesDisableById($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { isActive: false }) { calendarResource { ghlId isActive } } }": types.CalendarResourcesDisableByIdDocument,
    "mutation CalendarResourcesDelete($id: ID!) { deleteCalendarResource(id: $id) { deletedId deletedGhlId } }": types.CalendarResourcesDeleteDocument,
    "query CalendarResourceGone($id: ID!) { calendarResource(id: $id) { ghlId } }": types.CalendarResourceGoneDocument,
    "query CalendarSchedulesOfCalendars { calendars { ghlId availabilitySchedules { id ghlId name timezone userId user { ghlId } rules { kind day date intervals { from to } } calendars { ghlId } createdAt } } }": types.CalendarSchedulesOfCalendarsDocument,
    "mutation CalendarSchedulesCreate($input: CreateAvailabilityScheduleInput!) { createAvailabilitySchedule(input: $input) { availabilitySchedule { id ghlId name timezone userId calendarIds rules { kind day intervals { from to } } } } }": types.CalendarSchedulesCreateDocument,
    "mutation CalendarSchedulesUpdate($id: ID!, $input: UpdateAvailabilityScheduleInput!) { updateAvailabilitySchedule(id: $id, input: $input) { availabilitySchedule { ghlId name timezone rules { kind date intervals { from to } } } } }": types.CalendarSchedulesUpdateDocument,
    "mutation CalendarSchedulesApply($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds calendars { ghlId } } } }": types.CalendarSchedulesApplyDocument,
    "query CalendarSchedulesOfUser($user: ID!, $c: ID!) { availabilitySchedules(userId: $user, calendarId: $c) { ghlId } calendar(id: $c) { availabilitySchedules { ghlId } } }": types.CalendarSchedulesOfUserDocument,
    "mutation CalendarSchedulesRemove($id: ID!, $c: ID!) { removeAvailabilityScheduleFromCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds } } }": types.CalendarSchedulesRemoveDocument,
    "mutation CalendarSchedulesDelete($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId deletedGhlId } }": types.CalendarSchedulesDeleteDocument,
    "query CalendarScheduleGone($id: ID!) { node(id: $id) { id } }": types.CalendarScheduleGoneDocument,
    "query CalendarSchedulesOfUsers { location { users { ghlId availabilitySchedules { ghlId name } } } }": types.CalendarSchedulesOfUsersDocument,
    "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }": types.CalendarsWithSettingsDocument,
    "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }": types.CalendarTeamsDocument,
    "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }": types.CalendarByIdDocument,
    "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }": types.CalendarByGlobalIdDocument,
    "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startAt: $from, endAt: $to) {\n         id ghlId title status startAt endAt calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }": types.CalendarAppointmentsDocument,
    "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startAt contact { ghlId } } }": types.AppointmentByIdDocument,
    "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }": types.AppointmentNodeDocument,
    "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId status startAt endAt calendar { ghlId } } } }": types.ContactAppointmentsTimedDocument,
    "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title status } } }": types.ContactAppointmentsUntimedDocument,
    "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, timezone: $tz) { date slots } }": types.FreeSlotsInZoneDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }": types.CreateCalendarDocument,
    "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, userId: $u) { date slots } }": types.FreeSlotsOfUserDocument,
    "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title status meetingLocationType startAt endAt calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }": types.CreateAppointmentDocument,
    "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startAt endAt status meetingLocationType } } }": types.MoveAppointmentDocument,
    "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }": types.ContactAppointmentIdsDocument,
    "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startAt endAt calendarId calendar { ghlId } } } }": types.CreateBlockSlotDocument,
    "query DeprecatedCalendarNames($id: ID!, $from: DateTime!, $to: DateTime!, $first: Date!, $last: Date!) {\n         calendar(id: $id) {\n           current: appointments(startAt: $from, endAt: $to) { ghlId status startAt endAt }\n           deprecated: appointments(startTime: $from, endTime: $to) { ghlId appointmentStatus startTime endTime }\n         }\n         currentSlots: freeSlots(calendarId: $id, startAt: $first, endAt: $last) { date slots }\n         deprecatedSlots: freeSlots(calendarId: $id, startDate: $first, endDate: $last) { date slots }\n       }": types.DeprecatedCalendarNamesDocument,
    "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }": types.UnknownCalendarAndAppointmentDocument,
    "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }": types.CalendarsOfLocationDocument,
    "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }": types.CalendarGhlIdDocument,
    "query CircuitBreakerFirstContact { contacts(first: 1) { edges { node { ghlId } } } }": types.CircuitBreakerFirstContactDocument,
    "query CircuitBreakerContact($id: ID!) { contact(id: $id) { ghlId } }": types.CircuitBreakerContactDocument,
    "\n  query ClientContacts {\n    contacts(first: 3) { totalCount edges { node { id name } } }\n  }\n": types.ClientContactsDocument,
    "\n  mutation ClientTag($id: ID!, $tags: [String!]!) {\n    addContactTags(id: $id, tags: $tags) { tags }\n  }\n": types.ClientTagDocument,
    "query ClientContactTags($id: ID!) { contact(id: $id) { tags } }": types.ClientContactTagsDocument,
    "\n  subscription ClientContactEvents($contactId: ID!) {\n    contactEvents(contactId: $contactId) { type nodeId contact { id name tags } }\n  }\n": types.ClientContactEventsDocument,
    "\n  query ClientPage($first: Int!, $after: String) {\n    contacts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }\n  }\n": types.ClientPageDocument,
    "\n  mutation ClientRename($id: ID!, $firstName: String!) {\n    updateContact(id: $id, input: { firstName: $firstName }) { contact { id name } }\n  }\n": types.ClientRenameDocument,
    "query ClientFirstTen { contacts(first: 10) { edges { node { id } } } }": types.ClientFirstTenDocument,
    "\n  query CompiledRich($first: Int!, $withTags: Boolean!, $missing: ID!) {\n    contacts(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CompiledContactParts\n          tags @include(if: $withTags)\n          opportunities(first: 2) { edges { node { name status monetaryValue stage { name } } } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    missing: contact(id: $missing) { ghlId }\n    again: contact(id: $missing) { name }\n  }\n  fragment CompiledContactParts on Contact {\n    id\n    ghlId\n    name\n    email\n    createdAt\n    location { id name timezone }\n  }\n": types.CompiledRichDocument,
    "\n  query CompiledNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Contact { name phone }\n      ... on Opportunity { name status contact { name } }\n    }\n  }\n": types.CompiledNodesDocument,
    "query CompiledContactById($id: ID!) { contact(id: $id) { ghlId name } }": types.CompiledContactByIdDocument,
    "query CompiledSomeDeals { opportunities(first: 2) { edges { node { id } } } }": types.CompiledSomeDealsDocument,
    "query CompiledContactIds { contacts(first: 2) { edges { node { id } } } }": types.CompiledContactIdsDocument,
    "query ContactSearchAll($after: String, $filter: ContactFilter, $orderBy: ContactOrder) {\n         contacts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": types.ContactSearchAllDocument,
    "query ContactSearchLocationDnd { location { contacts(first: 5, filter: { dnd: true }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { ghlId dnd } } } } }": types.ContactSearchLocationDndDocument,
    "query ContactSearchFirstTwo { contacts(first: 2) { pageInfo { endCursor } } }": types.ContactSearchFirstTwoDocument,
    "query ContactSearchByNameAfter($after: String) { contacts(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }": types.ContactSearchByNameAfterDocument,
    "query ContactSearchBackwardRange { contacts(filter: { createdAt: { from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\" } }) { totalCount } }": types.ContactSearchBackwardRangeDocument,
    "query ContactSearchLongQuery($query: String) { contacts(query: $query) { totalCount } }": types.ContactSearchLongQueryDocument,
    "\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n": types.ContactsAddFollowersDocument,
    "\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n": types.ContactsRemoveFollowersDocument,
    "\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n": types.ContactsFollowerUsersDocument,
    "\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n": types.ContactsUpsertDocument,
    "\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n": types.ContactsDuplicateDocument,
    "query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }": types.ContactsUpsertedCityDocument,
    "\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n": types.ContactsBulkTagsDocument,
    "\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n": types.ContactsSetBusinessDocument,
    "\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n": types.ContactsOfBusinessDocument,
    "query R4ContactsListPage($after: String, $query: String) {\n  location { contactsList(first: 40, after: $after, query: $query) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId email } } } } }": types.R4ContactsListPageDocument,
    "query R4ContactsListUsers { location { contactsList(first: 30) { edges { node { ghlId assignedUser { ghlId } } } } } }": types.R4ContactsListUsersDocument,
    "query R4ContactsListDeprecation { __type(name: \"Location\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": types.R4ContactsListDeprecationDocument,
    "query ContactsAllFields($id: ID!) { contact(id: $id) {\n        id ghlId locationId name firstName lastName email phone companyName source timezone\n        address1 city state postalCode country website tags dnd createdAt updatedAt assignedTo\n        dndSettings { sms { status } email { status } }\n        customFields { fieldId value }\n      } }": types.ContactsAllFieldsDocument,
    "query ContactsGlobalId($id: ID!) { contact(id: $id) { id } }": types.ContactsGlobalIdDocument,
    "query ContactsByGlobalIdAndNode($id: ID!) { contact(id: $id) { ghlId } node(id: $id) { id ... on Contact { ghlId } } }": types.ContactsByGlobalIdAndNodeDocument,
    "query ContactsPage($after: String) { contacts(first: 100, after: $after) {\n           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ghlId } } } }": types.ContactsPageDocument,
    "query ContactsSearchByName($q: String) { contacts(query: $q, first: 50) { totalCount edges { node { firstName lastName email } } } }": types.ContactsSearchByNameDocument,
    "query ContactsEmailsAndPhones($after: String) { contacts(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId email phone } } } }": types.ContactsEmailsAndPhonesDocument,
    "query ContactsRelations($id: ID!) { contact(id: $id) {\n         location { ghlId name }\n         assignedUser { ghlId name email roles { locationIds } }\n         tasks { ghlId title completed contactId }\n         notes { ghlId body contactId user { ghlId } }\n       } }": types.ContactsRelationsDocument,
    "query ContactsOfLocation($loc: ID) { location(id: $loc) { ghlId name timezone settings { allowDuplicateContact } contacts(first: 3) { edges { node { locationId } } } } }": types.ContactsOfLocationDocument,
    "mutation ContactsCreate($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId name email phone tags country } } }": types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { lastName city companyName } } }": types.ContactsUpdateDocument,
    "mutation ContactsUpdateInboundDnd($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { ghlId } } }": types.ContactsUpdateInboundDndDocument,
    "mutation ContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"lead\", \" referral \"]) { tags contact { tags } } }": types.ContactsAddTagsDocument,
    "mutation ContactsRemoveTags($id: ID!) { removeContactTags(id: $id, tags: [\"lead\"]) { tags } }": types.ContactsRemoveTagsDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) { deletedId deletedGhlId } }": types.ContactsDeleteDocument,
    "mutation ContactsCreateTask($c: ID!, $input: CreateTaskInput!) { createContactTask(contactId: $c, input: $input) {\n         task { id ghlId title completed dueDate assignedUser { ghlId } contact { ghlId } } } }": types.ContactsCreateTaskDocument,
    "mutation ContactsRenameTask($c: ID!, $t: ID!) { updateContactTask(contactId: $c, taskId: $t, input: { title: \"Call back Monday\" }) { task { title } } }": types.ContactsRenameTaskDocument,
    "mutation ContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }": types.ContactsCompleteTaskDocument,
    "query ContactsTasksAndTaskNode($id: ID!, $task: ID!) { contact(id: $id) { tasks { ghlId } } node(id: $task) { ... on Task { title } } }": types.ContactsTasksAndTaskNodeDocument,
    "mutation ContactsDeleteTask($c: ID!, $t: ID!) { deleteContactTask(contactId: $c, taskId: $t) { deletedId deletedGhlId } }": types.ContactsDeleteTaskDocument,
    "mutation ContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\", pinned: true }) { note { id ghlId body pinned } } }": types.ContactsCreateNoteDocument,
    "mutation ContactsRewriteNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Met at the spring fair\" }) { note { body } } }": types.ContactsRewriteNoteDocument,
    "mutation ContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }": types.ContactsDeleteNoteDocument,
    "\n  mutation ConvUploadStart($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) {\n      uploadUrl uploadId filePath contentType expiresAt maxFileSize\n      conversation { ghlId contactId }\n    }\n  }\n": types.ConvUploadStartDocument,
    "\n  mutation ConvUploadStartBare($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) { uploadUrl uploadId filePath maxFileSize }\n  }\n": types.ConvUploadStartBareDocument,
    "\n  mutation ConvUploadComplete($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } size contentType conversation { ghlId } }\n  }\n": types.ConvUploadCompleteDocument,
    "\n  mutation ConvUploadCompleteBare($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } }\n  }\n": types.ConvUploadCompleteBareDocument,
    "\n  mutation ConvUploadSend($contactId: ID!, $attachments: [URL!]) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"The brochure, as promised\", attachments: $attachments }) {\n      messageGhlId\n    }\n  }\n": types.ConvUploadSendDocument,
    "query ConvUploadMessage($id: ID!) { message(id: $id) { attachments conversation { ghlId } } }": types.ConvUploadMessageDocument,
    "\n  mutation ConvUploadAttach($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids conversation { ghlId contactId } }\n  }\n": types.ConvUploadAttachDocument,
    "\n  mutation ConvUploadAttachBare($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids }\n  }\n": types.ConvUploadAttachBareDocument,
    "\n  mutation ConvUploadRawAttach($input: GhlConversationsUploadFilesDtoFieldsInput!) {\n    ghl { conversations { uploadFileAttachments(input: $input) { uploadedFiles } } }\n  }\n": types.ConvUploadRawAttachDocument,
    "\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n": types.ConversationsCreateDocument,
    "mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }": types.ConversationsDeleteDocument,
    "\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n": types.ConversationsSendLaterDocument,
    "mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }": types.ConversationsCancelScheduledDocument,
    "\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n": types.ConversationsMessageStatusDocument,
    "\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n": types.ConversationsOutboundCallDocument,
    "\n  mutation ConversationsSetAttachments($id: ID!, $attachments: [URL!]!) {\n    setMessageAttachments(id: $id, attachments: $attachments) { messageGhlId message { attachments } conversation { ghlId } }\n  }\n": types.ConversationsSetAttachmentsDocument,
    "\n  mutation LifecycleSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n": types.LifecycleSendEmailDocument,
    "mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }": types.ConversationsCancelScheduledEmailDocument,
    "\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n": types.ConversationsThreadEmailsDocument,
    "\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n": types.ConversationsThreadTranscriptsDocument,
    "\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n": types.ConversationsLocationMessagesDocument,
    "\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n": types.ConversationsLiveChatTypingDocument,
    "\n  mutation ConversationsReviewReply($conversationId: ID!, $message: String!) {\n    replyToReview(conversationId: $conversationId, message: $message) { messageGhlId message { type direction body } conversation { ghlId } }\n  }\n": types.ConversationsReviewReplyDocument,
    "mutation ConversationsSend($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId } }": types.ConversationsSendDocument,
    "query ConversationsInboxWithContacts { conversations(first: 20) { totalCount edges { node {\n      ghlId contactId unreadCount lastMessageBody lastMessageType contact { ghlId name email phone } } } } }": types.ConversationsInboxWithContactsDocument,
    "query ConversationsInboxPage($after: String) { conversations(first: 25, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": types.ConversationsInboxPageDocument,
    "query ConversationsMessagesPage($id: ID!, $after: String) { conversation(id: $id) { messages(first: 3, after: $after) {\n           pageInfo { hasNextPage endCursor } edges { node { ghlId body direction type createdAt dateAdded conversationId } } } } }": types.ConversationsMessagesPageDocument,
    "query ConversationsMessageLinks($m: ID!, $c: ID!) {\n        message(id: $m) { ghlId conversation { ghlId } contact { ghlId } }\n        contact(id: $c) { conversations { edges { node { ghlId } } } }\n      }": types.ConversationsMessageLinksDocument,
    "mutation ConversationsMarkReadStarred($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) {\n      conversation { read unreadCount starred } } }": types.ConversationsMarkReadStarredDocument,
    "mutation ConversationsMarkUnread($id: ID!) { updateConversation(id: $id, input: { read: false }) { conversation { read } } }": types.ConversationsMarkUnreadDocument,
    "mutation ConversationsAssign($id: ID!, $u: ID!) { updateConversation(id: $id, input: { assignedTo: $u }) {\n      conversation { assignedTo assignedUser { ghlId } contact { assignedTo } } } }": types.ConversationsAssignDocument,
    "mutation ConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"See you at 10\" }) {\n         messageGhlId message { body type direction } conversation { ghlId } } }": types.ConversationsSendSmsDocument,
    "mutation ConversationsSendEmail($c: ID!) { sendMessage(input: { contactId: $c, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\" }) {\n         messageGhlId message { type } } }": types.ConversationsSendEmailDocument,
    "mutation ConversationsSendReply($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId message { type } } }": types.ConversationsSendReplyDocument,
    "mutation ConversationsMarkRead($id: ID!) { updateConversation(id: $id, input: { read: true }) { conversation { read } } }": types.ConversationsMarkReadDocument,
    "mutation ConversationsAddInboundSms($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Running late\" }) {\n         message { body direction } conversation { read unreadCount } } }": types.ConversationsAddInboundSmsDocument,
    "mutation ConversationsAddInbound($input: InboundMessageInput!) { addInboundMessage(input: $input) { message { type direction } } }": types.ConversationsAddInboundDocument,
    "query CostContactsTasksNotes { contacts(first: 7) { edges { node { name tasks { title } notes { body } } } } }": types.CostContactsTasksNotesDocument,
    "query CostOpportunityContactsEmbedded { opportunities(first: 5) { edges { node { contact { name email phone tags } } } } }": types.CostOpportunityContactsEmbeddedDocument,
    "query CostOpportunityContactsFull { opportunities(first: 5) { edges { node { contact { name city } } } } }": types.CostOpportunityContactsFullDocument,
    "query CostOpportunityContact($id: ID!) { opportunity(id: $id) { contact { name } } }": types.CostOpportunityContactDocument,
    "query CostSharedLists {\n      contacts(first: 20) { edges { node { assignedUser { name } location { name } } } }\n      opportunities(first: 20) { edges { node { assignedUser { name } stage { name } pipeline { name } } } }\n    }": types.CostSharedListsDocument,
    "query CostPaymentContactsEmbedded {\n      orders(first: 20) { edges { node { amount contact { name email } } } }\n      paymentSubscriptions(first: 20) { edges { node { amount contact { name } } } }\n    }": types.CostPaymentContactsEmbeddedDocument,
    "query CostTransactionContacts { transactions(first: 20) { edges { node { amount contact { name city } } } } }": types.CostTransactionContactsDocument,
    "query CostTransactionOrders { transactions(first: 10) { edges { node { order { status items { name } } location { name } } } } }": types.CostTransactionOrdersDocument,
    "query CostProductPrices { products(first: 10) { edges { node { name prices { amount currency } } } } }": types.CostProductPricesDocument,
    "mutation CostUpdateProduct($id: ID!) { updateProduct(id: $id, input: { description: \"Priced\" }) { product { name } } }": types.CostUpdateProductDocument,
    "mutation CostCreateProductPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Priced\", type: ONE_TIME, currency: \"USD\", amount: 5 }) {\n        price { amount } product { name prices { amount } } } }": types.CostCreateProductPriceDocument,
    "query CostLocationSummaries($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name city timezone } } } }": types.CostLocationSummariesDocument,
    "query CostLocationsFull($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name logoUrl business { name } } } } }": types.CostLocationsFullDocument,
    "query CostOverBudget { conversations(first: 80) { edges { node { messages(first: 1) { totalCount } } } } }": types.CostOverBudgetDocument,
    "query CostConversationsPage($first: Int) { conversations(first: $first) { edges { node { messages(first: 1) { totalCount } } } } }": types.CostConversationsPageDocument,
    "query CostTwoPipelines($a: ID, $b: ID) { a: pipelines(locationId: $a) { name } b: pipelines(locationId: $b) { name } }": types.CostTwoPipelinesDocument,
    "query CostConversationsTen { conversations(first: 10) { edges { node { messages(first: 1) { totalCount } } } } }": types.CostConversationsTenDocument,
    "\n  mutation CouponsCreate($input: CouponInput!) {\n    createCoupon(input: $input) { coupon { ghlId code name discountType discountValue status startAt endAt usageLimit limitedToOnePerCustomer productIds products { ghlId name } } }\n  }\n": types.CouponsCreateDocument,
    "query CouponsList { coupons(first: 50) { totalCount edges { node { ghlId code status discountType productIds } } } }": types.CouponsListDocument,
    "query CouponsExpired { coupons(status: EXPIRED, first: 50) { edges { node { ghlId } } } }": types.CouponsExpiredDocument,
    "query CouponsSearch($q: String) { coupons(query: $q, first: 50) { edges { node { code } } } }": types.CouponsSearchDocument,
    "query CouponsProducts { coupons(first: 50) { edges { node { productIds products { ghlId name } } } } }": types.CouponsProductsDocument,
    "query CouponsOne($id: ID!, $code: String!) { coupon(id: $id, code: $code) { ghlId code name discountValue usageCount } }": types.CouponsOneDocument,
    "mutation CouponsUpdate($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { coupon { ghlId discountType discountValue productIds usageLimit } } }": types.CouponsUpdateDocument,
    "mutation CouponsDelete($id: ID!) { deleteCoupon(id: $id) { deletedGhlId } }": types.CouponsDeleteDocument,
    "\n  query CredentialsContacts {\n    contacts(first: 1) {\n      totalCount\n    }\n  }\n": types.CredentialsContactsDocument,
    "query CustomObjectsSchemas { objectSchemas { ghlId key standard singularLabel pluralLabel createdAt } }": types.CustomObjectsSchemasDocument,
    "query CustomObjectsSchema($key: String!) { objectSchema(key: $key) { id key searchableProperties fields { name fieldKey dataType options { key label } } } }": types.CustomObjectsSchemaDocument,
    "query CustomObjectsSchemaNode($id: ID!) { node(id: $id) { ... on CustomObjectSchema { key } } }": types.CustomObjectsSchemaNodeDocument,
    "query CustomObjectsSchemaKey($key: String!) { objectSchema(key: $key) { key } }": types.CustomObjectsSchemaKeyDocument,
    "mutation CustomObjectsCreateTickets($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Ticket\", pluralLabel: \"Tickets\",\n        primaryPropertyKey: \"subject\", primaryPropertyName: \"Subject\", primaryPropertyType: TEXT }) { objectSchema { key standard primaryDisplayProperty } } }": types.CustomObjectsCreateTicketsDocument,
    "mutation CustomObjectsUpdateSchema($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { pluralLabel: \"Support tickets\", searchableProperties: $props }) {\n        objectSchema { pluralLabel searchableProperties } } }": types.CustomObjectsUpdateSchemaDocument,
    "mutation CustomObjectsSearchByUnknown($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { searchableProperties: $props }) { objectSchema { key } } }": types.CustomObjectsSearchByUnknownDocument,
    "query CustomObjectsRecordsFirst($objectKey: String!) { records(objectKey: $objectKey, first: 15) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId objectKey properties createdAt } } } }": types.CustomObjectsRecordsFirstDocument,
    "query CustomObjectsRecordsAfter($objectKey: String!, $after: String) { records(objectKey: $objectKey, first: 15, after: $after) { edges { node { ghlId } } } }": types.CustomObjectsRecordsAfterDocument,
    "query CustomObjectsRecordValues($objectKey: String!) { records(objectKey: $objectKey, first: 10) { edges { node { ghlId values { name fieldKey value field { name dataType } } } } } }": types.CustomObjectsRecordValuesDocument,
    "query CustomObjectsRecordSearch($objectKey: String!, $q: String) { records(objectKey: $objectKey, query: $q, first: 100) { totalCount edges { node { property(key: \"name\") } } } }": types.CustomObjectsRecordSearchDocument,
    "query CustomObjectsRecordTwice($objectKey: String!, $property: String!, $id: ID!) {\n        a: record(objectKey: $objectKey, id: $id) { id ghlId property(key: $property) ownerIds owners { ghlId } objectSchema { singularLabel } }\n        b: record(objectKey: $objectKey, id: $id) { ghlId } }": types.CustomObjectsRecordTwiceDocument,
    "query CustomObjectsRecordNode($id: ID!) { node(id: $id) { ... on CustomObjectRecord { ghlId objectKey } } }": types.CustomObjectsRecordNodeDocument,
    "mutation CustomObjectsCreateRecord($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Ziggy\", species: \"cat\", age: 2 } }) { record { ghlId properties } } }": types.CustomObjectsCreateRecordDocument,
    "mutation CustomObjectsUpdateRecord($objectKey: String!, $id: ID!) { updateRecord(objectKey: $objectKey, id: $id, input: { properties: { age: 3 } }) { record { properties updatedAt } } }": types.CustomObjectsUpdateRecordDocument,
    "mutation CustomObjectsDeleteRecord($objectKey: String!, $id: ID!) { deleteRecord(objectKey: $objectKey, id: $id) { deletedGhlId } }": types.CustomObjectsDeleteRecordDocument,
    "query CustomObjectsRecordGone($objectKey: String!, $id: ID!) { record(objectKey: $objectKey, id: $id) { ghlId } }": types.CustomObjectsRecordGoneDocument,
    "mutation CustomObjectsCreateRefused($objectKey: String!, $input: CustomObjectRecordInput!) { createRecord(objectKey: $objectKey, input: $input) { record { ghlId } } }": types.CustomObjectsCreateRefusedDocument,
    "subscription CustomObjectsSchemaEvents { objectSchemaEvents { type key objectSchema { key singularLabel fields { name dataType } } } }": types.CustomObjectsSchemaEventsDocument,
    "mutation CustomObjectsCreateCars($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Car\", pluralLabel: \"Cars\", primaryPropertyKey: \"plate\", primaryPropertyName: \"Plate\", primaryPropertyType: TEXT }) { objectSchema { key } } }": types.CustomObjectsCreateCarsDocument,
    "subscription CustomObjectsRecordEvents { recordEvents { type recordId objectKey record { ghlId objectKey property(key: \"name\") objectSchema { pluralLabel } } } }": types.CustomObjectsRecordEventsDocument,
    "mutation CustomObjectsCreatePixel($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Pixel\", species: \"rabbit\" } }) { record { ghlId } } }": types.CustomObjectsCreatePixelDocument,
    "query PaymentsCustomProvider { location { customPaymentProvider { ghlId locationId name description paymentsUrl queryUrl imageUrl } } }": types.PaymentsCustomProviderDocument,
    "mutation PaymentsCreateCustomProvider($input: CreateCustomPaymentProviderInput!) { createCustomPaymentProvider(input: $input) { customPaymentProvider { ghlId name paymentsUrl } } }": types.PaymentsCreateCustomProviderDocument,
    "mutation PaymentsDeleteCustomProvider { deleteCustomPaymentProvider { succeeded } }": types.PaymentsDeleteCustomProviderDocument,
    "mutation PaymentsConnectCustomProvider($live: PaymentProviderKeysInput!, $test: PaymentProviderKeysInput!) { connectCustomPaymentProvider(live: $live, test: $test) { customPaymentProvider { ghlId name } } }": types.PaymentsConnectCustomProviderDocument,
    "mutation PaymentsDisconnectCustomProvider($live: Boolean!) { disconnectCustomPaymentProvider(live: $live) { succeeded } }": types.PaymentsDisconnectCustomProviderDocument,
    "mutation PaymentsCustomProviderCapabilities($on: Boolean!) { updateCustomPaymentProviderCapabilities(supportsSubscriptionSchedule: $on) { succeeded } }": types.PaymentsCustomProviderCapabilitiesDocument,
    "query PaymentsIntegrationProviders($first: Int, $after: String) { location { paymentIntegrationProviders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId uniqueName title provider } } } } }": types.PaymentsIntegrationProvidersDocument,
    "mutation PaymentsCreateIntegrationProvider($input: CreatePaymentIntegrationProviderInput!) { createPaymentIntegrationProvider(input: $input) { paymentIntegrationProvider { ghlId locationId uniqueName title provider } } }": types.PaymentsCreateIntegrationProviderDocument,
    "query Contact360Deferred($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    ... @defer(label: \"slow\") {\n      tasks { title completed }\n      notes { body }\n    }\n  }\n}": types.Contact360DeferredDocument,
    "query Contact360AtOnce($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    tasks { title completed }\n    notes { body }\n  }\n}": types.Contact360AtOnceDocument,
    "query ContactTasksStreamed($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }": types.ContactTasksStreamedDocument,
    "query ErrorsContactCount { contacts(first: 1) { totalCount } }": types.ErrorsContactCountDocument,
    "query ContactFoundAndMissing($id: ID!) { found: contact(id: $id) { ghlId } missing: contact(id: \"doesNotExist0000000\") { ghlId } }": types.ContactFoundAndMissingDocument,
    "query ErrorsContactById($id: ID!) { contact(id: $id) { ghlId } }": types.ErrorsContactByIdDocument,
    "query ErrorsContactsOfLocation($loc: ID) { contacts(locationId: $loc, first: 1) { totalCount } }": types.ErrorsContactsOfLocationDocument,
    "query ErrorsContactLocation($id: ID!) { contact(id: $id) { locationId } }": types.ErrorsContactLocationDocument,
    "mutation ErrorsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": types.ErrorsCreateContactDocument,
    "mutation ErrorsCreateNever { createContact(input: { firstName: \"Never\" }) { contact { ghlId } } }": types.ErrorsCreateNeverDocument,
    "query ErrorsMissingContact { contact(id: \"doesNotExist0000000\") { ghlId } }": types.ErrorsMissingContactDocument,
    "query ErrorsBadCursor { contacts(first: 1, after: \"%%%\") { totalCount } }": types.ErrorsBadCursorDocument,
    "\n  mutation EstimateTemplatesCreate($input: EstimateTemplateInput!) {\n    createEstimateTemplate(input: $input) { estimateTemplate { id ghlId name total currency liveMode estimateNumberPrefix items { name qty amount } discount { type value } } }\n  }\n": types.EstimateTemplatesCreateDocument,
    "query EstimateTemplatesList { estimateTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }": types.EstimateTemplatesListDocument,
    "query EstimateTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on EstimateTemplate { name } } byGhlId: estimateTemplate(id: $ghlId) { name items { name } } }": types.EstimateTemplatesOneDocument,
    "query EstimateTemplatesOfLocation { location { ghlId estimateTemplates(first: 50) { totalCount edges { node { ghlId location { ghlId name } } } } } }": types.EstimateTemplatesOfLocationDocument,
    "mutation EstimateTemplatesUpdate($id: ID!, $input: EstimateTemplateInput!) { updateEstimateTemplate(id: $id, input: $input) { estimateTemplate { ghlId name total liveMode } } }": types.EstimateTemplatesUpdateDocument,
    "query EstimateTemplatesReadBack($id: ID!) { estimateTemplate(id: $id) { name total } }": types.EstimateTemplatesReadBackDocument,
    "mutation EstimateTemplatesDelete($id: ID!) { deleteEstimateTemplate(id: $id) { deletedId deletedGhlId } }": types.EstimateTemplatesDeleteDocument,
    "query EstimateTemplatesGone($id: ID!) { estimateTemplate(id: $id) { name } }": types.EstimateTemplatesGoneDocument,
    "query EstimateTemplatesBlankId { estimateTemplate(id: \" \") { name } }": types.EstimateTemplatesBlankIdDocument,
    "\n  mutation EstimatesCreate($input: CreateEstimateInput!) {\n    createEstimate(input: $input) { estimate { ghlId locationId name title number numberPrefix status currency total issueDate expiryDate\n      items { name qty amount currency } discount { type value } contactDetails { contactId name } contact { ghlId } } }\n  }\n": types.EstimatesCreateDocument,
    "query EstimatesList { estimates(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status number total } } } }": types.EstimatesListDocument,
    "query EstimatesAccepted { estimates(status: ACCEPTED, first: 50) { totalCount edges { node { ghlId } } } }": types.EstimatesAcceptedDocument,
    "query EstimatesOfContact($c: ID!) { contact(id: $c) { estimates(first: 50) { totalCount edges { node { ghlId contactDetails { contactId } } } } } }": types.EstimatesOfContactDocument,
    "query EstimatesContacts { estimates(first: 50) { edges { node { contactDetails { contactId } contact { ghlId email } } } } }": types.EstimatesContactsDocument,
    "query EstimatesNextNumber { nextEstimateNumber }": types.EstimatesNextNumberDocument,
    "mutation EstimatesUpdate($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId name status total items { name } } } }": types.EstimatesUpdateDocument,
    "mutation EstimatesSend($id: ID!, $u: ID!) { sendEstimate(estimateId: $id, input: { userId: $u, action: EMAIL }) { estimate { ghlId status sentByUserId } } }": types.EstimatesSendDocument,
    "mutation EstimatesInvoice($id: ID!) { createInvoiceFromEstimate(estimateId: $id) {\n        invoice { ghlId status total items { name } contact { ghlId } }\n        estimate { ghlId status invoice { ghlId } } } }": types.EstimatesInvoiceDocument,
    "mutation EstimatesInvoiceAgain($id: ID!) { createInvoiceFromEstimate(estimateId: $id) { invoice { ghlId } } }": types.EstimatesInvoiceAgainDocument,
    "mutation EstimatesDelete($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }": types.EstimatesDeleteDocument,
    "mutation EstimatesDeleteAgain($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }": types.EstimatesDeleteAgainDocument,
    "mutation EstimatesUpdateToInvoiced($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId } } }": types.EstimatesUpdateToInvoicedDocument,
    "query SetupPipelines { pipelines { id name } }": types.SetupPipelinesDocument,
    "query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": types.SetupOpportunityContactsDocument,
    "query SetupCalendars { calendars { id isActive } }": types.SetupCalendarsDocument,
    "query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }": types.SetupConversationContactDocument,
    "query FaultsBoard { location { name } contacts(first: 2) { edges { node { ghlId } } } }": types.FaultsBoardDocument,
    "mutation FaultsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": types.FaultsCreateContactDocument,
    "query FirstForms { forms(first: 2) { totalCount edges { node { id ghlId name locationId } } pageInfo { hasNextPage endCursor } } }": types.FirstFormsDocument,
    "query LocationFormsAfter($after: String) { location { forms(first: 100, after: $after) { edges { node { ghlId name } } } } }": types.LocationFormsAfterDocument,
    "query Quizzes { forms(type: QUIZ) { edges { node { name } } } }": types.QuizzesDocument,
    "query FirstForm { forms(first: 1) { edges { node { id ghlId name } } } }": types.FirstFormDocument,
    "query FormNode($id: ID!) { node(id: $id) { ... on Form { ghlId name location { ghlId } } } }": types.FormNodeDocument,
    "query FormSubmissionsInRange($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-03-01\", endAt: \"2025-10-31\", first: 100) {\n        totalCount edges { node { ghlId name email contactId createdAt answers fieldOrder pageUrl source formId form { ghlId name } } } } }": types.FormSubmissionsInRangeDocument,
    "query SubmissionContacts { formSubmissions(first: 40) { edges { node { contactId contact { ghlId email } } } } }": types.SubmissionContactsDocument,
    "query FirstSubmissions { formSubmissions(first: 3) { edges { node { ghlId } } pageInfo { endCursor hasNextPage } } }": types.FirstSubmissionsDocument,
    "query SubmissionsAfter($after: String) { formSubmissions(first: 5, after: $after) { edges { node { ghlId } } pageInfo { hasPreviousPage } } }": types.SubmissionsAfterDocument,
    "query SubmissionsBackwards { formSubmissions(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }": types.SubmissionsBackwardsDocument,
    "query LocationSurveys { location { surveys { totalCount edges { node { id ghlId name } } } } }": types.LocationSurveysDocument,
    "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 50) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }": types.SurveySubmissionsDocument,
    "query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }": types.SurveyNodeSubmissionsDocument,
    "mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }": types.UploadContactFilesDocument,
    "query FuzzMalformedGlobalId { nodes(ids: [\"not-an-id\"]) { id } }": types.FuzzMalformedGlobalIdDocument,
    "query GraphiqlFirstContacts { location { name } contacts(first: 1) { totalCount edges { node { name } } } }": types.GraphiqlFirstContactsDocument,
    "mutation GraphiqlCreateContact($name: String!) { createContact(input: { firstName: $name, tags: [\"graphiql\"] }) { contact { id } } }": types.GraphiqlCreateContactDocument,
    "query GraphiqlLiveContactId { contacts(first: 1) { edges { node { ghlId } } } }": types.GraphiqlLiveContactIdDocument,
    "query CsrfTypename { __typename }": types.CsrfTypenameDocument,
    "mutation InvoicesEditsCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId number total } } }": types.InvoicesEditsCreateDocument,
    "\n  mutation InvoicesEditsUpdate($id: ID!, $input: UpdateInvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      invoice { id ghlId name title number status issueDate dueDate total amountDue items { name qty amount currency } discount { type value } }\n    }\n  }\n": types.InvoicesEditsUpdateDocument,
    "mutation InvoicesEditsDelete($id: ID!) { deleteInvoice(id: $id) { deletedId deletedGhlId } }": types.InvoicesEditsDeleteDocument,
    "query InvoicesEditsRead($id: ID!) { invoice(id: $id) { ghlId name } }": types.InvoicesEditsReadDocument,
    "query InvoicesEditsNextNumber { nextInvoiceNumber }": types.InvoicesEditsNextNumberDocument,
    "mutation InvoicesLateFees($id: ID!, $input: LateFeesInput!) {\n    updateInvoiceLateFees(id: $id, input: $input) { invoice { ghlId lateFees { enabled type value interval intervalCount graceDays maxTotal } } }\n  }": types.InvoicesLateFeesDocument,
    "mutation InvoicesTemplateLateFees($id: ID!, $input: LateFeesInput!) { updateInvoiceTemplateLateFees(id: $id, input: $input) { invoiceTemplate { ghlId lateFees { type value interval } } } }": types.InvoicesTemplateLateFeesDocument,
    "query InvoicesSettings { location { invoiceSettings { locationId title termsNote invoiceNumberPrefix dueAfterDays minimumPartialPaymentPercent\n        estimatesTitle estimatesTermsNote estimateNumberPrefix estimatesExpireAfterDays } } }": types.InvoicesSettingsDocument,
    "\n  mutation InvoiceScheduleAutoPayment($id: ID!, $input: InvoiceAutoPaymentInput!) {\n    setInvoiceScheduleAutoPayment(id: $id, input: $input) { invoiceSchedule { ghlId autoPayment { enabled paymentMethodId customerId type } } }\n  }\n": types.InvoiceScheduleAutoPaymentDocument,
    "\n          mutation InvoiceTemplatePaymentMethods($id: ID!, $input: InvoicePaymentMethodsInput!) {\n            updateInvoiceTemplatePaymentMethods(id: $id, input: $input) { invoiceTemplate { ghlId paymentMethods { stripeBankDebitOnly } } }\n          }\n        ": types.InvoiceTemplatePaymentMethodsDocument,
    "query InvoiceTemplatePaymentMethodsRead($id: ID!) { invoiceTemplate(id: $id) { paymentMethods { stripeBankDebitOnly } } }": types.InvoiceTemplatePaymentMethodsReadDocument,
    "query InvoiceScheduleAutoPaymentRead($id: ID!) { invoiceSchedule(id: $id) { autoPayment { enabled } } }": types.InvoiceScheduleAutoPaymentReadDocument,
    "mutation InvoiceScheduleReschedule($id: ID!) { rescheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status contact { ghlId } } } }": types.InvoiceScheduleRescheduleDocument,
    "mutation InvoiceScheduleRescheduleBlank { rescheduleInvoiceSchedule(id: \" \") { invoiceSchedule { id } } }": types.InvoiceScheduleRescheduleBlankDocument,
    "\n  mutation InvoiceSchedulesCreate($input: InvoiceScheduleInput!) {\n    createInvoiceSchedule(input: $input) { invoiceSchedule { id ghlId name status total currency\n      recurrence { intervalType interval startDate count dayOfMonth } items { name amount } contact { ghlId } } }\n  }\n": types.InvoiceSchedulesCreateDocument,
    "query InvoiceSchedulesList { invoiceSchedules(first: 50) { totalCount edges { node { ghlId status total contact { ghlId } recurrence { intervalType } } } } }": types.InvoiceSchedulesListDocument,
    "query InvoiceSchedulesActive { invoiceSchedules(status: ACTIVE, first: 50) { edges { node { ghlId } } } }": types.InvoiceSchedulesActiveDocument,
    "query InvoiceSchedulesOne($id: ID!) { invoiceSchedule(id: $id) { id ghlId name locationId } }": types.InvoiceSchedulesOneDocument,
    "query InvoiceSchedulesNode($id: ID!) { node(id: $id) { ... on InvoiceSchedule { ghlId } } }": types.InvoiceSchedulesNodeDocument,
    "query InvoiceSchedulesTwice($id: ID!, $node: ID!) { a: invoiceSchedule(id: $id) { name } b: invoiceSchedule(id: $node) { name } }": types.InvoiceSchedulesTwiceDocument,
    "mutation InvoiceSchedulesStart($id: ID!) { scheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }": types.InvoiceSchedulesStartDocument,
    "mutation InvoiceSchedulesUpdate($id: ID!, $input: InvoiceScheduleInput!) { updateInvoiceSchedule(id: $id, input: $input) { invoiceSchedule { name total } } }": types.InvoiceSchedulesUpdateDocument,
    "mutation InvoiceSchedulesCancel($id: ID!) { cancelInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }": types.InvoiceSchedulesCancelDocument,
    "mutation InvoiceSchedulesDelete($id: ID!) { deleteInvoiceSchedule(id: $id) { deletedId deletedGhlId } }": types.InvoiceSchedulesDeleteDocument,
    "\n  mutation InvoiceTemplatesCreate($input: InvoiceTemplateInput!) {\n    createInvoiceTemplate(input: $input) { invoiceTemplate { id ghlId name total currency items { name qty amount } discount { type value } } }\n  }\n": types.InvoiceTemplatesCreateDocument,
    "query InvoiceTemplatesList { invoiceTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }": types.InvoiceTemplatesListDocument,
    "query InvoiceTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on InvoiceTemplate { name } } byGhlId: invoiceTemplate(id: $ghlId) { name } }": types.InvoiceTemplatesOneDocument,
    "mutation InvoiceTemplatesUpdate($id: ID!, $input: InvoiceTemplateInput!) { updateInvoiceTemplate(id: $id, input: $input) { invoiceTemplate { ghlId name total } } }": types.InvoiceTemplatesUpdateDocument,
    "mutation InvoiceTemplatesDelete($id: ID!) { deleteInvoiceTemplate(id: $id) { deletedId deletedGhlId } }": types.InvoiceTemplatesDeleteDocument,
    "\n  mutation InvoiceTextToPay($input: TextToPayInvoiceInput!) {\n    textToPayInvoice(input: $input) { invoiceUrl invoice { id ghlId status total number contact { ghlId } } }\n  }\n": types.InvoiceTextToPayDocument,
    "query InvoiceTextToPayReadBack($id: ID!) { invoice(id: $id) { status total } }": types.InvoiceTextToPayReadBackDocument,
    "mutation InvoiceVisit($id: ID!) { recordInvoiceVisit(id: $id) { invoice { ghlId lastVisitedAt } } }": types.InvoiceVisitDocument,
    "mutation EstimateVisit($id: ID!) { recordEstimateVisit(estimateId: $id) { succeeded } }": types.EstimateVisitDocument,
    "query EstimateVisitReadBack { estimates(first: 50) { edges { node { ghlId lastVisitedAt } } } }": types.EstimateVisitReadBackDocument,
    "mutation InvoiceVisitBlank { recordInvoiceVisit(id: \" \") { invoice { id } } }": types.InvoiceVisitBlankDocument,
    "mutation EstimateVisitBlank { recordEstimateVisit(estimateId: \" \") { succeeded } }": types.EstimateVisitBlankDocument,
    "mutation EstimateVisitUnknown { recordEstimateVisit(estimateId: \"no-such-estimate\") { succeeded } }": types.EstimateVisitUnknownDocument,
    "query InvoicesGlobalId($id: ID!) { invoice(id: $id) { id } }": types.InvoicesGlobalIdDocument,
    "query InvoicesFirstFive { invoices(first: 5) { totalCount edges { node { ghlId } } pageInfo { hasNextPage hasPreviousPage } } }": types.InvoicesFirstFiveDocument,
    "query InvoicesPage($after: String) { invoices(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ghlId } } } }": types.InvoicesPageDocument,
    "query InvoicesPaid { invoices(status: PAID, first: 100) { totalCount edges { node { ghlId status } } } }": types.InvoicesPaidDocument,
    "query InvoicesOfContact($c: ID) { invoices(contactId: $c, first: 100) { totalCount edges { node { ghlId contactDetails { contactId } } } } }": types.InvoicesOfContactDocument,
    "query InvoicesIssuedOn($d: Date) { invoices(startAt: $d, endAt: $d, first: 100) { totalCount edges { node { issueDate } } } }": types.InvoicesIssuedOnDocument,
    "query InvoicesSearch($q: String) { invoices(query: $q, first: 100) { totalCount } }": types.InvoicesSearchDocument,
    "query InvoicesAllFields($id: ID!) { invoice(id: $id) {\n        id ghlId locationId name title number status liveMode currency issueDate dueDate\n        total invoiceTotal amountPaid amountDue\n        items { ghlId name description qty amount currency }\n        discount { type value }\n        totalSummary { subTotal discount tax }\n        contactDetails { contactId name email phone }\n      } }": types.InvoicesAllFieldsDocument,
    "query InvoicesByGlobalIdAndNode($id: ID!) { invoice(id: $id) { ghlId } node(id: $id) { id ... on Invoice { ghlId } } }": types.InvoicesByGlobalIdAndNodeDocument,
    "query InvoicesLinks($id: ID!, $c: ID!, $status: InvoiceStatus) {\n         invoice(id: $id) { contact { ghlId } location { ghlId } }\n         contact(id: $c) { invoices(first: 50) { totalCount edges { node { ghlId } } } }\n         location { invoices(first: 3, status: $status) { edges { node { status locationId } } } }\n       }": types.InvoicesLinksDocument,
    "mutation InvoicesCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId status name currency total amountDue amountPaid issueDate dueDate items { name qty amount currency } discount { type value } contactDetails { contactId name email } contact { ghlId } } } }": types.InvoicesCreateDocument,
    "mutation InvoicesSendManually($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { ghlId status } } }": types.InvoicesSendManuallyDocument,
    "mutation InvoicesPayPartByCheque($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CHEQUE, amount: 60, cheque: { number: \"1042\" }, notes: \"first part\" }) {\n         success invoice { status amountPaid amountDue } } }": types.InvoicesPayPartByChequeDocument,
    "mutation InvoicesPayRestByCard($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 300, card: { brand: \"visa\", last4: \"4242\" }, notes: \"the rest\" }) {\n         invoice { status amountPaid amountDue } } }": types.InvoicesPayRestByCardDocument,
    "mutation InvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { ghlId status } } }": types.InvoicesVoidDocument,
    "query InvoicesUnknownNextToLocation { invoice(id: \"inv0000000000000000000\") { ghlId } location { ghlId } }": types.InvoicesUnknownNextToLocationDocument,
    "mutation InvoicesVoidUnknown { voidInvoice(id: \"inv0000000000000000000\") { invoice { id } } }": types.InvoicesVoidUnknownDocument,
    "query InvoicesOfLocation($l: ID) { invoices(locationId: $l) { totalCount } }": types.InvoicesOfLocationDocument,
    "query InvoicesOne($id: ID!) { invoice(id: $id) { ghlId } }": types.InvoicesOneDocument,
    "query InvoicesWithContacts { invoices(first: 20) { edges { node { ghlId contactDetails { contactId } contact { ghlId name } } } } }": types.InvoicesWithContactsDocument,
    "query ListOrderDealsOldestFirst { opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }": types.ListOrderDealsOldestFirstDocument,
    "query ListOrderDealsOldestFirstAfter($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }": types.ListOrderDealsOldestFirstAfterDocument,
    "query ListOrderDealsDefaultAfter($after: String) { opportunities(first: 10, after: $after) { totalCount } }": types.ListOrderDealsDefaultAfterDocument,
    "query ListOrderDealsOfDay($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }": types.ListOrderDealsOfDayDocument,
    "query ListOrderInvoicesAsc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }": types.ListOrderInvoicesAscDocument,
    "query ListOrderInvoicesDesc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }": types.ListOrderInvoicesDescDocument,
    "query ListOrderInboundSince($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }": types.ListOrderInboundSinceDocument,
    "query ListOrderConversationsAsc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }": types.ListOrderConversationsAscDocument,
    "query ListOrderConversationsFirstFive { conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }": types.ListOrderConversationsFirstFiveDocument,
    "query ListOrderConversationsNextFive($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }": types.ListOrderConversationsNextFiveDocument,
    "query ListOrderConversationsDesc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }": types.ListOrderConversationsDescDocument,
    "query ListOrderConversationsDeprecatedSort { conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }": types.ListOrderConversationsDeprecatedSortDocument,
    "query ListOrderConversationsBothSorts { conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }": types.ListOrderConversationsBothSortsDocument,
    "query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": types.TwoContactsLiveDocument,
    "query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": types.TwoContactsOnceDocument,
    "mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": types.LiveContactMoveDocument,
    "query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }": types.FirstContactsLiveDocument,
    "mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }": types.LiveCreateContactDocument,
    "query LocationsSearchFirst { locations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { ghlId name companyId } } } }": types.LocationsSearchFirstDocument,
    "query LocationsSearchFull { locations(first: 3) { edges { node { name domain business { name } } } } }": types.LocationsSearchFullDocument,
    "mutation LocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { id ghlId name city timezone companyId } } }": types.LocationsCreateDocument,
    "mutation LocationsUpdate($id: ID!) { updateLocation(id: $id, input: { website: \"https://updated-website.com\", settings: { allowDuplicateContact: true } }) {\n         location { ghlId website settings { allowDuplicateContact allowDuplicateOpportunity } } } }": types.LocationsUpdateDocument,
    "query LocationsOtherCompany { locations(companyId: \"someOtherCompany\") { edges { node { ghlId } } } }": types.LocationsOtherCompanyDocument,
    "query LocationsTimezones { timezones }": types.LocationsTimezonesDocument,
    "query LocationsTags { location { tags { id ghlId name } } }": types.LocationsTagsDocument,
    "mutation LocationsCreateTag { createLocationTag(name: \"VIP Customer\") { tag { id name locationId } } }": types.LocationsCreateTagDocument,
    "mutation LocationsRenameTag($id: ID!) { updateLocationTag(id: $id, name: \"renamed tag\") { tag { id name } } }": types.LocationsRenameTagDocument,
    "mutation LocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId deletedGhlId } }": types.LocationsDeleteTagDocument,
    "query LocationsTagsAfter { location { tags { ghlId } } }": types.LocationsTagsAfterDocument,
    "query LocationsTagNames { location { tags { name } } }": types.LocationsTagNamesDocument,
    "mutation LocationsCreateTaggedContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId tags } } }": types.LocationsCreateTaggedContactDocument,
    "mutation LocationsUpdateContactTags($id: ID!) { updateContact(id: $id, input: { tags: [\"from update\"] }) { contact { tags } } }": types.LocationsUpdateContactTagsDocument,
    "mutation LocationsAddContactTags($id: ID!) { addContactTags(id: $id, tags: [\"From Add\", \"FROM CREATE\"]) { tags } }": types.LocationsAddContactTagsDocument,
    "mutation LocationsDuplicateTag($name: String!) { createLocationTag(name: $name) { tag { id } } }": types.LocationsDuplicateTagDocument,
    "query LocationsOtherTags($id: ID!) { location(id: $id) { tags { id } } }": types.LocationsOtherTagsDocument,
    "query LocationsContactCustomFields { contacts(first: 50) { edges { node { customFields { fieldId value field { ghlId name dataType fieldKey } } } } } }": types.LocationsContactCustomFieldsDocument,
    "mutation LocationsCreateCustomField { createCustomField(input: { name: \"Company Size\", dataType: TEXT, placeholder: \"Enter company size\" }) {\n         customField { id ghlId name fieldKey dataType placeholder model } } }": types.LocationsCreateCustomFieldDocument,
    "mutation LocationsUpdateCustomField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name placeholder } } }": types.LocationsUpdateCustomFieldDocument,
    "query LocationsCustomFields { location { customFields(model: CONTACT) { ghlId } } }": types.LocationsCustomFieldsDocument,
    "mutation LocationsDeleteCustomField($id: ID!, $loc: ID) { deleteCustomField(id: $id, locationId: $loc) { deletedGhlId } }": types.LocationsDeleteCustomFieldDocument,
    "mutation LocationsCreateCustomValue { createCustomValue(input: { name: \"Support Email\", value: \"help@example.com\" }) { customValue { id name fieldKey value } } }": types.LocationsCreateCustomValueDocument,
    "mutation LocationsUpdateCustomValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"support@example.com\" }) { customValue { id name value } } }": types.LocationsUpdateCustomValueDocument,
    "query LocationsCustomValues { location { customValues { id value } } }": types.LocationsCustomValuesDocument,
    "query LocationsCustomValueNode($id: ID!) { node(id: $id) { ... on CustomValue { name location { ghlId } } } }": types.LocationsCustomValueNodeDocument,
    "query LongTailFirstContact { contacts(first: 1) { edges { node { ghlId name } } } }": types.LongTailFirstContactDocument,
    "query LongTailGetContact($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name locationId } } } } }": types.LongTailGetContactDocument,
    "query LongTailGetContactName($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name } } } } }": types.LongTailGetContactNameDocument,
    "query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }": types.MediaFilesDocument,
    "query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }": types.MediaFoldersDocument,
    "query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }": types.MediaFolderContentsDocument,
    "mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }": types.UploadPriceListDocument,
    "query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }": types.MediaFileIdsDocument,
    "mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }": types.DeleteMediaFileDocument,
    "mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }": types.UploadToUnreachableLocationDocument,
    "mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }": types.UploadMediaFileDocument,
    "mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }": types.DeleteUnknownMediaFileDocument,
    "query LocationFunnels { location { funnels(first: 50) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }": types.LocationFunnelsDocument,
    "query Websites { funnels(type: WEBSITE) { edges { node { type } } } }": types.WebsitesDocument,
    "query FunnelFirstPages($id: ID!) { node(id: $id) { __typename ... on Funnel { name pages(first: 2) { edges { node { ghlId name stepId } } pageInfo { hasNextPage endCursor } } } } }": types.FunnelFirstPagesDocument,
    "query FunnelMorePages($id: ID!, $after: String) { node(id: $id) { __typename ... on Funnel { pages(first: 100, after: $after) { edges { node { ghlId } } } } } }": types.FunnelMorePagesDocument,
    "mutation CreateRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId domain path target action type locationId } } }": types.CreateRedirectDocument,
    "query SocialAccounts { socialAccounts { ghlId name platform isExpired } }": types.SocialAccountsDocument,
    "query SocialPosts { socialPosts(first: 100) { totalCount edges { node { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } } } } }": types.SocialPostsDocument,
    "query DraftSocialPosts { socialPosts(show: DRAFT) { edges { node { status } } } }": types.DraftSocialPostsDocument,
    "mutation CreateSocialPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } createdBy } } }": types.CreateSocialPostDocument,
    "mutation EditSocialPost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { id summary type status } } }": types.EditSocialPostDocument,
    "mutation DeleteSocialPost($id: ID!) { deleteSocialPost(id: $id) { deletedId deletedGhlId } }": types.DeleteSocialPostDocument,
    "query SocialPostNode($id: ID!) { node(id: $id) { id } }": types.SocialPostNodeDocument,
    "mutation CreateSocialPostToUnconnected($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ghlId } } }": types.CreateSocialPostToUnconnectedDocument,
    "\n  query MsgDownloadThread($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type recording { url contentType fileName } transcriptionFile { url contentType fileName } } } } }\n  }\n": types.MsgDownloadThreadDocument,
    "\n  query MsgDownloadMessage($id: ID!) {\n    node(id: $id) { ... on Message { ghlId transcript { text } recording { url contentType fileName } transcriptionFile { url contentType fileName } } }\n  }\n": types.MsgDownloadMessageDocument,
    "query MsgDownloadLocation($id: ID!) { location(id: $id) { ghlId } }": types.MsgDownloadLocationDocument,
    "query MsgDownloadRaw($id: String!) { ghl { conversations { getMessageRecording(messageId: $id) downloadMessageTranscription(messageId: $id) } } }": types.MsgDownloadRawDocument,
    "\n  mutation PreferencesCreateSubtype($input: CreateConversationSubtypeInput!) {\n    createConversationSubtype(input: $input) { conversationSubtype { id ghlId name description channel language archived location { ghlId } } }\n  }\n": types.PreferencesCreateSubtypeDocument,
    "\n  mutation PreferencesUpdateSubtype($id: ID!, $input: UpdateConversationSubtypeInput!) {\n    updateConversationSubtype(id: $id, input: $input) { conversationSubtype { ghlId name description archived } }\n  }\n": types.PreferencesUpdateSubtypeDocument,
    "\n  query PreferencesLocationSubtypes($includeArchived: Boolean) {\n    location { conversationSubtypes(includeArchived: $includeArchived) { ghlId name channel archived } }\n  }\n": types.PreferencesLocationSubtypesDocument,
    "query PreferencesSubtypeNode($id: ID!) { node(id: $id) { ... on ConversationSubtype { ghlId name } } }": types.PreferencesSubtypeNodeDocument,
    "\n  query PreferencesContactSubscriptions($id: ID!) {\n    contact(id: $id) { emailSubscriptions { email subtypeName status updatedAt subtype { ghlId name } } }\n  }\n": types.PreferencesContactSubscriptionsDocument,
    "\n  mutation PreferencesChangeSubscription($input: ChangeEmailSubscriptionInput!) {\n    changeEmailSubscription(input: $input) { contact { ghlId } emailSubscriptions { subtypeName status subtype { ghlId } } }\n  }\n": types.PreferencesChangeSubscriptionDocument,
    "\n  query PreferencesContactsSubscriptions($first: Int) {\n    contacts(first: $first) { edges { node { ghlId emailSubscriptions { subtypeName status subtype { ghlId name } } } } }\n  }\n": types.PreferencesContactsSubscriptionsDocument,
    "\n  query OAuthLocation($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": types.OAuthLocationDocument,
    "\n  query OAuthInstalls {\n    installedLocations {\n      locationId\n      companyId\n      source\n      installedAt\n      location {\n        name\n      }\n    }\n  }\n": types.OAuthInstallsDocument,
    "query OAuthContactsElsewhere($l: ID) { contacts(locationId: $l, first: 1) { totalCount } }": types.OAuthContactsElsewhereDocument,
    "mutation OAuthCreateContactElsewhere($l: ID) { createContact(input: { locationId: $l, firstName: \"Eve\" }) { contact { ghlId } } }": types.OAuthCreateContactElsewhereDocument,
    "query OAuthInvoicesElsewhere($l: ID) { invoices(locationId: $l, first: 1) { edges { cursor } } }": types.OAuthInvoicesElsewhereDocument,
    "subscription OAuthEvents($l: ID) { events(locationId: $l) { type locationId entityId } }": types.OAuthEventsDocument,
    "mutation OAuthCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": types.OAuthCreateContactDocument,
    "query OAuthInstalledOverSocket { installedLocations { locationId } }": types.OAuthInstalledOverSocketDocument,
    "query OAuthInstallsBySource { installedLocations { locationId source companyId } }": types.OAuthInstallsBySourceDocument,
    "query OpsContacts { contacts(first: 2) { totalCount } }": types.OpsContactsDocument,
    "query OpsRefused { contacts(first: 1) { totalCount } }": types.OpsRefusedDocument,
    "query OpsDenied { contacts(first: 1) { totalCount } }": types.OpsDeniedDocument,
    "\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n": types.OpportunitiesAddFollowersDocument,
    "\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n": types.OpportunitiesRemoveFollowersDocument,
    "\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n": types.OpportunitiesBoardFollowersReasonsDocument,
    "query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }": types.OpportunitiesLostReasonsDocument,
    "\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n": types.OpportunitiesMarkLostDocument,
    "\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n": types.OpportunitiesUpsertDocument,
    "mutation OpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }": types.OpportunitiesDeleteDocument,
    "query OpportunitiesPipelines { pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }": types.OpportunitiesPipelinesDocument,
    "query OpportunitiesOfPipeline($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {\n           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }": types.OpportunitiesOfPipelineDocument,
    "query OpportunitiesEmbeddedContact { opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }": types.OpportunitiesEmbeddedContactDocument,
    "query OpportunitiesFullContact { opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }": types.OpportunitiesFullContactDocument,
    "query OpportunitiesWon { opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }": types.OpportunitiesWonDocument,
    "query OpportunitiesOfContact($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }": types.OpportunitiesOfContactDocument,
    "query OpportunitiesByIdAndNode($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { __typename ... on Opportunity { ghlId } } }": types.OpportunitiesByIdAndNodeDocument,
    "query OpportunitiesInStage($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }": types.OpportunitiesInStageDocument,
    "query OpportunitiesLocationBoard { location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }": types.OpportunitiesLocationBoardDocument,
    "mutation OpportunitiesCreateDeal($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }": types.OpportunitiesCreateDealDocument,
    "mutation OpportunitiesMoveStage($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }": types.OpportunitiesMoveStageDocument,
    "mutation OpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }": types.OpportunitiesWinDocument,
    "mutation OpportunitiesCreateField { createCustomField(input: { name: \"Deal source\", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }": types.OpportunitiesCreateFieldDocument,
    "mutation OpportunitiesCreateWithField($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }": types.OpportunitiesCreateWithFieldDocument,
    "mutation OpportunitiesUpdateField($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }": types.OpportunitiesUpdateFieldDocument,
    "mutation OpportunitiesNegativeValue { updateOpportunity(id: \"x\", input: { monetaryValue: -5 }) { opportunity { ghlId } } }": types.OpportunitiesNegativeValueDocument,
    "query OpportunitiesMissing { opportunity(id: \"nope0000000000000000\") { ghlId } }": types.OpportunitiesMissingDocument,
    "query OpportunitiesOtherTenant { opportunities(first: 1) { totalCount } }": types.OpportunitiesOtherTenantDocument,
    "query R4OpportunitySearchPage($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String, $query: String) {\n  location { opportunitySearch(first: 25, after: $after, filter: $filter, orderBy: $orderBy, query: $query) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId status pipelineId stageId createdAt } } } } }": types.R4OpportunitySearchPageDocument,
    "mutation R4OpportunitySearchCreate($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId } } }": types.R4OpportunitySearchCreateDocument,
    "query R4OpportunitySearchRelations { location { opportunitySearch(first: 30) { edges { node {\n        ghlId contact { ghlId name } pipeline { ghlId name } stage { ghlId name } assignedUser { ghlId name } } } } } }": types.R4OpportunitySearchRelationsDocument,
    "query R4OpportunitySearchBad($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String) {\n      location { opportunitySearch(first: 5, filter: $filter, orderBy: $orderBy, after: $after) { totalCount } } }": types.R4OpportunitySearchBadDocument,
    "query R4OrderNotesList($id: ID!) {\n        orders(first: 20) { edges { node { ghlId notes { ghlId text createdAt } } } }\n        order(id: $id) { ghlId notes { ghlId text createdAt } }\n      }": types.R4OrderNotesListDocument,
    "mutation R4OrderNotesPay($id: ID!) {\n        recordOrderPayment(id: $id, input: { mode: CASH, amount: 1, partial: true, notes: \"  Paid a deposit at the counter  \" }) { order { ghlId notes { ghlId text } } }\n      }": types.R4OrderNotesPayDocument,
    "query R4OrderNotesBad($id: ID!) { order(id: $id) { notes { text } } }": types.R4OrderNotesBadDocument,
    "\n  mutation PaymentsShipForList($id: ID!, $items: [FulfillmentItemInput!]!) {\n    createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z1\", shippingCarrier: \"UPS\" }] }) {\n      fulfillment { ghlId }\n      order { ghlId fulfillments { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier } } }\n    }\n  }\n": types.PaymentsShipForListDocument,
    "query PaymentsOrdersFulfillments($id: ID!) {\n        orders(first: 10) { edges { node { ghlId fulfillments { ghlId items { priceId qty } } } } }\n        order(id: $id) { ghlId fulfillments { ghlId } }\n      }": types.PaymentsOrdersFulfillmentsDocument,
    "mutation PaymentsRecordOrderPayment($id: ID!, $input: RecordOrderPaymentInput!) {\n    recordOrderPayment(id: $id, input: $input) { success order { ghlId status } }\n  }": types.PaymentsRecordOrderPaymentDocument,
    "query PaymentsSubscription($id: ID!) {\n    paymentSubscription(id: $id) { id ghlId locationId status currency amount providerSubscriptionId paymentProvider sourceType\n      contact { ghlId } order { ghlId } location { ghlId } }\n  }": types.PaymentsSubscriptionDocument,
    "query PaymentsSubscriptionNode($id: ID!) { node(id: $id) { id ... on PaymentSubscription { ghlId } } }": types.PaymentsSubscriptionNodeDocument,
    "query PaymentsAnOrderId { orders(first: 1) { edges { node { id } } } }": types.PaymentsAnOrderIdDocument,
    "query FirstOrders { orders(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status amount currency subtotal source { type ghlId } totalProducts } } } }": types.FirstOrdersDocument,
    "query OrdersAfter($after: String) { orders(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }": types.OrdersAfterDocument,
    "query OrdersByFilter($c: ID!) {\n        completed: orders(status: COMPLETED, first: 100) { totalCount edges { node { ghlId status } } }\n        unpaid: orders(paymentStatus: UNPAID, first: 100) { totalCount }\n        mine: orders(contactId: $c, first: 100) { edges { node { ghlId contactId } } }\n      }": types.OrdersByFilterDocument,
    "query OrderLines($id: ID!) { order(id: $id) { id ghlId items { name qty priceId productId unitAmount } contactId } }": types.OrderLinesDocument,
    "query OrderNode($id: ID!) { node(id: $id) { ... on Order { ghlId } } }": types.OrderNodeDocument,
    "query OrderContactsEmbedded { orders(first: 20) { edges { node { contact { ghlId name email } } } } }": types.OrderContactsEmbeddedDocument,
    "query OrderContactsFetched { orders(first: 20) { edges { node { contact { name phone } } } } }": types.OrderContactsFetchedDocument,
    "mutation ShipOrder($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z999\", shippingCarrier: \"UPS\", trackingUrl: \"https://ups.example/1Z999\" }] }) {\n            fulfillment { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier trackingUrl } }\n            order { ghlId fulfillmentStatus }\n          } }": types.ShipOrderDocument,
    "query OrdersBackwards { orders(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }": types.OrdersBackwardsDocument,
    "query TooManyOrders { orders(first: 101) { totalCount } }": types.TooManyOrdersDocument,
    "query Transactions { transactions(first: 50) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }": types.TransactionsDocument,
    "query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }": types.TransactionByIdDocument,
    "query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }": types.TransactionTwiceDocument,
    "query UnknownTransaction { transaction(id: \"nope\") { ghlId } }": types.UnknownTransactionDocument,
    "query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }": types.PaymentSubscriptionsDocument,
    "query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }": types.SubscriptionChargesDocument,
    "mutation ProductsBulkUpdate($productIds: [ID!]!, $change: BulkProductChangeInput!) { bulkUpdateProducts(productIds: $productIds, change: $change) { products { ghlId availableInStore collections { ghlId } prices { ghlId amount currency } } } }": types.ProductsBulkUpdateDocument,
    "mutation ProductsBulkDelete($productIds: [ID!]!) { deleteProducts(productIds: $productIds) { deletedGhlIds } }": types.ProductsBulkDeleteDocument,
    "mutation ProductsBulkEdit($products: [ProductEditInput!]!) { editProducts(products: $products) { products { ghlId name description prices { ghlId name amount } } } }": types.ProductsBulkEditDocument,
    "query ProductsCollections { productCollections(first: 10) { totalCount edges { node { ghlId name slug seoTitle products(first: 50) { edges { node { ghlId } } } } } } }": types.ProductsCollectionsDocument,
    "query ProductsWithCollections { products(first: 50) { edges { node { ghlId collections { ghlId name } } } } }": types.ProductsWithCollectionsDocument,
    "mutation ProductsCreateCollection($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { productCollection { id ghlId name slug seoTitle seoDescription locationId } } }": types.ProductsCreateCollectionDocument,
    "mutation ProductsUpdateCollection($id: ID!, $input: UpdateProductCollectionInput!) { updateProductCollection(id: $id, input: $input) { productCollection { id name slug seoTitle seoDescription } } }": types.ProductsUpdateCollectionDocument,
    "query ProductsCollectionById($id: ID!) { productCollection(id: $id) { ghlId name } node(id: $id) { ... on ProductCollection { ghlId } } }": types.ProductsCollectionByIdDocument,
    "mutation ProductsDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId deletedGhlId } }": types.ProductsDeleteCollectionDocument,
    "query ProductsCollectionGone($id: ID!) { productCollection(id: $id) { ghlId } }": types.ProductsCollectionGoneDocument,
    "query ProductsInventory { inventory(first: 50) { totalCount edges { node { priceId name availableQuantity allowOutOfStockPurchases productId productName product { ghlId } } } } }": types.ProductsInventoryDocument,
    "query ProductsStock { products(first: 50) { edges { node { ghlId inventory { priceId availableQuantity } } } } }": types.ProductsStockDocument,
    "mutation ProductsUpdateInventory($items: [InventoryChangeInput!]!) { updateInventory(items: $items) { items { priceId availableQuantity allowOutOfStockPurchases price { ghlId availableQuantity } } } }": types.ProductsUpdateInventoryDocument,
    "query ProductsPriceById($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId name amount currency productId product { ghlId name } } }": types.ProductsPriceByIdDocument,
    "query ProductsPricesToProduct($p: ID!) { product(id: $p) { prices { ghlId product { ghlId } } } }": types.ProductsPricesToProductDocument,
    "mutation ProductsUpdatePrice($p: ID!, $id: ID!, $input: UpdatePriceInput!) { updateProductPrice(productId: $p, priceId: $id, input: $input) { price { ghlId name amount currency type } } }": types.ProductsUpdatePriceDocument,
    "mutation ProductsDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId product { ghlId prices { ghlId } } } }": types.ProductsDeletePriceDocument,
    "query ProductsPriceGone($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId } }": types.ProductsPriceGoneDocument,
    "query ProductsWithReviews { products(first: 50) { edges { node { ghlId reviews { ghlId productId status rating headline detail author { name } replies { comment } } } } } }": types.ProductsWithReviewsDocument,
    "query ProductsReviewsOfLocation { location { productReviews(first: 20, orderBy: { field: RATING, direction: DESC }) { totalCount edges { node { ghlId rating product { ghlId name } } } } productReviewCounts { status count } } }": types.ProductsReviewsOfLocationDocument,
    "query ProductsReviewsFiltered($products: [ID!], $rating: Int) { location { productReviews(first: 20, productIds: $products, rating: $rating) { edges { node { ghlId } } } } }": types.ProductsReviewsFilteredDocument,
    "mutation ProductsUpdateReview($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId status headline rating } } }": types.ProductsUpdateReviewDocument,
    "mutation ProductsApproveReviews($reviews: [ProductReviewTarget!]!) { setProductReviewsStatus(reviews: $reviews, status: \"approved\") { productReviews { ghlId status } } }": types.ProductsApproveReviewsDocument,
    "mutation ProductsDeleteReview($productId: ID!, $reviewId: ID!) { deleteProductReview(productId: $productId, reviewId: $reviewId) { deletedGhlId } }": types.ProductsDeleteReviewDocument,
    "mutation ProductsUpdateReviewBad($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId } } }": types.ProductsUpdateReviewBadDocument,
    "mutation ProductsApproveNoReviews($reviews: [ProductReviewTarget!]!, $status: String!) { setProductReviewsStatus(reviews: $reviews, status: $status) { productReviews { ghlId } } }": types.ProductsApproveNoReviewsDocument,
    "query ProductsReviewsBadRange { location { productReviews(first: 5, createdAfter: \"2025-02-01T00:00:00Z\", createdBefore: \"2025-01-01T00:00:00Z\") { totalCount } } }": types.ProductsReviewsBadRangeDocument,
    "query ProductsStoreStats($storeId: ID!, $query: String, $collections: [ID!]) { location { productStoreStats(storeId: $storeId, query: $query, collectionIds: $collections) { totalProducts includedInStore excludedFromStore } } }": types.ProductsStoreStatsDocument,
    "mutation ProductsSetInStore($storeId: ID!, $productIds: [ID!]!, $included: Boolean!) { setProductsInStore(storeId: $storeId, productIds: $productIds, included: $included) { products { ghlId availableInStore } } }": types.ProductsSetInStoreDocument,
    "query ProductsFirstThree { products(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ghlId name productType } } } }": types.ProductsFirstThreeDocument,
    "query ProductsOfLocation($search: String) { location { all: products(first: 100) { totalCount } found: products(first: 100, query: $search) { edges { node { name } } } } }": types.ProductsOfLocationDocument,
    "query ProductsByGhlId($id: ID!) { product(id: $id) { id ghlId name locationId } }": types.ProductsByGhlIdDocument,
    "query ProductsByGlobalIdAndNode($id: ID!) { product(id: $id) { ghlId } node(id: $id) { ... on Product { ghlId } } }": types.ProductsByGlobalIdAndNodeDocument,
    "query ProductsMissing { product(id: \"nope\") { ghlId } }": types.ProductsMissingDocument,
    "query ProductsWithPrices { products(first: 50) { edges { node { ghlId prices { ghlId name amount currency type recurring { interval intervalCount } } } } } }": types.ProductsWithPricesDocument,
    "query ProductsPricesTwice($id: ID!) { a: product(id: $id) { prices { ghlId } } b: product(id: $id) { prices { amount } } }": types.ProductsPricesTwiceDocument,
    "query ProductsBilled($id: ID!) { product(id: $id) { name prices { ghlId amount } } }": types.ProductsBilledDocument,
    "mutation ProductsCreateGiftCard { createProduct(input: { name: \"Gift Card\", productType: DIGITAL, description: \"Any amount\", availableInStore: true }) {\n          product { id ghlId name productType description availableInStore prices { ghlId } } } }": types.ProductsCreateGiftCardDocument,
    "mutation ProductsRename($id: ID!) { updateProduct(id: $id, input: { name: \"E-Gift Card\" }) { product { name description productType } } }": types.ProductsRenameDocument,
    "mutation ProductsCreateMonthlyPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Monthly\", type: RECURRING, currency: \"EUR\", amount: 25.5, recurring: { interval: MONTH, intervalCount: 1 } }) {\n          price { ghlId productId name type amount currency recurring { interval intervalCount } } product { ghlId prices { name } } } }": types.ProductsCreateMonthlyPriceDocument,
    "mutation ProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }": types.ProductsDeleteDocument,
    "mutation ProductsCreateRefusedPrice($id: ID!, $input: CreatePriceInput!) { createProductPrice(id: $id, input: $input) { price { ghlId } } }": types.ProductsCreateRefusedPriceDocument,
    "mutation ProductsCreateRefused($input: CreateProductInput!) { createProduct(input: $input) { product { ghlId } } }": types.ProductsCreateRefusedDocument,
    "query ProductsNone { products(first: 0) { totalCount } }": types.ProductsNoneDocument,
    "query ProductsOfOtherLocation($id: ID!, $loc: ID!) { product(id: $id, locationId: $loc) { ghlId } }": types.ProductsOfOtherLocationDocument,
    "subscription ReplicaBudgetEvents($loc: ID, $since: ID) { events(locationId: $loc, since: $since) { webhookId } }": types.ReplicaBudgetEventsDocument,
    "subscription ReplicasEvents($loc: ID) { events(locationId: $loc) { webhookId locationId } }": types.ReplicasEventsDocument,
    "query SpecGroupedCalendars { calendars { id group { id name } } calendarGroups { id calendars { id } } }": types.SpecGroupedCalendarsDocument,
    "mutation SpecCreateGroup { createCalendarGroup(input: { name: \"Spec group\", description: \"Made by the spec test\", slug: \"spec-group\" }) { calendarGroup { id } } }": types.SpecCreateGroupDocument,
    "query SpecGroupSlug { calendarGroupSlugAvailable(slug: \"spec-group\") }": types.SpecGroupSlugDocument,
    "mutation SpecRenameGroup($id: ID!) { updateCalendarGroup(id: $id, input: { name: \"Spec group 2\" }) { calendarGroup { id } } }": types.SpecRenameGroupDocument,
    "mutation SpecDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { id } } }": types.SpecDisableGroupDocument,
    "mutation SpecGroupCalendar($id: ID!, $g: ID!) { updateCalendar(id: $id, input: { groupId: $g, slotDuration: 40 }) { calendar { id } } }": types.SpecGroupCalendarDocument,
    "mutation SpecDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }": types.SpecDeleteGroupDocument,
    "mutation SpecCreateNotification($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: EMAIL, notificationType: BOOKED, subject: \"Booked\" }) { notification { id calendar { notifications { id } } } } }": types.SpecCreateNotificationDocument,
    "mutation SpecUpdateNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false }) { notification { id } } }": types.SpecUpdateNotificationDocument,
    "mutation SpecDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId } }": types.SpecDeleteNotificationDocument,
    "query SpecBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId } } }": types.SpecBlockedSlotsDocument,
    "mutation SpecUpdateBlock($id: ID!) { updateBlockSlot(id: $id, input: { title: \"Spec block\" }) { blockSlot { ghlId } } }": types.SpecUpdateBlockDocument,
    "mutation SpecCalendarToDelete { createCalendar(input: { name: \"Spec gone\" }) { calendar { id } } }": types.SpecCalendarToDeleteDocument,
    "mutation SpecDeleteCalendar($id: ID!) { deleteCalendar(id: $id) { deletedId } }": types.SpecDeleteCalendarDocument,
    "query SpecAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes(first: 5) { edges { node { id } } } } }": types.SpecAppointmentNotesDocument,
    "mutation SpecCreateAppointmentNote($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: \"Spec note\" }) { appointmentNote { id } } }": types.SpecCreateAppointmentNoteDocument,
    "mutation SpecUpdateAppointmentNote($a: ID!, $n: ID!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: { body: \"Spec note 2\" }) { appointmentNote { id } } }": types.SpecUpdateAppointmentNoteDocument,
    "mutation SpecDeleteAppointmentNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId } }": types.SpecDeleteAppointmentNoteDocument,
    "mutation SpecDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId } }": types.SpecDeleteAppointmentDocument,
    "query SpecPrice($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { product { ghlId } } }": types.SpecPriceDocument,
    "mutation SpecUpdatePrice($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: 10 }) { price { ghlId } } }": types.SpecUpdatePriceDocument,
    "mutation SpecDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId } }": types.SpecDeletePriceDocument,
    "query SpecCollections { productCollections(first: 1) { edges { node { id products(first: 5) { edges { node { collections { id } } } } } } } }": types.SpecCollectionsDocument,
    "mutation SpecCreateCollection { createProductCollection(input: { name: \"Spec\", slug: \"spec\", seoTitle: \"Spec\" }) { productCollection { id } } }": types.SpecCreateCollectionDocument,
    "mutation SpecUpdateCollection($id: ID!) { updateProductCollection(id: $id, input: { seoDescription: \"More\" }) { productCollection { id } } }": types.SpecUpdateCollectionDocument,
    "mutation SpecDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId } }": types.SpecDeleteCollectionDocument,
    "query SpecInventory { inventory(first: 5) { edges { node { priceId } } } products(first: 5) { edges { node { inventory { priceId } } } } }": types.SpecInventoryDocument,
    "mutation SpecUpdateInventory($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 4 }]) { items { priceId } } }": types.SpecUpdateInventoryDocument,
    "query SpecPipelines { pipelines { id stages { id } } }": types.SpecPipelinesDocument,
    "query SpecCalendars { calendars { id isActive } }": types.SpecCalendarsDocument,
    "query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": types.SpecOpportunityContactsDocument,
    "mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }": types.SpecCreateContactDocument,
    "mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }": types.SpecCreateNoteDocument,
    "mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": types.SpecCreateOpportunityDocument,
    "mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }": types.SpecMoveOpportunityDocument,
    "query ResilienceReadContact($id: ID!) { contact(id: $id) { ghlId } }": types.ResilienceReadContactDocument,
    "mutation ResilienceCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": types.ResilienceCreateContactDocument,
    "mutation ResilienceUpdateContact($id: ID!) { updateContact(id: $id, input: { city: \"Retryville\" }) { contact { city } } }": types.ResilienceUpdateContactDocument,
    "query ResilienceContacts24 { contacts(first: 24) { edges { node { ghlId } } } }": types.ResilienceContacts24Document,
    "query ResilienceContacts8 { contacts(first: 8) { edges { node { ghlId } } } }": types.ResilienceContacts8Document,
    "query ResilienceBudget { rateLimit { location max remaining queued dailyLimit dailyRemaining } }": types.ResilienceBudgetDocument,
    "query ResilienceLocationName { location { name } }": types.ResilienceLocationNameDocument,
    "subscription SandboxWebhooksEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId entityId payload } }": types.SandboxWebhooksEventsDocument,
    "mutation SandboxWebhooksCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": types.SandboxWebhooksCreateContactDocument,
    "subscription IsolationContactEvents { contactEvents { locationId contact { name email phone } } }": types.IsolationContactEventsDocument,
    "subscription IsolationEvents { events { type locationId entityId } }": types.IsolationEventsDocument,
    "mutation IsolationCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }": types.IsolationCreateContactDocument,
    "query OtherTenantContact($locationId: ID) { contacts(first: 1, locationId: $locationId) { edges { node { ghlId } } } }": types.OtherTenantContactDocument,
    "subscription DeepWebhookEvents($locationId: ID) { events(locationId: $locationId) { webhookId payload } }": types.DeepWebhookEventsDocument,
    "query DeepAnswerContact { contacts(first: 1) { edges { node { ghlId } } } }": types.DeepAnswerContactDocument,
    "query LenientConversations { conversations(first: 3) { edges { node { ghlId locationId } } } }": types.LenientConversationsDocument,
    "query LenientMessages($id: ID!) { conversation(id: $id) { messages(first: 3) { edges { node { ghlId conversationId conversation { ghlId } } } } } }": types.LenientMessagesDocument,
    "query LenientContactFields($id: ID!) { contact(id: $id) {\n        attributions { url utmSource utmMedium medium mediumId referrer }\n        dndSettings { sms { status } rcs { status message code } }\n      } }": types.LenientContactFieldsDocument,
    "query LenientNoAttributions($id: ID!) { contact(id: $id) { attributions { url } } }": types.LenientNoAttributionsDocument,
    "query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }": types.LenientFunnelsPageDocument,
    "query LenientFunnelsCount { funnels(first: 5) { totalCount } }": types.LenientFunnelsCountDocument,
    "query LenientTimezones { timezones }": types.LenientTimezonesDocument,
    "query LenientContactsCount { contacts(first: 1) { totalCount } }": types.LenientContactsCountDocument,
    "query LenientConversationsPage { conversations(first: 1) { edges { node { ghlId } } } }": types.LenientConversationsPageDocument,
    "query LenientFunnelsTwo { funnels(first: 2) { totalCount } }": types.LenientFunnelsTwoDocument,
    "query LenientPipelines { pipelines { name } }": types.LenientPipelinesDocument,
    "query LenientBadContacts { contacts(first: 1) { totalCount } }": types.LenientBadContactsDocument,
    "query LenientBadOpportunities { opportunities(first: 1) { totalCount } }": types.LenientBadOpportunitiesDocument,
    "query LenientBadInvoices { invoices(first: 1) { totalCount } }": types.LenientBadInvoicesDocument,
    "query LenientBadProducts { products(first: 1) { totalCount } }": types.LenientBadProductsDocument,
    "subscription SecurityWsEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId } }": types.SecurityWsEventsDocument,
    "mutation SecurityWsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }": types.SecurityWsCreateContactDocument,
    "mutation R4StorePrioritiesSet($input: SetStoreProductPrioritiesInput!) {\n  setStoreProductPriorities(input: $input) { products(first: 20) { totalCount edges { node { ghlId prices { ghlId } } } } }\n}": types.R4StorePrioritiesSetDocument,
    "query R4StorePrioritiesList($storeId: ID) { location { products(storeId: $storeId, first: 20) { edges { node { ghlId } } } } }": types.R4StorePrioritiesListDocument,
    "subscription SubFieldsOpportunityEvents($pipelineId: ID, $types: [OpportunityEventType!]) {\n    opportunityEvents(pipelineId: $pipelineId, types: $types) {\n      webhookId type opportunityEventType family locationId opportunityId nodeId name opportunityStatus monetaryValue pipelineId pipelineStageId\n      stage { name } assignedUser { ghlId }\n      opportunity { id ghlId name status monetaryValue stage { name } pipeline { name } contact { email } }\n    }\n  }": types.SubFieldsOpportunityEventsDocument,
    "subscription SubFieldsOpportunityCarried { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name monetaryValue stageId } } }": types.SubFieldsOpportunityCarriedDocument,
    "subscription SubFieldsOpportunityLoaded { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt lastStageChangeAt } } }": types.SubFieldsOpportunityLoadedDocument,
    "subscription SubFieldsOpportunityShared { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt } } }": types.SubFieldsOpportunitySharedDocument,
    "subscription SubFieldsContactEvents($contactId: ID) {\n        contactEvents(contactId: $contactId, types: [TAG_UPDATE, DELETE]) {\n          webhookId contactEventType contactId nodeId name email tags dnd\n          contact { id email tags tasks { title } }\n        }\n      }": types.SubFieldsContactEventsDocument,
    "subscription SubFieldsContactGhost { contactEvents(types: [UPDATE]) { webhookId contactId email contact { timezone } } }": types.SubFieldsContactGhostDocument,
    "subscription SubFieldsTaskEvents($contactId: ID) {\n        taskEvents(contactId: $contactId) {\n          webhookId taskEventType taskId nodeId title dueDate contact { email }\n          task { id title completed dueDate contact { email } }\n        }\n      }": types.SubFieldsTaskEventsDocument,
    "subscription SubFieldsNoteEvents($contactId: ID) {\n        noteEvents(contactId: $contactId, types: [CREATE]) { webhookId noteEventType noteId note { ghlId body createdAt user { ghlId } } }\n      }": types.SubFieldsNoteEventsDocument,
    "subscription SubFieldsAppointmentEvents($calendarId: ID) {\n        appointmentEvents(calendarId: $calendarId, types: [CREATE, DELETE]) {\n          webhookId appointmentEventType appointmentId title startTime calendar { name }\n          appointment { ghlId title status startAt endAt calendar { name } contact { email } }\n        }\n      }": types.SubFieldsAppointmentEventsDocument,
    "subscription SubFieldsMessageEvents($conversationId: ID, $direction: MessageDirection) {\n    messageEvents(conversationId: $conversationId, direction: $direction) {\n      webhookId messageEventType direction messageId body messageType\n      message { id body direction type status }\n      conversation { ghlId contactId }\n      contact { email }\n    }\n  }": types.SubFieldsMessageEventsDocument,
    "subscription SubFieldsMessageEmail { messageEvents(types: [OUTBOUND]) {\n        webhookId messageId emailMessageId threadId emailFrom emailTo emailCc emailBcc emailProvider subject body conversationId message { id }\n      } }": types.SubFieldsMessageEmailDocument,
    "subscription SubFieldsMessageProvider { messageEvents(types: [PROVIDER_OUTBOUND]) { webhookId type messageEventType direction messageType phone body message { conversationId } } }": types.SubFieldsMessageProviderDocument,
    "subscription SubFieldsInvoiceEvents {\n        invoiceEvents(types: [PAID, DELETE]) {\n          webhookId invoiceEventType invoiceId nodeId invoiceStatus total amountDue contactId\n          invoice { id ghlId number status total amountPaid currency items { name qty amount } totalSummary { subTotal } contactDetails { email } }\n        }\n      }": types.SubFieldsInvoiceEventsDocument,
    "subscription SubFieldsGhlEvents {\n        events(types: [\"OpportunityStageUpdate\", \"ContactTagUpdate\", \"ConversationUnreadUpdate\", \"OrderCreate\"]) {\n          __typename webhookId type family entityId\n          ... on OpportunityEvent { opportunityEventType name opportunity { name contact { email } } }\n          ... on ContactEvent { contactEventType name tags contact { email } }\n          ... on ConversationEvent { conversationEventType unreadCount conversation { ghlId unreadCount read } }\n          ... on OrderEvent { orderEventType status orderId amount items { name quantity productName unitAmount } }\n        }\n      }": types.SubFieldsGhlEventsDocument,
    "subscription SubFieldsNoteEventsSse { noteEvents(types: [UPDATE]) { webhookId noteEventType noteId body note { body contact { ghlId } } } }": types.SubFieldsNoteEventsSseDocument,
    "subscription LocationEvents($locationId: ID, $types: [String!], $families: [GhlEventFamily!]) {\n  events(locationId: $locationId, types: $types, families: $families) { type family locationId webhookId timestamp entityId payload }\n}": types.LocationEventsDocument,
    "subscription ResumedEvents($locationId: ID, $families: [GhlEventFamily!], $since: ID) {\n    events(locationId: $locationId, families: $families, since: $since) { webhookId family }\n  }": types.ResumedEventsDocument,
    "subscription ResumedContactEvents($locationId: ID, $since: ID) {\n    contactEvents(locationId: $locationId, since: $since) { webhookId }\n  }": types.ResumedContactEventsDocument,
    "mutation UsersCreate($input: CreateUserInput!) { createUser(input: $input) { user { id ghlId name email roles { type role locationIds } permissions } } }": types.UsersCreateDocument,
    "query UsersPage($c: ID!, $after: String) { users(companyId: $c, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId firstName } } } }": types.UsersPageDocument,
    "query UsersAdminsOfLocation($c: ID!, $l: ID!) { users(companyId: $c, locationId: $l, role: ADMIN) { edges { node { ghlId roles { role locationIds } } } } }": types.UsersAdminsOfLocationDocument,
    "mutation UsersPromote($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name roles { role } } } }": types.UsersPromoteDocument,
    "mutation UsersDelete($id: ID!) { deleteUser(id: $id) { deletedId deletedGhlId } }": types.UsersDeleteDocument,
    "query UsersById($id: ID!) { user(id: $id) { ghlId } }": types.UsersByIdDocument,
    "subscription WebhookEventsObserved($locationId: ID) {\n  events(locationId: $locationId) { type family locationId webhookId timestamp entityId payload }\n}": types.WebhookEventsObservedDocument,
    "query WindowWide { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }": types.WindowWideDocument,
    "query WindowNarrow { contacts(first: 2) { edges { node { ghlId } } } }": types.WindowNarrowDocument,
    "query WindowTenCalls { contacts(first: 9) { edges { node { ghlId tasks { ghlId } } } } }": types.WindowTenCallsDocument,
    "query WindowOverCapacity { contacts(first: 20) { edges { node { ghlId tasks { ghlId } } } } }": types.WindowOverCapacityDocument,
    "query WindowLocation { location { name } }": types.WindowLocationDocument,
    "query WindowList { contacts(first: 10) { edges { node { id } } } }": types.WindowListDocument,
    "query WindowTasks($id: ID!) { contact(id: $id) { tasks { ghlId } } }": types.WindowTasksDocument,
    "subscription WorkersEvents($loc: ID) { events(locationId: $loc) { webhookId } }": types.WorkersEventsDocument,
    "query WorkflowsCampaignsWorkflows { workflows { id ghlId name status version locationId createdAt updatedAt location { ghlId } } }": types.WorkflowsCampaignsWorkflowsDocument,
    "query WorkflowsCampaignsCampaigns {\n      all: campaigns { ghlId name status locationId }\n      published: campaigns(status: PUBLISHED) { ghlId status }\n      location { drafts: campaigns(status: DRAFT) { ghlId status } workflows { ghlId } }\n    }": types.WorkflowsCampaignsCampaignsDocument,
    "query WorkflowsCampaignsIds { workflows { id ghlId } campaigns { id ghlId } }": types.WorkflowsCampaignsIdsDocument,
    "query WorkflowsCampaignsNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Workflow { ghlId name } ... on Campaign { ghlId name } } }": types.WorkflowsCampaignsNodesDocument,
    "query WorkflowsCampaignsMissingNode($id: ID!) { node(id: $id) { id } location { ghlId } }": types.WorkflowsCampaignsMissingNodeDocument,
    "query WorkflowsCampaignsOtherWorkflows($l: ID) { workflows(locationId: $l) { ghlId } }": types.WorkflowsCampaignsOtherWorkflowsDocument,
    "query WorkflowsCampaignsDefaultCampaigns { campaigns { ghlId } }": types.WorkflowsCampaignsDefaultCampaignsDocument,
    "query WorkflowsCampaignsOwnCampaigns($l: ID) { campaigns(locationId: $l) { locationId } }": types.WorkflowsCampaignsOwnCampaignsDocument,
    "mutation WorkflowsCampaignsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w, eventStartTime: \"2030-05-01T09:00:00Z\") {\n         succeeded contact { ghlId } workflow { ghlId name } } }": types.WorkflowsCampaignsAddToWorkflowDocument,
    "query WorkflowsCampaignsGlobalIds($c: ID!) { contact(id: $c) { id } workflows { id ghlId } }": types.WorkflowsCampaignsGlobalIdsDocument,
    "mutation WorkflowsCampaignsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded workflow { ghlId } } }": types.WorkflowsCampaignsRemoveFromWorkflowDocument,
    "mutation WorkflowsCampaignsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded campaign { ghlId status } } }": types.WorkflowsCampaignsAddToCampaignDocument,
    "mutation WorkflowsCampaignsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }": types.WorkflowsCampaignsRemoveFromCampaignDocument,
    "mutation WorkflowsCampaignsAddBack($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }": types.WorkflowsCampaignsAddBackDocument,
    "mutation WorkflowsCampaignsRemoveFromAll($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded campaign { ghlId } contact { ghlId } } }": types.WorkflowsCampaignsRemoveFromAllDocument,
    "mutation WorkflowsCampaignsRemoveAllAsId($c: ID!) { removeContactFromCampaign(contactId: $c, campaignId: \"removeAll\") { succeeded } }": types.WorkflowsCampaignsRemoveAllAsIdDocument,
    "mutation WorkflowsCampaignsBlankCampaign($c: ID!) { addContactToCampaign(contactId: $c, campaignId: \" \") { succeeded } }": types.WorkflowsCampaignsBlankCampaignDocument,
    "mutation WorkflowsCampaignsEmptyContact($w: ID!) { addContactToWorkflow(contactId: \"\", workflowId: $w) { succeeded } }": types.WorkflowsCampaignsEmptyContactDocument,
    "mutation WorkflowsCampaignsCampaignAsWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }": types.WorkflowsCampaignsCampaignAsWorkflowDocument,
    "mutation WorkflowsCampaignsRemoveAllOfNone { removeContactFromAllCampaigns(contactId: \"\") { succeeded } }": types.WorkflowsCampaignsRemoveAllOfNoneDocument,
    "mutation WorkflowsCampaignsUnknownContact($w: ID!) { addContactToWorkflow(contactId: \"zzzzzzzzzzzzzzzzzzzz\", workflowId: $w) { succeeded } }": types.WorkflowsCampaignsUnknownContactDocument,
    "mutation WorkflowsCampaignsUnknownWorkflow($c: ID!) { addContactToWorkflow(contactId: $c, workflowId: \"00000000-0000-4000-8000-000000000000\") { succeeded } }": types.WorkflowsCampaignsUnknownWorkflowDocument,
    "mutation WorkflowsCampaignsOtherTenantAdd($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }": types.WorkflowsCampaignsOtherTenantAddDocument,
    "query WorkflowsCampaignsLocationUsers { location { users { ghlId name email } } }": types.WorkflowsCampaignsLocationUsersDocument,
    "query WorkflowsCampaignsTeamMembers { location { users { ghlId } calendars { teamMembers { ghlId name } } } }": types.WorkflowsCampaignsTeamMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsList { associations(first: 10) { totalCount edges { node { id ghlId key associationType firstObjectKey firstObjectLabel secondObjectKey secondObjectLabel } } } }"): (typeof documents)["query AssociationsList { associations(first: 10) { totalCount edges { node { id ghlId key associationType firstObjectKey firstObjectLabel secondObjectKey secondObjectLabel } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsByKey { association(key: \"pet_owner\") { ghlId } }"): (typeof documents)["query AssociationsByKey { association(key: \"pet_owner\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsById($id: ID!) { association(id: $id) { key } }"): (typeof documents)["query AssociationsById($id: ID!) { association(id: $id) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsOfOpportunities { associations(objectKey: \"opportunity\") { edges { node { key } } } }"): (typeof documents)["query AssociationsOfOpportunities { associations(objectKey: \"opportunity\") { edges { node { key } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsContactsWithPets { contacts(first: 20) { edges { node { ghlId\n      relations { ghlId association { key } firstRecordId secondRecord { ... on CustomObjectRecord { ghlId } } }\n      relatedRecords(associationKey: \"pet_owner\") { ghlId property(key: \"name\") } } } } }"): (typeof documents)["query AssociationsContactsWithPets { contacts(first: 20) { edges { node { ghlId\n      relations { ghlId association { key } firstRecordId secondRecord { ... on CustomObjectRecord { ghlId } } }\n      relatedRecords(associationKey: \"pet_owner\") { ghlId property(key: \"name\") } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsPetsWithOwners($objectKey: String!) { records(objectKey: $objectKey, first: 30) { edges { node { ghlId relatedContacts(associationKey: \"pet_owner\") { ghlId firstName } } } } }"): (typeof documents)["query AssociationsPetsWithOwners($objectKey: String!) { records(objectKey: $objectKey, first: 30) { edges { node { ghlId relatedContacts(associationKey: \"pet_owner\") { ghlId firstName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsOpportunityPet($id: ID!) { opportunity(id: $id) { relations(associationKey: \"pet_deal\") { association { key } secondObjectKey\n        secondRecord { __typename ... on CustomObjectRecord { ghlId relatedOpportunities { ghlId } } } } } }"): (typeof documents)["query AssociationsOpportunityPet($id: ID!) { opportunity(id: $id) { relations(associationKey: \"pet_deal\") { association { key } secondObjectKey\n        secondRecord { __typename ... on CustomObjectRecord { ghlId relatedOpportunities { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsContactRecords($id: ID!) { contact(id: $id) { relatedRecords { ghlId } } }"): (typeof documents)["query AssociationsContactRecords($id: ID!) { contact(id: $id) { relatedRecords { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsEdgesCost { contacts(first: 5) { edges { node { relations { ghlId } relatedRecords { ghlId } } } } }"): (typeof documents)["query AssociationsEdgesCost { contacts(first: 5) { edges { node { relations { ghlId } relatedRecords { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssociationsUnknownKey($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"nope\") { ghlId } } }"): (typeof documents)["query AssociationsUnknownKey($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"nope\") { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssociationsCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId firstObjectKey secondObjectKey } } }"): (typeof documents)["mutation AssociationsCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId firstObjectKey secondObjectKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AssociationsRelationEvents { relationEvents { type relationId relation { association { key } firstRecord { ... on Contact { ghlId } } secondRecord { ... on CustomObjectRecord { ghlId objectKey } } } } }"): (typeof documents)["subscription AssociationsRelationEvents { relationEvents { type relationId relation { association { key } firstRecord { ... on Contact { ghlId } } secondRecord { ... on CustomObjectRecord { ghlId objectKey } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssociationsDeleteRelation($id: ID!) { deleteRelation(id: $id) { deletedGhlId } }"): (typeof documents)["mutation AssociationsDeleteRelation($id: ID!) { deleteRelation(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AssociationsAssociationEvents { associationEvents { type key association { ghlId firstObjectLabel } } }"): (typeof documents)["subscription AssociationsAssociationEvents { associationEvents { type key association { ghlId firstObjectLabel } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssociationsCreate($input: CreateAssociationInput!) { createAssociation(input: $input) { association { id ghlId key associationType } } }"): (typeof documents)["mutation AssociationsCreate($input: CreateAssociationInput!) { createAssociation(input: $input) { association { id ghlId key associationType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssociationsRename($id: ID!) { updateAssociation(id: $id, firstObjectLabel: \"Doctor\", secondObjectLabel: \"Patient\") { association { firstObjectLabel } } }"): (typeof documents)["mutation AssociationsRename($id: ID!) { updateAssociation(id: $id, firstObjectLabel: \"Doctor\", secondObjectLabel: \"Patient\") { association { firstObjectLabel } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssociationsDelete($id: ID!) { deleteAssociation(id: $id) { deletedGhlId } }"): (typeof documents)["mutation AssociationsDelete($id: ID!) { deleteAssociation(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }"): (typeof documents)["query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }"): (typeof documents)["query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }"): (typeof documents)["query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }"): (typeof documents)["query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }"): (typeof documents)["query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }"): (typeof documents)["query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationName { location { name } }"): (typeof documents)["query LocationName { location { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefWorkflowsList { workflows { name status } }"): (typeof documents)["query BriefWorkflowsList { workflows { name status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefCampaignsList { campaigns { name status } }"): (typeof documents)["query BriefCampaignsList { campaigns { name status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefCalendarsList { calendars { name eventType } }"): (typeof documents)["query BriefCalendarsList { calendars { name eventType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefCalendarsCreate($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar { ghlId } } }"): (typeof documents)["mutation BriefCalendarsCreate($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefCalendarsUpdateAppointment($id: ID!) { updateAppointment(id: $id, input: { appointmentStatus: CONFIRMED, title: \"Moved\" }) { appointment { ghlId } } }"): (typeof documents)["mutation BriefCalendarsUpdateAppointment($id: ID!) { updateAppointment(id: $id, input: { appointmentStatus: CONFIRMED, title: \"Moved\" }) { appointment { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefCalendarsBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId } } }"): (typeof documents)["mutation BriefCalendarsBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefCalendarsNewAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }"): (typeof documents)["mutation BriefCalendarsNewAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }"): (typeof documents)["mutation BriefContactsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }"): (typeof documents)["mutation BriefContactsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsGet($id: ID!) { contact(id: $id) { name email } }"): (typeof documents)["query BriefContactsGet($id: ID!) { contact(id: $id) { name email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsSearch { contacts(first: 20, query: \"john\") { totalCount edges { node { name } } } }"): (typeof documents)["query BriefContactsSearch { contacts(first: 20, query: \"john\") { totalCount edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsUpdate($id: ID!) { updateContact(id: $id, input: { lastName: \"Smith\", tags: [\"customer\", \"premium\"] }) { contact { lastName } } }"): (typeof documents)["mutation BriefContactsUpdate($id: ID!) { updateContact(id: $id, input: { lastName: \"Smith\", tags: [\"customer\", \"premium\"] }) { contact { lastName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"referral\"]) { tags } }"): (typeof documents)["mutation BriefContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"referral\"]) { tags } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsDelete($id: ID!) { deleteContact(id: $id) { deletedGhlId } }"): (typeof documents)["mutation BriefContactsDelete($id: ID!) { deleteContact(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsCreateTask($c: ID!) { createContactTask(contactId: $c, input: { title: \"Follow up on proposal\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }"): (typeof documents)["mutation BriefContactsCreateTask($c: ID!) { createContactTask(contactId: $c, input: { title: \"Follow up on proposal\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsListTasks($id: ID!) { contact(id: $id) { tasks { title } } }"): (typeof documents)["query BriefContactsListTasks($id: ID!) { contact(id: $id) { tasks { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsCreateTaskToComplete($c: ID!) { createContactTask(contactId: $c, input: { title: \"Call back\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }"): (typeof documents)["mutation BriefContactsCreateTaskToComplete($c: ID!) { createContactTask(contactId: $c, input: { title: \"Call back\", dueDate: \"2030-01-20T14:00:00.000Z\" }) { task { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }"): (typeof documents)["mutation BriefContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Interested in premium\" }) { note { ghlId } } }"): (typeof documents)["mutation BriefContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Interested in premium\" }) { note { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsListNotes($id: ID!) { contact(id: $id) { notes { body } } }"): (typeof documents)["query BriefContactsListNotes($id: ID!) { contact(id: $id) { notes { body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsUpdateNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Updated\" }) { note { body } } }"): (typeof documents)["mutation BriefContactsUpdateNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Updated\" }) { note { body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }"): (typeof documents)["mutation BriefContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }"): (typeof documents)["mutation BriefContactsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }"): (typeof documents)["mutation BriefContactsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsRemoveFromAllCampaigns($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded } }"): (typeof documents)["mutation BriefContactsRemoveFromAllCampaigns($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefContactsCreateFirstNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"First\" }) { note { ghlId } } }"): (typeof documents)["mutation BriefContactsCreateFirstNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"First\" }) { note { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsWorkflows { workflows { id status } }"): (typeof documents)["query BriefContactsWorkflows { workflows { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefContactsPublishedCampaigns { campaigns(status: PUBLISHED) { id } }"): (typeof documents)["query BriefContactsPublishedCampaigns { campaigns(status: PUBLISHED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefConversationsUnread { conversations(first: 20, status: UNREAD, sort: DESC) { edges { node { lastMessageBody unreadCount } } } }"): (typeof documents)["query BriefConversationsUnread { conversations(first: 20, status: UNREAD, sort: DESC) { edges { node { lastMessageBody unreadCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefConversationsGet($id: ID!) { conversation(id: $id) { unreadCount starred } }"): (typeof documents)["query BriefConversationsGet($id: ID!) { conversation(id: $id) { unreadCount starred } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefConversationsUpdate($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) { conversation { starred } } }"): (typeof documents)["mutation BriefConversationsUpdate($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) { conversation { starred } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"Hi John, just following up\" }) { messageGhlId } }"): (typeof documents)["mutation BriefConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"Hi John, just following up\" }) { messageGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefConversationsInbound($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Customer reply\" }) { message { body } } }"): (typeof documents)["mutation BriefConversationsInbound($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Customer reply\" }) { message { body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefConversationsFirst { conversations(first: 1) { edges { node { id contactId } } } }"): (typeof documents)["query BriefConversationsFirst { conversations(first: 1) { edges { node { id contactId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefNewContact($input: CreateContactInput!) { createContact(input: $input) { contact { id ghlId } } }"): (typeof documents)["mutation BriefNewContact($input: CreateContactInput!) { createContact(input: $input) { contact { id ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefActiveCalendar { calendars { id isActive slotDuration teamMembers { ghlId } } }"): (typeof documents)["query BriefActiveCalendar { calendars { id isActive slotDuration teamMembers { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFreeSlots($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { slots } }"): (typeof documents)["query BriefFreeSlots($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startDate: $from, endDate: $to, userId: $u) { slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFormsList { forms(first: 20) { totalCount edges { node { ghlId name } } } }"): (typeof documents)["query BriefFormsList { forms(first: 20) { totalCount edges { node { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFormsFirstForm { forms(first: 1) { edges { node { id } } } }"): (typeof documents)["query BriefFormsFirstForm { forms(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFormsSubmissions($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-01-01\", endAt: \"2025-10-31\", first: 50) {\n          edges { node { ghlId createdAt } } } }"): (typeof documents)["query BriefFormsSubmissions($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-01-01\", endAt: \"2025-10-31\", first: 50) {\n          edges { node { ghlId createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFormsFirstSubmission { formSubmissions(first: 1) { edges { node { contactId } } } }"): (typeof documents)["query BriefFormsFirstSubmission { formSubmissions(first: 1) { edges { node { contactId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSurveysList { surveys { totalCount edges { node { ghlId name } } } }"): (typeof documents)["query BriefSurveysList { surveys { totalCount edges { node { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSurveysFirst { surveys(first: 1) { edges { node { id } } } }"): (typeof documents)["query BriefSurveysFirst { surveys(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSurveysSubmissions($surveyId: ID!) { surveySubmissions(surveyId: $surveyId, first: 50) { edges { node { ghlId } } } }"): (typeof documents)["query BriefSurveysSubmissions($surveyId: ID!) { surveySubmissions(surveyId: $surveyId, first: 50) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefInvoicesList { invoices(first: 20) { totalCount edges { node { name total } } } }"): (typeof documents)["query BriefInvoicesList { invoices(first: 20) { totalCount edges { node { name total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefInvoicesGet($id: ID!) { invoice(id: $id) { name amountDue } }"): (typeof documents)["query BriefInvoicesGet($id: ID!) { invoice(id: $id) { name amountDue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefInvoicesSend($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { status } } }"): (typeof documents)["mutation BriefInvoicesSend($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefInvoicesRecordPayment($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 100, notes: \"Payment received\" }) { success } }"): (typeof documents)["mutation BriefInvoicesRecordPayment($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CASH, amount: 100, notes: \"Payment received\" }) { success } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefInvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { status } } }"): (typeof documents)["mutation BriefInvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefInvoicesNew($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }"): (typeof documents)["mutation BriefInvoicesNew($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsNewTag($name: String!) { createLocationTag(name: $name) { tag { id } } }"): (typeof documents)["mutation BriefLocationsNewTag($name: String!) { createLocationTag(name: $name) { tag { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsNewField($name: String!) { createCustomField(input: { name: $name, dataType: TEXT }) { customField { id } } }"): (typeof documents)["mutation BriefLocationsNewField($name: String!) { createCustomField(input: { name: $name, dataType: TEXT }) { customField { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsGet { location { name address city state country postalCode website timezone email phone } }"): (typeof documents)["query BriefLocationsGet { location { name address city state country postalCode website timezone email phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsSearch($c: ID!) { locations(companyId: $c, first: 50) { edges { node { ghlId name } } } }"): (typeof documents)["query BriefLocationsSearch($c: ID!) { locations(companyId: $c, first: 50) { edges { node { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { ghlId } } }"): (typeof documents)["mutation BriefLocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsUpdate($id: ID!) { updateLocation(id: $id, input: { name: \"Updated Business Name\", website: \"https://updated-website.com\" }) { location { name } } }"): (typeof documents)["mutation BriefLocationsUpdate($id: ID!) { updateLocation(id: $id, input: { name: \"Updated Business Name\", website: \"https://updated-website.com\" }) { location { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsTimezones { timezones }"): (typeof documents)["query BriefLocationsTimezones { timezones }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsTags { location { tags { name } } }"): (typeof documents)["query BriefLocationsTags { location { tags { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsUpdateTag($id: ID!, $name: String!) { updateLocationTag(id: $id, name: $name) { tag { name } } }"): (typeof documents)["mutation BriefLocationsUpdateTag($id: ID!, $name: String!) { updateLocationTag(id: $id, name: $name) { tag { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId } }"): (typeof documents)["mutation BriefLocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsCustomFields { location { customFields { name dataType fieldKey } } }"): (typeof documents)["query BriefLocationsCustomFields { location { customFields { name dataType fieldKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsUpdateField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name } } }"): (typeof documents)["mutation BriefLocationsUpdateField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsDeleteField($id: ID!) { deleteCustomField(id: $id) { deletedId } }"): (typeof documents)["mutation BriefLocationsDeleteField($id: ID!) { deleteCustomField(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsCustomValues { location { customValues { name value fieldKey } } }"): (typeof documents)["query BriefLocationsCustomValues { location { customValues { name value fieldKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsCreateValue($name: String!) { createCustomValue(input: { name: $name, value: \"x\" }) { customValue { id } } }"): (typeof documents)["mutation BriefLocationsCreateValue($name: String!) { createCustomValue(input: { name: $name, value: \"x\" }) { customValue { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefLocationsCustomValueIds { location { customValues { id } } }"): (typeof documents)["query BriefLocationsCustomValueIds { location { customValues { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefLocationsUpdateValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"changed\" }) { customValue { value } } }"): (typeof documents)["mutation BriefLocationsUpdateValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"changed\" }) { customValue { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFunnelsFirst { funnels(first: 1) { edges { node { id } } } }"): (typeof documents)["query BriefFunnelsFirst { funnels(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSocialAccountIds { socialAccounts { ghlId } }"): (typeof documents)["query BriefSocialAccountIds { socialAccounts { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefSocialNewPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id } } }"): (typeof documents)["mutation BriefSocialNewPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefMediaList { mediaFiles(first: 50) { edges { node { ghlId name url } } } }"): (typeof documents)["query BriefMediaList { mediaFiles(first: 50) { edges { node { ghlId name url } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefMediaDelete($id: ID!) { deleteMediaFile(id: $id) { deletedGhlId } }"): (typeof documents)["mutation BriefMediaDelete($id: ID!) { deleteMediaFile(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFunnelsList { funnels { totalCount edges { node { ghlId name } } } }"): (typeof documents)["query BriefFunnelsList { funnels { totalCount edges { node { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFunnelsPages($id: ID!) { node(id: $id) { ... on Funnel { pages(first: 50) { edges { node { ghlId name } } } } } }"): (typeof documents)["query BriefFunnelsPages($id: ID!) { node(id: $id) { ... on Funnel { pages(first: 50) { edges { node { ghlId name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefFunnelsPageCount($id: ID!) { node(id: $id) { ... on Funnel { pageCount } } }"): (typeof documents)["query BriefFunnelsPageCount($id: ID!) { node(id: $id) { ... on Funnel { pageCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefFunnelsRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId } } }"): (typeof documents)["mutation BriefFunnelsRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSocialAccounts { socialAccounts { ghlId name platform } }"): (typeof documents)["query BriefSocialAccounts { socialAccounts { ghlId name platform } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefSocialPosts { socialPosts(first: 20) { totalCount edges { node { ghlId summary } } } }"): (typeof documents)["query BriefSocialPosts { socialPosts(first: 20) { totalCount edges { node { ghlId summary } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefSocialUpdatePost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { summary } } }"): (typeof documents)["mutation BriefSocialUpdatePost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { summary } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefSocialDeletePost($id: ID!) { deleteSocialPost(id: $id) { deletedGhlId } }"): (typeof documents)["mutation BriefSocialDeletePost($id: ID!) { deleteSocialPost(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefOpportunitiesOpen { opportunities(first: 20, status: OPEN) { totalCount edges { node { name monetaryValue } } } }"): (typeof documents)["query BriefOpportunitiesOpen { opportunities(first: 20, status: OPEN) { totalCount edges { node { name monetaryValue } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefOpportunitiesPipelines { pipelines { name stages { name } } }"): (typeof documents)["query BriefOpportunitiesPipelines { pipelines { name stages { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefOpportunitiesUpdate($id: ID!) { updateOpportunity(id: $id, input: { monetaryValue: 55000 }) { opportunity { monetaryValue } } }"): (typeof documents)["mutation BriefOpportunitiesUpdate($id: ID!) { updateOpportunity(id: $id, input: { monetaryValue: 55000 }) { opportunity { monetaryValue } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefOpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }"): (typeof documents)["mutation BriefOpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefOpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }"): (typeof documents)["mutation BriefOpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefOpportunitiesPipelineIds { pipelines { id stages { id } } }"): (typeof documents)["query BriefOpportunitiesPipelineIds { pipelines { id stages { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefOpportunitiesNew($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }"): (typeof documents)["mutation BriefOpportunitiesNew($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsOrders { orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }"): (typeof documents)["query BriefPaymentsOrders { orders(status: COMPLETED, first: 20) { totalCount edges { node { amount currency contact { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsOrder($id: ID!) { order(id: $id) { status items { name qty } } }"): (typeof documents)["query BriefPaymentsOrder($id: ID!) { order(id: $id) { status items { name qty } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefPaymentsFulfil($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"40012345678\", shippingCarrier: \"FedEx\" }], notifyCustomer: true }) {\n            order { fulfillmentStatus } } }"): (typeof documents)["mutation BriefPaymentsFulfil($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"40012345678\", shippingCarrier: \"FedEx\" }], notifyCustomer: true }) {\n            order { fulfillmentStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsTransactions { transactions(first: 20) { totalCount edges { node { amount status } } } }"): (typeof documents)["query BriefPaymentsTransactions { transactions(first: 20) { totalCount edges { node { amount status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsFirstTransaction { transactions(first: 1) { edges { node { id } } } }"): (typeof documents)["query BriefPaymentsFirstTransaction { transactions(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsTransaction($id: ID!) { transaction(id: $id) { amount currency } }"): (typeof documents)["query BriefPaymentsTransaction($id: ID!) { transaction(id: $id) { amount currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsSubscriptions { paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }"): (typeof documents)["query BriefPaymentsSubscriptions { paymentSubscriptions(first: 20) { totalCount edges { node { status amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsCompletedOrders { orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }"): (typeof documents)["query BriefPaymentsCompletedOrders { orders(status: COMPLETED, first: 100) { edges { node { id fulfillmentStatus } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefPaymentsOrderItems($id: ID!) { order(id: $id) { items { priceId qty } } }"): (typeof documents)["query BriefPaymentsOrderItems($id: ID!) { order(id: $id) { items { priceId qty } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefProductsList { products(first: 20) { totalCount edges { node { name productType } } } }"): (typeof documents)["query BriefProductsList { products(first: 20) { totalCount edges { node { name productType } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefProductsGet($id: ID!) { product(id: $id) { name description } }"): (typeof documents)["query BriefProductsGet($id: ID!) { product(id: $id) { name description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefProductsUpdate($id: ID!) { updateProduct(id: $id, input: { description: \"Now with a travel case\" }) { product { description } } }"): (typeof documents)["mutation BriefProductsUpdate($id: ID!) { updateProduct(id: $id, input: { description: \"Now with a travel case\" }) { product { description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }"): (typeof documents)["mutation BriefProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefProductsCreatePrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Standard\", type: ONE_TIME, currency: \"USD\", amount: 49.99 }) { price { amount } } }"): (typeof documents)["mutation BriefProductsCreatePrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Standard\", type: ONE_TIME, currency: \"USD\", amount: 49.99 }) { price { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefProductsNew { createProduct(input: { name: \"Electric Toothbrush Pro\", productType: PHYSICAL }) { product { id } } }"): (typeof documents)["mutation BriefProductsNew { createProduct(input: { name: \"Electric Toothbrush Pro\", productType: PHYSICAL }) { product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefUsersNew($input: CreateUserInput!) { createUser(input: $input) { user { id } } }"): (typeof documents)["mutation BriefUsersNew($input: CreateUserInput!) { createUser(input: $input) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefUsersSearch($c: ID!) { users(companyId: $c, first: 25) { totalCount edges { node { name } } } }"): (typeof documents)["query BriefUsersSearch($c: ID!) { users(companyId: $c, first: 25) { totalCount edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BriefUsersGet($id: ID!) { user(id: $id) { name email roles { type role locationIds } } }"): (typeof documents)["query BriefUsersGet($id: ID!) { user(id: $id) { name email roles { type role locationIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefUsersUpdate($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name } } }"): (typeof documents)["mutation BriefUsersUpdate($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BriefUsersDelete($id: ID!) { deleteUser(id: $id) { deletedId } }"): (typeof documents)["mutation BriefUsersDelete($id: ID!) { deleteUser(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoherentContactCity($id: ID!) { contact(id: $id) { city } }"): (typeof documents)["query CoherentContactCity($id: ID!) { contact(id: $id) { city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }"): (typeof documents)["mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }"): (typeof documents)["query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }"): (typeof documents)["query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }"): (typeof documents)["mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }"): (typeof documents)["query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }"): (typeof documents)["query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }"): (typeof documents)["mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedCalendarGroups { calendarGroups { ghlId } }"): (typeof documents)["query CachedCalendarGroups { calendarGroups { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CachedCreateCalendarGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { ghlId } } }"): (typeof documents)["mutation CachedCreateCalendarGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedPetsOfContact($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"pet_owner\") { ghlId } } }"): (typeof documents)["query CachedPetsOfContact($id: ID!) { contact(id: $id) { relatedRecords(associationKey: \"pet_owner\") { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CachedCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId } } }"): (typeof documents)["mutation CachedCreateRelation($a: ID!, $c: ID!, $p: ID!) { createRelation(associationId: $a, firstRecordId: $c, secondRecordId: $p) { relation { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedLocationName($id: ID!) { location(id: $id) { name } }"): (typeof documents)["query CachedLocationName($id: ID!) { location(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsGroupsBothWays { calendarGroups { ghlId name slug isActive calendars { ghlId } } calendars { ghlId group { ghlId name } } }"): (typeof documents)["query CalendarsGroupsBothWays { calendarGroups { ghlId name slug isActive calendars { ghlId } } calendars { ghlId group { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }"): (typeof documents)["query CalendarsGroupSlug($slug: String!) { calendarGroupSlugAvailable(slug: $slug) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsCreateGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { id ghlId name description slug isActive locationId } } }"): (typeof documents)["mutation CalendarsCreateGroup($input: CreateCalendarGroupInput!) { createCalendarGroup(input: $input) { calendarGroup { id ghlId name description slug isActive locationId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsRenameGroup($id: ID!, $input: UpdateCalendarGroupInput!) { updateCalendarGroup(id: $id, input: $input) { calendarGroup { id name description slug } } }"): (typeof documents)["mutation CalendarsRenameGroup($id: ID!, $input: UpdateCalendarGroupInput!) { updateCalendarGroup(id: $id, input: $input) { calendarGroup { id name description slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { ghlId isActive } } }"): (typeof documents)["mutation CalendarsDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { ghlId isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsMoveToGroup($id: ID!, $group: ID!) { updateCalendar(id: $id, input: { groupId: $group }) { calendar { ghlId groupId group { ghlId name calendars { ghlId } } } } }"): (typeof documents)["mutation CalendarsMoveToGroup($id: ID!, $group: ID!) { updateCalendar(id: $id, input: { groupId: $group }) { calendar { ghlId groupId group { ghlId name calendars { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsGroupNode($id: ID!) { node(id: $id) { ... on CalendarGroup { ghlId name } } }"): (typeof documents)["query CalendarsGroupNode($id: ID!) { node(id: $id) { ... on CalendarGroup { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarsDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsUngrouped($id: ID!) { calendar(id: $id) { groupId group { ghlId } } }"): (typeof documents)["query CalendarsUngrouped($id: ID!) { calendar(id: $id) { groupId group { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsUpdate($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { calendar { ghlId name slotDuration slotDurationUnit eventColor } } }"): (typeof documents)["mutation CalendarsUpdate($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { calendar { ghlId name slotDuration slotDurationUnit eventColor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsCreateToDelete { createCalendar(input: { name: \"Short-lived\" }) { calendar { id ghlId } } }"): (typeof documents)["mutation CalendarsCreateToDelete { createCalendar(input: { name: \"Short-lived\" }) { calendar { id ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDelete($id: ID!) { deleteCalendar(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarsDelete($id: ID!) { deleteCalendar(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsGone($id: ID!) { calendar(id: $id) { ghlId } }"): (typeof documents)["query CalendarsGone($id: ID!) { calendar(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarsDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsAppointmentGone($id: ID!) { appointment(id: $id) { ghlId } }"): (typeof documents)["query CalendarsAppointmentGone($id: ID!) { appointment(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId title startAt endAt calendarId } } }"): (typeof documents)["query CalendarsBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId title startAt endAt calendarId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsMoveBlock($id: ID!, $input: UpdateBlockSlotInput!) { updateBlockSlot(id: $id, input: $input) { blockSlot { ghlId title calendarId assignedUserId startAt } } }"): (typeof documents)["mutation CalendarsMoveBlock($id: ID!, $input: UpdateBlockSlotInput!) { updateBlockSlot(id: $id, input: $input) { blockSlot { ghlId title calendarId assignedUserId startAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsNotifications { calendars { ghlId notifications { ghlId channel notificationType receiverType subject beforeTime { timeOffset unit } } again: notifications { ghlId } } }"): (typeof documents)["query CalendarsNotifications { calendars { ghlId notifications { ghlId channel notificationType receiverType subject beforeTime { timeOffset unit } } again: notifications { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsAddNotification($c: ID!, $input: CreateCalendarNotificationInput!) { createCalendarNotification(calendarId: $c, input: $input) { notification { id ghlId channel notificationType isActive beforeTime { timeOffset unit } calendar { ghlId } } } }"): (typeof documents)["mutation CalendarsAddNotification($c: ID!, $input: CreateCalendarNotificationInput!) { createCalendarNotification(calendarId: $c, input: $input) { notification { id ghlId channel notificationType isActive beforeTime { timeOffset unit } calendar { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsChangeNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false, body: \"Heads up\" }) { notification { ghlId isActive body channel } } }"): (typeof documents)["mutation CalendarsChangeNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false, body: \"Heads up\" }) { notification { ghlId isActive body channel } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsNotificationNode($id: ID!) { node(id: $id) { ... on CalendarNotification { ghlId body } } }"): (typeof documents)["query CalendarsNotificationNode($id: ID!) { node(id: $id) { ... on CalendarNotification { ghlId body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarsDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsNotificationsAfter($id: ID!) { calendar(id: $id) { notifications { ghlId } } }"): (typeof documents)["query CalendarsNotificationsAfter($id: ID!) { calendar(id: $id) { notifications { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes { edges { node {\n        id ghlId body createdAt userId user { ghlId } contact { ghlId } appointment { ghlId }\n      } } pageInfo { hasNextPage } } } }"): (typeof documents)["query CalendarsAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes { edges { node {\n        id ghlId body createdAt userId user { ghlId } contact { ghlId } appointment { ghlId }\n      } } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsAppointmentNoteNode($id: ID!) { node(id: $id) { ... on AppointmentNote { ghlId body } } }"): (typeof documents)["query CalendarsAppointmentNoteNode($id: ID!) { node(id: $id) { ... on AppointmentNote { ghlId body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsNotesBatched($a: ID!, $b: ID!) {\n        first: appointment(id: $a) { appointmentNotes { edges { node { ghlId } } } }\n        again: appointment(id: $a) { appointmentNotes { edges { node { body } } } }\n        other: appointment(id: $b) { appointmentNotes { edges { node { ghlId appointment { ghlId } } } } }\n      }"): (typeof documents)["query CalendarsNotesBatched($a: ID!, $b: ID!) {\n        first: appointment(id: $a) { appointmentNotes { edges { node { ghlId } } } }\n        again: appointment(id: $a) { appointmentNotes { edges { node { body } } } }\n        other: appointment(id: $b) { appointmentNotes { edges { node { ghlId appointment { ghlId } } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsAddNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { ghlId } } }"): (typeof documents)["mutation CalendarsAddNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CalendarsNotesPage($id: ID!, $after: String) { appointment(id: $id) { appointmentNotes(first: 2, after: $after) { edges { node { ghlId } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsCreateNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { id ghlId body userId user { ghlId } appointmentId } } }"): (typeof documents)["mutation CalendarsCreateNote($id: ID!, $input: AppointmentNoteInput!) { createAppointmentNote(appointmentId: $id, input: $input) { appointmentNote { id ghlId body userId user { ghlId } appointmentId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsUpdateNote($a: ID!, $n: ID!, $input: AppointmentNoteInput!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: $input) { appointmentNote { ghlId body } } }"): (typeof documents)["mutation CalendarsUpdateNote($a: ID!, $n: ID!, $input: AppointmentNoteInput!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: $input) { appointmentNote { ghlId body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarsDeleteNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarsDeleteNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarResourcesBothWays { calendarResources { id ghlId resourceType name description isActive quantity outOfService capacity calendarIds calendars { ghlId } } calendars { ghlId resources { ghlId } } }"): (typeof documents)["query CalendarResourcesBothWays { calendarResources { id ghlId resourceType name description isActive quantity outOfService capacity calendarIds calendars { ghlId } } calendars { ghlId resources { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarResourceOne($id: ID!, $ghlId: ID!) { node(id: $id) { ... on CalendarResource { ghlId name } } calendarResource(id: $ghlId, resourceType: ROOM) { ghlId capacity location { id } } location { calendarResources(resourceType: ROOM) { ghlId } } }"): (typeof documents)["query CalendarResourceOne($id: ID!, $ghlId: ID!) { node(id: $id) { ... on CalendarResource { ghlId name } } calendarResource(id: $ghlId, resourceType: ROOM) { ghlId capacity location { id } } location { calendarResources(resourceType: ROOM) { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarResourceUnknownType($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query CalendarResourceUnknownType($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarResourcesCreate($input: CreateCalendarResourceInput!) { createCalendarResource(input: $input) { calendarResource { id ghlId resourceType name description quantity outOfService capacity isActive calendars { ghlId } } } }"): (typeof documents)["mutation CalendarResourcesCreate($input: CreateCalendarResourceInput!) { createCalendarResource(input: $input) { calendarResource { id ghlId resourceType name description quantity outOfService capacity isActive calendars { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarResourcesUpdate($id: ID!, $input: UpdateCalendarResourceInput!) { updateCalendarResource(id: $id, input: $input) { calendarResource { ghlId name quantity outOfService calendarIds isActive } } }"): (typeof documents)["mutation CalendarResourcesUpdate($id: ID!, $input: UpdateCalendarResourceInput!) { updateCalendarResource(id: $id, input: $input) { calendarResource { ghlId name quantity outOfService calendarIds isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarResourcesDisableById($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { isActive: false }) { calendarResource { ghlId isActive } } }"): (typeof documents)["mutation CalendarResourcesDisableById($id: ID!) { updateCalendarResource(id: $id, resourceType: EQUIPMENT, input: { isActive: false }) { calendarResource { ghlId isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarResourcesDelete($id: ID!) { deleteCalendarResource(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarResourcesDelete($id: ID!) { deleteCalendarResource(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarResourceGone($id: ID!) { calendarResource(id: $id) { ghlId } }"): (typeof documents)["query CalendarResourceGone($id: ID!) { calendarResource(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSchedulesOfCalendars { calendars { ghlId availabilitySchedules { id ghlId name timezone userId user { ghlId } rules { kind day date intervals { from to } } calendars { ghlId } createdAt } } }"): (typeof documents)["query CalendarSchedulesOfCalendars { calendars { ghlId availabilitySchedules { id ghlId name timezone userId user { ghlId } rules { kind day date intervals { from to } } calendars { ghlId } createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSchedulesCreate($input: CreateAvailabilityScheduleInput!) { createAvailabilitySchedule(input: $input) { availabilitySchedule { id ghlId name timezone userId calendarIds rules { kind day intervals { from to } } } } }"): (typeof documents)["mutation CalendarSchedulesCreate($input: CreateAvailabilityScheduleInput!) { createAvailabilitySchedule(input: $input) { availabilitySchedule { id ghlId name timezone userId calendarIds rules { kind day intervals { from to } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSchedulesUpdate($id: ID!, $input: UpdateAvailabilityScheduleInput!) { updateAvailabilitySchedule(id: $id, input: $input) { availabilitySchedule { ghlId name timezone rules { kind date intervals { from to } } } } }"): (typeof documents)["mutation CalendarSchedulesUpdate($id: ID!, $input: UpdateAvailabilityScheduleInput!) { updateAvailabilitySchedule(id: $id, input: $input) { availabilitySchedule { ghlId name timezone rules { kind date intervals { from to } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSchedulesApply($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds calendars { ghlId } } } }"): (typeof documents)["mutation CalendarSchedulesApply($id: ID!, $c: ID!) { applyAvailabilityScheduleToCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds calendars { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSchedulesOfUser($user: ID!, $c: ID!) { availabilitySchedules(userId: $user, calendarId: $c) { ghlId } calendar(id: $c) { availabilitySchedules { ghlId } } }"): (typeof documents)["query CalendarSchedulesOfUser($user: ID!, $c: ID!) { availabilitySchedules(userId: $user, calendarId: $c) { ghlId } calendar(id: $c) { availabilitySchedules { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSchedulesRemove($id: ID!, $c: ID!) { removeAvailabilityScheduleFromCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds } } }"): (typeof documents)["mutation CalendarSchedulesRemove($id: ID!, $c: ID!) { removeAvailabilityScheduleFromCalendar(id: $id, calendarId: $c) { availabilitySchedule { ghlId calendarIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSchedulesDelete($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation CalendarSchedulesDelete($id: ID!) { deleteAvailabilitySchedule(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarScheduleGone($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query CalendarScheduleGone($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSchedulesOfUsers { location { users { ghlId availabilitySchedules { ghlId name } } } }"): (typeof documents)["query CalendarSchedulesOfUsers { location { users { ghlId availabilitySchedules { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }"): (typeof documents)["query CalendarsWithSettings { calendars {\n      id ghlId locationId name slug calendarType isActive slotDuration slotDurationUnit slotInterval appointmentsPerSlot eventColor\n      openHours { daysOfTheWeek hours { openHour openMinute closeHour closeMinute } }\n      teamMembers { ghlId name }\n      teamMemberSettings { userId priority user { ghlId } }\n    } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }"): (typeof documents)["query CalendarTeams { calendars { teamMembers { name email } teamMemberSettings { user { name } } } location { users { ghlId } calendars { teamMembers { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }"): (typeof documents)["query CalendarById($id: ID!) { calendar(id: $id) { id ghlId name location { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }"): (typeof documents)["query CalendarByGlobalId($id: ID!) { calendar(id: $id) { ghlId } node(id: $id) { ... on Calendar { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startAt: $from, endAt: $to) {\n         id ghlId title status startAt endAt calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }"): (typeof documents)["query CalendarAppointments($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { appointments(startAt: $from, endAt: $to) {\n         id ghlId title status startAt endAt calendarId contactId assignedUserId\n         calendar { ghlId } contact { ghlId } assignedUser { ghlId }\n       } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startAt contact { ghlId } } }"): (typeof documents)["query AppointmentById($id: ID!) { appointment(id: $id) { id ghlId title startAt contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }"): (typeof documents)["query AppointmentNode($id: ID!) { node(id: $id) { ... on Appointment { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId status startAt endAt calendar { ghlId } } } }"): (typeof documents)["query ContactAppointmentsTimed($id: ID!) { contact(id: $id) { appointments { ghlId contactId status startAt endAt calendar { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title status } } }"): (typeof documents)["query ContactAppointmentsUntimed($id: ID!) { contact(id: $id) { appointments { ghlId title status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, timezone: $tz) { date slots } }"): (typeof documents)["query FreeSlotsInZone($id: ID!, $from: Date!, $to: Date!, $tz: String) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, timezone: $tz) { date slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }"): (typeof documents)["mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { calendar {\n         ghlId name calendarType slotDuration slotDurationUnit eventColor openHours { daysOfTheWeek hours { openHour closeHour } } teamMembers { ghlId }\n       } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, userId: $u) { date slots } }"): (typeof documents)["query FreeSlotsOfUser($id: ID!, $from: Date!, $to: Date!, $u: ID) { freeSlots(calendarId: $id, startAt: $from, endAt: $to, userId: $u) { date slots } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title status meetingLocationType startAt endAt calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }"): (typeof documents)["mutation CreateAppointment($input: CreateAppointmentInput!) { createAppointment(input: $input) { appointment {\n         id ghlId title status meetingLocationType startAt endAt calendar { ghlId } contact { ghlId } assignedUser { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startAt endAt status meetingLocationType } } }"): (typeof documents)["mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { appointment { ghlId startAt endAt status meetingLocationType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }"): (typeof documents)["query ContactAppointmentIds($id: ID!) { contact(id: $id) { appointments { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startAt endAt calendarId calendar { ghlId } } } }"): (typeof documents)["mutation CreateBlockSlot($input: CreateBlockSlotInput!) { createBlockSlot(input: $input) { blockSlot { ghlId title startAt endAt calendarId calendar { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeprecatedCalendarNames($id: ID!, $from: DateTime!, $to: DateTime!, $first: Date!, $last: Date!) {\n         calendar(id: $id) {\n           current: appointments(startAt: $from, endAt: $to) { ghlId status startAt endAt }\n           deprecated: appointments(startTime: $from, endTime: $to) { ghlId appointmentStatus startTime endTime }\n         }\n         currentSlots: freeSlots(calendarId: $id, startAt: $first, endAt: $last) { date slots }\n         deprecatedSlots: freeSlots(calendarId: $id, startDate: $first, endDate: $last) { date slots }\n       }"): (typeof documents)["query DeprecatedCalendarNames($id: ID!, $from: DateTime!, $to: DateTime!, $first: Date!, $last: Date!) {\n         calendar(id: $id) {\n           current: appointments(startAt: $from, endAt: $to) { ghlId status startAt endAt }\n           deprecated: appointments(startTime: $from, endTime: $to) { ghlId appointmentStatus startTime endTime }\n         }\n         currentSlots: freeSlots(calendarId: $id, startAt: $first, endAt: $last) { date slots }\n         deprecatedSlots: freeSlots(calendarId: $id, startDate: $first, endDate: $last) { date slots }\n       }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }"): (typeof documents)["query UnknownCalendarAndAppointment { calendar(id: \"cal000000000000000000\") { ghlId } appointment(id: \"apt000000000000000000\") { ghlId } location { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }"): (typeof documents)["query CalendarsOfLocation($l: ID) { calendars(locationId: $l) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }"): (typeof documents)["query CalendarGhlId($id: ID!) { calendar(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircuitBreakerFirstContact { contacts(first: 1) { edges { node { ghlId } } } }"): (typeof documents)["query CircuitBreakerFirstContact { contacts(first: 1) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircuitBreakerContact($id: ID!) { contact(id: $id) { ghlId } }"): (typeof documents)["query CircuitBreakerContact($id: ID!) { contact(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientContacts {\n    contacts(first: 3) { totalCount edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ClientContacts {\n    contacts(first: 3) { totalCount edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientTag($id: ID!, $tags: [String!]!) {\n    addContactTags(id: $id, tags: $tags) { tags }\n  }\n"): (typeof documents)["\n  mutation ClientTag($id: ID!, $tags: [String!]!) {\n    addContactTags(id: $id, tags: $tags) { tags }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientContactTags($id: ID!) { contact(id: $id) { tags } }"): (typeof documents)["query ClientContactTags($id: ID!) { contact(id: $id) { tags } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientContactEvents($contactId: ID!) {\n    contactEvents(contactId: $contactId) { type nodeId contact { id name tags } }\n  }\n"): (typeof documents)["\n  subscription ClientContactEvents($contactId: ID!) {\n    contactEvents(contactId: $contactId) { type nodeId contact { id name tags } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPage($first: Int!, $after: String) {\n    contacts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }\n  }\n"): (typeof documents)["\n  query ClientPage($first: Int!, $after: String) {\n    contacts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRename($id: ID!, $firstName: String!) {\n    updateContact(id: $id, input: { firstName: $firstName }) { contact { id name } }\n  }\n"): (typeof documents)["\n  mutation ClientRename($id: ID!, $firstName: String!) {\n    updateContact(id: $id, input: { firstName: $firstName }) { contact { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientFirstTen { contacts(first: 10) { edges { node { id } } } }"): (typeof documents)["query ClientFirstTen { contacts(first: 10) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledRich($first: Int!, $withTags: Boolean!, $missing: ID!) {\n    contacts(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CompiledContactParts\n          tags @include(if: $withTags)\n          opportunities(first: 2) { edges { node { name status monetaryValue stage { name } } } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    missing: contact(id: $missing) { ghlId }\n    again: contact(id: $missing) { name }\n  }\n  fragment CompiledContactParts on Contact {\n    id\n    ghlId\n    name\n    email\n    createdAt\n    location { id name timezone }\n  }\n"): (typeof documents)["\n  query CompiledRich($first: Int!, $withTags: Boolean!, $missing: ID!) {\n    contacts(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CompiledContactParts\n          tags @include(if: $withTags)\n          opportunities(first: 2) { edges { node { name status monetaryValue stage { name } } } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    missing: contact(id: $missing) { ghlId }\n    again: contact(id: $missing) { name }\n  }\n  fragment CompiledContactParts on Contact {\n    id\n    ghlId\n    name\n    email\n    createdAt\n    location { id name timezone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Contact { name phone }\n      ... on Opportunity { name status contact { name } }\n    }\n  }\n"): (typeof documents)["\n  query CompiledNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Contact { name phone }\n      ... on Opportunity { name status contact { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompiledContactById($id: ID!) { contact(id: $id) { ghlId name } }"): (typeof documents)["query CompiledContactById($id: ID!) { contact(id: $id) { ghlId name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompiledSomeDeals { opportunities(first: 2) { edges { node { id } } } }"): (typeof documents)["query CompiledSomeDeals { opportunities(first: 2) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompiledContactIds { contacts(first: 2) { edges { node { id } } } }"): (typeof documents)["query CompiledContactIds { contacts(first: 2) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchAll($after: String, $filter: ContactFilter, $orderBy: ContactOrder) {\n         contacts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"): (typeof documents)["query ContactSearchAll($after: String, $filter: ContactFilter, $orderBy: ContactOrder) {\n         contacts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchLocationDnd { location { contacts(first: 5, filter: { dnd: true }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { ghlId dnd } } } } }"): (typeof documents)["query ContactSearchLocationDnd { location { contacts(first: 5, filter: { dnd: true }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { ghlId dnd } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchFirstTwo { contacts(first: 2) { pageInfo { endCursor } } }"): (typeof documents)["query ContactSearchFirstTwo { contacts(first: 2) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchByNameAfter($after: String) { contacts(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }"): (typeof documents)["query ContactSearchByNameAfter($after: String) { contacts(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchBackwardRange { contacts(filter: { createdAt: { from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\" } }) { totalCount } }"): (typeof documents)["query ContactSearchBackwardRange { contacts(filter: { createdAt: { from: \"2025-02-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\" } }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactSearchLongQuery($query: String) { contacts(query: $query) { totalCount } }"): (typeof documents)["query ContactSearchLongQuery($query: String) { contacts(query: $query) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n"): (typeof documents)["\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n"): (typeof documents)["\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n"): (typeof documents)["\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n"): (typeof documents)["\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n"): (typeof documents)["\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }"): (typeof documents)["query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n"): (typeof documents)["\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n"): (typeof documents)["\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n"): (typeof documents)["\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4ContactsListPage($after: String, $query: String) {\n  location { contactsList(first: 40, after: $after, query: $query) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId email } } } } }"): (typeof documents)["query R4ContactsListPage($after: String, $query: String) {\n  location { contactsList(first: 40, after: $after, query: $query) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4ContactsListUsers { location { contactsList(first: 30) { edges { node { ghlId assignedUser { ghlId } } } } } }"): (typeof documents)["query R4ContactsListUsers { location { contactsList(first: 30) { edges { node { ghlId assignedUser { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4ContactsListDeprecation { __type(name: \"Location\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }"): (typeof documents)["query R4ContactsListDeprecation { __type(name: \"Location\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsAllFields($id: ID!) { contact(id: $id) {\n        id ghlId locationId name firstName lastName email phone companyName source timezone\n        address1 city state postalCode country website tags dnd createdAt updatedAt assignedTo\n        dndSettings { sms { status } email { status } }\n        customFields { fieldId value }\n      } }"): (typeof documents)["query ContactsAllFields($id: ID!) { contact(id: $id) {\n        id ghlId locationId name firstName lastName email phone companyName source timezone\n        address1 city state postalCode country website tags dnd createdAt updatedAt assignedTo\n        dndSettings { sms { status } email { status } }\n        customFields { fieldId value }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsGlobalId($id: ID!) { contact(id: $id) { id } }"): (typeof documents)["query ContactsGlobalId($id: ID!) { contact(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsByGlobalIdAndNode($id: ID!) { contact(id: $id) { ghlId } node(id: $id) { id ... on Contact { ghlId } } }"): (typeof documents)["query ContactsByGlobalIdAndNode($id: ID!) { contact(id: $id) { ghlId } node(id: $id) { id ... on Contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsPage($after: String) { contacts(first: 100, after: $after) {\n           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ghlId } } } }"): (typeof documents)["query ContactsPage($after: String) { contacts(first: 100, after: $after) {\n           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsSearchByName($q: String) { contacts(query: $q, first: 50) { totalCount edges { node { firstName lastName email } } } }"): (typeof documents)["query ContactsSearchByName($q: String) { contacts(query: $q, first: 50) { totalCount edges { node { firstName lastName email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsEmailsAndPhones($after: String) { contacts(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId email phone } } } }"): (typeof documents)["query ContactsEmailsAndPhones($after: String) { contacts(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId email phone } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsRelations($id: ID!) { contact(id: $id) {\n         location { ghlId name }\n         assignedUser { ghlId name email roles { locationIds } }\n         tasks { ghlId title completed contactId }\n         notes { ghlId body contactId user { ghlId } }\n       } }"): (typeof documents)["query ContactsRelations($id: ID!) { contact(id: $id) {\n         location { ghlId name }\n         assignedUser { ghlId name email roles { locationIds } }\n         tasks { ghlId title completed contactId }\n         notes { ghlId body contactId user { ghlId } }\n       } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsOfLocation($loc: ID) { location(id: $loc) { ghlId name timezone settings { allowDuplicateContact } contacts(first: 3) { edges { node { locationId } } } } }"): (typeof documents)["query ContactsOfLocation($loc: ID) { location(id: $loc) { ghlId name timezone settings { allowDuplicateContact } contacts(first: 3) { edges { node { locationId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsCreate($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId name email phone tags country } } }"): (typeof documents)["mutation ContactsCreate($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId name email phone tags country } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsUpdate($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { lastName city companyName } } }"): (typeof documents)["mutation ContactsUpdate($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { lastName city companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsUpdateInboundDnd($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { ghlId } } }"): (typeof documents)["mutation ContactsUpdateInboundDnd($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"lead\", \" referral \"]) { tags contact { tags } } }"): (typeof documents)["mutation ContactsAddTags($id: ID!) { addContactTags(id: $id, tags: [\"vip\", \"lead\", \" referral \"]) { tags contact { tags } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsRemoveTags($id: ID!) { removeContactTags(id: $id, tags: [\"lead\"]) { tags } }"): (typeof documents)["mutation ContactsRemoveTags($id: ID!) { removeContactTags(id: $id, tags: [\"lead\"]) { tags } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation ContactsDelete($id: ID!) { deleteContact(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsCreateTask($c: ID!, $input: CreateTaskInput!) { createContactTask(contactId: $c, input: $input) {\n         task { id ghlId title completed dueDate assignedUser { ghlId } contact { ghlId } } } }"): (typeof documents)["mutation ContactsCreateTask($c: ID!, $input: CreateTaskInput!) { createContactTask(contactId: $c, input: $input) {\n         task { id ghlId title completed dueDate assignedUser { ghlId } contact { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsRenameTask($c: ID!, $t: ID!) { updateContactTask(contactId: $c, taskId: $t, input: { title: \"Call back Monday\" }) { task { title } } }"): (typeof documents)["mutation ContactsRenameTask($c: ID!, $t: ID!) { updateContactTask(contactId: $c, taskId: $t, input: { title: \"Call back Monday\" }) { task { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }"): (typeof documents)["mutation ContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsTasksAndTaskNode($id: ID!, $task: ID!) { contact(id: $id) { tasks { ghlId } } node(id: $task) { ... on Task { title } } }"): (typeof documents)["query ContactsTasksAndTaskNode($id: ID!, $task: ID!) { contact(id: $id) { tasks { ghlId } } node(id: $task) { ... on Task { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsDeleteTask($c: ID!, $t: ID!) { deleteContactTask(contactId: $c, taskId: $t) { deletedId deletedGhlId } }"): (typeof documents)["mutation ContactsDeleteTask($c: ID!, $t: ID!) { deleteContactTask(contactId: $c, taskId: $t) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\", pinned: true }) { note { id ghlId body pinned } } }"): (typeof documents)["mutation ContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\", pinned: true }) { note { id ghlId body pinned } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsRewriteNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Met at the spring fair\" }) { note { body } } }"): (typeof documents)["mutation ContactsRewriteNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: \"Met at the spring fair\" }) { note { body } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }"): (typeof documents)["mutation ContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadStart($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) {\n      uploadUrl uploadId filePath contentType expiresAt maxFileSize\n      conversation { ghlId contactId }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvUploadStart($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) {\n      uploadUrl uploadId filePath contentType expiresAt maxFileSize\n      conversation { ghlId contactId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadStartBare($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) { uploadUrl uploadId filePath maxFileSize }\n  }\n"): (typeof documents)["\n  mutation ConvUploadStartBare($input: StartConversationFileUploadInput!) {\n    startConversationFileUpload(input: $input) { uploadUrl uploadId filePath maxFileSize }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadComplete($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } size contentType conversation { ghlId } }\n  }\n"): (typeof documents)["\n  mutation ConvUploadComplete($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } size contentType conversation { ghlId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadCompleteBare($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } }\n  }\n"): (typeof documents)["\n  mutation ConvUploadCompleteBare($input: CompleteConversationFileUploadInput!) {\n    completeConversationFileUpload(input: $input) { files { name url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadSend($contactId: ID!, $attachments: [URL!]) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"The brochure, as promised\", attachments: $attachments }) {\n      messageGhlId\n    }\n  }\n"): (typeof documents)["\n  mutation ConvUploadSend($contactId: ID!, $attachments: [URL!]) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"The brochure, as promised\", attachments: $attachments }) {\n      messageGhlId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConvUploadMessage($id: ID!) { message(id: $id) { attachments conversation { ghlId } } }"): (typeof documents)["query ConvUploadMessage($id: ID!) { message(id: $id) { attachments conversation { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadAttach($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids conversation { ghlId contactId } }\n  }\n"): (typeof documents)["\n  mutation ConvUploadAttach($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids conversation { ghlId contactId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadAttachBare($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids }\n  }\n"): (typeof documents)["\n  mutation ConvUploadAttachBare($input: UploadConversationAttachmentsInput!) {\n    uploadConversationAttachments(input: $input) { files { name url } twilioMediaSids }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvUploadRawAttach($input: GhlConversationsUploadFilesDtoFieldsInput!) {\n    ghl { conversations { uploadFileAttachments(input: $input) { uploadedFiles } } }\n  }\n"): (typeof documents)["\n  mutation ConvUploadRawAttach($input: GhlConversationsUploadFilesDtoFieldsInput!) {\n    ghl { conversations { uploadFileAttachments(input: $input) { uploadedFiles } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }"): (typeof documents)["mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n"): (typeof documents)["\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n"): (typeof documents)["\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsSetAttachments($id: ID!, $attachments: [URL!]!) {\n    setMessageAttachments(id: $id, attachments: $attachments) { messageGhlId message { attachments } conversation { ghlId } }\n  }\n"): (typeof documents)["\n  mutation ConversationsSetAttachments($id: ID!, $attachments: [URL!]!) {\n    setMessageAttachments(id: $id, attachments: $attachments) { messageGhlId message { attachments } conversation { ghlId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }"): (typeof documents)["mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n"): (typeof documents)["\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n"): (typeof documents)["\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n"): (typeof documents)["\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsReviewReply($conversationId: ID!, $message: String!) {\n    replyToReview(conversationId: $conversationId, message: $message) { messageGhlId message { type direction body } conversation { ghlId } }\n  }\n"): (typeof documents)["\n  mutation ConversationsReviewReply($conversationId: ID!, $message: String!) {\n    replyToReview(conversationId: $conversationId, message: $message) { messageGhlId message { type direction body } conversation { ghlId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsSend($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId } }"): (typeof documents)["mutation ConversationsSend($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversationsInboxWithContacts { conversations(first: 20) { totalCount edges { node {\n      ghlId contactId unreadCount lastMessageBody lastMessageType contact { ghlId name email phone } } } } }"): (typeof documents)["query ConversationsInboxWithContacts { conversations(first: 20) { totalCount edges { node {\n      ghlId contactId unreadCount lastMessageBody lastMessageType contact { ghlId name email phone } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversationsInboxPage($after: String) { conversations(first: 25, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"): (typeof documents)["query ConversationsInboxPage($after: String) { conversations(first: 25, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversationsMessagesPage($id: ID!, $after: String) { conversation(id: $id) { messages(first: 3, after: $after) {\n           pageInfo { hasNextPage endCursor } edges { node { ghlId body direction type createdAt dateAdded conversationId } } } } }"): (typeof documents)["query ConversationsMessagesPage($id: ID!, $after: String) { conversation(id: $id) { messages(first: 3, after: $after) {\n           pageInfo { hasNextPage endCursor } edges { node { ghlId body direction type createdAt dateAdded conversationId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversationsMessageLinks($m: ID!, $c: ID!) {\n        message(id: $m) { ghlId conversation { ghlId } contact { ghlId } }\n        contact(id: $c) { conversations { edges { node { ghlId } } } }\n      }"): (typeof documents)["query ConversationsMessageLinks($m: ID!, $c: ID!) {\n        message(id: $m) { ghlId conversation { ghlId } contact { ghlId } }\n        contact(id: $c) { conversations { edges { node { ghlId } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsMarkReadStarred($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) {\n      conversation { read unreadCount starred } } }"): (typeof documents)["mutation ConversationsMarkReadStarred($id: ID!) { updateConversation(id: $id, input: { read: true, starred: true }) {\n      conversation { read unreadCount starred } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsMarkUnread($id: ID!) { updateConversation(id: $id, input: { read: false }) { conversation { read } } }"): (typeof documents)["mutation ConversationsMarkUnread($id: ID!) { updateConversation(id: $id, input: { read: false }) { conversation { read } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsAssign($id: ID!, $u: ID!) { updateConversation(id: $id, input: { assignedTo: $u }) {\n      conversation { assignedTo assignedUser { ghlId } contact { assignedTo } } } }"): (typeof documents)["mutation ConversationsAssign($id: ID!, $u: ID!) { updateConversation(id: $id, input: { assignedTo: $u }) {\n      conversation { assignedTo assignedUser { ghlId } contact { assignedTo } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"See you at 10\" }) {\n         messageGhlId message { body type direction } conversation { ghlId } } }"): (typeof documents)["mutation ConversationsSendSms($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, message: \"See you at 10\" }) {\n         messageGhlId message { body type direction } conversation { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsSendEmail($c: ID!) { sendMessage(input: { contactId: $c, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\" }) {\n         messageGhlId message { type } } }"): (typeof documents)["mutation ConversationsSendEmail($c: ID!) { sendMessage(input: { contactId: $c, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\" }) {\n         messageGhlId message { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsSendReply($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId message { type } } }"): (typeof documents)["mutation ConversationsSendReply($input: SendMessageInput!) { sendMessage(input: $input) { messageGhlId message { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsMarkRead($id: ID!) { updateConversation(id: $id, input: { read: true }) { conversation { read } } }"): (typeof documents)["mutation ConversationsMarkRead($id: ID!) { updateConversation(id: $id, input: { read: true }) { conversation { read } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsAddInboundSms($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Running late\" }) {\n         message { body direction } conversation { read unreadCount } } }"): (typeof documents)["mutation ConversationsAddInboundSms($id: ID!) { addInboundMessage(input: { conversationId: $id, channel: SMS, message: \"Running late\" }) {\n         message { body direction } conversation { read unreadCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsAddInbound($input: InboundMessageInput!) { addInboundMessage(input: $input) { message { type direction } } }"): (typeof documents)["mutation ConversationsAddInbound($input: InboundMessageInput!) { addInboundMessage(input: $input) { message { type direction } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostContactsTasksNotes { contacts(first: 7) { edges { node { name tasks { title } notes { body } } } } }"): (typeof documents)["query CostContactsTasksNotes { contacts(first: 7) { edges { node { name tasks { title } notes { body } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostOpportunityContactsEmbedded { opportunities(first: 5) { edges { node { contact { name email phone tags } } } } }"): (typeof documents)["query CostOpportunityContactsEmbedded { opportunities(first: 5) { edges { node { contact { name email phone tags } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostOpportunityContactsFull { opportunities(first: 5) { edges { node { contact { name city } } } } }"): (typeof documents)["query CostOpportunityContactsFull { opportunities(first: 5) { edges { node { contact { name city } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostOpportunityContact($id: ID!) { opportunity(id: $id) { contact { name } } }"): (typeof documents)["query CostOpportunityContact($id: ID!) { opportunity(id: $id) { contact { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostSharedLists {\n      contacts(first: 20) { edges { node { assignedUser { name } location { name } } } }\n      opportunities(first: 20) { edges { node { assignedUser { name } stage { name } pipeline { name } } } }\n    }"): (typeof documents)["query CostSharedLists {\n      contacts(first: 20) { edges { node { assignedUser { name } location { name } } } }\n      opportunities(first: 20) { edges { node { assignedUser { name } stage { name } pipeline { name } } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostPaymentContactsEmbedded {\n      orders(first: 20) { edges { node { amount contact { name email } } } }\n      paymentSubscriptions(first: 20) { edges { node { amount contact { name } } } }\n    }"): (typeof documents)["query CostPaymentContactsEmbedded {\n      orders(first: 20) { edges { node { amount contact { name email } } } }\n      paymentSubscriptions(first: 20) { edges { node { amount contact { name } } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostTransactionContacts { transactions(first: 20) { edges { node { amount contact { name city } } } } }"): (typeof documents)["query CostTransactionContacts { transactions(first: 20) { edges { node { amount contact { name city } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostTransactionOrders { transactions(first: 10) { edges { node { order { status items { name } } location { name } } } } }"): (typeof documents)["query CostTransactionOrders { transactions(first: 10) { edges { node { order { status items { name } } location { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostProductPrices { products(first: 10) { edges { node { name prices { amount currency } } } } }"): (typeof documents)["query CostProductPrices { products(first: 10) { edges { node { name prices { amount currency } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CostUpdateProduct($id: ID!) { updateProduct(id: $id, input: { description: \"Priced\" }) { product { name } } }"): (typeof documents)["mutation CostUpdateProduct($id: ID!) { updateProduct(id: $id, input: { description: \"Priced\" }) { product { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CostCreateProductPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Priced\", type: ONE_TIME, currency: \"USD\", amount: 5 }) {\n        price { amount } product { name prices { amount } } } }"): (typeof documents)["mutation CostCreateProductPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Priced\", type: ONE_TIME, currency: \"USD\", amount: 5 }) {\n        price { amount } product { name prices { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostLocationSummaries($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name city timezone } } } }"): (typeof documents)["query CostLocationSummaries($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name city timezone } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostLocationsFull($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name logoUrl business { name } } } } }"): (typeof documents)["query CostLocationsFull($companyId: ID!) { locations(companyId: $companyId, first: 5) { edges { node { name logoUrl business { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostOverBudget { conversations(first: 80) { edges { node { messages(first: 1) { totalCount } } } } }"): (typeof documents)["query CostOverBudget { conversations(first: 80) { edges { node { messages(first: 1) { totalCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostConversationsPage($first: Int) { conversations(first: $first) { edges { node { messages(first: 1) { totalCount } } } } }"): (typeof documents)["query CostConversationsPage($first: Int) { conversations(first: $first) { edges { node { messages(first: 1) { totalCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostTwoPipelines($a: ID, $b: ID) { a: pipelines(locationId: $a) { name } b: pipelines(locationId: $b) { name } }"): (typeof documents)["query CostTwoPipelines($a: ID, $b: ID) { a: pipelines(locationId: $a) { name } b: pipelines(locationId: $b) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostConversationsTen { conversations(first: 10) { edges { node { messages(first: 1) { totalCount } } } } }"): (typeof documents)["query CostConversationsTen { conversations(first: 10) { edges { node { messages(first: 1) { totalCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouponsCreate($input: CouponInput!) {\n    createCoupon(input: $input) { coupon { ghlId code name discountType discountValue status startAt endAt usageLimit limitedToOnePerCustomer productIds products { ghlId name } } }\n  }\n"): (typeof documents)["\n  mutation CouponsCreate($input: CouponInput!) {\n    createCoupon(input: $input) { coupon { ghlId code name discountType discountValue status startAt endAt usageLimit limitedToOnePerCustomer productIds products { ghlId name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponsList { coupons(first: 50) { totalCount edges { node { ghlId code status discountType productIds } } } }"): (typeof documents)["query CouponsList { coupons(first: 50) { totalCount edges { node { ghlId code status discountType productIds } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponsExpired { coupons(status: EXPIRED, first: 50) { edges { node { ghlId } } } }"): (typeof documents)["query CouponsExpired { coupons(status: EXPIRED, first: 50) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponsSearch($q: String) { coupons(query: $q, first: 50) { edges { node { code } } } }"): (typeof documents)["query CouponsSearch($q: String) { coupons(query: $q, first: 50) { edges { node { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponsProducts { coupons(first: 50) { edges { node { productIds products { ghlId name } } } } }"): (typeof documents)["query CouponsProducts { coupons(first: 50) { edges { node { productIds products { ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponsOne($id: ID!, $code: String!) { coupon(id: $id, code: $code) { ghlId code name discountValue usageCount } }"): (typeof documents)["query CouponsOne($id: ID!, $code: String!) { coupon(id: $id, code: $code) { ghlId code name discountValue usageCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouponsUpdate($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { coupon { ghlId discountType discountValue productIds usageLimit } } }"): (typeof documents)["mutation CouponsUpdate($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { coupon { ghlId discountType discountValue productIds usageLimit } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouponsDelete($id: ID!) { deleteCoupon(id: $id) { deletedGhlId } }"): (typeof documents)["mutation CouponsDelete($id: ID!) { deleteCoupon(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CredentialsContacts {\n    contacts(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CredentialsContacts {\n    contacts(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsSchemas { objectSchemas { ghlId key standard singularLabel pluralLabel createdAt } }"): (typeof documents)["query CustomObjectsSchemas { objectSchemas { ghlId key standard singularLabel pluralLabel createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsSchema($key: String!) { objectSchema(key: $key) { id key searchableProperties fields { name fieldKey dataType options { key label } } } }"): (typeof documents)["query CustomObjectsSchema($key: String!) { objectSchema(key: $key) { id key searchableProperties fields { name fieldKey dataType options { key label } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsSchemaNode($id: ID!) { node(id: $id) { ... on CustomObjectSchema { key } } }"): (typeof documents)["query CustomObjectsSchemaNode($id: ID!) { node(id: $id) { ... on CustomObjectSchema { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsSchemaKey($key: String!) { objectSchema(key: $key) { key } }"): (typeof documents)["query CustomObjectsSchemaKey($key: String!) { objectSchema(key: $key) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsCreateTickets($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Ticket\", pluralLabel: \"Tickets\",\n        primaryPropertyKey: \"subject\", primaryPropertyName: \"Subject\", primaryPropertyType: TEXT }) { objectSchema { key standard primaryDisplayProperty } } }"): (typeof documents)["mutation CustomObjectsCreateTickets($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Ticket\", pluralLabel: \"Tickets\",\n        primaryPropertyKey: \"subject\", primaryPropertyName: \"Subject\", primaryPropertyType: TEXT }) { objectSchema { key standard primaryDisplayProperty } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsUpdateSchema($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { pluralLabel: \"Support tickets\", searchableProperties: $props }) {\n        objectSchema { pluralLabel searchableProperties } } }"): (typeof documents)["mutation CustomObjectsUpdateSchema($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { pluralLabel: \"Support tickets\", searchableProperties: $props }) {\n        objectSchema { pluralLabel searchableProperties } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsSearchByUnknown($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { searchableProperties: $props }) { objectSchema { key } } }"): (typeof documents)["mutation CustomObjectsSearchByUnknown($key: String!, $props: [String!]!) { updateObjectSchema(key: $key, input: { searchableProperties: $props }) { objectSchema { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordsFirst($objectKey: String!) { records(objectKey: $objectKey, first: 15) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId objectKey properties createdAt } } } }"): (typeof documents)["query CustomObjectsRecordsFirst($objectKey: String!) { records(objectKey: $objectKey, first: 15) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId objectKey properties createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordsAfter($objectKey: String!, $after: String) { records(objectKey: $objectKey, first: 15, after: $after) { edges { node { ghlId } } } }"): (typeof documents)["query CustomObjectsRecordsAfter($objectKey: String!, $after: String) { records(objectKey: $objectKey, first: 15, after: $after) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordValues($objectKey: String!) { records(objectKey: $objectKey, first: 10) { edges { node { ghlId values { name fieldKey value field { name dataType } } } } } }"): (typeof documents)["query CustomObjectsRecordValues($objectKey: String!) { records(objectKey: $objectKey, first: 10) { edges { node { ghlId values { name fieldKey value field { name dataType } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordSearch($objectKey: String!, $q: String) { records(objectKey: $objectKey, query: $q, first: 100) { totalCount edges { node { property(key: \"name\") } } } }"): (typeof documents)["query CustomObjectsRecordSearch($objectKey: String!, $q: String) { records(objectKey: $objectKey, query: $q, first: 100) { totalCount edges { node { property(key: \"name\") } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordTwice($objectKey: String!, $property: String!, $id: ID!) {\n        a: record(objectKey: $objectKey, id: $id) { id ghlId property(key: $property) ownerIds owners { ghlId } objectSchema { singularLabel } }\n        b: record(objectKey: $objectKey, id: $id) { ghlId } }"): (typeof documents)["query CustomObjectsRecordTwice($objectKey: String!, $property: String!, $id: ID!) {\n        a: record(objectKey: $objectKey, id: $id) { id ghlId property(key: $property) ownerIds owners { ghlId } objectSchema { singularLabel } }\n        b: record(objectKey: $objectKey, id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordNode($id: ID!) { node(id: $id) { ... on CustomObjectRecord { ghlId objectKey } } }"): (typeof documents)["query CustomObjectsRecordNode($id: ID!) { node(id: $id) { ... on CustomObjectRecord { ghlId objectKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsCreateRecord($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Ziggy\", species: \"cat\", age: 2 } }) { record { ghlId properties } } }"): (typeof documents)["mutation CustomObjectsCreateRecord($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Ziggy\", species: \"cat\", age: 2 } }) { record { ghlId properties } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsUpdateRecord($objectKey: String!, $id: ID!) { updateRecord(objectKey: $objectKey, id: $id, input: { properties: { age: 3 } }) { record { properties updatedAt } } }"): (typeof documents)["mutation CustomObjectsUpdateRecord($objectKey: String!, $id: ID!) { updateRecord(objectKey: $objectKey, id: $id, input: { properties: { age: 3 } }) { record { properties updatedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsDeleteRecord($objectKey: String!, $id: ID!) { deleteRecord(objectKey: $objectKey, id: $id) { deletedGhlId } }"): (typeof documents)["mutation CustomObjectsDeleteRecord($objectKey: String!, $id: ID!) { deleteRecord(objectKey: $objectKey, id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomObjectsRecordGone($objectKey: String!, $id: ID!) { record(objectKey: $objectKey, id: $id) { ghlId } }"): (typeof documents)["query CustomObjectsRecordGone($objectKey: String!, $id: ID!) { record(objectKey: $objectKey, id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsCreateRefused($objectKey: String!, $input: CustomObjectRecordInput!) { createRecord(objectKey: $objectKey, input: $input) { record { ghlId } } }"): (typeof documents)["mutation CustomObjectsCreateRefused($objectKey: String!, $input: CustomObjectRecordInput!) { createRecord(objectKey: $objectKey, input: $input) { record { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CustomObjectsSchemaEvents { objectSchemaEvents { type key objectSchema { key singularLabel fields { name dataType } } } }"): (typeof documents)["subscription CustomObjectsSchemaEvents { objectSchemaEvents { type key objectSchema { key singularLabel fields { name dataType } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsCreateCars($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Car\", pluralLabel: \"Cars\", primaryPropertyKey: \"plate\", primaryPropertyName: \"Plate\", primaryPropertyType: TEXT }) { objectSchema { key } } }"): (typeof documents)["mutation CustomObjectsCreateCars($key: String!) { createObjectSchema(input: { key: $key, singularLabel: \"Car\", pluralLabel: \"Cars\", primaryPropertyKey: \"plate\", primaryPropertyName: \"Plate\", primaryPropertyType: TEXT }) { objectSchema { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CustomObjectsRecordEvents { recordEvents { type recordId objectKey record { ghlId objectKey property(key: \"name\") objectSchema { pluralLabel } } } }"): (typeof documents)["subscription CustomObjectsRecordEvents { recordEvents { type recordId objectKey record { ghlId objectKey property(key: \"name\") objectSchema { pluralLabel } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomObjectsCreatePixel($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Pixel\", species: \"rabbit\" } }) { record { ghlId } } }"): (typeof documents)["mutation CustomObjectsCreatePixel($objectKey: String!) { createRecord(objectKey: $objectKey, input: { properties: { name: \"Pixel\", species: \"rabbit\" } }) { record { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsCustomProvider { location { customPaymentProvider { ghlId locationId name description paymentsUrl queryUrl imageUrl } } }"): (typeof documents)["query PaymentsCustomProvider { location { customPaymentProvider { ghlId locationId name description paymentsUrl queryUrl imageUrl } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsCreateCustomProvider($input: CreateCustomPaymentProviderInput!) { createCustomPaymentProvider(input: $input) { customPaymentProvider { ghlId name paymentsUrl } } }"): (typeof documents)["mutation PaymentsCreateCustomProvider($input: CreateCustomPaymentProviderInput!) { createCustomPaymentProvider(input: $input) { customPaymentProvider { ghlId name paymentsUrl } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsDeleteCustomProvider { deleteCustomPaymentProvider { succeeded } }"): (typeof documents)["mutation PaymentsDeleteCustomProvider { deleteCustomPaymentProvider { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsConnectCustomProvider($live: PaymentProviderKeysInput!, $test: PaymentProviderKeysInput!) { connectCustomPaymentProvider(live: $live, test: $test) { customPaymentProvider { ghlId name } } }"): (typeof documents)["mutation PaymentsConnectCustomProvider($live: PaymentProviderKeysInput!, $test: PaymentProviderKeysInput!) { connectCustomPaymentProvider(live: $live, test: $test) { customPaymentProvider { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsDisconnectCustomProvider($live: Boolean!) { disconnectCustomPaymentProvider(live: $live) { succeeded } }"): (typeof documents)["mutation PaymentsDisconnectCustomProvider($live: Boolean!) { disconnectCustomPaymentProvider(live: $live) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsCustomProviderCapabilities($on: Boolean!) { updateCustomPaymentProviderCapabilities(supportsSubscriptionSchedule: $on) { succeeded } }"): (typeof documents)["mutation PaymentsCustomProviderCapabilities($on: Boolean!) { updateCustomPaymentProviderCapabilities(supportsSubscriptionSchedule: $on) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsIntegrationProviders($first: Int, $after: String) { location { paymentIntegrationProviders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId uniqueName title provider } } } } }"): (typeof documents)["query PaymentsIntegrationProviders($first: Int, $after: String) { location { paymentIntegrationProviders(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId uniqueName title provider } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsCreateIntegrationProvider($input: CreatePaymentIntegrationProviderInput!) { createPaymentIntegrationProvider(input: $input) { paymentIntegrationProvider { ghlId locationId uniqueName title provider } } }"): (typeof documents)["mutation PaymentsCreateIntegrationProvider($input: CreatePaymentIntegrationProviderInput!) { createPaymentIntegrationProvider(input: $input) { paymentIntegrationProvider { ghlId locationId uniqueName title provider } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contact360Deferred($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    ... @defer(label: \"slow\") {\n      tasks { title completed }\n      notes { body }\n    }\n  }\n}"): (typeof documents)["query Contact360Deferred($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    ... @defer(label: \"slow\") {\n      tasks { title completed }\n      notes { body }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contact360AtOnce($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    tasks { title completed }\n    notes { body }\n  }\n}"): (typeof documents)["query Contact360AtOnce($id: ID!) {\n  contact(id: $id) {\n    name email\n    opportunities(first: 20) { totalCount edges { node { name status } } }\n    invoices(first: 20) { totalCount }\n    tasks { title completed }\n    notes { body }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactTasksStreamed($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }"): (typeof documents)["query ContactTasksStreamed($id: ID!) { contact(id: $id) { tasks @stream(initialCount: 1) { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsContactCount { contacts(first: 1) { totalCount } }"): (typeof documents)["query ErrorsContactCount { contacts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactFoundAndMissing($id: ID!) { found: contact(id: $id) { ghlId } missing: contact(id: \"doesNotExist0000000\") { ghlId } }"): (typeof documents)["query ContactFoundAndMissing($id: ID!) { found: contact(id: $id) { ghlId } missing: contact(id: \"doesNotExist0000000\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsContactById($id: ID!) { contact(id: $id) { ghlId } }"): (typeof documents)["query ErrorsContactById($id: ID!) { contact(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsContactsOfLocation($loc: ID) { contacts(locationId: $loc, first: 1) { totalCount } }"): (typeof documents)["query ErrorsContactsOfLocation($loc: ID) { contacts(locationId: $loc, first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsContactLocation($id: ID!) { contact(id: $id) { locationId } }"): (typeof documents)["query ErrorsContactLocation($id: ID!) { contact(id: $id) { locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrorsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"): (typeof documents)["mutation ErrorsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrorsCreateNever { createContact(input: { firstName: \"Never\" }) { contact { ghlId } } }"): (typeof documents)["mutation ErrorsCreateNever { createContact(input: { firstName: \"Never\" }) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsMissingContact { contact(id: \"doesNotExist0000000\") { ghlId } }"): (typeof documents)["query ErrorsMissingContact { contact(id: \"doesNotExist0000000\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsBadCursor { contacts(first: 1, after: \"%%%\") { totalCount } }"): (typeof documents)["query ErrorsBadCursor { contacts(first: 1, after: \"%%%\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EstimateTemplatesCreate($input: EstimateTemplateInput!) {\n    createEstimateTemplate(input: $input) { estimateTemplate { id ghlId name total currency liveMode estimateNumberPrefix items { name qty amount } discount { type value } } }\n  }\n"): (typeof documents)["\n  mutation EstimateTemplatesCreate($input: EstimateTemplateInput!) {\n    createEstimateTemplate(input: $input) { estimateTemplate { id ghlId name total currency liveMode estimateNumberPrefix items { name qty amount } discount { type value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesList { estimateTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }"): (typeof documents)["query EstimateTemplatesList { estimateTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on EstimateTemplate { name } } byGhlId: estimateTemplate(id: $ghlId) { name items { name } } }"): (typeof documents)["query EstimateTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on EstimateTemplate { name } } byGhlId: estimateTemplate(id: $ghlId) { name items { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesOfLocation { location { ghlId estimateTemplates(first: 50) { totalCount edges { node { ghlId location { ghlId name } } } } } }"): (typeof documents)["query EstimateTemplatesOfLocation { location { ghlId estimateTemplates(first: 50) { totalCount edges { node { ghlId location { ghlId name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimateTemplatesUpdate($id: ID!, $input: EstimateTemplateInput!) { updateEstimateTemplate(id: $id, input: $input) { estimateTemplate { ghlId name total liveMode } } }"): (typeof documents)["mutation EstimateTemplatesUpdate($id: ID!, $input: EstimateTemplateInput!) { updateEstimateTemplate(id: $id, input: $input) { estimateTemplate { ghlId name total liveMode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesReadBack($id: ID!) { estimateTemplate(id: $id) { name total } }"): (typeof documents)["query EstimateTemplatesReadBack($id: ID!) { estimateTemplate(id: $id) { name total } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimateTemplatesDelete($id: ID!) { deleteEstimateTemplate(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation EstimateTemplatesDelete($id: ID!) { deleteEstimateTemplate(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesGone($id: ID!) { estimateTemplate(id: $id) { name } }"): (typeof documents)["query EstimateTemplatesGone($id: ID!) { estimateTemplate(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateTemplatesBlankId { estimateTemplate(id: \" \") { name } }"): (typeof documents)["query EstimateTemplatesBlankId { estimateTemplate(id: \" \") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EstimatesCreate($input: CreateEstimateInput!) {\n    createEstimate(input: $input) { estimate { ghlId locationId name title number numberPrefix status currency total issueDate expiryDate\n      items { name qty amount currency } discount { type value } contactDetails { contactId name } contact { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation EstimatesCreate($input: CreateEstimateInput!) {\n    createEstimate(input: $input) { estimate { ghlId locationId name title number numberPrefix status currency total issueDate expiryDate\n      items { name qty amount currency } discount { type value } contactDetails { contactId name } contact { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimatesList { estimates(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status number total } } } }"): (typeof documents)["query EstimatesList { estimates(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status number total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimatesAccepted { estimates(status: ACCEPTED, first: 50) { totalCount edges { node { ghlId } } } }"): (typeof documents)["query EstimatesAccepted { estimates(status: ACCEPTED, first: 50) { totalCount edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimatesOfContact($c: ID!) { contact(id: $c) { estimates(first: 50) { totalCount edges { node { ghlId contactDetails { contactId } } } } } }"): (typeof documents)["query EstimatesOfContact($c: ID!) { contact(id: $c) { estimates(first: 50) { totalCount edges { node { ghlId contactDetails { contactId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimatesContacts { estimates(first: 50) { edges { node { contactDetails { contactId } contact { ghlId email } } } } }"): (typeof documents)["query EstimatesContacts { estimates(first: 50) { edges { node { contactDetails { contactId } contact { ghlId email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimatesNextNumber { nextEstimateNumber }"): (typeof documents)["query EstimatesNextNumber { nextEstimateNumber }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesUpdate($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId name status total items { name } } } }"): (typeof documents)["mutation EstimatesUpdate($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId name status total items { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesSend($id: ID!, $u: ID!) { sendEstimate(estimateId: $id, input: { userId: $u, action: EMAIL }) { estimate { ghlId status sentByUserId } } }"): (typeof documents)["mutation EstimatesSend($id: ID!, $u: ID!) { sendEstimate(estimateId: $id, input: { userId: $u, action: EMAIL }) { estimate { ghlId status sentByUserId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesInvoice($id: ID!) { createInvoiceFromEstimate(estimateId: $id) {\n        invoice { ghlId status total items { name } contact { ghlId } }\n        estimate { ghlId status invoice { ghlId } } } }"): (typeof documents)["mutation EstimatesInvoice($id: ID!) { createInvoiceFromEstimate(estimateId: $id) {\n        invoice { ghlId status total items { name } contact { ghlId } }\n        estimate { ghlId status invoice { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesInvoiceAgain($id: ID!) { createInvoiceFromEstimate(estimateId: $id) { invoice { ghlId } } }"): (typeof documents)["mutation EstimatesInvoiceAgain($id: ID!) { createInvoiceFromEstimate(estimateId: $id) { invoice { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesDelete($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }"): (typeof documents)["mutation EstimatesDelete($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesDeleteAgain($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }"): (typeof documents)["mutation EstimatesDeleteAgain($id: ID!) { deleteEstimate(estimateId: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimatesUpdateToInvoiced($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId } } }"): (typeof documents)["mutation EstimatesUpdateToInvoiced($id: ID!, $input: UpdateEstimateInput!) { updateEstimate(estimateId: $id, input: $input) { estimate { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupPipelines { pipelines { id name } }"): (typeof documents)["query SetupPipelines { pipelines { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }"): (typeof documents)["query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupCalendars { calendars { id isActive } }"): (typeof documents)["query SetupCalendars { calendars { id isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }"): (typeof documents)["query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsBoard { location { name } contacts(first: 2) { edges { node { ghlId } } } }"): (typeof documents)["query FaultsBoard { location { name } contacts(first: 2) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"): (typeof documents)["mutation FaultsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstForms { forms(first: 2) { totalCount edges { node { id ghlId name locationId } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query FirstForms { forms(first: 2) { totalCount edges { node { id ghlId name locationId } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationFormsAfter($after: String) { location { forms(first: 100, after: $after) { edges { node { ghlId name } } } } }"): (typeof documents)["query LocationFormsAfter($after: String) { location { forms(first: 100, after: $after) { edges { node { ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quizzes { forms(type: QUIZ) { edges { node { name } } } }"): (typeof documents)["query Quizzes { forms(type: QUIZ) { edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstForm { forms(first: 1) { edges { node { id ghlId name } } } }"): (typeof documents)["query FirstForm { forms(first: 1) { edges { node { id ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormNode($id: ID!) { node(id: $id) { ... on Form { ghlId name location { ghlId } } } }"): (typeof documents)["query FormNode($id: ID!) { node(id: $id) { ... on Form { ghlId name location { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormSubmissionsInRange($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-03-01\", endAt: \"2025-10-31\", first: 100) {\n        totalCount edges { node { ghlId name email contactId createdAt answers fieldOrder pageUrl source formId form { ghlId name } } } } }"): (typeof documents)["query FormSubmissionsInRange($formId: ID!) { formSubmissions(formId: $formId, startAt: \"2025-03-01\", endAt: \"2025-10-31\", first: 100) {\n        totalCount edges { node { ghlId name email contactId createdAt answers fieldOrder pageUrl source formId form { ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubmissionContacts { formSubmissions(first: 40) { edges { node { contactId contact { ghlId email } } } } }"): (typeof documents)["query SubmissionContacts { formSubmissions(first: 40) { edges { node { contactId contact { ghlId email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSubmissions { formSubmissions(first: 3) { edges { node { ghlId } } pageInfo { endCursor hasNextPage } } }"): (typeof documents)["query FirstSubmissions { formSubmissions(first: 3) { edges { node { ghlId } } pageInfo { endCursor hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubmissionsAfter($after: String) { formSubmissions(first: 5, after: $after) { edges { node { ghlId } } pageInfo { hasPreviousPage } } }"): (typeof documents)["query SubmissionsAfter($after: String) { formSubmissions(first: 5, after: $after) { edges { node { ghlId } } pageInfo { hasPreviousPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubmissionsBackwards { formSubmissions(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }"): (typeof documents)["query SubmissionsBackwards { formSubmissions(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationSurveys { location { surveys { totalCount edges { node { id ghlId name } } } } }"): (typeof documents)["query LocationSurveys { location { surveys { totalCount edges { node { id ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 50) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }"): (typeof documents)["query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 50) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }"): (typeof documents)["query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }"): (typeof documents)["mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzMalformedGlobalId { nodes(ids: [\"not-an-id\"]) { id } }"): (typeof documents)["query FuzzMalformedGlobalId { nodes(ids: [\"not-an-id\"]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphiqlFirstContacts { location { name } contacts(first: 1) { totalCount edges { node { name } } } }"): (typeof documents)["query GraphiqlFirstContacts { location { name } contacts(first: 1) { totalCount edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphiqlCreateContact($name: String!) { createContact(input: { firstName: $name, tags: [\"graphiql\"] }) { contact { id } } }"): (typeof documents)["mutation GraphiqlCreateContact($name: String!) { createContact(input: { firstName: $name, tags: [\"graphiql\"] }) { contact { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphiqlLiveContactId { contacts(first: 1) { edges { node { ghlId } } } }"): (typeof documents)["query GraphiqlLiveContactId { contacts(first: 1) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CsrfTypename { __typename }"): (typeof documents)["query CsrfTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesEditsCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId number total } } }"): (typeof documents)["mutation InvoicesEditsCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId number total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicesEditsUpdate($id: ID!, $input: UpdateInvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      invoice { id ghlId name title number status issueDate dueDate total amountDue items { name qty amount currency } discount { type value } }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicesEditsUpdate($id: ID!, $input: UpdateInvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      invoice { id ghlId name title number status issueDate dueDate total amountDue items { name qty amount currency } discount { type value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesEditsDelete($id: ID!) { deleteInvoice(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation InvoicesEditsDelete($id: ID!) { deleteInvoice(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesEditsRead($id: ID!) { invoice(id: $id) { ghlId name } }"): (typeof documents)["query InvoicesEditsRead($id: ID!) { invoice(id: $id) { ghlId name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesEditsNextNumber { nextInvoiceNumber }"): (typeof documents)["query InvoicesEditsNextNumber { nextInvoiceNumber }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesLateFees($id: ID!, $input: LateFeesInput!) {\n    updateInvoiceLateFees(id: $id, input: $input) { invoice { ghlId lateFees { enabled type value interval intervalCount graceDays maxTotal } } }\n  }"): (typeof documents)["mutation InvoicesLateFees($id: ID!, $input: LateFeesInput!) {\n    updateInvoiceLateFees(id: $id, input: $input) { invoice { ghlId lateFees { enabled type value interval intervalCount graceDays maxTotal } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesTemplateLateFees($id: ID!, $input: LateFeesInput!) { updateInvoiceTemplateLateFees(id: $id, input: $input) { invoiceTemplate { ghlId lateFees { type value interval } } } }"): (typeof documents)["mutation InvoicesTemplateLateFees($id: ID!, $input: LateFeesInput!) { updateInvoiceTemplateLateFees(id: $id, input: $input) { invoiceTemplate { ghlId lateFees { type value interval } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesSettings { location { invoiceSettings { locationId title termsNote invoiceNumberPrefix dueAfterDays minimumPartialPaymentPercent\n        estimatesTitle estimatesTermsNote estimateNumberPrefix estimatesExpireAfterDays } } }"): (typeof documents)["query InvoicesSettings { location { invoiceSettings { locationId title termsNote invoiceNumberPrefix dueAfterDays minimumPartialPaymentPercent\n        estimatesTitle estimatesTermsNote estimateNumberPrefix estimatesExpireAfterDays } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceScheduleAutoPayment($id: ID!, $input: InvoiceAutoPaymentInput!) {\n    setInvoiceScheduleAutoPayment(id: $id, input: $input) { invoiceSchedule { ghlId autoPayment { enabled paymentMethodId customerId type } } }\n  }\n"): (typeof documents)["\n  mutation InvoiceScheduleAutoPayment($id: ID!, $input: InvoiceAutoPaymentInput!) {\n    setInvoiceScheduleAutoPayment(id: $id, input: $input) { invoiceSchedule { ghlId autoPayment { enabled paymentMethodId customerId type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InvoiceTemplatePaymentMethods($id: ID!, $input: InvoicePaymentMethodsInput!) {\n            updateInvoiceTemplatePaymentMethods(id: $id, input: $input) { invoiceTemplate { ghlId paymentMethods { stripeBankDebitOnly } } }\n          }\n        "): (typeof documents)["\n          mutation InvoiceTemplatePaymentMethods($id: ID!, $input: InvoicePaymentMethodsInput!) {\n            updateInvoiceTemplatePaymentMethods(id: $id, input: $input) { invoiceTemplate { ghlId paymentMethods { stripeBankDebitOnly } } }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceTemplatePaymentMethodsRead($id: ID!) { invoiceTemplate(id: $id) { paymentMethods { stripeBankDebitOnly } } }"): (typeof documents)["query InvoiceTemplatePaymentMethodsRead($id: ID!) { invoiceTemplate(id: $id) { paymentMethods { stripeBankDebitOnly } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceScheduleAutoPaymentRead($id: ID!) { invoiceSchedule(id: $id) { autoPayment { enabled } } }"): (typeof documents)["query InvoiceScheduleAutoPaymentRead($id: ID!) { invoiceSchedule(id: $id) { autoPayment { enabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceScheduleReschedule($id: ID!) { rescheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status contact { ghlId } } } }"): (typeof documents)["mutation InvoiceScheduleReschedule($id: ID!) { rescheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status contact { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceScheduleRescheduleBlank { rescheduleInvoiceSchedule(id: \" \") { invoiceSchedule { id } } }"): (typeof documents)["mutation InvoiceScheduleRescheduleBlank { rescheduleInvoiceSchedule(id: \" \") { invoiceSchedule { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceSchedulesCreate($input: InvoiceScheduleInput!) {\n    createInvoiceSchedule(input: $input) { invoiceSchedule { id ghlId name status total currency\n      recurrence { intervalType interval startDate count dayOfMonth } items { name amount } contact { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation InvoiceSchedulesCreate($input: InvoiceScheduleInput!) {\n    createInvoiceSchedule(input: $input) { invoiceSchedule { id ghlId name status total currency\n      recurrence { intervalType interval startDate count dayOfMonth } items { name amount } contact { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceSchedulesList { invoiceSchedules(first: 50) { totalCount edges { node { ghlId status total contact { ghlId } recurrence { intervalType } } } } }"): (typeof documents)["query InvoiceSchedulesList { invoiceSchedules(first: 50) { totalCount edges { node { ghlId status total contact { ghlId } recurrence { intervalType } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceSchedulesActive { invoiceSchedules(status: ACTIVE, first: 50) { edges { node { ghlId } } } }"): (typeof documents)["query InvoiceSchedulesActive { invoiceSchedules(status: ACTIVE, first: 50) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceSchedulesOne($id: ID!) { invoiceSchedule(id: $id) { id ghlId name locationId } }"): (typeof documents)["query InvoiceSchedulesOne($id: ID!) { invoiceSchedule(id: $id) { id ghlId name locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceSchedulesNode($id: ID!) { node(id: $id) { ... on InvoiceSchedule { ghlId } } }"): (typeof documents)["query InvoiceSchedulesNode($id: ID!) { node(id: $id) { ... on InvoiceSchedule { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceSchedulesTwice($id: ID!, $node: ID!) { a: invoiceSchedule(id: $id) { name } b: invoiceSchedule(id: $node) { name } }"): (typeof documents)["query InvoiceSchedulesTwice($id: ID!, $node: ID!) { a: invoiceSchedule(id: $id) { name } b: invoiceSchedule(id: $node) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceSchedulesStart($id: ID!) { scheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }"): (typeof documents)["mutation InvoiceSchedulesStart($id: ID!) { scheduleInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceSchedulesUpdate($id: ID!, $input: InvoiceScheduleInput!) { updateInvoiceSchedule(id: $id, input: $input) { invoiceSchedule { name total } } }"): (typeof documents)["mutation InvoiceSchedulesUpdate($id: ID!, $input: InvoiceScheduleInput!) { updateInvoiceSchedule(id: $id, input: $input) { invoiceSchedule { name total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceSchedulesCancel($id: ID!) { cancelInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }"): (typeof documents)["mutation InvoiceSchedulesCancel($id: ID!) { cancelInvoiceSchedule(id: $id) { invoiceSchedule { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceSchedulesDelete($id: ID!) { deleteInvoiceSchedule(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation InvoiceSchedulesDelete($id: ID!) { deleteInvoiceSchedule(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceTemplatesCreate($input: InvoiceTemplateInput!) {\n    createInvoiceTemplate(input: $input) { invoiceTemplate { id ghlId name total currency items { name qty amount } discount { type value } } }\n  }\n"): (typeof documents)["\n  mutation InvoiceTemplatesCreate($input: InvoiceTemplateInput!) {\n    createInvoiceTemplate(input: $input) { invoiceTemplate { id ghlId name total currency items { name qty amount } discount { type value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceTemplatesList { invoiceTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }"): (typeof documents)["query InvoiceTemplatesList { invoiceTemplates(first: 50) { totalCount edges { node { id ghlId name total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on InvoiceTemplate { name } } byGhlId: invoiceTemplate(id: $ghlId) { name } }"): (typeof documents)["query InvoiceTemplatesOne($id: ID!, $ghlId: ID!) { byNode: node(id: $id) { ... on InvoiceTemplate { name } } byGhlId: invoiceTemplate(id: $ghlId) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceTemplatesUpdate($id: ID!, $input: InvoiceTemplateInput!) { updateInvoiceTemplate(id: $id, input: $input) { invoiceTemplate { ghlId name total } } }"): (typeof documents)["mutation InvoiceTemplatesUpdate($id: ID!, $input: InvoiceTemplateInput!) { updateInvoiceTemplate(id: $id, input: $input) { invoiceTemplate { ghlId name total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceTemplatesDelete($id: ID!) { deleteInvoiceTemplate(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation InvoiceTemplatesDelete($id: ID!) { deleteInvoiceTemplate(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceTextToPay($input: TextToPayInvoiceInput!) {\n    textToPayInvoice(input: $input) { invoiceUrl invoice { id ghlId status total number contact { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation InvoiceTextToPay($input: TextToPayInvoiceInput!) {\n    textToPayInvoice(input: $input) { invoiceUrl invoice { id ghlId status total number contact { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceTextToPayReadBack($id: ID!) { invoice(id: $id) { status total } }"): (typeof documents)["query InvoiceTextToPayReadBack($id: ID!) { invoice(id: $id) { status total } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceVisit($id: ID!) { recordInvoiceVisit(id: $id) { invoice { ghlId lastVisitedAt } } }"): (typeof documents)["mutation InvoiceVisit($id: ID!) { recordInvoiceVisit(id: $id) { invoice { ghlId lastVisitedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimateVisit($id: ID!) { recordEstimateVisit(estimateId: $id) { succeeded } }"): (typeof documents)["mutation EstimateVisit($id: ID!) { recordEstimateVisit(estimateId: $id) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EstimateVisitReadBack { estimates(first: 50) { edges { node { ghlId lastVisitedAt } } } }"): (typeof documents)["query EstimateVisitReadBack { estimates(first: 50) { edges { node { ghlId lastVisitedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceVisitBlank { recordInvoiceVisit(id: \" \") { invoice { id } } }"): (typeof documents)["mutation InvoiceVisitBlank { recordInvoiceVisit(id: \" \") { invoice { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimateVisitBlank { recordEstimateVisit(estimateId: \" \") { succeeded } }"): (typeof documents)["mutation EstimateVisitBlank { recordEstimateVisit(estimateId: \" \") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EstimateVisitUnknown { recordEstimateVisit(estimateId: \"no-such-estimate\") { succeeded } }"): (typeof documents)["mutation EstimateVisitUnknown { recordEstimateVisit(estimateId: \"no-such-estimate\") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesGlobalId($id: ID!) { invoice(id: $id) { id } }"): (typeof documents)["query InvoicesGlobalId($id: ID!) { invoice(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesFirstFive { invoices(first: 5) { totalCount edges { node { ghlId } } pageInfo { hasNextPage hasPreviousPage } } }"): (typeof documents)["query InvoicesFirstFive { invoices(first: 5) { totalCount edges { node { ghlId } } pageInfo { hasNextPage hasPreviousPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesPage($after: String) { invoices(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ghlId } } } }"): (typeof documents)["query InvoicesPage($after: String) { invoices(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesPaid { invoices(status: PAID, first: 100) { totalCount edges { node { ghlId status } } } }"): (typeof documents)["query InvoicesPaid { invoices(status: PAID, first: 100) { totalCount edges { node { ghlId status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesOfContact($c: ID) { invoices(contactId: $c, first: 100) { totalCount edges { node { ghlId contactDetails { contactId } } } } }"): (typeof documents)["query InvoicesOfContact($c: ID) { invoices(contactId: $c, first: 100) { totalCount edges { node { ghlId contactDetails { contactId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesIssuedOn($d: Date) { invoices(startAt: $d, endAt: $d, first: 100) { totalCount edges { node { issueDate } } } }"): (typeof documents)["query InvoicesIssuedOn($d: Date) { invoices(startAt: $d, endAt: $d, first: 100) { totalCount edges { node { issueDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesSearch($q: String) { invoices(query: $q, first: 100) { totalCount } }"): (typeof documents)["query InvoicesSearch($q: String) { invoices(query: $q, first: 100) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesAllFields($id: ID!) { invoice(id: $id) {\n        id ghlId locationId name title number status liveMode currency issueDate dueDate\n        total invoiceTotal amountPaid amountDue\n        items { ghlId name description qty amount currency }\n        discount { type value }\n        totalSummary { subTotal discount tax }\n        contactDetails { contactId name email phone }\n      } }"): (typeof documents)["query InvoicesAllFields($id: ID!) { invoice(id: $id) {\n        id ghlId locationId name title number status liveMode currency issueDate dueDate\n        total invoiceTotal amountPaid amountDue\n        items { ghlId name description qty amount currency }\n        discount { type value }\n        totalSummary { subTotal discount tax }\n        contactDetails { contactId name email phone }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesByGlobalIdAndNode($id: ID!) { invoice(id: $id) { ghlId } node(id: $id) { id ... on Invoice { ghlId } } }"): (typeof documents)["query InvoicesByGlobalIdAndNode($id: ID!) { invoice(id: $id) { ghlId } node(id: $id) { id ... on Invoice { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesLinks($id: ID!, $c: ID!, $status: InvoiceStatus) {\n         invoice(id: $id) { contact { ghlId } location { ghlId } }\n         contact(id: $c) { invoices(first: 50) { totalCount edges { node { ghlId } } } }\n         location { invoices(first: 3, status: $status) { edges { node { status locationId } } } }\n       }"): (typeof documents)["query InvoicesLinks($id: ID!, $c: ID!, $status: InvoiceStatus) {\n         invoice(id: $id) { contact { ghlId } location { ghlId } }\n         contact(id: $c) { invoices(first: 50) { totalCount edges { node { ghlId } } } }\n         location { invoices(first: 3, status: $status) { edges { node { status locationId } } } }\n       }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId status name currency total amountDue amountPaid issueDate dueDate items { name qty amount currency } discount { type value } contactDetails { contactId name email } contact { ghlId } } } }"): (typeof documents)["mutation InvoicesCreate($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ghlId status name currency total amountDue amountPaid issueDate dueDate items { name qty amount currency } discount { type value } contactDetails { contactId name email } contact { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesSendManually($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { ghlId status } } }"): (typeof documents)["mutation InvoicesSendManually($id: ID!, $u: ID!) { sendInvoice(id: $id, input: { userId: $u, action: SEND_MANUALLY }) { invoice { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesPayPartByCheque($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CHEQUE, amount: 60, cheque: { number: \"1042\" }, notes: \"first part\" }) {\n         success invoice { status amountPaid amountDue } } }"): (typeof documents)["mutation InvoicesPayPartByCheque($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CHEQUE, amount: 60, cheque: { number: \"1042\" }, notes: \"first part\" }) {\n         success invoice { status amountPaid amountDue } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesPayRestByCard($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 300, card: { brand: \"visa\", last4: \"4242\" }, notes: \"the rest\" }) {\n         invoice { status amountPaid amountDue } } }"): (typeof documents)["mutation InvoicesPayRestByCard($id: ID!) { recordInvoicePayment(id: $id, input: { mode: CARD, amount: 300, card: { brand: \"visa\", last4: \"4242\" }, notes: \"the rest\" }) {\n         invoice { status amountPaid amountDue } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { ghlId status } } }"): (typeof documents)["mutation InvoicesVoid($id: ID!) { voidInvoice(id: $id) { invoice { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesUnknownNextToLocation { invoice(id: \"inv0000000000000000000\") { ghlId } location { ghlId } }"): (typeof documents)["query InvoicesUnknownNextToLocation { invoice(id: \"inv0000000000000000000\") { ghlId } location { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesVoidUnknown { voidInvoice(id: \"inv0000000000000000000\") { invoice { id } } }"): (typeof documents)["mutation InvoicesVoidUnknown { voidInvoice(id: \"inv0000000000000000000\") { invoice { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesOfLocation($l: ID) { invoices(locationId: $l) { totalCount } }"): (typeof documents)["query InvoicesOfLocation($l: ID) { invoices(locationId: $l) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesOne($id: ID!) { invoice(id: $id) { ghlId } }"): (typeof documents)["query InvoicesOne($id: ID!) { invoice(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesWithContacts { invoices(first: 20) { edges { node { ghlId contactDetails { contactId } contact { ghlId name } } } } }"): (typeof documents)["query InvoicesWithContacts { invoices(first: 20) { edges { node { ghlId contactDetails { contactId } contact { ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderDealsOldestFirst { opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }"): (typeof documents)["query ListOrderDealsOldestFirst { opportunities(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderDealsOldestFirstAfter($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }"): (typeof documents)["query ListOrderDealsOldestFirstAfter($after: String) { opportunities(first: 10, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderDealsDefaultAfter($after: String) { opportunities(first: 10, after: $after) { totalCount } }"): (typeof documents)["query ListOrderDealsDefaultAfter($after: String) { opportunities(first: 10, after: $after) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderDealsOfDay($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }"): (typeof documents)["query ListOrderDealsOfDay($day: Date) { opportunities(first: 100, createdAt: { from: $day, to: $day }) { totalCount edges { node { ghlId createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderInvoicesAsc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }"): (typeof documents)["query ListOrderInvoicesAsc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { ghlId issueDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderInvoicesDesc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }"): (typeof documents)["query ListOrderInvoicesDesc { invoices(first: 100, orderBy: { field: ISSUE_DATE, direction: DESC }) { edges { node { issueDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderInboundSince($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }"): (typeof documents)["query ListOrderInboundSince($from: DateTime) { conversations(first: 100, lastMessageDirection: INBOUND, createdAt: { from: $from }) { edges { node { ghlId lastMessageDirection createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsAsc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }"): (typeof documents)["query ListOrderConversationsAsc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId lastMessageDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsFirstFive { conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }"): (typeof documents)["query ListOrderConversationsFirstFive { conversations(first: 5, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { pageInfo { endCursor } edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsNextFive($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }"): (typeof documents)["query ListOrderConversationsNextFive($after: String) { conversations(first: 5, after: $after, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsDesc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }"): (typeof documents)["query ListOrderConversationsDesc { conversations(first: 100, orderBy: { field: LAST_MESSAGE_DATE, direction: DESC }) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsDeprecatedSort { conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }"): (typeof documents)["query ListOrderConversationsDeprecatedSort { conversations(first: 100, sort: ASC) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrderConversationsBothSorts { conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }"): (typeof documents)["query ListOrderConversationsBothSorts { conversations(first: 5, sort: ASC, orderBy: { field: LAST_MESSAGE_DATE, direction: ASC }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }"): (typeof documents)["query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }"): (typeof documents)["query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }"): (typeof documents)["mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }"): (typeof documents)["query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }"): (typeof documents)["mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsSearchFirst { locations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { ghlId name companyId } } } }"): (typeof documents)["query LocationsSearchFirst { locations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { ghlId name companyId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsSearchFull { locations(first: 3) { edges { node { name domain business { name } } } } }"): (typeof documents)["query LocationsSearchFull { locations(first: 3) { edges { node { name domain business { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { id ghlId name city timezone companyId } } }"): (typeof documents)["mutation LocationsCreate($input: CreateLocationInput!) { createLocation(input: $input) { location { id ghlId name city timezone companyId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsUpdate($id: ID!) { updateLocation(id: $id, input: { website: \"https://updated-website.com\", settings: { allowDuplicateContact: true } }) {\n         location { ghlId website settings { allowDuplicateContact allowDuplicateOpportunity } } } }"): (typeof documents)["mutation LocationsUpdate($id: ID!) { updateLocation(id: $id, input: { website: \"https://updated-website.com\", settings: { allowDuplicateContact: true } }) {\n         location { ghlId website settings { allowDuplicateContact allowDuplicateOpportunity } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsOtherCompany { locations(companyId: \"someOtherCompany\") { edges { node { ghlId } } } }"): (typeof documents)["query LocationsOtherCompany { locations(companyId: \"someOtherCompany\") { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsTimezones { timezones }"): (typeof documents)["query LocationsTimezones { timezones }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsTags { location { tags { id ghlId name } } }"): (typeof documents)["query LocationsTags { location { tags { id ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsCreateTag { createLocationTag(name: \"VIP Customer\") { tag { id name locationId } } }"): (typeof documents)["mutation LocationsCreateTag { createLocationTag(name: \"VIP Customer\") { tag { id name locationId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsRenameTag($id: ID!) { updateLocationTag(id: $id, name: \"renamed tag\") { tag { id name } } }"): (typeof documents)["mutation LocationsRenameTag($id: ID!) { updateLocationTag(id: $id, name: \"renamed tag\") { tag { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation LocationsDeleteTag($id: ID!) { deleteLocationTag(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsTagsAfter { location { tags { ghlId } } }"): (typeof documents)["query LocationsTagsAfter { location { tags { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsTagNames { location { tags { name } } }"): (typeof documents)["query LocationsTagNames { location { tags { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsCreateTaggedContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId tags } } }"): (typeof documents)["mutation LocationsCreateTaggedContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId tags } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsUpdateContactTags($id: ID!) { updateContact(id: $id, input: { tags: [\"from update\"] }) { contact { tags } } }"): (typeof documents)["mutation LocationsUpdateContactTags($id: ID!) { updateContact(id: $id, input: { tags: [\"from update\"] }) { contact { tags } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsAddContactTags($id: ID!) { addContactTags(id: $id, tags: [\"From Add\", \"FROM CREATE\"]) { tags } }"): (typeof documents)["mutation LocationsAddContactTags($id: ID!) { addContactTags(id: $id, tags: [\"From Add\", \"FROM CREATE\"]) { tags } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsDuplicateTag($name: String!) { createLocationTag(name: $name) { tag { id } } }"): (typeof documents)["mutation LocationsDuplicateTag($name: String!) { createLocationTag(name: $name) { tag { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsOtherTags($id: ID!) { location(id: $id) { tags { id } } }"): (typeof documents)["query LocationsOtherTags($id: ID!) { location(id: $id) { tags { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsContactCustomFields { contacts(first: 50) { edges { node { customFields { fieldId value field { ghlId name dataType fieldKey } } } } } }"): (typeof documents)["query LocationsContactCustomFields { contacts(first: 50) { edges { node { customFields { fieldId value field { ghlId name dataType fieldKey } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsCreateCustomField { createCustomField(input: { name: \"Company Size\", dataType: TEXT, placeholder: \"Enter company size\" }) {\n         customField { id ghlId name fieldKey dataType placeholder model } } }"): (typeof documents)["mutation LocationsCreateCustomField { createCustomField(input: { name: \"Company Size\", dataType: TEXT, placeholder: \"Enter company size\" }) {\n         customField { id ghlId name fieldKey dataType placeholder model } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsUpdateCustomField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name placeholder } } }"): (typeof documents)["mutation LocationsUpdateCustomField($id: ID!) { updateCustomField(id: $id, input: { placeholder: \"e.g., 1-50 employees\" }) { customField { name placeholder } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsCustomFields { location { customFields(model: CONTACT) { ghlId } } }"): (typeof documents)["query LocationsCustomFields { location { customFields(model: CONTACT) { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsDeleteCustomField($id: ID!, $loc: ID) { deleteCustomField(id: $id, locationId: $loc) { deletedGhlId } }"): (typeof documents)["mutation LocationsDeleteCustomField($id: ID!, $loc: ID) { deleteCustomField(id: $id, locationId: $loc) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsCreateCustomValue { createCustomValue(input: { name: \"Support Email\", value: \"help@example.com\" }) { customValue { id name fieldKey value } } }"): (typeof documents)["mutation LocationsCreateCustomValue { createCustomValue(input: { name: \"Support Email\", value: \"help@example.com\" }) { customValue { id name fieldKey value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocationsUpdateCustomValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"support@example.com\" }) { customValue { id name value } } }"): (typeof documents)["mutation LocationsUpdateCustomValue($id: ID!) { updateCustomValue(id: $id, input: { value: \"support@example.com\" }) { customValue { id name value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsCustomValues { location { customValues { id value } } }"): (typeof documents)["query LocationsCustomValues { location { customValues { id value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationsCustomValueNode($id: ID!) { node(id: $id) { ... on CustomValue { name location { ghlId } } } }"): (typeof documents)["query LocationsCustomValueNode($id: ID!) { node(id: $id) { ... on CustomValue { name location { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LongTailFirstContact { contacts(first: 1) { edges { node { ghlId name } } } }"): (typeof documents)["query LongTailFirstContact { contacts(first: 1) { edges { node { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LongTailGetContact($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name locationId } } } } }"): (typeof documents)["query LongTailGetContact($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name locationId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LongTailGetContactName($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name } } } } }"): (typeof documents)["query LongTailGetContactName($id: String!) { ghl { contacts { getContact(contactId: $id) { contact { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }"): (typeof documents)["query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }"): (typeof documents)["query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }"): (typeof documents)["query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }"): (typeof documents)["mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }"): (typeof documents)["query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }"): (typeof documents)["mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }"): (typeof documents)["mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }"): (typeof documents)["mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocationFunnels { location { funnels(first: 50) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }"): (typeof documents)["query LocationFunnels { location { funnels(first: 50) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Websites { funnels(type: WEBSITE) { edges { node { type } } } }"): (typeof documents)["query Websites { funnels(type: WEBSITE) { edges { node { type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FunnelFirstPages($id: ID!) { node(id: $id) { __typename ... on Funnel { name pages(first: 2) { edges { node { ghlId name stepId } } pageInfo { hasNextPage endCursor } } } } }"): (typeof documents)["query FunnelFirstPages($id: ID!) { node(id: $id) { __typename ... on Funnel { name pages(first: 2) { edges { node { ghlId name stepId } } pageInfo { hasNextPage endCursor } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FunnelMorePages($id: ID!, $after: String) { node(id: $id) { __typename ... on Funnel { pages(first: 100, after: $after) { edges { node { ghlId } } } } } }"): (typeof documents)["query FunnelMorePages($id: ID!, $after: String) { node(id: $id) { __typename ... on Funnel { pages(first: 100, after: $after) { edges { node { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId domain path target action type locationId } } }"): (typeof documents)["mutation CreateRedirect($input: CreateRedirectInput!) { createRedirect(input: $input) { redirect { ghlId domain path target action type locationId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SocialAccounts { socialAccounts { ghlId name platform isExpired } }"): (typeof documents)["query SocialAccounts { socialAccounts { ghlId name platform isExpired } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SocialPosts { socialPosts(first: 100) { totalCount edges { node { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } } } } }"): (typeof documents)["query SocialPosts { socialPosts(first: 100) { totalCount edges { node { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftSocialPosts { socialPosts(show: DRAFT) { edges { node { status } } } }"): (typeof documents)["query DraftSocialPosts { socialPosts(show: DRAFT) { edges { node { status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSocialPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } createdBy } } }"): (typeof documents)["mutation CreateSocialPost($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { id ghlId summary status type accountIds mediaUrls displayDate accounts { ghlId platform } createdBy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditSocialPost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { id summary type status } } }"): (typeof documents)["mutation EditSocialPost($id: ID!) { updateSocialPost(id: $id, input: { summary: \"Updated post content #updated\" }) { post { id summary type status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSocialPost($id: ID!) { deleteSocialPost(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation DeleteSocialPost($id: ID!) { deleteSocialPost(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SocialPostNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query SocialPostNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSocialPostToUnconnected($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ghlId } } }"): (typeof documents)["mutation CreateSocialPostToUnconnected($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MsgDownloadThread($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type recording { url contentType fileName } transcriptionFile { url contentType fileName } } } } }\n  }\n"): (typeof documents)["\n  query MsgDownloadThread($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type recording { url contentType fileName } transcriptionFile { url contentType fileName } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MsgDownloadMessage($id: ID!) {\n    node(id: $id) { ... on Message { ghlId transcript { text } recording { url contentType fileName } transcriptionFile { url contentType fileName } } }\n  }\n"): (typeof documents)["\n  query MsgDownloadMessage($id: ID!) {\n    node(id: $id) { ... on Message { ghlId transcript { text } recording { url contentType fileName } transcriptionFile { url contentType fileName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MsgDownloadLocation($id: ID!) { location(id: $id) { ghlId } }"): (typeof documents)["query MsgDownloadLocation($id: ID!) { location(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MsgDownloadRaw($id: String!) { ghl { conversations { getMessageRecording(messageId: $id) downloadMessageTranscription(messageId: $id) } } }"): (typeof documents)["query MsgDownloadRaw($id: String!) { ghl { conversations { getMessageRecording(messageId: $id) downloadMessageTranscription(messageId: $id) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesCreateSubtype($input: CreateConversationSubtypeInput!) {\n    createConversationSubtype(input: $input) { conversationSubtype { id ghlId name description channel language archived location { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation PreferencesCreateSubtype($input: CreateConversationSubtypeInput!) {\n    createConversationSubtype(input: $input) { conversationSubtype { id ghlId name description channel language archived location { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesUpdateSubtype($id: ID!, $input: UpdateConversationSubtypeInput!) {\n    updateConversationSubtype(id: $id, input: $input) { conversationSubtype { ghlId name description archived } }\n  }\n"): (typeof documents)["\n  mutation PreferencesUpdateSubtype($id: ID!, $input: UpdateConversationSubtypeInput!) {\n    updateConversationSubtype(id: $id, input: $input) { conversationSubtype { ghlId name description archived } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesLocationSubtypes($includeArchived: Boolean) {\n    location { conversationSubtypes(includeArchived: $includeArchived) { ghlId name channel archived } }\n  }\n"): (typeof documents)["\n  query PreferencesLocationSubtypes($includeArchived: Boolean) {\n    location { conversationSubtypes(includeArchived: $includeArchived) { ghlId name channel archived } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreferencesSubtypeNode($id: ID!) { node(id: $id) { ... on ConversationSubtype { ghlId name } } }"): (typeof documents)["query PreferencesSubtypeNode($id: ID!) { node(id: $id) { ... on ConversationSubtype { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesContactSubscriptions($id: ID!) {\n    contact(id: $id) { emailSubscriptions { email subtypeName status updatedAt subtype { ghlId name } } }\n  }\n"): (typeof documents)["\n  query PreferencesContactSubscriptions($id: ID!) {\n    contact(id: $id) { emailSubscriptions { email subtypeName status updatedAt subtype { ghlId name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesChangeSubscription($input: ChangeEmailSubscriptionInput!) {\n    changeEmailSubscription(input: $input) { contact { ghlId } emailSubscriptions { subtypeName status subtype { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation PreferencesChangeSubscription($input: ChangeEmailSubscriptionInput!) {\n    changeEmailSubscription(input: $input) { contact { ghlId } emailSubscriptions { subtypeName status subtype { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesContactsSubscriptions($first: Int) {\n    contacts(first: $first) { edges { node { ghlId emailSubscriptions { subtypeName status subtype { ghlId name } } } } }\n  }\n"): (typeof documents)["\n  query PreferencesContactsSubscriptions($first: Int) {\n    contacts(first: $first) { edges { node { ghlId emailSubscriptions { subtypeName status subtype { ghlId name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthLocation($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"): (typeof documents)["\n  query OAuthLocation($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthInstalls {\n    installedLocations {\n      locationId\n      companyId\n      source\n      installedAt\n      location {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthInstalls {\n    installedLocations {\n      locationId\n      companyId\n      source\n      installedAt\n      location {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OAuthContactsElsewhere($l: ID) { contacts(locationId: $l, first: 1) { totalCount } }"): (typeof documents)["query OAuthContactsElsewhere($l: ID) { contacts(locationId: $l, first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OAuthCreateContactElsewhere($l: ID) { createContact(input: { locationId: $l, firstName: \"Eve\" }) { contact { ghlId } } }"): (typeof documents)["mutation OAuthCreateContactElsewhere($l: ID) { createContact(input: { locationId: $l, firstName: \"Eve\" }) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OAuthInvoicesElsewhere($l: ID) { invoices(locationId: $l, first: 1) { edges { cursor } } }"): (typeof documents)["query OAuthInvoicesElsewhere($l: ID) { invoices(locationId: $l, first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OAuthEvents($l: ID) { events(locationId: $l) { type locationId entityId } }"): (typeof documents)["subscription OAuthEvents($l: ID) { events(locationId: $l) { type locationId entityId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OAuthCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"): (typeof documents)["mutation OAuthCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OAuthInstalledOverSocket { installedLocations { locationId } }"): (typeof documents)["query OAuthInstalledOverSocket { installedLocations { locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OAuthInstallsBySource { installedLocations { locationId source companyId } }"): (typeof documents)["query OAuthInstallsBySource { installedLocations { locationId source companyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpsContacts { contacts(first: 2) { totalCount } }"): (typeof documents)["query OpsContacts { contacts(first: 2) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpsRefused { contacts(first: 1) { totalCount } }"): (typeof documents)["query OpsRefused { contacts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpsDenied { contacts(first: 1) { totalCount } }"): (typeof documents)["query OpsDenied { contacts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n"): (typeof documents)["\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n"): (typeof documents)["\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n"): (typeof documents)["\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }"): (typeof documents)["query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n"): (typeof documents)["\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n"): (typeof documents)["\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }"): (typeof documents)["mutation OpportunitiesDelete($id: ID!) { deleteOpportunity(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesPipelines { pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }"): (typeof documents)["query OpportunitiesPipelines { pipelines { id ghlId name stages { ghlId name position pipeline { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesOfPipeline($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {\n           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }"): (typeof documents)["query OpportunitiesOfPipeline($p: ID!, $after: String) { opportunities(pipelineId: $p, first: 40, after: $after) {\n           totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId pipelineId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesEmbeddedContact { opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }"): (typeof documents)["query OpportunitiesEmbeddedContact { opportunities(first: 10) { edges { node { contact { ghlId name email phone companyName tags } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesFullContact { opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }"): (typeof documents)["query OpportunitiesFullContact { opportunities(first: 10) { edges { node { contact { ghlId name firstName city } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesWon { opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }"): (typeof documents)["query OpportunitiesWon { opportunities(status: WON, first: 20) { edges { node { id ghlId status stage { ghlId } contactId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesOfContact($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }"): (typeof documents)["query OpportunitiesOfContact($c: ID!) { opportunities(contactId: $c) { edges { node { contactId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesByIdAndNode($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { __typename ... on Opportunity { ghlId } } }"): (typeof documents)["query OpportunitiesByIdAndNode($id: ID!, $g: ID!) { opportunity(id: $g) { ghlId name } node(id: $id) { __typename ... on Opportunity { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesInStage($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }"): (typeof documents)["query OpportunitiesInStage($s: ID!) { opportunities(stageId: $s, first: 50) { edges { node { stageId stage { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesLocationBoard { location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }"): (typeof documents)["query OpportunitiesLocationBoard { location { pipelines { name stages { name opportunities(first: 5) { totalCount edges { node { stageId } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesCreateDeal($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }"): (typeof documents)["mutation OpportunitiesCreateDeal($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId name status monetaryValue stage { ghlId } contact { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesMoveStage($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }"): (typeof documents)["mutation OpportunitiesMoveStage($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { stage { ghlId name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }"): (typeof documents)["mutation OpportunitiesWin($id: ID!) { updateOpportunityStatus(id: $id, status: WON) { opportunity { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesCreateField { createCustomField(input: { name: \"Deal source\", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }"): (typeof documents)["mutation OpportunitiesCreateField { createCustomField(input: { name: \"Deal source\", dataType: TEXT, model: OPPORTUNITY }) { customField { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesCreateWithField($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }"): (typeof documents)["mutation OpportunitiesCreateWithField($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId customFields { fieldId value field { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesUpdateField($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }"): (typeof documents)["mutation OpportunitiesUpdateField($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { opportunity { customFields { fieldId value } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesNegativeValue { updateOpportunity(id: \"x\", input: { monetaryValue: -5 }) { opportunity { ghlId } } }"): (typeof documents)["mutation OpportunitiesNegativeValue { updateOpportunity(id: \"x\", input: { monetaryValue: -5 }) { opportunity { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesMissing { opportunity(id: \"nope0000000000000000\") { ghlId } }"): (typeof documents)["query OpportunitiesMissing { opportunity(id: \"nope0000000000000000\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesOtherTenant { opportunities(first: 1) { totalCount } }"): (typeof documents)["query OpportunitiesOtherTenant { opportunities(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4OpportunitySearchPage($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String, $query: String) {\n  location { opportunitySearch(first: 25, after: $after, filter: $filter, orderBy: $orderBy, query: $query) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId status pipelineId stageId createdAt } } } } }"): (typeof documents)["query R4OpportunitySearchPage($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String, $query: String) {\n  location { opportunitySearch(first: 25, after: $after, filter: $filter, orderBy: $orderBy, query: $query) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId status pipelineId stageId createdAt } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation R4OpportunitySearchCreate($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId } } }"): (typeof documents)["mutation R4OpportunitySearchCreate($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4OpportunitySearchRelations { location { opportunitySearch(first: 30) { edges { node {\n        ghlId contact { ghlId name } pipeline { ghlId name } stage { ghlId name } assignedUser { ghlId name } } } } } }"): (typeof documents)["query R4OpportunitySearchRelations { location { opportunitySearch(first: 30) { edges { node {\n        ghlId contact { ghlId name } pipeline { ghlId name } stage { ghlId name } assignedUser { ghlId name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4OpportunitySearchBad($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String) {\n      location { opportunitySearch(first: 5, filter: $filter, orderBy: $orderBy, after: $after) { totalCount } } }"): (typeof documents)["query R4OpportunitySearchBad($filter: OpportunitySearchFilter, $orderBy: OpportunityOrder, $after: String) {\n      location { opportunitySearch(first: 5, filter: $filter, orderBy: $orderBy, after: $after) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4OrderNotesList($id: ID!) {\n        orders(first: 20) { edges { node { ghlId notes { ghlId text createdAt } } } }\n        order(id: $id) { ghlId notes { ghlId text createdAt } }\n      }"): (typeof documents)["query R4OrderNotesList($id: ID!) {\n        orders(first: 20) { edges { node { ghlId notes { ghlId text createdAt } } } }\n        order(id: $id) { ghlId notes { ghlId text createdAt } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation R4OrderNotesPay($id: ID!) {\n        recordOrderPayment(id: $id, input: { mode: CASH, amount: 1, partial: true, notes: \"  Paid a deposit at the counter  \" }) { order { ghlId notes { ghlId text } } }\n      }"): (typeof documents)["mutation R4OrderNotesPay($id: ID!) {\n        recordOrderPayment(id: $id, input: { mode: CASH, amount: 1, partial: true, notes: \"  Paid a deposit at the counter  \" }) { order { ghlId notes { ghlId text } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4OrderNotesBad($id: ID!) { order(id: $id) { notes { text } } }"): (typeof documents)["query R4OrderNotesBad($id: ID!) { order(id: $id) { notes { text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsShipForList($id: ID!, $items: [FulfillmentItemInput!]!) {\n    createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z1\", shippingCarrier: \"UPS\" }] }) {\n      fulfillment { ghlId }\n      order { ghlId fulfillments { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsShipForList($id: ID!, $items: [FulfillmentItemInput!]!) {\n    createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z1\", shippingCarrier: \"UPS\" }] }) {\n      fulfillment { ghlId }\n      order { ghlId fulfillments { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsOrdersFulfillments($id: ID!) {\n        orders(first: 10) { edges { node { ghlId fulfillments { ghlId items { priceId qty } } } } }\n        order(id: $id) { ghlId fulfillments { ghlId } }\n      }"): (typeof documents)["query PaymentsOrdersFulfillments($id: ID!) {\n        orders(first: 10) { edges { node { ghlId fulfillments { ghlId items { priceId qty } } } } }\n        order(id: $id) { ghlId fulfillments { ghlId } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsRecordOrderPayment($id: ID!, $input: RecordOrderPaymentInput!) {\n    recordOrderPayment(id: $id, input: $input) { success order { ghlId status } }\n  }"): (typeof documents)["mutation PaymentsRecordOrderPayment($id: ID!, $input: RecordOrderPaymentInput!) {\n    recordOrderPayment(id: $id, input: $input) { success order { ghlId status } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsSubscription($id: ID!) {\n    paymentSubscription(id: $id) { id ghlId locationId status currency amount providerSubscriptionId paymentProvider sourceType\n      contact { ghlId } order { ghlId } location { ghlId } }\n  }"): (typeof documents)["query PaymentsSubscription($id: ID!) {\n    paymentSubscription(id: $id) { id ghlId locationId status currency amount providerSubscriptionId paymentProvider sourceType\n      contact { ghlId } order { ghlId } location { ghlId } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsSubscriptionNode($id: ID!) { node(id: $id) { id ... on PaymentSubscription { ghlId } } }"): (typeof documents)["query PaymentsSubscriptionNode($id: ID!) { node(id: $id) { id ... on PaymentSubscription { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsAnOrderId { orders(first: 1) { edges { node { id } } } }"): (typeof documents)["query PaymentsAnOrderId { orders(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstOrders { orders(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status amount currency subtotal source { type ghlId } totalProducts } } } }"): (typeof documents)["query FirstOrders { orders(first: 5) { totalCount pageInfo { hasNextPage } edges { node { ghlId status amount currency subtotal source { type ghlId } totalProducts } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersAfter($after: String) { orders(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"): (typeof documents)["query OrdersAfter($after: String) { orders(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersByFilter($c: ID!) {\n        completed: orders(status: COMPLETED, first: 100) { totalCount edges { node { ghlId status } } }\n        unpaid: orders(paymentStatus: UNPAID, first: 100) { totalCount }\n        mine: orders(contactId: $c, first: 100) { edges { node { ghlId contactId } } }\n      }"): (typeof documents)["query OrdersByFilter($c: ID!) {\n        completed: orders(status: COMPLETED, first: 100) { totalCount edges { node { ghlId status } } }\n        unpaid: orders(paymentStatus: UNPAID, first: 100) { totalCount }\n        mine: orders(contactId: $c, first: 100) { edges { node { ghlId contactId } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderLines($id: ID!) { order(id: $id) { id ghlId items { name qty priceId productId unitAmount } contactId } }"): (typeof documents)["query OrderLines($id: ID!) { order(id: $id) { id ghlId items { name qty priceId productId unitAmount } contactId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode($id: ID!) { node(id: $id) { ... on Order { ghlId } } }"): (typeof documents)["query OrderNode($id: ID!) { node(id: $id) { ... on Order { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderContactsEmbedded { orders(first: 20) { edges { node { contact { ghlId name email } } } } }"): (typeof documents)["query OrderContactsEmbedded { orders(first: 20) { edges { node { contact { ghlId name email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderContactsFetched { orders(first: 20) { edges { node { contact { name phone } } } } }"): (typeof documents)["query OrderContactsFetched { orders(first: 20) { edges { node { contact { name phone } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipOrder($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z999\", shippingCarrier: \"UPS\", trackingUrl: \"https://ups.example/1Z999\" }] }) {\n            fulfillment { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier trackingUrl } }\n            order { ghlId fulfillmentStatus }\n          } }"): (typeof documents)["mutation ShipOrder($id: ID!, $items: [FulfillmentItemInput!]!) {\n          createOrderFulfillment(id: $id, input: { items: $items, trackings: [{ trackingNumber: \"1Z999\", shippingCarrier: \"UPS\", trackingUrl: \"https://ups.example/1Z999\" }] }) {\n            fulfillment { ghlId items { priceId qty } trackings { trackingNumber shippingCarrier trackingUrl } }\n            order { ghlId fulfillmentStatus }\n          } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersBackwards { orders(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }"): (typeof documents)["query OrdersBackwards { orders(startAt: \"2025-05-02\", endAt: \"2025-05-01\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TooManyOrders { orders(first: 101) { totalCount } }"): (typeof documents)["query TooManyOrders { orders(first: 101) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Transactions { transactions(first: 50) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }"): (typeof documents)["query Transactions { transactions(first: 50) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }"): (typeof documents)["query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }"): (typeof documents)["query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownTransaction { transaction(id: \"nope\") { ghlId } }"): (typeof documents)["query UnknownTransaction { transaction(id: \"nope\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }"): (typeof documents)["query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }"): (typeof documents)["query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsBulkUpdate($productIds: [ID!]!, $change: BulkProductChangeInput!) { bulkUpdateProducts(productIds: $productIds, change: $change) { products { ghlId availableInStore collections { ghlId } prices { ghlId amount currency } } } }"): (typeof documents)["mutation ProductsBulkUpdate($productIds: [ID!]!, $change: BulkProductChangeInput!) { bulkUpdateProducts(productIds: $productIds, change: $change) { products { ghlId availableInStore collections { ghlId } prices { ghlId amount currency } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsBulkDelete($productIds: [ID!]!) { deleteProducts(productIds: $productIds) { deletedGhlIds } }"): (typeof documents)["mutation ProductsBulkDelete($productIds: [ID!]!) { deleteProducts(productIds: $productIds) { deletedGhlIds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsBulkEdit($products: [ProductEditInput!]!) { editProducts(products: $products) { products { ghlId name description prices { ghlId name amount } } } }"): (typeof documents)["mutation ProductsBulkEdit($products: [ProductEditInput!]!) { editProducts(products: $products) { products { ghlId name description prices { ghlId name amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsCollections { productCollections(first: 10) { totalCount edges { node { ghlId name slug seoTitle products(first: 50) { edges { node { ghlId } } } } } } }"): (typeof documents)["query ProductsCollections { productCollections(first: 10) { totalCount edges { node { ghlId name slug seoTitle products(first: 50) { edges { node { ghlId } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsWithCollections { products(first: 50) { edges { node { ghlId collections { ghlId name } } } } }"): (typeof documents)["query ProductsWithCollections { products(first: 50) { edges { node { ghlId collections { ghlId name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsCreateCollection($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { productCollection { id ghlId name slug seoTitle seoDescription locationId } } }"): (typeof documents)["mutation ProductsCreateCollection($input: CreateProductCollectionInput!) { createProductCollection(input: $input) { productCollection { id ghlId name slug seoTitle seoDescription locationId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsUpdateCollection($id: ID!, $input: UpdateProductCollectionInput!) { updateProductCollection(id: $id, input: $input) { productCollection { id name slug seoTitle seoDescription } } }"): (typeof documents)["mutation ProductsUpdateCollection($id: ID!, $input: UpdateProductCollectionInput!) { updateProductCollection(id: $id, input: $input) { productCollection { id name slug seoTitle seoDescription } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsCollectionById($id: ID!) { productCollection(id: $id) { ghlId name } node(id: $id) { ... on ProductCollection { ghlId } } }"): (typeof documents)["query ProductsCollectionById($id: ID!) { productCollection(id: $id) { ghlId name } node(id: $id) { ... on ProductCollection { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation ProductsDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsCollectionGone($id: ID!) { productCollection(id: $id) { ghlId } }"): (typeof documents)["query ProductsCollectionGone($id: ID!) { productCollection(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsInventory { inventory(first: 50) { totalCount edges { node { priceId name availableQuantity allowOutOfStockPurchases productId productName product { ghlId } } } } }"): (typeof documents)["query ProductsInventory { inventory(first: 50) { totalCount edges { node { priceId name availableQuantity allowOutOfStockPurchases productId productName product { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsStock { products(first: 50) { edges { node { ghlId inventory { priceId availableQuantity } } } } }"): (typeof documents)["query ProductsStock { products(first: 50) { edges { node { ghlId inventory { priceId availableQuantity } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsUpdateInventory($items: [InventoryChangeInput!]!) { updateInventory(items: $items) { items { priceId availableQuantity allowOutOfStockPurchases price { ghlId availableQuantity } } } }"): (typeof documents)["mutation ProductsUpdateInventory($items: [InventoryChangeInput!]!) { updateInventory(items: $items) { items { priceId availableQuantity allowOutOfStockPurchases price { ghlId availableQuantity } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsPriceById($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId name amount currency productId product { ghlId name } } }"): (typeof documents)["query ProductsPriceById($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId name amount currency productId product { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsPricesToProduct($p: ID!) { product(id: $p) { prices { ghlId product { ghlId } } } }"): (typeof documents)["query ProductsPricesToProduct($p: ID!) { product(id: $p) { prices { ghlId product { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsUpdatePrice($p: ID!, $id: ID!, $input: UpdatePriceInput!) { updateProductPrice(productId: $p, priceId: $id, input: $input) { price { ghlId name amount currency type } } }"): (typeof documents)["mutation ProductsUpdatePrice($p: ID!, $id: ID!, $input: UpdatePriceInput!) { updateProductPrice(productId: $p, priceId: $id, input: $input) { price { ghlId name amount currency type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId product { ghlId prices { ghlId } } } }"): (typeof documents)["mutation ProductsDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId product { ghlId prices { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsPriceGone($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId } }"): (typeof documents)["query ProductsPriceGone($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsWithReviews { products(first: 50) { edges { node { ghlId reviews { ghlId productId status rating headline detail author { name } replies { comment } } } } } }"): (typeof documents)["query ProductsWithReviews { products(first: 50) { edges { node { ghlId reviews { ghlId productId status rating headline detail author { name } replies { comment } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsReviewsOfLocation { location { productReviews(first: 20, orderBy: { field: RATING, direction: DESC }) { totalCount edges { node { ghlId rating product { ghlId name } } } } productReviewCounts { status count } } }"): (typeof documents)["query ProductsReviewsOfLocation { location { productReviews(first: 20, orderBy: { field: RATING, direction: DESC }) { totalCount edges { node { ghlId rating product { ghlId name } } } } productReviewCounts { status count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsReviewsFiltered($products: [ID!], $rating: Int) { location { productReviews(first: 20, productIds: $products, rating: $rating) { edges { node { ghlId } } } } }"): (typeof documents)["query ProductsReviewsFiltered($products: [ID!], $rating: Int) { location { productReviews(first: 20, productIds: $products, rating: $rating) { edges { node { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsUpdateReview($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId status headline rating } } }"): (typeof documents)["mutation ProductsUpdateReview($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId status headline rating } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsApproveReviews($reviews: [ProductReviewTarget!]!) { setProductReviewsStatus(reviews: $reviews, status: \"approved\") { productReviews { ghlId status } } }"): (typeof documents)["mutation ProductsApproveReviews($reviews: [ProductReviewTarget!]!) { setProductReviewsStatus(reviews: $reviews, status: \"approved\") { productReviews { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsDeleteReview($productId: ID!, $reviewId: ID!) { deleteProductReview(productId: $productId, reviewId: $reviewId) { deletedGhlId } }"): (typeof documents)["mutation ProductsDeleteReview($productId: ID!, $reviewId: ID!) { deleteProductReview(productId: $productId, reviewId: $reviewId) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsUpdateReviewBad($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId } } }"): (typeof documents)["mutation ProductsUpdateReviewBad($productId: ID!, $reviewId: ID!, $input: UpdateProductReviewInput!) { updateProductReview(productId: $productId, reviewId: $reviewId, input: $input) { productReview { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsApproveNoReviews($reviews: [ProductReviewTarget!]!, $status: String!) { setProductReviewsStatus(reviews: $reviews, status: $status) { productReviews { ghlId } } }"): (typeof documents)["mutation ProductsApproveNoReviews($reviews: [ProductReviewTarget!]!, $status: String!) { setProductReviewsStatus(reviews: $reviews, status: $status) { productReviews { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsReviewsBadRange { location { productReviews(first: 5, createdAfter: \"2025-02-01T00:00:00Z\", createdBefore: \"2025-01-01T00:00:00Z\") { totalCount } } }"): (typeof documents)["query ProductsReviewsBadRange { location { productReviews(first: 5, createdAfter: \"2025-02-01T00:00:00Z\", createdBefore: \"2025-01-01T00:00:00Z\") { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsStoreStats($storeId: ID!, $query: String, $collections: [ID!]) { location { productStoreStats(storeId: $storeId, query: $query, collectionIds: $collections) { totalProducts includedInStore excludedFromStore } } }"): (typeof documents)["query ProductsStoreStats($storeId: ID!, $query: String, $collections: [ID!]) { location { productStoreStats(storeId: $storeId, query: $query, collectionIds: $collections) { totalProducts includedInStore excludedFromStore } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsSetInStore($storeId: ID!, $productIds: [ID!]!, $included: Boolean!) { setProductsInStore(storeId: $storeId, productIds: $productIds, included: $included) { products { ghlId availableInStore } } }"): (typeof documents)["mutation ProductsSetInStore($storeId: ID!, $productIds: [ID!]!, $included: Boolean!) { setProductsInStore(storeId: $storeId, productIds: $productIds, included: $included) { products { ghlId availableInStore } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsFirstThree { products(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ghlId name productType } } } }"): (typeof documents)["query ProductsFirstThree { products(first: 3) { totalCount pageInfo { hasNextPage } edges { node { ghlId name productType } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsOfLocation($search: String) { location { all: products(first: 100) { totalCount } found: products(first: 100, query: $search) { edges { node { name } } } } }"): (typeof documents)["query ProductsOfLocation($search: String) { location { all: products(first: 100) { totalCount } found: products(first: 100, query: $search) { edges { node { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsByGhlId($id: ID!) { product(id: $id) { id ghlId name locationId } }"): (typeof documents)["query ProductsByGhlId($id: ID!) { product(id: $id) { id ghlId name locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsByGlobalIdAndNode($id: ID!) { product(id: $id) { ghlId } node(id: $id) { ... on Product { ghlId } } }"): (typeof documents)["query ProductsByGlobalIdAndNode($id: ID!) { product(id: $id) { ghlId } node(id: $id) { ... on Product { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsMissing { product(id: \"nope\") { ghlId } }"): (typeof documents)["query ProductsMissing { product(id: \"nope\") { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsWithPrices { products(first: 50) { edges { node { ghlId prices { ghlId name amount currency type recurring { interval intervalCount } } } } } }"): (typeof documents)["query ProductsWithPrices { products(first: 50) { edges { node { ghlId prices { ghlId name amount currency type recurring { interval intervalCount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsPricesTwice($id: ID!) { a: product(id: $id) { prices { ghlId } } b: product(id: $id) { prices { amount } } }"): (typeof documents)["query ProductsPricesTwice($id: ID!) { a: product(id: $id) { prices { ghlId } } b: product(id: $id) { prices { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsBilled($id: ID!) { product(id: $id) { name prices { ghlId amount } } }"): (typeof documents)["query ProductsBilled($id: ID!) { product(id: $id) { name prices { ghlId amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsCreateGiftCard { createProduct(input: { name: \"Gift Card\", productType: DIGITAL, description: \"Any amount\", availableInStore: true }) {\n          product { id ghlId name productType description availableInStore prices { ghlId } } } }"): (typeof documents)["mutation ProductsCreateGiftCard { createProduct(input: { name: \"Gift Card\", productType: DIGITAL, description: \"Any amount\", availableInStore: true }) {\n          product { id ghlId name productType description availableInStore prices { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsRename($id: ID!) { updateProduct(id: $id, input: { name: \"E-Gift Card\" }) { product { name description productType } } }"): (typeof documents)["mutation ProductsRename($id: ID!) { updateProduct(id: $id, input: { name: \"E-Gift Card\" }) { product { name description productType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsCreateMonthlyPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Monthly\", type: RECURRING, currency: \"EUR\", amount: 25.5, recurring: { interval: MONTH, intervalCount: 1 } }) {\n          price { ghlId productId name type amount currency recurring { interval intervalCount } } product { ghlId prices { name } } } }"): (typeof documents)["mutation ProductsCreateMonthlyPrice($id: ID!) { createProductPrice(id: $id, input: { name: \"Monthly\", type: RECURRING, currency: \"EUR\", amount: 25.5, recurring: { interval: MONTH, intervalCount: 1 } }) {\n          price { ghlId productId name type amount currency recurring { interval intervalCount } } product { ghlId prices { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }"): (typeof documents)["mutation ProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsCreateRefusedPrice($id: ID!, $input: CreatePriceInput!) { createProductPrice(id: $id, input: $input) { price { ghlId } } }"): (typeof documents)["mutation ProductsCreateRefusedPrice($id: ID!, $input: CreatePriceInput!) { createProductPrice(id: $id, input: $input) { price { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductsCreateRefused($input: CreateProductInput!) { createProduct(input: $input) { product { ghlId } } }"): (typeof documents)["mutation ProductsCreateRefused($input: CreateProductInput!) { createProduct(input: $input) { product { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsNone { products(first: 0) { totalCount } }"): (typeof documents)["query ProductsNone { products(first: 0) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductsOfOtherLocation($id: ID!, $loc: ID!) { product(id: $id, locationId: $loc) { ghlId } }"): (typeof documents)["query ProductsOfOtherLocation($id: ID!, $loc: ID!) { product(id: $id, locationId: $loc) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReplicaBudgetEvents($loc: ID, $since: ID) { events(locationId: $loc, since: $since) { webhookId } }"): (typeof documents)["subscription ReplicaBudgetEvents($loc: ID, $since: ID) { events(locationId: $loc, since: $since) { webhookId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReplicasEvents($loc: ID) { events(locationId: $loc) { webhookId locationId } }"): (typeof documents)["subscription ReplicasEvents($loc: ID) { events(locationId: $loc) { webhookId locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecGroupedCalendars { calendars { id group { id name } } calendarGroups { id calendars { id } } }"): (typeof documents)["query SpecGroupedCalendars { calendars { id group { id name } } calendarGroups { id calendars { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateGroup { createCalendarGroup(input: { name: \"Spec group\", description: \"Made by the spec test\", slug: \"spec-group\" }) { calendarGroup { id } } }"): (typeof documents)["mutation SpecCreateGroup { createCalendarGroup(input: { name: \"Spec group\", description: \"Made by the spec test\", slug: \"spec-group\" }) { calendarGroup { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecGroupSlug { calendarGroupSlugAvailable(slug: \"spec-group\") }"): (typeof documents)["query SpecGroupSlug { calendarGroupSlugAvailable(slug: \"spec-group\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecRenameGroup($id: ID!) { updateCalendarGroup(id: $id, input: { name: \"Spec group 2\" }) { calendarGroup { id } } }"): (typeof documents)["mutation SpecRenameGroup($id: ID!) { updateCalendarGroup(id: $id, input: { name: \"Spec group 2\" }) { calendarGroup { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { id } } }"): (typeof documents)["mutation SpecDisableGroup($id: ID!) { setCalendarGroupActive(id: $id, isActive: false) { calendarGroup { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecGroupCalendar($id: ID!, $g: ID!) { updateCalendar(id: $id, input: { groupId: $g, slotDuration: 40 }) { calendar { id } } }"): (typeof documents)["mutation SpecGroupCalendar($id: ID!, $g: ID!) { updateCalendar(id: $id, input: { groupId: $g, slotDuration: 40 }) { calendar { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }"): (typeof documents)["mutation SpecDeleteGroup($id: ID!) { deleteCalendarGroup(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateNotification($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: EMAIL, notificationType: BOOKED, subject: \"Booked\" }) { notification { id calendar { notifications { id } } } } }"): (typeof documents)["mutation SpecCreateNotification($c: ID!) { createCalendarNotification(calendarId: $c, input: { receiverType: CONTACT, channel: EMAIL, notificationType: BOOKED, subject: \"Booked\" }) { notification { id calendar { notifications { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdateNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false }) { notification { id } } }"): (typeof documents)["mutation SpecUpdateNotification($c: ID!, $n: ID!) { updateCalendarNotification(calendarId: $c, notificationId: $n, input: { isActive: false }) { notification { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId } }"): (typeof documents)["mutation SpecDeleteNotification($c: ID!, $n: ID!) { deleteCalendarNotification(calendarId: $c, notificationId: $n) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId } } }"): (typeof documents)["query SpecBlockedSlots($id: ID!, $from: DateTime!, $to: DateTime!) { calendar(id: $id) { blockedSlots(startAt: $from, endAt: $to) { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdateBlock($id: ID!) { updateBlockSlot(id: $id, input: { title: \"Spec block\" }) { blockSlot { ghlId } } }"): (typeof documents)["mutation SpecUpdateBlock($id: ID!) { updateBlockSlot(id: $id, input: { title: \"Spec block\" }) { blockSlot { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCalendarToDelete { createCalendar(input: { name: \"Spec gone\" }) { calendar { id } } }"): (typeof documents)["mutation SpecCalendarToDelete { createCalendar(input: { name: \"Spec gone\" }) { calendar { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteCalendar($id: ID!) { deleteCalendar(id: $id) { deletedId } }"): (typeof documents)["mutation SpecDeleteCalendar($id: ID!) { deleteCalendar(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes(first: 5) { edges { node { id } } } } }"): (typeof documents)["query SpecAppointmentNotes($id: ID!) { appointment(id: $id) { appointmentNotes(first: 5) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateAppointmentNote($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: \"Spec note\" }) { appointmentNote { id } } }"): (typeof documents)["mutation SpecCreateAppointmentNote($id: ID!) { createAppointmentNote(appointmentId: $id, input: { body: \"Spec note\" }) { appointmentNote { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdateAppointmentNote($a: ID!, $n: ID!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: { body: \"Spec note 2\" }) { appointmentNote { id } } }"): (typeof documents)["mutation SpecUpdateAppointmentNote($a: ID!, $n: ID!) { updateAppointmentNote(appointmentId: $a, noteId: $n, input: { body: \"Spec note 2\" }) { appointmentNote { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteAppointmentNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId } }"): (typeof documents)["mutation SpecDeleteAppointmentNote($a: ID!, $n: ID!) { deleteAppointmentNote(appointmentId: $a, noteId: $n) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId } }"): (typeof documents)["mutation SpecDeleteAppointment($id: ID!) { deleteAppointment(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecPrice($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { product { ghlId } } }"): (typeof documents)["query SpecPrice($p: ID!, $id: ID!) { productPrice(productId: $p, id: $id) { product { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdatePrice($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: 10 }) { price { ghlId } } }"): (typeof documents)["mutation SpecUpdatePrice($p: ID!, $id: ID!) { updateProductPrice(productId: $p, priceId: $id, input: { amount: 10 }) { price { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId } }"): (typeof documents)["mutation SpecDeletePrice($p: ID!, $id: ID!) { deleteProductPrice(productId: $p, priceId: $id) { deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecCollections { productCollections(first: 1) { edges { node { id products(first: 5) { edges { node { collections { id } } } } } } } }"): (typeof documents)["query SpecCollections { productCollections(first: 1) { edges { node { id products(first: 5) { edges { node { collections { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateCollection { createProductCollection(input: { name: \"Spec\", slug: \"spec\", seoTitle: \"Spec\" }) { productCollection { id } } }"): (typeof documents)["mutation SpecCreateCollection { createProductCollection(input: { name: \"Spec\", slug: \"spec\", seoTitle: \"Spec\" }) { productCollection { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdateCollection($id: ID!) { updateProductCollection(id: $id, input: { seoDescription: \"More\" }) { productCollection { id } } }"): (typeof documents)["mutation SpecUpdateCollection($id: ID!) { updateProductCollection(id: $id, input: { seoDescription: \"More\" }) { productCollection { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId } }"): (typeof documents)["mutation SpecDeleteCollection($id: ID!) { deleteProductCollection(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecInventory { inventory(first: 5) { edges { node { priceId } } } products(first: 5) { edges { node { inventory { priceId } } } } }"): (typeof documents)["query SpecInventory { inventory(first: 5) { edges { node { priceId } } } products(first: 5) { edges { node { inventory { priceId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecUpdateInventory($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 4 }]) { items { priceId } } }"): (typeof documents)["mutation SpecUpdateInventory($p: ID!) { updateInventory(items: [{ priceId: $p, availableQuantity: 4 }]) { items { priceId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecPipelines { pipelines { id stages { id } } }"): (typeof documents)["query SpecPipelines { pipelines { id stages { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecCalendars { calendars { id isActive } }"): (typeof documents)["query SpecCalendars { calendars { id isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }"): (typeof documents)["query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }"): (typeof documents)["mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }"): (typeof documents)["mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }"): (typeof documents)["mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }"): (typeof documents)["mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceReadContact($id: ID!) { contact(id: $id) { ghlId } }"): (typeof documents)["query ResilienceReadContact($id: ID!) { contact(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResilienceCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"): (typeof documents)["mutation ResilienceCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResilienceUpdateContact($id: ID!) { updateContact(id: $id, input: { city: \"Retryville\" }) { contact { city } } }"): (typeof documents)["mutation ResilienceUpdateContact($id: ID!) { updateContact(id: $id, input: { city: \"Retryville\" }) { contact { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceContacts24 { contacts(first: 24) { edges { node { ghlId } } } }"): (typeof documents)["query ResilienceContacts24 { contacts(first: 24) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceContacts8 { contacts(first: 8) { edges { node { ghlId } } } }"): (typeof documents)["query ResilienceContacts8 { contacts(first: 8) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceBudget { rateLimit { location max remaining queued dailyLimit dailyRemaining } }"): (typeof documents)["query ResilienceBudget { rateLimit { location max remaining queued dailyLimit dailyRemaining } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceLocationName { location { name } }"): (typeof documents)["query ResilienceLocationName { location { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SandboxWebhooksEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId entityId payload } }"): (typeof documents)["subscription SandboxWebhooksEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId entityId payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SandboxWebhooksCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"): (typeof documents)["mutation SandboxWebhooksCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IsolationContactEvents { contactEvents { locationId contact { name email phone } } }"): (typeof documents)["subscription IsolationContactEvents { contactEvents { locationId contact { name email phone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IsolationEvents { events { type locationId entityId } }"): (typeof documents)["subscription IsolationEvents { events { type locationId entityId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"): (typeof documents)["mutation IsolationCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtherTenantContact($locationId: ID) { contacts(first: 1, locationId: $locationId) { edges { node { ghlId } } } }"): (typeof documents)["query OtherTenantContact($locationId: ID) { contacts(first: 1, locationId: $locationId) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DeepWebhookEvents($locationId: ID) { events(locationId: $locationId) { webhookId payload } }"): (typeof documents)["subscription DeepWebhookEvents($locationId: ID) { events(locationId: $locationId) { webhookId payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeepAnswerContact { contacts(first: 1) { edges { node { ghlId } } } }"): (typeof documents)["query DeepAnswerContact { contacts(first: 1) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientConversations { conversations(first: 3) { edges { node { ghlId locationId } } } }"): (typeof documents)["query LenientConversations { conversations(first: 3) { edges { node { ghlId locationId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientMessages($id: ID!) { conversation(id: $id) { messages(first: 3) { edges { node { ghlId conversationId conversation { ghlId } } } } } }"): (typeof documents)["query LenientMessages($id: ID!) { conversation(id: $id) { messages(first: 3) { edges { node { ghlId conversationId conversation { ghlId } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientContactFields($id: ID!) { contact(id: $id) {\n        attributions { url utmSource utmMedium medium mediumId referrer }\n        dndSettings { sms { status } rcs { status message code } }\n      } }"): (typeof documents)["query LenientContactFields($id: ID!) { contact(id: $id) {\n        attributions { url utmSource utmMedium medium mediumId referrer }\n        dndSettings { sms { status } rcs { status message code } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientNoAttributions($id: ID!) { contact(id: $id) { attributions { url } } }"): (typeof documents)["query LenientNoAttributions($id: ID!) { contact(id: $id) { attributions { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }"): (typeof documents)["query LenientFunnelsPage { funnels(first: 5) { totalCount edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientFunnelsCount { funnels(first: 5) { totalCount } }"): (typeof documents)["query LenientFunnelsCount { funnels(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientTimezones { timezones }"): (typeof documents)["query LenientTimezones { timezones }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientContactsCount { contacts(first: 1) { totalCount } }"): (typeof documents)["query LenientContactsCount { contacts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientConversationsPage { conversations(first: 1) { edges { node { ghlId } } } }"): (typeof documents)["query LenientConversationsPage { conversations(first: 1) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientFunnelsTwo { funnels(first: 2) { totalCount } }"): (typeof documents)["query LenientFunnelsTwo { funnels(first: 2) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientPipelines { pipelines { name } }"): (typeof documents)["query LenientPipelines { pipelines { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientBadContacts { contacts(first: 1) { totalCount } }"): (typeof documents)["query LenientBadContacts { contacts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientBadOpportunities { opportunities(first: 1) { totalCount } }"): (typeof documents)["query LenientBadOpportunities { opportunities(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientBadInvoices { invoices(first: 1) { totalCount } }"): (typeof documents)["query LenientBadInvoices { invoices(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LenientBadProducts { products(first: 1) { totalCount } }"): (typeof documents)["query LenientBadProducts { products(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SecurityWsEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId } }"): (typeof documents)["subscription SecurityWsEvents($locationId: ID) { events(locationId: $locationId) { type locationId webhookId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityWsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"): (typeof documents)["mutation SecurityWsCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation R4StorePrioritiesSet($input: SetStoreProductPrioritiesInput!) {\n  setStoreProductPriorities(input: $input) { products(first: 20) { totalCount edges { node { ghlId prices { ghlId } } } } }\n}"): (typeof documents)["mutation R4StorePrioritiesSet($input: SetStoreProductPrioritiesInput!) {\n  setStoreProductPriorities(input: $input) { products(first: 20) { totalCount edges { node { ghlId prices { ghlId } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query R4StorePrioritiesList($storeId: ID) { location { products(storeId: $storeId, first: 20) { edges { node { ghlId } } } } }"): (typeof documents)["query R4StorePrioritiesList($storeId: ID) { location { products(storeId: $storeId, first: 20) { edges { node { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsOpportunityEvents($pipelineId: ID, $types: [OpportunityEventType!]) {\n    opportunityEvents(pipelineId: $pipelineId, types: $types) {\n      webhookId type opportunityEventType family locationId opportunityId nodeId name opportunityStatus monetaryValue pipelineId pipelineStageId\n      stage { name } assignedUser { ghlId }\n      opportunity { id ghlId name status monetaryValue stage { name } pipeline { name } contact { email } }\n    }\n  }"): (typeof documents)["subscription SubFieldsOpportunityEvents($pipelineId: ID, $types: [OpportunityEventType!]) {\n    opportunityEvents(pipelineId: $pipelineId, types: $types) {\n      webhookId type opportunityEventType family locationId opportunityId nodeId name opportunityStatus monetaryValue pipelineId pipelineStageId\n      stage { name } assignedUser { ghlId }\n      opportunity { id ghlId name status monetaryValue stage { name } pipeline { name } contact { email } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsOpportunityCarried { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name monetaryValue stageId } } }"): (typeof documents)["subscription SubFieldsOpportunityCarried { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name monetaryValue stageId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsOpportunityLoaded { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt lastStageChangeAt } } }"): (typeof documents)["subscription SubFieldsOpportunityLoaded { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt lastStageChangeAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsOpportunityShared { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt } } }"): (typeof documents)["subscription SubFieldsOpportunityShared { opportunityEvents(types: [UPDATE]) { webhookId opportunity { name createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsContactEvents($contactId: ID) {\n        contactEvents(contactId: $contactId, types: [TAG_UPDATE, DELETE]) {\n          webhookId contactEventType contactId nodeId name email tags dnd\n          contact { id email tags tasks { title } }\n        }\n      }"): (typeof documents)["subscription SubFieldsContactEvents($contactId: ID) {\n        contactEvents(contactId: $contactId, types: [TAG_UPDATE, DELETE]) {\n          webhookId contactEventType contactId nodeId name email tags dnd\n          contact { id email tags tasks { title } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsContactGhost { contactEvents(types: [UPDATE]) { webhookId contactId email contact { timezone } } }"): (typeof documents)["subscription SubFieldsContactGhost { contactEvents(types: [UPDATE]) { webhookId contactId email contact { timezone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsTaskEvents($contactId: ID) {\n        taskEvents(contactId: $contactId) {\n          webhookId taskEventType taskId nodeId title dueDate contact { email }\n          task { id title completed dueDate contact { email } }\n        }\n      }"): (typeof documents)["subscription SubFieldsTaskEvents($contactId: ID) {\n        taskEvents(contactId: $contactId) {\n          webhookId taskEventType taskId nodeId title dueDate contact { email }\n          task { id title completed dueDate contact { email } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsNoteEvents($contactId: ID) {\n        noteEvents(contactId: $contactId, types: [CREATE]) { webhookId noteEventType noteId note { ghlId body createdAt user { ghlId } } }\n      }"): (typeof documents)["subscription SubFieldsNoteEvents($contactId: ID) {\n        noteEvents(contactId: $contactId, types: [CREATE]) { webhookId noteEventType noteId note { ghlId body createdAt user { ghlId } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsAppointmentEvents($calendarId: ID) {\n        appointmentEvents(calendarId: $calendarId, types: [CREATE, DELETE]) {\n          webhookId appointmentEventType appointmentId title startTime calendar { name }\n          appointment { ghlId title status startAt endAt calendar { name } contact { email } }\n        }\n      }"): (typeof documents)["subscription SubFieldsAppointmentEvents($calendarId: ID) {\n        appointmentEvents(calendarId: $calendarId, types: [CREATE, DELETE]) {\n          webhookId appointmentEventType appointmentId title startTime calendar { name }\n          appointment { ghlId title status startAt endAt calendar { name } contact { email } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsMessageEvents($conversationId: ID, $direction: MessageDirection) {\n    messageEvents(conversationId: $conversationId, direction: $direction) {\n      webhookId messageEventType direction messageId body messageType\n      message { id body direction type status }\n      conversation { ghlId contactId }\n      contact { email }\n    }\n  }"): (typeof documents)["subscription SubFieldsMessageEvents($conversationId: ID, $direction: MessageDirection) {\n    messageEvents(conversationId: $conversationId, direction: $direction) {\n      webhookId messageEventType direction messageId body messageType\n      message { id body direction type status }\n      conversation { ghlId contactId }\n      contact { email }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsMessageEmail { messageEvents(types: [OUTBOUND]) {\n        webhookId messageId emailMessageId threadId emailFrom emailTo emailCc emailBcc emailProvider subject body conversationId message { id }\n      } }"): (typeof documents)["subscription SubFieldsMessageEmail { messageEvents(types: [OUTBOUND]) {\n        webhookId messageId emailMessageId threadId emailFrom emailTo emailCc emailBcc emailProvider subject body conversationId message { id }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsMessageProvider { messageEvents(types: [PROVIDER_OUTBOUND]) { webhookId type messageEventType direction messageType phone body message { conversationId } } }"): (typeof documents)["subscription SubFieldsMessageProvider { messageEvents(types: [PROVIDER_OUTBOUND]) { webhookId type messageEventType direction messageType phone body message { conversationId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsInvoiceEvents {\n        invoiceEvents(types: [PAID, DELETE]) {\n          webhookId invoiceEventType invoiceId nodeId invoiceStatus total amountDue contactId\n          invoice { id ghlId number status total amountPaid currency items { name qty amount } totalSummary { subTotal } contactDetails { email } }\n        }\n      }"): (typeof documents)["subscription SubFieldsInvoiceEvents {\n        invoiceEvents(types: [PAID, DELETE]) {\n          webhookId invoiceEventType invoiceId nodeId invoiceStatus total amountDue contactId\n          invoice { id ghlId number status total amountPaid currency items { name qty amount } totalSummary { subTotal } contactDetails { email } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsGhlEvents {\n        events(types: [\"OpportunityStageUpdate\", \"ContactTagUpdate\", \"ConversationUnreadUpdate\", \"OrderCreate\"]) {\n          __typename webhookId type family entityId\n          ... on OpportunityEvent { opportunityEventType name opportunity { name contact { email } } }\n          ... on ContactEvent { contactEventType name tags contact { email } }\n          ... on ConversationEvent { conversationEventType unreadCount conversation { ghlId unreadCount read } }\n          ... on OrderEvent { orderEventType status orderId amount items { name quantity productName unitAmount } }\n        }\n      }"): (typeof documents)["subscription SubFieldsGhlEvents {\n        events(types: [\"OpportunityStageUpdate\", \"ContactTagUpdate\", \"ConversationUnreadUpdate\", \"OrderCreate\"]) {\n          __typename webhookId type family entityId\n          ... on OpportunityEvent { opportunityEventType name opportunity { name contact { email } } }\n          ... on ContactEvent { contactEventType name tags contact { email } }\n          ... on ConversationEvent { conversationEventType unreadCount conversation { ghlId unreadCount read } }\n          ... on OrderEvent { orderEventType status orderId amount items { name quantity productName unitAmount } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubFieldsNoteEventsSse { noteEvents(types: [UPDATE]) { webhookId noteEventType noteId body note { body contact { ghlId } } } }"): (typeof documents)["subscription SubFieldsNoteEventsSse { noteEvents(types: [UPDATE]) { webhookId noteEventType noteId body note { body contact { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LocationEvents($locationId: ID, $types: [String!], $families: [GhlEventFamily!]) {\n  events(locationId: $locationId, types: $types, families: $families) { type family locationId webhookId timestamp entityId payload }\n}"): (typeof documents)["subscription LocationEvents($locationId: ID, $types: [String!], $families: [GhlEventFamily!]) {\n  events(locationId: $locationId, types: $types, families: $families) { type family locationId webhookId timestamp entityId payload }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ResumedEvents($locationId: ID, $families: [GhlEventFamily!], $since: ID) {\n    events(locationId: $locationId, families: $families, since: $since) { webhookId family }\n  }"): (typeof documents)["subscription ResumedEvents($locationId: ID, $families: [GhlEventFamily!], $since: ID) {\n    events(locationId: $locationId, families: $families, since: $since) { webhookId family }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ResumedContactEvents($locationId: ID, $since: ID) {\n    contactEvents(locationId: $locationId, since: $since) { webhookId }\n  }"): (typeof documents)["subscription ResumedContactEvents($locationId: ID, $since: ID) {\n    contactEvents(locationId: $locationId, since: $since) { webhookId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersCreate($input: CreateUserInput!) { createUser(input: $input) { user { id ghlId name email roles { type role locationIds } permissions } } }"): (typeof documents)["mutation UsersCreate($input: CreateUserInput!) { createUser(input: $input) { user { id ghlId name email roles { type role locationIds } permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersPage($c: ID!, $after: String) { users(companyId: $c, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId firstName } } } }"): (typeof documents)["query UsersPage($c: ID!, $after: String) { users(companyId: $c, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId firstName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersAdminsOfLocation($c: ID!, $l: ID!) { users(companyId: $c, locationId: $l, role: ADMIN) { edges { node { ghlId roles { role locationIds } } } } }"): (typeof documents)["query UsersAdminsOfLocation($c: ID!, $l: ID!) { users(companyId: $c, locationId: $l, role: ADMIN) { edges { node { ghlId roles { role locationIds } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersPromote($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name roles { role } } } }"): (typeof documents)["mutation UsersPromote($id: ID!) { updateUser(id: $id, input: { firstName: \"Jane\", lastName: \"Doe\", role: ADMIN }) { user { name roles { role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersDelete($id: ID!) { deleteUser(id: $id) { deletedId deletedGhlId } }"): (typeof documents)["mutation UsersDelete($id: ID!) { deleteUser(id: $id) { deletedId deletedGhlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersById($id: ID!) { user(id: $id) { ghlId } }"): (typeof documents)["query UsersById($id: ID!) { user(id: $id) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WebhookEventsObserved($locationId: ID) {\n  events(locationId: $locationId) { type family locationId webhookId timestamp entityId payload }\n}"): (typeof documents)["subscription WebhookEventsObserved($locationId: ID) {\n  events(locationId: $locationId) { type family locationId webhookId timestamp entityId payload }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowWide { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }"): (typeof documents)["query WindowWide { contacts(first: 10) { edges { node { ghlId tasks { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowNarrow { contacts(first: 2) { edges { node { ghlId } } } }"): (typeof documents)["query WindowNarrow { contacts(first: 2) { edges { node { ghlId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowTenCalls { contacts(first: 9) { edges { node { ghlId tasks { ghlId } } } } }"): (typeof documents)["query WindowTenCalls { contacts(first: 9) { edges { node { ghlId tasks { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowOverCapacity { contacts(first: 20) { edges { node { ghlId tasks { ghlId } } } } }"): (typeof documents)["query WindowOverCapacity { contacts(first: 20) { edges { node { ghlId tasks { ghlId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowLocation { location { name } }"): (typeof documents)["query WindowLocation { location { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowList { contacts(first: 10) { edges { node { id } } } }"): (typeof documents)["query WindowList { contacts(first: 10) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WindowTasks($id: ID!) { contact(id: $id) { tasks { ghlId } } }"): (typeof documents)["query WindowTasks($id: ID!) { contact(id: $id) { tasks { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WorkersEvents($loc: ID) { events(locationId: $loc) { webhookId } }"): (typeof documents)["subscription WorkersEvents($loc: ID) { events(locationId: $loc) { webhookId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsWorkflows { workflows { id ghlId name status version locationId createdAt updatedAt location { ghlId } } }"): (typeof documents)["query WorkflowsCampaignsWorkflows { workflows { id ghlId name status version locationId createdAt updatedAt location { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsCampaigns {\n      all: campaigns { ghlId name status locationId }\n      published: campaigns(status: PUBLISHED) { ghlId status }\n      location { drafts: campaigns(status: DRAFT) { ghlId status } workflows { ghlId } }\n    }"): (typeof documents)["query WorkflowsCampaignsCampaigns {\n      all: campaigns { ghlId name status locationId }\n      published: campaigns(status: PUBLISHED) { ghlId status }\n      location { drafts: campaigns(status: DRAFT) { ghlId status } workflows { ghlId } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsIds { workflows { id ghlId } campaigns { id ghlId } }"): (typeof documents)["query WorkflowsCampaignsIds { workflows { id ghlId } campaigns { id ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Workflow { ghlId name } ... on Campaign { ghlId name } } }"): (typeof documents)["query WorkflowsCampaignsNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Workflow { ghlId name } ... on Campaign { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsMissingNode($id: ID!) { node(id: $id) { id } location { ghlId } }"): (typeof documents)["query WorkflowsCampaignsMissingNode($id: ID!) { node(id: $id) { id } location { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsOtherWorkflows($l: ID) { workflows(locationId: $l) { ghlId } }"): (typeof documents)["query WorkflowsCampaignsOtherWorkflows($l: ID) { workflows(locationId: $l) { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsDefaultCampaigns { campaigns { ghlId } }"): (typeof documents)["query WorkflowsCampaignsDefaultCampaigns { campaigns { ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsOwnCampaigns($l: ID) { campaigns(locationId: $l) { locationId } }"): (typeof documents)["query WorkflowsCampaignsOwnCampaigns($l: ID) { campaigns(locationId: $l) { locationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w, eventStartTime: \"2030-05-01T09:00:00Z\") {\n         succeeded contact { ghlId } workflow { ghlId name } } }"): (typeof documents)["mutation WorkflowsCampaignsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w, eventStartTime: \"2030-05-01T09:00:00Z\") {\n         succeeded contact { ghlId } workflow { ghlId name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsGlobalIds($c: ID!) { contact(id: $c) { id } workflows { id ghlId } }"): (typeof documents)["query WorkflowsCampaignsGlobalIds($c: ID!) { contact(id: $c) { id } workflows { id ghlId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded workflow { ghlId } } }"): (typeof documents)["mutation WorkflowsCampaignsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded workflow { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded campaign { ghlId status } } }"): (typeof documents)["mutation WorkflowsCampaignsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded campaign { ghlId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsAddBack($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsAddBack($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsRemoveFromAll($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded campaign { ghlId } contact { ghlId } } }"): (typeof documents)["mutation WorkflowsCampaignsRemoveFromAll($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded campaign { ghlId } contact { ghlId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsRemoveAllAsId($c: ID!) { removeContactFromCampaign(contactId: $c, campaignId: \"removeAll\") { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsRemoveAllAsId($c: ID!) { removeContactFromCampaign(contactId: $c, campaignId: \"removeAll\") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsBlankCampaign($c: ID!) { addContactToCampaign(contactId: $c, campaignId: \" \") { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsBlankCampaign($c: ID!) { addContactToCampaign(contactId: $c, campaignId: \" \") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsEmptyContact($w: ID!) { addContactToWorkflow(contactId: \"\", workflowId: $w) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsEmptyContact($w: ID!) { addContactToWorkflow(contactId: \"\", workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsCampaignAsWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsCampaignAsWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsRemoveAllOfNone { removeContactFromAllCampaigns(contactId: \"\") { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsRemoveAllOfNone { removeContactFromAllCampaigns(contactId: \"\") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsUnknownContact($w: ID!) { addContactToWorkflow(contactId: \"zzzzzzzzzzzzzzzzzzzz\", workflowId: $w) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsUnknownContact($w: ID!) { addContactToWorkflow(contactId: \"zzzzzzzzzzzzzzzzzzzz\", workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsUnknownWorkflow($c: ID!) { addContactToWorkflow(contactId: $c, workflowId: \"00000000-0000-4000-8000-000000000000\") { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsUnknownWorkflow($c: ID!) { addContactToWorkflow(contactId: $c, workflowId: \"00000000-0000-4000-8000-000000000000\") { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowsCampaignsOtherTenantAdd($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }"): (typeof documents)["mutation WorkflowsCampaignsOtherTenantAdd($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsLocationUsers { location { users { ghlId name email } } }"): (typeof documents)["query WorkflowsCampaignsLocationUsers { location { users { ghlId name email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowsCampaignsTeamMembers { location { users { ghlId } calendars { teamMembers { ghlId name } } } }"): (typeof documents)["query WorkflowsCampaignsTeamMembers { location { users { ghlId } calendars { teamMembers { ghlId name } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;