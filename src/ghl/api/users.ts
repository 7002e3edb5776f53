/** The users API (users.json): agency staff and location team members. */
import { define, fromSpec } from '../operation.ts';

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
    ...fromSpec('usersGetUserByLocation'),
    location: { in: 'query', name: 'locationId' },
  }),
  searchUsers: define<{ users: GhlUser[]; count?: number }>()({
    lists: { users: 'records' },
    ...fromSpec('usersSearchUsers'),
    location: { in: 'query', name: 'locationId', optional: true },
  }),
  getUser: define<GhlUser>()({
    ...fromSpec('usersGetUser'),
    location: 'none',
  }),
  /** Answered with the user itself, not wrapped (UserSuccessfulResponseDto). */
  createUser: define<GhlUser>()({
    ...fromSpec('usersCreateUser'),
    location: 'none',
  }),
  updateUser: define<GhlUser>()({
    ...fromSpec('usersUpdateUser'),
    location: 'none',
  }),
  deleteUser: define<{ succeded?: boolean; message?: string }>()({
    ...fromSpec('usersDeleteUser'),
    location: 'none',
  }),
};
