/** The whole graph: each domain file registers its types on the one builder. */
import { builder } from './builder.ts';
import './contacts.ts';
import './locations.ts';
import './users.ts';

export const schema = builder.toSchema({ sortSchema: true });
