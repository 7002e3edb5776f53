/**
 * Every GHL operation the gateway calls: method, path template and Version header, named by the
 * official OpenAPI file and operationId it comes from (test/catalog.test.ts checks each entry
 * against those files). The response type rides along so callers get typed payloads.
 */
import type {
  GhlContact,
  GhlContactsPage,
  GhlDeleted,
  GhlLocation,
  GhlNote,
  GhlTask,
  GhlUser,
} from './types.ts';

/** GHL versions its API per domain: conversations and calendars are older than the rest. */
export type ApiVersion = '2021-04-15' | '2021-07-28';

export interface OperationDef {
  /** The OpenAPI file under reference/ghl-openapi/apps and the operationId in it. */
  spec: string;
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  version: ApiVersion;
  /**
   * Safe to send again after a 5xx, a timeout or a dropped connection. POSTs default to false:
   * GHL may have created the record before failing, and a retry would create it twice.
   */
  idempotent: boolean;
}

declare const responseType: unique symbol;
export type Operation<R = unknown> = OperationDef & { readonly [responseType]?: R };
export type ResponseOf<O> = O extends Operation<infer R> ? R : never;

/** `{contactId}` in a path template becomes a required `contactId` parameter. */
export type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathParams<Rest> : never;

const define =
  <R>() =>
  <const D extends Omit<OperationDef, 'idempotent'> & { idempotent?: boolean }>(def: D) =>
    ({ ...def, idempotent: def.idempotent ?? def.method !== 'POST' }) as D & Operation<R> & { idempotent: boolean };

const V2021_07_28 = '2021-07-28';

export const operations = {
  // Contacts
  listContacts: define<GhlContactsPage>()({
    spec: 'contacts', operationId: 'get-contacts', method: 'GET', path: '/contacts/', version: V2021_07_28,
  }),
  getContact: define<{ contact: GhlContact }>()({
    spec: 'contacts', operationId: 'get-contact', method: 'GET', path: '/contacts/{contactId}', version: V2021_07_28,
  }),
  createContact: define<{ contact: GhlContact }>()({
    spec: 'contacts', operationId: 'create-contact', method: 'POST', path: '/contacts/', version: V2021_07_28,
  }),
  updateContact: define<{ succeded: boolean; contact: GhlContact }>()({
    spec: 'contacts', operationId: 'update-contact', method: 'PUT', path: '/contacts/{contactId}', version: V2021_07_28,
  }),
  deleteContact: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-contact', method: 'DELETE', path: '/contacts/{contactId}', version: V2021_07_28,
  }),
  // Adding a tag that is already there changes nothing, so a repeat is harmless.
  addContactTags: define<{ tags: string[] }>()({
    spec: 'contacts', operationId: 'add-tags', method: 'POST', path: '/contacts/{contactId}/tags', version: V2021_07_28,
    idempotent: true,
  }),
  removeContactTags: define<{ tags: string[] }>()({
    spec: 'contacts', operationId: 'remove-tags', method: 'DELETE', path: '/contacts/{contactId}/tags', version: V2021_07_28,
  }),

  // Contact tasks
  listContactTasks: define<{ tasks: GhlTask[] }>()({
    spec: 'contacts', operationId: 'get-all-tasks', method: 'GET', path: '/contacts/{contactId}/tasks', version: V2021_07_28,
  }),
  getContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'get-task', method: 'GET', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
  }),
  createContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'create-task', method: 'POST', path: '/contacts/{contactId}/tasks', version: V2021_07_28,
  }),
  updateContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'update-task', method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
  }),
  completeContactTask: define<{ task: GhlTask }>()({
    spec: 'contacts', operationId: 'update-task-completed', method: 'PUT',
    path: '/contacts/{contactId}/tasks/{taskId}/completed', version: V2021_07_28,
  }),
  deleteContactTask: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-task', method: 'DELETE', path: '/contacts/{contactId}/tasks/{taskId}', version: V2021_07_28,
  }),

  // Contact notes
  listContactNotes: define<{ notes: GhlNote[] }>()({
    spec: 'contacts', operationId: 'get-all-notes', method: 'GET', path: '/contacts/{contactId}/notes', version: V2021_07_28,
  }),
  getContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'get-note', method: 'GET', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
  }),
  createContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'create-note', method: 'POST', path: '/contacts/{contactId}/notes', version: V2021_07_28,
  }),
  updateContactNote: define<{ note: GhlNote }>()({
    spec: 'contacts', operationId: 'update-note', method: 'PUT', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
  }),
  deleteContactNote: define<GhlDeleted>()({
    spec: 'contacts', operationId: 'delete-note', method: 'DELETE', path: '/contacts/{contactId}/notes/{id}', version: V2021_07_28,
  }),

  // Locations and users
  getLocation: define<{ location: GhlLocation }>()({
    spec: 'locations', operationId: 'get-location', method: 'GET', path: '/locations/{locationId}', version: V2021_07_28,
  }),
  getUser: define<GhlUser>()({
    spec: 'users', operationId: 'get-user', method: 'GET', path: '/users/{userId}', version: V2021_07_28,
  }),
} satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
