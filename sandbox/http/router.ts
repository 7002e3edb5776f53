/**
 * A tiny router over OpenAPI path templates ('/contacts/{contactId}/tasks'). Literal segments
 * win over parameters, so '/users/search' is never read as a user id whatever the order routes
 * are declared in. Trailing slashes are ignored: GHL declares '/contacts/' and serves '/contacts'.
 */
import type { Principal } from '../auth/tokens.ts';
import type { SandboxStore } from '../model/store.ts';
import type { SandboxEvent } from '../webhooks/events.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Which kind of token a route accepts, from the `security` entries of its spec operation. */
export type TokenKinds = 'location' | 'agency' | 'any';

/** The parameter names of a path template: '/a/{x}/b/{y}' gives 'x' | 'y'. */
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never;

export interface RequestContext<Params = Record<string, string>> {
  params: Params;
  query: Record<string, string>;
  body: unknown;
  principal: Principal;
  store: SandboxStore;
  /** The sandbox's own origin, for the absolute URLs GHL puts in pagination metadata. */
  baseUrl: string;
  /** The webhooks of a change made; sent once the handler returns, none if it throws. */
  emit(...events: SandboxEvent[]): void;
}

export interface ApiResult {
  status: number;
  body: unknown;
  /** A file answered instead of a JSON body (a call's recording, a download). */
  file?: FileAnswer;
}

/** Sent as its bytes, with its Content-Type and as an attachment named `fileName`, as GHL sends files. */
export interface FileAnswer {
  contentType: string;
  fileName: string;
  bytes: Buffer;
}

export interface Route {
  method: HttpMethod;
  path: string;
  /** The values the spec's `Version` header enum allows. */
  versions: readonly string[];
  tokens: TokenKinds;
  handle(context: RequestContext): ApiResult;
}

/** Declares a route; the handler's `params` are typed from the template's `{names}`. */
export function route<P extends string>(
  method: HttpMethod,
  path: P,
  options: { versions: readonly string[]; tokens: TokenKinds },
  handle: (context: RequestContext<Record<PathParams<P>, string>>) => ApiResult,
): Route {
  return { method, path, ...options, handle: handle as Route['handle'] };
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  segments: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(routes: Route[]) {
    for (const route of routes) this.routes.push({ route, segments: segmentsOf(route.path) });
    this.routes.sort((a, b) => compareSpecificity(a.segments, b.segments));
  }

  match(method: string, path: string): RouteMatch | undefined {
    const segments = segmentsOf(path);
    for (const { route, segments: template } of this.routes) {
      if (route.method !== method || template.length !== segments.length) continue;
      const params = matchSegments(template, segments);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/**
 * Orders templates so that, at the first segment where they differ in kind, literals come first.
 * Only templates of the same length compete for a path, and grouping by length first keeps the
 * order total: comparing `/a` with both `/a/{id}` and `/a/b` as equal let the sort misplace them.
 */
function compareSpecificity(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const difference = Number(isParam(a[i] ?? '')) - Number(isParam(b[i] ?? ''));
    if (difference !== 0) return difference;
  }
  return 0;
}

function matchSegments(template: string[], segments: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const segment = segments[i] ?? '';
    if (isParam(part)) {
      params[part.slice(1, -1)] = decodeSegment(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

/** A malformed escape is kept as sent: the id then simply matches no record. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
