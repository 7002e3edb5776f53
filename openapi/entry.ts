/** How the generated catalog (src/ghl/generated/catalog.ts) describes one GHL operation. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Where the operation names the location it acts on: a `locationId`, or an `altId` whose kind an
 * `altType` beside it names (`location` or `company`), in the path, the query or the JSON body.
 */
export interface LocationPlacement {
  in: 'path' | 'query' | 'body';
  name: 'locationId' | 'altId';
}

export interface SpecOperationEntry {
  /** The file under reference/ghl-openapi/apps, without `.json`, and the operationId in it. */
  app: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  version: string;
  location: LocationPlacement | null;
  /** Safe to send again after a 5xx, a timeout or a dropped connection. */
  idempotent: boolean;
  /** OAuth scopes the file requires, and the kinds of token it accepts (Location-Access, ...). */
  scopes: readonly string[];
  access: readonly string[];
  /** Present where the operation answers a file's bytes, not JSON (its success declares a Content-Type header, no body schema). */
  answers?: 'file';
}
