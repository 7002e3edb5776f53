/**
 * Relay connections over GHL's pagination styles. Cursors are opaque to clients (base64url of a
 * versioned JSON payload) and carry whatever the GHL style needs to resume after that item.
 */
import { gatewayError } from '../errors.ts';
import { MAX_PAGE_SIZE } from '../ghl/pages.ts';

export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number | null;
}

const DEFAULT_PAGE_SIZE = 20;
const CURSOR_VERSION = 1;

/** GHL's list endpoints only page forward, so the schema has no `last`/`before` (src/schema/forward-only.ts). */
export function forwardPage(args: ConnectionArgs): { size: number; after: string | undefined } {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw gatewayError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { size, after: args.after ?? undefined };
}

export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, ...position })).toString('base64url');
}

export function decodeCursor<T>(cursor: string, isPosition: (value: unknown) => value is T): T {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    position = undefined;
  }
  if ((position as { v?: unknown } | undefined)?.v !== CURSOR_VERSION || !isPosition(position)) {
    throw gatewayError('BAD_USER_INPUT', 'after is not a cursor from this list');
  }
  return position;
}

export function toConnection<T>(
  items: T[],
  cursorOf: (item: T, index: number) => string,
  page: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount?: number | null | undefined },
): Connection<T> {
  const edges = items.map((node, index) => new Edge(node, index, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: page.totalCount ?? null,
  };
}

/**
 * An edge whose cursor is written when it is read: screens seldom select a cursor per edge, and
 * an inbox's 220 edges each paid for a JSON.stringify and a base64 encoding it never sent.
 */
class Edge<T> {
  readonly node: T;
  readonly #index: number;
  readonly #cursorOf: (item: T, index: number) => string;

  constructor(node: T, index: number, cursorOf: (item: T, index: number) => string) {
    this.node = node;
    this.#index = index;
    this.#cursorOf = cursorOf;
  }

  get cursor(): string {
    return this.#cursorOf(this.node, this.#index);
  }
}

interface OffsetPosition {
  offset: number;
}

const isOffsetPosition = (value: unknown): value is OffsetPosition =>
  Number.isInteger((value as OffsetPosition).offset) && (value as OffsetPosition).offset >= 0;

/** GHL lists that page by `limit`/`offset`: a cursor is the offset just past its item. */
export function offsetPage(args: ConnectionArgs): { size: number; offset: number } {
  const page = forwardPage(args);
  return { size: page.size, offset: page.after === undefined ? 0 : decodeCursor(page.after, isOffsetPosition).offset };
}

export function offsetConnection<T>(items: T[], page: { size: number; offset: number }, total: number | undefined): Connection<T> {
  return toConnection(items, (_, index) => encodeCursor({ offset: page.offset + index + 1 }), {
    // Without a total, a short page is the last.
    hasNextPage: total === undefined ? items.length === page.size : page.offset + items.length < total,
    hasPreviousPage: page.offset > 0,
    totalCount: total,
  });
}
