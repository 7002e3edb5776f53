/** Every API route the sandbox serves; a new domain adds its module's list here. */
import type { Route } from '../router.ts';
import { appointmentRoutes } from './appointments.ts';
import { blockSlotRoutes } from './block-slots.ts';
import { calendarRoutes } from './calendars.ts';
import { campaignRoutes } from './campaigns.ts';
import { contactRoutes } from './contacts.ts';
import { conversationRoutes } from './conversations.ts';
import { invoiceRoutes } from './invoices.ts';
import { locationRoutes } from './locations.ts';
import { messageRoutes } from './messages.ts';
import { noteRoutes } from './notes.ts';
import { opportunityRoutes } from './opportunities.ts';
import { pipelineRoutes } from './pipelines.ts';
import { taskRoutes } from './tasks.ts';
import { userRoutes } from './users.ts';
import { workflowRoutes } from './workflows.ts';

export const apiRoutes: Route[] = [
  ...contactRoutes, ...taskRoutes, ...noteRoutes, ...locationRoutes, ...userRoutes,
  ...conversationRoutes, ...messageRoutes, ...opportunityRoutes, ...pipelineRoutes,
  ...calendarRoutes, ...appointmentRoutes, ...blockSlotRoutes, ...invoiceRoutes, ...workflowRoutes, ...campaignRoutes,
];
