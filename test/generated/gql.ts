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