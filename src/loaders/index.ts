/**
 * Per-request DataLoaders over the REST edge, one file per GHL domain. Made fresh for every
 * request, so nothing cached for one caller is ever served to another. List results are primed
 * into the by-id loaders, so an entity a list returned is never fetched again in that request.
 */
import pLimit from 'p-limit';
import type { GhlSession } from '../ghl/client.ts';
import { calendarLoaders } from './calendars.ts';
import { contactLoaders } from './contacts.ts';
import { customObjectLoaders } from './custom-objects.ts';
import { conversationLoaders } from './conversations.ts';
import { invoiceLoaders } from './invoices.ts';
import { locationLoaders } from './locations.ts';
import { opportunityLoaders } from './opportunities.ts';
import { paymentLoaders } from './payments.ts';
import { productLoaders } from './products.ts';
import { userLoaders } from './users.ts';
import { workflowLoaders } from './workflows.ts';
import { formLoaders } from './forms.ts';
import { funnelLoaders } from './funnels.ts';
import { socialMediaLoaders } from './social-media.ts';

export type { LostReasonSource, PipelineSource } from './opportunities.ts';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(ghl: GhlSession, maxConcurrency: number) {
  // One cap for the whole request: a wide query queues its fan-out instead of flooding GHL.
  const limit = pLimit(maxConcurrency);
  return {
    ...contactLoaders(ghl, limit),
    ...locationLoaders(ghl, limit),
    ...opportunityLoaders(ghl, limit),
    ...conversationLoaders(ghl, limit),
    ...userLoaders(ghl, limit),
    ...invoiceLoaders(ghl, limit),
    ...calendarLoaders(ghl, limit),
    ...workflowLoaders(ghl, limit),
    ...formLoaders(ghl, limit),
    ...funnelLoaders(ghl, limit),
    ...socialMediaLoaders(ghl, limit),
    ...paymentLoaders(ghl, limit),
    ...productLoaders(ghl, limit),
    ...customObjectLoaders(ghl, limit),
  };
}

/**
 * Loaders built on first use, behind one stable object (contexts get copied, so a getter on the
 * context would be read once and lost). `drop()` forgets them: the next use builds fresh ones.
 */
export function lazyLoaders(create: () => Loaders): Loaders & { drop(): void } {
  let current: Loaders | undefined;
  const drop = () => {
    current = undefined;
  };
  return new Proxy({} as Loaders & { drop(): void }, {
    get: (_, key) => (key === 'drop' ? drop : (current ??= create())[key as keyof Loaders]),
  });
}
