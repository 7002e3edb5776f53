/** Every API route the sandbox serves; a new domain adds its module's list here. */
import type { Route } from '../http/router.ts';
import { appointmentRoutes } from './appointments.ts';
import { appointmentNoteRoutes } from './appointment-notes.ts';
import { availabilityScheduleRoutes } from './availability-schedules.ts';
import { blockSlotRoutes } from './block-slots.ts';
import { calendarGroupRoutes } from './calendar-groups.ts';
import { calendarNotificationRoutes } from './calendar-notifications.ts';
import { calendarResourceRoutes } from './calendar-resources.ts';
import { calendarRoutes } from './calendars.ts';
import { campaignRoutes } from './campaigns.ts';
import { contactSearchRoutes } from './contact-search.ts';
import { contactRoutes } from './contacts.ts';
import { customFieldRoutes } from './custom-fields.ts';
import { customValueRoutes } from './custom-values.ts';
import { conversationRoutes } from './conversations.ts';
import { conversationUploadRoutes } from './conversation-uploads.ts';
import { invoiceRoutes } from './invoices.ts';
import { estimateRoutes } from './estimates.ts';
import { estimateTemplateRoutes } from './estimate-templates.ts';
import { invoiceScheduleRoutes } from './invoice-schedules.ts';
import { invoiceTemplateRoutes } from './invoice-templates.ts';
import { locationTagRoutes } from './location-tags.ts';
import { locationRoutes } from './locations.ts';
import { messageRoutes } from './messages.ts';
import { messagePreferenceRoutes } from './message-preferences.ts';
import { noteRoutes } from './notes.ts';
import { orderRoutes } from './orders.ts';
import { opportunityRoutes } from './opportunities.ts';
import { opportunitySearchRoutes } from './opportunity-search.ts';
import { pipelineRoutes } from './pipelines.ts';
import { inventoryRoutes } from './inventory.ts';
import { productCollectionRoutes } from './product-collections.ts';
import { productReviewRoutes } from './product-reviews.ts';
import { productStoreRoutes } from './product-store.ts';
import { productBulkRoutes } from './product-bulk.ts';
import { productRoutes } from './products.ts';
import { subscriptionRoutes } from './subscriptions.ts';
import { couponRoutes } from './coupons.ts';
import { customProviderRoutes } from './custom-providers.ts';
import { taskRoutes } from './tasks.ts';
import { transactionRoutes } from './transactions.ts';
import { userRoutes } from './users.ts';
import { workflowRoutes } from './workflows.ts';
import { formRoutes } from './forms.ts';
import { funnelRoutes } from './funnels.ts';
import { mediaRoutes } from './medias.ts';
import { socialMediaRoutes } from './social-media.ts';
import { surveyRoutes } from './surveys.ts';
import { objectRoutes } from './objects.ts';
import { associationRoutes } from './associations.ts';

export const apiRoutes: Route[] = [
  ...contactRoutes, ...contactSearchRoutes, ...taskRoutes, ...noteRoutes, ...locationRoutes, ...locationTagRoutes, ...customFieldRoutes, ...customValueRoutes, ...userRoutes,
  ...conversationRoutes, ...conversationUploadRoutes, ...messageRoutes, ...messagePreferenceRoutes, ...opportunityRoutes, ...opportunitySearchRoutes, ...pipelineRoutes,
  ...calendarRoutes, ...calendarGroupRoutes, ...calendarNotificationRoutes, ...calendarResourceRoutes, ...availabilityScheduleRoutes, ...appointmentRoutes, ...appointmentNoteRoutes, ...blockSlotRoutes,
  ...invoiceRoutes, ...estimateRoutes, ...estimateTemplateRoutes, ...invoiceScheduleRoutes, ...invoiceTemplateRoutes, ...workflowRoutes, ...campaignRoutes,
  ...orderRoutes, ...transactionRoutes, ...subscriptionRoutes, ...couponRoutes, ...customProviderRoutes, ...productRoutes, ...productCollectionRoutes, ...productReviewRoutes, ...productStoreRoutes, ...productBulkRoutes, ...inventoryRoutes,
  ...formRoutes, ...surveyRoutes, ...mediaRoutes, ...funnelRoutes, ...socialMediaRoutes,
  ...objectRoutes, ...associationRoutes,
];
