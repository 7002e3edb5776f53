/** The whole graph: each domain file registers its types on the one builder. */
import { GraphQLDeferDirective, GraphQLStreamDirective } from '@graphql-tools/utils';
import { GraphQLLiveDirective } from '@envelop/live-query';
import { specifiedDirectives } from 'graphql';
import { builder } from './builder.ts';
import './calendars.ts';
import './calendar-groups.ts';
import './calendar-notifications.ts';
import './calendar-resources.ts';
import './availability-schedules.ts';
import './appointment-notes.ts';
import './contacts.ts';
import './conversations.ts';
import './conversation-uploads.ts';
import './message-files.ts';
import './message-preferences.ts';
import './installs.ts';
import './invoices.ts';
import './invoice-text-to-pay.ts';
import './estimates.ts';
import './invoice-schedules.ts';
import './invoice-templates.ts';
import './estimate-templates.ts';
import './locations.ts';
import './location-settings.ts';
import './opportunities.ts';
import './payments.ts';
import './coupons.ts';
import './custom-payment-providers.ts';
import './products.ts';
import './product-collections.ts';
import './product-reviews.ts';
import './product-store.ts';
import './product-bulk.ts';
import './inventory.ts';
import './rate-limits.ts';
import './users.ts';
import './workflows.ts';
import './forms.ts';
import './funnels.ts';
import './medias.ts';
import './social-media.ts';
import './objects.ts';
import './associations.ts';
import './long-tail/fields.ts';
import './subscriptions/index.ts';

/**
 * @defer and @stream are declared here, not only by Yoga's plugin at run time, so schema.graphql
 * tells client tooling (codegen, IDEs, Apollo) that the gateway delivers incrementally; @live
 * likewise, for live queries (src/live).
 */
export const schema = builder.toSchema({
  sortSchema: true,
  directives: [...specifiedDirectives, GraphQLDeferDirective, GraphQLStreamDirective, GraphQLLiveDirective],
});
