/**
 * Every API request the sandbox answered (or deliberately did not), so tests can assert how the
 * gateway talked to GHL: how many calls, with which Version, how batching and retries behaved.
 */

export interface RequestLogEntry {
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  version: string | undefined;
  /** The JSON body as parsed; undefined without one (or for a form or urlencoded body). */
  body: unknown;
  /** The status sent; 0 when a fault reset the connection or left the request hanging. */
  status: number;
  /** The location id or company id of the token, when it was valid. */
  authorizedAs: string | undefined;
  /** The X-Request-Id the caller sent: the gateway's id for the GraphQL request behind the call. */
  requestId: string | undefined;
  /** Arrival time, epoch ms. */
  at: number;
}

export interface RequestLogFilter {
  method?: string;
  /** A string matches the path exactly; a RegExp is searched for in it. */
  path?: string | RegExp;
  status?: number;
}

export class SandboxRequestLog {
  readonly entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  count(filter: RequestLogFilter = {}): number {
    return this.entries.filter((entry) => matches(entry, filter)).length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function matches(entry: RequestLogEntry, { method, path, status }: RequestLogFilter): boolean {
  if (method !== undefined && entry.method !== method.toUpperCase()) return false;
  if (status !== undefined && entry.status !== status) return false;
  if (typeof path === 'string') return entry.path === path;
  // search(), unlike test(), ignores lastIndex, so a /g pattern gives the same answer every time.
  if (path instanceof RegExp) return entry.path.search(path) !== -1;
  return true;
}
