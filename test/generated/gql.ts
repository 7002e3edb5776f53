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
    "query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }": typeof types.ContactsWithUsersDocument,
    "query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }": typeof types.ContactTaskAssigneesDocument,
    "query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }": typeof types.ContactTaskUsersDocument,
    "query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }": typeof types.ContactsBackFromTasksAndNotesDocument,
    "query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }": typeof types.FirstContactDocument,
    "query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }": typeof types.SameContactEightTimesDocument,
    "query LocationName { location { name } }": typeof types.LocationNameDocument,
    "query CoherentContactCity($id: ID!) { contact(id: $id) { city } }": typeof types.CoherentContactCityDocument,
    "mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": typeof types.CoherentContactMoveDocument,
    "query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }": typeof types.SharedCacheContactDocument,
    "query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }": typeof types.SharedCacheContactLiveDocument,
    "mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }": typeof types.SharedCacheContactMoveDocument,
    "query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }": typeof types.CachedContactDocument,
    "query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }": typeof types.CachedContactPageDocument,
    "mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }": typeof types.CachedContactMutatedDocument,
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
    "\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n": typeof types.ContactsAddFollowersDocument,
    "\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n": typeof types.ContactsRemoveFollowersDocument,
    "\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n": typeof types.ContactsFollowerUsersDocument,
    "\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n": typeof types.ContactsUpsertDocument,
    "\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n": typeof types.ContactsDuplicateDocument,
    "query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }": typeof types.ContactsUpsertedCityDocument,
    "\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n": typeof types.ContactsBulkTagsDocument,
    "\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n": typeof types.ContactsSetBusinessDocument,
    "\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n": typeof types.ContactsOfBusinessDocument,
    "\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n": typeof types.ConversationsCreateDocument,
    "mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }": typeof types.ConversationsDeleteDocument,
    "\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n": typeof types.ConversationsSendLaterDocument,
    "mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }": typeof types.ConversationsCancelScheduledDocument,
    "\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n": typeof types.ConversationsMessageStatusDocument,
    "\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n": typeof types.ConversationsOutboundCallDocument,
    "\n  mutation ConversationsSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n": typeof types.ConversationsSendEmailDocument,
    "mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }": typeof types.ConversationsCancelScheduledEmailDocument,
    "\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n": typeof types.ConversationsThreadEmailsDocument,
    "\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n": typeof types.ConversationsThreadTranscriptsDocument,
    "\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n": typeof types.ConversationsLocationMessagesDocument,
    "\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n": typeof types.ConversationsLiveChatTypingDocument,
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
    "query SetupPipelines { pipelines { id name } }": typeof types.SetupPipelinesDocument,
    "query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": typeof types.SetupOpportunityContactsDocument,
    "query SetupCalendars { calendars { id isActive } }": typeof types.SetupCalendarsDocument,
    "query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }": typeof types.SetupConversationContactDocument,
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
    "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 100) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }": typeof types.SurveySubmissionsDocument,
    "query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }": typeof types.SurveyNodeSubmissionsDocument,
    "mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }": typeof types.UploadContactFilesDocument,
    "query CsrfTypename { __typename }": typeof types.CsrfTypenameDocument,
    "query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": typeof types.TwoContactsLiveDocument,
    "query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": typeof types.TwoContactsOnceDocument,
    "mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": typeof types.LiveContactMoveDocument,
    "query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }": typeof types.FirstContactsLiveDocument,
    "mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }": typeof types.LiveCreateContactDocument,
    "query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }": typeof types.MediaFilesDocument,
    "query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }": typeof types.MediaFoldersDocument,
    "query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }": typeof types.MediaFolderContentsDocument,
    "mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }": typeof types.UploadPriceListDocument,
    "query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }": typeof types.MediaFileIdsDocument,
    "mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }": typeof types.DeleteMediaFileDocument,
    "mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }": typeof types.UploadToUnreachableLocationDocument,
    "mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }": typeof types.UploadMediaFileDocument,
    "mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }": typeof types.DeleteUnknownMediaFileDocument,
    "query LocationFunnels { location { funnels(first: 100) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }": typeof types.LocationFunnelsDocument,
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
    "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": typeof types.LocationDocument,
    "\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n": typeof types.OpportunitiesAddFollowersDocument,
    "\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n": typeof types.OpportunitiesRemoveFollowersDocument,
    "\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n": typeof types.OpportunitiesBoardFollowersReasonsDocument,
    "query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }": typeof types.OpportunitiesLostReasonsDocument,
    "\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n": typeof types.OpportunitiesMarkLostDocument,
    "\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n": typeof types.OpportunitiesUpsertDocument,
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
    "query Transactions { transactions(first: 100) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }": typeof types.TransactionsDocument,
    "query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }": typeof types.TransactionByIdDocument,
    "query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }": typeof types.TransactionTwiceDocument,
    "query UnknownTransaction { transaction(id: \"nope\") { ghlId } }": typeof types.UnknownTransactionDocument,
    "query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }": typeof types.PaymentSubscriptionsDocument,
    "query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }": typeof types.SubscriptionChargesDocument,
    "query SpecPipelines { pipelines { id stages { id } } }": typeof types.SpecPipelinesDocument,
    "query SpecCalendars { calendars { id isActive } }": typeof types.SpecCalendarsDocument,
    "query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": typeof types.SpecOpportunityContactsDocument,
    "mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }": typeof types.SpecCreateContactDocument,
    "mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }": typeof types.SpecCreateNoteDocument,
    "mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": typeof types.SpecCreateOpportunityDocument,
    "mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }": typeof types.SpecMoveOpportunityDocument,
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
};
const documents: Documents = {
    "query ContactsWithUsers {\n    contacts(first: 50) { edges { node { ghlId assignedTo assignedUser { ghlId name } } } }\n  }": types.ContactsWithUsersDocument,
    "query ContactTaskAssignees { contacts(first: 30) { edges { node { tasks { assignedTo } } } } }": types.ContactTaskAssigneesDocument,
    "query ContactTaskUsers { contacts(first: 30) { edges { node { tasks { assignedUser { ghlId } } } } } }": types.ContactTaskUsersDocument,
    "query ContactsBackFromTasksAndNotes {\n    contacts(first: 10) { edges { node { ghlId tasks { contact { ghlId email } } notes { contact { ghlId } } } } }\n  }": types.ContactsBackFromTasksAndNotesDocument,
    "query FirstContact { contacts(first: 1) { edges { node { ghlId } } } }": types.FirstContactDocument,
    "query SameContactEightTimes($id: ID!) {\n      c0: contact(id: $id) { ghlId location { name } }\n      c1: contact(id: $id) { ghlId location { name } }\n      c2: contact(id: $id) { ghlId location { name } }\n      c3: contact(id: $id) { ghlId location { name } }\n      c4: contact(id: $id) { ghlId location { name } }\n      c5: contact(id: $id) { ghlId location { name } }\n      c6: contact(id: $id) { ghlId location { name } }\n      c7: contact(id: $id) { ghlId location { name } }\n    }": types.SameContactEightTimesDocument,
    "query LocationName { location { name } }": types.LocationNameDocument,
    "query CoherentContactCity($id: ID!) { contact(id: $id) { city } }": types.CoherentContactCityDocument,
    "mutation CoherentContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": types.CoherentContactMoveDocument,
    "query SharedCacheContact($id: ID!) { contact(id: $id) { ghlId city } }": types.SharedCacheContactDocument,
    "query SharedCacheContactLive($id: ID!) @live { contact(id: $id) { id city } }": types.SharedCacheContactLiveDocument,
    "mutation SharedCacheContactMove($id: ID!) { updateContact(id: $id, input: { city: \"Replicated\" }) { contact { city } } }": types.SharedCacheContactMoveDocument,
    "query CachedContact($id: ID!) { contact(id: $id) { ghlId firstName city tasks { ghlId } } }": types.CachedContactDocument,
    "query CachedContactPage($first: Int) { contacts(first: $first) { edges { node { ghlId } } } }": types.CachedContactPageDocument,
    "mutation CachedContactMutated($id: ID!) { updateContact(id: $id, input: { city: \"Mutated\" }) { contact { city } } }": types.CachedContactMutatedDocument,
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
    "\n  mutation ContactsAddFollowers($id: ID!, $followers: [ID!]!) {\n    addContactFollowers(id: $id, followers: $followers) { followers contact { ghlId followers } }\n  }\n": types.ContactsAddFollowersDocument,
    "\n  mutation ContactsRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeContactFollowers(id: $id, followers: $followers) { followers }\n  }\n": types.ContactsRemoveFollowersDocument,
    "\n  query ContactsFollowerUsers($a: ID!, $b: ID!, $c: ID!) {\n    a: contact(id: $a) { followers followerUsers { ghlId name } }\n    b: contact(id: $b) { followers followerUsers { ghlId name } }\n    c: contact(id: $c) { followers followerUsers { ghlId name } }\n  }\n": types.ContactsFollowerUsersDocument,
    "\n  mutation ContactsUpsert($input: UpsertContactInput!) {\n    upsertContact(input: $input) { created contact { ghlId firstName city email } }\n  }\n": types.ContactsUpsertDocument,
    "\n  query ContactsDuplicate($email: EmailAddress, $phone: PhoneNumber) {\n    duplicateContact(email: $email, phone: $phone) { ghlId email phone }\n  }\n": types.ContactsDuplicateDocument,
    "query ContactsUpsertedCity($id: ID!) { contact(id: $id) { city firstName } }": types.ContactsUpsertedCityDocument,
    "\n  mutation ContactsBulkTags($input: BulkContactTagsInput!) {\n    bulkUpdateContactTags(input: $input) { errorCount results { contactId succeeded message tagsAdded tagsRemoved } }\n  }\n": types.ContactsBulkTagsDocument,
    "\n  mutation ContactsSetBusiness($input: SetContactsBusinessInput!) {\n    setContactsBusiness(input: $input) { contactIds contacts { ghlId businessId } }\n  }\n": types.ContactsSetBusinessDocument,
    "\n  query ContactsOfBusiness($businessId: String!, $first: Int, $after: String) {\n    businessContacts(businessId: $businessId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId businessId } } }\n  }\n": types.ContactsOfBusinessDocument,
    "\n  mutation ConversationsCreate($contactId: ID!) {\n    createConversation(input: { contactId: $contactId }) { conversation { ghlId contact { ghlId } } }\n  }\n": types.ConversationsCreateDocument,
    "mutation ConversationsDelete($id: ID!) { deleteConversation(id: $id) { deletedId deletedGhlId } }": types.ConversationsDeleteDocument,
    "\n  mutation ConversationsSendLater($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: SMS, message: \"Reminder: see you tomorrow\", scheduledAt: $at }) {\n      messageGhlId message { status }\n    }\n  }\n": types.ConversationsSendLaterDocument,
    "mutation ConversationsCancelScheduled($id: ID!) { cancelScheduledMessage(id: $id) { cancelledId cancelledGhlId } }": types.ConversationsCancelScheduledDocument,
    "\n  mutation ConversationsMessageStatus($id: ID!, $status: MessageDeliveryStatus!) {\n    updateMessageStatus(id: $id, status: $status) { messageGhlId message { status } }\n  }\n": types.ConversationsMessageStatusDocument,
    "\n  mutation ConversationsOutboundCall($input: OutboundCallInput!) {\n    addOutboundCall(input: $input) { messageGhlId message { type direction meta } conversation { ghlId } }\n  }\n": types.ConversationsOutboundCallDocument,
    "\n  mutation ConversationsSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n": types.ConversationsSendEmailDocument,
    "mutation ConversationsCancelScheduledEmail($id: ID!) { cancelScheduledEmail(id: $id) { cancelledId cancelledGhlId } }": types.ConversationsCancelScheduledEmailDocument,
    "\n  query ConversationsThreadEmails($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta email { ghlId from to status } } } } }\n  }\n": types.ConversationsThreadEmailsDocument,
    "\n  query ConversationsThreadTranscripts($id: ID!) {\n    conversation(id: $id) { messages(first: 50) { edges { node { ghlId type meta transcript { index channel startSecond endSecond text confidence } } } } }\n  }\n": types.ConversationsThreadTranscriptsDocument,
    "\n  query ConversationsLocationMessages($first: Int, $after: String, $contactId: ID, $channel: MessageChannel, $orderBy: MessageOrder) {\n    messages(first: $first, after: $after, contactId: $contactId, channel: $channel, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { ghlId type createdAt } }\n    }\n  }\n": types.ConversationsLocationMessagesDocument,
    "\n  mutation ConversationsLiveChatTyping($conversationId: ID!, $visitorId: String!, $isTyping: Boolean!) {\n    setLiveChatTyping(conversationId: $conversationId, visitorId: $visitorId, isTyping: $isTyping) { isTyping conversation { ghlId } }\n  }\n": types.ConversationsLiveChatTypingDocument,
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
    "query SetupPipelines { pipelines { id name } }": types.SetupPipelinesDocument,
    "query SetupOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": types.SetupOpportunityContactsDocument,
    "query SetupCalendars { calendars { id isActive } }": types.SetupCalendarsDocument,
    "query SetupConversationContact { conversations(first: 1) { edges { node { contactId } } } }": types.SetupConversationContactDocument,
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
    "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 100) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }": types.SurveySubmissionsDocument,
    "query SurveyNodeSubmissions($id: ID!) { node(id: $id) { __typename ... on Survey { submissions(first: 2) { edges { node { ghlId } } } } } }": types.SurveyNodeSubmissionsDocument,
    "mutation UploadContactFiles($contactId: ID!, $fieldId: String!, $files: [File!]!) {\n    uploadContactFiles(contactId: $contactId, customFieldId: $fieldId, files: $files) {\n      files { fileId customFieldId name size contentType }\n      contact { ghlId customFields { fieldId value } }\n    } }": types.UploadContactFilesDocument,
    "query CsrfTypename { __typename }": types.CsrfTypenameDocument,
    "query TwoContactsLive($a: ID!, $b: ID!) @live { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": types.TwoContactsLiveDocument,
    "query TwoContactsOnce($a: ID!, $b: ID!) { a: contact(id: $a) { id ghlId city } b: contact(id: $b) { id ghlId city } }": types.TwoContactsOnceDocument,
    "mutation LiveContactMove($id: ID!, $city: String!) { updateContact(id: $id, input: { city: $city }) { contact { city } } }": types.LiveContactMoveDocument,
    "query FirstContactsLive @live { contacts(first: 3) { edges { node { id firstName } } } }": types.FirstContactsLiveDocument,
    "mutation LiveCreateContact($firstName: String!, $email: EmailAddress!) { createContact(input: { firstName: $firstName, email: $email }) { contact { id } } }": types.LiveCreateContactDocument,
    "query MediaFiles { mediaFiles(first: 100) { edges { node { id ghlId name kind url contentType size folderId locationId } } pageInfo { hasNextPage } } }": types.MediaFilesDocument,
    "query MediaFolders { location { mediaFiles(kind: FOLDER) { edges { node { id name kind } } } } }": types.MediaFoldersDocument,
    "query MediaFolderContents($f: ID!) { mediaFiles(folderId: $f) { edges { node { name folderId } } } }": types.MediaFolderContentsDocument,
    "mutation UploadPriceList($file: File!) { uploadMediaFile(file: $file, name: \"Price list 2026.pdf\") { id ghlId url name size contentType } }": types.UploadPriceListDocument,
    "query MediaFileIds { mediaFiles(first: 100) { edges { node { ghlId } } } }": types.MediaFileIdsDocument,
    "mutation DeleteMediaFile($id: ID!) { deleteMediaFile(id: $id) { deletedId deletedGhlId } }": types.DeleteMediaFileDocument,
    "mutation UploadToUnreachableLocation($file: File!) { uploadMediaFile(file: $file, locationId: \"nosuchlocation000000\") { ghlId } }": types.UploadToUnreachableLocationDocument,
    "mutation UploadMediaFile($file: File!) { uploadMediaFile(file: $file) { ghlId } }": types.UploadMediaFileDocument,
    "mutation DeleteUnknownMediaFile { deleteMediaFile(id: \"nosuchfile0000000000\") { deletedGhlId } }": types.DeleteUnknownMediaFileDocument,
    "query LocationFunnels { location { funnels(first: 100) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }": types.LocationFunnelsDocument,
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
    "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n": types.LocationDocument,
    "\n  mutation OpportunitiesAddFollowers($id: ID!, $followers: [ID!]!) {\n    addOpportunityFollowers(id: $id, followers: $followers) { followers opportunity { ghlId followers followerUsers { ghlId } } }\n  }\n": types.OpportunitiesAddFollowersDocument,
    "\n  mutation OpportunitiesRemoveFollowers($id: ID!, $followers: [ID!]!) {\n    removeOpportunityFollowers(id: $id, followers: $followers) { followers }\n  }\n": types.OpportunitiesRemoveFollowersDocument,
    "\n  query OpportunitiesBoardFollowersReasons {\n    opportunities(first: 100) { edges { node { ghlId followers followerUsers { ghlId name } lostReasonId lostReason { ghlId name } } } }\n  }\n": types.OpportunitiesBoardFollowersReasonsDocument,
    "query OpportunitiesLostReasons { lostReasons { id ghlId name locationId createdAt } }": types.OpportunitiesLostReasonsDocument,
    "\n  mutation OpportunitiesMarkLost($id: ID!, $status: OpportunityStatus!, $reason: ID) {\n    updateOpportunityStatus(id: $id, status: $status, lostReasonId: $reason) { opportunity { status lostReason { ghlId name } } }\n  }\n": types.OpportunitiesMarkLostDocument,
    "\n  mutation OpportunitiesUpsert($input: UpsertOpportunityInput!) {\n    upsertOpportunity(input: $input) { created opportunity { ghlId name monetaryValue contactId pipelineId stageId status } }\n  }\n": types.OpportunitiesUpsertDocument,
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
    "query Transactions { transactions(first: 100) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }": types.TransactionsDocument,
    "query TransactionById($id: ID!) { transaction(id: $id) { ghlId invoiceId amount cardLast4 contact { ghlId email } } }": types.TransactionByIdDocument,
    "query TransactionTwice($id: ID!) { a: transaction(id: $id) { contact { name } } b: transaction(id: $id) { contact { email } } }": types.TransactionTwiceDocument,
    "query UnknownTransaction { transaction(id: \"nope\") { ghlId } }": types.UnknownTransactionDocument,
    "query PaymentSubscriptions { paymentSubscriptions(first: 100) { totalCount edges { node { ghlId status amount currency providerSubscriptionId contact { name } } } } }": types.PaymentSubscriptionsDocument,
    "query SubscriptionCharges($s: String) { transactions(subscriptionId: $s, first: 100) { totalCount edges { node { amount } } } }": types.SubscriptionChargesDocument,
    "query SpecPipelines { pipelines { id stages { id } } }": types.SpecPipelinesDocument,
    "query SpecCalendars { calendars { id isActive } }": types.SpecCalendarsDocument,
    "query SpecOpportunityContacts { opportunities(first: 100) { edges { node { contact { id } } } } }": types.SpecOpportunityContactsDocument,
    "mutation SpecCreateContact($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }": types.SpecCreateContactDocument,
    "mutation SpecCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: \"Met at the fair\" }) { note { id } } }": types.SpecCreateNoteDocument,
    "mutation SpecCreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }": types.SpecCreateOpportunityDocument,
    "mutation SpecMoveOpportunity($id: ID!, $s: ID!) { updateOpportunity(id: $id, input: { stageId: $s }) { opportunity { id } } }": types.SpecMoveOpportunityDocument,
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
export function graphql(source: "\n  mutation ConversationsSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsSendEmail($contactId: ID!, $at: DateTime) {\n    sendMessage(input: { contactId: $contactId, channel: EMAIL, subject: \"Your quote\", html: \"<p>Attached</p>\", emailCc: [\"cc@example.com\"], scheduledAt: $at }) {\n      messageGhlId message { email { ghlId subject to cc status message { ghlId } } }\n    }\n  }\n"];
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
export function graphql(source: "query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 100) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }"): (typeof documents)["query SurveySubmissions($id: ID!) { surveySubmissions(surveyId: $id, first: 100) { totalCount edges { node { ghlId surveyId survey { name } contact { ghlId } } } } }"];
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
export function graphql(source: "query CsrfTypename { __typename }"): (typeof documents)["query CsrfTypename { __typename }"];
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
export function graphql(source: "query LocationFunnels { location { funnels(first: 100) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }"): (typeof documents)["query LocationFunnels { location { funnels(first: 100) { totalCount edges { node { id ghlId name type url pageCount steps { ghlId name sequence pageIds } } } } } }"];
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
export function graphql(source: "\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"): (typeof documents)["\n  query Location($id: ID) {\n    location(id: $id) {\n      ghlId\n      name\n    }\n  }\n"];
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
export function graphql(source: "query Transactions { transactions(first: 100) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }"): (typeof documents)["query Transactions { transactions(first: 100) { totalCount edges { node { id ghlId amount currency status invoiceId order { ghlId } } } } }"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;