/** The users API (users.json): agency staff and location team members. */
import { define, V2021_07_28 } from '../operation.ts';

export interface GhlUser {
  id: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  extension?: string;
  permissions?: Record<string, unknown>;
  scopes?: string;
  roles?: { type?: string; role?: string; locationIds?: string[]; restrictSubAccount?: boolean };
  deleted?: boolean;
  lcPhone?: Record<string, string>;
  platformLanguage?: string;
}

export const userOperations = {
  listLocationUsers: define<{ users: GhlUser[] }>()({
    spec: 'users', operationId: 'get-user-by-location', method: 'GET', path: '/users/', version: V2021_07_28,
  }),
  getUser: define<GhlUser>()({
    spec: 'users', operationId: 'get-user', method: 'GET', path: '/users/{userId}', version: V2021_07_28,
  }),
};
