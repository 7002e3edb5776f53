/**
 * How one GHL operation is described: method, path template, Version header, whether a retry is
 * safe, where it names its location, where its answer holds lists, and the OpenAPI file and
 * operationId it comes from. A curated entry (./api/*.ts) takes the file's part from the generated
 * catalog (`fromSpec`) and declares only its own choices beside it. The response type rides along
 * so callers get typed payloads.
 */
import { specOperations, type SpecOperationName } from './generated/catalog.ts';
import type { ListShapes } from './shape.ts';

export type ApiVersion = '2021-04-15' | '2021-07-28';

export interface OperationDef {
  /** The OpenAPI file under reference/ghl-openapi/apps and the operationId in it. */
  spec: string;
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  version: ApiVersion;
  /**
   * Safe to send again after a 5xx, a timeout or a dropped connection. POSTs default to false:
   * GHL may have created the record before failing, and a retry would create it twice.
   */
  idempotent: boolean;
  location: LocationSlot;
  /** Where a list operation's answer holds its lists: the REST edge checks them (./shape.ts). */
  lists?: ListShapes;
  /**
   * `file`: GHL answers the bytes of a file (a call's recording), not JSON. The REST edge reads them
   * within its maxFileBytes and answers a DownloadedFile; the read cache never holds one.
   */
  answers?: 'file';
}

/** A file GHL answered, as read by the REST edge: its bytes and what GHL said they are. */
export interface DownloadedFile {
  bytes: Buffer;
  /** GHL's Content-Type, if it sent one. */
  contentType: string | undefined;
}

/**
 * Where an operation names the location it acts in, as its OpenAPI file declares it: a parameter
 * in the path, query or body (`locationId`; `location_id` in the opportunity search), or `altId`,
 * which goes with `altType: location` unless the slot says not. `none`: a by-id call, whose location GHL takes from the
 * record, or an agency-level call. The REST edge puts the call's location there, and managed
 * credentials pick that location's token (src/credentials/managed.ts).
 */
export type LocationSlot =
  | {
      in: 'path' | 'query' | 'body';
      name: 'locationId' | 'location_id' | 'altId';
      /** GHL takes the call without a location too (the agency's user search). */
      optional?: true;
      /** The file declares `altId` without the `altType` that goes with it elsewhere (a collection read by id): none is sent. */
      altType?: false;
    }
  | 'none';

declare const responseType: unique symbol;
export type Operation<R = unknown> = OperationDef & { readonly [responseType]?: R };
export type ResponseOf<O> = O extends Operation<infer R> ? R : never;

/** `{contactId}` in a path template becomes a required `contactId` parameter. */
export type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathParams<Rest> : never;

type Spec<N extends SpecOperationName> = (typeof specOperations)[N];

/**
 * What a curated operation takes from its official file through the generated catalog (app,
 * operationId, method, path, Version, and whether it answers a file), so it is never written twice: its entry adds only the
 * curated choices (location slot, leniency `lists`, idempotency, a Version GHL's servers want
 * instead, written after the spread).
 */
export const fromSpec = <const N extends SpecOperationName>(name: N) => {
  const entry: Spec<N> = specOperations[name];
  const { app, operationId, method, path, version } = entry;
  return { spec: app, operationId, method, path, version, ...('answers' in entry && { answers: entry.answers }) } as {
    spec: Spec<N>['app'];
    operationId: Spec<N>['operationId'];
    method: Spec<N>['method'];
    path: Spec<N>['path'];
    version: Spec<N>['version'];
  } & (Spec<N> extends { answers: infer A } ? { answers: A } : unknown);
};

/** An entry of the catalog; a write is idempotent as openapi/catalog.ts judges it (a PATCH may apply a relative change) unless it says. */
export const define =
  <R>() =>
  <const D extends Omit<OperationDef, 'idempotent'> & { idempotent?: boolean }>(def: D) =>
    ({ ...def, idempotent: def.idempotent ?? (def.method !== 'POST' && def.method !== 'PATCH') }) as D & Operation<R> & { idempotent: boolean };
