/**
 * Every API request the sandbox answered (or deliberately did not), so tests can assert how the
 * gateway talked to GHL: how many calls, with which Version and body, how batching and retries
 * behaved.
 */
import { isUploadedPart, type MultipartBody } from './multipart.ts';

/** Bodies larger than this are logged by size only: the log lives as long as the sandbox. */
export const LOGGED_BODY_MAX_BYTES = 64 * 1024;

export interface RequestLogEntry {
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  version: string | undefined;
  /** The status sent; 0 when a fault reset the connection or left the request hanging. */
  status: number;
  /** The location id or company id of the token, when it was valid. */
  authorizedAs: string | undefined;
  /** The X-Request-Id the caller sent: the gateway's id for the GraphQL request behind the call. */
  requestId: string | undefined;
  /** Arrival time, epoch ms. */
  at: number;
  /**
   * The body as sent: parsed when JSON, a multipart form's fields (each file as its name, type and
   * size), else the text; undefined when empty or over LOGGED_BODY_MAX_BYTES.
   */
  body: unknown;
  bodyBytes: number;
}

export interface RequestLogFilter {
  method?: string;
  /** A string matches the path exactly; a RegExp is searched for in it. */
  path?: string | RegExp;
  status?: number;
}

export class SandboxRequestLog {
  readonly entries: RequestLogEntry[] = [];
  readonly #watchers = new Set<(entry: RequestLogEntry) => void>();

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    for (const watcher of this.#watchers) watcher(entry);
  }

  /** Sees every request from now on, even those a `clear()` takes out of `entries`; returns the unwatch. */
  watch(watcher: (entry: RequestLogEntry) => void): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
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

/** What the log keeps of a request's body (see RequestLogEntry.body). */
export function loggedBody(raw: Buffer, form: MultipartBody | undefined): unknown {
  if (raw.length === 0 || raw.length > LOGGED_BODY_MAX_BYTES) return undefined;
  if (form) {
    return Object.fromEntries(
      Object.entries(form).map(([name, value]) =>
        isUploadedPart(value) ? [name, { filename: value.filename, contentType: value.contentType, size: value.size }] : [name, value],
      ),
    );
  }
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
