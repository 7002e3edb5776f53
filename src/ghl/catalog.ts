/**
 * Every GHL operation the gateway calls, by name. Each domain's operations and payload types live
 * in ./api/<domain>.ts; this is where they meet.
 */
import { calendarOperations } from './api/calendars.ts';
import { contactOperations } from './api/contacts.ts';
import { conversationOperations } from './api/conversations.ts';
import { invoiceOperations } from './api/invoices.ts';
import { estimateOperations } from './api/estimates.ts';
import { estimateTemplateOperations } from './api/estimate-templates.ts';
import { invoiceScheduleOperations } from './api/invoice-schedules.ts';
import { invoiceTemplateOperations } from './api/invoice-templates.ts';
import { locationOperations } from './api/locations.ts';
import { oauthOperations } from './api/oauth.ts';
import { opportunityOperations } from './api/opportunities.ts';
import { paymentOperations } from './api/payments.ts';
import { couponOperations } from './api/coupons.ts';
import { productOperations } from './api/products.ts';
import { userOperations } from './api/users.ts';
import { workflowOperations } from './api/workflows.ts';
import { formOperations } from './api/forms.ts';
import { funnelOperations } from './api/funnels.ts';
import { mediaOperations } from './api/medias.ts';
import { socialMediaOperations } from './api/social-media.ts';
import { surveyOperations } from './api/surveys.ts';
import { objectOperations } from './api/objects.ts';
import { associationOperations } from './api/associations.ts';
import { specOperations, type SpecOperationName } from './generated/catalog.ts';
import type { ApiVersion, Operation, OperationDef } from './operation.ts';

export const operations = {
  ...contactOperations,
  ...locationOperations,
  ...opportunityOperations,
  ...conversationOperations,
  ...userOperations,
  ...invoiceOperations,
  ...estimateOperations,
  ...estimateTemplateOperations,
  ...invoiceScheduleOperations,
  ...invoiceTemplateOperations,
  ...calendarOperations,
  ...workflowOperations,
  ...oauthOperations,
  ...paymentOperations,
  ...couponOperations,
  ...productOperations,
  ...formOperations,
  ...surveyOperations,
  ...mediaOperations,
  ...funnelOperations,
  ...socialMediaOperations,
  ...objectOperations,
  ...associationOperations,
} satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;

/**
 * The description the REST edge sends by: a curated operation's own, or a generated one's as its
 * file declares it (its location placed where the file says, `none` where it names none).
 */
export function operationDef(name: OperationName | SpecOperationName): OperationDef {
  if (Object.hasOwn(operations, name)) return operations[name as OperationName];
  const entry = specOperations[name as SpecOperationName];
  return {
    spec: entry.app,
    operationId: entry.operationId,
    method: entry.method,
    path: entry.path,
    version: entry.version as ApiVersion,
    idempotent: entry.idempotent,
    location: entry.location ?? 'none',
    ...('answers' in entry && { answers: entry.answers }),
  };
}
