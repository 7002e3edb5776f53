/**
 * Every GHL operation the gateway calls, by name. Each domain's operations and payload types live
 * in ./api/<domain>.ts; this is where they meet.
 */
import { contactOperations } from './api/contacts.ts';
import { locationOperations } from './api/locations.ts';
import { userOperations } from './api/users.ts';
import type { Operation } from './operation.ts';

export const operations = {
  ...contactOperations,
  ...locationOperations,
  ...userOperations,
} satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
