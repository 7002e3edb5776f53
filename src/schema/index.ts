/** The whole graph: each domain file registers its types on the one builder. */
import { builder } from './builder.ts';
import './calendars.ts';
import './contacts.ts';
import './conversations.ts';
import './installs.ts';
import './invoices.ts';
import './locations.ts';
import './location-settings.ts';
import './opportunities.ts';
import './payments.ts';
import './products.ts';
import './rate-limits.ts';
import './users.ts';
import './workflows.ts';
import './forms.ts';
import './funnels.ts';
import './medias.ts';
import './social-media.ts';
import '../subscriptions/schema.ts';

export const schema = builder.toSchema({ sortSchema: true });
