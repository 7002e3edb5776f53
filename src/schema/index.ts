/** The whole graph: each domain file registers its types on the one builder. */
import { builder } from './builder.ts';
import './calendars.ts';
import './contacts.ts';
import './conversations.ts';
import './invoices.ts';
import './locations.ts';
import './opportunities.ts';
import './users.ts';
import './workflows.ts';
import '../subscriptions/schema.ts';

export const schema = builder.toSchema({ sortSchema: true });
