/** The users API (users.json): agency staff and location team members. */
import { define, V2021_07_28 } from '../operation.ts';

export const userTypes = ['account', 'agency'] as const;
export const userRoles = ['admin', 'user'] as const;

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
    lists: { users: 'records' },
    spec: 'users', operationId: 'get-user-by-location', method: 'GET', path: '/users/', version: V2021_07_28,
    location: { in: 'query', name: 'locationId' },
  }),
  searchUsers: define<{ users: GhlUser[]; count?: number }>()({
    lists: { users: 'records' },
    spec: 'users', operationId: 'search-users', method: 'GET', path: '/users/search', version: V2021_07_28,
    location: { in: 'query', name: 'locationId', optional: true },
  }),
  getUser: define<GhlUser>()({
    spec: 'users', operationId: 'get-user', method: 'GET', path: '/users/{userId}', version: V2021_07_28,
    location: 'none',
  }),
  /** Answered with the user itself, not wrapped (UserSuccessfulResponseDto). */
  createUser: define<GhlUser>()({
    spec: 'users', operationId: 'create-user', method: 'POST', path: '/users/', version: V2021_07_28,
    location: 'none',
  }),
  updateUser: define<GhlUser>()({
    spec: 'users', operationId: 'update-user', method: 'PUT', path: '/users/{userId}', version: V2021_07_28,
    location: 'none',
  }),
  deleteUser: define<{ succeded?: boolean; message?: string }>()({
    spec: 'users', operationId: 'delete-user', method: 'DELETE', path: '/users/{userId}', version: V2021_07_28,
    location: 'none',
  }),
};
